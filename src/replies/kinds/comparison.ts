/**
 * "Is Brixton or Walworth open later tonight?", "which is open longer on
 * Saturday, Lewisham or Bromley?": one line per counter for the moment or day
 * asked, then the verdict when the resident asked which, then what could not
 * be answered (a name not found, or more than one), with the sources and the
 * freshness said once for all of them.
 */
import { DateTime } from 'luxon';
import type { Answer, ComparedAnswer } from '../../answers/answer';
import type { ComparisonRank } from '../../understanding/question';
import { LONDON_ZONE, formatLondonTime, type DayHours } from '../../stations/openingHours';
import type { CounterStatus } from '../../stations/timeline';
import type { Fact } from '../cards/elements';
import { answerInstant, formatDate, onDate } from '../format/dates';
import { specialDayName } from '../format/moment';
import { dayHoursCell, scheduleText, spokenHours, stateText } from '../format/hours';
import { shortStationName } from '../format/names';
import { distanceText } from '../format/distance';
import { citedOf, citedOfHours } from '../format/sources';
import { bold, capitalise, joinAnd, lowerFirst, plural } from '../format/text';
import type { AnswerSections, Cited } from '../sections';
import { answered } from '../parts/yesNo';
import { coversWholeWeek } from '../../stations/hours/schedule';

type ComparisonAnswer = Extract<Answer, { kind: 'comparison' }>;
type HoursAnswer = Extract<ComparedAnswer, { kind: 'station-hours' }>;

/** Asked which counter to go to for a report: an open front counter takes one, and 101 or online does too. */
const REPORT_AT_EITHER = 'You can report a crime in person at any open front counter; if it is not an emergency you can also call 101 or report online at met.police.uk.';

/** Speech engines read the whole of `speak`: keep it short. */
const MAX_SPOKEN = 380;

export function renderComparison(answer: ComparisonAnswer): AnswerSections {
  const now = answerInstant(answer.at, answer.asOf);
  const compared = answer.answers;
  const asked = compared.find((a): a is HoursAnswer => a.kind === 'station-hours') ?? null;
  const on = asked ? momentWords(asked) : '';
  const special = asked?.specialDay ? specialDayNote(asked) : '';

  const said = compared.map((a) => ({ answer: a, name: a.status.station.name, short: shortStationName(a.status.station), words: stationWords(a, now) }));
  const verdict = verdictText(answer, now, on);
  const notes = answer.unanswered.map((u) => unansweredText(u, said.map((s) => s.short)));
  const shortNames = said.map((s) => s.short);
  const title = `${joinAnd(shortNames)}${on ? ` ${on}` : asked ? ': opening hours' : ': front counters'}`;

  const cited = compared.flatMap((a) =>
    a.status.hours && a.status.hours.sources.length > 0
      ? citedOfHours([a.status.hours])
      : citedOf(a.status.decidedBy.filter((e) => !e.conflict)),
  );
  // Hours for a day ahead are as of that day: the dating says so once, for the latest.
  const asOf = compared.map((a) => a.status.asOf).reduce((a, b) => (b > a ? b : a), answer.asOf);
  const lines = said.map((s) => `${bold(s.name)}: ${s.words}.`);

  // "is brixton open, the one in walworth is closed": Brixton answered first, then Walworth as the data has it.
  if (answer.othersClaimed && compared.length >= 2 && (compared[0].kind === 'station-hours' || compared[0].kind === 'station-status')) return claimedAfter(answer, said, now, cited, title);
  const closed = closedFirst(answer, verdict, said, on);
  const settled = closed ? null : settledText(answer, verdict, on);
  // Only one counter answered ("compare ilford and gants hill"): its own line leads, not a title over a list of one;
  // a place it stands in for ("compare hounslow and feltham", Feltham's nearest being Hounslow) is said first.
  const alone = compared.length === 1 && !closed && !special && !settled && !verdict;
  // The place a counter stands in for, said already in the headline (alone, or after a closure), is not said again.
  const standIn = alone || closed?.standsIn ? answer.unanswered.findIndex((u) => u.nearest !== undefined && compared.some((a) => a.status.station.id === u.nearest!.station.id)) : -1;
  const own = `${bold(said[0].name)}: ${said[0].words}.`;
  // "is brixton or walworth open 24 hours", "brixton or walworth for a 24 hour desk": which of them is, first.
  const allDay = alone || special || closed || settled || verdict ? null : roundTheClockText(said);
  const headline = alone ? (standIn >= 0 ? `${notes[standIn]} ${own}` : own) : special || closed?.headline || settled || verdict || allDay || `${capitalise(title)}:`;
  return {
    headline,
    keyLines: [...(closed?.line ? [closed.line] : []), ...(special && verdict ? [verdict] : []), ...(answer.errand === 'report-crime' ? [REPORT_AT_EITHER] : []), ...notes.filter((_, i) => i !== standIn)],
    list: alone ? null : { items: lines },
    card: {
      title: capitalise(title),
      asOfLine: `As of ${formatDate(answer.asOf)}; times are London time`,
      facts: { facts: said.map((s): Fact => ({ title: s.name, value: capitalise(s.words) })) },
    },
    sources: { cited, publishers: answer.publishers },
    dating: { asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: compared.some((a) => a.status.beyondSources) },
    // One counter answered: its own line is the headline, so it is what is spoken (the place it stands in for first).
    speak: alone
      ? spoken([headline])
      : closed?.headline && !special
        ? spoken([closed.headline, closed.line ?? ''])
        : spoken([special ? firstSentence(special) : '', settled || verdict || allDay || `${capitalise(title)}:`, ...said.map((s) => `${s.short}: ${spokenHours(s.words)}.`), ...notes]),
    suggestions: suggestionsFor(answer, asked),
  };
}

