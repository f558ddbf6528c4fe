/**
 * The languages spoken at a front counter asked ("what languages does the counter speak", "do they speak polish at the
 * front desk", "do the staff speak other languages", "is there anyone at the station who speaks arabic", "do police
 * stations have interpreters"): the data does not say, first, then Language Line through 101 and 999, and how to ask
 * for an interpreter (was: can't help, or Language Line alone as if it answered). Controls: an
 * interpreter asked with no counter ("i need an interpreter", "what is language line", "can i speak to someone in
 * polish") keeps Language Line first; the bot's own language ("do you speak polish") stays English only; danger leads
 * with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH = /^My sources don't say which languages are spoken at police front counters, or whether they have interpreters there\. Language Line is available through 101 and 999\./;
const SPEAKS = (language: string) => new RegExp(`^My sources don't say whether anyone at a police front counter speaks ${language}\\. Language Line is available through 101 and 999\\.`);

describe('languages spoken at a counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what languages does the counter speak', WHICH],
      ['do the staff speak other languages', WHICH],
      ['what languages do the staff at police stations speak?', WHICH],
      ['do police stations have interpreters', WHICH],
      ['can i get an interpreter at the station', WHICH],
      ['which languages are spoken at the front desk', WHICH],
      ['do they speak polish at the front desk', SPEAKS('Polish')],
      ['can someone at the front desk speak urdu', SPEAKS('Urdu')],
      ['is there anyone at the station who speaks arabic', SPEAKS('Arabic')],
      ['does anyone at the counter speak romanian?', SPEAKS('Romanian')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'do they speak spanish there'], SPEAKS('Spanish')],
      [['hours of ilford', 'what languages do the staff speak'], WHICH],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i need an interpreter', /^Language Line is available through 101 and 999\./],
        ['what is language line', /^Language Line is available through 101 and 999\./],
        ['can i speak to someone in polish', /^To speak to the police in Polish, call 101, or 999 in an emergency, and ask for an interpreter\./],
        ['do you speak polish', /^I can only answer in English\./],
        ['what languages do you speak', /^I can only answer in English\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['do they speak polish at the front desk? my husband is hitting me'], FRIDAY);
  });
});
