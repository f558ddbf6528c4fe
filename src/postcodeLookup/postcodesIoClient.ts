/**
 * Looks a whole unit postcode up on a postcodes.io service
 * (`GET {baseUrl}/postcodes/{postcode}`) for the postcode's own latitude and
 * longitude. Optional and bounded: one request, no retry, a 1.5 s limit, a
 * small cache, and any failure (slow, down, 404, 5xx, malformed JSON, a point
 * outside London, a different postcode) is `null`, so the caller keeps the
 * offline sector centroid. The postcode only leaves the machine because an
 * operator set POSTCODES_IO_URL.
 */
import { isValid, toNormalised } from 'postcode';
import { z } from 'zod';
import { silentLogger, type Logger } from '../logging';
import { isInLondonBox } from '../stations/geo';
import type { LocatedPostcode, PostcodeLocator } from './postcodeLocator';
import { RecentLookups } from './recentLookups';

export const DEFAULT_LOOKUP_TIMEOUT_MS = 1500;
export const DEFAULT_CACHE_SIZE = 500;
export const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

export interface PostcodesIoClientOptions {
  /** The service's base URL, e.g. https://api.postcodes.io. */
  baseUrl: string;
  /** Failures are logged at debug level; the logger redacts postcodes unless LOG_MESSAGE_TEXT=true. */
  logger?: Logger;
  timeoutMs?: number;
  cacheSize?: number;
  cacheTtlMs?: number;
  /** Injected so tests can count or refuse requests; the global fetch by default. */
  fetch?: typeof fetch;
  /** Milliseconds, for cache expiry. */
  now?: () => number;
}

// Only the fields we use; postcodes.io sends many more. Latitude is null for postcodes with no grid reference.
const lookupResponse = z.object({
  status: z.literal(200),
  result: z.object({
    postcode: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
});

/** Why a lookup gave no point; logged, never shown to the resident. */
type NoPoint = 'timeout' | 'network' | 'not-found' | 'http-error' | 'malformed' | 'no-coordinates' | 'different-postcode' | 'outside-london';

type Outcome = { found: LocatedPostcode } | { failed: NoPoint; status?: number };

/** Answers that will not change on asking again soon; kept in the cache like a found point. */
const SETTLED: ReadonlySet<NoPoint> = new Set(['not-found', 'no-coordinates', 'different-postcode', 'outside-london']);

export class PostcodesIoClient implements PostcodeLocator {
  private readonly baseUrl: string;
  private readonly source: string;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;
  private readonly cache: RecentLookups<LocatedPostcode | null>;

  constructor(options: PostcodesIoClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.source = new URL(this.baseUrl).host;
    this.logger = options.logger ?? silentLogger;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.cache = new RecentLookups(options.cacheSize ?? DEFAULT_CACHE_SIZE, options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, options.now);
  }

  async locate(postcode: string): Promise<LocatedPostcode | null> {
    // Only whole unit postcodes: a sector or district has no single point to look up.
    const normalised = isValid(postcode) ? toNormalised(postcode) : null;
    if (!normalised) return null;
    const cached = this.cache.get(normalised);
    if (cached !== undefined) return cached;

    let outcome: Outcome;
    try {
      outcome = await this.request(normalised);
    } catch (_error) {
      outcome = { failed: 'network' };
    }
    if ('found' in outcome) {
      this.cache.set(normalised, outcome.found);
      return outcome.found;
    }
    if (SETTLED.has(outcome.failed)) this.cache.set(normalised, null);
    // The logger masks `postcode` unless LOG_MESSAGE_TEXT=true; the URL is never logged (it holds the postcode, encoded).
    this.logger.debug('postcode lookup gave no point; using the offline sector centroid', {
      reason: outcome.failed,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      postcode: normalised,
    });
    return null;
  }

  private async request(postcode: string): Promise<Outcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetch(`${this.baseUrl}/postcodes/${encodeURIComponent(postcode)}`, {
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      // The body is read inside the same time limit: a service that stalls mid-answer is as slow as one that never answers.
      const body = await response.text();
      if (response.status === 404) return { failed: 'not-found', status: 404 };
      if (response.status !== 200) return { failed: 'http-error', status: response.status };
      return this.readAnswer(postcode, body);
    } catch (_error) {
      return { failed: controller.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  private readAnswer(asked: string, body: string): Outcome {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (_error) {
      return { failed: 'malformed' };
    }
    const parsed = lookupResponse.safeParse(json);
    if (!parsed.success) return { failed: 'malformed' };
    const { postcode, latitude, longitude } = parsed.data.result;
    if (latitude === null || longitude === null) return { failed: 'no-coordinates' };
    if (toNormalised(postcode) !== asked) return { failed: 'different-postcode' };
    const point = { lat: latitude, lon: longitude };
    if (!isInLondonBox(point)) return { failed: 'outside-london' };
    return { found: { postcode: asked, point, source: this.source } };
  }
}
