/**
 * STORAGE=blob: one JSON blob per state item (a conversation, a user) in an
 * Azure Blob Storage container shared by every instance. Writes are
 * conditional (If-Match on the eTag read, If-None-Match for a new item), so a
 * turn that raced another on the same conversation is refused, not lost; and
 * every request carries an abort signal, so a stalled account cannot hold a
 * turn for longer than its deadline.
 */
import { createHash } from 'node:crypto';
import type { BlobRequestConditions, ContainerClient } from '@azure/storage-blob';
import { StateConflictError, type ExpectedVersion, type StoredItem, type VersionedStore } from './versionedStore';

/** Larger state than this is refused on read rather than buffered (StationDesk keeps a few hundred bytes). */
const MAX_ITEM_BYTES = 1024 * 1024;

export class BlobStore implements VersionedStore {
  constructor(private readonly container: ContainerClient) {}

  async read(key: string, signal: AbortSignal): Promise<StoredItem | undefined> {
    try {
      const response = await this.container.getBlockBlobClient(blobName(key)).download(0, undefined, { abortSignal: signal });
      const body = await readAll(response.readableStreamBody, signal);
      return { value: parseState(body), eTag: response.etag ?? '' };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async write(key: string, value: Record<string, unknown>, expected: ExpectedVersion, signal: AbortSignal): Promise<string> {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    try {
      const response = await this.container.getBlockBlobClient(blobName(key)).upload(body, body.length, {
        conditions: conditionsFor(expected),
        blobHTTPHeaders: { blobContentType: 'application/json' },
        abortSignal: signal,
      });
      return response.etag ?? '';
    } catch (error) {
      // 412: the eTag no longer matches; 409: a blob appeared where none was expected.
      if (statusOf(error) === 412 || statusOf(error) === 409) throw new StateConflictError(key);
      throw error;
    }
  }

  async delete(key: string, expected: ExpectedVersion, signal: AbortSignal): Promise<void> {
    if (expected === 'absent') return;
    try {
      await this.container.getBlockBlobClient(blobName(key)).deleteIfExists({ conditions: conditionsFor(expected), abortSignal: signal });
    } catch (error) {
      if (statusOf(error) === 412) throw new StateConflictError(key);
      throw error;
    }
  }

  async probe(signal: AbortSignal): Promise<void> {
    // Fails if the account, the credentials or the container are gone.
    await this.container.getProperties({ abortSignal: signal });
  }
}

/**
 * The blob name for a state key: URI-encoded as botbuilder-azure-blobs names
 * them (so state it wrote is still found), and, past the service's 1,024
 * characters, a prefix and a hash instead of a cut that could merge two keys.
 */
export function blobName(key: string): string {
  const encoded = encodeURIComponent(key.split('/').filter((part) => part !== '').join('/'));
  if (encoded.length <= 1024) return encoded;
  return `${encoded.slice(0, 960)}~${createHash('sha256').update(key).digest('hex')}`;
}

function conditionsFor(expected: ExpectedVersion): BlobRequestConditions {
  if (expected === 'any') return {};
  if (expected === 'absent') return { ifNoneMatch: '*' };
  return { ifMatch: expected.eTag };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

// A blob that is not a JSON object (written by hand, truncated) counts as empty state, to be overwritten.
function parseState(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function readAll(stream: NodeJS.ReadableStream | undefined, signal: AbortSignal): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    signal.throwIfAborted();
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_ITEM_BYTES) throw Object.assign(new Error('state item too large'), { code: 'StateTooLarge' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
