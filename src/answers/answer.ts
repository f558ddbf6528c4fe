/**
 * What StationDesk answers, as typed values: the output of answering and the
 * input of rendering. Answers hold facts (with their sources and as-of date);
 * replies turn them into words and cards. No botbuilder import here.
 */
import type { NearbyDesk } from '../stations/nearest';
import type { ContactKey, CounterList, DatePrecision, OutsideMet, PlaceMatch, Plan, PublisherKind, ResidentFact, Station, TimelineEvent } from '../stations/model';
import type { DayHours, OpeningState, WeekTableRow } from '../stations/openingHours';
import type { CounterStatus, KnownHours, PlanStep, UpcomingChange } from '../stations/timeline';
import type {
  CannotDoTask, ClosingAsked, CouncilMatter, ClosurePeriod, ComparisonRank, ComparisonYesNo, CostAsked, DeskKind, EmergencyService, Happened, HoursFocus, Intent, OutOfScopeReason, PartOfLondon, PlaceOnlyAbout, PastAsked, PastFocus, PastPeriod, PlanTopic, ServiceTopic, SpecialDay, StatusYesNo,
  WhenAsked, YesNoAsked,
} from '../understanding/question';
import type { ClosingOutlook } from './closingOutlook';
import type { PartOfDayOpen } from './partOfDay';
import type { DaysComparedAnswer } from './daysCompared';
import type { CounterMove } from './counterMoves';

/**
 * A spell of one schedule at a counter: the first row that records it, whether that row only saw it in force (its start
 * not known, SOURCES.md §5.2), the counter as it was then, and the row that ended it (a closure or other hours), if any.
 */
export interface HoursSince {
  from: TimelineEvent;
  observedOnly: boolean;
  status: CounterStatus;
  until: TimelineEvent | null;
}

/** When the answer holds, and how fresh the data behind it is. Every fact-bearing answer carries one. */
export interface AnswerDating {
  /** The London date the answer is about ("as of"). */
  asOf: string;
  /** The instant the answer was computed (ISO, London). */
  at: string;
  /** The date the research was last verified (data/meta.json). */
  verifiedOn: string;
  /** The latest source date; after it, answers are "the announced arrangement". */
  sourcesUpTo: string;
  /** Who publishes each cited domain (publishers.csv), so a reply can name a source by its publisher, not its address. */
  publishers: PublisherIndex;
}

/** Publisher name and kind by host name (`www.bbc.co.uk` -> BBC News, news). Shared, read-only. */
export type PublisherIndex = Readonly<Record<string, { name: string; kind: PublisherKind }>>;

/** The nearest desks worth offering from a point, as of the answer's instant. */
export interface NearbyOptions {
  /** From where (a station, postcode, place...). */
  from: PlaceMatch;
  openNow: (NearbyDesk & { state: OpeningState }) | null;
  open24x7: NearbyDesk | null;
  /** The nearest desk open at all that day (it may be closed at this hour). */
  openToday: (NearbyDesk & { state: OpeningState | null }) | null;
}

/**
 * Set when the resident named a place, not a station ("is it open on Saturday?"
 * after a postcode): the answer is about the nearest open desk to that place.
 */
/**
 * "Is there a police station in Peckham / Canary Wharf?": the place asked, the counter named after it (null: none is),
 * and whether a yes or no was asked; said before the borough's counters or the nearest.
 */
export interface PlaceAskedNow {
  label: string;
  namesake: CounterStatus | null;
  yesNo?: true;
  /** A 24-hour counter was asked of the place ("is there a 24 hour police station in canary wharf"). */
  roundTheClock?: true;
}

/** A place named as a police station the data has no counter for ("is marylebone police station open?"): said first. */
export interface NoCounterCalled {
  noCounterCalled?: string;
  /**
   * With `noCounterCalled`: a closed counter the place's name holds ("new barnet police station": Barnet Police
   * Station), how far from the place, and when it closed, so the answer says it is not that one and that it closed.
   */
  closedNamesake?: { name: string; distanceKm: number; distanceMiles: number; closedOn: string | null };
}

export interface NearestTo extends NoCounterCalled {
  nearestTo?: { from: PlaceMatch; distanceKm: number; distanceMiles: number };
  /** Set when the resident named a borough whose one open counter this answer is about ("is the desk in Hackney open"). */
  onlyCounterIn?: string;
}

/** A desk in a nearest answer: `state` is at the instant asked about (now, unless a time was named). */
export type NearestResult = NearbyDesk & {
  state: OpeningState | null;
  is24x7: boolean;
  /** The hours the answer rests on (on the first date asked), so the reply can cite their sources; null if not known. */
  hours: KnownHours | null;
  /** With a day or time named: the desk's hours on each date asked about (one, or Saturday and Sunday). */
  days?: DayHours[];
};

/** The moment a nearest question names: a day or time, a special day, or both. */
export interface MomentAsked {
  when?: WhenAsked;
  specialDay?: SpecialDay;
}

/** The moment a nearest question named, as answered. */
export interface NearestMoment {
  /** Absent for a special day with no date ("open on bank holidays?"). */
  when?: WhenAsked;
  specialDay?: SpecialDay;
  /** The London dates the moment covers, earliest first; empty when it has no date. */
  dates: string[];
  /** For a time of day: the nearest desk open earlier or later that day, when nearer than the first desk open at that time. */
  openThatDay: (NearbyDesk & { days: DayHours[] }) | null;
  /** The nearest 24-hour desk on the date asked about. */
  open24x7: NearbyDesk | null;
  /** An hour said without am or pm ("open at 9 on monday"): the same hour in the other half of that day (ISO) and the nearest desk open then. */
  otherHalf?: { iso: string; nearest: NearbyDesk | null };
  /** Whom to call whatever the counters do (said with special days, which the data has no hours for). */
  contacts: ContactFacts;
}

