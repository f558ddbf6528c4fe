/**
 * Whether a person or a bot answers, asked yes or no ("r u a real person", "are you a bot"): the yes or no comes
 * first, then what the bot is. "Who are you" and one of two ("a person or a bot?") keep what it is; asked whether it is
 * AI keeps how it works; danger still leads with 999.
 */
import { itAnswersFirst } from './harness';

const NO = /^No, I'm StationDesk, a chatbot, not a person\. /;
const YES = /^Yes, I'm StationDesk, a chatbot\. /;

const CASES: [string, RegExp][] = [
  ['r u a real person', NO],
  ['am i talking to a human', NO],
  ['is this a real person', NO],
  ['are you a real human?', NO],
  ['is there a real person there', NO],
  ["you're not a real person are you", NO],
  ['Am I speaking to an actual person?', NO],
  ['are you a police officer', NO],
  ['are you a bot', YES],
  ['are you a robot?', YES],
  ['is this a chatbot', YES],
  ['hello is this a bot', YES],
  ['am i talking to a machine', YES],
  // Controls: what it is, asked openly or as one of two; AI asked; danger.
  ['who are you', /^I'm StationDesk, a chatbot\. /],
  ['am i chatting with a person or a bot', /^I'm StationDesk, a chatbot\. /],
  ['are you an ai', /^I'm StationDesk, a chatbot, not an AI language model/],
  ['is there a real person, someone is breaking into my house right now', /^\*\*Call 999 now/],
];

describe('whether a person or a bot answers: yes or no first', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