/**
 * Whether each counter compared is open 24 hours, when that is what was asked of them all: "No, neither Brixton nor
 * Walworth is open 24 hours a day", "Of the two, only Lewisham is open 24 hours a day". Any counter's hours not known (or
 * not asked so): null, the list alone.
 */
function roundTheClockText(said: { answer: ComparedAnswer; short: string }[]): string | null {
  if (said.length < 2 || !said.every((s) => s.answer.kind === 'station-hours' && s.answer.yesNo === 'round-the-clock')) return null;
  const allDay: boolean[] = [];
  for (const { answer } of said) {
    const schedule = answer.status.hours?.schedule;
    if (answer.status.counter === 'open' && !schedule) return null;
    allDay.push(answer.status.counter === 'open' && !!schedule && (schedule.kind === 'always' || coversWholeWeek(schedule.intervals)));
  }
  const names = said.map((s) => bold(s.short));
  const yes = names.filter((_, i) => allDay[i]);
  if (yes.length === names.length) return `Yes, ${names.length === 2 ? 'both' : 'all'} ${joinAnd(names)} are open 24 hours a day.`;
  if (yes.length === 0) return names.length === 2 ? `No, neither ${names[0]} nor ${names[1]} is open 24 hours a day.` : `No, none of ${joinAnd(names)} is open 24 hours a day.`;
  return `Of the ${['two', 'three', 'four', 'five', 'six'][names.length - 2] ?? names.length}, only ${joinAnd(yes)} ${yes.length === 1 ? 'is' : 'are'} open 24 hours a day.`;
}

/**
 * The first counter asked, the others said ("... the one in walworth is closed"): the first's own answer leads (yes or
 * no when whether it is open now was asked), then each other as the data has it, saying so when that is not as said.
 */
function claimedAfter(answer: ComparisonAnswer, said: { answer: ComparedAnswer; name: string; short: string; words: string }[], now: DateTime, cited: Cited[], title: string): AnswerSections {
  const [asked, ...rest] = said;
  const first = asked.answer;
  // Yes or no from the data: open now, or at the moment asked ("is walworth open at 9pm, brixton is shut"), or on the
  // day asked; the week's hours, or a counter not open, answer without one.
  const openThen =
    first.status.counter !== 'open' ? null
    : first.kind === 'station-status' ? true
    : first.state && (first.when.kind === 'now' || first.when.kind === 'instant') ? first.state.open
    : first.when.kind !== 'week' && first.days.length === 1 ? !first.days[0].closedAllDay
    : null;
  const yes = openThen ? 'Yes' : 'No';
  // "open now, until 22:00" reads on from "is"; "at 9pm today, open, ..." after the counter's name and a colon.
  const headline = openThen === null ? `${bold(asked.name)}: ${asked.words}.` : /^(?:open|closed)\b/.test(asked.words) ? `${yes}, ${bold(asked.name)} is ${asked.words}.` : `${yes}, ${bold(asked.name)}: ${asked.words}.`;
  const claim = answer.othersClaimed!;
  const others = rest.map((s) => {
    const openNow = s.answer.status.counter === 'open' && (s.answer.kind !== 'station-hours' || s.answer.when.kind !== 'now' || s.answer.state?.open !== false);
    // Said to be closed but open now (or the other way round): the data's state is given as a correction.
    const differs = claim === 'closed' ? openNow : !openNow;
    // "open now, until 22:00" reads on from "it is"; "closed on 14 December 2017" from the counter's name.
    const state = /^open\b/.test(s.words) ? `it is ${s.words}` : /^closed (?:on|in|around|by|since)\b/.test(s.words) ? `${bold(s.name)} ${s.words}` : `${bold(s.name)}: ${s.words}`;
    return `${differs ? `${s.short} is not ${claim} as far as my sources show` : `As you say, ${s.short} is ${claim}`}: ${state}.`;
  });
  return {
    headline,
    keyLines: others,
    list: null,
    card: {
      title: capitalise(title),
      asOfLine: `As of ${formatDate(answer.asOf)}; times are London time`,
      facts: { facts: said.map((s): Fact => ({ title: s.name, value: capitalise(s.words) })) },
    },
    sources: { cited, publishers: answer.publishers },
    dating: { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: answer.answers.some((a) => a.status.beyondSources) },
    speak: spoken([headline, ...others]),
    suggestions: suggestionsFor(answer, first.kind === 'station-hours' ? first : null),
  };
}

