/**
 * The plans as residents name them, built at load from `data/plans.json`
 * (never written here): "the 2017 plan" by its years, "Sadiq's cuts" and
 * "Boris's closures" by the people its `body` names, "the Public Access
 * Strategy" and "tough choices" by the phrases of its titles, "the latest
 * review" as the most recent plan. And the closures residents ask about:
 * "what closed in December 2017", "the 2017 closures", "the closures in
 * February", "the latest round" read against the plans' closure rounds.
 *
 * A year, a person or a shortened title ("public access") is a weak name: it
 * names a plan only in talk about plans ("Khan's closures", not "was it open
 * in 2017?"). A whole title ("Local Policing Model") names it on its own.
 */
import { DateTime } from 'luxon';
import type { ClosureRound, Plan } from '../stations/model';
import { LONDON } from '../stations/hours/londonTime';
import { COVID_PERIOD, COVID_WORDS } from './lexicon';
import { readWords } from './message';
import type { ClosurePeriod } from './question';
import { AFTER_A_YEAR, SINCE_A_YEAR, yearsAgo } from './pastPeriod';
import { MONTHS } from './when';

// London with its offsets kept an hour at a time (src/stations/hours/londonTime.ts): the same zone to luxon.
const ZONE = LONDON;

/** The plans a message names, and whether by a whole title (which needs no other talk of plans). */
export interface PlansNamed {
  planIds: string[];
  strong: boolean;
}

interface Name {
  /** Normalised words, as the message's: lower case, apostrophes dropped. */
  words: string;
  planIds: Set<string>;
  strong: boolean;
}

/** "boris" -> "boris", "boriss" (Boris's); "khan" -> "khan", "khans" (Khan's): apostrophes are dropped when a message is read. */
function withPossessive(word: string): string[] {
  return [word, `${word}s`];
}

const normalise = (text: string): string => readWords(text).join(' ');
/** The last words of titles that name a document ("Public Access Strategy", "front counter review"), not "plan" or "changes" (said of any). */
const HEAD_NOUNS: ReadonlySet<string> = new Set(['strategy', 'review']);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isoDate = (d: DateTime): string => d.toISODate() ?? '';
const monthLabel = (d: DateTime): string => d.setLocale('en-GB').toFormat('LLLL yyyy');

export class PlanNames {
  /** No plans known (a test's fake finder): plans are only ever asked about in general. */
  static readonly NONE = new PlanNames([]);

  private readonly names: Name[] = [];
  private readonly pattern: RegExp | null;
  /** "the strategy" -> its one plan (see `addHeadNouns`). */
  private readonly heads = new Map<string, string>();
  private headPattern: RegExp | null = null;
  private readonly byId: Map<string, Plan>;
  /** Every closure round, oldest first, with its plan. */
  private readonly rounds: { planId: string; round: ClosureRound }[];

  static fromPlans(plans: readonly Plan[]): PlanNames {
    return new PlanNames(plans);
  }

  private constructor(readonly plans: readonly Plan[]) {
    this.byId = new Map(plans.map((p) => [p.id, p]));
    this.rounds = plans
      .flatMap((p) => (p.closures?.rounds ?? []).map((round) => ({ planId: p.id, round })))
      .sort((a, b) => (a.round.date < b.round.date ? -1 : 1));
    const add = (text: string, planId: string, strong: boolean) => {
      const words = normalise(text);
      if (!words) return;
      const seen = this.names.find((n) => n.words === words);
      if (seen) {
        seen.planIds.add(planId);
        seen.strong &&= strong;
      } else this.names.push({ words, planIds: new Set([planId]), strong });
    };
    for (const plan of plans) {
      // A shortened title ("Public Access", the start of "Public Access Strategy") is weak.
      const titles = plan.phrases.map(normalise);
      for (const phrase of plan.phrases) {
        const words = normalise(phrase);
        add(phrase, plan.id, !titles.some((t) => t !== words && t.startsWith(`${words} `)));
      }
      for (const person of plan.people) {
        const names = person.role === 'Mayor' ? [person.firstName, person.surname, person.fullName] : [person.surname, person.fullName];
        for (const name of names) for (const form of withPossessive(normalise(name))) add(form, plan.id, false);
      }
    }
    this.addHeadNouns(plans);
    this.addYears(plans);
    const alternatives = this.names.map((n) => escape(n.words)).sort((a, b) => b.length - a.length);
    this.pattern = alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g') : null;
  }

