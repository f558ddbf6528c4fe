/**
 * Whether the bot uses AI, asked with the bot named as "it", "this", "the bot" or by its name ("does the bot use AI",
 * "does this use chatgpt", "does it use machine learning"): the first sentence says it is a chatbot, not an AI
 * language model, as "are you chatgpt" is answered, not "Sorry, I can't help with that". Whether the Met uses AI, how
 * up to date it is, whether to trust it and whether anyone is reading keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_AI = /^I'm StationDesk, a chatbot, not an AI language model: /;
const LAST_CHECKED = /^My information was last checked on 4 December 2026, and my latest source is from 28 February 2026\.$/;

const ASKED = [
  'does the bot use AI',
  'does this use chatgpt',
  'is this bot powered by ai',
  'does it use machine learning',
  'does stationdesk run on an llm',
  'does the chatbot rely on openai',
  'is the app using artificial intelligence',
];

/** Nearby messages that keep their answers. */
const CONTROLS: [string, RegExp][] = [
  ['are you chatgpt', NOT_AI],
  ['does the met use ai', /^Sorry, I can't help with that/],
  ['how up to date is this', LAST_CHECKED],
  ['can i trust this', LAST_CHECKED],
  // A greeting that asks whether anyone is there: that answered, not whether the bot is AI.
  ['is anyone reading this', /^Yes, I'm here\. /],
];

describe('whether the bot uses AI, the bot named as it, this or the bot: not an AI language model, first', function () {
  this.timeout(60_000);
  itAnswersFirst(ASKED.map((say) => [say, NOT_AI] as const), { now: NOW });
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));
});
