/**
 * Every prompt starter in the Teams manifest is a question the bot answers:
 * played through the real bot on the msteams channel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Conversation } from '../bot/harness';

interface Command {
  title: string;
  prompt?: string;
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'appPackage', 'manifest.json'), 'utf8')) as {
  bots: { commandLists?: { commands: Command[] }[] }[];
};
/** What the answer to each shipped prompt must say (facts as of the test clock, 26 November 2026). */
const EXPECTED: Record<string, RegExp> = {
  'is Brixton police station open now?': /Brixton[\s\S]*open now, until 22:00/,
  'which police station near SE13 6LW is open now?': /Lewisham/,
  'nearest 24 hour police station to SE13 6LW': /Lewisham/,
  'what time does Ilford open on Sunday?': /Ilford[\s\S]*Sunday[\s\S]*09:00/,
  'which police front counters are open 24/7?': /Charing Cross[\s\S]*Lewisham|Lewisham[\s\S]*Charing Cross/,
  'why are police stations closing?': /£/,
  help: /nearest/i,
};

const commands = manifest.bots.flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.commands));

describe('Teams prompt starters', () => {
  it('the manifest has prompt starters, each with an expectation here', () => {
    expect(commands.length).to.be.greaterThan(3);
    expect(commands.map((c) => c.prompt ?? c.title).filter((p) => !EXPECTED[p])).to.deep.equal([]);
  });

  for (const command of commands) {
    it(`"${command.title}" (${command.prompt ?? command.title}) gets a real answer`, async () => {
      const chat = new Conversation('msteams');
      const text = await chat.ask(command.prompt ?? command.title);
      expect(text).to.not.match(/didn't understand|can't help with that|don't know any jokes/i);
      expect(text.length).to.be.greaterThan(40);
      const expected = EXPECTED[command.prompt ?? command.title];
      if (expected) expect(text).to.match(expected);
    });
  }
});
