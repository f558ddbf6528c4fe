/**
 * What a resident asked, as a typed value: the output of understanding and the
 * input of answering. A discriminated union on `intent`, never a bag of strings.
 */
import type { LocateResult, PlaceMatch } from '../stations/model';
import type { CouncilMatter, EmergencyService, Happened, ServiceTopic } from './lexicon';

export type { CouncilMatter, EmergencyService, Happened, ServiceTopic } from './lexicon';

/** A part of a day said with it: "saturday evening", "sunday morning", "monday night", "tomorrow afternoon". */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * The hours each part of a day is taken as (from, to): a counter's morning from 08:00, its evening 18:00 to 22:00, and
 * the night from 20:00 to midnight, as residents who say "monday night" mostly mean the late evening (the small hours
 * belong to the next day, which they name as such).
 */
export const DAY_PART_HOURS: Readonly<Record<DayPart, { from: number; to: number }>> = {
  morning: { from: 8, to: 12 },
  afternoon: { from: 12, to: 18 },
  evening: { from: 18, to: 22 },
  night: { from: 20, to: 24 },
};

/** When the resident asked about. Resolved against the injected "now" by understanding. `part`: a part of that day said with it. */
export type WhenAsked =
  | { kind: 'now' }
  | { kind: 'date'; date: string /* ISO YYYY-MM-DD, London */; label: string /* "today", "tomorrow", "Saturday", "25 December" */; part?: DayPart }
  | { kind: 'weekday'; weekday: number /* 1=Mon..7=Sun, the next such day from now (today counts) */; date: string; label: string; part?: DayPart }
  | { kind: 'weekend'; dates: [string, string]; label: string }
  /** `everyDay`: asked of every day of the week ("is it open every day?", "7 days a week"), not only of weekdays. */
  | { kind: 'week'; everyDay?: true }
  /**
   * A specific London time ("at 9pm"). `said`: the resident's words, when the time was worked out from
   * loose or ambiguous ones ("half 9", "after work", "in 20 minutes"), so the reply says what it took them as.
   */
  /**
   * `otherHalf`: the same hour in the other half of that day, when an hour was said without am or pm and nothing placed it
   * ("open at 8 on sunday": 08:00 taken, 20:00 the other), so the reply can say that one too.
   */
  | { kind: 'instant'; iso: string; label: string; said?: string; otherHalf?: string; /** "before 9am": `iso` is the minute before, the time said is the minute after. */ before?: true };

/**
 * Special days the data has no hours for (bank holidays, Christmas): answers must say so honestly.
 * `date` is the next such day (today counts) when it can be computed; absent for "bank holidays" in general.
 */
export type SpecialDay = { kind: 'bank-holiday' | 'christmas' | 'new-year' | 'easter' | 'named'; label: string; date?: string };

/**
 * Which part of the day's hours the resident cares about: "what time does it open", "...close", "open late?"; `break`: a
 * break within the day ("does it close for lunch?", "is there a lunch break"), which only the hours themselves can answer.
 */
export type HoursFocus = 'opening' | 'closing' | 'late' | 'break' | 'season';

/**
 * One counter's days compared with its other days ("does it open earlier on saturdays", "close later on fridays",
 * "are the weekend hours shorter"): which edge of the day, and which way it is asked to differ.
 */
export type DaysCompared = 'opens-earlier' | 'opens-later' | 'closes-earlier' | 'closes-later' | 'longer' | 'shorter';

/**
 * What a yes/no question asks to be so, for an answer that starts "Yes" or "No" in the question's own terms:
 * `open` ("is Acton still open?", "is Ilford open on Sunday?"), `closed` ("has Chingford shut down?", "is Hayes
 * closed on Sundays?"), `closing` ("is Woodford closing?", "is Brixton at risk?"), `round-the-clock` ("is Hayes
 * open 24 hours?", "is it a 24-hour station?"), `closes` ("does Hayes close at night?": at some hour, so not 24/7).
 * Absent when the question is not a yes/no one ("Hayes hours on Sunday", "what time does it open?") or is
 * negated ("isn't it open?"), which English answers either way.
 */
export type YesNoAsked = 'open' | 'closed' | 'closing' | 'round-the-clock' | 'closes';
/** What a yes/no question about a counter's status can ask. */
export type StatusYesNo = Extract<YesNoAsked, 'open' | 'closed' | 'closing'>;

/** The place words of a question, as found in the text (a station, postcode, district, borough or place). */
export interface PlaceMention {
  /** The words as the resident wrote them. */
  text: string;
  result: LocateResult;
  /** Taken from the conversation so far ("and on Monday?"), not from this message. */
  fromContext?: boolean;
  /** A place asked of as the counter there ("the police station in bow", "the nick at soho"), its words not the counter's name. */
  asCounter?: boolean;
}

export type DeskKind = '24/7' | 'open-now' | 'any';

