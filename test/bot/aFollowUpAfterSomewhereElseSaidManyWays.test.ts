/**
 * A follow-up after somewhere else was given ("where do i go instead of woodford", then "is that open on sunday", "what
 * time does it open"): about the desk just suggested, as after a nearest answer, where it answered of the closed
 * counter asked to avoid. Its closure or past ("when did it close", "why?", "will it reopen") is still the counter asked to
 * avoid. "And another?" still measures from that counter; after a plain question about an open counter, "is that open on
 * sunday" is still that counter. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

/** The desk a "somewhere else" answer led with: "... is **Ilford Police Station**, about ...". */
function suggested(line: string): string {
  const desk = /^The (?:next )?nearest front counter[^*]* is \*\*([^*]+)\*\*/.exec(line)?.[1];
  expect(desk, line).to.be.a('string');
  return desk!;
}

describe('a follow-up after somewhere else was given, said many ways: the desk suggested', function () {
  this.timeout(60_000);
  for (const [first, then] of [
    ['where do i go instead of woodford', 'is that open on sunday'],
    ['where do i go instead of woodford', 'what time does it open'],
    ['woodford is shut, where else can i go', 'is it open tomorrow'],
    ['chingford closed so where should i go instead', 'when does that one close today'],
    ['wimbledon has gone, whats the alternative', 'is it open at the weekend'],
    ['any other station i could try instead of barnet', 'whats the address of that one'],
    ['where else can i go instead of kensington', 'is that one open on saturday'],
  ] as const) {
    it(`${first} -> ${then}: the desk suggested`, async () => {
      const chat = new Conversation('webchat', NOW);
      const desk = suggested(firstLineOf(await chat.askText(first)));
      const line = firstLineOf(await chat.askText(then));
      expect(line).to.include(`**${desk}**`);
      expect(line).not.to.match(/ closed (?:in|on) /);
    });
  }

  it('"and another?" after it still measures from the counter asked to avoid', async () => {
    const chat = new Conversation('webchat', NOW);
    const desk = suggested(firstLineOf(await chat.askText('where do i go instead of woodford')));
    const next = firstLineOf(await chat.askText('and another?'));
    expect(next).to.match(/^The next nearest front counter open now to Woodford is \*\*/);
    expect(next).not.to.include(`**${desk}**`);
  });
});

describe('a closure or the past asked after somewhere else was given: the counter asked to avoid', function () {
  this.timeout(60_000);
  for (const [first, then, counter] of [
    ['where do i go instead of woodford', 'when did it close', 'Woodford Police Station'],
    ['where do i go instead of woodford', 'why did it close?', 'Woodford Police Station'],
    ['woodford closed, where else can i go', 'will it reopen', 'Woodford Police Station'],
    ['chingford closed so where should i go instead', 'when did it shut', 'Chingford Police Station'],
  ] as const) {
    it(`${first} -> ${then}: ${counter}`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say(first);
      expect(firstLineOf(await chat.askText(then))).to.include(`**${counter}**`);
    });
  }

  it('its hours today are still the desk given', async () => {
    const chat = new Conversation('webchat', NOW);
    const desk = suggested(firstLineOf(await chat.askText('where do i go instead of woodford')));
    expect(firstLineOf(await chat.askText('when does it close today'))).to.include(`**${desk}**`);
  });
});

describe('controls: a follow-up after a counter itself was asked of, unchanged', function () {
  this.timeout(30_000);
  for (const [first, then, counter] of [
    ['is ilford open', 'is that open on sunday', 'Ilford Police Station'],
    ['is woodford open', 'is it open on sunday', 'Woodford Police Station'],
    ['hours of croydon police station', 'and on saturday?', 'Croydon Police Station'],
  ] as const) {
    it(`${first} -> ${then}: still ${counter}`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say(first);
      expect(firstLineOf(await chat.askText(then))).to.include(`**${counter}**`);
    });
  }
});
