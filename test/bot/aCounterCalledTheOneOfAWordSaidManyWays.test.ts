/**
 * A counter called "the X one" by a word of its name ("what time does the green one close", "when does the kings one
 * shut", "address of the bethnal one"), as Londoners say "the Brixton one": the counter, or the counters the word may
 * mean offered as a choice, in any question, not only "is X open"; not "Which police station ...?".
 * Controls: "the new one", "the main one" describe a counter rather than name one; "the other one" with nothing named
 * before; a word with no counter; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const GREENS = /^Did you mean .*Bethnal Green.*Wood Green\?/;

describe('a counter called the one of a word, said many ways', () => {
  itAnswersFirst(
    [
      ['what time does the green one close', GREENS],
      ['hours for the green one', GREENS],
      ['is the green one open sunday', GREENS],
      ['when does the kings one shut', /^Did you mean Kingston or Kings Head Hill\?/],
      ['is the wood one open tomorrow', /^Did you mean Woodford or Wood Green\?/],
      ['whats the address of the bethnal one', /^\*\*Bethnal Green Police Station\*\*: 12 Victoria Park Square/],
      ['is the bow one open', /^(?:My sources have no police front counter called Bow\. )?The nearest front counter open now to Bow is \*\*Stratford Police Station\*\*/],
      ['is the brixton one open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is the new one open', /^Which police station do you want to know about\?/],
        ['is the main one open', /^Which police station do you want to know about\?/],
        ['is the one open', /^Which police station do you want to know about\?/],
        ['my green one is broken', /^Sorry, I can't help with that/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['when does the green one close? my neighbour is being beaten up right now'], FRIDAY);
  });
});