/** "tonight", "on Saturday", "now", "at 9pm today", "at the weekend"; '' for the week. */
function momentWords(answer: HoursAnswer): string {
  const { when } = answer;
  switch (when.kind) {
    case 'now':
      return 'now';
    case 'instant':
      return when.before ? when.label : `at ${when.label}`;
    case 'date':
    case 'weekday':
      return /^(?:today|tonight|tomorrow|yesterday)$/.test(when.label) ? when.label : `on ${when.label}`;
    case 'weekend':
      return 'at the weekend';
    case 'week':
      return '';
  }
}

/** A counter that is not open, or whose hours are not known, in a few words; null when it is open with hours. */
function notOpenWords(status: CounterStatus): string | null {
  if (status.counter === 'closed') return `closed${status.since ? ` ${onDate(status.since)}` : ''}`;
  if (status.counter === 'unknown') return 'none of my sources mentions a public front counter here';
  if (!status.hours) return "open, but I don't have its opening hours";
  return null;
}

/** `22:00`, `midnight`, `02:00 the next day`: the last closing of a day. */
function lastClosing(day: DayHours): string {
  const close = day.intervals[day.intervals.length - 1].close.setZone(LONDON_ZONE);
  const time = formatLondonTime(close);
  if (close.toISODate() === day.date) return time;
  return time === '00:00' ? 'midnight' : `${time} the next day`;
}

/** A day as a short cell: `24 hours`, `09:00–19:00`, `closed`. */
function dayCell(day: DayHours): string {
  const cell = dayHoursCell(day);
  return cell === 'Open 24 hours' ? '24 hours' : lowerFirst(cell);
}

/** What one counter is, for the moment or day asked: "open until 22:00 tonight", "closed on 28 February 2026". */
function stationWords(answer: ComparedAnswer, now: DateTime): string {
  const { status } = answer;
  const notOpen = notOpenWords(status);
  if (notOpen) return notOpen;
  const hours = status.hours!;
  if (answer.kind === 'station-status') return hours.is24x7 ? 'open 24 hours a day' : `open, ${scheduleText(hours.schedule)}`;

  const { when, state, days } = answer;
  if (answer.specialDay && days[0]) return `on a usual ${days[0].dayName}, ${dayWords(days[0], '', false)}`;
  switch (when.kind) {
    case 'now':
      return state ? stateText(state, now) : lowerFirst(scheduleText(hours.schedule));
    case 'instant': {
      if (!state) return lowerFirst(scheduleText(hours.schedule));
      const moment = DateTime.fromISO(when.iso, { zone: LONDON_ZONE });
      return `${when.before ? '' : 'at '}${when.label}, ${stateText(state, state.open && moment.isValid ? moment : now, '')}`;
    }
    case 'date':
    case 'weekday': {
      const late = answer.focus === 'late' || answer.focus === 'closing' || when.label === 'tonight';
      return days[0] ? dayWords(days[0], momentWords(answer), late) : lowerFirst(scheduleText(hours.schedule));
    }
    case 'weekend':
      return days.map((d) => `${d.dayName} ${dayCell(d)}`).join(', ');
    case 'week':
      return lowerFirst(scheduleText(hours.schedule));
  }
}

