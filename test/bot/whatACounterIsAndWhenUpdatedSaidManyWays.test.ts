/**
 * What a front counter is, asked by its name or against a police station, and when the bot's facts were last
 * updated, asked as "the last update": answered from the data's definition and its dating, never "I can't help".
 */
import { itAnswersFirst } from './harness';

const DEFINITION = /^A front counter \(front desk\) is the public desk in a police station/;
const DATED = /^My information was last checked on /;

describe('what a front counter is, asked by its name or beside a police station, said many ways', () => {
  itAnswersFirst([
    ['what does front counter mean', DEFINITION],
    ['whats the difference between a police station and a front counter', DEFINITION],
    ['is a front counter the same as a police station?', DEFINITION],
    ['Is the front desk different from the police station?', DEFINITION],
    ['difference between front desk and police station', DEFINITION],
  ], { understood: true });
});

describe('when the facts were last updated, asked as the last update, said many ways', () => {
  itAnswersFirst([
    ['when was the last update', DATED],
    ['When was your latest update?', DATED],
    ['date of the last update', DATED],
    ['when is the last update from', DATED],
  ], { understood: true });
});
