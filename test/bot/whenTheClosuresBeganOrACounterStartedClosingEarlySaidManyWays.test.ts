/**
 * The past asked as a beginning: when the closures began ("when did the closures start", "when did they start closing
 * police stations", "what year did the cuts start"): the earliest closure on record first, as "which was the first
 * station to close" is answered, not "which police station do you mean?"; and when a counter started closing early
 * ("when did brixton start closing early"): when its hours last changed, not that it has not closed. A closure asked
 * of a counter, today's closing time and why it closes early keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const THE_EARLIEST = /^The earliest front counter closure in my sources is \*\*Walthamstow\*\*, in 2011: police station closed\./;
const HOURS_CHANGED = (name: string) =>
  new RegExp(`^The hours of the front counter at \\*\\*${name} Police Station\\*\\* last changed on 3 March 2026: until then it was open 24 hours a day\\.$`);

/** When the closures began, said many ways. */
const BEGAN = [
  'when did the closures start',
  'when did the police station closures begin',
  'when did they start closing police stations',
  'what year did the cuts start',
  'when did the met start shutting front counters',
];
/** When a counter started closing early, with the counter's name. */
const STARTED_CLOSING_EARLY = [
  ['when did brixton start closing early', 'Brixton'],
  ['when did ilford begin shutting at night', 'Ilford'],
  ['wen did croydon start to close earlier', 'Croydon'],
] as const;
const CASES: (readonly [string, RegExp])[] = [...BEGAN.map((say) => [say, THE_EARLIEST] as const), ...STARTED_CLOSING_EARLY.map(([say, name]) => [say, HOURS_CHANGED(name)] as const)];

const CONTROLS: [string, RegExp][] = [
  ['which was the first station to close', THE_EARLIEST],
  ['when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
  ['when did brixton stop being 24 hours', HOURS_CHANGED('Brixton')],
  ['is brixton closing early today', /^\*\*Brixton Police Station\*\* is open today, Friday 4 December, 10:00–22:00\.$/],
  ['why does brixton close early', /^My sources give no reason for the hours of the front counter at \*\*Brixton Police Station\*\* itself/],
];

describe('when the closures began, or a counter started closing early: the date first', function () {
  this.timeout(60_000);
  itAnswersFirst(CASES, { now: NOW });
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));
});