/** "open until 22:00 tonight", "open 09:00–19:00 on Sunday", "open 24 hours on Saturday", "closed on Sunday". */
function dayWords(day: DayHours, on: string, late: boolean): string {
  const at = on ? ` ${on}` : '';
  if (day.allDay) return `open 24 hours${at}`;
  if (day.closedAllDay || day.intervals.length === 0) return `closed${at}`;
  if (late) return `open until ${lastClosing(day)}${at}`;
  return `open ${dayCell(day)}${at}`;
}

/** The hours a verdict sets side by side: `24 hours`, `09:00–19:00`, `until 22:00`, `closed`. */
function verdictCell(answer: ComparedAnswer): string {
  const { status } = answer;
  if (status.counter !== 'open' || !status.hours) return 'closed';
  if (answer.kind === 'station-hours') {
    const { when, state, days } = answer;
    if ((when.kind === 'now' || when.kind === 'instant') && state) return state.open ? (state.closesAt ? `until ${formatLondonTime(state.closesAt)}` : '24 hours') : 'closed';
    if (days.length === 1) return dayCell(days[0]);
    if (days.length > 1) return days.map((d) => `${d.dayName} ${dayCell(d)}`).join(', ');
  }
  return status.hours.is24x7 ? '24 hours, every day' : scheduleText(status.hours.schedule);
}

/** "Lewisham is open longer on Saturday: 24 hours, against 09:00–19:00 at Bromley."; '' when nothing was asked or it cannot be said. */
function verdictText(answer: ComparisonAnswer, now: DateTime, on: string): string {
  const { verdict } = answer;
  if (!verdict || answer.answers.length < 2) return '';
  const at = on ? ` ${on}` : '';
  const nameOf = (a: ComparedAnswer) => shortStationName(a.status.station);
  const leaders = answer.answers.filter((a) => verdict.leaders.includes(a.status.station.id));
  const rest = answer.answers.filter((a) => !verdict.leaders.includes(a.status.station.id));
  const all = answer.answers.map(nameOf);
  const n = answer.answers.length;

  if (verdict.rank === 'open') {
    // A counter standing in for a place with none ("is kingston or kingsbury open": Colindale for Kingsbury) is named, so
    // "both" is never read as the places asked about.
    const standsIn = answer.unanswered.some((u) => u.nearest !== undefined);
    if (leaders.length === n) return standsIn ? `${n === 2 ? 'Both' : 'All three of'} ${joinAnd(all)} are open${at}.` : `${n === 2 ? 'Both' : 'All three'} are open${at}.`;
    if (leaders.length === 0) return `${n === 2 ? 'Neither is' : 'None of them is'} open${at}.`;
    return `Only ${joinAnd(leaders.map(nameOf))} ${leaders.length === 1 ? 'is' : 'are'} open${at}.`;
  }
  if (verdict.weeklyHours) return weeklyText(answer, verdict.weeklyHours);
  if (verdict.allEqual) {
    const cells = new Set(answer.answers.map(verdictCell));
    if (cells.size === 1) return `${joinAnd(all)} have the same hours${at}: ${[...cells][0]}.`;
    const same = verdict.rank === 'longer' ? 'are open for as long as each other' : verdict.rank === 'later' ? 'close at the same time' : 'open at the same time';
    return `${joinAnd(all)} ${same}${at}.`;
  }
  const verb = rankVerb(verdict.rank, leaders.length === 1, verdict.lesser === true);
  const against = rest.map((a) => `${verdictCell(a)} at ${nameOf(a)}`);
  return `${joinAnd(leaders.map(nameOf))} ${verb}${at}: ${verdictCell(leaders[0])}, against ${joinAnd(against)}.`;
}

/**
 * How long they are open over a week, no time asked: "Brixton has shorter hours: 80 hours a week, against 168 at Lewisham.";
 * the same: each week's hours and total; a counter whose hours are not known: said plainly, with the others' totals.
 */
