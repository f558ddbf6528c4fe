/**
 * "Which closed in 2018?", "how many did they shut in 2017?": a year said with a past verb is that year itself,
 * counted from the timeline (the 2017 strategy's round ran from December 2017 into January 2018: Holborn is 2018's),
 * not the round or the plan the year names ("the 2017 closures" still is the round). "What time did it close
 * yesterday" asks that day's closing time, not when the counter closed for good.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const IN_2017 = /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/;
const IN_2018 = /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\.$/;
const IN_2020 = /^Seven front counters closed in 2020:$/;
const ROUND_2017 = /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\)/;

describe('closures in a year, with a past verb: that year itself', () => {
  itAnswersFirst([
    ['how many closed in 2017', IN_2017],
    ['how many closed in 2017?', IN_2017],
    ['which counters closed in 2017', IN_2017],
    ['how many police stations shut down in 2017', IN_2017],
    ['how many did the met close in 2017', IN_2017],
    ['HOW MANY COUNTERS SHUT IN 2017', IN_2017],
    ['how many police stations closed in twenty seventeen', IN_2017],
    ["how many closed in '17", IN_2017],
    ['which stations closed in twenty twenty', IN_2020],
    ['which closed in 2018', IN_2018],
    ['which stations closed in 2018', IN_2018],
    ['how many police stations closed in 2018', IN_2018],
    ['how many did they shut down in 2018', IN_2018],
    ['what front counters closed during 2018', IN_2018],
    ['which counters closed in 2020', IN_2020],
    ['what closed in 2020', IN_2020],
    ['which closed in 2024', /^One front counter closed on 6 March 2024: Forest Gate\.$/],
    ['how many closed in 2019', /^No front counter closed in 2019, as far as my sources show\.$/],
    // Closures "in" a year, without "the": that year's, as "closed in" reads it.
    ['closures in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
    ['how many police stations shut in 2013?', /^My sources before July 2017 cover only some counters: they name three front counters closed in 2013 under the 2013 Police and Crime Plan \(MOPAC\):$/],
  ]);
});

describe('a year naming a plan or its round keeps that reading', () => {
  itAnswersFirst([
    ['the closures in 2017', ROUND_2017],
    ['which stations closed under the 2017 strategy', ROUND_2017],
    ['which counters closed under the 2013 plan', /^My sources before July 2017 cover only some counters: they name five front counters closed between 2012 and December 2013:$/],
    ['which closed under the 2025 review', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['what closed in december 2017', /^35 front counters closed in December 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
  ]);
});

// No closure is dated in 2025, but two are known only to have closed "by" a date then: said so (never "none closed"), then
// the plan made that year, its closures' own date said. In a part of London without them, none in the year.
const NONE_IN_2025 =
  /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\); ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre/;

describe('a year in which no closure is dated, read as the plan made then: none that year first, then the plan\'s closures', () => {
  itAnswersFirst([
    ['what closed in 2025', NONE_IN_2025], ['which ones closed in 2025', NONE_IN_2025], ['closures in 2025', NONE_IN_2025],
    ['which stations closed in 2025?', NONE_IN_2025], ['what police stations shut in 2025', NONE_IN_2025], ['list the counters that closed in 2025', NONE_IN_2025],
    ['which ones closed in north london in 2025', /^No front counter in North London closed in 2025 itself, as far as my sources show; one front counter in North London closed on 28 February 2026 .*: Church Street\.$/],
  ]);
});

describe('"what time did it close" on a day gone by is that day\'s hours', () => {
  itAnswersFirst([
    ['what time did brixton close yesterday', /^\*\*Brixton Police Station\*\* closed at 22:00 yesterday, Wednesday 25 November \(open 10:00–22:00\)\.$/],
    ['what time did croydon shut last sunday', /^\*\*Croydon Police Station\*\* closed at 19:00 on Sunday 22 November \(open 09:00–19:00\)\.$/],
  ]);

  it('"did wimbledon close" is still its closure', async () => {
    expect(firstLineOf(await new Conversation().askText('did wimbledon close'))).to.match(/^Yes, the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/);
  });

  it('danger beside a question about the past still leads with 999', async () => {
    expect(firstLineOf(await new Conversation().askText('how many closed in 2017, my neighbour is being attacked right now'))).to.match(/999/);
  });
});