  /**
   * A year names the plan proposed or decided in it; failing that, the plan whose closures fell in it
   * ("the 2018 closures" of the 2017 strategy). A year two plans share at the same rank names neither.
   */
  private addYears(plans: readonly Plan[]): void {
    const ranks = [(p: Plan) => [p.years.proposed, p.years.decided], (p: Plan) => p.years.implemented];
    const taken = new Set<number>();
    for (const yearsOf of ranks) {
      const owners = new Map<number, Set<string>>();
      for (const plan of plans) for (const year of yearsOf(plan)) owners.set(year, (owners.get(year) ?? new Set()).add(plan.id));
      for (const [year, ids] of owners) {
        if (taken.has(year)) continue;
        taken.add(year);
        if (ids.size === 1) this.names.push({ words: String(year), planIds: ids, strong: false });
      }
    }
  }

  /**
   * "the strategy", "that review": the last word of a title, when it is a document's name (`HEAD_NOUNS`) and only one
   * plan's titles end in it. The weakest name: it counts only when nothing else in the message names a plan.
   */
  private addHeadNouns(plans: readonly Plan[]): void {
    const owners = new Map<string, Set<string>>();
    for (const plan of plans) for (const phrase of plan.phrases) {
      const head = normalise(phrase).split(' ').at(-1) ?? '';
      if (HEAD_NOUNS.has(head)) owners.set(head, (owners.get(head) ?? new Set()).add(plan.id));
    }
    for (const [head, ids] of owners) if (ids.size === 1) this.heads.set(head, [...ids][0]);
    const words = [...this.heads.keys()];
    this.headPattern = words.length > 0 ? new RegExp(`\\b(?:the|that|this|their|his|the new|the mayors|the mets) (${words.join('|')})\\b`) : null;
  }

  plan(planId: string): Plan | undefined {
    return this.byId.get(planId);
  }

  /** The plans named in a message's words, in one set; undefined when none is named. */
  named(text: string): PlansNamed | undefined {
    if (!this.pattern) return undefined;
    let planIds: string[] | undefined;
    let strong = false;
    for (const m of text.matchAll(this.pattern)) {
      const name = this.names.find((n) => n.words === m[0]);
      if (!name) continue;
      strong ||= name.strong;
      // "Sadiq's 2017 strategy": every name must fit; names of different plans ("2013 and 2017") leave all of them.
      const ids = [...name.planIds];
      const both = planIds?.filter((id) => name.planIds.has(id)) ?? ids;
      planIds = both.length > 0 ? both : [...new Set([...(planIds ?? []), ...ids])];
    }
    if (planIds) return { planIds, strong };
    const head = this.headPattern?.exec(text)?.[1];
    const byHead = head ? this.heads.get(head) : undefined;
    return byHead ? { planIds: [byHead], strong: false } : undefined;
  }

  /** The most recent plan (by when it was proposed), or the most recent that changed opening hours. */
  latest(which: 'any' | 'changed-hours' = 'any'): Plan | undefined {
    return [...this.plans].filter((p) => which === 'any' || p.changedHours).sort((a, b) => (a.proposedOn < b.proposedOn ? -1 : 1)).at(-1);
  }

  // Closure periods --------------------------------------------------------------------------------

  /** The most recent round of closures that has begun by `today`; failing that, the first to come. */
  latestRound(today: string): ClosurePeriod | undefined {
    const begun = this.rounds.filter((r) => r.round.from <= today).at(-1) ?? this.rounds[0];
    return begun ? roundPeriod(begun.planId, begun.round) : undefined;
  }

  /** Every round of closures begun by `today`, oldest first. */
  roundsBegun(today: string): ClosurePeriod[] {
    return this.rounds.filter((r) => r.round.from <= today).map((r) => roundPeriod(r.planId, r.round));
  }