function weeklyText(answer: ComparisonAnswer, weeklyHours: readonly (number | null)[]): string {
  const { verdict } = answer;
  const nameOf = (a: ComparedAnswer) => shortStationName(a.status.station);
  const said = answer.answers.map((a, i) => ({ name: nameOf(a), hours: weeklyHours[i], id: a.status.station.id, answer: a }));
  const unknown = said.filter((s) => s.hours === null);
  const known = said.filter((s) => s.hours !== null);
  if (unknown.length > 0) {
    const totals = known.map((s) => `${s.name} is open ${s.hours} ${plural(s.hours!, 'hour')} a week`);
    return `My sources don't give ${joinAnd(unknown.map((s) => `${s.name}'s`))} opening hours, so I can't say which is open longer${totals.length > 0 ? `: ${joinAnd(totals)}` : ''}.`;
  }
  if (verdict!.allEqual) {
    const cells = new Set(answer.answers.map(weekCell));
    const each = `${said[0].hours} ${plural(said[0].hours!, 'hour')} a week each`;
    return cells.size === 1 ? `${joinAnd(said.map((s) => s.name))} have the same hours: ${[...cells][0]}, ${each}.` : `${joinAnd(said.map((s) => s.name))} are open for as long as each other: ${each}.`;
  }
  const leaders = said.filter((s) => verdict!.leaders.includes(s.id));
  const rest = said.filter((s) => !verdict!.leaders.includes(s.id));
  const one = leaders.length === 1;
  const verb = rankVerb('longer', one, verdict!.lesser === true);
  return `${joinAnd(leaders.map((s) => s.name))} ${verb}: ${leaders[0].hours} ${plural(leaders[0].hours!, 'hour')} a week${one ? '' : ' each'}, against ${joinAnd(rest.map((s) => `${s.hours} at ${s.name}`))}.`;
}

/** A counter's week of hours: `24 hours, every day`, `Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00`, `closed`. */
function weekCell(answer: ComparedAnswer): string {
  const { status } = answer;
  if (status.counter !== 'open' || !status.hours) return 'closed';
  return status.hours.is24x7 ? '24 hours, every day' : scheduleText(status.hours.schedule);
}

/** What leading on a rank is: "is open longer", "are open later", "opens earlier", "is open"; the lesser: "has shorter hours", "closes earlier", "opens later". */
function rankVerb(rank: ComparisonRank, one: boolean, lesser = false): string {
  if (rank === 'open') return one ? 'is open' : 'are open';
  if (lesser && rank === 'longer') return one ? 'has shorter hours' : 'have shorter hours';
  if (lesser && rank === 'later') return one ? 'closes earlier' : 'close earlier';
  if (lesser) return one ? 'opens later' : 'open later';
  if (rank === 'longer') return one ? 'is open longer' : 'are open longer';
  if (rank === 'later') return one ? 'is open later' : 'are open later';
  return one ? 'opens earlier' : 'open earlier';
}

/**
 * A yes or no asked of the counters, answered first: "Yes, Lewisham is open later now: ..." (asked "is lewisham open later
 * than brixton?"), "No, their hours differ: ..." (asked "do they have the same hours?"), "Yes, both are open now." Null when
 * nothing was asked yes or no, or a name was not found (the verdict and the note say what is known).
 */
function settledText(answer: ComparisonAnswer, verdict: string, on: string): string | null {
  const { settles, verdict: v } = answer;
  if (!settles || !v || !verdict || answer.unanswered.length > 0) return null;
  const first = answer.answers[0].status.station.id;
  const n = answer.answers.length;
  switch (settles) {
    case 'more':
      return answered(!v.allEqual && v.leaders.length === 1 && v.leaders[0] === first, verdict);
    case 'as-much':
      return answered(v.leaders.includes(first), verdict);
    case 'all':
      // "Both are open now." -> "Yes, both are open now."; "Only Croydon is open" answers on its own.
      return v.leaders.length === n || v.leaders.length === 0 ? `${v.leaders.length === n ? 'Yes' : 'No'}, ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}` : verdict;
    case 'same':
    case 'different': {
      const cells = answer.answers.map(verdictCell);
      const at = on ? ` ${on}` : '';
      const same = new Set(cells).size === 1;
      const yes = same === (settles === 'same') ? 'Yes' : 'No';
      if (same) return `${yes}, ${joinAnd(answer.answers.map((a) => shortStationName(a.status.station)))} have the same hours${at}: ${cells[0]}.`;
      return `${yes}, their hours differ${at}: ${answer.answers.map((a, i) => `${shortStationName(a.status.station)} ${cells[i]}`).join('; ')}.`;
    }
    default:
      return null;
  }
}

/**
 * One or more of the counters compared has closed: that settles the question first ("Wembley: Harrow's front counter
 * closed on 28 February 2026."; "Brixton: open 09:00–19:00 on Sunday; Harrow's front counter closed on ..."; "Neither:
 * ..."). With two or more still open, their own verdict leads and the closure is the next line. Null when none has closed.
 */
function closedFirst(answer: ComparisonAnswer, verdict: string, said: { answer: ComparedAnswer; short: string; words: string }[], on: string): { headline?: string; line?: string; standsIn?: true } | null {
  const closed = answer.answers.filter((a) => a.status.counter === 'closed');
  if (closed.length === 0) return null;
  const open = said.filter((s) => s.answer.status.counter === 'open');
  const closures = joinAnd(closed.map((a, i) => `${shortStationName(a.status.station)}'s${i === 0 ? ' front counter' : ''} closed${a.status.since ? ` ${onDate(a.status.since)}` : ''}`));
  if (open.length >= 2) return { line: `${capitalise(closures)}.` };
  const rank = answer.verdict?.rank;
  // "is kensington or chelsea open": a closed counter and a place with none, whose nearest counter stands in for it: the
  // closure first, then that counter named as the place's nearest, never "Only Hammersmith is open" as if it were asked.
  const standIn = rank === 'open' ? answer.unanswered.find((u) => u.nearest && open.some((s) => s.answer.status.station.id === u.nearest!.station.id)) : undefined;
  if (standIn?.nearest && answer.verdict) {
    const isOpen = answer.verdict.leaders.includes(standIn.nearest.station.id);
    const at = on ? ` ${on}` : '';
    return {
      standsIn: true,
      headline: `${capitalise(closures)}, and ${standIn.text} has no front counter of its own: the nearest is ${shortStationName(standIn.nearest.station)}, ${distanceText(standIn.nearest)} away, ${isOpen ? 'open' : 'not open'}${at}.`,
    };
  }
  // "which is open now?": the verdict says which is open at the moment asked, the closure why the other is not.
  if (rank === 'open' && verdict) return { headline: `${verdict.replace(/\.$/, '')}: ${closures}.` };
  // "which is open longer, harrow or wembley?": the one still open leads on any rank, the closure says why.
  // Asked the lesser ("which shuts first"), the one still open is not it: its hours and the closure are said instead.
  if (open.length === 1) return { headline: rank && !answer.verdict?.lesser ? `${open[0].short} ${rankVerb(rank, true)}: ${closures}.` : `${open[0].short}: ${open[0].words}; ${closures}.` };
  return { headline: `${answer.answers.length === 2 ? 'Neither' : 'None of them'}${rank ? '' : answer.answers.length === 2 ? ' is open' : ' are open'}: ${closures}.` };
}

