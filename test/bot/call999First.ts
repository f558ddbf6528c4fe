/**
 * The check every danger test makes of the bot's reply: the first line the
 * resident sees, and what is spoken, start "Call 999 now"; a card, if any,
 * says it too; and nothing in the reply is the out-of-scope answer.
 */
import type { Activity } from 'botbuilder';
import type { DateTime } from 'luxon';
import { expect } from 'chai';
import { cardOf, Conversation, firstLineOf, NOT_UNDERSTOOD, readable } from './harness';

const OUT_OF_SCOPE = /can't help with that|didn't understand/i;

/** The first line a resident sees, without Markdown. */
export function firstLine(activity: Partial<Activity> | undefined): string {
  return (activity?.text ?? '').replace(/\*\*/g, '').split('\n')[0].trim();
}

export function expectCall999First(replies: Partial<Activity>[], said: string): void {
  expectFirst(replies, said, /^Call 999 now\b/);
}

/** The safety net, where no harm is read for sure: 999 first all the same, said as a condition. */
const IF_IN_DANGER = /^If you or anyone is in danger now, call 999\./;

/** 999 first, either way: "Call 999 now", or (the safety net) "If you or anyone is in danger now, call 999.". */
export function expect999First(replies: Partial<Activity>[], said: string): void {
  expectFirst(replies, said, /^(?:Call 999 now\b|If you or anyone is in danger now, call 999\.)/);
}

export function expectIfInDanger999First(replies: Partial<Activity>[], said: string): void {
  expectFirst(replies, said, IF_IN_DANGER);
}

function expectFirst(replies: Partial<Activity>[], said: string, lead: RegExp): void {
  const [first] = replies;
  expect(firstLine(first), `${said}: first line`).to.match(lead);
  expect(String(first?.speak ?? ''), `${said}: speech`).to.match(lead);
  const card = first && cardOf(first);
  if (card) expect(JSON.stringify(card), `${said}: card`).to.match(new RegExp(lead.source.slice(1)));
  expect(replies.map(readable).join('\n'), said).to.not.match(OUT_OF_SCOPE);
}


/**
 * One test per phrasing of a feared situation told with a question, each in a new conversation: the 999 condition
 * ("If you or anyone is in danger now, call 999.") first, and the answer asked for in the reply after it.
 */
export function itAnswersAfterIfInDanger999First(cases: readonly (readonly [string, RegExp])[]): void {
  for (const [say, answer] of cases) {
    it(`with a question: ${say}`, async () => {
      const replies = await new Conversation().say(say);
      expectIfInDanger999First(replies, say);
      expect(replies.map((r) => r.text ?? '').join('\n'), say).to.match(answer);
    });
  }
}

/**
 * One test per phrasing of danger from a resident who cannot or dare not speak, each in a new conversation: 999 on
 * the first line, and the Silent Solution (press 55) in the reply.
 */
export function itCalls999FirstWithPress55(says: readonly string[]): void {
  for (const say of says) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/999/);
      expect(text, say).to.match(/\b55\b/);
    });
  }
}

/** One test per phrasing, each in a new conversation: Call 999 now first. */
export function itCalls999First(says: readonly string[]): void {
  for (const say of says) it(say, async () => expectCall999First(await new Conversation().say(say), say));
}

/** One test per danger control, each in a new conversation at `now`: 999 first, either way (`expect999First`). */
export function it999FirstAsControls(says: readonly string[], now?: DateTime): void {
  for (const say of says) it(`danger control: ${say}`, async () => expect999First(await new Conversation('webchat', now).say(say), say));
}

/** One test per harmless look-alike, each in a new conversation (at `now`, if given): no 999 in the first line, and the answer asked for in the reply. */
export function itAnswersWithout999First(cases: readonly (readonly [string, RegExp])[], now?: DateTime): void {
  for (const [say, answer] of cases) {
    it(say, async () => {
      const text = await new Conversation('webchat', now).askText(say);
      expect(firstLineOf(text), say).to.not.match(/999/);
      expect(text, say).to.match(answer);
    });
  }
}

/**
 * One test per phrasing in another language, each in a new conversation: with a word of harm read in it, "Call 999
 * now"; without, "If this is an emergency, call 999 now" (answered as another language); never "didn't understand".
 */
export function itAnswersAsAnotherLanguage999First(says: readonly string[]): void {
  for (const say of says) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/^(?:\*\*Call 999 now\*\*|If this is an emergency, call 999 now\.)/);
      expect(text).to.not.match(NOT_UNDERSTOOD);
    });
  }
}