/** The reasons given for the plan that closed a counter, for "why did it close?". */
export interface ClosureReasons {
  planId: string;
  planName: string;
  facts: ResidentFact[];
}

/** Counters that stood in for one while it was closed: Shepherd's Bush for Hammersmith, Barkingside for Ilford. */
export interface StandIn {
  station: Station;
  /** The dates it stood in within the spell (both inclusive). */
  from: string;
  to: string;
  /** Its status on `from`. */
  status: CounterStatus;
  /** The row that opened it. */
  opened: TimelineEvent;
}

/** A stretch of the period asked about over which the counter stayed the same, with any counter standing in while it was closed. */
export interface PastSpell {
  from: string;
  to: string;
  status: CounterStatus;
  standIns: StandIn[];
}

/** Counters to reopen or 24-hour opening to come back: changes decided ahead, and the latest word of each counter's reopening. */
export interface ReopeningAhead {
  upcoming: { station: Station; change: UpcomingChange }[];
  said: TimelineEvent[];
}

export interface ClosuresByYear {
  asked: 'each' | 'most';
  /** Two years compared ("which closed more, 2017 or 2026"), in the order asked. */
  compared?: [string, string];
  from: string;
  years: ClosureYear[];
}

/** The closures that did not end in a reopening, counted by borough, from when the sources cover every counter. */
export interface ClosuresByBorough {
  asked: 'each' | 'most';
  from: string;
  /** Most closures first, then by name. */
  boroughs: { borough: string; closed: number }[];
  /** Closures left out because the counter opened again later. */
  reopened: number;
  /** A time asked ("in 2017"): only the closures in it, to `to` (its end, or today). */
  period?: { label: string; to: string };
}

/** The closures dated in one year: how many, how many known only "by" a date then, and how many of those counters opened again later. */
export interface ClosureYear {
  year: string;
  closed: number;
  knownOnlyBy: number;
  reopened: number;
}

