/**
 * "Why not?" (and "why hasn't it reopened?", "how come not?") after an answer that a counter is closed or has not
 * reopened ("is wood green reopening", "is wimbledon open"): why it closed, as the sources give it, or that they do not
 * record why, where it said it could not help. After an open counter ("is brixton open"), as "why?" is: no reason to
 * give. Said with nothing before: still not understood. Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function after(...said: string[]): Promise<string> {
  const c = new Conversation();
  let text = '';
  for (const s of said) text = await c.askText(s);
  return text;
}

describe('"why not?" after a counter closed or not reopened: why it closed, as the sources give it', () => {
  for (const [before, say, first] of [
    ['is wood green reopening', 'why not?', /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017 under the 2017 Public Access Strategy \(MOPAC\); the reason given: /],
    ['has wood green reopened', 'why not?', /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017 .*the reason given: /],
    ['is wood green reopening', "why hasn't it reopened?", /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017 .*the reason given: /],
    ['is richmond reopening', 'how come not?', /^The front counter at \*\*Richmond \(Sovereign Gate\) police front counter\*\* closed on 14 December 2017 .*the reason given: /],
    ['is wimbledon open', 'why not?', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\); the reason given: /],
    ['is forest gate reopening', 'why not', /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024; my sources record: fire destroyed roof; station closed; counter moved to Stratford\.$/],
  ] as const) {
    it(`${before} / ${say}`, async () => {
      expect(firstLineOf(await after(before, say))).to.match(first);
    });
  }

  it('the same as "why?" after the same answer', async () => {
    expect(firstLineOf(await after('is wimbledon open', 'why not?'))).to.equal(firstLineOf(await after('is wimbledon open', 'why?')));
  });
});

describe('controls', () => {
  it('with nothing before: still not understood', async () => {
    expect(firstLineOf(await after('why not'))).to.match(/^Sorry, I can't help with that/);
  });

  it('after an open counter: no reason to give', async () => {
    expect(firstLineOf(await after('is brixton open', 'why not?'))).to.match(/^The front counter at \*\*Brixton Police Station\*\* is open, and no closure of it is planned/);
  });
});
