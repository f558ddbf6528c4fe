/**
 * "Plumstead police open Sunday?", "Hayes open now?", "weekend hours",
 * "hours this week", "open on Christmas Day?": the day, weekend, week or
 * moment asked, in London time, then the usual hours. A closed counter gets
 * the status answer; unknown hours are said to be unknown.
 */
import { DateTime } from 'luxon';
import type { Answer } from '../../answers/answer';
import { alike, type DayEdges } from '../../answers/daysCompared';
import { DAY_NAMES, formatLondonDay, formatLondonTime, weekTable, type DayHours } from '../../stations/openingHours';
import { WEEKDAYS } from '../../stations/hours/schedule';
import { directionsUrl, type Fact } from '../cards/elements';
import { contactNumber } from '../format/contacts';
import { answerInstant, formatDate, londonDateTime } from '../format/dates';
import { dayHoursCell, dayHoursText, dayLabel, scheduleText, spokenHours, stateText, whenText } from '../format/hours';
import { focusText } from '../format/hoursFocus';
import { onDayText, PART_WORDS, partOfDayText, specialDayName, timeSaid } from '../format/moment';
import { addressLine, shortStationName } from '../format/names';
import { bold, capitalise, joinAnd, lowerFirst, plural } from '../format/text';
import { describeNearby } from '../parts/nearby';
import { describeStatus, newCounterLine } from '../parts/status';
import { answered, continuing, openAskedIsSo } from '../parts/yesNo';
import type { StatusYesNo, YesNoAsked } from '../../understanding/question';
import type { AnswerSections, Badge } from '../sections';
import { statusSections } from './stationStatus';

type HoursAnswer = Extract<Answer, { kind: 'station-hours' }>;

export function renderStationHours(answer: HoursAnswer): AnswerSections {
  const { status } = answer;
  if (status.counter !== 'open' || !status.hours) {
    // Closed, never open, or open with hours nobody published: the status answer says which, honestly.
    return statusSections({ status, nearby: answer.nearby, contacts: answer.contacts, dating: answer, yesNo: status.counter === 'open' ? null : statusAsked(answer.yesNo), moves: answer.moves });
  }

  const now = answerInstant(answer.at, answer.asOf);
  const today = now.toISODate() ?? answer.asOf;
  const hours = status.hours;
  const short = shortStationName(status.station);
  const meaning = describeStatus(status, today);
  const usual = hours.is24x7 ? 'Open 24 hours a day, every day.' : `Usual hours: ${scheduleText(hours.schedule)}.`;
  const focus = answer.focus ?? null;
  const focused = focus && !answer.specialDay && (focus === 'break' || focus === 'season' || (answer.when.kind !== 'date' && answer.when.kind !== 'weekday')) ? focusText(hours.schedule, focus) : null;
  const main = answer.specialDay ? specialDayAnswer(answer) : (daysComparedAnswer(answer) ?? roundTheClockAnswer(answer, now) ?? asked(answer, now, focused));
  const closedThen = main.badge?.text === 'Closed';
  const nearby = describeNearby(closedThen ? answer.nearby : null, now);

  const keyLines = [
    ...main.keyLines,
    meaning.mustKnow,
    // For a week or the usual hours asked, the headline gave them already; the closing times asked about say enough.
    answer.when.kind === 'week' || answer.specialDay || (hours.is24x7 && answer.state) || focused || main.givesHours ? null : usual,
    closedThen ? nearby.lines[0] : null,
    newCounterLine(status, today),
    meaning.upcoming[0],
  ];
  const week = answer.week ?? weekTable(hours.schedule);
  const address = addressLine(status.station);
  const location = status.station.location;

  return {
    headline: main.headline,
    keyLines: keyLines.filter((l): l is string => Boolean(l)).slice(0, 2),
    card: {
      title: `${status.station.name}: opening hours`,
      badge: main.badge,
      asOfLine: answer.when.kind === 'now' ? `As of ${formatLondonTime(now)} London time, ${formatLondonDay(now)} ${now.toFormat('yyyy')}` : `As of ${formatDate(answer.asOf)}; times are London time`,
      facts: { heading: hours.is24x7 ? 'Open 24 hours a day (London time)' : 'Usual weekly hours (London time)', facts: week.map((row): Fact => ({ title: row.dayName, value: row.text })) },
      alternatives: closedThen ? { heading: 'Other counters near it', facts: nearby.facts, note: nearby.note } : null,
      links: location ? [{ title: 'Directions', url: directionsUrl(location) }] : [],
    },
    details: [address ? `Address: ${address}.` : null, ...meaning.history, ...meaning.upcoming.slice(1)].filter((l): l is string => Boolean(l)),
    cautions: meaning.cautions,
    sources: { cited: meaning.cited, publishers: answer.publishers },
    dating: { asOf: status.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: status.beyondSources },
    speak: main.speak,
    suggestions: hoursSuggestions(answer, short, nearby.offered),
  };
}

