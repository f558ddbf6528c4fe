/**
 * Asked again for somewhere else just after the nearest desk to where the resident is (a postcode, a place): "somewhere
 * else?", "any others?", "and the next nearest?", "whats the one after that" each give the next desk in order, measured
 * from where the resident is, never from the desk just given. Controls: after a counter itself was asked of, somewhere
 * else is still measured from that counter; after the nearest 24-hour desk, the next is still a 24-hour desk. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

/** The desk a nearest answer led with, and where it was measured from. */
function given(line: string): { desk: string; from: string } {
  const m = /^The (?:next )?nearest (?:24-hour )?front counter (?:open now )?to (.+?) is \*\*([^*]+)\*\*/.exec(line);
  expect(m, line).to.not.equal(null);
  return { from: m![1], desk: m![2] };
}

describe('the next nearest asked many ways after the nearest desk to where the resident is: from there, in order', function () {
  this.timeout(60_000);
  for (const [first, from, thens] of [
    ['nearest counter to SE15 5TH', 'SE15 5TH', ['somewhere else?', 'any others?', 'and the next nearest?', 'whats the one after that']],
    ['closest police desk to SE15 5TH', 'SE15 5TH', ['any other ones?', 'what about the one after that']],
    ['im at N1 9GU, nearest front counter?', 'N1 9GU', ['anywhere else?', 'whats next after that']],
    ['nearest to peckham', 'Peckham', ['any others?', 'the one after that?']],
    ['where is the nearest counter to E8 1EA', 'E8 1EA', ['is there anywhere else', 'and the next one?', 'which is the one after that']],
    ['nearest station to SW2 1RW', 'SW2 1RW', ['got any others', 'and after that?']],
  ] as const) {
    it(`${first} / ${thens.join(' / ')}`, async () => {
      const chat = new Conversation('webchat', NOW);
      const seen = [given(firstLineOf(await chat.askText(first))).desk];
      for (const then of thens) {
        const next = given(firstLineOf(await chat.askText(then)));
        expect(next.from, then).to.equal(from);
        expect(seen, then).to.not.include(next.desk);
        seen.push(next.desk);
      }
    });
  }

  it('each one is no nearer than the one before', async () => {
    const chat = new Conversation('webchat', NOW);
    const km = (line: string): number => Number(/about ([\d.]+) km/.exec(line)?.[1] ?? 0);
    let last = km(firstLineOf(await chat.askText('nearest counter to SE15 5TH')));
    for (const then of ['somewhere else?', 'any others?', 'and the next nearest?', 'whats the one after that']) {
      const now = km(firstLineOf(await chat.askText(then)));
      expect(now, then).to.be.at.least(last);
      last = now;
    }
  });
});

describe('controls: somewhere else after a counter itself, or after the nearest 24-hour desk, unchanged', function () {
  this.timeout(30_000);
  it('is brixton open / somewhere else?: measured from Brixton', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('is brixton open');
    expect(given(firstLineOf(await chat.askText('somewhere else?'))).from).to.equal('Brixton');
  });
  it('nearest to brixton / any others?: Brixton itself was given, so the next is not skipped past', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('nearest to brixton');
    expect(firstLineOf(await chat.askText('any others?'))).to.match(/^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/);
  });
  it('nearest 24 hour counter to SE15 5TH / any others?: another 24-hour desk', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('nearest 24 hour counter to SE15 5TH');
    expect(firstLineOf(await chat.askText('any others?'))).to.match(/^The next nearest 24-hour front counter to SE15 5TH is /);
  });
  it('where do i go instead of woodford / and another?: still from Woodford', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('where do i go instead of woodford');
    expect(firstLineOf(await chat.askText('and another?'))).to.match(/^The next nearest front counter open now to Woodford is /);
  });
});
