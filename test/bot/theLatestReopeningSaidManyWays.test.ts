/**
 * The latest reopening asked ("which station reopened most recently", "what was the last station to reopen", "latest
 * reopening?"): the counter that reopened last leads, with its dates and whether it is open now, then how many reopened
 * in all; never the latest closures, nor the whole list with the latest unsaid. A part of London narrows it. Controls:
 * which reopened (all of them), the latest closures, and a person who came back keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LATEST = /^The latest front counter to reopen, as my sources show, is \*\*Stratford\*\*, reopened on 7 March 2024 after closing on 14 December 2017 \(open now\); ten reopened in all\.$/;

describe('the latest reopening, said many ways', () => {
  describe('the one that reopened last leads', () => {
    itAnswersFirst(
      [
        ['which station reopened most recently', LATEST],
        ['what was the last station to reopen', LATEST],
        ['latest reopening?', LATEST],
        ['which was the last one to reopen', LATEST],
        ["what's the most recent reopening", LATEST],
        ['which counter re opened most recently?', LATEST],
        ['which was the last one to reopen in east london', /^The latest front counter in East London to reopen, as my sources show, is \*\*Stratford\*\*.*; four reopened in all\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which stations reopened', /^Ten front counters reopened after a closure, as my sources show: /],
        ['did any stations reopen', /^Yes: ten front counters reopened after a closure/],
        ['what was the last station to close', /^Ten front counters closed on 28 February 2026/],
        ['my one came back, which station is open', /^(?!The latest|Ten front counters reopened)/],
      ],
      { now: NOW },
    );
  });
});
