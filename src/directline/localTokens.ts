/**
 * Tokens for the local Direct Line: short-lived, HMAC-signed JWTs that bind a
 * browser to its user id (and, once it has one, its conversation).
 *
 * They are JWTs because the stock Web Chat reads the `user` claim from a
 * Direct Line token to learn who "me" is; the signing key lives only in this
 * process, so a restart simply makes the browser fetch a new token.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface LocalTokenClaims {
  /** The user id the token speaks for, "dl_..." as Direct Line embeds it. */
  user: string;
  /** The conversation the token is bound to, once one was started with it. */
  conv?: string;
  iat: number;
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: LocalTokenClaims }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export interface LocalTokenIssuerOptions {
  /** Token lifetime; Direct Line's own tokens also last 30 minutes and are refreshed by the client. */
  lifetimeSeconds?: number;
  key?: Buffer;
  now?: () => number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export class LocalTokenIssuer {
  private readonly key: Buffer;
  private readonly lifetimeSeconds: number;
  private readonly now: () => number;

  constructor(options: LocalTokenIssuerOptions = {}) {
    this.key = options.key ?? randomBytes(32);
    this.lifetimeSeconds = options.lifetimeSeconds ?? 30 * 60;
    this.now = options.now ?? Date.now;
  }

  /** A fresh user id in Direct Line's reserved "dl_" form, which clients cannot choose for themselves. */
  static newUserId(): string {
    return `dl_${randomBytes(12).toString('hex')}`;
  }

  issue(subject: { user: string; conversationId?: string }): IssuedToken {
    const iat = Math.floor(this.now() / 1000);
    const claims: LocalTokenClaims = { user: subject.user, iat, exp: iat + this.lifetimeSeconds };
    if (subject.conversationId) claims.conv = subject.conversationId;
    const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
    return { token: `${body}.${this.sign(body)}`, expiresIn: this.lifetimeSeconds };
  }

  check(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
    const claims = parseClaims(parts[1]);
    if (!claims) return { ok: false, reason: 'malformed' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function parseClaims(encoded: string): LocalTokenClaims | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { user, conv, iat, exp } = value as Record<string, unknown>;
    if (typeof user !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return undefined;
    if (conv !== undefined && typeof conv !== 'string') return undefined;
    return { user, iat, exp, ...(conv !== undefined ? { conv } : {}) };
  } catch {
    return undefined;
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
