/**
 * "The other one" just after an answer listed two counters and neither was asked of yet: after "which stations are 24
 * hours" (Lewisham and Charing Cross), "and the other one on sunday?", "is the other one open on christmas day", "where
 * is the other one" (was: "which police station?" asked back, or not understood). The first named is taken as the one,
 * so the other is the second, as after a pair compared ("compare brixton and walworth", "the other one": Walworth). Once
 * one of them is asked of, the other is the one not asked of, as before.
 */
import { itAnswersLast } from './harness';
import { DateTime } from 'luxon';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the other of two listed, neither discussed, said many ways: the second listed', () => {
  itAnswersLast(
    [
      [['which stations are 24 hours', 'and the other one on sunday?'], /^\*\*Charing Cross Police Station\*\* is open 24 hours on Sunday 6 December\./],
      [['what are the 24/7 police stations', 'the other one?'], /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours a day\./],
      [['24 hour stations?', 'other one open xmas?'], /^I don't have special-day hours for Christmas Day \(25 December 2026\), so I can't say whether \*\*Charing Cross Police Station\*\*/],
      [['which stations are 24 hours', 'where is the other one'], /^\*\*Charing Cross Police Station\*\*: Agar Street, Strand WC2N 4JP\./],
      [['which stations are 24 hours', 'whats the postcode of the other one'], /^\*\*Charing Cross Police Station\*\*: Agar Street/],
      [['which police stations are open all night', 'is the other one open on sunday morning'], /^Yes, \*\*Charing Cross Police Station\*\* is open in the morning on Sunday 6 December/],
    ],
    FRIDAY,
  );
});

describe('near the other of two listed: as before', () => {
  itAnswersLast(
    [
      // One of the two asked of: the other is the one not asked of.
      [['which stations are 24 hours', 'is charing cross open sunday', 'what about the other one'], /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours on Sunday 6 December\./],
      [['which stations are 24 hours', 'is lewisham open sunday', 'and the other one?'], /^Yes, \*\*Charing Cross Police Station\*\* is open 24 hours on Sunday 6 December\./],
      // By order: the one at that place in the list.
      [['which stations are 24 hours', 'the first one on sunday?'], /^\*\*Lewisham Police Station\*\* is open 24 hours on Sunday 6 December\./],
      [['which stations are 24 hours', 'what about the second one tomorrow'], /^\*\*Charing Cross Police Station\*\* is open 24 hours tomorrow/],
      // One counter discussed, nothing listed: "the other one" is one more desk near it.
      [['is brixton open', 'and the other one?'], /^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/],
      // A pair compared: the one not led with.
      [['compare brixton and walworth', 'what about the other one'], /\*\*Walworth Police Station\*\*/],
    ],
    FRIDAY,
  );
});

