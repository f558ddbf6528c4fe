/**
 * Which counters close at a time or soon: "which counters close at 7 on weekends", "whats closing in the next hour",
 * "which ones shut soon", and the latest closing or earliest opening ("which is open latest on saturday", "which shuts earliest"). Reads the time (an hour said without am or pm is an evening closing: counters close in the
 * evening), the days (the weekend, weekdays, or the day the moment names, else today) or the while from now.
 */
import { CLOSE_EARLIEST, CLOSES_AT_A_TIME, CLOSES_SOON, SHUT_AT_A_CLOCK_TIME, CLOSES_THAT_DAY, OPEN_EARLIEST, OPEN_LATEST, WEEKDAYS_SAID, WEEKEND_DAYS } from './lexicon';
import type { ClosingAsked, WhenAsked } from './question';

/** "soon", "shortly", "about to": an hour from now. */
const SOON_MINUTES = 60;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, 'half a': 0.5, 'half an': 0.5 };

export function readClosingAsked(text: string, when: WhenAsked | undefined, today: { date: string; weekday: number }): ClosingAsked | null {
  if (OPEN_LATEST.test(text)) return { kind: 'extreme', which: 'last', weekdays: daysAsked(text, when, today) };
  if (OPEN_EARLIEST.test(text)) return { kind: 'extreme', which: 'first', weekdays: daysAsked(text, when, today) };
  if (CLOSE_EARLIEST.test(text)) return { kind: 'extreme', which: 'first-closing', weekdays: daysAsked(text, when, today) };
  const at = CLOSES_AT_A_TIME.exec(text) ?? SHUT_AT_A_CLOCK_TIME.exec(text);
  if (at) {
    const hour = Number(at[1]);
    const minute = Number(at[2] ?? 0);
    if (hour > 23 || minute > 59) return null;
    const evening = at[3] === 'pm' || (at[3] !== 'am' && hour >= 1 && hour <= 11);
    const minutes = (evening && hour < 12 ? hour + 12 : hour === 12 && at[3] === 'am' ? 0 : hour) * 60 + minute;
    // "before 8pm": closing earlier than it; "by 7": at it or earlier.
    const before = /^\S+ before\b/.test(at[0]) ? 'strictly' : /^\S+ by\b/.test(at[0]) ? 'or-at' : undefined;
    return { kind: 'at', minutes, weekdays: daysAsked(text, when, today), ...(before ? { before } : {}) };
  }
  const soon = CLOSES_SOON.exec(text);
  // "Which close tonight?": the day's closing times, the 24-hour desks set apart (as for the latest closing).
  if (!soon && CLOSES_THAT_DAY.test(text)) return { kind: 'extreme', which: 'last', weekdays: daysAsked(text, when, today) };
  if (!soon) return null;
  const count = soon[1] === undefined ? 1 : (NUMBER_WORDS[soon[1]] ?? Number(soon[1]));
  const unit = soon[2] === undefined ? SOON_MINUTES : /^h/.test(soon[2]) ? 60 : 1;
  return { kind: 'within', minutes: soon[2] === undefined ? SOON_MINUTES : Math.max(1, Math.round(count * unit)) };
}

/** The weekend, weekdays, the day a moment names, or today (ISO weekdays, 1 = Monday). */
function daysAsked(text: string, when: WhenAsked | undefined, today: { date: string; weekday: number }): number[] {
  if (WEEKEND_DAYS.test(text)) return [6, 7];
  if (WEEKDAYS_SAID.test(text)) return [1, 2, 3, 4, 5];
  if (when?.kind === 'weekday') return [when.weekday];
  if (when?.kind === 'weekend') return [6, 7];
  // The time read as a moment may have rolled to tomorrow ("at 10" taken as 10am, already past): only a day said moves it.
  const daySaid = when?.kind === 'instant' && (/\b(?:tomorrow|tmrw|tmr)\b/.test(text) || /\bon \w+day$/.test(when.label));
  const date = when?.kind === 'date' ? when.date : daySaid && when?.kind === 'instant' ? when.iso.slice(0, 10) : today.date;
  return [date === today.date ? today.weekday : new Date(`${date}T12:00:00Z`).getUTCDay() || 7];
}
