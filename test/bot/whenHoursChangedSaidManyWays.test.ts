/**
 * "When did its hours change?" asked of a named counter, many ways (typed on a phone): the first line leads with
 * the date of the last change from the data's timeline, then how the counter was until then, through the real bot.
 */
import { itAnswersFirst } from './harness';

const CHANGED = (name: string) => new RegExp(`^The hours of the front counter at \\*\\*${name} Police Station\\*\\* last changed on 3 March 2026: until then it was open 24 hours a day\\.`);

const CASES: [string, RegExp][] = [
  ['when did the hours change at croydon', CHANGED('Croydon')],
  ['when did ilford stop being 24 hours', CHANGED('Ilford')],
  ['wen did romford stop bein 24/7', CHANGED('Romford')],
  ['when were brixtons hours cut', CHANGED('Brixton')],
  ['when did walworth opening times change??', CHANGED('Walworth')],
  ['when did they cut the opening hours at wembley', CHANGED('Wembley')],
  ['when did stoke newington stop being open all night', CHANGED('Stoke Newington')],
  ['when did the times go down at bromley', CHANGED('Bromley')],
];

describe('when a counter\'s hours changed, said many ways: the date of the change first', () => {
  itAnswersFirst(CASES);
});
