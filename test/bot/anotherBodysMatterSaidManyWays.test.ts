/**
 * Another body's matter that looked like the police's: a complaint about the council ("how do i complain about the
 * council", "i want to complain about lewisham council") is the council's (was: "My sources don't cover complaints about
 * the police", or Lewisham police station's hours). (A lawyer sought as the legal decline was tried and taken back: it
 * cost held-out cases.) Controls: complaints about the police or
 * a counter keep the complaint answer; noise from neighbours is the council's as before. Through the bot.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const COUNCIL = /^I can't help with council services, and I don't know councils' numbers or addresses: I only know about London's police front counters\./;
const POLICE_COMPLAINT = /^My sources don't cover complaints about the police\./;

describe("another body's matter, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i complain about the council', COUNCIL],
      ['i want to complain about lewisham council', COUNCIL],
      ['where do i send a complaint to the council', COUNCIL],
      ['making a complaint about hackney council', COUNCIL],
    ],
    { understood: true },
  );
  itAnswersLast([[['is lewisham open now?', 'how do i complain about lewisham council'], COUNCIL]]);

  describe('controls', () => {
    itAnswersFirst([
      ['how do i complain about a police officer', POLICE_COMPLAINT],
      ['i want to make a complaint about the police', POLICE_COMPLAINT],
      ['how do i complain about brixton police station', POLICE_COMPLAINT],
      ['i want to complain about this bot', /^I can't take feedback or pass it on\./],
      ["my neighbour's dog keeps barking", /^I can't take noise complaints/],
    ]);
  });
});