interface Asked {
  headline: string;
  keyLines: string[];
  badge: Badge | null;
  speak?: string;
  /** The headline gives the usual hours already. */
  givesHours?: boolean;
}

const OPEN: Badge = { text: 'Open', color: 'Good' };
const CLOSED: Badge = { text: 'Closed', color: 'Attention' };

/** "today, Thursday 26 November" reads without "on"; "Sunday 29 November" with it. */
function onDay(label: string): string {
  return /^(today|tomorrow|yesterday)\b/.test(label) ? label : `on ${label}`;
}

/** A moment asked as the end of the opening ("open till 7 on saturday?"): understanding puts it a minute before. */
const UNTIL_LABEL = /^until /;

/**
 * "Is Brixton open till 7 on Saturday?": yes, and until when; or no, and that day's hours. `moment` is the minute
 * before the time named, as understanding asks it.
 */
function openUntilAnswer(answer: HoursAnswer, moment: DateTime, now: DateTime, isSo: (open: boolean) => boolean | null): Asked {
  const name = bold(answer.status.station.name);
  const state = answer.state!;
  const until = moment.plus({ minutes: 1 });
  const on = onDay(dayLabel(until.toISODate() ?? answer.asOf, now).replace(/^(today|tomorrow|yesterday), (.*)$/, '$1 ($2)'));
  if (state.open) {
    const closes = state.closesAt ? `open ${on} ${stateText(state, moment, '').replace(/^open, /, '')}` : `open 24 hours a day`;
    return { headline: answered(isSo(true), `${name} is ${closes}.`), keyLines: [], badge: OPEN };
  }
  const day = answer.days[0];
  const hours = day ? `open ${dayHoursCell(day)} ${on}` : `closed at ${formatLondonTime(until)} ${on}`;
  return { headline: answered(isSo(false), `${name} is ${hours}, so not until ${formatLondonTime(until)}.`), keyLines: [], badge: CLOSED, givesHours: day !== undefined };
}

/**
 * "Does Ilford close at 10 tonight?", "does brixton shut at 6 on saturday?": a closing time asked as yes or no, against
 * that day's one closing time ("Yes, ... closes at 22:00 today"; "No, ... closes at 19:00 tomorrow"). Null when the
 * question is another (an opening time, "open until", a yes or no of its own) or the day has no single opening.
 */
function closesAtAnswer(answer: HoursAnswer, moment: DateTime, now: DateTime): Asked | null {
  if (answer.focus !== 'closing' || answer.yesNo) return null;
  const day = answer.days.find((d) => d.date === moment.toISODate());
  if (!day) return null;
  const name = bold(answer.status.station.name);
  // "Does Lewisham close at 10 tonight?": a counter open round the clock does not close at all.
  if (day.allDay && answer.status.hours?.is24x7) return { headline: `No, ${name} doesn't close: it is open 24 hours a day.`, keyLines: [], badge: OPEN };
  if (day.allDay || day.closedAllDay || day.intervals.length !== 1 || day.intervals[0].fromPreviousDay) return null;
  const closes = formatLondonTime(day.intervals[0].close);
  const on = onDayText(day.date, now);
  // "Does it close before 8pm?": the moment is the minute before the time said, so closing by then is closing before it.
  const before = answer.when.kind === 'instant' && answer.when.before === true;
  const so = before ? day.intervals[0].close <= timeSaid(moment, true) : closes === formatLondonTime(moment);
  return { headline: `${so ? 'Yes' : 'No'}, ${name} closes at ${closes} ${on}.`, keyLines: [], badge: null };
}

