/**
 * The latest closures asked "when did the last police station close", "when did the most recent closures happen", "what
 * were the most recent station closures": the latest round from the data (its date and counters) first, never "which
 * police station do you mean?", the year with the most closures (read from "most"), a building's age (read from "most
 * recent") or a place called "recent". Controls: the year with the most closures, a building's age and today's closing
 * time keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const LATEST = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre, /;

describe('the latest closures asked when or most recent, said many ways', () => {
  describe('the latest round first', () => {
    itAnswersFirst(
      [
        ['when did the last police station close', LATEST],
        ['when did the most recent police station close', LATEST],
        ['when did the most recent closures happen', LATEST],
        ['when did the latest closures happen', LATEST],
        ['when did the last station in london shut', LATEST],
        ['what were the most recent station closures', LATEST],
        ['when were the most recent closures', LATEST],
        ['what year were the most recent closures', LATEST],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: the most in a year, age and today keep their answers', () => {
    itAnswersFirst(
      [
        ['when did the most close', /^The most front counters closed in 2017: 36, /],
        ['which year had the most closures', /^The most front counters closed in 2017: 36, /],
        ['which is the oldest police station', /^My sources don't say how old police stations are/],
        ['what is the newest station', /^My sources don't say how old police stations are/],
        ['what time does the last one close', /^Which police station would you like the opening hours for\?$/],
      ],
      { now: NOW },
    );
  });
});
