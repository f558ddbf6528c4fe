/**
 * Counts compared, said as residents say them: a year alone set against a question in the present ("how many stations in
 * south london compared to 2018", "how many counters vs 2019", "how many stations does lambeth have compared to 2017"):
 * the count then and the count now, numbers first, a part of London said as the bot takes it, never the count then
 * alone; and two boroughs counted with "nicks" ("how many nicks in hackney vs tower hamlets"): each borough's count, never
 * "Sorry". "nicks" is a counter only after a word that counts or picks them: "he nicks stuff from my shop" stays a crime
 * told. Controls: a year said in the past tense against another year (each year's count, not against now), and danger
 * told with "nicks", keep their answers.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('counts set against a year or another area, said many ways', () => {
  describe('a year alone against now: then and now, numbers first', () => {
    itAnswersFirst(
      [
        ['how many stations in south london compared to 2018', /^South London had ten front counters open on 1 July 2018 \(the middle of 2018\); eight are open now \(4 December 2026\): two fewer\.$/],
        ['how many counters in east london compared to 2019', /^East London had nine front counters open on 1 July 2019 \(the middle of 2019\); six are open now \(4 December 2026\): three fewer\.$/],
        ['how many stations does lambeth have compared to 2017', /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(4 December 2026\): two fewer\.$/],
        ['how many stations in lambeth compared to 2017', /^Lambeth had three front counters open on 1 July 2017 /],
        ['how many police stations are there compared to 2018', /^London had 37 front counters open on 1 July 2018 \(the middle of 2018\); 27 are open now \(4 December 2026\): ten fewer\.$/],
        ['how many counters vs 2019', /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now/],
        ['how many 24 hour stations in london as opposed to 2020', /^London had at least 30 front counters open 24 hours a day on 1 July 2020 \(the middle of 2020\); two are now/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('two boroughs counted, nicks and all', () => {
    itAnswersFirst(
      [
        ['how many nicks in hackney vs tower hamlets', /^Hackney and Tower Hamlets have the same: one open front counter each\.$/],
        ['how many nicks does westminster have vs camden', /^Westminster and Camden have the same: one open front counter each\.$/],
        ['does hackney have more nicks than islington', /^No: Hackney and Islington have the same: one open front counter each\.$/],
        ['how many cop shops in westminster vs camden', /^Westminster and Camden have the same: one open front counter each\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: two years in the past tense, nicks as the verb', () => {
    itAnswersFirst(
      [
        // Two past years are each year's count (see theCountsOfTwoPastYearsOrTwoBoroughsSaidManyWays), never one against now.
        ['how many stations were there in 2017 compared to 2019', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\) and 37 on 1 July 2019 \(the middle of 2019\)/],
        ['someone nicks bikes outside my flat every night', /^\*\*Call 999 now\*\*/],
        ['he nicks stuff from my shop, where do i report it', /^To report a crime that is not an emergency: call 101/],
      ],
      { now: NOW },
    );
  });
});
