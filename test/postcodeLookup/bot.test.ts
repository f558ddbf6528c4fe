/**
 * The whole bot (dialogs, understanding, answers, replies) through TestAdapter,
 * with the postcode lookup pointed at a local stand-in for postcodes.io.
 */
import { expect } from 'chai';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { PostcodesIoClient, type PostcodeLocator } from '../../src/postcodeLookup';
import { knowledge, THURSDAY_AFTERNOON } from '../bot/harness';
import { startStandInPostcodesIo, type StandInPostcodesIo } from './standInPostcodesIo';

const QUESTION = 'nearest 24 hour police station to IG8 0SB';
// About 30 m from Lewisham Police Station (SE13 5JZ: 51.46327, -0.00978 in data/stations.json).
const NEXT_TO_LEWISHAM = { lat: 51.463, lon: -0.01 };

function conversation(postcodeLocator?: PostcodeLocator): (text: string) => Promise<string> {
  const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON, postcodeLocator });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return async (text) => {
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0).map((a) => a.text ?? '').join('\n');
  };
}

/** The first desk named in a nearest answer, and its distance in km. */
function firstDesk(reply: string): { name: string; km: number } {
  const m = /front counter to IG8 0SB is (?:\*\*)?(.+? Police Station)(?:\*\*)?, (?:about (\d+(?:\.\d)?) km|less than 100 metres)/.exec(reply);
  if (!m) throw new Error(`not a nearest answer for IG8 0SB:\n${reply}`);
  return { name: m[1], km: m[2] === undefined ? 0.05 : Number(m[2]) };
}

describe('the bot with a postcode lookup (local stand-in for postcodes.io)', () => {
  let standIn: StandInPostcodesIo;
  let offline: { name: string; km: number };

  before(async () => {
    offline = firstDesk(await conversation()(QUESTION));
  });
  beforeEach(async () => {
    standIn = await startStandInPostcodesIo();
  });
  afterEach(async () => {
    await standIn.close();
  });

  it('offline (no lookup configured), measures from the sector centroid: Charing Cross', () => {
    expect(offline.name).to.equal('Charing Cross Police Station');
    expect(offline.km).to.be.greaterThan(10);
  });

  it('measures from the point the service gives for the postcode', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...NEXT_TO_LEWISHAM });
    const ask = conversation(new PostcodesIoClient({ baseUrl: standIn.url }));
    const reply = await ask(QUESTION);
    const desk = firstDesk(reply);
    expect(desk.name).to.equal('Lewisham Police Station');
    expect(desk.km).to.be.lessThan(0.5);
    // The origin is now the postcode itself, not "the centre of the IG8 0SB area" (said in the details, on request).
    const more = await ask('tell me more');
    expect(more).to.contain('Distances are straight-line, measured from IG8 0SB;');
    expect(more).not.to.contain('centre of the IG8 0SB area');
    expect(standIn.requested).to.deep.equal(['IG8 0SB']);
  });

  it('asks the service once when the same postcode comes twice in a conversation', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...NEXT_TO_LEWISHAM });
    const ask = conversation(new PostcodesIoClient({ baseUrl: standIn.url }));
    await ask(QUESTION);
    const again = await ask(QUESTION);
    expect(firstDesk(again).name).to.equal('Lewisham Police Station');
    expect(standIn.requested).to.have.length(1);
  });

  it('a follow-up leans on the refined point kept in the conversation, without a second lookup', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...NEXT_TO_LEWISHAM });
    const ask = conversation(new PostcodesIoClient({ baseUrl: standIn.url }));
    await ask(QUESTION);
    const followUp = await ask('what about the nearest one open now?');
    expect(followUp).to.match(/open now to IG8 0SB is (?:\*\*)?Lewisham Police Station/);
    expect(standIn.requested).to.have.length(1);
  });

  it('gives the offline answer when the service is down', async () => {
    const url = standIn.url;
    await standIn.close();
    const ask = conversation(new PostcodesIoClient({ baseUrl: url }));
    const reply = await ask(QUESTION);
    expect(firstDesk(reply)).to.deep.equal(offline);
    expect(await ask('tell me more')).to.contain('centre of the IG8 0SB area');
  });

  it('gives the offline answer, not "unknown postcode", when the service says 404', async () => {
    standIn.answer('IG8 0SB', { kind: 'not-found' });
    const reply = await conversation(new PostcodesIoClient({ baseUrl: standIn.url }))(QUESTION);
    expect(firstDesk(reply)).to.deep.equal(offline);
    expect(standIn.requested).to.deep.equal(['IG8 0SB']);
  });

  it('gives the offline answer when the service is too slow', async () => {
    standIn.answer('IG8 0SB', { kind: 'slow' });
    const reply = await conversation(new PostcodesIoClient({ baseUrl: standIn.url, timeoutMs: 100 }))(QUESTION);
    expect(firstDesk(reply)).to.deep.equal(offline);
  });

  it('refines a postcode given in answer to "What\'s your postcode?"', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...NEXT_TO_LEWISHAM });
    const ask = conversation(new PostcodesIoClient({ baseUrl: standIn.url }));
    expect(await ask('nearest 24 hour police station')).to.match(/postcode/i);
    expect(firstDesk(await ask('IG8 0SB')).name).to.equal('Lewisham Police Station');
  });

  it('sends nothing for sectors, districts or station names', async () => {
    const ask = conversation(new PostcodesIoClient({ baseUrl: standIn.url }));
    await ask('nearest 24 hour police station to IG8 0');
    await ask('I\'m in SE18, nearest police front counter?');
    await ask('is Brixton open now?');
    expect(standIn.requested).to.deep.equal([]);
  });
});
