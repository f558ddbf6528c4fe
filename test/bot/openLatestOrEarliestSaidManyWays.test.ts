/**
 * Which counter is open latest, or opens earliest, asked of all London's counters, many ways (typed on a phone): the
 * first line names the 24-hour counters, then the latest closing (or earliest opening) of the others on the days
 * asked, from the hours in the data. Through the real bot, at the harness clock (Thursday 26 November 2026, 14:00).
 */
import { itAnswersFirst } from './harness';

const TWENTY_FOUR = '\\*\\*Lewisham\\*\\* and \\*\\*Charing Cross\\*\\* are open 24 hours a day';
const OTHERS = (verb: string, time: string, days: string) => new RegExp(`^${TWENTY_FOUR}; the other 25 all ${verb} at ${time} ${days}\\.$`);

const CASES: [string, RegExp][] = [
  ['which police counter is open latest on a saturday', OTHERS('close', '19:00', 'on Saturday')],
  ['what station opens earliest on sunday', OTHERS('open', '09:00', 'on Sunday')],
  ['which front desk stays open the longest on weekdays', OTHERS('close', '22:00', 'on weekdays \\(Monday to Friday\\)')],
  ['whats the last one to close tonight', OTHERS('close', '22:00', 'today \\(Thursday\\)')],
  ['which counter opens first tomorrow', OTHERS('open', '10:00', 'on Friday')],
  ['which is the first station to open on saturday morning', OTHERS('open', '09:00', 'on Saturday')],
  ['wich cop shop shuts last on sundays', OTHERS('close', '19:00', 'on Sunday')],
  ['what police desk closes latest at the weekend', OTHERS('close', '19:00', 'on Saturday and Sunday')],
];

describe('which counter is open latest or opens earliest, said many ways: the 24-hour ones, then the others\' time', () => {
  itAnswersFirst(CASES);
});
