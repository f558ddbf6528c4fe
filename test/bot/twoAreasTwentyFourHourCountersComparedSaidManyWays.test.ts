/**
 * The 24-hour counters of two areas set against each other ("which has more 24 hour stations, south or central london",
 * "which has fewer 24 hour stations, north or south london", "does south london have more 24/7 stations than north"):
 * only the counters open round the clock are counted, and the first sentence says so, never every open counter as if
 * asked. Controls: counters asked without 24 hours keep their old counts. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("two areas' 24-hour counters compared, said many ways", () => {
  describe('the 24-hour ones counted', () => {
    itAnswersFirst(
      [
        ['which has fewer 24 hour stations, north or south london', /^North London has fewer: no 24-hour front counters, against one in South London\./],
        ['which has more 24 hour counters, south london or central london', /^South London and Central London have the same: one 24-hour front counter each\./],
        ['does south london have more 24/7 stations than north london', /^Yes: South London has more: one 24-hour front counter, against none in North London\./],
        ['which has more 24 hour stations, croydon or lewisham', /^Lewisham has more: one 24-hour front counter, against none in Croydon\./],
        ['more round the clock police stations in north or south london?', /^South London has more: one 24-hour front counter, against none in North London\./],
        ['which has fewer 24hr counters, east london or west london', /^(?:East London and West London have the same|Neither East London nor West London has a police front counter open 24 hours a day)/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: every open counter counted', () => {
    itAnswersFirst(
      [
        ['which has more counters, north london or south london', /^South London has more: eight open front counters, against six in North London\./],
        ['which has fewer counters, north london or south london', /^North London has fewer: six open front counters, against eight in South London\./],
      ],
      { now: NOW },
    );
  });
});
