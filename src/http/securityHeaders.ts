/**
 * The headers on every response that keep the Web Chat page to its own
 * scripts and its own Direct Line, and decide who may show it in a frame:
 * this origin only, unless EMBED_ORIGINS names other sites.
 */
import type * as restify from 'restify';

export interface PagePolicy {
  /** The Azure Direct Line the page may connect to, if any. */
  directLineEndpoint?: string;
  /** Other sites that may frame the page (EMBED_ORIGINS). */
  embedOrigins: readonly string[];
}

export function setSecurityHeaders(res: restify.Response, policy: PagePolicy): void {
  const connect = ["'self'"];
  if (policy.directLineEndpoint) {
    const origin = new URL(policy.directLineEndpoint).origin;
    connect.push(origin, origin.replace(/^http/, 'ws'));
  }
  res.header(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      // Web Chat styles itself with injected <style> elements.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src ${connect.join(' ')}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${["'self'", ...policy.embedOrigins].join(' ')}`,
    ].join('; '),
  );
  // X-Frame-Options cannot name other sites; browsers that know frame-ancestors ignore it anyway.
  if (policy.embedOrigins.length === 0) res.header('X-Frame-Options', 'SAMEORIGIN');
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}
