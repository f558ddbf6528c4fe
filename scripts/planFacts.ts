/**
 * What the build derives about each plan (`npm run data:build`), so that
 * understanding and answers know the plans only from `data/`:
 *
 * - the name answers use, from resident-facts.md §6 ("2017 Public Access
 *   Strategy") and the body that made it ("MOPAC"; the MPS is "the Met");
 * - the people its `body` names ("Mayor Sadiq Khan"), by whom residents name
 *   it ("Sadiq's cuts", "Khan's closures");
 * - its years: proposed, decided, and those its closures fell in;
 * - the phrases of its titles ("Public Access Strategy", "Local Policing
 *   Model") and those quoted in the data ("tough choices");
 * - its closure rounds: the dates its `closed` rows cluster on, with the
 *   month residents call them by and the span they cover;
 * - the heading of its reasons in resident-facts.md §5.
 *
 * Also the list of counters the data is complete from (SOURCES.md §1.2): the
 * marker `stations.csv` puts in a listed counter's notes, and the plan whose
 * draft it was rebuilt from.
 *
 * Pure functions of the records, so a test can add a plan to a copy of the
 * data and derive it the same way.
 */
import { DateTime } from 'luxon';
import type { ClosureRound, CounterList, DatePrecision, Plan, PlanPerson, PlanRecord, ResidentFacts, Station, TimelineEvent } from '../src/stations/model';

/** Closures this close together (days after the end of the previous one's period) are one round. */
const ROUND_GAP_DAYS = 45;
/** A round is at least this many closures; a lone closure belongs to the plan's span only. */
const ROUND_MIN = 2;
/** Residents call the Metropolitan Police Service "the Met". */
const BODY_NAMES: Readonly<Record<string, string>> = { MPS: 'Met' };
/** Words that make a title a plan's ("strategy", "review"): a title without its last such word is still its name. */
const PLAN_NOUNS = new Set(['plan', 'strategy', 'review', 'changes', 'model', 'measures', 'consultation', 'proposals']);
/** Words of any desk: a title core made only of these ("front counter") names no plan in particular. */
const DESK_WORDS = new Set(['police', 'station', 'stations', 'counter', 'counters', 'front', 'desk', 'desks', 'office', 'met', 'mps']);

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The last day of the period a dated row stands for: `2018-01-01`/month -> `2018-01-31`. */
function periodEnd(date: string, precision: DatePrecision): string {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  if (precision === 'day') return date;
  return d.endOf(precision).toISODate() ?? date;
}

function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}

function roundLabel(date: string, precision: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat('LLLL yyyy');
}

/** The dated closures of a plan: not contradicted, and not a "closed by this date" row (its real date is unknown). */
function closureRows(plan: PlanRecord, events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .filter((e) => e.planId === plan.id && e.kind === 'closed' && !e.conflict && e.dateQualifier !== 'by')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The rounds the closures cluster in: each row joins the last round if it falls within ROUND_GAP_DAYS of its end. */
export function closureRounds(rows: readonly TimelineEvent[]): ClosureRound[] {
  const clusters: TimelineEvent[][] = [];
  let end = '';
  for (const row of rows) {
    const rowEnd = periodEnd(row.date, row.datePrecision);
    const last = clusters.at(-1);
    if (last && row.date <= addDays(end, ROUND_GAP_DAYS)) {
      last.push(row);
      if (rowEnd > end) end = rowEnd;
    } else {
      clusters.push([row]);
      end = rowEnd;
    }
  }
  return clusters
    .filter((c) => c.length >= ROUND_MIN)
    .map((c) => {
      const main = mostCommonDate(c);
      return {
        date: main.date,
        precision: main.datePrecision,
        from: c[0].date,
        to: c.map((r) => periodEnd(r.date, r.datePrecision)).sort().at(-1)!,
        label: roundLabel(main.date, main.datePrecision),
        count: c.length,
      };
    });
}

/** The date most rows carry; on a tie the more precise, then the earlier. */
function mostCommonDate(rows: readonly TimelineEvent[]): TimelineEvent {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.date, (count.get(r.date) ?? 0) + 1);
  const rank: Record<DatePrecision, number> = { day: 2, month: 1, year: 0 };
  return [...rows].sort((a, b) => count.get(b.date)! - count.get(a.date)! || rank[b.datePrecision] - rank[a.datePrecision] || (a.date < b.date ? -1 : 1))[0];
}

