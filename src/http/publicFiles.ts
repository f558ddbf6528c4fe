/**
 * The Web Chat page: the files in public/, and the security headers that keep
 * that page locked to its own origin (and its Direct Line).
 */
import { existsSync, readdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import * as restify from 'restify';
import type { Logger } from '../logging';

/**
 * One GET route per file in public/ (read once at start), so any other path or
 * method is a plain 404 rather than a catch-all's 405.
 */
export function servePublicFiles(server: restify.Server, publicDir: string, logger: Logger): void {
  if (!existsSync(path.join(publicDir, 'vendor', 'webchat.js'))) {
    logger.warn('Web Chat bundle missing: run `npm run build` (it copies it to public/vendor/)', { publicDir });
  }
  const serve = restify.plugins.serveStaticFiles(publicDir, {
    // Revalidate each time (ETag makes that cheap), so a new deploy is picked up at once.
    setHeaders: (response: ServerResponse) => response.setHeader('Cache-Control', 'no-cache'),
  });
  for (const file of listFiles(publicDir)) {
    const route = `/${file}`;
    server.get(route, (req, res, next) => {
      req.params['*'] = file;
      return serve(req, res, next);
    });
    if (file === 'index.html') server.get('/', (req, res, next) => serve(req, res, next));
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

// public/ sits at the repository root: two levels up from src/http/, three from dist/src/http/.
export function defaultPublicDir(): string {
  const candidates = [path.resolve(__dirname, '..', '..', 'public'), path.resolve(__dirname, '..', '..', '..', 'public')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

/** Set on every response; `directLineEndpoint` is the Azure Direct Line the page may connect to, if any. */
export function setSecurityHeaders(res: restify.Response, directLineEndpoint: string | undefined): void {
  const connect = ["'self'"];
  if (directLineEndpoint) {
    const origin = new URL(directLineEndpoint).origin;
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
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}
