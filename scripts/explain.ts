/**
 * Why was a message read as it was? Prints the reading (words, moment, places
 * with their scores, cues), the rule that fired, the question it built and the
 * later rules whose conditions also held.
 *
 *   npm run explain -- "is brixtn open sunday"
 *   npm run explain -- --now 2026-11-26T14:30 "is brixtn open sunday"
 *   npm run explain -- --after "is brixton open" "and on sunday?"      (a follow-up: earlier messages build the context)
 *   npm run explain -- --context '{"lastIntent":"hours", ...}' "and on sunday?"
 *   npm run explain -- --json "..."                                     (the whole explanation as JSON)
 *
 * `--now` is read as London time unless it carries an offset; without it, the clock is now.
 */
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../src/stations/loadKnowledge';
import type { LocateResult, PlaceMatch } from '../src/stations/model';
import { nextContext } from '../src/understanding/context';
import { CorePlaceFinder } from '../src/understanding/corePlaceFinder';
import type { ConversationContext, PlaceMention, Question } from '../src/understanding/question';
import { explainUnderstanding, understand, type Explanation } from '../src/understanding/understand';

const USAGE = 'usage: npm run explain -- [--now ISO] [--context JSON | --after "earlier message" ...] [--json] "message"';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { message: string; now: DateTime; context?: ConversationContext; after: string[]; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { now: { type: 'string' }, context: { type: 'string' }, after: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length === 0) fail('Say which message to explain.');
  const now = values.now ? DateTime.fromISO(values.now, { zone: 'Europe/London', setZone: /(?:Z|[+-]\d\d:?\d\d)$/.test(values.now) }) : DateTime.now().setZone('Europe/London');
  if (!now.isValid) fail(`--now: not a date and time: ${values.now}`);
  let context: ConversationContext | undefined;
  if (values.context !== undefined) {
    try {
      context = JSON.parse(values.context) as ConversationContext;
    } catch (e) {
      fail(`--context: not JSON: ${(e as Error).message}`);
    }
    if (context === null || typeof context !== 'object' || Array.isArray(context)) fail('--context: give a JSON object (a ConversationContext).');
  }
  if (context && values.after) fail('Give --context or --after, not both.');
  return { message: positionals.join(' '), now: now.setZone('Europe/London'), context, after: values.after ?? [], json: values.json ?? false };
}

function matchText(m: PlaceMatch): string {
  const id = m.stationId ?? m.postcode ?? m.label;
  return `${m.kind} ${id}${m.label !== id ? ` "${m.label}"` : ''} (score ${m.score.toFixed(2)})`;
}

function resultText(r: LocateResult): string {
  switch (r.status) {
    case 'found':
      return matchText(r.match) + (r.alternatives.length > 0 ? `; also ${r.alternatives.map(matchText).join(', ')}` : '');
    case 'ambiguous':
      return `ambiguous: ${r.candidates.map(matchText).join(' | ')}`;
    case 'not-found':
      return `not found ("${r.query}")`;
    default:
      return `${r.status} ${r.postcode}`;
  }
}

function mentionText(m: PlaceMention): string {
  return `"${m.text}"${m.fromContext ? ' (from the conversation)' : ''} -> ${resultText(m.result)}`;
}

/** The intent, then a line for each field, places shortened to what they resolved to. */
function questionText(q: Question): string {
  const fields = Object.entries(q).filter(([key, value]) => key !== 'intent' && value !== undefined);
  const width = Math.max(0, ...fields.map(([key]) => key.length)) + 2;
  const value = (key: string, v: unknown): string => {
    if (key === 'place') return v === null ? '(none: the bot will ask)' : mentionText(v as PlaceMention);
    if (key === 'others') return (v as PlaceMention[]).map(mentionText).join('; ');
    // Two questions in one: each read in full, in order.
    if (key === 'questions') return (v as Question[]).map((sub, i) => `\n  ${i + 1}. ${questionText(sub).split('\n').join('\n     ')}`).join('');
    return JSON.stringify(v);
  };
  return [q.intent, ...fields.map(([key, v]) => `  ${key.padEnd(width)}${value(key, v)}`)].join('\n');
}