/** A part of London by compass ("north london", "south east london"): each direction it names; or two or more boroughs named together. */
/** An area whose counters are counted: a borough (or a place inside one), or a part of London. */
export type CountedArea = { place: PlaceMention } | { part: PartOfLondon };

export type PartOfLondon = {
  label: string;
  directions: ('north' | 'south' | 'east' | 'west' | 'central')[];
  /** A list of boroughs named ("croydon and sutton"): their counters, by borough rather than by compass (`directions` empty). */
  boroughs?: string[];
};

/** What a resident wants settled between two or three counters: "which is open longer / later / earlier", "which one is open". */
export type ComparisonRank = 'longer' | 'later' | 'earlier' | 'open';

/**
 * Two or three counters in one message ("is brixton or walworth open later tonight?"): `place` is the first
 * named, `others` the rest (at most two, in the order named; a name not found or ambiguous is kept so the
 * answer can say so). `rank`: the resident asked which of them ("which is open longer?").
 */
export interface ComparedPlaces {
  others?: PlaceMention[];
  rank?: ComparisonRank;
  /**
   * The lesser of the rank was asked: shorter hours ("which is open less", "which has fewer hours" on `longer`), closing
   * earlier ("which shuts first" on `later`), opening later ("which opens later" on `earlier`). The one that comes last leads.
   */
  lesser?: true;
  /** How long they are open asked with no time said ("which has longer hours", "is charing cross open more than brixton"): their hours over a week. */
  weekly?: true;
  /**
   * A yes or no asked of them: `more`, of the first named against the rest ("is lewisham open later than brixton?");
   * `as-much`, the first as much as the rest ("is croydon open as late as lewisham?"); `same`, whether they share hours
   * ("do croydon and sutton have the same hours?"), `different` whether they do not ("different opening times?"); `all`,
   * whether they all are ("are croydon and sutton open?").
   */
  settles?: ComparisonYesNo;
  /**
   * Which of them to go to, asked with something to do there ("brixton or lewisham for reporting a stolen bike": `report-crime`;
   * "ilford or romford to hand in a wallet": `errand`): which is open answers, then (a report) that either takes one.
   */
  errand?: 'report-crime' | 'errand';
  /**
   * The others were not asked but said, as what the resident believes ("is brixton open, the one in walworth is closed":
   * `closed`): the first named is answered first, the others after, as the data has them.
   */
  othersClaimed?: 'closed' | 'open';
}

/** What a yes or no about two or three counters asks to be so (see `ComparedPlaces.settles`). */
/** What a cost was asked of: a call to a number, or reporting a crime. */
export type CostAsked = '101' | '999' | 'Crimestoppers' | 'Relay UK' | 'reporting';

export type ComparisonYesNo = 'more' | 'as-much' | 'same' | 'different' | 'all';

/** "in 2020", "on 1 March 2019": the date a list is asked as of. A year is read as its 1 July (`year` set). */
export interface ListAsOf {
  date: string /* ISO YYYY-MM-DD, London */;
  label: string /* "1 July 2020" */;
  year?: number;
  /** The day before a round of closures, named by it ("December 2017"): "before the closures" said unqualified counts before each round. */
  before?: string;
}

/** A stretch of the past asked about ("in 2018", "summer 2021"): London dates, both inclusive. */
export interface PastPeriod {
  from: string;
  to: string;
  /** As said back: "summer 2021", "2018", "last year (2025)", "2026 (so far)". */
  label: string;
  /** What a loose period was taken as: "June to August 2021", the dates "during covid" stands for. */
  taken?: string;
  /** The special day the one day asked is ("Christmas Day"): the data has no special-day hours. */
  specialDay?: string;
}

/**
 * When in the past a question about a counter is asked of: a period, the day before it closed, or the day before its
 * last change, its hours changing or its closing ("its old hours", "did it use to be 24 hours?"): the timeline knows when.
 */
/** `since`: when its hours (24 hours, with `roundTheClock`) began ("since when is lewisham 24/7?"), the date first. */
/** `before-change` with `roundTheClock`: asked yes or no whether it was ever open 24 hours ("was brixton ever 24 hours?"). */
export type PastAsked = { kind: 'period'; period: PastPeriod } | { kind: 'before-closure' } | { kind: 'before-change'; when?: true; roundTheClock?: true } | { kind: 'since'; roundTheClock?: true };

/** What a question about the past wants settled: was it open, was it closed, what were its hours. */
/** `changed`: whether anything changed in the period was asked ("has anything changed at ilford since 2019"): Yes with each change dated, or No. */
export type PastFocus = 'open' | 'closed' | 'hours' | 'changed';

/**
 * The closures asked about: a plan's round ("the 2017 closures", "Sadiq's closures"), a month or a year
 * named ("in December 2017", "in 2013"), read against the plans in the data. `to` is inclusive.
 */
