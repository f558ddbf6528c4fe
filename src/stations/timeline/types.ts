/**
 * What the timeline answers: a station's front-counter status on one London
 * date, with the rows that decided it, their sources and everything a careful
 * answer must mention (conflicting claims, plans, changes already scheduled).
 */
import type { Confidence, CounterList, DatePrecision, DateQualifier, EventKind, Station, TimelineEvent } from '../model';
import type { WeeklySchedule } from '../openingHours';

/** Is a public front counter open there at all on that date. */
export type CounterState = 'open' | 'closed' | 'unknown';

/** A date as precise as its source: `month` means some time in that month, from its 1st. */
export interface DatedMark {
  date: string;
  precision: DatePrecision;
  /** How the date relates to the event (`by` = at the latest; `estimated`; `scheduled`); absent = on that date. */
  qualifier?: DateQualifier;
}

/**
 * Why the counter state is what it is:
 * - `timeline`: the latest opened/closed/hours row on or before the date;
 * - `counter-list`: no such row, but the site is on the list of counters the
 *   data is complete from (the 73 counters of 2017), which count as open from
 *   the list's date (SOURCES.md §5.2 rule 3);
 * - `no-evidence`: neither, so the answer is `unknown`.
 */
export type StatusBasis = 'timeline' | 'counter-list' | 'no-evidence';

export interface KnownHours {
  /** The schedule exactly as written in the data, e.g. `Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00`. */
  text: string;
  schedule: WeeklySchedule;
  is24x7: boolean;
  since: DatedMark;
  /** Set when the as-of date lies inside the precision window of the hours row. */
  uncertainWithin: 'month' | 'year' | null;
  confidence: Confidence;
  sources: string[];
  eventId: string;
}

/**
 * Where a plan stood: proposed, decided, carried out (an opened/closed/hours
 * row with a plan id), reversed, paused, or a dated note about it.
 */
export type PlanStage = 'proposed' | 'decided' | 'implemented' | 'reversed' | 'paused' | 'note';

export interface PlanStep {
  planId: string;
  /** The plan's short name (`Plan.shortName`, "2017 Public Access Strategy (MOPAC)"); the id itself if the plan is missing (the validator reports that). */
  planName: string;
  stage: PlanStage;
  /** `null` for a plan-wide step. */
  stationId: string | null;
  eventId: string;
  date: string;
  precision: DatePrecision;
  kind: EventKind;
  value: string;
  sources: string[];
  confidence: Confidence;
  notes: string;
}

/**
 * A claim the answer must mention but must not silently rest on:
 * - `conflict`: a CONFLICT row (contradicted by other sources; never deciding);
 * - `low-confidence-deciding`: a low-confidence row that did decide the answer;
 * - `low-confidence-later`: a low-confidence row dated after the deciding row
 *   (e.g. the single report that the 2026 closures were "paused").
 */
export interface ReportedDoubt {
  reason: 'conflict' | 'low-confidence-deciding' | 'low-confidence-later';
  event: TimelineEvent;
}

/** A change dated after the as-of date that a plan had already decided on or before it. */
export interface UpcomingChange {
  event: TimelineEvent;
  /** `open`/`closed` for opened/closed rows; hours rows change the hours of an open counter. */
  becomes: 'open' | 'closed' | 'hours';
  date: string;
  precision: DatePrecision;
  /** The decision (on or before the as-of date) that scheduled it. */
  decidedBy: PlanStep;
}

export interface CounterStatus {
  station: Station;
  /** The London date asked about, `YYYY-MM-DD`. */
  asOf: string;
  counter: CounterState;
  basis: StatusBasis;
  /** Since when the counter has been in this state, as precise as the deciding row; null when unknown. */
  since: DatedMark | null;
  /** Set when the as-of date lies inside the precision window of the deciding row. */
  uncertainWithin: 'month' | 'year' | null;
  /**
   * The rows that decided `counter`: the latest opened/closed/hours row(s) (several
   * when they share the date), or for `counter-list` the station's rows
   * under the list's plan that show it was one of the 73 counters.
   */
  decidedBy: TimelineEvent[];
  /** For `counter-list`: the list the counter is on ("the 73 counters of 2017"). */
  counterList?: CounterList;
  /** Null unless the counter is open and an hours row applies. */
  hours: KnownHours | null;
  /** The `opened` row that began the current open spell (e.g. Newham's counter at Stratford after the Forest Gate fire); null if none. */
  openedBy: TimelineEvent | null;
  /** Every plan step for this station up to the as-of date, oldest first. */
  plans: PlanStep[];
  conflicts: ReportedDoubt[];
  /** Note rows for this station up to the as-of date, oldest first. */
  notes: TimelineEvent[];
  upcoming: UpcomingChange[];
  /** The weakest confidence among the rows that decided the answer; null when nothing did. */
  confidence: Confidence | null;
  /** Union of the deciding rows' sources (state and hours). */
  sources: string[];
  /** The date is after the last source (meta.sourcesUpTo): present it as the announced arrangement and point to met.police.uk. */
  beyondSources: boolean;
  sourcesUpTo: string;
}
