/**
 * The boroughs with so many counters asked, counted or named ("how many boroughs have 2 stations", "which boroughs still
 * have more than one counter", "how many boroughs have only one counter"): how many boroughs have that many counters open
 * today (or as of a year said: "how many boroughs had two counters in 2018"), named when few, from the data; none: that
 * none has, and what each has. Controls: the borough with the most, which boroughs have a counter, the boroughs with none,
 * and two boroughs' counts set against each other keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: after the 2026 closures, every borough with a counter has one. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the boroughs with so many counters, said many ways', () => {
  describe('a number asked: how many boroughs have it, first', () => {
    itAnswersFirst(
      [
        ['how many boroughs have 2 stations', /^No borough has two front counters open today: 27 boroughs have one each\.$/],
        ['which boroughs still have more than one counter', /^No borough has more than one front counter open today: 27 boroughs have one each\.$/],
        ['any borough with 2 or more front counters?', /^No borough has more than one front counter open today: 27 boroughs have one each\.$/],
        ['which boroughs have at least two police stations now', /^No borough has more than one front counter open today: 27 boroughs have one each\.$/],
        ['how many boroughs have only one counter', /^27 boroughs have one front counter open today\.$/],
        ['how many boroughs have just 1 police station', /^27 boroughs have one front counter open today\.$/],
        ['which boroughs have fewer than two police stations', /^32 boroughs have at most one front counter open today\.$/],
        ['how many boroughs had two counters in 2018', /^Five boroughs had two front counters open on 1 July 2018: Barking and Dagenham, Bexley, Harrow, Merton and Westminster\.$/],
        ['which boroughs had more than one station in 2019', /^Five boroughs had more than one front counter open on 1 July 2019: /],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('the most asked of a year: counted then, not today', () => {
    itAnswersFirst(
      [
        ['which borough had the most stations in 2018', /^Barking and Dagenham, Bexley, Harrow, Merton and Westminster had the most front counters open on 1 July 2018: two each\.$/],
        ['which borough had the most police stations in 2016', /^My sources don't have a complete list of counters for that day/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: the nearby questions keep their answers', () => {
    itAnswersFirst(
      [
        ['which borough has the most police stations', /^No borough has more than one front counter open today: 27 boroughs have one each\.$/],
        ['which boroughs still have a counter', /^27 boroughs have a front counter open today, one each\.$/],
        ['is there any borough with no front counter now', /^Five boroughs have no front counter now: /],
        ['how many police stations in each borough', /^No borough has more than one front counter open today/],
        ['which borough has more police stations, hackney or newham', /Hackney|Newham/],
        ['how many stations are there in lambeth', /Lambeth/],
      ],
      { now: NOW },
    );
  });
});