export type Answer =
  | ({
      kind: 'station-status';
      status: CounterStatus;
      nearby: NearbyOptions | null;
      /** Whether an open counter is open at the answer's instant, and until when. */
      now: OpeningState | null;
      contacts: ContactFacts;
      reasons?: ClosureReasons;
      /**
       * "Why did it close?" was asked: the first sentence gives the reason recorded, or says none is; `hours`:
       * "why does it close at 10?", the reasons given for closing counters at night in `reasons`.
       */
      why?: true | 'hours';
      /** What a yes/no question asked ("still open?", "closing?", "closed?"), so the answer starts "Yes" or "No"; null for any other question. */
      yesNo: StatusYesNo | null;
      /** "When is it closing?": with `yesNo: 'closing'`, the first sentence says when (a date, none given, or none planned). */
      closingWhen?: true;
      /** "Is it moving?": with `yesNo: 'closing'`, what the sources say of a move ahead leads. */
      moving?: true;
      /** "What's your source for stratford?": the counter's sources lead. */
      sourcesAsked?: true;
      /** For "is it closing?" or "staying open?" of an open counter: what the sources say about a closure ahead. */
      closing?: ClosingOutlook;
      /** For a closed counter: where its desk went, when the timeline says (see counterMoves.ts). */
      moves?: readonly CounterMove[];
      /** "Why was it kept open?": the timeline rows that say why (the one that answers first); empty when none does. */
      whyKept?: { event: TimelineEvent; plan: string | null }[];
      /** "Was Wimbledon saved?": whether a planned closure of it was dropped or quashed (a `reversed` row in `whyKept`), yes or no first. */
      savedAsked?: true;
      /** "Was brixton one of them?" after a list: whether it is among the counters just listed, yes or no first. */
      amongListed?: boolean;
      /** "Is brixton open in 2027?": the year to come asked, so whether a closure is planned by then leads. */
      inYear?: number;
    } & AnswerDating &
      NearestTo)
  | ({
      kind: 'station-hours';
      status: CounterStatus;
      when: WhenAsked;
      /** The days asked about; empty when the week table is asked for. */
      days: DayHours[];
      week: WeekTableRow[] | null;
      /** Set for the "now"/instant questions. */
      state: OpeningState | null;
      /** An hour said without am or pm: the opening state at the same hour in the other half of that day (`WhenAsked.otherHalf`). */
      otherHalf?: OpeningState;
      /** "When does it open?" with no day said: the state now, so a counter closed now leads with its next opening. */
      stateNow?: OpeningState;
      specialDay: SpecialDay | null;
      /** What part of the day the resident cares about ("what time does it open", "open late?"). */
      focus: HoursFocus | null;
      /** What a yes/no question asked ("open on Sunday?", "open 24 hours?", "closes at night?"); null for any other question. */
      yesNo: YesNoAsked | null;
      /** Where to go instead: set for a counter closed then, and for one not open 24 hours when that was asked. */
      nearby: NearbyOptions | null;
      contacts: ContactFacts;
      /** A part of the day asked with it ("saturday evening"): its opening within that part. */
      partOfDay?: PartOfDayOpen;
      /** "Does it open earlier on saturdays?": the days asked against the week's others (see daysCompared.ts). */
      daysCompared?: DaysComparedAnswer;
      /** "How long till it opens?", "how long until it shuts?": the time left to that change leads (with `state`). */
      untilAsked?: 'opens' | 'closes';
      /** For a closed counter: where its desk went, when the timeline says (see counterMoves.ts). */
      moves?: readonly CounterMove[];
    } & AnswerDating &
      NearestTo)
  | ({ kind: 'station-address'; station: Station; status: CounterStatus; byTransport?: true; journey?: true; mapOrDirections?: true; now?: OpeningState | null } & AnswerDating & NearestTo)
  | ({
      kind: 'station-history';
      station: Station;
      status: CounterStatus;
      events: TimelineEvent[];
      plans: PlanStep[];
      topic: 'closure-date' | 'temporary-closure' | 'general';
      /** "When did it reopen?": the reopening's date leads; 'ahead' ("will it reopen?"): whether a reopening is planned. */
      reopening?: true | 'ahead';
      /** "Has it always been open?": a closure on record answers No. */
      alwaysOpen?: true;
      /** "Why did it close?" of a counter that closed and reopened: the closure's recorded reason leads. */
      why?: true;
      /** "Did it move?": a move asked (`where`: "where did it move to?", no yes or no); `moves`, where a closed counter's desk went. */
      moved?: true | 'where';
      moves?: readonly CounterMove[];
      /** "Since when?" after its hours: since when those hours apply leads. */
      hoursSince?: true;
      /** "Did wimbledon close?": the closing asked yes or no, so Yes or No leads. */
      closedAsked?: true;
      /** "How long ago did wimbledon close?": how long before the answer's date it closed leads. */
      agoAsked?: true;
      /** Where to go instead, when the counter is not open today. */
      nearby: NearbyOptions | null;
    } & AnswerDating &
      NearestTo)
  /** One counter at a time gone by ("was Bethnal Green open in summer 2021?"): its spells over the period, then today in a line. */
  | ({
      kind: 'station-past';
      station: Station;
      asked: PastAsked;
      focus: PastFocus;
      /** The dates answered for; null when "before it closed" is asked of a counter that has not closed. */
      period: PastPeriod | null;
      /** The closure "before it closed" counts back from. */
      closure: TimelineEvent | null;
      /** The last change of hours (or closure) "before the change" counts back from. */
      change: TimelineEvent | null;
      spells: PastSpell[];
      /** Notes on the record for the period without a dated row of their own (Dagenham's temporary closure in 2023). */
      notes: TimelineEvent[];
      /** Claims dated within the period that other sources contradict (Woodford "open 9 to 5" in June 2017, though closed since 2013). */
      disputed: TimelineEvent[];
      /** The period starts before the data is complete (mid-2017), when it covers only some counters (SOURCES.md §5.4). */
      patchy: boolean;
      /** The date the data is complete from (the counter list's). */
      completeFrom: string;
      /** Decisions about it around then (up to two years before), and a reversal within a year after (Wimbledon's, in court). */
      plans: PlanStep[];
      /** The counter today, for the one line after the answer. */
      today: CounterStatus;
      /** Now was asked beside the period ("is brixton open now vs 2018"): today and then in the first sentence. */
      andNow?: true;
      /** For "since when?": the spell of the hours asked about (the latest), from its first row to the row that ended it. */
      hoursSince?: HoursSince | null;
    } & AnswerDating)
  | ({
      kind: 'nearest';
      desk: DeskKind;
      from: PlaceMatch;
      results: NearestResult[];
      nearby: NearbyOptions;
      /** Set when the resident named a moment ("open at midnight", "on Sunday"): the results are for it, not for now. */
      moment?: NearestMoment;
      /** Somewhere else asked again ("and another?"): the desks given before (station ids), so these are the next ones. */
      passed?: string[];
      /** Where to go once the counter asked of closes: a source's note that it is to close (the estates strategy's), said after the desks. */
      closingNote?: TimelineEvent;
      /** A street named ("park lane"), found only as the street of `from`'s address ("Park Lane"): said so, and another of that name asked for. */
      streetNamed?: string;
      /**
       * The name asked from is a counter's name or other name, and also a London place far from that counter ("Hayes":
       * Hayes End's counter, and Hayes in Bromley): that other place and the first desk of the same kind nearest to it.
       */
      namesakeElsewhere?: { place: string; borough: string; desk: NearbyDesk };
      /** "Is there a police station in canary wharf?": no counter in the place (or its namesake closed), said before the nearest. */
      placeAskedNow?: PlaceAskedNow;
      /** Counters the resident left out ("other than Walworth"): their full names, none of them among `results`. */
      leftOut?: string[];
    } & AnswerDating &
      NoCounterCalled)
  /** `asked`: a past date named: the counters open then, and whether the data covers every counter that far back. */
  | ({
      kind: 'borough-desks';
      borough: string;
      open: CounterStatus[];
      /** Whether the borough has a counter was asked, yes or no ("does hackney still have a police station"): it leads. */
      whetherAsked?: true;
      closedRecently: CounterStatus[];
      nearby: NearbyOptions | null;
      contacts: ContactFacts;
      /** `versusNow`: the count now was asked against then: the counters open now (`today`), and the yes or no asked of more then or now. */
      /** `versusYear`: another year gone by was asked against then: the counters open on that year's date. */
      asked?: {
        label: string; year?: number; incomplete: boolean; completeFrom: string;
        versusNow?: { claim?: 'more-then' | 'more-now'; openNow: CounterStatus[]; today: string };
        versusYear?: { label: string; year?: number; open: CounterStatus[]; incomplete: boolean };
      };
      /** Which of its counters closed was asked: `closedRecently` covers the closures from `since` (the complete counter list). */
      closuresAsked?: { since: string };
      /** "Was there a counter in Barnes?": the place asked, inside the borough, that no counter is named after. */
      placeAsked?: string;
      /** "Is there a police station in Peckham?": the place asked, inside the borough (`PlaceAskedNow`). */
      placeAskedNow?: PlaceAskedNow;
      /** A plan named: what it did to each counter of the borough (its last carried-out row, else its decision, else its proposal). */
      underPlan?: { plan: Plan; steps: { station: Station; event: TimelineEvent }[] };
      /**
       * A kind of desk asked ("is there a 24 hour station in Bexley", "which are open now"): each of `open`'s states at
       * the time asked (none for a date gone by), and the borough's counters now (`now`, the same as `open` when asked of now).
       */
      deskAsked?: { desk: '24/7' | 'open-now'; states: (OpeningState | null)[]; now: CounterStatus[] };
    } & AnswerDating)
  /** Two areas' open counters now (`part`: a part of London by compass, else a borough), to say which has more. */
  | ({ kind: 'counts-compared'; areas: { label: string; part: boolean; open: CounterStatus[] }[]; claim?: 'first-more' | 'first-fewer'; fewer?: true; roundTheClock?: true } & AnswerDating)
  | ({
      kind: 'list-24x7';
      desks: CounterStatus[];
      since: string | null;
      openCount: number;
      /** Set when a past (or other) date was asked: the list, and `asOf`, are for that date. */
      asked?: PastList;
      /** A counter the resident left out ("apart from Charing Cross"), and whether they asked if there are any others. */
      leftOut?: { station: Station; yesNo: boolean };
      /** A part of London asked about ("in south london"): the 24-hour counters in it, by map position (`desks` are London's). */
      part?: { label: string; desks: CounterStatus[] };
      /** Whether one can go in at night was asked: "Yes" (or "No") first. */
      canGoIn?: true;
    } & AnswerDating &
      ClosureRounds)
  /**
   * Every open counter in London with its hours, grouped by hours they share. `asked`: the moment or day the
   * resident named ("today", "on Sunday", "now"): only the counters open then are listed.
   */
  /** `part`: only the counters in a part of London named by compass, by their position. */
  /** `closedThen`: "which are closed on Sunday?": the counters still running that are not open at the moment or day asked. */
  /** `canGoIn`: whether one can go in then was asked ("can you walk into a police station at 3am"): "Yes" or "No" first. */
  /** `otherHalf`: an hour said without am or pm ("open at 8 on saturday"): the same hour in the other half of that day (ISO) and the counters open then. */
  | ({ kind: 'open-list'; groups: { hours: string | null; desks: CounterStatus[] }[]; openCount: number; asked?: { label: string; moment: boolean }; part?: PartOfLondon; closedThen?: CounterStatus[]; canGoIn?: true; otherHalf?: { iso: string; open: CounterStatus[] }; /** Counters the resident left out ("apart from Charing Cross"), not listed. */ leftOut?: CounterStatus[] } & AnswerDating)
  /**
   * The counters that close at a time named on the days asked, or within a while from now ("whats closing in the next
   * hour"): `closing` with each one's closing instant (a while asked); `next`, when none closes in the while, the next
   * closing after it; `closingTimes`, the other closing times on the days asked (a time asked that none closes at).
   */
  | ({
      kind: 'closing-list';
      asked: ClosingAsked;
      closing: { status: CounterStatus; closesAt: string | null }[];
      next: { closesAt: string; desks: CounterStatus[] } | null;
      roundTheClock: CounterStatus[];
      closingTimes: number[];
      openCount: number;
      /** The part of London whose counters these are, when one was asked. */
      part?: PartOfLondon;
    } & AnswerDating)
  /**
   * Which of the counters named is nearer to a place: each with its straight-line distance (null when the data has no
   * location for it), nearest first; and, when any has no open counter, the nearest open counter to the place.
   */
  | ({
      kind: 'nearer-of';
      from: PlaceMatch;
      /** `now`: whether an open counter is open at the answer's instant (said when one counter is measured). */
      desks: { status: CounterStatus; distance: NearbyDesk | null; now?: OpeningState | null }[];
      openAlternative: NearbyDesk | null;
      /** The further of them was asked ("which is further from E17"): said first, the desks staying nearest first. */
      further?: true;
      /** How long the journey to the one counter measured takes was asked: no times or routes in the data, said first. */
      journey?: true;
    } & AnswerDating)
  /** Two or three counters asked about at once ("is brixton or walworth open later tonight?"), each answered for the same moment. */
  | ({
      kind: 'comparison';
      /** One answer per counter, in the order named. */
      answers: ComparedAnswer[];
      /** Names given that are not one counter: not found, or more than one ("wood"). Said honestly, not dropped. */
      unanswered: UnansweredName[];
      /** What the resident wanted settled ("which is open longer?"), and what the hours settle. */
      verdict: HoursVerdict | null;
      /** A yes or no asked of them ("is lewisham open later than brixton?"): the reply answers it first. */
      settles?: ComparisonYesNo;
      /** Which of them to go to for something to do there: a report is said to be taken at either. */
      errand?: 'report-crime' | 'errand';
      /** The others were said, not asked ("is brixton open, the one in walworth is closed"): the first leads, the others after with what was said of them. */
      othersClaimed?: 'closed' | 'open';
    } & AnswerDating)
  /** `period`: as asked (absent: every closure since the data is complete); `plans`: the plans the closures came under. */
  | ({
      kind: 'closures-list';
      period?: ClosurePeriod;
      /** "When?" asked of them just listed: their dates lead. */
      datesAsked?: true;
      /** Whether any closed was asked ("did any counters close in 2017"), not which: yes leads the count. */
      whetherAsked?: true;
      /** "Why?" asked of the closures of a time: none, that there is none to explain leads; some of no one plan, each closure's own reason from its row. */
      whyAsked?: true;
      /** A year named and read as the plan made then (`period.yearSaid`): how many closures are dated in that year itself. */
      closedInYearSaid?: number;
      /** With it, the counters known only to have closed by a date in that year ("by 6 August 2025"): the date itself unknown. */
      closedByInYearSaid?: { station: Station; date: string }[];
      /** Only the closures in this part of London were asked for (and are listed). */
      part?: PartOfLondon;
      /** With a part of London and no period: its open counters a closure is decided, proposed or reported for (what is planned, beside what closed). */
      aheadInPart?: { status: CounterStatus; outlook: ClosingOutlook }[];
      closures: { status: CounterStatus; event: TimelineEvent }[];
      plans: Plan[];
      /** The closures are all of one plan: its plan-wide decision row (London's count as decided, in the data's words). */
      planDecided?: { date: string; precision: DatePrecision; value: string };
      happened?: PeriodChanges;
      /** The period starts before mid-2017, when the data covers only some counters (SOURCES.md §5.4): a count would mislead. */
      incomplete?: { completeFrom: string };
      /** Counted by year ("each year", or the year with the "most" first): every closure from `from`, when the sources cover every counter. */
      byYear?: ClosuresByYear;
      byBorough?: ClosuresByBorough;
      /**
       * Only the closures of counters open 24 hours a day until they closed were asked (`closures` holds those): how many
       * closed in all, how many of those the sources give no hours for then, and the 24-hour counters that lost their
       * 24-hour opening in the period without closing.
       */
      roundTheClock?: { closedInAll: number; hoursUnknown: number; hoursCut: { station: Station; event: TimelineEvent }[] };
    } & AnswerDating & ClosureRounds)
  /**
   * "Which stations reopened?": each closure that ended (its `closed` row, the `opened` row after it, and the `closed`
   * row after that when it closed again), oldest reopening first; `period`/`part`: only those reopened then or there.
   */
  | ({
      kind: 'reopenings';
      reopenings: { status: CounterStatus; closed: TimelineEvent; reopened: TimelineEvent; closedAgain: TimelineEvent | null }[];
      period?: ClosurePeriod;
      /** `closed`: the period is the one they closed in ("did any reopen after closing in 2017?"), not reopened in. */
      periodOf?: 'closed';
      /** The latest reopening was asked: it leads the answer. */
      latest?: true;
      /** Whether any reopened was asked ("did any station reopen?"): yes or no leads. */
      whetherAsked?: true;
      /** "Which of those are open now?" after them: those open now lead. */
      openNowAsked?: true;
      part?: PartOfLondon;
    } & AnswerDating)
  /**
   * "Which stations were kept open in 2017?": the counters open the day before the round's first closure and still open the day
   * after its last (`kept`, each as it is now), of `before` open then; `incomplete` when the round is before the sources
   * hold every counter. `plan`: the round's plan.
   */
  | ({
      kind: 'kept-list';
      period: ClosurePeriod;
      plan?: Plan;
      kept: CounterStatus[];
      before: number;
      beforeDate: string;
      afterDate: string;
      incomplete?: { completeFrom: string };
      /** "Which of them are still open?" after them: those open now, named first. */
      stillOpenAsked?: true;
    } & AnswerDating)
  /**
   * "Did any stations move rather than close?": the closed counters whose desk the timeline says went to another
   * (`moves`, each with where it went, oldest first).
   */
  | ({
      kind: 'moved-list';
      /** With `whyAsked`, each move's `reasons`: the rows that say why (the stand-in's opening, the closing, a note of the move), oldest first, with their plan's short name. */
      moves: { from: CounterStatus; to: CounterMove; reasons?: { event: TimelineEvent; plan: string | null }[] }[];
      /** Why they moved was asked ("why?" after them): each move's reasons lead. */
      whyAsked?: true;
      /** A time asked ("in 2020"): `moves` are those dated in it; `allMoves`, how many the sources record at any time. */
      period?: { label: string; allMoves: number };
      /** Whether any moved was asked ("did any counters move"): yes or no leads; else ("which counters moved") the list itself. */
      whetherAsked?: true;
      /** When they moved was asked ("when?" after them): their dates lead. */
      datesAsked?: true;
    } & AnswerDating)
  /**
   * "What was the first station to close?": the earliest closures the timeline holds (`earliest`, one date), and, when the
   * sources before `completeFrom` hold only some counters, the earliest from then (`firstComplete`).
   */
  | ({
      kind: 'first-closure';
      earliest: { status: CounterStatus; event: TimelineEvent }[];
      firstComplete: { status: CounterStatus; event: TimelineEvent }[];
      completeFrom: string;
      plans: Plan[];
      /**
       * Asked within a period ("the first to close in 2017", "the last to close in 2026"): `earliest` holds the first (or,
       * with `last`, the last) closures dated in it; `count`, every closure dated in it; `unsure`, those dated only to the
       * month or year whose span reaches past the ones chosen, and `closedBy`, those known only "by" a date: the order in doubt; `incomplete`, a period before the
       * sources cover every counter.
       */
      within?: { period: ClosurePeriod; last?: true; count: number; unsure: { status: CounterStatus; event: TimelineEvent }[]; closedBy: { status: CounterStatus; event: TimelineEvent }[]; incomplete: boolean };
    } & AnswerDating)
  /** "Which stations were saved from closure?": each counter whose closure was dropped or quashed, with that row, oldest first. */
  | ({
      kind: 'saved-list';
      saved: { status: CounterStatus; event: TimelineEvent }[];
      period?: ClosurePeriod;
      /** The plan of the period asked, by its short name. */
      plan?: string;
    } & AnswerDating)
  | ({
      kind: 'plans';
      topic: PlanTopic;
      /** For `plan`, the one asked about; for `why`, every plan, most recent first; for `how-many-left`, the latest. */
      plans: Plan[];
      facts: ResidentFact[];
      /** For `why` asked of one plan ("why did they close so many in 2017"): that plan's name; `plans` and `facts` are its own. */
      whyOf?: string;
      /** The counters open on the as-of date (for "how many are left?"). */
      open: CounterStatus[];
      /** Boroughs with a Met front counter on record but none open on the as-of date. */
      boroughsWithoutCounter: string[];
      openCount: number;
      open24x7Count: number;
      /** For `ahead`: the open counters whose sources say a closure is decided, proposed or reported, with what they say. */
      closingAhead?: { status: CounterStatus; outlook: ClosingOutlook }[];
      /** For `ahead` asked of a part of London: its label and how many counters are open there (`closingAhead` is theirs). */
      part?: { label: string; openCount: number };
      /** For `ahead` asked of a year to come ("what will close in 2027"): that year. */
      inYear?: number;
      /** For `reopening-ahead`: openings and hours changes decided ahead, and what the sources last said of reopening counters. */
      reopeningAhead?: ReopeningAhead;
      /** For "when did the new hours start?": the plan's new hours (null: it changed none). */
      newHours?: NewHours | null;
    } & AnswerDating &
      ClosureRounds)
  /** Two questions in one message, answered in order (never a question back: that is answered alone). */
  | { kind: 'both'; answers: [Answer, Answer] }
  /** A question about the service, not a station ("what does 24/7 mean?", "what is a policing hub?"), answered from the data. */
  | ({
      kind: 'service';
      topic: ServiceTopic;
      /** The resident facts that answer it, in the data's order. */
      facts: ResidentFact[];
      /** What the data says a front counter is (resident-facts §2). */
      definition: string | null;
      /** The thing asked about is on the data's list of what is not a front counter (hubs, mobile stations, video screens). */
      notACounter: boolean;
      /** Timeline rows that answer it (court challenges), oldest first. */
      events: TimelineEvent[];
      /** The counters open 24 hours on the answer's day. */
      open24x7: CounterStatus[];
      /** Asked whether counters shut for lunch: the open counters whose hours shut between two openings on one day. */
      openWithABreak?: CounterStatus[];
      /** Boroughs with a front counter on record but none open on the answer's day. */
      boroughsWithoutCounter: string[];
      /** How many counters are open on the answer's day. */
      openCount: number;
      /** Each borough with a counter open on the answer's day and how many, most first (then by name); empty before the counter list is complete. */
      openPerBorough: { borough: string; count: number }[];
      contacts: ContactFacts;
      /** A counter named with the question ("a video screen at Twickenham?"), and whether the data says anything about it on this. */
      counter: { status: CounterStatus; mentioned: boolean } | null;
      /** "Is walworth busier than brixton?": the counters (or places) compared, by name; the figures said of them, or that there are none. */
      compared?: readonly { name: string }[];
      /** "Which is the quietest counter?": the quiet end of the figures first. */
      quietest?: true;
      /** "is 101 free", "do i have to pay to report a crime": whose cost was asked (the sources give none). */
      costOf?: CostAsked;
      /** "what does pcso stand for": the letters asked, and what the data spells them out as, with the fact that does (none: not known). */
      term?: { asked: string; meaning?: string; fact?: ResidentFact };
      /** Asked whether every borough has a counter: answered yes or no first. */
      everyBorough?: true;
      /** Asked which boroughs have a counter: those boroughs first. */
      whichHave?: true;
      /** Asked which (or how many) boroughs have so many counters: those boroughs first. */
      perBorough?: { count: number; orMore?: true; orFewer?: true };
      /** Asked which borough has the fewest counters: those at the bottom of the count first. */
      fewest?: true;
      /** Counted as of a past time asked ("in 2018"), by its label; absent: today. */
      asOfLabel?: string;
      /** What happened to a building, asked ("the one that burned down"): `events` are the timeline's rows that say so. */
      happened?: Happened;
      /** For 'what-happened': the name of the station each of `events` is about, in their order. */
      eventNames?: string[];
      /** The last answer said to be wrong: an apology first, then how fresh the facts are. */
      disputed?: true;
      /** The last answer doubted: yes, as far as the sources show, first. */
      doubted?: true;
      /** Asked which boroughs lost their last counter in a period (or when): those the timeline shows. */
      lastCounterLost?: LastCountersLost;
      /** The pledges asked of one Mayor ("what did boris promise"): `facts` holds only theirs; their plan, to give when they made none on record. */
      pledgesOf?: { person: string; plan: { shortName: string; summary: string } };
    } & AnswerDating)
  | {
      kind: 'contact';
      topic: 'emergency' | 'report-crime' | 'non-emergency' | 'interpreter' | 'anonymous';
      contacts: ContactFacts;
      alternatives: ResidentFact[];
      /** Who publishes the contact facts' sources. */
      publishers: PublisherIndex;
      /**
       * For interpreters: the language the resident named ("Polish"); for an emergency, the language the resident wrote
       * in, or null when it is plainly another language the bot cannot name.
       */
      language?: string | null;
      /** For interpreters: the languages spoken at a front counter were asked, which the data does not say. */
      spokenAtACounter?: true;
      /** Asked of the bot itself ("can u speak sign language"): it says first that it only types English. */
      ofTheBot?: true;
      /** For 999: speaking is unsafe, so the Silent Solution (press 55) belongs in the answer. */
      silentCall?: true;
      /** For 999: whom to ask for, when not the police alone; empty: no one service named (someone in the water, gas). */
      services?: EmergencyService[];
      /** For 999: the resident is deaf or speech-impaired, so text 999 and Relay UK belong in the answer. */
      textOrRelay?: true;
      /** For 999: text 999 / Relay UK, or which of 999 and 101, asked about, no danger told: that answer leads. */
      askedAbout?: true;
      /** For 999 asked about: a deaf or speech-impaired resident asked whether they can use the bot, so that it is text leads. */
      usesTheBot?: true;
      /** For reporting a crime: whether one can report at a counter was asked, so "Yes" leads; whether one must ('needed'), "No" leads. */
      atACounter?: true | 'needed' | 'online';
      /** For 101: a station's own phone number was asked for, which the data does not hold. */
      stationNumber?: true;
      /** With `stationNumber`: an email address was asked for, not a phone number. */
      byEmail?: true;
      /** For 101: whether something is for the police at all was asked, which the bot cannot say and 101 can. */
      whetherAPoliceMatter?: true;
      /** For 999: the safety net, no harm read for sure ("he's outside", "I'm scared"): "If you or anyone is in danger now, call 999." */
      unsure?: true;
      /** For 999: the resident is waiting for the police to come ("are the police coming"), which the bot cannot see. */
      waitingForPolice?: true;
    }
  /**
   * A request the bot cannot do, declined. `station`: the counter named, for one helpful line (its address and whether
   * it is open); `help`: the fact that says where to get it done instead (appointments are booked through 101).
   */
  | {
      kind: 'cannot-do';
      task: CannotDoTask;
      contacts: ContactFacts;
      station: { station: Station; status: CounterStatus } | null;
      help: ResidentFact | null;
      publishers: PublisherIndex;
    }
  /** `moment`: the day or time a nearest question named, said back while asking where ("open on Christmas Day"). */
  /** `measuring`: the counter whose distance was asked ("how far is croydon police station?"), named in the question for where. */
  | ({ kind: 'ask-location'; pending: { intent: Intent; desk?: DeskKind; moment?: MomentAsked; measuring?: string } } & LeadsWith999)
  | ({ kind: 'ask-station'; pending: { intent: Intent } } & LeadsWith999)
  | ({ kind: 'choose-place'; candidates: PlaceMatch[]; pending: { intent: Intent } } & LeadsWith999)
  | {
      kind: 'place-only';
      place: PlaceMatch;
      station: CounterStatus | null;
      /** For an open station: whether it is open at the answer's instant. */
      now?: OpeningState | null;
      nearby: NearbyOptions | null;
      dating: AnswerDating;
      /** Access, parking or other facilities (which the data does not cover), or reporting a crime at the counter. */
      about?: PlaceOnlyAbout;
      /** For an errand asked (`about` documents, lost property, evidence): the data's facts on it ("presenting documents"). */
      errandFacts?: ResidentFact[];
      /** For an errand: whether one may do it there was asked ("can i ..."), so "Yes" leads. */
      askedIfAllowed?: true;
      /** "wrong brixton", "not that one": the one counter of that name turned down, so which they meant is asked. */
      onlyOneOfTheName?: true;
      /** With it: the other counters whose names hold that name (any status), named rather than guessed between. */
      othersOfTheName?: string[];
      /** For a closed station: where its desk went, when the timeline says (see counterMoves.ts). */
      moves?: readonly CounterMove[];
    }
  /** "tell me more", "sources": the details or sources of the last answer, which the conversation's replies remember. */
  | { kind: 'more'; topic: 'details' | 'sources' | 'repeat' | 'simpler' | 'no-more' }
  | { kind: 'postcode-outside-london'; postcode: string; contacts: ContactFacts }
  /** A British town far from London, known by name only ("I'm in Brighton"): no point to measure from, so no nearest Met counter. */
  | { kind: 'town-outside-london'; town: string; contacts: ContactFacts }
  /**
   * A place the Met does not police, whatever was asked about it: the City of London (it has its own force)
   * or a place outside Greater London. `nearest`: the nearest Met counters from it, of the kind asked (24-hour
   * ones when the question was about 24-hour desks); null when the place has no point to measure from.
   */
  /** `metAsked`: the Met was named ("nearest met police station to moorgate"), so its nearest counter leads. */
  | { kind: 'outside-met'; place: PlaceMatch; outsideMet: OutsideMet; nearest: NearestAnswer | null; contacts: ContactFacts; metAsked?: true }
  | { kind: 'postcode-unknown'; postcode: string }
  /** `pending`: what was asked of the place, so the reply can say what a postcode or borough would get. */
  | { kind: 'place-not-found'; query: string; pending?: { intent: Intent; desk?: DeskKind } }
  | { kind: 'no-location-for-station'; station: Station; status: CounterStatus }
  | { kind: 'greeting' | 'identity' | 'help' | 'thanks' | 'acknowledged' | 'goodbye' | 'cancelled' | 'forgotten'; contacts: ContactFacts; plea?: true; puzzled?: true; felt?: 'upset' | 'casual'; waiting?: true; aiAsked?: true; askedIf?: 'a person' | 'a bot'; asked?: 'here' | 'how' }
  /** London's clock when asked (`instant`, ISO), the time or the date as asked. */
  | { kind: 'clock'; asked: 'time' | 'date'; instant: string; elsewhere?: true }
  /** `toGroup`: said once to a group chat or team the bot has joined, where people @mention it to ask. */
  | { kind: 'welcome'; contacts: ContactFacts; toGroup?: true }
  | {
      kind: 'non-english';
      language: string | null;
      contacts: ContactFacts;
      /** Said after an answer about the place the message named: a brief note, not the whole apology. */
      alongside?: true;
    }
  | { kind: 'out-of-scope'; reason: OutOfScopeReason; contacts: ContactFacts; alongside?: true; matter?: CouncilMatter };