export interface ClosurePeriod {
  from: string /* ISO YYYY-MM-DD */;
  to: string;
  label: string /* "December 2017", "2013", "February 2026" */;
  /** The plan whose closures these are, when the period is one plan's round. */
  planId?: string;
  /**
   * The year named, when it was read as the plan made that year ("what closed in 2025": the 2025 review, whose
   * closures came in 2026): the answer says first whether any counter closed in that year itself.
   */
  yearSaid?: number;
}

/**
 * What is asked about the plans: why counters closed, how many are left, all the plans, one of them (`planId`), or
 * the closures still ahead ("are any more closing?").
 */
/** `who`: who decided the closures (each plan's body, most recent first). */
/** `reopening-ahead`: counters to reopen, or 24-hour opening to return, asked of counters in general ("will they bring back 24 hour stations"). */
export type PlanTopic = 'why' | 'how-many-left' | 'general' | 'plan' | 'ahead' | 'who' | 'reopening-ahead';

/**
 * Which counters close at a time named (`at`: minutes from midnight, on the ISO weekdays asked) or within a while from
 * now (`within`, in minutes): "which counters close at 7 on weekends", "whats closing in the next hour".
 */
/** `extreme`: "which is open latest on Saturday" (`last`: the latest closing) or "which opens earliest" (`first`: the earliest opening). */
export type ClosingAsked =
  /** `before`: closing before the time ("shut before 8pm"), or by it ("closed by 7"), not at it. */
  | { kind: 'at'; minutes: number; weekdays: number[]; before?: 'strictly' | 'or-at' }
  | { kind: 'within'; minutes: number }
  /** last: the latest closing; first: the earliest opening; first-closing: the earliest closing. */
  | { kind: 'extreme'; which: 'last' | 'first' | 'first-closing'; weekdays: number[] };

/** What a named place was asked about beyond its hours: facilities the data does not cover, or reporting a crime there. */
/**
 * What a place named alone is asked about: facilities (which the data does not cover), reporting a crime there, or an
 * errand the data says people go to a counter for (presenting documents, lost property, evidence).
 */
export type PlaceOnlyAbout = 'facilities' | 'reporting' | 'documents' | 'lost-property' | 'evidence';