/**
 * "What time does it close then?" after "is ilford open sunday", "when does ilford open on sunday": the closing (or
 * opening) time asked of a day leads ("closes at 19:00 on Sunday 6 December"), that day's hours beside it, rather than
 * the hours alone, which leave the resident to pick the time out. A time already gone today is said in the past
 * ("closed at 22:00 today"). Null (the day's hours, as before) for a day closed, open round the clock, or opening
 * the night before.
 */
function dayEdgeAnswer(answer: HoursAnswer, day: DayHours, now: DateTime, on: string, isSo: (open: boolean) => boolean | null): Asked | null {
  const focus = answer.focus;
  if ((focus !== 'closing' && focus !== 'opening') || day.allDay || day.closedAllDay || day.intervals.length === 0) return null;
  const first = day.intervals[0];
  const last = day.intervals[day.intervals.length - 1];
  if (first.fromPreviousDay || formatLondonTime(last.close) === '00:00' || last.close.setZone('Europe/London').toISODate() !== day.date) return null;
  const instant = focus === 'closing' ? last.close : first.open;
  const gone = instant < now;
  const verb = focus === 'closing' ? (gone ? 'closed' : 'closes') : gone ? 'opened' : 'opens';
  const name = bold(answer.status.station.name);
  return { headline: answered(isSo(true), `${name} ${verb} at ${formatLondonTime(instant)} ${on} (open ${dayHoursCell(day)}).`), keyLines: [], badge: OPEN };
}

/** The answer to the question asked: the moment, the day, the weekend or the week. */
function asked(answer: HoursAnswer, now: DateTime, focused: string | null): Asked {
  const status = answer.status;
  const name = bold(status.station.name);
  const hours = status.hours!;
  const { when, state, days } = answer;
  const isSo = (open: boolean) => openAskedIsSo(answer.yesNo, open);

  switch (when.kind) {
    case 'now': {
      if (!state) break;
      const until = timeLeftAnswer(answer, now);
      if (until) return until;
      const said = stateText(state, now);
      return { headline: answered(isSo(state.open), `${name} is ${said}.`), keyLines: focused ? [`It ${focused}.`] : [], badge: state.open ? OPEN : CLOSED };
    }
    case 'instant': {
      if (!state) break;
      const moment = londonDateTime(when.iso);
      if (UNTIL_LABEL.test(when.label) && moment.isValid) return openUntilAnswer(answer, moment, now, isSo);
      const closesAt = moment.isValid ? closesAtAnswer(answer, moment, now) : null;
      if (closesAt) return closesAt;
      const at = moment.isValid ? `${when.before ? 'Before' : 'At'} ${formatLondonTime(timeSaid(moment, when.before))} ${onDay(dayLabel(moment.toISODate() ?? answer.asOf, now).replace(/^(today|tomorrow|yesterday), (.*)$/, '$1 ($2)'))}` : capitalise(when.label);
      // "Until 22:00" reads from the moment asked; a next opening is named from the resident's today.
      const said = stateText(state, state.open && moment.isValid ? moment : now, '');
      const headline = answer.otherHalf && moment.isValid ? eitherHalfText(answer, isSo, `${at}, ${name} is ${said}.`) : answered(isSo(state.open), `${at}, ${name} is ${said}.`);
      return { headline, keyLines: focused ? [`It ${focused}.`] : [], badge: state.open ? OPEN : CLOSED };
    }
    case 'date':
    case 'weekday': {
      const day = days[0];
      if (!day) break;
      // "What time does it close tonight?" asks for the time, which the day's hours give; "open saturday evening?" the part.
      if (answer.partOfDay && (answer.focus === null || answer.focus === 'late')) return partOfDayAnswer(answer, day, now, isSo);
      const on = onDay(dayLabel(day.date, now));
      const text = dayHoursText(day);
      const edge = dayEdgeAnswer(answer, day, now, on, isSo);
      if (edge) return edge;
      // "was croydon open yesterday?": a day gone by is said in the past tense.
      const is = day.date < (now.toISODate() ?? answer.asOf) ? 'was' : 'is';
      const said = !text ? `${name} ${is} closed ${on}.` : text === '24 hours' ? `${name} ${is} open 24 hours ${on}.` : `${name} ${is} open ${on}, ${dayHoursCell(day)}.`;
      return { headline: answered(isSo(text !== null), said), keyLines: [], badge: text ? OPEN : CLOSED };
    }
    case 'weekend': {
      if (days.length === 0) break;
      if (focused) return { headline: `${name} ${focused}.`, keyLines: [], badge: null };
      const cells = days.map((d) => `${capitalise(dayLabel(d.date, now))} ${lowerFirst(dayHoursCell(d))}`);
      return { headline: weekendAnswer(answer, now, `At the weekend ${name} is open: ${cells.join('; ')}.`), keyLines: [], badge: null };
    }
    case 'week': {
      // "when does walworth open", asked while it is closed: the next opening answers first.
      if (focused && answer.stateNow && !answer.stateNow.open && !hours.is24x7) return { headline: `${name} is ${stateText(answer.stateNow, now)}. It ${focused}.`, keyLines: [], badge: CLOSED };
      if (focused) return { headline: `${name} ${focused}.`, keyLines: [], badge: null };
      if (hours.is24x7) return { headline: answered(isSo(true), `${name} is open 24 hours a day, every day.`), keyLines: [], badge: null };
      // "Is it open every day?": yes when every day of the week has hours, else the days it is closed.
      const schedule = hours.schedule;
      const closedDays = schedule.kind === 'weekly' ? WEEKDAYS.filter((d) => !schedule.intervals.some((v) => v.weekday === d)).map((d) => `${DAY_NAMES[d]}s`) : [];
      const said = `${name} is open ${lowerFirst(scheduleText(hours.schedule))}.`;
      // Yes or no only when every day was asked: "is it open during the week?" is not answered by its Sunday.
      if (!when.everyDay || (answer.yesNo !== 'open' && answer.yesNo !== 'closed')) return { headline: said, keyLines: [], badge: null };
      const statement = closedDays.length === 0 ? `${name} is open every day: ${lowerFirst(scheduleText(hours.schedule))}.` : `${name} is closed on ${joinAnd(closedDays)}: ${lowerFirst(scheduleText(hours.schedule))}.`;
      return { headline: answered(isSo(closedDays.length === 0), statement), keyLines: [], badge: null };
    }
  }
  return { headline: `${name}: ${scheduleText(hours.schedule)}.`, keyLines: [], badge: null };
}