  /** A plan's closures: its one round, or the span of all of them. */
  planPeriod(planId: string): ClosurePeriod | undefined {
    const plan = this.byId.get(planId);
    const closures = plan?.closures;
    if (!plan || !closures) return undefined;
    if (closures.rounds.length === 1) return roundPeriod(planId, closures.rounds[0]);
    return { from: closures.from, to: closures.to, label: `${closures.from.slice(0, 4)}–${closures.to.slice(0, 4)}`, planId };
  }

  /**
   * A year: the round of closures that fell in it; else (unless `literal`, for "last year" or "which closed in
   * 2018") the closures of the plan proposed or decided in it ("the 2025 closures"); else every closure of that
   * year. Taken literally, a round reaching into another year (December 2017 to January 2018) is not the year's.
   */
  yearPeriod(year: number, literal = false): ClosurePeriod {
    const yearOf = (date: string) => Number(date.slice(0, 4));
    const within = this.rounds.filter((r) => (literal ? yearOf(r.round.from) === year && yearOf(r.round.to) === year : yearOf(r.round.from) <= year && year <= yearOf(r.round.to)));
    if (within.length === 1) return roundPeriod(within[0].planId, within[0].round);
    if (!literal && within.length === 0) {
      const made = this.plans.filter((p) => p.years.proposed === year || p.years.decided === year);
      const period = made.length === 1 ? this.planPeriod(made[0].id) : undefined;
      if (period) return { ...period, yearSaid: year };
    }
    // Taken literally, the plan whose round the year overlaps, if only one (its total is said beside an incomplete year).
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const plans = new Set(this.rounds.filter((r) => r.round.from <= to && from <= r.round.to).map((r) => r.planId));
    return { from, to, label: String(year), ...(literal && plans.size === 1 ? { planId: [...plans][0] } : {}) };
  }

  /** A calendar year, whatever rounds fall in it ("the last counter to close in 2026": all of 2026, not its one round). */
  calendarYear(year: number): ClosurePeriod {
    return this.yearsPeriodLabelled(year, year, String(year));
  }

  /** Every closure from the start of one year to the end of another ("2017-2018"), with the plan whose rounds they are, if only one. */
  yearsPeriod(first: number, last: number): ClosurePeriod {
    return this.yearsPeriodLabelled(first, last, `${first}–${last}`);
  }

  private yearsPeriodLabelled(first: number, last: number, label: string): ClosurePeriod {
    const from = `${first}-01-01`;
    const to = `${last}-12-31`;
    const plans = new Set(this.rounds.filter((r) => r.round.from <= to && from <= r.round.to).map((r) => r.planId));
    return { from, to, label, ...(plans.size === 1 ? { planId: [...plans][0] } : {}) };
  }

  /**
   * The closures asked of a year as "what closed in 2018" reads it: the year itself where a round reaches into it; else
   * the plan made that year (its closures later, the year's own said first).
   */
  closedInYear(year: number): ClosurePeriod {
    return this.yearPeriod(year, this.roundReaches(year));
  }

  /** Whether a round of closures falls in the year, wholly or in part. */
  roundReaches(year: number): boolean {
    return this.rounds.some((r) => Number(r.round.from.slice(0, 4)) <= year && year <= Number(r.round.to.slice(0, 4)));
  }

  /** A month of a year: every closure in it, with the plan whose round it falls in. */
  monthPeriod(year: number, month: number): ClosurePeriod {
    const start = DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE });
    const from = isoDate(start);
    const to = isoDate(start.endOf('month'));
    const plans = new Set(this.rounds.filter((r) => r.round.from <= to && from <= r.round.to).map((r) => r.planId));
    return { from, to, label: monthLabel(start), ...(plans.size === 1 ? { planId: [...plans][0] } : {}) };
  }

  /** A month named without its year ("the closures in February"): the latest round in that month, else its latest past occurrence. */
  monthNamed(month: number, today: DateTime): ClosurePeriod {
    const inMonth = this.rounds.filter((r) => Number(r.round.date.slice(5, 7)) === month && r.round.precision !== 'year');
    const round = inMonth.filter((r) => r.round.from <= isoDate(today)).at(-1) ?? inMonth.at(-1);
    if (round) return roundPeriod(round.planId, round.round);
    return this.monthPeriod(month <= today.month ? today.year : today.year - 1, month);
  }
}