export type Question =
  | ({ intent: 'hours'; place: PlaceMention | null; when: WhenAsked; specialDay?: SpecialDay; focus?: HoursFocus; yesNo?: YesNoAsked; daysCompared?: DaysCompared } & ComparedPlaces)
  /** `untilAsked`: "how long till it opens" / "how long until it shuts": the time left to that change leads. */
  | ({ intent: 'open-now'; place: PlaceMention | null; when: WhenAsked; specialDay?: SpecialDay; focus?: HoursFocus; yesNo?: YesNoAsked; untilAsked?: 'opens' | 'closes' } & ComparedPlaces)
  /**
   * `why`: the resident asked why it closed ("why did Pinner close?"), so the plan's reasons belong in the answer.
   * `past`: asked in the past tense ("why did Hammersmith close?", not "why is it closed today?"), so a counter
   * that closed and reopened answers with that closure.
   */
  | ({
      intent: 'status';
      place: PlaceMention | null;
      why?: true | 'hours';
      past?: true;
      yesNo?: StatusYesNo;
      /** "when is stratford closing?", "when will wembley close?": with `yesNo: 'closing'`, when a closure ahead is due (a date, none given, or none planned). */
      closingWhen?: true;
      /** "is the stratford counter moving?", "will it move back to forest gate": with `yesNo: 'closing'`, a move ahead: what the sources say of one first. */
      moving?: true;
      /** "what's your source for stratford", "where does your info on stratford come from": its sources lead the answer. */
      sourcesAsked?: true;
      /** "why was wimbledon kept open", "why did they keep X open in 2017": why it was kept (the year asked, if one was). */
      whyKept?: true | number;
      /** "was wimbledon saved?", "was dagenham spared?": with `whyKept`, whether a planned closure of it was dropped or quashed, yes or no first. */
      savedAsked?: true;
      /**
       * "was brixton one of them", "is harrow on that list" after a list of counters: whether the counter named is among
       * those the list just named (yes or no first), then its status.
       */
      amongListed?: boolean;
      /**
       * "is brixton open in 2027", "will walworth be open next year", "is brixton open now?" then "and in 2027?": with
       * `yesNo`, the counter asked of a year to come, so whether a closure is planned by then answers (not today's hours).
       */
      inYear?: number;
    } & ComparedPlaces)
  // `byTransport`: how to get there by bus, Tube or train, which the data does not hold (the address is given).
  // `mapOrDirections`: a map or directions asked for, which the bot cannot send (the address is given).
  // `journey`: with `byTransport`, how long the journey takes asked (no times in the data either).
  | { intent: 'address'; place: PlaceMention | null; byTransport?: true; mapOrDirections?: true; journey?: true }
  /**
   * `reopening`: "when did it reopen?": the reopening's date first. `alwaysOpen`: "has it always been open?", the
   * same closures asked the other way round, so a closure on record answers No.
   */
  /** `moved`: "did hammersmith move?", "has the barking counter moved?": a move asked, so a move (or none) leads; `where`: where it moved asked, no yes or no. */
  /** `hoursSince`: "since when?" after a counter's hours: since when those hours apply (the hours row's date and plan) leads. */
  /** `closedAsked`: "did wimbledon close?", "did they shut woodford nick": the closing asked yes or no, so Yes or No leads. */
  | { intent: 'history'; place: PlaceMention | null; topic: 'closure-date' | 'temporary-closure' | 'general'; /** 'ahead': "will it reopen?", not when it did. */ reopening?: true | 'ahead'; alwaysOpen?: true; moved?: true | 'where'; hoursSince?: true; closedAsked?: true; /** "how long ago did it close": how long ago leads. */ agoAsked?: true; firstOpening?: 'asked' | 'if-closed' /* "when did addington open": not held; 'if-closed': only of a counter closed now */ }
  /** One counter as it was at a time gone by ("was Bethnal Green open in summer 2021?"), answered from the timeline as of then. */
  /** `andNow`: now asked beside the period ("is brixton open now vs 2018", "how do ilford's hours now compare to 2019"): both first. */
  | { intent: 'past'; place: PlaceMention | null; asked: PastAsked; focus: PastFocus; andNow?: true }
  /**
   * `when`/`specialDay`: the moment named ("open at midnight", "on Sunday", "on Christmas Day"), so the
   * desks are the ones open then; absent when none is named (or "now"), and the answer is for now.
   */
  /**
   * `between`: two or three counters named, of which the nearer to the place is asked ("which is nearer to E17, chingford or walthamstow?");
   * `further`, the further of them ("which is further from E17 4PP, tottenham or leyton").
   */
  /** `metAsked`: the Met named ("nearest met police station to moorgate"): in the City of London, its counter leads. */
  // `journey`: with one counter in `between`, how long the journey there takes asked, which the data does not hold.
  | { intent: 'nearest'; place: PlaceMention | null; desk: DeskKind; when?: WhenAsked; specialDay?: SpecialDay; between?: PlaceMention[]; further?: true; metAsked?: true; journey?: true; whetherAsked?: true /* "is there one in canary wharf?" */; /** Counters left out: "nearest to SE1 other than Walworth". */ except?: PlaceMention[] }
  /**
   * `asOf`: a past date or year named ("what was open in redbridge in 2016?"): the borough's counters then, from the timeline.
   * `planId`: a plan named ("what did the 2017 strategy do to hounslow?"): what the plan did to each of its counters.
   */
  /** `pastAsked`: "was there a counter in Barnes?": whether one stood at the place named, asked of the past. */
  /** `closuresAsked`: which of the borough's counters closed was asked ("which stations closed in croydon?"): those first. */
  /**
   * `versusNow`: the count then asked against the count now ("how many in lambeth in 2017 compared to now"), as for London;
   * without `asOf` ("barnet then and now"), then is the earliest the sources count every counter.
   */
  | { intent: 'borough-desks'; place: PlaceMention | null /* a borough (or a place inside one) */; desk?: DeskKind; asOf?: ListAsOf; planId?: string; closuresAsked?: true; pastAsked?: true; versusNow?: { claim?: 'more-then' | 'more-now' }; versusYear?: ListAsOf /* with `asOf`: "more in lambeth in 2017 than 2019", the other year's count too */; whetherAsked?: true /* "is there one in peckham?" */ }
  /** `asOf`: a past date or year named ("which were 24 hours in 2020?"); absent for now. */
  /**
   * `allCounters`: every counter open then, not only the 24-hour ones: counted ("how many counters were there in 2020?")
   * or listed ("which stations were open in 2017?").
   */
  /** `except`: a counter left out ("any open 24 hours apart from Charing Cross?"), `askedAny` when asked whether there are any. */
  /** `part`: only those in a part of London named by compass ("any 24 hour stations in south london"). */
  /**
   * `versusNow`: the count then asked against the count now ("were there more police stations in 2017 than now?"); `claim`,
   * what a yes or no asks to be so: more then than now (`more-then`: "more in 2017 than now", "fewer now than in 2013"), or
   * more now (`more-now`).
   */
  /** `canGoIn`: whether one can go in at night was asked ("can i go to a police station in the middle of the night"): "Yes" first. */
  | { intent: 'list-24x7'; asOf?: ListAsOf; allCounters?: 'counted' | 'listed'; except?: PlaceMention; askedAny?: true; part?: PartOfLondon; versusNow?: { claim?: 'more-then' | 'more-now' }; canGoIn?: true; versusYear?: ListAsOf /* with `asOf`: "how many stations in 2017 vs 2019", the count of the other year too */ }
  /**
   * Every counter in London and its hours ("all the front desks open today"); `when`: only those open then; `part`: only
   * those in a part of London named by compass ("police stations in south london").
   */
  /** `closedAsked`: "which stations are closed on Sunday?": the open counters not open then are the answer. */
  /** `canGoIn`: whether one can go in then was asked ("can you walk into a police station at 3am"): "Yes" or "No" first. */
  | { intent: 'open-list'; when?: WhenAsked; part?: PartOfLondon; closedAsked?: true; canGoIn?: true; /** Counters left out: "anywhere open past 10 apart from Charing Cross". */ except?: PlaceMention[] }
  /**
   * Which of two areas has more counters ("which has more counters, croydon or bromley", "more desks in east or west
   * london?"): each a borough (`place`) or a part of London (`part`), their open counters counted now.
   */
  /** `claim`: a yes or no asked of the first named having more or fewer than the second ("does westminster have more than camden"). */
  /**
   * `fewer`: which has fewer was asked ("which has fewer counters, croydon or bromley"): the one with fewer leads.
   * `roundTheClock`: the 24-hour counters are counted ("which has more 24 hour stations, north or south london").
   */
  | { intent: 'counts-compared'; areas: [CountedArea, CountedArea]; claim?: 'first-more' | 'first-fewer'; fewer?: true; roundTheClock?: true }
  /** The counters that close at a time or soon, across London. */
  /** `part`: a part of London's counters ("which close last in east london", or "any of them" after that part's list). */
  | { intent: 'closing-list'; asked: ClosingAsked; part?: PartOfLondon }
  /** `period`: the closures of a plan, a month or a year; absent for every closure on record. */
  /** `happened`: all that happened then was asked ("what happened on 3 March 2026?"): hours changes and reopenings too. */
  /** `part`: only the closures in a part of London named by compass ("which ones closed in north london"). */
  /**
   * `reopened`: the closures that ended were asked ("which stations reopened?", "did any counters come back?"), reopened
   * in the period when one is named; `closed-in-period`: closed in it ("did any reopen after closing in 2017?").
   * `byYear`: counted by year ("how many closed each year": `each`; "which year had the most closures": `most`).
   */
  | {
      intent: 'closures-list';
      period?: ClosurePeriod;
      happened?: true;
      part?: PartOfLondon;
      reopened?: true | 'closed-in-period';
      /** With `reopened`: the latest reopening was asked ("which station reopened most recently"): it leads. */
      latestReopening?: true;
      /**
       * With `reopened`: whether any reopened was asked ("did any station reopen", "has any counter reopened"): yes or no
       * leads. With `moved`: whether any moved ("did any counters move"), not which ("which counters moved"): the same.
       */
      whetherAsked?: true;
      byYear?: 'each' | 'most';
      /** With `byYear`: two years compared ("which closed more, 2017 or 2026"), in the order said. */
      compareYears?: [string, string];
      /** `byBorough`: counted by borough ("how many closed in each borough": `each`; "which borough lost the most stations": `most`). */
      byBorough?: 'each' | 'most';
      /** With `byYear` or `byBorough` `most`: "which ones?" after it: the closures of the year or borough with the most, named. */
      namedOfTheMost?: true;
      /** "which stations were saved from closure (in 2025)": the closures proposed or decided that were dropped or quashed. */
      saved?: true;
      /** "which stations were kept open in 2017", "which survived the 2017 cuts": the counters open before the round of `period` and still open after it. */
      kept?: true;
      /** "did any stations move rather than close", "which counters moved": the closed counters whose desk went to another. */
      moved?: true;
      /** When asked of the closures or moves just listed ("when?", "when did they move", "what dates"): their dates lead. */
      datesAsked?: true;
      /** With `moved`: why they moved was asked ("why?", "why did they move" after them): each move's reason from its rows leads. */
      whyAsked?: true;
      /** With `kept` or `reopened`: "which of them are still open?" after them: those open now, counted and named first. */
      stillOpen?: true;
      /** "what was the first station to close": the earliest closure in the timeline, and the earliest since the sources cover every counter. */
      first?: true;
      /**
       * With `period`: the first (`first`) or last (`last`) closure within it ("the first police station to close in 2017",
       * "the last counter to close in 2026", "which closed first in 2013").
       */
      last?: true;
      /** "how many 24 hour stations closed in 2026", "which 24/7 counters shut this year": only those open 24 hours a day until they closed. */
      roundTheClock?: true;
    }
  /** `part`: the closures ahead asked of a part of London named by compass ("any more closures planned in south london"). */
  /**
   * `ofPlan`: why or who asked of one plan's closures ("why did they close so many stations in 2017", "who decided the
   * 2025 closures"): that plan's reasons, or who decided it.
   */
  /** `inYear`: the closures ahead asked of a year to come ("what will close in 2027"): those the data dates to it, or none. */
  | {
      intent: 'plans';
      topic: Exclude<PlanTopic, 'plan'>;
      part?: PartOfLondon;
      ofPlan?: string;
      inYear?: number;
      /** With `why`: "why?" after the closures of a time of no plan ("which closed in 2019"): when none closed then, that there is none to explain. */
      ofPeriod?: ClosurePeriod;
    }
  /** One plan, by its id in the data ("what was the 2017 plan?", "Boris's closures"). */
  // `newHours`: asked when the plan's new hours began ("when did they stop 24 hour opening?"); `which`: which counters
  // lost their 24-hour opening then ("which counters lost their 24 hour opening"), named first.
  | { intent: 'plans'; topic: 'plan'; planId: string; newHours?: true | 'which' }
  /**
   * About the service, not a station: what a 24/7 counter is, why counters close at night, what a policing
   * hub is, whether the closures were challenged in court, what they save, how current the bot is. `place`:
   * a counter named with it ("is there a video screen at Twickenham?"), answered for that counter.
   */
  /**
   * `everyBorough`: asked whether every borough has one ("is there a counter in every borough?"): yes or no first.
   * `disputed`: the last answer said to be wrong ("that's not right"): how fresh the facts are (of the counter
   * discussed, if any), after an apology; the conversation stays where it was.
   */
  | {
      intent: 'service';
      topic: ServiceTopic;
      place?: PlaceMention;
      everyBorough?: true;
      /** "which boroughs still have a counter": the boroughs with one, listed first (of the count per borough). */
      whichHave?: true;
      disputed?: true;
      /** The last answer doubted ("are you sure?", "is that right?"): yes, as far as the sources show, first, then what it stood on. */
      doubted?: true;
      /** "which boroughs lost their last counter in 2017 / and when": the boroughs whose last open counter closed then (any time since the complete list, when `true`). */
      lastCounterLost?: ClosurePeriod | true;
      /** "is walworth busier than brixton", "which is quieter, ilford or romford": the counters compared, answered for them, not the busiest overall. */
      compared?: PlaceMention[];
      /** "which is the quietest counter", "least busy": the quiet end of the figures first. */
      quietest?: true;
      /** "what did boris promise about police stations": the plan of the person named with a pledge, whose pledges are answered (or that none is on record, then that plan). */
      planId?: string;
      /** "how many boroughs have 2 stations", "which boroughs have more than one counter": the boroughs with that many counters open (or at least, at most that many). */
      perBorough?: { count: number; orMore?: true; orFewer?: true };
      /** "which borough has the fewest stations": the boroughs at the bottom of the count first (those with none, if any). */
      fewest?: true;
      /** "which borough had the most stations in 2018": the count by borough as of that time, not today. */
      asOf?: ListAsOf;
      /** "the one that burned down", "which stations were sold": what happened to a building, found in the timeline's rows. */
      happened?: Happened;
      /** "is 101 free", "do i have to pay to report a crime": whose cost was asked (topic 'call-cost'). */
      costOf?: CostAsked;
      /** "what does pcso stand for", "whats a crn": the letters asked, upper case (topic 'police-term'). */
      term?: string;
    }
  /** Two questions in one message ("is Ealing closed and where's the nearest open one?"), answered in order. */
  | { intent: 'both'; questions: [Question, Question] }
  /** `atACounter`: whether one can report in person was asked ("can i report a crime at the front desk?"): yes first. */
  /** `online`: whether it can be done online or by phone instead of going in was asked ("can i do it online instead"): yes first. */
  | { intent: 'report-crime'; atACounter?: true | 'needed' | 'online' }
  /**
   * Danger now, or 999 asked about. `silentCall`: speaking would be unsafe ("they'll hear me"), or the Silent Solution
   * was asked about. `textOrRelay`: the resident is deaf or speech-impaired, or asked about text 999 / Relay UK.
   * `unsure`: the safety net ("he's outside", "I'm scared"): no harm read for sure, so the reply leads with "If you or
   * anyone is in danger now, call 999." rather than "Call 999 now".
   * `services`: whom to ask 999 for, when not just the police ("collapsed": an ambulance; "on fire": the fire
   * service; empty when the lexicon does not know which, as for someone in the water).
   * `language`: danger written in another language ("pomocy, mąż mnie bije"): 999 first, then how to get an interpreter on the call.
   * `askedAbout`: a question about text 999 / Relay UK, or about which of 999 and 101 ("what counts as an emergency?"), with
   * no danger in it: answered first, 999 in that answer. `usesTheBot`: a deaf or speech-impaired resident asked whether
   * they can use the bot ("im deaf can i use this"), no danger told: it is a text chat, then text 999 / Relay UK.
   */
  | { intent: 'emergency'; silentCall?: true; textOrRelay?: true; askedAbout?: true; usesTheBot?: true; services?: EmergencyService[]; unsure?: true; language?: string | null; waitingForPolice?: true }
  /**
   * `stationNumber`: a station's own phone number asked for, which the data does not hold; `byEmail`: its email address.
   * `whetherAPoliceMatter`: whether something is for the police at all ("is that a police thing"), which 101 can say.
   */
  | { intent: 'non-emergency-contact'; stationNumber?: true; byEmail?: true; whetherAPoliceMatter?: true }
  /** A request the bot cannot do ("order me a cab to Lewisham"): declined first; `place`, a station named, for one helpful line. */
  | { intent: 'cannot-do'; task: CannotDoTask; place?: PlaceMention }
  /** `language`: the language named, in English ("Polish"), when the resident said which. */
  /** `atACounter`: the languages spoken at a counter asked ("what languages does the counter speak"): the data does not say, first. */
  | { intent: 'interpreter'; language?: string; atACounter?: true; ofTheBot?: true }
  | { intent: 'anonymous-report' }
  /**
   * "where should I go instead?": the nearest other desk open now; `when`, open at the moment asked just before ("is brixton
   * open at 11pm?", then "anywhere else?") or named with it ("anywhere else open on sunday?").
   * `passed`: how many such desks were already given, after "and another?" asked again ("any others?" after "somewhere
   * else?"): the next one leads. `desk: '24/7'`: after the nearest 24-hour desk, the next desk of that kind.
   */
  // `onceClosed`: asked of a counter's closure ahead ("where will i go when stratford closes", "what then?"): what a source says of it follows.
  | { intent: 'alternatives'; place: PlaceMention | null; when?: WhenAsked; passed?: number; desk?: '24/7'; onceClosed?: true }
  /**
   * `asked`: the greeting asked something of the bot, answered first: whether it is there ("u there?", "anyone there",
   * "is this working": "Yes, I'm here.") or how it is ("how r u", "hows it going": "I'm well, thanks.").
   */
  | { intent: 'greeting'; asked?: 'here' | 'how' }
  /**
   * `aiAsked`: asked whether it is AI or a language model ("what language model are you", "is this ai generated"): how it works, first.
   * `askedIf`: asked yes or no whether a person answers ("r u a real person": "No, ...") or a bot ("are you a bot": "Yes, ...").
   */
  | { intent: 'identity'; aiAsked?: true; askedIf?: 'a person' | 'a bot' }
  /** `plea`: asked for help as a plea ("i need help", "please help me"), which may be danger: 999 comes first. */
  /** `puzzled`: a thinking face or a shrug alone ("🤔", "🤷"): what to ask, said as such. */
  | { intent: 'help'; plea?: true; puzzled?: true }
  /** `waiting`: said while the bot waits for a postcode or area ("👍", "ok", "thanks" after "What's your postcode?"): that question is kept, and said again. */
  | { intent: 'thanks'; waiting?: true }
  /**
   * "ok", "got it", "lol": heard, nothing asked. `felt`: an interjection alone, "omg", "oh no", "😢" (`upset`: whether all
   * is well, and 999 if not) or "bruh", "meh", "💀" (`casual`). `waiting`: as for thanks.
   */
  | { intent: 'acknowledged'; felt?: 'upset' | 'casual'; waiting?: true }
  | { intent: 'goodbye' }
  | { intent: 'cancel' }
  | { intent: 'forget-me' }
  /**
   * "what time is it?", "what's the date?": London's clock, which the bot has, said first. `elsewhere`: asked of somewhere
   * else ("what time is it in new york"), which the bot does not keep.
   */
  | { intent: 'clock'; asked: 'time' | 'date'; elsewhere?: true }
  /** "tell me more", "sources", "where is that from?": the details or the sources of the last answer. */
  /** `repeat`: "can you repeat that", "say that again": the last answer again. */
  /** `no-more`: "any more?", "the one after that" after a list that named every one: there are no more. */
  | { intent: 'more'; topic: 'details' | 'sources' | 'repeat' | 'simpler' | 'no-more' }
  /**
   * Just "colindale" or "n9 0pw": what about it? `about: 'facilities'`: access, parking, toilets, which the data does not
   * cover; `about: 'reporting'`: whether a crime can be reported at the counter named ("can i report a stolen bike at walworth").
   */
  /** `onlyOneOfTheName`: "wrong brixton", "not that one" after the one counter of that name: which they meant is asked. */
  | { intent: 'place-only'; place: PlaceMention; about?: PlaceOnlyAbout; askedIfAllowed?: true; onlyOneOfTheName?: true }
  /**
   * `language`: the English name of the language guessed ("Spanish"), null when unsure.
   * `alongside`: said after the answer about a place the message named ("horario de la comisaría de Lewisham"), so brief.
   */
  | { intent: 'non-english'; language: string | null; alongside?: true }
  /** `alongside`: the other half of a message whose counter question is answered first ("what's the weather and is brixton open"). */
  /** `matter`: an everyday matter for the council (noise, an animal astray), so the reply says where to go instead. */
  | { intent: 'out-of-scope'; reason: OutOfScopeReason; alongside?: true; matter?: CouncilMatter };