/** "Mayor Boris Johnson; Deputy Mayor Stephen Greenhalgh" -> both, with first name and surname. */
export function peopleOf(body: string): PlanPerson[] {
  const people: PlanPerson[] = [];
  for (const m of body.matchAll(/\b((?:Deputy )?Mayor) ((?:[A-Z][\p{L}'-]*)(?: [A-Z][\p{L}'-]*)+)/gu)) {
    const names = m[2].split(' ');
    people.push({ role: m[1], firstName: names[0], surname: names[names.length - 1], fullName: m[2] });
  }
  return people;
}

/** The body that made the plan, as residents know it: "MOPAC (Mayor ...) with the MPS" -> "MOPAC"; "MPS (...)" -> "Met". */
export function madeByOf(body: string): string {
  const lead = /^(.+?)(?:\s*\(|\s+with\b|;|,|$)/.exec(body.trim())?.[1]?.trim() ?? body.trim();
  return BODY_NAMES[lead] ?? lead;
}

/** The plans' rows of resident-facts.md §6 ("2013 Police and Crime Plan (MOPAC, Johnson) | ..."): year -> title. */
function headlineTitles(facts: ResidentFacts): Map<number, string> {
  const titles = new Map<number, string>();
  const section = facts.sections.find((s) => s.id.startsWith('headline-numbers'));
  for (const fact of section?.facts ?? []) {
    const m = /^(\d{4}) ([^|(]+?)\s*(?:\([^)]*\))?\s*\|/.exec(fact.text);
    if (m) titles.set(Number(m[1]), m[2].trim());
  }
  return titles;
}

/** The headings of resident-facts.md §5 ("2017 (Mayor Sadiq Khan)", `2025–26 (Met "tough choices")`), by the year they start with. */
function reasonsHeadings(facts: ResidentFacts): Map<number, string> {
  const headings = new Map<number, string>();
  const section = facts.sections.find((s) => s.id.startsWith('why-counters-were-closed'));
  for (const fact of section?.facts ?? []) {
    const m = /^((\d{4})\D[^:]*):/.exec(fact.text);
    if (m && !headings.has(Number(m[2]))) headings.set(Number(m[2]), m[1]);
  }
  return headings;
}

/** Phrases quoted in a text: `("tough choices" budget measures)` -> `tough choices`. */
function quoted(text: string): string[] {
  return [...text.matchAll(/["\u201c]([^"\u201d]{3,60})["\u201d]/g)].map((m) => m[1].trim());
}

/**
 * The names a title holds: each `/`-separated part without its acronyms, years and dated notes
 * ("MOPAC/MPS Public Access and Engagement Strategy (draft Jul 2017)" -> "Public Access and Engagement
 * Strategy"), the words in its brackets ("Local Policing Model"), and what it quotes ("tough choices").
 */
export function titlePhrases(title: string): string[] {
  const phrases = quoted(title);
  for (const part of title.split(' / ')) {
    for (const inner of part.matchAll(/\(([^()]*)\)/g)) {
      if (!/\d|["\u201c]/.test(inner[1])) phrases.push(inner[1].trim());
    }
    const outer = part
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\b\d{4}(?:[-–]\d{2,4})?\b/g, ' ')
      .replace(/^\s*(?:[A-Z]{2,}(?:\/[A-Z]{2,})*\s+)+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (outer.split(' ').length >= 2) phrases.push(outer);
  }
  return phrases;
}

/** A title without its last plan noun ("Public Access Strategy" -> "Public Access"), when that still names something. */
function core(phrase: string): string | null {
  const words = phrase.split(' ');
  if (words.length < 3 || !PLAN_NOUNS.has(words[words.length - 1].toLowerCase())) return null;
  const rest = words.slice(0, -1);
  if (rest.every((w) => DESK_WORDS.has(w.toLowerCase()) || w.length <= 3)) return null;
  return rest.join(' ');
}

function unique(phrases: string[]): string[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every plan of plans.csv with what the data says about it; throws if two plans share a name residents would use. */
export function describePlans(records: readonly PlanRecord[], events: readonly TimelineEvent[], facts: ResidentFacts): Plan[] {
  const titles = headlineTitles(facts);
  const headings = reasonsHeadings(facts);
  const plans = records.map((record): Plan => {
    const proposed = yearOf(record.proposedOn);
    const madeBy = madeByOf(record.body);
    const title = titles.get(proposed);
    const named = title ? `${proposed} ${title}` : /^\d{4}\b/.test(record.name) ? record.name.replace(/\s*\([^)]*\)\s*$/, '') : `${proposed} ${record.name}`;
    const rows = closureRows(record, events);
    const rounds = closureRounds(rows);
    const heading = headings.get(proposed) ?? null;
    const phrases = [...titlePhrases(record.name), ...(title ? [title] : []), ...(heading ? quoted(heading) : [])];
    const implemented = new Set<number>();
    for (const r of rounds) for (let y = yearOf(r.from); y <= yearOf(r.to); y++) implemented.add(y);
    return {
      ...record,
      shortName: /^[A-Z]{2,}$|^Met$/.test(madeBy) ? `${named} (${madeBy})` : named,
      madeBy,
      people: peopleOf(record.body),
      years: { proposed, decided: yearOf(record.decidedOn), implemented: [...implemented].sort() },
      phrases: unique([...phrases, ...phrases.map(core).filter((c): c is string => c !== null)]),
      changedHours: events.some((e) => e.planId === record.id && e.kind === 'hours'),
      closures:
        rows.length === 0
          ? null
          : { count: rows.length, from: rows[0].date, to: rows.map((r) => periodEnd(r.date, r.datePrecision)).sort().at(-1)!, rounds },
      reasonsHeading: heading,
    };
  });
  const owner = new Map<string, string>();
  for (const plan of plans) {
    for (const phrase of plan.phrases) {
      const other = owner.get(phrase.toLowerCase());
      if (other && other !== plan.id) throw new Error(`plans.csv: "${phrase}" names both ${other} and ${plan.id}`);
      owner.set(phrase.toLowerCase(), plan.id);
    }
  }
  return plans;
}

/**
 * The list of counters the data holds as complete (SOURCES.md §1.2): stations.csv marks each in its notes
 * ("One of the 73 counters of 2017"); the list counts from the draft of the plan proposed that year.
 */
export function counterListOf(stations: readonly Station[], plans: readonly Plan[]): CounterList {
  const marks = new Map<string, { count: number; year: number; listed: number }>();
  for (const s of stations) {
    const m = /One of the (\d+) counters of (\d{4})/.exec(s.notes);
    if (!m) continue;
    const seen = marks.get(m[0]) ?? { count: Number(m[1]), year: Number(m[2]), listed: 0 };
    seen.listed++;
    marks.set(m[0], seen);
  }
  if (marks.size !== 1) throw new Error(`stations.csv: expected one "One of the N counters of YYYY" marker, found ${marks.size}`);
  const [[marker, { count, year, listed }]] = [...marks];
  if (listed !== count) throw new Error(`stations.csv: "${marker}" marks ${listed} stations`);
  const plan = plans.find((p) => p.years.proposed === year);
  if (!plan) throw new Error(`plans.csv: no plan proposed in ${year}, the year of the counter list`);
  const since = /^\d{4}-\d{2}$/.test(plan.proposedOn) ? `${plan.proposedOn}-01` : plan.proposedOn;
  return { marker, count, planId: plan.id, since };
}