function unansweredText(u: ComparisonAnswer['unanswered'][number], answered: string[]): string {
  const only = `so I've answered for ${joinAnd(answered)} only`;
  switch (u.reason) {
    case 'ambiguous':
      return `"${u.text}" could be ${joinAnd(u.candidates.map((c) => c.label), 'or')}: ask again with the one you mean.`;
    case 'not-a-counter':
      if (u.nearest) return `${u.text} has no front counter of its own: the nearest is ${shortStationName(u.nearest.station)}, ${distanceText(u.nearest)} away.`;
      return `"${u.text}" is not a police front counter, ${only}.`;
    case 'not-found':
      return `I couldn't find a front counter called "${u.text}", ${only}.`;
  }
}

/** Special days have no hours in the data: said once, before the usual hours of that weekday. */
function specialDayNote(answer: HoursAnswer): string {
  const special = answer.specialDay!;
  return `The data has no special-day hours for ${specialDayName(special)}, so I can't say whether these counters open as usual then. Check met.police.uk before you travel.`;
}

function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0];
}

/** The first sentences that fit. */
function spoken(parts: string[]): string {
  let out = '';
  for (const part of parts.filter(Boolean)) {
    const next = out ? `${out} ${part}` : part;
    if (next.length > MAX_SPOKEN) break;
    out = next;
  }
  return out || parts.find(Boolean) || '';
}

/** The places an ambiguous name may mean first, then a next question about each of the first two counters. */
function suggestionsFor(answer: ComparisonAnswer, asked: HoursAnswer | null): string[] {
  const choices = answer.unanswered.flatMap((u) => u.candidates.map((c) => `${shortStationName({ name: c.label })} opening hours`));
  const moment = asked?.when.kind === 'now';
  const next = answer.answers.slice(0, 2).map((a) => {
    const short = shortStationName(a.status.station);
    if (a.status.counter !== 'open') return `Nearest open desk to ${short}`;
    return moment ? `${short} hours this week` : `Is ${short} open now?`;
  });
  return [...choices, ...next, 'Which desks are open 24/7?'];
}
