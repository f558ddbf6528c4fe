/**
 * A pledge asked of a Mayor named ("what did boris promise about police stations", "did boris johnson pledge to keep
 * counters open"): the pledges made while that Mayor was in office (from the year of the plan made under them to the
 * next plan under another Mayor). None on record for Boris Johnson, so that is said first, then what the plan made
 * under him did (plans.csv). The pledges of Sadiq Khan, and of "the Mayor", keep their answer.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_BY_BORIS = /^My sources record no promise about front counters by Boris Johnson\. What the 2013 Police and Crime Plan \(MOPAC\), made under Boris Johnson, did: Closed 63 of London's 136 police front counters/;
const THE_MAYORS = /^In 2017, the Mayor committed to one 24-hour counter in each borough \(Public Access Strategy\)\./;

describe('a pledge of a Mayor named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what did boris promise about police stations', NONE_BY_BORIS],
      ['did boris johnson pledge to keep counters open', NONE_BY_BORIS],
      ["what was boris's promise on front counters", NONE_BY_BORIS],
      ['didnt boris promise to keep the police stations', NONE_BY_BORIS],
      ['johnson promised us front counters, what happened', NONE_BY_BORIS],
      ['any manifesto pledge from boris on police desks?', NONE_BY_BORIS],
    ],
    { now: FRIDAY_AFTERNOON, understood: true },
  );
});

describe("controls: Sadiq Khan's and the Mayor's pledges, and Boris's plan asked as a plan", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did sadiq promise to keep counters open', THE_MAYORS],
      ['what did sadiq khan promise about police stations', THE_MAYORS],
      ["what was khan's manifesto pledge on police counters", THE_MAYORS],
      ['did the mayor promise a 24 hour desk in every borough', THE_MAYORS],
      ["what was boris's plan for police stations", /^\*\*2013 Police and Crime Plan \(MOPAC\)\*\*: Closed 63/],
    ],
    { now: FRIDAY_AFTERNOON },
  );
});