/**
 * Why a message is not a question StationDesk answers; `rude` is frustration or abuse, answered calmly;
 * `attachment` is a picture or file with no words (the dialog finds it before any text is read).
 */
export type OutOfScopeReason = 'joke' | 'unrelated' | 'another-venue' | 'nonsense' | 'empty' | 'too-long' | 'rude' | 'attachment';

/**
 * What the bot was asked to do and cannot: order a taxi, call the police, send an officer, book an appointment,
 * send a message, translate, look up a case, or another errand; report a crime for them, remind them, send them
 * something, save it for later, print it.
 */
export const CANNOT_DO_TASKS = [
  'taxi', 'call-police', 'send-officer', 'booking', 'message', 'pass-on', 'translate', 'case-lookup', 'errand',
  // Report a crime or make a complaint for the resident; set a reminder or alert; send them something; keep it in their apps; print or make a file.
  'report', 'reminder', 'send', 'save', 'print',
  // Look up, log or collect lost property; do police checks, licences or certificates; deal with a fine; sign in for bail; get back what the police seized.
  'lost-property', 'police-check', 'fine', 'bail', 'seized-property',
  // Take feedback on the bot or pass it on.
  'feedback',
  // Get CCTV or other footage; help with a job at the Met; give legal help; speak aloud; change the text size.
  'footage', 'job', 'legal', 'voice', 'text-size',
  // Another format of the bot's replies: easy read, braille, a printed or plain-text version.
  'other-format',
  // Say whether someone is in custody, or where.
  'custody',
  // Say whether or when someone held may be visited, or have things brought to them.
  'custody-visit',
  // Register or mark property for the resident: a bike, a phone.
  'register-property',
  // Give out an officer's own phone number or email.
  'officer-contact',
  // Find another service (a hospital, a cash machine, a court) near a counter or anywhere: only counters are known.
  'other-service',
  // Give a police report, a copy of one or a crime number (for insurance): no records, nor how they are got.
  'police-report',
  // Put a victim in touch with support (Victim Support): the data holds no such service.
  'victim-support',
  // Get a towed, clamped or impounded vehicle back, asked at a counter named: the pound is not a counter's.
  'pound',
  // Police work asked of the bot: track or trace a stolen phone, find who did it, investigate: reporting is how.
  'police-work',
] as const;
export type CannotDoTask = (typeof CANNOT_DO_TASKS)[number];

