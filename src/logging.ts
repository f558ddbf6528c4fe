/**
 * Structured logs: JSON lines in production (one object per line, for log
 * collectors), readable lines in development.
 *
 * Residents type things about themselves (where they live, what happened), so
 * what they typed never reaches a log unless LOG_MESSAGE_TEXT=true: fields that
 * carry user words are redacted by name, and full UK postcodes, email
 * addresses and phone numbers are masked in every string, the message
 * included. Credentials (bearer tokens, JWTs, Authorization headers) are
 * masked whatever LOG_MESSAGE_TEXT says, and so is what an HTTP service said
 * in an error (a channel's error body can quote the conversation): such errors
 * are logged by name, status and code only.
 */
import type { Config, LogLevel } from './config';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. a conversation id). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  format: 'json' | 'pretty';
  /** When false (the default everywhere), user words and postcodes are redacted. */
  logMessageText: boolean;
  /** Where a finished line goes; stdout by default. Tests pass a collector. */
  write?: (line: string) => void;
  now?: () => Date;
}

type WrittenLevel = Exclude<LogLevel, 'silent'>;
const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Field names whose values are what a resident typed or where they are. Compared lower-case. */
const USER_CONTENT_KEYS = new Set([
  'text',
  'messagetext',
  'utterance',
  'query',
  'speak',
  'value',
  'postcode',
  'postcodes',
  'outcode',
  'userlocation',
]);

/** Field names whose values are credentials, masked even with LOG_MESSAGE_TEXT=true. Compared lower-case. */
const CREDENTIAL_KEYS = new Set(['authorization', 'token', 'secret', 'password', 'connectionstring', 'cookie']);

// A full UK postcode ("IG8 9PS", "sw1a2aa"); matched anywhere so a postcode in a message or error is masked too.
const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// UK numbers as people write them: 07700 900123, +44 7700 900123, (020) 7946 0018, 0207-946-0018.
const PHONE = /(?:\+\s?44\s?\(?0?\)?|\(?\b0)\d{2,4}\)?(?:[\s-]?\d){6,8}\b/g;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const MAY_BE_MASKED = /[\d@]|eyJ|bearer|basic/i;
const REDACTED = '[redacted]';
const MAX_DEPTH = 4;

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = SEVERITY[options.level];

  function make(bound: LogFields): Logger {
    // safeFields makes a new object anyway: the fields are merged only when a child logger bound some.
    const binds = Object.keys(bound).length > 0;
    const log = (level: WrittenLevel, message: string, fields?: LogFields): void => {
      if (SEVERITY[level] < threshold) return;
      const safe = safeFields(binds ? { ...bound, ...fields } : (fields ?? {}), 0, options.logMessageText) as LogFields;
      const text = maskText(message, options.logMessageText);
      const time = now().toISOString();
      write(options.format === 'json' ? jsonLine(time, level, text, safe) : prettyLine(time, level, text, safe));
    };
    return {
      debug: (message, fields) => log('debug', message, fields),
      info: (message, fields) => log('info', message, fields),
      warn: (message, fields) => log('warn', message, fields),
      error: (message, fields) => log('error', message, fields),
      child: (fields) => make({ ...bound, ...fields }),
    };
  }
  return make({});
}

/** The logger the configuration asks for: JSON in production, readable otherwise. */
export function loggerFor(config: Config, write?: (line: string) => void): Logger {
  return createLogger({
    level: config.logLevel,
    format: config.nodeEnv === 'production' ? 'json' : 'pretty',
    logMessageText: config.logMessageText,
    write,
  });
}

/** A logger that drops everything; handy as a default in tests. */
export const silentLogger: Logger = createLogger({ level: 'silent', format: 'json', logMessageText: false });

function jsonLine(time: string, level: WrittenLevel, message: string, fields: LogFields): string {
  return JSON.stringify({ time, level, msg: message, ...fields });
}

function prettyLine(time: string, level: WrittenLevel, message: string, fields: LogFields): string {
  const extras = Object.entries(fields).map(([key, value]) => `${key}=${JSON.stringify(value) ?? 'undefined'}`);
  return [time.slice(11, 23), level.toUpperCase().padEnd(5), message, ...extras].join(' ');
}

/**
 * What a log line may show of a value, in one walk: user words and credentials redacted by field name,
 * strings masked, errors spelled out, bigints as text, and nothing deeper than MAX_DEPTH levels.
 */
function safeFields(value: unknown, depth: number, keepWords: boolean): unknown {
  if (typeof value === 'string') return maskText(value, keepWords);
  if (value instanceof Error) return safeFields(errorFields(value), depth, keepWords);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? String(value) : value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.map((item) => safeFields(item, depth + 1, keepWords));
  const out: LogFields = {};
  for (const key of Object.keys(value)) {
    const item = (value as LogFields)[key];
    const name = key.toLowerCase();
    const hidden = CREDENTIAL_KEYS.has(name) || (!keepWords && USER_CONTENT_KEYS.has(name));
    out[key] = hidden && item !== undefined ? REDACTED : safeFields(item, depth + 1, keepWords);
  }
  return out;
}

/** Credentials always; with `keepWords` false also postcodes, email addresses and phone numbers. */
function maskText(text: string, keepWords: boolean): string {
  // Most strings (kinds, paths, names) hold none of what the patterns below need: a digit, an @, "eyJ", "Bearer" or "Basic".
  if (!MAY_BE_MASKED.test(text)) return text;
  const masked = text.replace(BEARER, '$1 [redacted]').replace(JWT, '[token]');
  if (keepWords) return masked;
  return masked.replace(EMAIL, '[email]').replace(FULL_POSTCODE, '[postcode]').replace(PHONE, '[phone]');
}

/**
 * Errors do not JSON.stringify (their fields are not enumerable), so spell them out. An HTTP
 * client's error (it carries the request or the response) keeps only its name, status and code.
 */
function errorFields(error: Error): LogFields {
  const http = httpErrorWithin(error);
  if (http) {
    // Wrappers (DialogContextError, ...) repeat the inner message, so the whole chain is summarised.
    const { statusCode, code } = http as { statusCode?: unknown; code?: unknown };
    return { name: error.name, httpError: http.name, ...(typeof statusCode === 'number' ? { statusCode } : {}), ...(typeof code === 'string' ? { code } : {}) };
  }
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(code !== undefined ? { code } : {}), stack: error.stack };
}

/** An HTTP client's error (it carries its request or response) in `error` or what it wraps, a few levels down. */
function httpErrorWithin(error: Error): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const { request, response, cause, error: inner } = current as Error & { request?: unknown; response?: unknown; cause?: unknown; error?: unknown };
    if (request !== undefined || response !== undefined) return current;
    current = inner instanceof Error ? inner : cause;
  }
  return undefined;
}
