import path from 'node:path';
import { expect } from 'chai';
import { exitOf, logLine, startEntryPoint } from './entryPoint';
import { messageActivity, postJson } from './helpers';

/**
 * What a start with the embedded defaults loads: packages only some
 * configurations or turns need are loaded when first needed, because loading
 * them is a large share of the time to a ready /readyz.
 */
async function packagesLoadedBy(exercise: (port: number) => Promise<void>): Promise<string[]> {
  const child = startEntryPoint({}, ['-r', path.join(__dirname, 'reportLoadedPackages.cjs')]);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = exitOf(child);
  try {
    const listening = await logLine(child, 'listening');
    await exercise(Number(listening.port));
    child.kill('SIGTERM');
    expect(await exited).to.equal(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  const line = /loaded packages: (.*)/.exec(stderr);
  expect(line, stderr).to.not.equal(null);
  return JSON.parse(line![1]) as string[];
}

/**
 * The text recognizers (-suite, -number, -date-time, ...): botbuilder-dialogs' own prompts load them (about a fifth of
 * a start) for number, ordinal and date recognition StationDesk never uses. The card engine's expression language
 * (adaptive-expressions) needs only their small Timex data type, `-data-types-timex-expression`, a date format, not a recognizer.
 */
const isRecognizersText = (name: string) => /^@microsoft\/recognizers-text(?!-data-types-)/.test(name);

/** Sends one message in a conversation (expectReplies) and returns the replies' text and card words. */
async function say(port: number, conversationId: string, turn: number, text: string): Promise<string> {
  const activity = messageActivity('https://example.invalid', text, {
    id: `${conversationId}-${turn}`,
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    channelId: 'webchat',
  });
  const res = await postJson(`http://127.0.0.1:${port}/api/messages`, activity);
  expect(res.status).to.equal(200);
  return JSON.stringify(await res.json());
}

describe('start-up with the embedded defaults', function () {
  this.timeout(30_000);

  it('loads neither the Azure Blob Storage SDK (state in memory), the card template engine before a card is filled, nor botbuilder-dialogs before a turn waits at a prompt', async () => {
    const loaded = await packagesLoadedBy(async (port) => {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
    });
    // The preload's report is real: the packages every start needs are listed.
    expect(loaded).to.include.members(['restify', 'botbuilder']);
    expect(loaded).to.not.include('@azure/storage-blob');
    expect(loaded).to.not.include('adaptivecards-templating');
    expect(loaded).to.not.include('botbuilder-dialogs');
    expect(loaded.filter(isRecognizersText)).to.deep.equal([]);
  });

  it('never loads the recognizers of numbers and dates, not even in turns that wait at a prompt and take the reply', async () => {
    const loaded = await packagesLoadedBy(async (port) => {
      // A choice between two places, answered by naming one; in another conversation, a question that needs a postcode, and the postcode.
      expect(await say(port, 'prompts', 1, 'nearest 24 hour desk to wood')).to.match(/Woodford/).and.to.match(/Wood Green/);
      expect(await say(port, 'prompts', 2, 'the woodford one please')).to.match(/24-hour front counter to Woodford/);
      expect(await say(port, 'postcode', 1, 'nearest 24 hour police station')).to.match(/postcode/);
      expect(await say(port, 'postcode', 2, 'RM10 7TU')).to.match(/Lewisham/);
    });
    expect(loaded).to.include.members(['botbuilder-dialogs']);
    expect(loaded.filter(isRecognizersText)).to.deep.equal([]);
  });

  it('loads the card template engine when the first card is filled', async () => {
    let reply: { activities?: { attachments?: { contentType: string }[] }[] } = {};
    const loaded = await packagesLoadedBy(async (port) => {
      const activity = messageActivity('https://example.invalid', 'is Woodford staying open?', { deliveryMode: 'expectReplies', channelId: 'webchat' });
      const res = await postJson(`http://127.0.0.1:${port}/api/messages`, activity);
      expect(res.status).to.equal(200);
      reply = (await res.json()) as typeof reply;
    });
    const contentTypes = (reply.activities ?? []).flatMap((a) => a.attachments ?? []).map((a) => a.contentType);
    expect(contentTypes).to.include('application/vnd.microsoft.card.adaptive');
    expect(loaded).to.include('adaptivecards-templating');
  });
});
