/**
 * StationDesk's configuration: read from the environment once, at start, and
 * validated here so a wrong value stops the process with a message naming the
 * variable, instead of failing later in the middle of a resident's turn.
 *
 * `loadConfig(env)` is pure (no process.env, no files): the composition root
 * loads `.env` and passes the environment in, tests pass plain objects.
 */
import { z } from 'zod';
import { connectionStringProblem } from './storage/connectionString';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotAuthConfig {
  /** Unset means anonymous: no token checks on /api/messages (local use only). */
  appId?: string;
  appPassword?: string;
  appType: MicrosoftAppType;
  tenantId?: string;
  /** Where channel signing keys are published; unset means the Bot Framework's public cloud default. */
  openIdMetadataUrl?: string;
}

/** Where conversation state lives: this process's memory, or an Azure Blob Storage container shared by every instance. */
export type StorageConfig =
  | { kind: 'memory' }
  | { kind: 'blob'; connectionString: string; container: string };

export const DEFAULT_STORAGE_CONTAINER = 'stationdesk-state';

export interface Config {
  port: number;
  /** Interface to listen on; unset means every interface. */
  host?: string;
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  /** Whether logs may contain what residents typed (message text, postcodes). */
  logMessageText: boolean;
  botName: string;
  maxBodyBytes: number;
  auth: BotAuthConfig;
  directLine: {
    /** Set: the page gets tokens from Azure Direct Line. Unset: the built-in local Direct Line is used. */
    secret?: string;
    endpoint: string;
  };
  storage: StorageConfig;
  /** STORAGE=memory: minutes a conversation may sit idle before its state is forgotten. */
  stateIdleMinutes: number;
  /** Optional postcode lookup service; unset means no network lookups. */
  postcodesIoUrl?: string;
  /** Optional link to the bot's source code, given when a resident asks for it; unset, the bot says it has none. */
  sourceUrl?: string;
  timeouts: {
    /** Deadline for one conversation-state read or write during a turn. */
    storageMs: number;
    /** Deadline for sending a turn's replies to the channel. */
    replyMs: number;
    /** On SIGTERM, how long in-flight turns may take to finish. */
    shutdownGraceMs: number;
  };
  limits: {
    /** Per client and minute; 0 turns a limit off. /api/messages is limited only in anonymous mode. */
    messagesPerMinute: number;
    tokensPerMinute: number;
    directLinePerMinute: number;
    /** Open connections at most; idle ones are closed first to make room. */
    maxConnections: number;
    /** Behind a reverse proxy (App Service): take the client address from X-Forwarded-For. */
    trustProxy: boolean;
  };
  /** Anonymous mode: the serviceUrl origins, besides the local Direct Line, the bot may send replies to. */
  allowedServiceUrls: string[];
  /** Other sites' origins (https://host[:port]) that may frame the page and call the token route; empty means same-origin only. */
  embedOrigins: readonly string[];
}

/** A configuration problem, naming the environment variable to fix. */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

export const DEFAULT_PORT = 3978;
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_DIRECTLINE_ENDPOINT = 'https://directline.botframework.com/v3/directline';
export const DEFAULT_TIMEOUTS: Config['timeouts'] = { storageMs: 3_000, replyMs: 5_000, shutdownGraceMs: 30_000 };
export const DEFAULT_LIMITS: Config['limits'] = {
  messagesPerMinute: 60,
  tokensPerMinute: 10,
  directLinePerMinute: 240,
  maxConnections: 1_000,
  trustProxy: false,
};

// An empty value in .env (`MicrosoftAppId=`) means "not set", as the Bot Framework samples treat it.
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

function httpUrl(problem: string) {
  return optionalText.pipe(
    z
      .string()
      .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), problem)
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  );
}

function wholeNumber(min: number, max: number) {
  const problem = `must be a whole number from ${min} to ${max}`;
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, problem)
      .transform(Number)
      .pipe(z.number().min(min, problem).max(max, problem))
      .optional(),
  );
}

function oneOf<T extends string>(values: readonly [T, ...T[]]) {
  const problem = `must be one of ${values.join(', ')}`;
  return optionalText.pipe(
    z
      .string()
      .refine((value) => values.some((allowed) => allowed.toLowerCase() === value.toLowerCase()), problem)
      .transform((value) => values.find((allowed) => allowed.toLowerCase() === value.toLowerCase()) as T)
      .optional(),
  );
}

/** An origin as a browser sends it in `Origin` (scheme, host, port), or undefined if `text` is not one. */
function originOf(text: string): string | undefined {
  if (!/^https?:\/\/[^\s/]+\/?$/i.test(text) || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.username || url.password || url.hostname.includes('*') ? undefined : url.origin;
}

const originList = optionalText.pipe(
  z
    .string()
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
        const origin = originOf(entry);
        if (!origin) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `must be origins separated by commas, each a scheme and host such as https://www.example.org (no path, no *); "${entry.slice(0, 80)}" is not one`,
          });
          return z.NEVER;
        }
        if (!origins.includes(origin)) origins.push(origin);
      }
      return origins;
    })
    .optional(),
);

const booleanText = optionalText.pipe(
  z
    .string()
    .transform((value) => value.toLowerCase())
    .refine((value) => ['true', 'false', '1', '0', 'yes', 'no'].includes(value), 'must be true or false')
    .transform((value) => ['true', '1', 'yes'].includes(value))
    .optional(),
);

