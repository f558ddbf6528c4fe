/**
 * The logger redacts and flattens a line's fields in one walk, and skips the masking patterns for strings
 * that cannot hold what they mask (src/logging.ts). The lines must be exactly what the former two walks
 * (redact, then make plain) and unconditional masking wrote: this keeps that former logger as the oracle
 * and compares lines for arbitrary fields, messages and both LOG_MESSAGE_TEXT settings.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { createLogger, type LogFields, type LoggerOptions } from '../../src/logging';

// The former logger, as it was before the single walk (commit ae78d97).
const USER_CONTENT_KEYS = new Set(['text', 'messagetext', 'utterance', 'query', 'speak', 'value', 'postcode', 'postcodes', 'outcode', 'userlocation']);
const CREDENTIAL_KEYS = new Set(['authorization', 'token', 'secret', 'password', 'connectionstring', 'cookie']);
const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+\s?44\s?\(?0?\)?|\(?\b0)\d{2,4}\)?(?:[\s-]?\d){6,8}\b/g;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;

function formerRedact(value: unknown, depth: number, keepWords: boolean): unknown {
  if (typeof value === 'string') return formerMask(value, keepWords);
  if (value instanceof Error) return formerRedact({ name: value.name, message: value.message, stack: value.stack }, depth, keepWords);
  if (value === null || typeof value !== 'object' || depth >= 4) return value;
  if (Array.isArray(value)) return value.map((item) => formerRedact(item, depth + 1, keepWords));
  const out: LogFields = {};
  for (const [key, item] of Object.entries(value)) {
    const name = key.toLowerCase();
    const hidden = CREDENTIAL_KEYS.has(name) || (!keepWords && USER_CONTENT_KEYS.has(name));
    out[key] = hidden && item !== undefined ? '[redacted]' : formerRedact(item, depth + 1, keepWords);
  }
  return out;
}

function formerMask(text: string, keepWords: boolean): string {
  const masked = text.replace(BEARER, '$1 [redacted]').replace(JWT, '[token]');
  if (keepWords) return masked;
  return masked.replace(EMAIL, '[email]').replace(FULL_POSTCODE, '[postcode]').replace(PHONE, '[phone]');
}

function formerPlain(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? String(value) : value;
  if (depth >= 4) return '[…]';
  if (Array.isArray(value)) return value.map((item) => formerPlain(item, depth + 1));
  const out: LogFields = {};
  for (const [key, item] of Object.entries(value)) out[key] = formerPlain(item, depth + 1);
  return out;
}

function formerLine(time: string, message: string, fields: LogFields, keepWords: boolean): string {
  const safe = formerPlain(formerRedact(fields, 0, keepWords), 0) as LogFields;
  return JSON.stringify({ time, level: 'info', msg: formerMask(message, keepWords), ...safe });
}

/** Strings with what the masks look for (postcodes, phones, emails, tokens) mixed into ordinary words. */
const loggedText = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom('IG8 0SB', 'sw1a2aa', '07700 900123', '+44 7700 900123', 'a.b@example.org', 'Bearer abc.def', 'basic xyz', 'eyJhbGc.eyJzdWI.sig', 'woodford', ' ', '2026', '@', 'EYJ'), { maxLength: 6 }).map((parts) => parts.join(' ')),
);
const fieldName = fc.oneof(fc.string(), fc.constantFrom('text', 'Postcode', 'token', 'Authorization', 'intent', 'ms', 'error', 'value'));
const fieldValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    loggedText,
    fc.integer(),
    fc.bigInt(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    loggedText.map((message) => Object.assign(new Error(message), { stack: `Error: ${message}\n    at somewhere` })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldName, tie('value'), { maxKeys: 4 }),
  ),
}));

function lineNow(message: string, fields: LogFields, keepWords: boolean): string {
  const lines: string[] = [];
  const options: LoggerOptions = { level: 'info', format: 'json', logMessageText: keepWords, write: (line) => lines.push(line), now: () => new Date(0) };
  createLogger(options).info(message, fields);
  return lines[0];
}

describe('log lines written in one walk', () => {
  for (const keepWords of [false, true]) {
    it(`are the lines the former redact-then-flatten logger wrote (LOG_MESSAGE_TEXT=${keepWords})`, () => {
      fc.assert(
        fc.property(loggedText, fc.dictionary(fieldName, fieldValue.value, { maxKeys: 6 }), (message, fields) => {
          expect(lineNow(message, fields, keepWords)).to.equal(formerLine(new Date(0).toISOString(), message, fields, keepWords));
        }),
        { numRuns: 400 },
      );
    });
  }
});