export type AnswerKind = Answer['kind'];

/** Every round of closures in the data, oldest first ("December 2017", "February 2026"): what a reply can offer to list next. */
export interface ClosureRounds {
  closureRounds: ClosurePeriod[];
}

export type NearestAnswer = Extract<Answer, { kind: 'nearest' }>;

/** A counter's own answer inside a comparison. */
export type ComparedAnswer = Extract<Answer, { kind: 'station-hours' | 'station-status' }>;

/** A name in a comparison that is not one counter. */
export interface UnansweredName {
  text: string;
  reason: 'not-found' | 'ambiguous' | 'not-a-counter';
  /** For an ambiguous name, the places it may mean. */
  candidates: PlaceMatch[];
  /** A place with no counter of its own ("compare hounslow and feltham"): its nearest open counter, compared in its stead. */
  nearest?: NearbyDesk;
}

/** Which of the counters compared comes first for what was asked; every counter's hours must be known to say. */
export interface HoursVerdict {
  rank: ComparisonRank;
  /** The lesser of the rank was asked (shorter hours, closing first, opening last): the leaders are the ones that come last. */
  lesser?: true;
  /** Station ids of the counters that come first (several when tied), in the order named; for `open`, the ones open (maybe none). */
  leaders: string[];
  /** Every counter comes out the same. */
  allEqual: boolean;
  /** Asked how long they are open with no time said: each counter's hours over a week, in the order of `answers` (null: not known). */
  weeklyHours?: (number | null)[];
}