export type Intent = Question['intent'];

/** The intents that are about a place, and can wait for one ("What's your postcode?"). */
export type PlaceIntent = 'hours' | 'open-now' | 'status' | 'address' | 'history' | 'past' | 'nearest' | 'borough-desks' | 'alternatives';
export type PlaceQuestion = Extract<Question, { intent: PlaceIntent }>;

/** The questions about London as a whole that a follow-up can ask again: "which ones?", "and in December 2017?". */
export type ListQuestion = Extract<Question, { intent: 'closures-list' | 'list-24x7' | 'open-list' }> | { intent: 'plans'; topic: 'how-many-left' };

/** What understanding remembers between turns, so follow-ups can be resolved. Owned by the dialog state. */
export interface ConversationContext {
  lastIntent?: Intent;
  lastPlace?: PlaceMention;
  /** The last location the resident gave (postcode, district, place), for "nearest" follow-ups. */
  lastLocation?: PlaceMatch;
  lastWhen?: WhenAsked;
  /** The last question about a place, whole: "what about Lewisham?" asks it again with a new place. */
  lastQuestion?: PlaceQuestion;
  /**
   * A place question still waiting for its place: the bot asked "What's your postcode?" (or the place was
   * not found). A reply that is only a place completes it.
   */
  pending?: PlaceQuestion;
  /** The counter discussed before `lastPlace`: "which one shuts later?" after asking of one, then another. */
  earlierPlace?: PlaceMention;
  /** The last list of counters asked for (closures, 24-hour desks, what is left), while the talk stays on it. */
  lastList?: ListQuestion;
  /** The plan just asked about ("what was the 2017 strategy"): "how many closed under it" is of its closures. */
  lastPlan?: string;
  /**
   * The counter asked to avoid when somewhere else was just given (`lastPlace` is then the desk given): "when did it
   * close?", "why?", "will it reopen?" are about it, while "is it open on Sunday?" is about the desk given.
   */
  avoided?: PlaceMention;
  /**
   * The counters the conversation just named together, in order: a comparison's pair, the desks an answer listed.
   * "What about the other one?", "when does the first one open?", "the second one?" are about one of them.
   */
  namedCounters?: PlaceMention[];
}
