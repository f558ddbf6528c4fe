/**
 * The Web Chat page: the files in public/, read once at start and served from
 * memory, for GET and HEAD.
 *
 * - The page, its script and its styles: `Cache-Control: no-cache`, so a new
 *   deploy shows at once (each visit revalidates; the ETag makes that a 304).
 * - The Web Chat bundle: under its content-hashed name (public/vendor/manifest.json,
 *   written by scripts/copy-webchat.mjs), cached for a year as immutable, and sent
 *   brotli- or gzip-compressed as the browser accepts (compressed at build time).
 *   The page is rewritten at start to name the hashed file; the stable name
 *   /vendor/webchat.js redirects to it, for other sites' pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as restify from 'restify';
import type { Logger } from '../logging';
import { chooseEncoding, type ContentEncoding } from './contentEncoding';

export const REVALIDATE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const ENCODING_SUFFIXES: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface PublicFile {
  /** The URL path, e.g. /vendor/webchat.0a68ad0a64fc04d6.js. */
  route: string;
  contentType: string;
  cacheControl: string;
  body: Buffer;
  /** Precompressed copies (file.br, file.gz beside the file). */
  encoded: Partial<Record<ContentEncoding, Buffer>>;
  /** Strong validator of the uncompressed content. */
  etag: string;
}

export interface PublicSite {
  files: PublicFile[];
  /** Stable names that redirect to content-hashed ones: /vendor/webchat.js -> /vendor/webchat.<hash>.js. */
  aliases: Map<string, string>;
}

/** What scripts/copy-webchat.mjs writes: stable name -> hashed file name, both relative to public/vendor/. */
interface VendorManifest {
  files: Record<string, string>;
}

export function loadPublicSite(publicDir: string): PublicSite {
  const manifest = readManifest(path.join(publicDir, 'vendor', 'manifest.json'));
  const aliases = new Map(Object.entries(manifest?.files ?? {}).map(([stable, hashed]) => [`/vendor/${stable}`, `/vendor/${hashed}`]));
  const hashedRoutes = new Set(aliases.values());
  const names = listFiles(publicDir);
  const files = names
    .filter((name) => !isPrecompressedCopy(name, names) && name !== 'vendor/manifest.json')
    .map((name): PublicFile => {
      const route = `/${name}`;
      let body = readFileSync(path.join(publicDir, name));
      if (name.endsWith('.html')) body = Buffer.from(nameHashedFiles(body.toString('utf8'), aliases));
      const encoded: PublicFile['encoded'] = {};
      for (const [encoding, suffix] of Object.entries(ENCODING_SUFFIXES) as [ContentEncoding, string][]) {
        if (names.includes(name + suffix)) encoded[encoding] = readFileSync(path.join(publicDir, name + suffix));
      }
      return {
        route,
        contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
        cacheControl: hashedRoutes.has(route) ? IMMUTABLE : REVALIDATE,
        body,
        encoded,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      };
    });
  return { files, aliases };
}

/** One GET and one HEAD route per file (and / for index.html), so any other path is a plain 404. */
export function servePublicFiles(server: restify.Server, publicDir: string, logger: Logger): void {
  const site = loadPublicSite(publicDir);
  if (site.aliases.size === 0) {
    logger.warn('Web Chat bundle missing: run `npm run build` (it copies it to public/vendor/)', { publicDir });
  }
  for (const file of site.files) {
    const handler = (req: restify.Request, res: restify.Response, next: restify.Next) => {
      sendFile(req, res, file);
      next();
    };
    for (const route of file.route === '/index.html' ? ['/', file.route] : [file.route]) {
      server.get(route, handler);
      server.head(route, handler);
    }
  }
  for (const [stable, hashed] of site.aliases) {
    const redirect = (_req: restify.Request, res: restify.Response, next: restify.Next) => {
      res.writeHead(302, { Location: hashed, 'Cache-Control': REVALIDATE, 'Content-Length': 0 });
      res.end();
      next();
    };
    server.get(stable, redirect);
    server.head(stable, redirect);
  }
}

function sendFile(req: restify.Request, res: restify.Response, file: PublicFile): void {
  const available = Object.keys(file.encoded) as ContentEncoding[];
  const encoding = chooseEncoding(req.header('accept-encoding'), available);
  // Each representation has its own validator, so a cache never swaps a compressed body for a plain one.
  const etag = encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag;
  const headers: Record<string, string | number> = { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl, ETag: etag };
  if (available.length > 0) headers.Vary = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  if (matchesEtag(req.header('if-none-match'), etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = encoding ? file.encoded[encoding]! : file.body;
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The page names the stable file (/vendor/webchat.js); the browser is sent the hashed one it may cache for good. */
function nameHashedFiles(html: string, aliases: Map<string, string>): string {
  let result = html;
  for (const [stable, hashed] of aliases) result = result.replaceAll(`"${stable}"`, `"${hashed}"`);
  return result;
}

function isPrecompressedCopy(name: string, names: readonly string[]): boolean {
  return Object.values(ENCODING_SUFFIXES).some((suffix) => name.endsWith(suffix) && names.includes(name.slice(0, -suffix.length)));
}

function readManifest(file: string): VendorManifest | undefined {
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as VendorManifest;
  return typeof manifest.files === 'object' && manifest.files !== null ? manifest : undefined;
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