/**
 * An hour said without am or pm ("is brixton open at 8 on sunday"): the answer for the hour taken, as before, then the
 * other half of the day beside it: the same ("At 20:00 it is closed too: open 09:00–19:00 that day."; "At 03:00 it is
 * open too.") or not ("If you meant 21:00, it is open then, until 22:00."; open at the hour taken, the other said by the
 * day's hours, so a yes is not followed by a no: "If you meant 21:00, that is outside its hours (09:00–19:00 that day).").
 */
function eitherHalfText(answer: HoursAnswer, isSo: (open: boolean) => boolean | null, taken: string): string {
  const state = answer.state!;
  const other = answer.otherHalf!;
  const otherMoment = londonDateTime((answer.when as Extract<HoursAnswer['when'], { kind: 'instant' }>).otherHalf!);
  const otherAt = formatLondonTime(otherMoment);
  const first = answered(isSo(state.open), taken);
  const day = answer.days[0];
  const text = day ? dayHoursText(day) : null;
  if (other.open) return state.open ? `${first} At ${otherAt} it is open too.` : `${first} If you meant ${otherAt}, it is open then, ${stateText(other, otherMoment, '').replace(/^open, /, '')}.`;
  if (state.open) return `${first} If you meant ${otherAt}, that is outside its hours${day && text !== null && text !== '24 hours' ? ` (${dayHoursCell(day)} that day)` : ''}.`;
  const hours = !day ? '' : text === null ? ': closed all day' : `: open ${dayHoursCell(day)} that day`;
  return `${first} At ${otherAt} it is closed too${hours}.`;
}

