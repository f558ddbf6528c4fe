/**
 * The crime number of one's own report asked, often with the counter it was made at ("what's the crime number for my
 * report at brixton", "i forgot the crime reference number for my report"): a record the bot cannot look up (the
 * case-lookup decline), not "Yes, you can report it at Brixton's front counter". Controls: a report still to make at a
 * counter named keeps that answer; a crime number for insurance, with no report of one's own, is the police-report
 * decline; "whats my crime number" is as before. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CASE_LOOKUP = /^I can't look up crime reports or cases\./;

describe("one's own crime number asked with a counter, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ["what's the crime number for my report at brixton", CASE_LOOKUP],
      ['whats the reference number for my burglary', CASE_LOOKUP],
      ['i forgot the crime reference number for my report', CASE_LOOKUP],
      ['i need the crime number for my stolen bike report at lewisham', CASE_LOOKUP],
      ['where can i find the crime ref for my burglary at croydon police station', CASE_LOOKUP],
      ['how do i get the incident number for my theft report', CASE_LOOKUP],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now?', "what's the crime number for my report there"], CASE_LOOKUP]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['can i report my burglary at brixton', /^Yes, you can report it at Brixton's front counter/],
        ['my insurer wants a crime reference number', /^I can't give you a police report, a copy of one or a crime reference number/],
        ['whats my crime number', CASE_LOOKUP],
      ],
      { now: FRIDAY },
    );
  });
});
