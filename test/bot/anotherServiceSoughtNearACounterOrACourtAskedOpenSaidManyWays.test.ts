/**
 * Another service sought near a counter, or a court asked open, through the real bot:
 * - a hospital, A&E, a cash machine, a bank, a chemist near a counter ("nearest a&e to lewisham police station", "cash
 *   machine near ilford station"): that the bot does not know where such services are, first, then the counter named
 *   as where (its address); never "where are you?" ("a and e" is not two questions) nor the counter's facilities;
 * - a court as a venue asked open ("is the court open today", "when is the magistrates court open"): out of scope,
 *   never the 2018 court challenge, which "what did the court decide" still answers.
 * Controls: a counter sought near a hospital, the court challenge asked, danger near a hospital.
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';

const ANOTHER_SERVICE = /^I don't know where hospitals, cash machines, courts, shops or other services are: I only know about London's police front counters\./;
const OUT_OF_SCOPE = /^(?:I don't know the opening hours of shops, museums, stadiums or other places|Sorry, I can't help with that|I can't help with [^:]+, and I don't (?:know|have) [^:]+): I only know about London's police front counters\./;
const COURT_CHALLENGE = /^There was a court challenge/;

describe('another service sought near a counter, or a court asked open, said many ways', () => {
  describe('another service near a counter: not known, first', () => {
    itAnswersFirst([
      ['nearest a&e to lewisham police station', ANOTHER_SERVICE],
      ['is there a hospital near brixton police station', ANOTHER_SERVICE],
      ['cash machine near ilford station', ANOTHER_SERVICE],
      ["where's the nearest cashpoint to walworth police station", ANOTHER_SERVICE],
      ['any banks near bethnal green police station', ANOTHER_SERVICE],
      ['is there an atm by croydon police station', ANOTHER_SERVICE],
      ['urgent care centre close to lewisham police station?', ANOTHER_SERVICE],
      ['nearest hospital to me', ANOTHER_SERVICE],
    ]);
  });

  describe('the counter named, as where', () => {
    for (const [say, where] of [
      ['nearest a&e to lewisham police station', '**Lewisham Police Station** is at 43 Lewisham High Street'],
      ['cash machine near ilford station', '**Ilford Police Station** is at 270-294 High Road'],
    ] as const) {
      it(say, async () => {
        const text = await new Conversation('webchat').askText(say);
        expect(text).to.match(ANOTHER_SERVICE);
        expect(text).to.include(where);
        expect(text).to.not.match(/where are you|postcode or area/i);
      });
    }
  });

  describe('a court as a venue asked open: out of scope', () => {
    itAnswersFirst([
      ['is the court open today', OUT_OF_SCOPE],
      ['when is the magistrates court open', OUT_OF_SCOPE],
      ['what time does the crown court close', OUT_OF_SCOPE],
      ['is the county court open on saturday', OUT_OF_SCOPE],
    ]);
  });

  describe('controls', () => {
    itAnswersFirst([
      ['what did the court decide', COURT_CHALLENGE],
      ['was there a court case about wimbledon', COURT_CHALLENGE],
      ['was the closure challenged in court', COURT_CHALLENGE],
      ['nearest police station to kings college hospital', /^I couldn't find "kings college hospital"/],
      ['how do i get from the hospital to brixton police station', /Brixton Police Station/],
      ['someone collapsed outside the hospital near brixton police station', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
