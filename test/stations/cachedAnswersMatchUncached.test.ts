/**
 * The knowledge core caches what does not change within a minute or a year
 * (opening states, wall-clock instants, statuses, London dates, day names,
 * bank holidays, printed dates). Caches must never change a reply: here every
 * question is answered through the real pipeline (understanding -> answer ->
 * reply) with every cache off, and again with caches on (warm, shared by
 * instants asked in a shuffled order) and cold (emptied, a new knowledge
 * object), and the three must be byte-identical. No reply text is written
 * here: the cached and uncached computations are compared with each other.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { QUESTION_MIX } from '../../bench/questionMix';
import { TurnPipeline, type TurnResult } from '../../bench/turnPipeline';
import { prng } from '../../bench/synthetic';
import { FrontCounterKnowledge } from '../../src/stations';
import { formatLondonDay, formatLondonTime, hoursOn, isOpenAt, openingStateAt, parseSchedule } from '../../src/stations/openingHours';
import { emptyAllCaches, withCachesOff } from '../../src/stations/boundedCache';
import { UNSEEN_CASES } from '../bot/unseenQuestions';
import { UNSEEN_CASES_2 } from '../bot/unseenQuestions2';
import { TEAMS_CASES_3, UNSEEN_CASES_3 } from '../bot/unseenQuestions3';
import { UNSEEN_CASES_4 } from '../bot/unseenQuestions4';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });

/**
 * Instants where a cache keyed by minute, date or year could go wrong: both
 * clock changes of 2026 and 2027 (given in UTC, so the hour shown twice in
 * October is asked at both showings), midnights, and the minutes desks open
 * and close (a second before, on the minute, inside the same minute).
 */
const INSTANTS: Array<{ label: string; at: DateTime }> = [
  // Clocks go forward: Sunday 29 March 2026, 01:00 GMT -> 02:00 BST.
  ['2026-03-28T23:59:59.999Z', 'the last moment of Saturday before the clocks go forward'],
  ['2026-03-29T00:59:00Z', '00:59 GMT, a minute before the jump'],
  ['2026-03-29T01:00:00Z', '02:00 BST, the jump'],
  ['2026-03-29T08:59:59Z', '09:59:59 BST on the first day of summer time'],
  ['2026-03-29T09:00:00Z', '10:00 BST on the first day of summer time'],
  // Clocks go back: Sunday 25 October 2026, 02:00 BST -> 01:00 GMT.
  ['2026-10-24T23:00:00Z', 'midnight BST before the clocks go back'],
  ['2026-10-25T00:30:00Z', '01:30 BST, the first showing'],
  ['2026-10-25T01:30:00Z', '01:30 GMT, the second showing'],
  ['2026-10-25T18:59:30Z', '18:59:30 GMT on the day the clocks went back'],
  ['2026-10-25T19:00:00Z', '19:00 GMT on the day the clocks went back'],
  // 2027: forward on 28 March, back on 31 October.
  ['2027-03-28T00:30:00Z', '00:30 GMT on 28 March 2027'],
  ['2027-03-28T01:30:00Z', '02:30 BST on 28 March 2027'],
  ['2027-10-31T00:59:59Z', '01:59:59 BST on 31 October 2027'],
  ['2027-10-31T01:00:00Z', '01:00 GMT on 31 October 2027'],
  ['2027-10-30T21:00:00Z', '22:00 BST on Saturday 30 October 2027'],
].map(([iso, label]) => ({ label, at: utc(iso) }))
  .concat(
    [
      ['2026-11-26T14:00', 'Thursday afternoon, the as-of day of the development set'],
      ['2026-11-26T21:59:59.999', 'a moment before 22:00 closing'],
      ['2026-11-26T22:00', '22:00 closing'],
      ['2026-11-26T23:59:30', 'half a minute before midnight'],
      ['2026-11-27T00:00', 'midnight'],
      ['2026-11-27T09:59', 'a minute before 10:00 opening'],
      ['2026-11-27T10:00:00.001', 'just after 10:00 opening'],
      ['2026-11-28T08:59', 'Saturday, a minute before 09:00 opening'],
      ['2026-11-29T19:00', 'Sunday 19:00 closing'],
      ['2026-12-25T12:00', 'Christmas Day'],
      ['2026-12-28T10:30', 'the Boxing Day substitute bank holiday'],
      ['2026-02-27T23:59', 'the night before the ten February 2026 closures'],
      ['2026-02-28T00:00', 'the day of the February 2026 closures'],
      ['2026-03-03T00:00', 'the day only two desks became 24/7'],
      ['2027-01-01T00:00', "New Year's Day 2027"],
    ].map(([iso, label]) => ({ label, at: london(iso) })),
  );

/** Kinds whose answer cannot depend on the time; asked at a few instants only. */
const TIMELESS = new Set(['emergency', 'non-emergency', 'interpreter', 'small talk', 'not found', 'outside London', 'out of scope']);

/** One conversation of each kind for the `n`th instant, taking the kinds' wordings in turn. */
function mixFor(n: number, kinds = QUESTION_MIX): Array<{ kind: string; turns: string[] }> {
  return kinds.map((k) => ({ kind: k.kind, turns: k.conversations[n % k.conversations.length] }));
}
const TIMED_KINDS = QUESTION_MIX.filter((k) => !TIMELESS.has(k.kind));
const UNSEEN = [...UNSEEN_CASES, ...UNSEEN_CASES_2, ...UNSEEN_CASES_3, ...TEAMS_CASES_3, ...UNSEEN_CASES_4].map((c) => ({
  kind: c.topic,
  turns: c.turns.map((t) => t.say),
}));

