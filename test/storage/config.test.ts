/**
 * STORAGE=blob settings are checked at start, by name, without repeating the
 * secret; STORAGE=memory needs none of them.
 */
import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/storage';
import { configErrorFor } from '../server/helpers';

const ACCOUNT_KEY = 'c2VjcmV0LWFjY291bnQta2V5LXZhbHVl';
const AZURE = `DefaultEndpointsProtocol=https;AccountName=stationdesk;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;
const SAS = 'BlobEndpoint=https://stationdesk.blob.core.windows.net/;SharedAccessSignature=sv=2024-11-04&ss=b&srt=sco&sp=rwdlac&sig=abc%3D';
const AZURITE = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`;

function blob(connectionString: string, container?: string) {
  return loadConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString, ...(container ? { AZURE_STORAGE_CONTAINER: container } : {}) });
}


describe('blob storage configuration', () => {
  for (const [label, connectionString] of [
    ['an account key string from the Azure portal', AZURE],
    ['a SAS connection string', SAS],
    ['the Azurite account on an explicit endpoint', AZURITE],
    ['the Azurite shorthand', 'UseDevelopmentStorage=true'],
  ]) {
    it(`accepts ${label}, with the default container, and the SDK can read it too`, () => {
      const config = blob(connectionString);
      expect(config.storage).to.deep.equal({ kind: 'blob', connectionString, container: 'stationdesk-state' });
      const state = createStorage(config.storage);
      expect(state.kind).to.equal('blob');
      expect(state.storage).to.not.be.instanceOf(MemoryStorage);
    });
  }

  for (const [label, connectionString] of [
    ['a word', 'storage'],
    ['a URL', 'https://stationdesk.blob.core.windows.net/'],
    ['an account name and key without DefaultEndpointsProtocol', `AccountName=stationdesk;AccountKey=${ACCOUNT_KEY}`],
    ['a key that is not base64', 'DefaultEndpointsProtocol=https;AccountName=stationdesk;AccountKey=not-a-key!!;EndpointSuffix=core.windows.net'],
    ['no EndpointSuffix and no BlobEndpoint', `DefaultEndpointsProtocol=https;AccountName=stationdesk;AccountKey=${ACCOUNT_KEY}`],
    ['no AccountName', `DefaultEndpointsProtocol=https;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`],
    ['a BlobEndpoint that is not http(s)', 'BlobEndpoint=ftp://stationdesk;SharedAccessSignature=sv=1&sig=2'],
    ['a BlobEndpoint without a SharedAccessSignature', 'BlobEndpoint=https://stationdesk.blob.core.windows.net/'],
  ]) {
    it(`refuses ${label}, naming AZURE_STORAGE_CONNECTION_STRING`, () => {
      const error = configErrorFor({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString });
      expect(error.variable).to.equal('AZURE_STORAGE_CONNECTION_STRING');
      expect(error.message).to.contain('AZURE_STORAGE_CONNECTION_STRING');
    });
  }

  it('never repeats the connection string or its key in a message', () => {
    const error = configErrorFor({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=stationdesk;AccountKey=${ACCOUNT_KEY}` });
    expect(error.message).to.not.contain(ACCOUNT_KEY);
    expect(error.message).to.not.contain('stationdesk;');
  });

  for (const name of ['ab', 'a'.repeat(64), 'State', 'state_1', '-state', 'state-', 'sta--te']) {
    it(`refuses the container name ${JSON.stringify(name.length > 20 ? `${name.slice(0, 8)}... (${name.length})` : name)}, naming AZURE_STORAGE_CONTAINER`, () => {
      const error = configErrorFor({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: AZURE, AZURE_STORAGE_CONTAINER: name });
      expect(error.variable).to.equal('AZURE_STORAGE_CONTAINER');
    });
  }

  it('accepts container names at the limits of the rules', () => {
    for (const name of ['abc', 'a'.repeat(63), 'state-1', '2026-state']) {
      expect(blob(AZURE, name).storage).to.include({ container: name });
    }
  });

  it('STORAGE=memory ignores the blob settings and keeps state in this process', async () => {
    const config = loadConfig({ STORAGE: 'memory', AZURE_STORAGE_CONNECTION_STRING: 'not used' });
    expect(config.storage).to.deep.equal({ kind: 'memory' });
    const state = createStorage(config.storage);
    expect(state.kind).to.equal('memory');
    await state.open();
    expect(await state.status()).to.equal('memory');
  });
});
