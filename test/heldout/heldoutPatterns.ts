/**
 * The held-out set's patterns, shared by every batch: lenient on wording (case,
 * "–" or "-", "to", 24-hour or am/pm clock), strict on facts. Facts named here
 * come from /work/shared/data (resident-facts.md §3 for the hours of the 27
 * counters since 3 March 2026, events.csv for dates). Moved unchanged out of the
 * first batch (heldoutQuestions.ts) when the second was added.
 */

/** A clock time at the hour, as 24-hour ("09:00", "9.00") or 12-hour ("9am", "9:00 pm"). */
export function clock(hour: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const ampm = hour < 12 ? 'a\\.?m' : 'p\\.?m';
  const h24 = `(?:${String(hour).padStart(2, '0')}|${hour})[:.]00(?!\\s*[ap]\\.?m)`;
  return `(?<![\\d:.])(?:${h24}|${h12}(?:[:.]00)?\\s*${ampm})(?!\\d)`;
}
export const TO = String.raw`\s*(?:[–—-]|to|until|till)\s*`;
/** Opening hours from one hour to another, however written. */
export const hours = (from: number, to: number): RegExp => new RegExp(`${clock(from)}${TO}${clock(to)}`, 'i');
/** One clock time, however written. */
export const at = (hour: number): RegExp => new RegExp(clock(hour), 'i');

