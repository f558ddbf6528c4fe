/**
 * Where the bot's facts come from ("what sources do you use", "how do you know the opening hours"), many ways, through
 * the real bot: the publishers first (how many, official ones named, the kinds of the others), then what the bot is;
 * and how many counters it knows ("how many police stations do you know about"): the count open now. Controls: who
 * runs the bot (what it is first), whether it is official, the sources of an answer just given.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const PUBLISHERS = /^My facts come from \d+ publishers: official ones such as Metropolitan Police.*news reports.*\. Each answer names its sources and their dates\./;

describe('where the facts come from, and how many counters the bot knows, said many ways', () => {
  for (const say of [
    'where does your data come from',
    'what sources do you use',
    'how do you know the opening hours',
    'who gives you the information',
    'where do u get ur info',
    'whats your sources?',
    'which websites do you use',
    'Where does the bot get its opening times from?',
    'how do you know all this',
  ]) {
    it(say, async () => expect(await ask(say)).to.match(PUBLISHERS));
  }

  for (const say of ['how many police stations do you know about', 'how many stations do you have info on', 'how many counters are in your data', 'How many front desks does the bot cover?']) {
    it(say, async () => expect(await ask(say)).to.match(/^\d+ front counters are open in London now; two of them are open 24 hours a day\./));
  }

  for (const [say, pattern] of [
    ['who runs this bot', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
    ['is your info official', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
    ['are you the police', /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
    ['how many police stations closed in 2026', /^Ten front counters closed on 28 February 2026/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('control: asked after an answer, the sources are that answer\'s', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('is brixton police station open now');
    expect(firstLineOf(await c.askText('what are your sources'))).not.to.match(PUBLISHERS);
  });

  it('danger told with it still leads with 999', async () => {
    const say = 'where does your data come from? my ex is kicking the door in';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
