import { expect } from 'chai';
import { PostcodesIoClient } from '../../src/postcodeLookup';
import { captureLogs } from '../server/helpers';
import { startStandInPostcodesIo, type StandInPostcodesIo } from './standInPostcodesIo';

// A point in Woodford Green, inside London's box.
const WOODFORD = { lat: 51.6152, lon: 0.0291 };

describe('PostcodesIoClient (against a local stand-in)', () => {
  let standIn: StandInPostcodesIo;

  beforeEach(async () => {
    standIn = await startStandInPostcodesIo();
  });
  afterEach(async () => {
    await standIn.close();
  });

  it('returns the postcode\'s own point, asking {base}/postcodes/{encoded postcode}', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...WOODFORD });
    const client = new PostcodesIoClient({ baseUrl: standIn.url });
    const located = await client.locate('IG8 0SB');
    expect(located).to.deep.equal({ postcode: 'IG8 0SB', point: WOODFORD, source: new URL(standIn.url).host });
    expect(standIn.paths).to.deep.equal(['/postcodes/IG8%200SB']);
  });

  it('normalises what it is given, and accepts a base URL with a trailing slash', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...WOODFORD });
    const client = new PostcodesIoClient({ baseUrl: `${standIn.url}/` });
    expect((await client.locate('ig80sb'))?.point).to.deep.equal(WOODFORD);
    expect(standIn.paths).to.deep.equal(['/postcodes/IG8%200SB']);
  });

  it('answers a second ask from its cache, without a second request', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...WOODFORD });
    const client = new PostcodesIoClient({ baseUrl: standIn.url });
    const first = await client.locate('IG8 0SB');
    const second = await client.locate('ig8 0sb');
    expect(second).to.deep.equal(first);
    expect(standIn.requested).to.have.length(1);
  });

  it('asks again once a cached answer is 24 hours old', async () => {
    standIn.answer('IG8 0SB', { kind: 'found', ...WOODFORD });
    let now = 0;
    const client = new PostcodesIoClient({ baseUrl: standIn.url, now: () => now });
    await client.locate('IG8 0SB');
    now = 23 * 60 * 60 * 1000;
    await client.locate('IG8 0SB');
    expect(standIn.requested).to.have.length(1);
    now = 24 * 60 * 60 * 1000;
    await client.locate('IG8 0SB');
    expect(standIn.requested).to.have.length(2);
  });

  it('keeps only the most recently used postcodes when the cache is full', async () => {
    for (const pc of ['IG8 0SB', 'E2 0PH', 'SE13 5JZ']) standIn.answer(pc, { kind: 'found', ...WOODFORD });
    const client = new PostcodesIoClient({ baseUrl: standIn.url, cacheSize: 2 });
    await client.locate('IG8 0SB');
    await client.locate('E2 0PH');
    await client.locate('IG8 0SB'); // cached, and now the most recent
    await client.locate('SE13 5JZ'); // evicts E2 0PH
    await client.locate('IG8 0SB');
    await client.locate('E2 0PH');
    expect(standIn.requested).to.deep.equal(['IG8 0SB', 'E2 0PH', 'SE13 5JZ', 'E2 0PH']);
  });

  it('gives up on a slow service after its time limit and returns null (the caller keeps the offline point)', async () => {
    standIn.answer('IG8 0SB', { kind: 'slow' });
    const client = new PostcodesIoClient({ baseUrl: standIn.url, timeoutMs: 100 });
    expect(await client.locate('IG8 0SB')).to.equal(null);
    expect(standIn.requested).to.have.length(1);
  });

  const failures: [string, Parameters<StandInPostcodesIo['answer']>[1]][] = [
    ['a 404 (postcodes.io may lag, or the postcode was terminated)', { kind: 'not-found' }],
    ['a 5xx', { kind: 'server-error' }],
    ['malformed JSON', { kind: 'malformed' }],
    ['coordinates outside Greater London (Manchester)', { kind: 'found', lat: 53.4808, lon: -2.2426 }],
    ['a different postcode than the one asked', { kind: 'found', ...WOODFORD, postcode: 'IG8 0SD' }],
    ['a postcode with no coordinates', { kind: 'no-coordinates' }],
  ];
  for (const [what, answer] of failures) {
    it(`returns null for ${what}`, async () => {
      standIn.answer('IG8 0SB', answer);
      const client = new PostcodesIoClient({ baseUrl: standIn.url });
      expect(await client.locate('IG8 0SB')).to.equal(null);
      expect(standIn.requested).to.deep.equal(['IG8 0SB']);
    });
  }

  it('returns null, without throwing, when the service is down', async () => {
    const url = standIn.url;
    await standIn.close();
    const client = new PostcodesIoClient({ baseUrl: url });
    expect(await client.locate('IG8 0SB')).to.equal(null);
  });

  it('does not look up a sector, a district or a non-postcode', async () => {
    const client = new PostcodesIoClient({ baseUrl: standIn.url });
    for (const notAUnit of ['IG8 0', 'IG8', 'Woodford', '']) expect(await client.locate(notAUnit)).to.equal(null);
    expect(standIn.requested).to.deep.equal([]);
  });

  it('remembers a 404 for the day, but asks again after a 5xx', async () => {
    standIn.answer('IG8 0SB', { kind: 'not-found' });
    standIn.answer('E2 0PH', { kind: 'server-error' });
    const client = new PostcodesIoClient({ baseUrl: standIn.url });
    for (let i = 0; i < 2; i++) {
      await client.locate('IG8 0SB');
      await client.locate('E2 0PH');
    }
    expect(standIn.requested).to.deep.equal(['IG8 0SB', 'E2 0PH', 'E2 0PH']);
  });

  it('logs a failure at debug level without the postcode, unless LOG_MESSAGE_TEXT is on', async () => {
    standIn.answer('IG8 0SB', { kind: 'not-found' });
    const redacted = captureLogs({ logMessageText: false });
    await new PostcodesIoClient({ baseUrl: standIn.url, logger: redacted.logger }).locate('IG8 0SB');
    expect(redacted.lines).to.have.length(1);
    const line = JSON.parse(redacted.lines[0]) as Record<string, unknown>;
    expect(line).to.include({ level: 'debug', reason: 'not-found', status: 404 });
    expect(redacted.text()).not.to.match(/IG8\s*0SB|IG8%200SB/i);

    const verbose = captureLogs({ logMessageText: true });
    await new PostcodesIoClient({ baseUrl: standIn.url, logger: verbose.logger }).locate('IG8 0SB');
    expect(verbose.text()).to.contain('IG8 0SB');
  });
});
