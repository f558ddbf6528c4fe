/**
 * "Plumstead police open Sunday?", "Hayes open now?", "weekend hours",
 * "hours this week", "open on Christmas Day?": the requested day, weekend,
 * week or moment, in London time, with the usual hours beside it. A closed
 * counter gets the status answer; unknown hours are said to be unknown.
 */
import { DateTime } from 'luxon';
import type { Answer } from '../../answers/answer';
import { LONDON_ZONE, formatLondonDay, formatLondonTime, weekTable, type DayHours } from '../../stations/openingHours';
import { actionsOrNull, directionsUrl, openUrl, sourceActions, textBlock, warningBlock, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { contactNumber } from '../format/contacts';
import { answerInstant, formatDate, londonDateTime } from '../format/dates';
import { dayHoursCell, dayHoursText, dayLabel, scheduleText, spokenHours, stateText } from '../format/hours';
import { focusText } from '../format/hoursFocus';
import { addressLine, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine, sourcesLine } from '../format/sources';
import { bold, capitalise, lowerFirst, sentence } from '../format/text';
import { describeNearby } from '../parts/nearby';
import { describeStatus, openedLine } from '../parts/status';
import { specialDayName } from '../format/moment';
import type { RenderContext, ReplyDraft } from '../reply';
import { statusDraft } from './stationStatus';

type HoursAnswer = Extract<Answer, { kind: 'station-hours' }>;

interface Main {
  /** With **bold** station name. */
  text: string;
  /** For the card: no markdown, the station is the card's title. */
  line: string;
  color: 'Good' | 'Attention' | 'Default';
}

/** Residents may not know a counter moved or reopened lately (Newham's at Stratford since 2024): say so. */
const RECENT_OPENING_YEARS = 5;

function recentOpening(status: HoursAnswer['status'], now: DateTime): string {
  const opened = status.openedBy;
  if (!opened || londonDateTime(opened.date) < now.minus({ years: RECENT_OPENING_YEARS })) return '';
  return openedLine(opened);
}

export function renderStationHours(answer: HoursAnswer, _context: RenderContext): ReplyDraft {
  const { status } = answer;
  if (status.counter !== 'open' || !status.hours) {
    // Closed, never open, or open with hours nobody published: the status answer says which, honestly.
    return statusDraft({ status, nearby: answer.nearby, contacts: answer.contacts, dating: answer });
  }

  const now = answerInstant(answer.at, answer.asOf);
  const hours = status.hours;
  const name = status.station.name;
  const short = shortStationName(status.station);
  const usual = hours.is24x7 ? 'It is open 24 hours a day, every day.' : `Usual hours: ${scheduleText(hours.schedule)}.`;
  const words = describeStatus(status);
  const special = answer.specialDay ? specialDayText(answer) : null;
  const focus = answer.focus ?? null;
  const focused = focus && !special && answer.when.kind !== 'date' && answer.when.kind !== 'weekday' ? focusText(hours.schedule, focus) : null;
  const focusLine = focused ? `${bold(name)} ${focused}.` : '';
  const main = special ? null : mainAnswer(answer, now, focused !== null);
  const nearby = describeNearby(answer.nearby, now, 'Other counters near it:');
  const week = answer.week ?? weekTable(hours.schedule);
  const address = addressLine(status.station);

  const state = answer.state;
  // For a week or weekend the focus ("open late?") is the answer and leads; for a moment it follows.
  const manyDays = answer.when.kind === 'week' || answer.when.kind === 'weekend';
  const paragraphs = [
    ...(special ?? []),
    manyDays ? focusLine : '',
    main?.text ?? '',
    manyDays ? '' : focusLine,
    answer.when.kind === 'week' || special || (hours.is24x7 && state) ? '' : usual,
    address ? `Address: ${address}.` : '',
    recentOpening(status, now),
    ...words.warnings,
    ...words.extra,
    nearby.list ?? '',
    nearby.note ?? '',
    sourcesLine(hours.sources.length > 0 ? hours.sources : status.sources),
    freshnessLine({ ...answer, asOf: status.asOf }, status.beyondSources),
  ];

  const location = status.station.location;
  const card = fillTemplate(CARD_TEMPLATES.hours, {
    title: `${name}: opening hours`,
    asOfLine: asOfLine(answer, now),
    answerLine: focused ? `${focused.charAt(0).toUpperCase()}${focused.slice(1)}.` : (main?.line ?? null),
    answerColor: main?.color ?? 'Default',
    noteLines: [...(special ?? []).map((t) => warningBlock(t)), ...words.warnings.map(warningBlock), ...words.extra.map((t) => textBlock(t, { size: 'Small' }))],
    weekFacts: week.map((row): Fact => ({ title: row.dayName, value: row.text })),
    address,
    nearbyFacts: nearby.facts,
    nearbyNote: nearby.note ?? '',
    footer: freshnessFooter({ ...answer, asOf: status.asOf }, status.beyondSources),
    actions: actionsOrNull([
      ...sourceActions(hours.sources.length > 0 ? hours.sources : status.sources),
      ...(location ? [openUrl('Directions', directionsUrl(location))] : []),
      openUrl('met.police.uk', MET_URL),
    ]),
  });

  const usualSpoken = hours.is24x7 ? 'open 24 hours a day, every day.' : `usually open ${spokenHours(lowerFirst(scheduleText(hours.schedule)))}.`;
  const spoken = special
    ? special.slice(0, 2).join(' ')
    : manyDays
      ? focused
        ? `${name} ${focused}.`
        : `${name} is ${usualSpoken}`
      : `${main?.text ?? ''} ${focused ? `It ${focused}.` : hours.is24x7 && state ? '' : `It is ${usualSpoken}`}`;
  return {
    paragraphs,
    speak: `${spoken} ${nearby.spoken ?? ''}`,
    card,
    suggestions: hoursSuggestions(answer, short, nearby.offered),
  };
}

function asOfLine(answer: HoursAnswer, now: DateTime): string {
  if (answer.when.kind === 'now') return `As of ${formatLondonTime(now)} on ${formatLondonDay(now)} ${now.toFormat('yyyy')} (London time)`;
  return `As of ${formatDate(answer.asOf)}`;
}

function dayLine(name: string, day: DayHours, now: DateTime): string {
  const label = dayLabel(day.date, now);
  // "today (Thursday 26 November)" reads without "on"; "Sunday 29 November" with it.
  const on = /^(today|tomorrow|yesterday)\b/.test(label) ? label : `on ${label}`;
  const text = dayHoursText(day);
  if (!text) return `${name} is closed ${on}.`;
  if (text === '24 hours') return `${name} is open 24 hours ${on}.`;
  return `${name} is open ${on} ${text}.`;
}

/** The answer to the question asked; `focused` when a focus line already leads (then the week's summary is shorter). */
function mainAnswer(answer: HoursAnswer, now: DateTime, focused: boolean): Main | null {
  const name = answer.status.station.name;
  const { when, state, days } = answer;

  switch (when.kind) {
    case 'now': {
      if (!state) return null;
      const said = stateText(state, now);
      return { text: `${bold(name)} is ${said}.`, line: capitalise(sentence(said)), color: state.open ? 'Good' : 'Attention' };
    }
    case 'instant': {
      if (!state) return null;
      const moment = DateTime.fromISO(when.iso, { zone: LONDON_ZONE }).setLocale('en-GB');
      const day = moment.isValid ? dayLabel(moment.toISODate() ?? answer.asOf, now) : '';
      const on = /^(today|tomorrow|yesterday)/.test(day) ? day : `on ${day}`;
      const at = moment.isValid ? `At ${formatLondonTime(moment)} ${on}` : capitalise(when.label);
      // "Until 22:00" reads from the moment asked; a next opening is named from the resident's today
      // ("opens at 10:00 tomorrow", even when asked about 07:00 tomorrow).
      const said = stateText(state, state.open && moment.isValid ? moment : now, '');
      return { text: `${at}, ${bold(name)} is ${said}.`, line: `${at}: ${said}.`, color: state.open ? 'Good' : 'Attention' };
    }
    case 'date':
    case 'weekday': {
      const day = days[0];
      if (!day) return null;
      return {
        text: dayLine(bold(name), day, now),
        line: `${capitalise(dayLabel(day.date, now))}: ${dayHoursCell(day)}`,
        color: day.closedAllDay ? 'Attention' : 'Good',
      };
    }
    case 'weekend': {
      if (days.length === 0) return null;
      const lines = days.map((d) => `- ${capitalise(dayLabel(d.date, now))}: ${dayHoursCell(d)}`);
      return { text: [`At the weekend, ${bold(name)} is open:`, ...lines].join('\n'), line: days.map((d) => `${d.dayName}: ${dayHoursCell(d)}`).join('; '), color: 'Default' };
    }
    case 'week': {
      const rows = answer.week ?? (answer.status.hours ? weekTable(answer.status.hours.schedule) : []);
      const lines = rows.map((r) => `- ${r.dayName}: ${r.text}`);
      const schedule = answer.status.hours ? scheduleText(answer.status.hours.schedule) : null;
      const summary = !schedule ? `Opening hours of ${bold(name)}:` : focused ? `Its hours: ${schedule}.` : `${bold(name)} is ${/^open\b/i.test(schedule) ? '' : 'open '}${lowerFirst(schedule)}.`;
      return { text: `${summary}\n\n${['Day by day:', ...lines].join('\n')}`, line: '', color: 'Default' };
    }
  }
}

/**
 * Bank holidays and Christmas: the data has no special-day hours, so say so,
 * give the usual hours for that weekday, and point to met.police.uk and 999/101.
 */
function specialDayText(answer: HoursAnswer): string[] {
  const special = answer.specialDay!;
  const name = answer.status.station.name;
  const day = answer.days[0];
  const hours = answer.status.hours;
  const usualThatDay = day && special.date ? dayHoursText(day) : undefined;
  const usual =
    usualThatDay !== undefined
      ? `On a usual ${day.dayName} it is ${usualThatDay === null ? 'closed' : usualThatDay === '24 hours' ? 'open 24 hours' : `open ${usualThatDay}`}.`
      : `Its usual hours: ${hours ? scheduleText(hours.schedule) : 'not known'}.`;
  const n999 = contactNumber(answer.contacts, 'emergency');
  const n101 = contactNumber(answer.contacts, 'nonEmergency');
  return [
    `${bold(name)}: the data has no special-day hours for ${specialDayName(special)}, so I can't say whether the counter opens as usual then.`,
    usual,
    `Check met.police.uk before you travel. ${n999} (emergency) and ${n101} or met.police.uk (non-emergency) are always available.`,
  ];
}

function hoursSuggestions(answer: HoursAnswer, short: string, offered: string[]): string[] {
  const { when, state, status } = answer;
  if (status.hours?.is24x7) return ['Which desks are open 24/7?', `${short} address`, 'How do I report a crime?'];
  const closedNow = state !== null && !state.open;
  const out = [
    ...(closedNow && offered[0] ? [`Is ${offered[0]} open now?`] : []),
    when.kind === 'now' ? '' : `Is ${short} open now?`,
    when.kind === 'weekend' ? '' : `${short} weekend hours`,
    when.kind === 'week' ? '' : `${short} hours this week`,
    `Nearest 24-hour desk to ${short}`,
  ];
  return out.filter(Boolean);
}