/** Everything a turn produced, as one text: what was understood, the answer (instants as ISO) and the reply. */
function transcript(results: TurnResult[]): string {
  return JSON.stringify(results);
}

/** The data is loaded once; the warm and the reference pipelines have their own knowledge objects, so share no cache. */
const knowledge = FrontCounterKnowledge.load();
const warm = new TurnPipeline(knowledge);
const reference = new TurnPipeline(new FrontCounterKnowledge(knowledge.data));

/** The reference: every cache off (nothing read, nothing kept), so every answer is computed from scratch. */
function uncached(turns: string[], at: DateTime): string {
  return withCachesOff(() => transcript(reference.conversation(turns, at)));
}

interface Asked {
  label: string;
  at: DateTime;
  kind: string;
  turns: string[];
}

function expectSame(asked: Asked, cached: string, reference: string, how: string): void {
  if (cached === reference) return;
  // Show the first difference, not two walls of JSON.
  let i = 0;
  while (i < cached.length && cached[i] === reference[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 200), i + 200);
  expect.fail(`${how} differs from uncached for "${asked.turns.join(' -> ')}" (${asked.kind}) at ${asked.label}:\n  cached:   …${around(cached)}…\n  uncached: …${around(reference)}…`);
}

/** Pairs of (question, instant) in a fixed shuffled order, so the warm caches hold other instants' entries when asked. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('caches keep every reply byte-identical', function () {
  this.timeout(120_000);

  it(`answers the question mix at ${INSTANTS.length} instants (clock changes of 2026 and 2027, midnights, opening and closing minutes) alike with caches warm and off`, () => {
    const asked: Asked[] = INSTANTS.flatMap(({ label, at }, i) =>
      mixFor(i, i % 5 === 0 ? QUESTION_MIX : TIMED_KINDS).map((c) => ({ label, at, ...c })),
    );
    for (const a of shuffled(asked, 20261126)) expectSame(a, transcript(warm.conversation(a.turns, a.at)), uncached(a.turns, a.at), 'warm');
  });

  it('answers the question mix alike from cold caches and a new knowledge object, instant by instant', () => {
    for (const [i, { label, at }] of INSTANTS.entries()) {
      if (i % 3 !== 0) continue;
      emptyAllCaches();
      const cold = new TurnPipeline(new FrontCounterKnowledge(knowledge.data));
      for (const c of mixFor(i + 1, TIMED_KINDS)) expectSame({ label, at, ...c }, transcript(cold.conversation(c.turns, at)), uncached(c.turns, at), 'cold');
    }
  });

  it(`answers all ${UNSEEN.length} unseen conversations of the bot tests alike, each at one of the instants`, () => {
    const asked = UNSEEN.map((c, i) => ({ ...INSTANTS[(i * 7) % INSTANTS.length], ...c }));
    for (const a of shuffled(asked, 42)) expectSame(a, transcript(warm.conversation(a.turns, a.at)), uncached(a.turns, a.at), 'warm');
  });

  it('answers schedule questions alike, minute by minute across both clock changes, for hours that are not on the hour', () => {
    // The data's hours are all on the hour; these are not, so a cache keyed by the hour instead of the minute would show.
    const schedules = ['Mon-Fri 09:30-17:45; Sat 00:30-01:30, 22:15-02:05', 'Sun 01:10-02:50; Tue-Thu 23:59-00:01', '24/7', 'Mon-Sun 00:00-23:59'].map(parseSchedule);
    const days = ['2026-03-28T22:00:00Z', '2026-10-24T22:00:00Z', '2027-03-27T22:00:00Z', '2027-10-30T22:00:00Z'].map(utc);
    const answers = (at: DateTime) =>
      JSON.stringify([
        schedules.map((schedule) => [openingStateAt(schedule, at), isOpenAt(schedule, at), hoursOn(schedule, at), hoursOn(schedule, at.toISODate()!)]),
        formatLondonTime(at, '12h'),
        formatLondonDay(at, days[0]),
        formatLondonDay(at.plus({ hours: 20 }), at),
      ]);
    // Every 17 minutes (so every minute past the hour comes up) for 30 hours from 22:00 UTC the evening before, plus the seconds either side of each 5th minute.
    const instants = days.flatMap((start) =>
      Array.from({ length: Math.ceil((30 * 60) / 17) }, (_, i) => start.plus({ minutes: i * 17 })).flatMap((t) => (t.minute % 5 === 0 ? [t.minus({ seconds: 1 }), t, t.plus({ seconds: 59 })] : [t])),
    );
    for (const at of shuffled(instants, 7)) {
      const cached = answers(at);
      if (cached !== withCachesOff(() => answers(at))) expect.fail(`cached schedule answers differ at ${at.toISO()}`);
    }
  });

  it('notices a difference: a reply computed at another minute does not pass for this one', () => {
    const at = london('2026-11-26T21:59');
    const turns = ['is brixton police station open now?'];
    expect(transcript(warm.conversation(turns, at.plus({ minutes: 1 })))).not.to.equal(uncached(turns, at));
  });
});
