import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CONFIG_VARIABLES, DEFAULT_DIRECTLINE_ENDPOINT, loadConfig } from '../../src/config';
import { configErrorFor } from './helpers';


describe('configuration', () => {
  it('runs locally on defaults: port 3978, anonymous, memory storage, local-friendly logs', () => {
    const config = loadConfig({});
    expect(config).to.deep.equal({
      port: 3978,
      host: undefined,
      nodeEnv: 'development',
      logLevel: 'info',
      logMessageText: false,
      botName: 'StationDesk',
      maxBodyBytes: 256 * 1024,
      auth: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined, openIdMetadataUrl: undefined },
      directLine: { secret: undefined, endpoint: DEFAULT_DIRECTLINE_ENDPOINT },
      storage: { kind: 'memory' },
      stateIdleMinutes: 60,
      postcodesIoUrl: undefined,
      sourceUrl: undefined,
      timeouts: { storageMs: 3000, replyMs: 5000, shutdownGraceMs: 30_000 },
      limits: { messagesPerMinute: 60, tokensPerMinute: 10, directLinePerMinute: 240, maxConnections: 1000, trustProxy: false },
      allowedServiceUrls: [],
      embedOrigins: [],
    });
  });

  it('reads every setting, treating blank values as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      LOG_MESSAGE_TEXT: 'true',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'app-password',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: 'tenant-id',
      DIRECTLINE_SECRET: 'dl-secret',
      DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/',
      MAX_BODY_BYTES: '4096',
      BOT_NAME: 'Desk',
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      AZURE_STORAGE_CONTAINER: 'state-1',
      POSTCODES_IO_URL: 'https://api.postcodes.io',
      STATIONDESK_SOURCE_URL: 'https://example.org/stationdesk/',
      STATE_IDLE_MINUTES: '15',
      STORAGE_TIMEOUT_MS: '1500',
      REPLY_TIMEOUT_MS: '2500',
      SHUTDOWN_GRACE_MS: '45000',
      RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
      RATE_LIMIT_TOKENS_PER_MINUTE: '5',
      RATE_LIMIT_DIRECTLINE_PER_MINUTE: '120',
      MAX_CONNECTIONS: '200',
      TRUST_PROXY: 'true',
      ALLOWED_SERVICE_URLS: 'http://localhost:53710, https://emulator.example.org/',
      EMBED_ORIGINS: 'https://www.example.org, https://Intranet.Example.org:443/,http://localhost:8080,https://www.example.org',
    });
    expect(config.port).to.equal(8080);
    expect(config.sourceUrl).to.equal('https://example.org/stationdesk');
    expect(config.stateIdleMinutes).to.equal(15);
    expect(config.timeouts).to.deep.equal({ storageMs: 1500, replyMs: 2500, shutdownGraceMs: 45_000 });
    expect(config.limits).to.deep.equal({ messagesPerMinute: 0, tokensPerMinute: 5, directLinePerMinute: 120, maxConnections: 200, trustProxy: true });
    expect(config.allowedServiceUrls).to.deep.equal(['http://localhost:53710', 'https://emulator.example.org']);
    expect(configErrorFor({ ALLOWED_SERVICE_URLS: 'http://localhost:53710/api/messages' }).variable).to.equal('ALLOWED_SERVICE_URLS');
    expect(config.logMessageText).to.equal(true);
    expect(config.auth).to.include({ appId: 'app-id', appType: 'SingleTenant', tenantId: 'tenant-id' });
    expect(config.directLine).to.deep.equal({ secret: 'dl-secret', endpoint: 'https://europe.directline.botframework.com/v3/directline' });
    expect(config.storage).to.deep.equal({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true', container: 'state-1' });
    // Origins as browsers send them: lower-case host, no default port, no slash, each once.
    expect(config.embedOrigins).to.deep.equal(['https://www.example.org', 'https://intranet.example.org', 'http://localhost:8080']);
    expect(loadConfig({ MicrosoftAppId: '  ', PORT: '', LOG_MESSAGE_TEXT: '' })).to.include({ port: 3978, logMessageText: false });
  });

  const badValues: [Record<string, string>, string][] = [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ LOG_MESSAGE_TEXT: 'sometimes' }, 'LOG_MESSAGE_TEXT'],
    [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES'],
    [{ MAX_BODY_BYTES: '1kb' }, 'MAX_BODY_BYTES'],
    [{ DIRECTLINE_ENDPOINT: 'ftp://directline.example' }, 'DIRECTLINE_ENDPOINT'],
    [{ POSTCODES_IO_URL: 'postcodes.io' }, 'POSTCODES_IO_URL'],
    [{ STATIONDESK_SOURCE_URL: 'github.com/stationdesk' }, 'STATIONDESK_SOURCE_URL'],
    [{ BotOpenIdMetadata: 'not a url' }, 'BotOpenIdMetadata'],
    [{ STORAGE: 'disk' }, 'STORAGE'],
    [{ STORAGE: 'blob' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_STORAGE_CONTAINER: 'Bad_Name' }, 'AZURE_STORAGE_CONTAINER'],
    [{ BOT_NAME: 'x'.repeat(61) }, 'BOT_NAME'],
    [{ EMBED_ORIGINS: '*' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://*.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'www.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://www.example.org/chat' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://www.example.org, ftp://files.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://user:pass@www.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'null' }, 'EMBED_ORIGINS'],
    [{ MicrosoftAppType: 'Personal' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'app-id' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppPassword: 'secret' }, 'MicrosoftAppId'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppId'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }, 'MicrosoftAppPassword'],
  ];
  for (const [env, variable] of badValues) {
    it(`names ${variable} for ${JSON.stringify(env).slice(0, 70)}`, () => {
      const error = configErrorFor(env);
      expect(error.variable).to.equal(variable);
      expect(error.message).to.contain(variable);
    });
  }

  it('never repeats a secret value in its message', () => {
    const error = configErrorFor({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'super-secret-value', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' });
    expect(error.message).to.not.contain('super-secret-value');
  });

  it('documents every variable it reads in .env.example, each with a comment', () => {
    const example = readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8').split('\n');
    for (const variable of CONFIG_VARIABLES) {
      const line = example.findIndex((text) => text.startsWith(`${variable}=`));
      expect(line, `${variable} missing from .env.example`).to.be.greaterThan(0);
      expect(example[line - 1], `${variable} has no comment above it`).to.match(/^#/);
    }
    // And the example itself is a valid configuration.
    const values = Object.fromEntries(
      example.filter((text) => /^[A-Za-z_]+=/.test(text)).map((text) => [text.slice(0, text.indexOf('=')), text.slice(text.indexOf('=') + 1)]),
    );
    expect(() => loadConfig(values)).to.not.throw();
  });
});
