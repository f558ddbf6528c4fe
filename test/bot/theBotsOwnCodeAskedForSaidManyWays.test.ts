/**
 * The bot's own code asked for, through the real bot: its source, a repository or a link, contributing, its licence,
 * whether it is open source ("where can i see your source code", "github link?", "can i contribute", "is stationdesk
 * open source"). First that StationDesk is open source (MIT licence, the repository's LICENSE); then the link where the
 * deployment sets one (STATIONDESK_SOURCE_URL), and otherwise that there is none to give and whom to ask. Never "which
 * station?" and never "Sorry, I can't help with that".
 * Controls: "where is <a counter>" still answers its address; what the bot is, where its facts come from.
 */
import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { expect } from 'chai';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { Conversation, THURSDAY_AFTERNOON, itAnswersFirst, knowledge } from './harness';

const OPEN_SOURCE = /^StationDesk is open source: its code is under the MIT licence\./;
const NO_LINK = "I have no link to its code to give you: ask whoever runs this chat page.";

/** One turn through a bot built with a source link set, as index.ts builds it from STATIONDESK_SOURCE_URL. */
async function askWithSourceUrl(text: string, sourceUrl: string): Promise<string> {
  const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON, sourceUrl });
  const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: 'webchat' });
  await adapter.receiveActivity({ type: ActivityTypes.Message, text });
  return adapter.activeQueue.splice(0).map((a) => a.text ?? '').filter(Boolean).join('\n');
}

describe("the bot's own code asked for, said many ways", () => {
  describe('open source first', () => {
    itAnswersFirst([
      ['where can i see your source code', OPEN_SOURCE],
      ['where is the code', OPEN_SOURCE],
      ['github link?', OPEN_SOURCE],
      ['is there a github for this', OPEN_SOURCE],
      ['can i contribute', OPEN_SOURCE],
      ['how can i contribute to stationdesk', OPEN_SOURCE],
      ['is your code open source', OPEN_SOURCE],
      ['is stationdesk open source', OPEN_SOURCE],
      ['whats the licence for your code', OPEN_SOURCE],
      ['what licence is stationdesk under', OPEN_SOURCE],
      ['can i see the code behind this bot', OPEN_SOURCE],
      ['got a repo link?', OPEN_SOURCE],
      ['open source?', OPEN_SOURCE],
    ]);
  });

  it('with no link set, says it has none to give and whom to ask', async () => {
    const text = await new Conversation('webchat').askText('where can i see your source code');
    expect(text).to.include(NO_LINK);
    expect(text).to.not.match(/https?:\/\//);
  });

  it('with a link set (STATIONDESK_SOURCE_URL), gives it after saying it is open source', async () => {
    const text = await askWithSourceUrl('github link?', 'https://example.org/stationdesk');
    expect(text).to.match(OPEN_SOURCE);
    expect(text).to.include('You can see its code at https://example.org/stationdesk.');
    expect(text).to.not.include(NO_LINK);
  });

  describe('controls: a counter asked where it is, what the bot is, where its facts come from', () => {
    itAnswersFirst([
      ['where is brixton', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ['where is the code for brixton police station', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ['what is stationdesk', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
      ['where do you get your info from', /^My facts come from \d+ publishers/],
      ['is this free', /^StationDesk is free to use/],
    ]);
  });
});
