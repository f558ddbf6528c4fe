/**
 * Real StationDesk servers on STORAGE=blob, for the Azurite tests: the real
 * bot, the real storage (TurnStorage over the blob container) and the real
 * HTTP edge, each instance with its own clients, as separate processes would be.
 */
import { ContainerClient } from '@azure/storage-blob';
import { DateTime } from 'luxon';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { FrontCounterKnowledge } from '../../src/stations';
import { createStorage, type StateStorage, TURN_LEDGER_FIELD } from '../../src/storage';
import { captureLogs, postJson, type RunningServer, startServer } from '../server/helpers';

/** Thursday 26 November 2026, 14:00 in London: the as-of date of the development set. */
export const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

const knowledge = FrontCounterKnowledge.load();

export interface BlobInstance extends RunningServer {
  state: StateStorage;
}

export async function startBlobInstance(connectionString: string, container: string, env: Record<string, string> = {}): Promise<BlobInstance> {
  const logs = captureLogs();
  const state = createStorage(
    { kind: 'blob', connectionString, container },
    { logger: logs.logger, timeouts: { requestMs: Number(env.STORAGE_TIMEOUT_MS ?? 3_000), probeMs: 1_000 } },
  );
  await state.open();
  const { bot } = buildStationDeskBot({ knowledge, storage: state.storage, clock: () => THURSDAY_AFTERNOON });
  const server = await startServer({
    bot,
    state: state.storage,
    logs,
    env,
    readiness: async () => ({ ready: (await state.status()) !== 'unreachable' }),
  });
  return { ...server, state };
}

let sequence = 0;

/** An activity as a channel would post it, replies wanted in the response (deliveryMode expectReplies). */
export function question(conversationId: string, text: string, id = `act-${process.pid}-${++sequence}`): Record<string, unknown> {
  return {
    type: 'message',
    id,
    channelId: 'webchat',
    deliveryMode: 'expectReplies',
    from: { id: `resident-${conversationId}`, name: 'Resident' },
    recipient: { id: 'stationdesk', name: 'StationDesk' },
    conversation: { id: conversationId },
    text,
  };
}

/** POSTs the activity and returns the texts of the replies in the response. */
export async function ask(instance: RunningServer, activity: Record<string, unknown>): Promise<string[]> {
  const res = await postJson(`${instance.url}/api/messages`, activity);
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { activities?: { text?: string }[] };
  return (body.activities ?? []).map((reply) => reply.text ?? '');
}

/** The conversation's state blob as stored, with its turn ledger. */
export async function storedConversation(container: ContainerClient, conversationId: string): Promise<Record<string, unknown> | undefined> {
  const blob = container.getBlobClient(encodeURIComponent(`webchat/conversations/${conversationId}`));
  if (!(await blob.exists())) return undefined;
  return JSON.parse((await blob.downloadToBuffer()).toString('utf8')) as Record<string, unknown>;
}

export async function turnsRecorded(container: ContainerClient, conversationId: string): Promise<number | undefined> {
  const stored = await storedConversation(container, conversationId);
  return (stored?.[TURN_LEDGER_FIELD] as { turns?: number } | undefined)?.turns;
}
