/** What operators are told about each turn: what kind of question and answer, how long; never the words or places. */
import { expect } from 'chai';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import type { AnsweredEvent } from '../../dialogs/mainDialog';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { knowledge, THURSDAY_AFTERNOON } from './harness';

describe('answered-turn events for operators', () => {
  it('name the intent, the answer kind and the channel, and carry no words or places', async () => {
    const events: AnsweredEvent[] = [];
    const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON, onAnswered: (e) => events.push(e) });
    const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: 'msteams' });
    await adapter.receiveActivity('is brixton police station open now?');
    await adapter.receiveActivity('nearest 24 hour police station to SE13 6LW');
    expect(events.map(({ intent, answer, channelId }) => ({ intent, answer, channelId }))).to.deep.equal([
      { intent: 'open-now', answer: 'station-hours', channelId: 'msteams' },
      { intent: 'nearest', answer: 'nearest', channelId: 'msteams' },
    ]);
    expect(events.every((e) => Number.isFinite(e.ms) && e.ms >= 0)).to.equal(true);
    expect(JSON.stringify(events)).to.not.match(/brixton|SE13|6LW/i);
  });
});
