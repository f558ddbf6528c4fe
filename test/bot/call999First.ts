/**
 * The check every danger test makes of the bot's reply: the first line the
 * resident sees, and what is spoken, start "Call 999 now"; a card, if any,
 * says it too; and nothing in the reply is the out-of-scope answer.
 */
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { cardOf, readable } from './harness';

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