function roundPeriod(planId: string, round: ClosureRound): ClosurePeriod {
  return { from: round.from, to: round.to, label: round.label, planId };
}

const MONTH_WORDS = [...MONTHS.keys()].join('|');
/** "which closed in 2018", "how many did they shut in 2017": the year itself, not the round or plan named by it ("the 2017 closures"). */
const CLOSED_IN_A_YEAR = /\b(?:closed|shut|close|closing|shutting|lose|lost|(?<!\bthe )closures?)(?: down)?\b(?: (?!the\b)\w+){0,3} (?:in|during|throughout) (?:the year )?(?:19|20)\d\d\b(?! (?:plan|strategy|review|round|closures|cuts))/;
/** "may" and "mar" are words too: as months only after "in", "of" or "during", or before a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'mar']);
const A_MONTH_OF_A_YEAR = new RegExp(`\\b(${MONTH_WORDS})(?: of)? ((?:19|20)\\d\\d)\\b`);
const MONTHS_SPAN = new RegExp(`\\b(?:from|between) (${MONTH_WORDS}) ((?:19|20)\\d\\d) (?:to|and|until|till|through) (${MONTH_WORDS}) ((?:19|20)\\d\\d)\\b`);
const SINCE_A_MONTH = new RegExp(`\\b(since|after|from) (?:the (?:start|beginning) of )?(${MONTH_WORDS})(?: of)? ((?:19|20)\\d\\d)\\b`);
/** "July 2017" of "july 2017" or "jul 2017". */
const monthYearLabel = (month: string, year: string) => monthLabel(DateTime.fromObject({ year: Number(year), month: MONTHS.get(month)!, day: 1 }, { zone: ZONE }));
const A_MONTH = new RegExp(`\\b(?:(in|of|during) )?(${MONTH_WORDS})\\b`, 'g');

/** "2017-2018", "2017 to 2019", "2017-18" (the dash is gone by now): two years, the second later; "2017 18 counters" is a count. */
const YEARS_SPAN = /\b((?:19|20)\d\d) (?:(?:and|to|till|until|through|thru|or) )?((?:19|20)\d\d|\d\d)\b(?! (?:counters?|stations?|desks?|front|police|of|were|closed|shut))/;

function yearsSpan(text: string): { first: number; last: number } | undefined {
  const m = YEARS_SPAN.exec(text);
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return last > first && last - first <= 10 ? { first, last } : undefined;
}

/**
 * The period of closures a message names: "in December 2017", "in 2013", "this year", "last month", "in
 * February", "the latest round", "Sadiq's closures". Undefined when it names none (every closure, then).
 */
/** "the last 5 years", "the past two years", "the last decade", "the past year". */
const LAST_YEARS = /\b(?:in|over|during|within|for) the (?:last|past|previous) (?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few|couple of) years?|(decade)|year)\b/;
/** "in the past 12 months", "over the last six months": from that many months before today to today. */
const LAST_MONTHS = /\b(?:in|over|during|within|for) the (?:last|past|previous) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|couple of) months\b/;
const MONTH_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, few: 3, 'couple of': 2 };
const YEAR_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, 'couple of': 2 };

/** Covid said as the time asked ("during covid", "in lockdown"), not one side of it ("before covid", "after lockdown"). */
function duringCovid(text: string, covid: RegExpExecArray | null): ClosurePeriod | undefined {
  if (!covid || /\b(?:before|pre|after|post|since)\s*$/.test(text.slice(0, covid.index))) return undefined;
  return { from: COVID_PERIOD.from, to: COVID_PERIOD.to, label: `during ${covid[0].replace(/^(?:during|in|over|through|throughout|at the time of) (?:the )?/, '')} (${COVID_PERIOD.taken})` };
}

