/**
 * Now asked alone after a count or list of a time gone by ("how many police stations were open in 2019", then "and
 * now?"; "which stations were 24 hours in 2020", then "what about now"; "how many stations did hackney have in 2017",
 * then "and now?"): the count then against the count now, numbers first, for London, a part of London or a borough, never
 * "Which police station would you like the opening hours for?" nor one counter's hours. Controls: "and now?" after one
 * counter in a year, after a list of now, and with nothing before keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('now asked after a count then, said many ways', () => {
  describe('the count then against now', () => {
    itAnswersLast(
      [
        [['how many police stations were open in 2019', 'and now?'], /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now \(4 December 2026\): ten fewer\.$/],
        [['which stations were open in 2019', 'and today'], /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now/],
        [['which stations were 24 hours in 2020', 'what about now'], /^London had at least 30 front counters open 24 hours a day on 1 July 2020 \(the middle of 2020\); two are now \(4 December 2026\): at least 28 fewer\.$/],
        [['how many stations in south london in 2018', 'and today?'], /^South London had ten front counters open on 1 July 2018 \(the middle of 2018\); eight are open now \(4 December 2026\): two fewer\.$/],
        [['how many stations did hackney have in 2017', 'and now?'], /^Hackney had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(4 December 2026\): one fewer\.$/],
        [['how many stations did westminster have in 2018', 'what about today'], /^Westminster had two front counters open on 1 July 2018 \(the middle of 2018\); one is open now/],
        [['how many counters were there in 2023', 'how about these days'], /^London had 38 front counters open on 1 July 2023 \(the middle of 2023\); 27 are open now/],
      ],
      NOW,
    );
  });

  describe('controls: one counter then, a list of now, nothing before', () => {
    itAnswersLast(
      [
        [['was brixton open in 2019', 'and now?'], /^\*\*Brixton Police Station\*\* is open now, until 22:00\./],
        [['which stations are open 24 hours', 'and now?'], /^(?!London had)/],
        [['and now?'], /^(?!London had)/],
      ],
      NOW,
    );
  });
});
