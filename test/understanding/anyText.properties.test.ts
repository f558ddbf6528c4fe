/**
 * Property tests (fast-check): whatever arrives (any Unicode, lone surrogates,
 * huge pastes, strings of the lexicon's own words, JSON, HTML, object member
 * names), in a first message or in the middle of a real conversation,
 * understanding returns a valid `Question` and never throws; and the rule
 * trace (`explainUnderstanding`) agrees with it.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { COMMON_WORDS } from '../../src/understanding/lexicon';
import type { ConversationContext } from '../../src/understanding/question';
import { explainUnderstanding, understand } from '../../src/understanding/understand';
import { readGolden } from './golden/goldenFile';
import { data, finder, NOW } from './helpers';
import { questionProblem } from './questionSchema';

const stationWords = data.stations.flatMap((s) => [s.name, ...s.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/));
const VOCABULARY = [
  ...COMMON_WORDS,
  ...new Set(stationWords),
  ...['24/7', '24hr', '24-hour', '999', '101', '9pm', '10:30', '25/12', 'xmas', 'bank', 'holiday', 'SE1 7TH', 'IG8 0SB', 'ig80sb', 'W1', 'ZZ9 9ZZ', 'M1 1AA'],
  ...['?', '!', "'", '&amp;', '&lt;b&gt;', '😀', '👋', '🚓', '¿', 'é', '—'],
  ...Object.getOwnPropertyNames(Object.prototype),
];

/** Real conversation states, from the recorded suite: follow-ups, waiting questions, lists. */
const CONTEXTS: ConversationContext[] = [{}, ...readGolden().flatMap((l) => (l.context ? [l.context] : [])).filter((_, i) => i % 7 === 0)];
const NOWS = [NOW, DateTime.fromISO('2027-03-28T01:30', { zone: 'Europe/London' }), DateTime.fromISO('2026-12-25T23:59', { zone: 'Europe/London' })];

const words = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 24 }).map((w) => w.join(' '));
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const html = fc
  .tuple(fc.constantFrom('b', 'i', 'script', 'style', 'a href="x"', 'img src=x onerror=alert(1)', 'div', '!--'), words)
  .map(([tag, inner]) => `<${tag}>${inner}</${tag.split(' ')[0]}>`);
/** A sentence with a name of an object member in it: "is the constructor open". */
const memberNamed = fc
  .tuple(words, fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), words)
  .map((parts) => parts.join(' '));
const long = fc.tuple(fc.constantFrom(...VOCABULARY), fc.integer({ min: 100, max: 4000 })).map(([w, n]) => `${w} `.repeat(n));

const anyText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }), weight: 1 },
  { arbitrary: utf16, weight: 1 },
  { arbitrary: words, weight: 5 },
  { arbitrary: memberNamed, weight: 1 },
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: fc.string({ minLength: 990, maxLength: 1010 }), weight: 1 },
  { arbitrary: fc.array(fc.oneof(words, html, fc.json({ maxDepth: 1 }), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 4 }).map((p) => p.join(' ')), weight: 2 },
);

describe('any text gives a valid question, without throwing (fast-check)', function () {
  this.timeout(120_000);

  it('for a first message or one in a conversation, at any time of year', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...CONTEXTS), fc.constantFrom(...NOWS), (text, context, now) => {
        const question = understand(text, context, now, finder);
        const problem = questionProblem(question);
        if (problem) throw new Error(`not a valid question: ${problem}\n${JSON.stringify(question).slice(0, 500)}`);
        if (text.length <= 2000) {
          const explained = explainUnderstanding(text, context, now, finder);
          expect(explained.question, 'explainUnderstanding agrees with understand').to.deep.equal(question);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Found by the property above on a fresh-clone run: one counter named twice is not two counters to compare.
  it('for a counter named twice with "nearest" ("lewisham local lewisham")', () => {
    for (const text of ['lewisham local lewisham', 'nearest brixton brixton', 'closest croydon or croydon']) {
      expect(questionProblem(understand(text, {}, NOW, finder)), text).to.equal(null);
    }
  });

  // Found by the property above: every task the bot declines is one the question schema knows (it reads the type's own list).
  it('for every kind of request the bot declines ("voice call", "cctv", "custody")', () => {
    for (const text of ['voice call', 'can you read it out loud', 'make the text bigger', 'get me the cctv', 'is my son in custody', 'can you apply for a job for me']) {
      expect(questionProblem(understand(text, {}, NOW, finder)), text).to.equal(null);
    }
  });

  it('for huge pastes, which are read no further than a long message', () => {
    fc.assert(
      fc.property(long, (text) => {
        const question = understand(text, {}, NOW, finder);
        expect(questionProblem(question)).to.equal(null);
      }),
      { numRuns: 20 },
    );
  });

  it('for input that is not text at all, from a channel that sends something else', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(questionProblem(understand(value as string, {}, NOW, finder))).to.equal(null);
      }),
      { numRuns: 100 },
    );
  });
});
