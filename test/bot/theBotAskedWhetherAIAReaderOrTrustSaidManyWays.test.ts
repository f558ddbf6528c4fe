/**
 * The service asked about as typed on a phone: whether the bot uses AI with the bot named as "it", "this" or "the bot"
 * ("does the bot use AI", "does this use chatgpt"), whether a person reads the messages ("is anyone reading this"),
 * and whether it can be trusted ("can i trust this", "is this info reliable"). The first sentence answers what was
 * asked: not an AI language model; no, a chatbot, not a person; what its answers stand on, then how fresh they are.
 * "Is anyone there", "how up to date is this", "are you sure" after an answer and "does the met use ai" keep their answers.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstLineAfter, itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_AI = /^I'm StationDesk, a chatbot, not an AI language model: /;
const NOT_A_PERSON = /^No, I'm StationDesk, a chatbot, not a person\./;
const STANDS_ON =
  /^My answers come only from published sources, each with its date: my information was last checked on 4 December 2026, and my latest source is from 28 February 2026\.$/;

const CASES: [string, RegExp][] = [
  ['does the bot use AI', NOT_AI],
  ['does this use chatgpt', NOT_AI],
  ['is this bot powered by ai', NOT_AI],
  ['does it use machine learning', NOT_AI],
  ['does stationdesk run on an llm', NOT_AI],
  ['is anyone reading this', NOT_A_PERSON],
  ['is someone actually reading this', NOT_A_PERSON],
  ['can i trust this', STANDS_ON],
  ['is this info reliable', STANDS_ON],
  ['how accurate is your information', STANDS_ON],
  ['can i rely on you', STANDS_ON],
];

/** Nearby messages that keep their answers. */
const CONTROLS: [string, RegExp][] = [
  ['is anyone there', /^Hello! /],
  ['how up to date is this', /^My information was last checked on 4 December 2026, and my latest source is from 28 February 2026\.$/],
  ['are you chatgpt', NOT_AI],
  ['does the met use ai', /^Sorry, I can't help with that/],
];

describe('the bot asked whether it uses AI, whether anyone reads, whether to trust it: answered first', function () {
  this.timeout(60_000);
  itAnswersFirst(CASES, { now: NOW });
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));

  it('are you sure, after an answer: yes, as far as the sources show', async () => {
    expect(await firstLineAfter('is brixton open', 'are you sure', NOW)).to.match(/^Yes, as far as my sources show: /);
  });
});