/** The 24-hour list as of a date the resident named ("in 2020"). */
/** What else happened in a period asked about ("what happened on 3 March 2026?"), from the timeline. */
export interface PeriodChanges {
  /** Counters whose hours changed then: the row with the new hours, and the hours before. */
  hoursChanges: { status: CounterStatus; event: TimelineEvent; before: string }[];
  /** Counters that opened or reopened then. */
  openings: { status: CounterStatus; event: TimelineEvent; reopened: boolean }[];
}

/** The boroughs whose last open counter closed in a period (or since the complete list), from the timeline. */
export interface LastCountersLost {
  /** The period asked ("2017"); none: any time since `completeFrom`. */
  period?: string;
  /** The date from which the data holds every counter. */
  completeFrom: string;
  /** The period begins before the complete list: losses before it are not known. */
  incomplete?: true;
  /** The period lies wholly before the complete list: nothing can be said of it. */
  before?: true;
  /** Each borough left with none, the counter whose closure did it, and whether the borough has one open again now. */
  lost: { borough: string; station: Station; event: TimelineEvent; hasOneNow: boolean }[];
}

export interface PastList {
  /** "1 July 2020". */
  label: string;
  /** Set when a year was named and its 1 July stands for it. */
  year?: number;
  /** The date is before the answer's own day: the reply speaks in the past tense. */
  past: boolean;
  /** The date is before mid-2017, which the data covers only for some counters (SOURCES.md §5.4). */
  incomplete: boolean;
  /** The date from which the data holds every counter (`meta.counterList.since`). */
  completeFrom: string;
  /** Counters open on that date whose hours the data does not record. */
  unknownHoursCount: number;
  /** Every counter open then was asked for, counted ("how many counters were there in 2020?") or listed, not only the 24-hour ones. */
  allCounters?: 'counted' | 'listed';
  /** For `listed`: the counters open on that date. */
  open?: CounterStatus[];
  /** The counter list the data is complete from (its date and count: 73 in July 2017), for a date before it. */
  counterList?: CounterList;
  /** The short name of the plan whose list that is ("2017 Public Access Strategy (MOPAC)"). */
  counterListPlan?: string;
  /** The first plan decided on or after the date: what its summary says of the counters then. */
  planThen?: Plan;
  /** The last plan carried out before the date: what it left ("leaving 73"). */
  planBefore?: Plan;
  /** A part of London asked ("in south london in 2019"): the counters counted or listed are only those in it, by this label. */
  part?: string;
  /** The count then asked against now ("more in 2017 than now?"): the counters open on the answer's day (open 24 hours, without `allCounters`), and the yes or no asked. */
  versusNow?: { openNow: number; today: string; claim?: 'more-then' | 'more-now' };
  /** "How many in 2017 vs 2019": the other year's count (open counters), unless the sources do not hold every counter then. */
  /** Only the 24-hour ones asked: `openCount` is those open 24 hours then, and `unknownHoursCount` those open then whose hours the sources do not give. */
  versusYear?: { label: string; year?: number; openCount: number; incomplete: boolean; unknownHoursCount?: number; before?: string };
  /** The date is the day before this round of closures ("December 2017"), asked with another round's as "before the closures". */
  before?: string;
}

/** The contact routes from resident-facts.md, always at hand for closed-counter and crime answers. */
/**
 * A question back (where are you? which station?) that a fear told came with ("I'm scared and alone, where's the
 * nearest police station?"): the 999 line (a contact answer, `unsure`) leads, then the question, which still waits.
 */
export interface LeadsWith999 {
  leadsWith?: Extract<Answer, { kind: 'contact' }>;
}

export type ContactFacts = Record<ContactKey, ResidentFact & { situation: string }>;

/** When a plan's new hours began: the day most of its hours rows share, and what changed that day. */
export interface NewHours {
  date: string;
  datePrecision: DatePrecision;
  /** Counters whose hours changed that day. */
  changed: number;
  /** Of those, the ones open 24 hours before, now on the hours most took (`value`). */
  from24x7: number;
  /** Those counters, in the data's order. */
  from24x7Stations: Station[];
  /** Which they were was asked: they are named first. */
  named?: true;
  /** The hours most took, as the data writes them ("Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00"). */
  value: string;
}
