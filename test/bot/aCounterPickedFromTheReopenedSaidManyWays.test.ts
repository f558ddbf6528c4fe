/**
 * A counter picked from the list of those that reopened: after "which counters reopened" (Shoreditch, Teddington, ...
 * Stratford, oldest reopening first), "is the last one open now", "the first one?", "when did the second one reopen",
 * "where is the first one"; after "which station reopened most recently" (Stratford alone), "is it open now", "where is
 * it" (was: "which police station?" asked back, or not understood). The counter at that place in the list, or the one
 * the answer led with. Controls: "it" after a list of ten is still asked which; the list asked again is the list.
 */
import { itAnswersLast } from './harness';

describe('a counter picked from the reopened, said many ways: the one at that place in the list', () => {
  itAnswersLast([
    [['which counters reopened', 'is the last one open now'], /^Yes, \*\*Stratford Police Station\*\* is open now/],
    // Said bare, the one picked is asked when it reopened (see oneOfTheReopenedPickedSaidManyWays).
    [['which counters reopened', 'the last one?'], /^The front counter at \*\*Stratford Police Station\*\* reopened on 7 March 2024/],
    [['which counters reopened', 'the first one?'], /^The front counter at \*\*Shoreditch Police Station\*\* reopened in 2020/],
    [['which counters reopened', 'when did the second one reopen'], /^The front counter at \*\*Teddington Police Station\*\* reopened on 24 January 2020/],
    [['did any stations reopen', 'is the first one still open'], /^No, the front counter at \*\*Shoreditch Police Station\*\* closed/],
    [['which stations reopened in 2020', 'where is the first one'], /^\*\*Shoreditch Police Station\*\*: 4-6 Shepherdess Walk/],
    [['which counters reopened', 'and the third one, when did it close'], /^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020/],
  ]);
});

describe('the counter the latest reopening led with, as "it"', () => {
  itAnswersLast([
    [['which station reopened most recently', 'is it open now'], /^Yes, \*\*Stratford Police Station\*\* is open now/],
    [['what was the last station to reopen', 'where is it'], /^\*\*Stratford Police Station\*\*: 18 West Ham Lane/],
  ]);
});

describe('near a counter picked from the reopened: as before', () => {
  itAnswersLast([
    // "it" after the list: which of the ten listed, by name (not "which police station?" with names never listed).
    [['which counters reopened', 'is it open now'], /^Which of the 10 counters just listed do you mean\? Tell me its name, for example Shoreditch/],
    [['which counters reopened', 'is brixton open now'], /^Yes, \*\*Brixton Police Station\*\* is open now/],
    [['which stations closed in feb 2026', 'the first one, why did it close'], /^The front counter at \*\*Barking Learning Centre police front counter\*\* closed on 28 February 2026/],
  ]);
});