/**
 * "what closed before covid", "closures before 2020": every closure on record up to the day before (the first lockdown,
 * or the year named). The record's own start bounds the list, so `from` is open.
 */
function closedBefore(text: string, covid: RegExpExecArray | null): ClosurePeriod | undefined {
  if (covid && /\b(?:before|pre)\s*$/.test(text.slice(0, covid.index))) {
    const lockdown = DateTime.fromISO(COVID_PERIOD.from, { zone: ZONE });
    return { from: OPEN_START, to: isoDate(lockdown.minus({ days: 1 })), label: `before covid (before ${lockdown.toFormat('d MMMM yyyy')}, England's first lockdown)` };
  }
  // "before december 2017": every closure up to the end of the month before (was: read as December 2017 itself).
  const month = BEFORE_A_MONTH.exec(text);
  if (month && MONTHS.has(month[1])) return closuresBefore(`${month[2]}-${String(MONTHS.get(month[1])).padStart(2, '0')}-01`);
  const year = /\bbefore ((?:19|20)\d\d)\b/.exec(text);
  return year ? { from: OPEN_START, to: `${Number(year[1]) - 1}-12-31`, label: `before ${year[1]}` } : undefined;
}
const OPEN_START = '1829-01-01';
const BEFORE_A_MONTH = new RegExp(`\\bbefore (?:the (?:start|beginning) of )?(${MONTH_WORDS})(?: of)? ((?:19|20)\\d\\d)\\b`);

/**
 * Every closure on record before a day ("before 2017", "before December 2017", or "before that?" after the closures of a
 * time): up to the day before it, labelled by the year or month it starts when it is the first of one.
 */
export function closuresBefore(from: string): ClosurePeriod {
  const start = DateTime.fromISO(from, { zone: ZONE });
  const label = from.endsWith('-01-01') ? from.slice(0, 4) : from.endsWith('-01') ? monthLabel(start) : start.toFormat('d MMMM yyyy');
  return { from: OPEN_START, to: isoDate(start.minus({ days: 1 })), label: `before ${label}` };
}

/** Counters kept or left by a round of closures: "stayed open", "survived", "were left". */
const KEPT_BY_A_ROUND = /\b(?:stayed|stay|stays|kept|keep|survived|survive|remained|remain|left|spared|saved)\b/;

