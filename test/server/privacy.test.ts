/**
 * What residents send never reaches the logs (LOG_MESSAGE_TEXT=false, the
 * default), on any path: answered turns, refused activities, malformed and
 * absurdly nested bodies, a channel that fails with an error body quoting the
 * conversation, the local Direct Line, a failing turn, a rejected token, and
 * restify's own logger. The logs are captured at debug level, the most talkative.
 */
import { createServer as createHttpServer } from 'node:http';
import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { restifyLogFor } from '../../src/http/restifyLog';
import { FrontCounterKnowledge } from '../../src/stations';
import { captureLogs, closeServer, listenOnLoopback, messageActivity, postJson, readJson, reply, startServer } from './helpers';
import { THURSDAY_AFTERNOON } from '../storage/blobInstances';

const NAME = 'Zebedee Quibblethorpe';
const PHONE = '07700 900123';
const PHONE_INTERNATIONAL = '+44 20 7946 0018';
const EMAIL = 'zebedee.q@example.org';
const POSTCODE = 'IG8 9PS';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ6ZWJlZGVlIn0.c2lnbmF0dXJlLXNlY3JldA';
const SAID = `Hi, I'm ${NAME}, ${EMAIL}, call me on ${PHONE} or ${PHONE_INTERNATIONAL}; nearest police station to ${POSTCODE}?`;
const EVERYTHING = [NAME, 'Quibblethorpe', PHONE, '900123', '7946 0018', EMAIL, POSTCODE, TOKEN];

function expectNothingPersonal(logText: string): void {
  for (const secret of EVERYTHING) expect(logText, `the logs mention "${secret}"`).to.not.contain(secret);
}

describe('privacy: nothing a resident sent reaches the logs', function () {
  this.timeout(30_000);

  it('on every path through the real server', async () => {
    // A channel that fails some replies with an error body quoting the conversation.
    let failReplies = false;
    const channel = createHttpServer(async (req, res) => {
      const body = await readJson(req);
      if (failReplies) return reply(res, 500, { error: { code: 'ServiceError', message: `could not deliver "${String(body.text)}" to ${NAME}` } });
      return reply(res, 200, { id: 'r-1' });
    });
    const channelUrl = await listenOnLoopback(channel);
    const { bot } = buildStationDeskBot({ knowledge: FrontCounterKnowledge.load(), storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON });
    const server = await startServer({ bot, env: { ALLOWED_SERVICE_URLS: channelUrl } });
    const messages = `${server.url}/api/messages`;
    const withName = { from: { id: 'u-1', name: NAME }, recipient: { id: 'bot', name: 'StationDesk' } };
    try {
      // An answered turn, and one whose reply the channel refuses.
      expect((await postJson(messages, messageActivity(channelUrl, SAID, withName), { Authorization: `Bearer ${TOKEN}` })).status).to.equal(200);
      failReplies = true;
      expect((await postJson(messages, messageActivity(channelUrl, SAID, { ...withName, id: 'activity-2' }))).status).to.equal(200);
      failReplies = false;
      // Refused activities, with the personal details in the fields that are wrong.
      for (const bad of [{ text: 42, value: SAID }, { locale: SAID }, { conversation: { id: SAID, name: NAME }, channelId: 99 }]) {
        expect((await postJson(messages, { ...messageActivity(channelUrl, SAID, withName), ...bad })).status).to.equal(400);
      }
      // A body nested 5,000 deep (restify used to log the whole request for this), and malformed JSON.
      const deep = `{"type":"message","text":${JSON.stringify(SAID)},"value":${'['.repeat(5_000)}${JSON.stringify(SAID)}${']'.repeat(5_000)}}`;
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` };
      expect((await fetch(messages, { method: 'POST', headers, body: deep })).status).to.equal(400);
      expect((await fetch(messages, { method: 'POST', headers, body: `{"type":"message","text":"${SAID}` })).status).to.equal(400);
      // The local Direct Line, as the page uses it.
      const { token } = (await (await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
      const started = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      const { conversationId } = (await started.json()) as { conversationId: string };
      const posted = await postJson(
        `${server.url}/v3/directline/conversations/${conversationId}/activities`,
        { type: 'message', text: SAID, from: { name: NAME } },
        { Authorization: `Bearer ${token}` },
      );
      expect(posted.status).to.equal(200);
      expectNothingPersonal(server.logs.text());
      expect(server.logs.text(), 'the failed reply was logged, by status').to.contain('"statusCode":500');
    } finally {
      await server.close();
      await closeServer(channel);
    }
  });

  it('when a turn fails, and when a token is refused', async () => {
    const failing = await startServer({
      bot: {
        run: async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'id')");
        },
      },
      env: { ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9' },
    });
    const authenticated = await startServer({
      bot: { run: async () => undefined },
      env: { MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', BotOpenIdMetadata: 'http://127.0.0.1:9/none' },
    });
    try {
      await postJson(`${failing.url}/api/messages`, messageActivity('http://127.0.0.1:9', SAID, { from: { id: 'u', name: NAME } }));
      expect(failing.logs.text()).to.contain('turn failed');
      const refused = await postJson(`${authenticated.url}/api/messages`, messageActivity('https://smba.example.invalid/', SAID), { Authorization: `Bearer ${TOKEN}` });
      expect(refused.status).to.equal(401);
      expectNothingPersonal(failing.logs.text());
      expectNothingPersonal(authenticated.logs.text());
    } finally {
      await failing.close();
      await authenticated.close();
    }
  });

  it("restify's own logger keeps only its message and the error's name", () => {
    const logs = captureLogs();
    const restifyLog = restifyLogFor(logs.logger) as unknown as { warn(fields: object, message: string): void };
    restifyLog.warn({ req: { headers: { authorization: `Bearer ${TOKEN}` }, body: SAID }, err: new RangeError(`stack overflow in ${SAID}`) }, 'error retrieving formatter');
    expect(logs.lines).to.have.length(1);
    expect(JSON.parse(logs.lines[0])).to.include({ level: 'warn', msg: 'restify: error retrieving formatter', error: 'RangeError' });
    expectNothingPersonal(logs.text());
  });

  it('masks credentials even with LOG_MESSAGE_TEXT=true, and personal details in any string by default', () => {
    const open = captureLogs({ logMessageText: true });
    open.logger.info(`header Bearer ${TOKEN}`, { authorization: `Bearer ${TOKEN}`, detail: `token ${TOKEN}` });
    expect(open.text()).to.not.contain(TOKEN);
    const closed = captureLogs();
    closed.logger.warn(`could not place ${SAID}`, { detail: SAID, error: new Error(SAID) });
    for (const secret of [PHONE, PHONE_INTERNATIONAL, EMAIL, POSTCODE, TOKEN]) expect(closed.text()).to.not.contain(secret);
  });
});
