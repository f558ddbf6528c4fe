/**
 * "next <weekday>" said after that weekday's coming date was just asked: "is walworth open sunday?" then "what about
 * next sunday?" is the Sunday after, not the same one again. Said alone, "next sunday" on a Friday stays the coming
 * Sunday (as the bot read it before), and another weekday or "next week" said after keeps its own reading.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London: the coming Sunday is the 6th. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const FOLLOW_UPS: [string[], RegExp][] = [
  [['is walworth open sunday', 'what about next sunday'], /Sunday 13 December/],
  [['is walworth open on sunday?', 'and next sunday?'], /Sunday 13 December/],
  [['what are brixtons hours on sunday', 'how about next sunday'], /Sunday 13 December/],
  [['is walworth open on tuesday', 'what about next tuesday'], /Tuesday 15 December/],
  [['is brixton open on saturday', 'what about next saturday'], /Saturday 12 December/],
  [['is lewisham open on wednesday', 'and next wednesday'], /Wednesday 16 December/],
  [['is walworth open tomorrow', 'what about next saturday'], /Saturday 12 December/],
  // Controls: alone, another weekday, the first question itself.
  [['next sunday is walworth open'], /Sunday 6 December/],
  [['is walworth open next sunday'], /Sunday 6 December/],
  [['is walworth open sunday', 'and monday?'], /Monday 7 December/],
  [['is walworth open on tuesday', 'what about next sunday'], /Sunday 6 December/],
];

describe('next <weekday> after that weekday was asked: the week after', function () {
  this.timeout(30_000);
  itAnswersLast(FOLLOW_UPS, FRIDAY_AFTERNOON);
});