const environmentSchema = z.object({
  PORT: wholeNumber(0, 65535),
  HOST: optionalText,
  NODE_ENV: oneOf(['development', 'production', 'test'] as const),
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const),
  LOG_MESSAGE_TEXT: booleanText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const),
  MicrosoftAppTenantId: optionalText,
  BotOpenIdMetadata: httpUrl('must be an http(s) URL'),
  DIRECTLINE_SECRET: optionalText,
  DIRECTLINE_ENDPOINT: httpUrl('must be an http(s) URL such as https://directline.botframework.com/v3/directline'),
  MAX_BODY_BYTES: wholeNumber(1024, 10 * 1024 * 1024),
  BOT_NAME: optionalText.pipe(z.string().max(60, 'must be at most 60 characters').optional()),
  STORAGE: oneOf(['memory', 'blob'] as const),
  AZURE_STORAGE_CONNECTION_STRING: optionalText,
  AZURE_STORAGE_CONTAINER: optionalText.pipe(
    z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/,
        'must be a valid blob container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit',
      )
      .optional(),
  ),
  POSTCODES_IO_URL: httpUrl('must be an http(s) URL such as https://api.postcodes.io'),
  STATIONDESK_SOURCE_URL: httpUrl('must be an http(s) URL such as https://example.org/stationdesk'),
  STATE_IDLE_MINUTES: wholeNumber(1, 7 * 24 * 60),
  STORAGE_TIMEOUT_MS: wholeNumber(100, 60_000),
  REPLY_TIMEOUT_MS: wholeNumber(100, 60_000),
  SHUTDOWN_GRACE_MS: wholeNumber(0, 600_000),
  RATE_LIMIT_MESSAGES_PER_MINUTE: wholeNumber(0, 1_000_000),
  RATE_LIMIT_TOKENS_PER_MINUTE: wholeNumber(0, 1_000_000),
  RATE_LIMIT_DIRECTLINE_PER_MINUTE: wholeNumber(0, 1_000_000),
  MAX_CONNECTIONS: wholeNumber(10, 1_000_000),
  TRUST_PROXY: booleanText,
  ALLOWED_SERVICE_URLS: originList,
  EMBED_ORIGINS: originList,
});

/** Every environment variable StationDesk reads (each is documented in .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;

  const auth: BotAuthConfig = {
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appType: e.MicrosoftAppType ?? 'MultiTenant',
    tenantId: e.MicrosoftAppTenantId,
    openIdMetadataUrl: e.BotOpenIdMetadata,
  };
  checkBotAuth(auth);

  return {
    port: e.PORT ?? DEFAULT_PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV ?? 'development',
    logLevel: e.LOG_LEVEL ?? 'info',
    logMessageText: e.LOG_MESSAGE_TEXT ?? false,
    botName: e.BOT_NAME ?? 'StationDesk',
    maxBodyBytes: e.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES,
    auth,
    directLine: { secret: e.DIRECTLINE_SECRET, endpoint: e.DIRECTLINE_ENDPOINT ?? DEFAULT_DIRECTLINE_ENDPOINT },
    storage: storageFrom(e.STORAGE ?? 'memory', e.AZURE_STORAGE_CONNECTION_STRING, e.AZURE_STORAGE_CONTAINER),
    stateIdleMinutes: e.STATE_IDLE_MINUTES ?? 60,
    postcodesIoUrl: e.POSTCODES_IO_URL,
    sourceUrl: e.STATIONDESK_SOURCE_URL,
    timeouts: {
      storageMs: e.STORAGE_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.storageMs,
      replyMs: e.REPLY_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.replyMs,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? DEFAULT_TIMEOUTS.shutdownGraceMs,
    },
    limits: {
      messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE ?? DEFAULT_LIMITS.messagesPerMinute,
      tokensPerMinute: e.RATE_LIMIT_TOKENS_PER_MINUTE ?? DEFAULT_LIMITS.tokensPerMinute,
      directLinePerMinute: e.RATE_LIMIT_DIRECTLINE_PER_MINUTE ?? DEFAULT_LIMITS.directLinePerMinute,
      maxConnections: e.MAX_CONNECTIONS ?? DEFAULT_LIMITS.maxConnections,
      trustProxy: e.TRUST_PROXY ?? DEFAULT_LIMITS.trustProxy,
    },
    allowedServiceUrls: e.ALLOWED_SERVICE_URLS ?? [],
    embedOrigins: e.EMBED_ORIGINS ?? [],
  };
}

// The same rules the SDK asserts later, checked up front so the message names the variable.
function checkBotAuth(auth: BotAuthConfig): void {
  if (!auth.appId) {
    if (auth.appPassword) throw new ConfigError('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
    if (auth.appType !== 'MultiTenant') throw new ConfigError('MicrosoftAppId', `is required for MicrosoftAppType=${auth.appType}`);
    return;
  }
  if (auth.appType === 'UserAssignedMSI') {
    if (auth.appPassword) throw new ConfigError('MicrosoftAppPassword', 'must not be set for MicrosoftAppType=UserAssignedMSI');
  } else if (!auth.appPassword) {
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppId is set (MicrosoftAppType=${auth.appType})`);
  }
  if (auth.appType !== 'MultiTenant' && !auth.tenantId) {
    throw new ConfigError('MicrosoftAppTenantId', `is required for MicrosoftAppType=${auth.appType}`);
  }
}

// The connection string is only read (and so only checked) when STORAGE=blob.
function storageFrom(kind: 'memory' | 'blob', connectionString: string | undefined, container: string | undefined): StorageConfig {
  if (kind === 'memory') return { kind };
  if (!connectionString) throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'is required when STORAGE=blob');
  const problem = connectionStringProblem(connectionString);
  if (problem) throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', problem);
  return { kind, connectionString, container: container ?? DEFAULT_STORAGE_CONTAINER };
}

/** Whether the bot checks Bot Framework tokens on /api/messages. */
export function isAnonymous(config: Config): boolean {
  return !config.auth.appId;
}
