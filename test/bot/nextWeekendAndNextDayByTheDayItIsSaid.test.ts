/**
 * "Next weekend" and "next Saturday" depend on the day they are said: on a Friday, Saturday or Sunday this weekend is
 * the one starting or under way, so next weekend is the one after; "next saturday" said on a Friday is not tomorrow;
 * "next monday" said on a Sunday is tomorrow (the Monday of next week). "The weekend after next" is a week further.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });
const FRIDAY = at('2026-12-04T14:00');
const MONDAY = at('2026-12-07T14:00');
const SUNDAY = at('2026-12-06T14:00');

async function firstLine(say: string, now: DateTime): Promise<string> {
  return firstLineOf(await new Conversation('webchat', now).askText(say));
}

describe('next weekend and next day, by the day they are said', function () {
  this.timeout(60_000);
  it('on a Friday, "next weekend" is the weekend after tomorrow\'s', async () => {
    expect(await firstLine('is kingston open next weekend', FRIDAY)).to.match(/Saturday 12 December 09:00–19:00; Sunday 13 December/);
    expect(await firstLine('is brixton open this weekend', FRIDAY)).to.match(/Tomorrow, Saturday 5 December/);
  });
  it('on a Friday, "next saturday" is a week tomorrow', async () => {
    expect(await firstLine('is kingston open next saturday', FRIDAY)).to.match(/Saturday 12 December/);
  });
  it('on a Monday, "next weekend" is the coming one', async () => {
    expect(await firstLine('is kingston open next weekend', MONDAY)).to.match(/Saturday 12 December 09:00–19:00; Sunday 13 December/);
  });
  it('"the weekend after next" is a week after next weekend', async () => {
    expect(await firstLine('is brixton open the weekend after next', FRIDAY)).to.match(/Saturday 19 December 09:00–19:00; Sunday 20 December/);
    expect(await firstLine('is brixton open the weekend after next', MONDAY)).to.match(/Saturday 19 December/);
  });
  it('on a Sunday, "next monday" is tomorrow', async () => {
    expect(await firstLine('is brixton open next monday', SUNDAY)).to.match(/tomorrow, Monday 7 December/);
  });
  it('as a follow-up, "and next weekend?" moves on a week from this one', async () => {
    const chat = new Conversation('webchat', FRIDAY);
    await chat.say('is kingston open at the weekend');
    expect(firstLineOf(await chat.askText('and next weekend?'))).to.match(/Saturday 12 December/);
  });
});
