/**
 * "When does it shut?" is the daily closing time: "shut" after does/do is the present tense, not the past
 * participle of a closure ("when was it shut", "when did it shut" stay questions about a closure). Through the
 * real bot, the first line gives the hours, not the counter's history.
 */
import { itAnswersFirst } from './harness';

// The closing time leads, that day's hours beside it (see aClosingOrOpeningTimeOfADaySaidManyWays).
const HOURS_TODAY = (name: string) => new RegExp(`^\\*\\*${name} Police Station\\*\\* closes at 22:00 today, [A-Za-z]+ \\d+ [A-Za-z]+ \\(open 10:00–22:00\\)\\.`);
const HOURS_WEEK = (name: string) => new RegExp(`^\\*\\*${name} Police Station\\*\\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\\.`);
const CLOSED_ON = (name: string, date: string) => new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* closed (?:on|in) ${date}`);

const CASES: [string, RegExp][] = [
  ['when does tottenham counter shut tonight', HOURS_TODAY('Tottenham')],
  ['wen does croydon shut 2day', HOURS_TODAY('Croydon')],
  ['when does the desk at wembley shut', HOURS_WEEK('Wembley')],
  ['what time does kingston shut', HOURS_WEEK('Kingston')],
  ['when do they shut at bromley police', HOURS_WEEK('Bromley')],
  ['when was wimbledon shut', CLOSED_ON('Wimbledon', '28 February 2026')],
  ['when did woodford shut', CLOSED_ON('Woodford', '2013')],
  ['when does woodford shut down', CLOSED_ON('Woodford', '2013')],
];

describe('"when does it shut" asks for the closing time; "when was it shut" for the closure', () => {
  itAnswersFirst(CASES);
});
