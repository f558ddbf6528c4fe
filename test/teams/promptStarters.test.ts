/**
 * Every command in the Teams manifest is a question the bot answers: played
 * through the real bot on the msteams channel, in the scope it is listed for.
 * A personal prompt starter sends its prompt; in a team or group chat, picking
 * a command puts "@StationDesk <title>" in the compose box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Conversation, type ConversationType } from '../bot/harness';
import { mentioning } from '../bot/teamsActivities';

interface Command {
  title: string;
  prompt?: string;
}

type Scope = 'personal' | 'team' | 'groupChat';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'appPackage', 'manifest.json'), 'utf8')) as {
  bots: { commandLists?: { scopes: Scope[]; commands: Command[] }[] }[];
};

/** Where a scope's commands are used: a team's commands in one of its channels. */
const CONVERSATION_OF: Record<Scope, ConversationType> = { personal: 'personal', team: 'channel', groupChat: 'groupChat' };
/** What the answer to each shipped prompt must say (facts as of the test clock, 26 November 2026). */
const EXPECTED: Record<string, RegExp> = {
  'is Brixton police station open now?': /Brixton[\s\S]*open now, until 22:00/,
  'which police station near SE13 6LW is open now?': /Lewisham/,
  'nearest 24 hour police station to SE13 6LW': /Lewisham/,
  'what time does Ilford open on Sunday?': /Ilford[\s\S]*Sunday[\s\S]*09:00/,
  'which police front counters are open 24/7?': /Charing Cross[\s\S]*Lewisham|Lewisham[\s\S]*Charing Cross/,
  'why are police stations closing?': /£/,
  help: /nearest/i,
  'nearest 24 hour police station': /postcode/i,
  'is Brixton open now': /Brixton[\s\S]*open now, until 22:00/,
  'Ilford police station hours': /Ilford[\s\S]*09:00/,
  'which desks are open 24/7': /Charing Cross[\s\S]*Lewisham|Lewisham[\s\S]*Charing Cross/,
  'forget me': /cleared/i,
};

const commands = manifest.bots.flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.commands));
const scoped = manifest.bots.flatMap((b) => (b.commandLists ?? []).flatMap((l) => l.scopes.flatMap((scope) => l.commands.map((command) => ({ scope, command })))));

describe('Teams prompt starters', () => {
  it('the manifest has prompt starters, each with an expectation here', () => {
    expect(commands.length).to.be.greaterThan(3);
    expect(commands.map((c) => c.prompt ?? c.title).filter((p) => !EXPECTED[p])).to.deep.equal([]);
  });

  for (const { scope, command } of scoped) {
    const words = command.prompt ?? command.title;
    it(`${scope}: "${command.title}" (${words}) gets a real answer`, async () => {
      const type = CONVERSATION_OF[scope];
      const chat = new Conversation('msteams', undefined, type);
      const text = await chat.ask(type === 'personal' ? words : mentioning(words));
      expect(text).to.not.match(/didn't understand|can't help with that|don't know any jokes/i);
      expect(text.length).to.be.greaterThan(40);
      expect(text).to.match(EXPECTED[words]);
    });
  }
});
