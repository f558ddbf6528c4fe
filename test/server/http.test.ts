import { request } from 'node:http';
import { expect } from 'chai';
import { ActivityHandler } from 'botbuilder';
import { PlaceholderBot } from './echoBot';
import { TURN_ERROR_REPLY } from '../../src/server';
import { messageActivity, postJson, type RunningServer, startServer, startStandInConnector, type StandInConnector } from './helpers';

describe('HTTP edge: probes, limits and bad input', () => {
  let server: RunningServer;
  let connector: StandInConnector;
  let ready = true;

  before(async () => {
    connector = await startStandInConnector();
    server = await startServer({
      bot: new PlaceholderBot(),
      env: { MAX_BODY_BYTES: '2048', ALLOWED_SERVICE_URLS: connector.url },
      readiness: async () => ({ ready, checks: { stations: ready ? 'loaded' : 'missing' } }),
    });
  });
  after(async () => {
    await server.close();
    await connector.close();
  });

  it('answers liveness on /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ status: 'ok' });
  });

  it('reports readiness from the injected check, 503 while not ready', async () => {
    ready = true;
    const up = await fetch(`${server.url}/readyz`);
    expect(up.status).to.equal(200);
    expect(await up.json()).to.deep.equal({ status: 'ready', checks: { stations: 'loaded' } });

    ready = false;
    const down = await fetch(`${server.url}/readyz`);
    expect(down.status).to.equal(503);
    expect(await down.json()).to.include({ status: 'not-ready' });
    ready = true;
  });

  it('rejects an activity it could not answer with 400 (no conversation, no or a bad serviceUrl), at once', async () => {
    const base = messageActivity(connector.url, 'hello');
    const cases: Record<string, unknown>[] = [
      { ...base, conversation: undefined },
      { ...base, serviceUrl: undefined },
      { ...base, serviceUrl: 'javascript:alert(1)' },
      { ...base, serviceUrl: 'not a url' },
    ];
    const before = connector.received.length;
    for (const body of cases) {
      const res = await postJson(`${server.url}/api/messages`, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(await res.json()).to.include({ code: 'BadRequest' });
    }
    expect(connector.received.length).to.equal(before);
  });

  it('answers in the response with deliveryMode expectReplies, no serviceUrl needed', async () => {
    const body = { ...messageActivity(connector.url, 'hello'), serviceUrl: undefined, deliveryMode: 'expectReplies' };
    const res = await postJson(`${server.url}/api/messages`, body);
    expect(res.status).to.equal(200);
    const { activities } = (await res.json()) as { activities: { text?: string }[] };
    expect(activities.map((a) => a.text)).to.deep.equal(['You said: hello']);
  });

  it('rejects a body over MAX_BODY_BYTES with 413', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, 'x'.repeat(4000)));
    expect(res.status).to.equal(413);
    expect(await res.json()).to.include({ code: 'PayloadTooLarge' });
  });

  it('rejects an oversized chunked body (no Content-Length) with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(500));
      req.end();
    });
    expect(status).to.equal(413);
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message",' });
    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.match(/application\/json/);
    expect(await res.json()).to.have.property('code', 'InvalidContent');
  });

  it('answers a body that is not an activity with 400', async () => {
    for (const body of [[1, 2], { text: 'no type' }, { type: '' }, 'just a string']) {
      const res = await postJson(`${server.url}/api/messages`, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
    }
  });

  it('refuses non-JSON and compressed bodies with 415', async () => {
    const text = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(text.status).to.equal(415);
    const gzip = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: 'not really gzip',
    });
    expect(gzip.status).to.equal(415);
  });

  it('answers unknown routes with 404', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).to.equal(404);
    const post = await postJson(`${server.url}/api/other`, {});
    expect(post.status).to.equal(404);
  });

  it('takes an activity type it does not know without failing', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, '', { type: 'somethingNew' }));
    expect(res.status).to.equal(200);
    // It reached the bot (which ignores it), and the server is well afterwards.
    expect(server.logs.text()).to.contain('"activityType":"somethingNew"');
    expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
  });

  it('runs a message through the bot and replies through the activity serviceUrl', async () => {
    const before = connector.received.length;
    const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, 'is Woodford staying open?'));
    expect(res.status).to.equal(200);
    const sent = await connector.waitFor(before + 1);
    const replyToUser = sent[before];
    expect(replyToUser.path).to.equal('/v3/conversations/conversation-1/activities/activity-1');
    expect(replyToUser.body.text).to.contain('Woodford');
  });

  it('serves the Web Chat page with security headers', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/text\/html/);
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("default-src 'self'");
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("frame-ancestors 'self'");
    const html = await res.text();
    expect(html).to.contain('StationDesk');
    expect(html).to.match(/src="\/vendor\/webchat\.[0-9a-f]{16}\.js"/);
    expect(html).to.contain('999');
  });
});

describe('HTTP edge: errors inside a turn', () => {
  class FailingBot extends ActivityHandler {
    constructor() {
      super();
      this.onMessage(async () => {
        throw new Error('the knowledge core fell over');
      });
    }
  }

  let server: RunningServer;
  let connector: StandInConnector;

  before(async () => {
    connector = await startStandInConnector();
    server = await startServer({ bot: new FailingBot(), env: { ALLOWED_SERVICE_URLS: connector.url } });
  });
  after(async () => {
    await server.close();
    await connector.close();
  });

  it('sends the resident a polite apology and logs the error, and keeps serving', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, 'hello'));
    expect(res.status).to.equal(200);
    const [apology] = await connector.waitFor(1);
    expect(apology.body.text).to.equal(TURN_ERROR_REPLY);
    expect(server.logs.text()).to.contain('the knowledge core fell over');
    expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
  });

  it('answers 503 on /readyz when the readiness check throws', async () => {
    const failing = await startServer({
      bot: new FailingBot(),
      readiness: async () => {
        throw new Error('storage unreachable');
      },
    });
    try {
      const res = await fetch(`${failing.url}/readyz`);
      expect(res.status).to.equal(503);
    } finally {
      await failing.close();
    }
  });
});