/** The 25 reduced-hours counters since 3 March 2026 (resident-facts.md §3). */
export const WEEKDAYS = hours(10, 22);
export const WEEKENDS = hours(9, 19);
export const OPEN_24 = /24\/7|24 hours|24-hour|24 hrs|round[- ]the[- ]clock|day and night|all night/i;
export const CLOSED_FEB_2026 = /28 Feb(?:ruary)? 2026/i;
export const CLOSED_DEC_2017 = /14 Dec(?:ember)? 2017/i;
export const CALL_101 = /\b101\b/;
export const ONLINE = /met\.police\.uk/i;
export const DISTANCE = /\d+(?:\.\d+)?\s*(?:km|kilomet|miles?\b)/i;
export const CLOSED = /\bclos(?:ed|es|ing)\b|\bshut\b|no longer open|not open/i;
export const OUTSIDE_MET = /outside (?:Greater )?London|outside the Met|not (?:in|covered by|part of) the Met|outside the Metropolitan Police|Metropolitan Police(?:'s)? area|another (?:police )?force|(?:Hertfordshire|Essex|Kent|Surrey|Thames Valley) Police/i;
export const CITY_POLICE = /City of London Police/i;
/** An "I can't help with that" reply: wrong for anyone describing danger. */
export const OUT_OF_SCOPE = /can't help with that|cannot help with that|only (?:know|answer|help)|out of (?:my )?scope|not something I can help/i;
/** A reply that says it did not find the place: wrong for a real London place. */
export const PLACE_NOT_FOUND = /couldn't find|could not find|can't find|don't know (?:where|that place)|didn't recognise|not sure where/i;
export const DECLINE = /can't|cannot|can not|unable|not able|don't (?:book|order|make|call|send|do)|I'm not able/i;

/** `re` within the first line of the reply (the turn's flattened text starts with the first reply's own text). */
export const firstLine = (re: RegExp): RegExp => new RegExp(`^[^\\n]*(?:${re.source})`, re.flags.replace(/[gm]/g, ''));
/** `a` somewhere before `b`: two answers given in the order they were asked. */
export const inOrder = (a: RegExp, b: RegExp): RegExp => new RegExp(`(?:${a.source})[\\s\\S]*(?:${b.source})`, 'i');

/** The classic wrong reading of a question about the service: "which station / where are you?" as the answer. */
export const ASKS_WHICH_PLACE = firstLine(/which (?:police )?(?:station|counter|front counter|desk)|what(?:'s| is) (?:your|the) postcode|where are you|tell me (?:a|your) (?:postcode|station)/i);
/** Today's status given first where the past was asked. */
export const TODAY_FIRST = firstLine(/\b(?:is|it's) open (?:now|until|today)|open right now|\bopen now\b/i);
/** Station information given before a request the bot cannot carry out is declined. */
export const STATION_INFO_FIRST = firstLine(/Police Station\b.*(?:open|hours)|open until|opening hours|\d{1,2}:\d{2}/i);

export const name = (re: string): RegExp => new RegExp(re, 'i');
// Counters open today, with the address facts in stations.csv.
export const ACTON = name('Acton');
export const BETHNAL_GREEN = name('Bethnal Green');
export const BEXLEYHEATH = name('Bexleyheath');
export const BRIXTON = name('Brixton');
export const BROMLEY = name('Bromley');
export const CHARING_CROSS = name('Charing Cross');
export const COLINDALE = name('Colindale');
export const CROYDON = name('Croydon');
export const DAGENHAM = name('Dagenham');
export const EDMONTON = name('Edmonton');
export const HAMMERSMITH = name('Hammersmith');
export const HAYES = name('Hayes');
export const HOUNSLOW = name('Hounslow');
export const ILFORD = name('Ilford');
export const ISLINGTON = name('Islington');
export const KENTISH_TOWN = name('Kentish Town');
export const KINGSTON = name('Kingston');
export const LAVENDER_HILL = name('Lavender Hill');
export const LEWISHAM = name('Lewisham');
export const PLUMSTEAD = name('Plumstead');
export const ROMFORD = name('Romford');
export const STOKE_NEWINGTON = name('Stoke Newington');
export const STRATFORD = name('Stratford');
export const SUTTON = name('Sutton');
export const TOTTENHAM = name('Tottenham');
export const WALWORTH = name('Walworth');
export const WEMBLEY = name('Wembley');
export const SHEPHERDS_BUSH = name("Shepherd[’']?s Bush");

export const SATURDAY = /\bSat(?:urday)?\b/i;
export const SUNDAY = /\bSun(?:day)?\b/i;
export const MONDAY = /\bMon(?:day)?\b/i;

// Reply kinds that need no fact, written once for the batches after the first
// (the first batch spells them out in its cases).
/** Says the place is outside London or the Met (a postcode or town the London tables do not hold). */
export const NOT_IN_LONDON = /outside (?:Greater )?London|not in (?:Greater )?London|isn't in (?:Greater )?London|only (?:cover|know)[^.]*London|London only|outside the Met/i;
/** Declines a question that is not about front counters, and says what it does cover. */
export const OFF_TOPIC_REPLY = [/front counter|police station/i, /can't|cannot|unable|not able|\bonly\b|don't|not something/i];
/** Asks where the resident is (a postcode or an area) before naming a nearest desk. */
export const ASKS_WHERE = /postcode|area|where/i;
/** Answers thanks. */
export const THANKS_REPLY = /welcome|no problem|glad|anytime|pleasure|no worries|happy to/i;
/** Says what the bot is for: a greeting or an answer to text it cannot read. */
export const SAYS_WHAT_IT_DOES = /postcode|station|front counter|opening|nearest|ask/i;

// Patterns the third batch added, shared with the fourth: moved unchanged out of
// heldoutQuestions3.ts when the fourth batch was written.
/** A first line that says yes: wrong where the desk is shut at the time asked. */
export const SAYS_YES = firstLine(/^\s*yes\b/i);
/** A first line that says shut: wrong where the desk is open at the time asked. */
export const SAYS_SHUT = firstLine(/not open|\bclosed\b|\bshut\b/i);
/** Any of several patterns (desks each nearest on some point for a place, or kinds of reply). */
export const anyOf = (...res: RegExp[]): RegExp => new RegExp(res.map((re) => `(?:${re.source})`).join('|'), 'i');
/** Said to be outside London or outside the Met's area, however put. */
export const NOT_LONDON = anyOf(OUTSIDE_MET, NOT_IN_LONDON);
/** 3 March 2026: the reduced hours began (events.csv, `hours` rows of 2026-03-03). */
export const MARCH_2026 = /(?:3(?:rd)? )?Mar(?:ch)? 2026/i;
export const COUNTERS_NOW = /\b27\b|twenty[- ]seven/i;
export const TEN = /\b10\b|\bten\b/i;
export const TWO = /\b2\b|\btwo\b|\bboth\b/i;
/** No front counter left (a borough): said outright or as its counters' closure. */
export const NO_COUNTER = /no (?:police )?(?:front )?(?:counter|desk|station)|(?:doesn't|does not|don't|do not) have (?:a|any)|none (?:left|open)|not have (?:a|any)|no longer has|without (?:a|any) (?:front )?counter|28 Feb(?:ruary)? 2026/i;
export const CRIMESTOPPERS = /Crimestoppers|0800 555 111/i;
export const LANGUAGE_LINE = /Language ?Line|interpret/i;
export const RELAY = /18000|Relay UK|text(?:ing)? (?:the )?(?:police|999)|register/i;
export const SILENT_55 = /\b55\b/;

// Patterns the fourth batch added, shared with the fifth: moved unchanged out of
// heldoutQuestions4.ts when the fifth batch was written.
/** Stays open (a closure proposal dropped), however put. */
export const STAYS_OPEN = /\bopen\b|stay|kept|keep|dropped|reprieve|not (?:be )?clos|isn't clos|no longer (?:due|planned)/i;
/** Either a pointer to 101 or to online reporting: both are the Met's non-urgent routes (resident-facts.md §1). */
export const NON_URGENT = anyOf(CALL_101, ONLINE);
/** A reply to a question in another language: the answer itself, or a pointer to English, Language Line or 101. */
export const LANGUAGE_REPLY = (station: RegExp): RegExp => anyOf(station, /English|Language ?Line|interpret|\b101\b/i);