export function readClosurePeriod(text: string, now: DateTime, names: PlanNames): ClosurePeriod | undefined {
  const today = now.setZone(ZONE);
  // Covid's words read once: both sides of it ("before covid") and the time itself ("during lockdown") look at them.
  COVID_WORDS.lastIndex = 0;
  const covidSaid = COVID_WORDS.exec(text);
  const before = closedBefore(text, covidSaid);
  if (before) return before;
  // "since july 2017", "after march 2018": from that month to today; "from october 2017 to march 2018": both months whole.
  const months = MONTHS_SPAN.exec(text);
  if (months && MONTHS.has(months[1]) && MONTHS.has(months[3])) {
    const from = `${months[2]}-${String(MONTHS.get(months[1])).padStart(2, '0')}-01`;
    const last = DateTime.fromObject({ year: Number(months[4]), month: MONTHS.get(months[3])! }, { zone: ZONE }).endOf('month');
    if (from <= isoDate(last)) return { from, to: isoDate(last), label: `${monthYearLabel(months[1], months[2])} to ${monthYearLabel(months[3], months[4])}` };
  }
  const sinceMonth = SINCE_A_MONTH.exec(text);
  if (sinceMonth && MONTHS.has(sinceMonth[2])) {
    // "after march 2018" begins with April.
    const start = DateTime.fromObject({ year: Number(sinceMonth[3]), month: MONTHS.get(sinceMonth[2])!, day: 1 }, { zone: ZONE }).plus({ months: sinceMonth[1] === 'after' ? 1 : 0 });
    if (start <= today) return { from: isoDate(start), to: isoDate(today), label: `${sinceMonth[1]} ${monthYearLabel(sinceMonth[2], sinceMonth[3])}` };
  }
  const monthYear = A_MONTH_OF_A_YEAR.exec(text);
  if (monthYear) return names.monthPeriod(Number(monthYear[2]), MONTHS.get(monthYear[1])!);
  // "did any close during covid", "which closed in lockdown": from England's first lockdown to the last restrictions lifted.
  const covid = duringCovid(text, covidSaid);
  if (covid) return covid;
  if (/\bthis year\b/.test(text)) return names.yearPeriod(today.year, true);
  // "in the last year" is the twelve months to today (LAST_YEARS below), not the calendar year before this one.
  if (/\blast year\b/.test(text) && !/\bthe last year\b/.test(text)) return names.yearPeriod(today.year - 1, true);
  // "which counters closed 2 years ago", "what closed a year ago": that calendar year, as "last year" is.
  const ago = yearsAgo(text, today.year);
  if (ago) return names.yearPeriod(ago.year, true);
  // "since 2017": every closure from that year to today.
  const since = SINCE_A_YEAR.exec(text);
  const sinceYear = since ? (since[1] ?? since[2]) : undefined;
  if (sinceYear && Number(sinceYear) <= today.year) return { from: `${sinceYear}-01-01`, to: isoDate(today), label: `since ${sinceYear}` };
  // "how many closed after 2020", "post 2017": from the next year to today, not the year named alone.
  // ("which stayed open after 2017", "how many were left after 2017": that year's round, kept.)
  const after = KEPT_BY_A_ROUND.test(text) ? null : AFTER_A_YEAR.exec(text);
  if (after && Number(after[1]) < today.year) return { from: `${Number(after[1]) + 1}-01-01`, to: isoDate(today), label: `after ${after[1]}` };
  // "in the last 5 years", "over the past two years", "in the last decade": from that long before today to today.
  const lastYears = LAST_YEARS.exec(text);
  if (lastYears) {
    const n = lastYears[2] ? 10 : lastYears[1] === undefined ? 1 : (YEAR_COUNTS[lastYears[1]] ?? Number(lastYears[1]));
    if (n >= 1 && n <= 30) return { from: isoDate(today.minus({ years: n })), to: isoDate(today), label: `in the last ${n === 1 ? 'year' : `${n} years`}` };
  }
  const lastMonths = LAST_MONTHS.exec(text);
  if (lastMonths) {
    const n = MONTH_COUNTS[lastMonths[1]] ?? Number(lastMonths[1]);
    if (n >= 1 && n <= 60) return { from: isoDate(today.minus({ months: n })), to: isoDate(today), label: `in the last ${n} months` };
  }
  const span = yearsSpan(text);
  if (span) return names.yearsPeriod(span.first, span.last);
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  // "closed in 2018" is the year itself where a round reaches into it; "what closed in 2025" (no round that year) the plan made then.
  if (year) {
    const period = CLOSED_IN_A_YEAR.test(text) ? names.closedInYear(Number(year[1])) : names.yearPeriod(Number(year[1]));
    // "the 2025 review's closures" names the plan itself: the year is its name, not a year asked about.
    if (period.yearSaid === undefined || !new RegExp(`\\b${year[1]}s? (?:front counter |police |met |mopac )?(?:review|plan|strategy|proposals?|consultation|public access strategy)\\b`).test(text)) return period;
    const { yearSaid: _named, ...plan } = period;
    return plan;
  }
  if (/\blast month\b/.test(text)) {
    const last = today.minus({ months: 1 });
    return names.monthPeriod(last.year, last.month);
  }
  for (const m of text.matchAll(A_MONTH)) {
    if (AMBIGUOUS_MONTHS.has(m[2]) && !m[1]) continue;
    return names.monthNamed(MONTHS.get(m[2])!, today);
  }
  if (/\b(?:latest|newest|most recent|recent|recently|last round|new round|just)\b/.test(text)) return names.latestRound(isoDate(today));
  const named = names.named(text);
  if (named?.planIds.length === 1) return names.planPeriod(named.planIds[0]);
  return undefined;
}