function cuesText(cues: Explanation['reading']['cues']): string {
  const set = Object.entries(cues)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? k : `${k}=${JSON.stringify(v)}`));
  return set.length > 0 ? set.join(', ') : '(none)';
}

/** Each sign of harm with the moment it was placed at; then what 999 must say about speaking. */
function dangerText(danger: Explanation['reading']['danger']): string {
  const signs = danger.signs.map((s) => `${s.kind} "${s.words}" (${s.moment})`);
  const ways = [danger.silentCall ? 'speaking is unsafe: Silent Solution' : '', danger.textOrRelay ? 'deaf or speech-impaired: text 999, Relay UK' : ''].filter(Boolean);
  const lines = [...signs, ...ways];
  if (lines.length === 0) return '(none)';
  return [`${danger.now ? '999 first' : 'no danger now'}: ${lines[0]}`, ...lines.slice(1)].join('\n');
}

function print(message: string, e: Explanation, context: ConversationContext | undefined, now: DateTime): void {
  const { reading } = e;
  const rows: [string, string][] = [
    ['Message', message],
    ['Now', now.toFormat("cccc d MMMM yyyy, HH:mm 'London time'")],
    ['Context', context && Object.keys(context).length > 0 ? `after ${context.lastIntent ?? 'a question'}${context.lastPlace ? ` about "${context.lastPlace.text}"` : ''}${context.pending ? ' (a question waits for a place)' : ''}` : '(first message)'],
    ['Words read', reading.words || '(none)'],
    ['Danger', dangerText(reading.danger)],
    ['Moment', reading.when.when ? JSON.stringify(reading.when.when) : '(none named)'],
  ];
  if (reading.when.specialDay) rows.push(['Special day', JSON.stringify(reading.when.specialDay)]);
  if (reading.when.late) rows.push(['Evening', 'yes ("late", "tonight", after 7pm)']);
  if (reading.pastDate) rows.push(['Past date', reading.pastDate.label]);
  const places = reading.places.mentions;
  rows.push(['Places', places.length > 0 ? places.map(mentionText).join('\n') : '(none)']);
  if (reading.places.unexplained.length > 0) rows.push(['Unexplained', reading.places.unexplained.join(' ')]);
  if (reading.places.unknownNames.length > 0) rows.push(['Unknown names', reading.places.unknownNames.map((n) => n.join(' ')).join('; ')]);
  if (reading.comparison) rows.push(['Compared', `${reading.comparison.stations.map((m) => `"${m.text}"`).join(', ')}${reading.comparison.rank ? ` (which is ${reading.comparison.rank})` : ''}`]);
  rows.push(['Cues', cuesText(reading.cues)]);
  rows.push(['Rule', `${e.fired.rule}   [stage: ${e.fired.stage}]`]);
  rows.push(['Question', questionText(e.question)]);
  rows.push(['Also matched', e.alsoMatched.length > 0 ? e.alsoMatched.map((m) => `${m.rule}   [${m.stage}]`).join('\n') : '(no later rule)']);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  for (const [key, value] of rows) process.stdout.write(`${key.padEnd(width)}${value.split('\n').join(`\n${' '.repeat(width)}`)}\n`);
}

const args = parse();
const finder = CorePlaceFinder.fromData(loadKnowledge());
let context = args.context;
if (args.after.length > 0) {
  // Earlier messages build the conversation as the bot would remember it (without the desk an answer named).
  context = {};
  for (const earlier of args.after) context = nextContext(understand(earlier, context, args.now, finder), context);
}
const explanation = explainUnderstanding(args.message, context ?? {}, args.now, finder);
if (args.json) process.stdout.write(`${JSON.stringify({ message: args.message, now: args.now.toISO(), context: context ?? {}, ...explanation }, null, 2)}\n`);
else print(args.message, explanation, context, args.now);
