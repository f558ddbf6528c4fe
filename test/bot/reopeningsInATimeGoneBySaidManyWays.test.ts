/**
 * Reopenings asked of a time gone by said loosely ("which counters reopened after covid", "which stations reopened after
 * lockdown", "any police stations reopen since 2022", "what stations have come back since 2019"): only the reopenings in
 * that window, which is said as taken ("after covid (taken as 20 July 2021, the day after the last legal restrictions
 * lifted, to today)"), never every reopening on record; and a period with its own preposition is not put after "in"
 * ("since 2022", not "in since 2022"). Controls: a year, any time, and one counter keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const AFTER = (said: string): RegExp =>
  new RegExp(`^(?:Yes: t|T)wo front counters reopened after a closure after ${said} \\(taken as 20 July 2021, the day after the last legal restrictions lifted, to today\\), as my sources show: \\*\\*Bethnal Green\\*\\* and \\*\\*Stratford\\*\\*\\.$`);
const SINCE_2022 = /^(?:Yes: o|O)ne front counter reopened after a closure since 2022, as my sources show: \*\*Stratford\*\*\.$/;

describe('reopenings in a time gone by, said many ways', () => {
  describe('only those in the window, said as taken', () => {
    itAnswersFirst(
      [
        ['which counters reopened after covid', AFTER('covid')],
        ['which stations reopened after lockdown', AFTER('lockdown')],
        ['what police stations have reopened post covid', AFTER('covid')],
        ['did any counters reopen after the pandemic', AFTER('the pandemic')],
        ['did any police stations reopen since 2022', SINCE_2022],
        ['which front counters have reopened since 2022', SINCE_2022],
        ['which stations have reopened since 2019', /^Ten front counters reopened after a closure since 2019, as my sources show: /],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: a year, any time, one counter', () => {
    itAnswersFirst(
      [
        ['which counters reopened in 2021', /^Two front counters reopened after a closure in 2021, as my sources show: \*\*Ilford\*\* and \*\*Bethnal Green\*\*\.$/],
        ['did any station reopen', /^Yes: ten front counters reopened after a closure, as my sources show: /],
        ['has kilburn reopened', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017, and has not reopened\.$/],
      ],
      { now: NOW },
    );
  });
});
