import { expect } from 'chai';
import { PlaceholderBot } from './echoBot';
import { loadConfig } from '../../src/config';
import { createLogger, loggerFor } from '../../src/logging';
import { messageActivity, postJson, startServer, startStandInConnector } from './helpers';

const fixedClock = () => new Date('2026-11-26T09:30:00.000Z');

function collect(options: { logMessageText: boolean; format?: 'json' | 'pretty'; level?: 'debug' | 'info' | 'warn' }) {
  const lines: string[] = [];
  const logger = createLogger({
    level: options.level ?? 'debug',
    format: options.format ?? 'json',
    logMessageText: options.logMessageText,
    write: (line) => lines.push(line),
    now: fixedClock,
  });
  return { logger, lines };
}

describe('logging', () => {
  it('writes one JSON object per line in production', () => {
    const { logger, lines } = collect({ logMessageText: false });
    logger.child({ conversationId: 'c-1' }).info('turn finished', { durationMs: 12 });
    expect(lines).to.have.length(1);
    expect(JSON.parse(lines[0])).to.deep.equal({
      time: '2026-11-26T09:30:00.000Z',
      level: 'info',
      msg: 'turn finished',
      conversationId: 'c-1',
      durationMs: 12,
    });
  });

  it('writes readable lines in development', () => {
    const lines: string[] = [];
    loggerFor(loadConfig({ NODE_ENV: 'development' }), (line) => lines.push(line)).warn('slow turn', { durationMs: 900 });
    expect(lines[0]).to.match(/^\d\d:\d\d:\d\d\.\d{3} WARN  slow turn durationMs=900$/);
  });

  it('drops lines below the configured level', () => {
    const { logger, lines } = collect({ logMessageText: false, level: 'warn' });
    logger.debug('noise');
    logger.info('more noise');
    logger.error('a problem');
    expect(lines.map((line) => JSON.parse(line).msg)).to.deep.equal(['a problem']);
  });

  it('redacts what residents typed and their postcodes unless LOG_MESSAGE_TEXT=true', () => {
    const fields = {
      text: 'is Woodford staying open? I live at IG8 9PS',
      activity: { type: 'message', text: 'my postcode is E17 4PP', value: { postcode: 'E17 4PP' } },
      postcode: 'SW1A 2AA',
      error: new Error('no station near NW10 7AB'),
      stationId: 'woodford',
    };
    const { logger, lines } = collect({ logMessageText: false });
    logger.info('asked about E4 9AB', fields);
    const redacted = lines[0];
    for (const secret of ['Woodford staying open', 'IG8 9PS', 'E17 4PP', 'SW1A 2AA', 'NW10 7AB', 'E4 9AB']) {
      expect(redacted).to.not.contain(secret);
    }
    const parsed = JSON.parse(redacted);
    expect(parsed.text).to.equal('[redacted]');
    expect(parsed.activity).to.deep.include({ type: 'message', text: '[redacted]', value: '[redacted]' });
    expect(parsed.error.message).to.equal('no station near [postcode]');
    expect(parsed.stationId).to.equal('woodford');

    const open = collect({ logMessageText: true });
    open.logger.info('asked about E4 9AB', fields);
    for (const said of ['Woodford staying open', 'IG8 9PS', 'E17 4PP', 'SW1A 2AA', 'NW10 7AB', 'E4 9AB']) {
      expect(open.lines[0]).to.contain(said);
    }
  });

  describe('from the running server', () => {
    const said = 'is Woodford staying open? I live at IG8 9PS';

    for (const logMessageText of [false, true]) {
      it(`${logMessageText ? 'includes' : 'keeps out'} message text with LOG_MESSAGE_TEXT=${logMessageText}`, async () => {
        const connector = await startStandInConnector();
        const server = await startServer({ bot: new PlaceholderBot(), env: { LOG_MESSAGE_TEXT: String(logMessageText), ALLOWED_SERVICE_URLS: connector.url } });
        try {
          const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, said));
          expect(res.status).to.equal(200);
          const logs = server.logs.text();
          // The turn was logged either way...
          expect(logs).to.contain('"activityType":"message"');
          // ...but the words only when allowed.
          if (logMessageText) expect(logs).to.contain(said);
          else {
            expect(logs).to.not.contain('Woodford');
            expect(logs).to.not.contain('IG8 9PS');
          }
        } finally {
          await server.close();
          await connector.close();
        }
      });
    }
  });
});