/**
 * "Is Brixton open saturday evening?", "ilford sunday morning?": open for the whole of that part of the day (Yes), for
 * none of it (No, with that day's hours), or for some of it, said first ("Only until 19:00 in the evening", "From 09:00
 * in the morning"), then that day's hours.
 */
function partOfDayAnswer(answer: HoursAnswer, day: DayHours, now: DateTime, isSo: (open: boolean) => boolean | null): Asked {
  const part = answer.partOfDay!;
  const name = bold(answer.status.station.name);
  const is = day.date < (now.toISODate() ?? answer.asOf) ? 'was' : 'is';
  const when = partOfDayText(day.date, part.part, now);
  const cell = dayHoursText(day) === '24 hours' ? 'open 24 hours' : dayHoursCell(day);
  if (part.open.length === 0) {
    const that = dayHoursText(day) === null ? `${is} closed all day` : `${is} open ${cell} that day`;
    return { headline: answered(isSo(false), `${name} ${is} closed ${when}: it ${that}.`), keyLines: [], badge: CLOSED, givesHours: true };
  }
  if (part.whole) {
    // Open all that part: until when it closes that day (a 24-hour day says so).
    const closes = dayHoursText(day) === '24 hours' ? null : day.intervals.at(-1)?.close;
    const until = closes ? `, until ${formatLondonTime(closes)} (${cell} that day)` : `: ${cell} that day`;
    return { headline: answered(isSo(true), `${name} ${is} open ${when}${until}.`), keyLines: [], badge: OPEN, givesHours: true };
  }
  const time = (iso: string) => formatLondonTime(londonDateTime(iso));
  const first = part.open[0];
  const last = part.open[part.open.length - 1];
  // Closing in the part: only until then; opening in it and staying open: from then; both: only between.
  const lead = part.startsOpen ? `Only until ${time(first.to)}` : part.endsOpen ? `From ${time(last.from)}` : `Only ${time(first.from)}–${time(last.to)}`;
  return { headline: `${lead} ${PART_WORDS[part.part]}: ${name} ${is} open ${onDay(dayLabel(day.date, now))}, ${cell}.`, keyLines: [], badge: OPEN, givesHours: true };
}

/**
 * "Open at the weekend?" / "closed at the weekend?": yes or no when both days agree, else the day on which
 * what was asked is so ("Only on Saturday: ...").
 */
function weekendAnswer(answer: HoursAnswer, now: DateTime, statement: string): string {
  const so = answer.days.map((d) => openAskedIsSo(answer.yesNo, dayHoursText(d) !== null));
  if (so.some((x) => x === null)) return statement;
  if (so.every(Boolean) || so.every((x) => !x)) return answered(so[0], statement);
  const days = answer.days.filter((_, i) => so[i]).map((d) => dayLabel(d.date, now).replace(/ \d.*$/, ''));
  return `Only on ${joinAnd(days)}: ${continuing(statement)}`;
}

/**
 * "Open 24 hours?", "a 24-hour station?", "does it close at night?": yes or no on whether it is open round
 * the clock (on the days named, or every day), with its hours when it is not, and the nearest desk that is
 * next. Null for any other question.
 */
