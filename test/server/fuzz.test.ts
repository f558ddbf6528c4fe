/**
 * An HTTP fuzz test against the real server (the real StationDesk bot, the
 * real state storage, the local Direct Line): valid activities with one to
 * three fields replaced by arbitrary JSON (wrong types, huge strings, deep
 * nesting, prototype keys), bodies that are not JSON or not objects, and
 * arbitrary client activities and watermarks on the local Direct Line.
 * Nothing may answer 5xx or hang, no turn may end in the "sorry, something
 * went wrong" apology, nothing may be logged as a failure, and /healthz must
 * answer throughout. A few thousand requests at most, so CI stays quick.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { TURN_ERROR_REPLY } from '../../src/server';
import { FrontCounterKnowledge } from '../../src/stations';
import { createStorage } from '../../src/storage';
import { captureLogs, messageActivity, type RunningServer, startServer, startStandInConnector, type StandInConnector } from './helpers';

const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });
const DEEP = '__deep__';

const ACTIVITY_FIELDS = [
  'type', 'id', 'name', 'channelId', 'serviceUrl', 'deliveryMode', 'conversation', 'from', 'recipient', 'text', 'textFormat', 'locale',
  'localTimezone', 'timestamp', 'localTimestamp', 'replyToId', 'membersAdded', 'membersRemoved', 'attachments', 'entities', 'channelData',
  'value', 'suggestedActions', '__proto__', 'constructor', 'toString',
] as const;

/** Values that have broken bots before, plus arbitrary JSON. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(DEEP, null, '', ' ', 'x'.repeat(20_000), '\u0000', '🚓🚨', '<script>alert(1)</script>', "'; DROP TABLE", '%s%s%n', 'http://127.0.0.1:1/', -0, 1e308, true),
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
  fc.array(fc.record({ id: fc.string(), name: fc.oneof(fc.string(), fc.integer()) }), { maxLength: 3 }),
  fc.record({ action: fc.oneof(fc.constant(undefined), fc.record({ type: fc.oneof(fc.string(), fc.integer()) })) }),
);

const mutation = fc.record({ field: fc.constantFrom(...ACTIVITY_FIELDS), value: fc.option(nastyValue, { nil: undefined }) });

const ACTIVITY_TYPES = ['message', 'conversationUpdate', 'invoke', 'event', 'typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'somethingNew'];

interface FuzzRequest {
  path: 'messages' | 'raw';
  body: string;
  contentType: string;
}

function serialise(activity: Record<string, unknown>): string {
  return JSON.stringify(activity).replace(`"${DEEP}"`, `${'['.repeat(3_000)}${']'.repeat(3_000)}`);
}

describe('HTTP fuzz: malformed requests against the real server', function () {
  this.timeout(120_000);

  let server: RunningServer;
  let connector: StandInConnector;
  const healthFailures: string[] = [];
  let probing = true;
  let probe: Promise<void>;

  before(async () => {
    connector = await startStandInConnector();
    const logs = captureLogs();
    const state = createStorage({ kind: 'memory' }, { logger: logs.logger });
    const { bot } = buildStationDeskBot({ knowledge: FrontCounterKnowledge.load(), storage: state.storage, clock: () => THURSDAY_AFTERNOON });
    server = await startServer({ bot, state: state.storage, logs, env: { ALLOWED_SERVICE_URLS: connector.url, MAX_BODY_BYTES: '65536' } });
    probe = (async () => {
      while (probing) {
        const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).catch((error: Error) => error);
        if (res instanceof Error || res.status !== 200) healthFailures.push(res instanceof Error ? res.message : String(res.status));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
  });

  after(async () => {
    probing = false;
    await probe;
    await server?.close();
    await connector?.close();
  });

  async function send(request: FuzzRequest): Promise<number> {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': request.contentType },
      body: request.body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status;
  }

  it('mutated activities and raw bodies on /api/messages: never 5xx, never a hang, never the apology', async () => {
    let conversation = 0;
    const mutatedActivity = fc
      .record({
        type: fc.constantFrom(...ACTIVITY_TYPES),
        text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('is Brixton open now?', 'nearest 24 hour police station', 'SE13 6LW', 'help')),
        expectReplies: fc.boolean(),
        mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
      })
      .map(({ type, text, expectReplies, mutations }): FuzzRequest => {
        const activity: Record<string, unknown> = {
          ...messageActivity(connector.url, text, { id: `fuzz-${++conversation}`, conversation: { id: `fuzz-conv-${conversation % 40}` } }),
          type,
          ...(expectReplies ? { deliveryMode: 'expectReplies' } : {}),
        };
        for (const { field, value } of mutations) {
          if (value === undefined) delete activity[field];
          else Object.defineProperty(activity, field, { value, enumerable: true, configurable: true, writable: true });
        }
        return { path: 'messages', body: serialise(activity), contentType: 'application/json' };
      });
    const rawBody = fc
      .oneof(
        fc.string({ maxLength: 200 }),
        fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
        fc.constantFrom('{"type":"message",', '{"type":"message"}}', '\uFEFF{}', '[]', 'null', '"message"', '{"type":"message","text":"\\ud800"}'),
      )
      .map((body): FuzzRequest => ({ path: 'raw', body, contentType: 'application/json' }));

    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: mutatedActivity, weight: 4 }, { arbitrary: rawBody, weight: 1 }), async (request) => {
        const status = await send(request);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // 501 is the Bot Framework's own answer to an invoke the bot does not implement (the protocol, not a failure).
        if (status === 501 && /^\{"type":"invoke"/.test(request.body)) return;
        expect(status, request.body.slice(0, 200)).to.be.lessThan(500);
      }),
      { numRuns: 1_200 },
    );
    // Both valid turns and refusals were exercised.
    expect(statuses.get(200) ?? 0).to.be.greaterThan(50);
    expect(statuses.get(400) ?? 0).to.be.greaterThan(50);
    expect(connector.received.map((reply) => reply.body.text)).to.not.include(TURN_ERROR_REPLY);
    expect(server.logs.text()).to.not.match(/"msg":"(turn failed|activity failed|request failed)"/);
    expect(healthFailures).to.deep.equal([]);
  });

  it('arbitrary client activities and watermarks on the local Direct Line: 4xx or 200, never 5xx', async () => {
    const { token } = (await (await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const started = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    const { conversationId, token: conversationToken } = (await started.json()) as { conversationId: string; token: string };
    const auth = { Authorization: `Bearer ${conversationToken}` };
    const base = `${server.url}/v3/directline/conversations/${conversationId}`;

    const clientActivity = fc
      .record({ type: fc.constantFrom('message', 'event', 'typing', 'conversationUpdate', ''), text: fc.string({ maxLength: 50 }), mutations: fc.array(mutation, { maxLength: 2 }) })
      .map(({ type, text, mutations }) => {
        const activity: Record<string, unknown> = { type, text };
        for (const { field, value } of mutations) if (value !== undefined) Object.defineProperty(activity, field, { value, enumerable: true, configurable: true, writable: true });
        return serialise(activity);
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(clientActivity, fc.string({ maxLength: 30 }).map((watermark) => ({ watermark }))), async (input) => {
        const res =
          typeof input === 'string'
            ? await fetch(`${base}/activities`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: input, signal: AbortSignal.timeout(10_000) })
            : await fetch(`${base}/activities?watermark=${encodeURIComponent(input.watermark)}`, { headers: auth, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        expect(res.status).to.be.lessThan(500);
      }),
      { numRuns: 400 },
    );
    const poll = await fetch(`${base}/activities`, { headers: auth });
    expect(poll.status).to.equal(200);
    expect(((await poll.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text)).to.not.include(TURN_ERROR_REPLY);
    expect(healthFailures).to.deep.equal([]);
  });
});
