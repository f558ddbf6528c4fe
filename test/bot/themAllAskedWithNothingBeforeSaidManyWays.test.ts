/**
 * "Them", "ones" or "all" asked for with nothing said before to refer back to ("show me all of them", "list them all",
 * "which ones are there"): a first message can only mean London's counters, so the list of those open, never "can't
 * help" nor a question of where the resident is; one counter asked of before is not "them" either. With a part of
 * London, that part's. After a list, the same words ask for that list again. Controls: "which ones are there" after a
 * place, a crime told with it, and a list narrowed keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LONDONS = /^27 police front counters are open in London: /;

describe('them all asked with nothing before, said many ways', () => {
  describe('a first message: London’s counters', () => {
    itAnswersFirst(
      [
        ['show me all of them', LONDONS],
        ['list them all', LONDONS],
        ['give me the lot', LONDONS],
        ['can you list all of them please', LONDONS],
        ['show them all', LONDONS],
        ['which ones are there?', LONDONS],
        ['what are they all', LONDONS],
        ['which ones are in east london', /^Six police front counters are open in East London:/],
        ['what stations are there in south london', /^Eight police front counters are open in South London:/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('after a greeting, still nothing to refer back to; after a list, that list again', () => {
    itAnswersLast(
      [
        [['hi', 'show me all of them'], LONDONS],
        // One counter asked of is not "them": London's counters still.
        [['is brixton open', 'list them all'], LONDONS],
        [['is brixton open', 'ok show me all of them'], LONDONS],
        [['how many police stations closed in 2017', 'list them all'], /^36 front counters closed in 2017/],
        [['how many police stations closed in 2017', 'show me all of them'], /^36 front counters closed in 2017/],
        [['which police stations are open 24 hours', 'list them all'], /^Only two front counters are open 24 hours a day/],
      ],
      NOW,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['my car was stolen, show me all of them', /^To report a crime that is not an emergency/],
        ['list all stations', LONDONS],
      ],
      { now: NOW },
    );
    itAnswersLast(
      [
        [['how many police stations closed in 2017', 'which ones were in south london?'], /in South London/],
        // After a place, "which ones are there" may ask of that place: not London's list.
        [['is brixton open', 'which ones are there'], /^The nearest front counter to Brixton is/],
      ],
      NOW,
    );
  });
});