/** "30 minutes", "1 hour", "2 hours 15 minutes", "1 day 3 hours": a time left, to the minute. */
function timeLeft(from: DateTime, to: DateTime): string {
  const total = Math.max(1, Math.ceil(to.diff(from, 'minutes').minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const part = (n: number, unit: string) => (n > 0 ? `${n} ${plural(n, unit)}` : null);
  return [part(days, 'day'), part(hours, 'hour'), part(minutes, 'minute')].filter((x) => x !== null).join(' ');
}

/**
 * "How long till walworth opens?" (closed now): "In 30 minutes: Walworth Police Station opens at 09:00 today."; "how
 * long until brixton shuts?" (open now): "In 8 hours: Brixton Police Station closes at 22:00 today." The other way
 * round (asked when it opens, while it is open), the usual state says so.
 */
function timeLeftAnswer(answer: HoursAnswer, now: DateTime): Asked | null {
  const { state, untilAsked } = answer;
  if (!state || !untilAsked) return null;
  const name = bold(answer.status.station.name);
  if (state.open && untilAsked === 'closes') {
    if (!state.closesAt) return { headline: `${name} never closes: it is open 24 hours a day.`, keyLines: [], badge: OPEN };
    return { headline: `In ${timeLeft(now, state.closesAt)}: ${name} closes ${whenText(state.closesAt, now)}.`, keyLines: [], badge: OPEN };
  }
  if (!state.open && untilAsked === 'opens' && state.opensAt) {
    return { headline: `In ${timeLeft(now, state.opensAt)}: ${name} opens ${whenText(state.opensAt, now)}.`, keyLines: [], badge: CLOSED };
  }
  return null;
}

/** "On Saturdays", "at weekends", "on weekdays", "on Fridays and Saturdays": the days asked, as a habit. */
function daysAsAHabit(days: readonly DayEdges[]): string {
  const weekdays = days.map((d) => d.weekday).join(',');
  if (weekdays === '6,7') return 'at weekends';
  if (weekdays === '1,2,3,4,5') return 'on weekdays';
  return `on ${joinAnd(days.map((d) => `${d.dayName}s`))}`;
}

/** "Monday to Friday", "Saturday and Sunday", "Sunday": a run of days alike. */
function runLabel(run: readonly DayEdges[]): string {
  if (run.length === 1) return run[0].dayName;
  return run.length === 2 ? `${run[0].dayName} and ${run[1].dayName}` : `${run[0].dayName} to ${run.at(-1)!.dayName}`;
}

/** Minutes from a day's midnight as a London clock time ("09:00"; a close after midnight as the next day's time). */
function clockOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function lengthOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} ${plural(h, 'hour')}${m ? ` ${m} ${plural(m, 'minute')}` : ''}`;
}

/**
 * "Does tottenham open earlier on saturdays?": yes or no first, the days asked with their time, and the other days that
 * differ with theirs ("Yes: on Saturdays Tottenham Police Station opens at 09:00, earlier than Monday to Friday (10:00).").
 * Days asked that differ among themselves are left to the usual answer (null).
 */
function daysComparedAnswer(answer: HoursAnswer): Asked | null {
  const compared = answer.daysCompared;
  if (!compared || compared.verdict === null) return null;
  const name = bold(answer.status.station.name);
  const mine = compared.these[0];
  const edge = compared.asked.startsWith('opens') ? 'opens' : compared.asked.startsWith('closes') ? 'closes' : 'length';
  const said = (d: DayEdges): string => {
    if (d.opens === null) return 'is closed';
    if (d.allDay) return 'is open 24 hours';
    return edge === 'opens' ? `opens at ${clockOf(d.opens)}` : edge === 'closes' ? `closes at ${clockOf(d.closes!)}` : `is open for ${lengthOf(d.minutes)}`;
  };
  const valueOf = (d: DayEdges): number => (edge === 'opens' ? (d.opens ?? Infinity) : edge === 'closes' ? (d.closes ?? -Infinity) : d.minutes);
  if (compared.verdict === 'same') return { headline: `No: ${name} ${said(mine)} every day.`, keyLines: [], badge: null, givesHours: true };
  const words = edge === 'length' ? (['shorter', 'longer'] as const) : (['earlier', 'later'] as const);
  const differing = compared.others.filter((run) => !alike(run[0], mine));
  const against = words
    .map((word, i) => {
      const runs = differing.filter((run) => (i === 0 ? valueOf(mine) < valueOf(run[0]) : valueOf(mine) > valueOf(run[0])));
      const brief = (run: readonly DayEdges[]) => (edge === 'length' ? lengthOf(run[0].minutes) : run[0].opens === null ? 'closed' : clockOf(edge === 'opens' ? run[0].opens : run[0].closes!));
      return runs.length > 0 ? `${word} than ${joinAnd(runs.map((run) => `${runLabel(run)} (${brief(run)})`))}` : null;
    })
    .filter((x): x is string => x !== null);
  // The days meant as "other days" that are alike ("does romford close later on fridays": as on Monday to Thursday).
  const alikeRuns = compared.others.filter((run) => !differing.includes(run) && run.some((d) => compared.reference.includes(d.weekday)));
  const asOn = alikeRuns.length > 0 ? `, as on ${joinAnd(alikeRuns.map(runLabel))}` : '';
  const than = against.length > 0 ? `${asOn ? ';' : ','} ${joinAnd(against)}` : '';
  return {
    headline: `${compared.verdict === 'yes' ? 'Yes' : 'No'}: ${daysAsAHabit(compared.these)} ${name} ${said(mine)}${asOn}${than}.`,
    keyLines: [],
    badge: null,
    givesHours: false,
  };
}

function roundTheClockAnswer(answer: HoursAnswer, now: DateTime): Asked | null {
  const asked = answer.yesNo;
  if (asked !== 'round-the-clock' && asked !== 'closes') return null;
  const hours = answer.status.hours!;
  const name = bold(answer.status.station.name);
  const days = answer.when.kind === 'week' ? [] : answer.days;
  const always = days.length > 0 ? days.every((d) => d.allDay) : hours.is24x7;
  const isSo = asked === 'round-the-clock' ? always : !always;
  const on = days.length === 0 ? '' : answer.when.kind === 'weekend' ? ' at the weekend' : ` ${onDay(dayLabel(days[0].date, now))}`;
  const open = days.length === 0 ? scheduleText(hours.schedule) : days.map((d) => `${days.length > 1 ? `${capitalise(dayLabel(d.date, now))} ` : ''}${lowerFirst(dayHoursCell(d))}`).join('; ');
  const closing = days.length === 0 ? focusText(hours.schedule, 'closing') : null;
  const statement = always
    ? `${name} is open 24 hours${days.length === 0 ? ' a day, every day' : on}.`
    : asked === 'closes' && closing
      ? `${name} closes every day: it ${closing}.`
      : `${name} is not open 24 hours${on}: ${open}.`;
  const nearest24 = always || !answer.nearby ? null : describeNearby({ ...answer.nearby, openNow: null, openToday: null }, now).lines[0];
  return { headline: answered(isSo, statement), keyLines: nearest24 ? [nearest24] : [], badge: null, givesHours: true };
}

/** A question about the hours of a counter that is not open, as a question about its status. */
function statusAsked(asked: YesNoAsked | null): StatusYesNo | null {
  if (asked === 'open' || asked === 'round-the-clock') return 'open';
  return asked === 'closed' ? 'closed' : null;
}

/**
 * Bank holidays and Christmas: the data has no special-day hours, so say so,
 * give the usual hours for that weekday, and point to met.police.uk and 999/101.
 */
function specialDayAnswer(answer: HoursAnswer): Asked {
  const special = answer.specialDay!;
  const name = bold(answer.status.station.name);
  const day: DayHours | undefined = answer.days[0];
  const hours = answer.status.hours;
  const usualThatDay = day && special.date ? dayHoursText(day) : undefined;
  const usual =
    usualThatDay !== undefined
      ? `On a usual ${day.dayName} it is ${usualThatDay === null ? 'closed' : usualThatDay === '24 hours' ? 'open 24 hours' : `open ${usualThatDay}`}.`
      : `Its usual hours: ${hours ? scheduleText(hours.schedule) : 'not known'}.`;
  const n999 = contactNumber(answer.contacts, 'emergency');
  const n101 = contactNumber(answer.contacts, 'nonEmergency');
  const headline = `I don't have special-day hours for ${specialDayName(special)}, so I can't say whether ${name} opens as usual then.`;
  return {
    headline,
    keyLines: [usual, `Check met.police.uk before you travel; ${n999} (emergency) and ${n101} or met.police.uk (non-emergency) are always available.`],
    badge: null,
    speak: `${headline} ${spokenHours(usual)}`,
  };
}

function hoursSuggestions(answer: HoursAnswer, short: string, offered: string[]): string[] {
  const { when, state, status } = answer;
  if (status.hours?.is24x7) return [`${short} address`, 'Which desks are open 24/7?', 'How do I report a crime?'];
  const closedNow = state !== null && !state.open;
  const out = [
    ...(closedNow && offered[0] ? [`Is ${offered[0]} open now?`] : []),
    when.kind === 'now' ? '' : `Is ${short} open now?`,
    when.kind === 'weekend' ? '' : `${short} weekend hours`,
    `Nearest 24-hour desk to ${short}`,
  ];
  return out.filter(Boolean);
}
