/**
 * Opening hours of a front counter: read the weekly schedules in
 * `events.csv`, answer "is it open at this instant / when does it open next /
 * what are the hours on that day" on London's clock (BST and GMT included),
 * and print them the way Londoners read them. The pieces live in `hours/`.
 */
export type { Weekday, WeeklyInterval, WeeklySchedule } from './hours/schedule';
export { DAY_NAMES, hasABreakInTheDay } from './hours/schedule';
export { ScheduleParseError, parseSchedule, tryParseSchedule, type ScheduleParseResult } from './hours/parse';
export { hoursOn, isOpenAt, openingStateAt, type DayHours, type OpenInterval, type OpeningState } from './hours/queries';
export { describeSchedule, weekTable, type WeekTableRow } from './hours/describe';
export { LONDON, LONDON_LOCALE, LONDON_ZONE, formatLondonDay, formatLondonTime, londonInstant } from './hours/londonTime';
export type { TimeStyle } from './hours/clockText';
