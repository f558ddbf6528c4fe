/**
 * The Web Chat page over real HTTP: what is cached and for how long, the
 * bundle compressed as the browser accepts, HEAD, who may frame the page and
 * call the token route (EMBED_ORIGINS), and the warning when the page cannot
 * chat. The files come from a small fixture public/ folder laid out as
 * scripts/copy-webchat.mjs leaves it, so these tests need no build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync, brotliCompressSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { IMMUTABLE, REVALIDATE } from '../../src/http/publicFiles';
import { PAGE_CANNOT_CHAT } from '../../src/http/pageDirectLine';
import { PlaceholderBot } from './echoBot';
import { type RunningServer, startServer } from './helpers';

const HASHED = 'webchat.0123456789abcdef.js';
const BUNDLE = `window.WebChat = {}; // ${'a stand-in bundle, long enough to compress well. '.repeat(200)}`;
const PAGE = '<!doctype html><html lang="en"><head><script src="/vendor/webchat.js" defer></script><script src="/app.js" defer></script></head><body><main>StationDesk</main></body></html>';

function fixturePublicDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stationdesk-public-'));
  mkdirSync(path.join(dir, 'vendor'));
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  writeFileSync(path.join(dir, 'app.js'), '// the page script\n');
  writeFileSync(path.join(dir, 'vendor', HASHED), BUNDLE);
  writeFileSync(path.join(dir, 'vendor', `${HASHED}.gz`), gzipSync(BUNDLE));
  writeFileSync(path.join(dir, 'vendor', `${HASHED}.br`), brotliCompressSync(BUNDLE));
  writeFileSync(path.join(dir, 'vendor', 'manifest.json'), JSON.stringify({ files: { 'webchat.js': HASHED } }));
  return dir;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request without fetch's automatic decompression, to see exactly what went over the wire. */
function raw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Web Chat page files: caching, compression and HEAD', () => {
  let publicDir: string;
  let server: RunningServer;

  before(async () => {
    publicDir = fixturePublicDir();
    server = await startServer({ bot: new PlaceholderBot(), publicDir });
  });
  after(async () => {
    await server.close();
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('serves the page uncached, naming the content-hashed bundle', async () => {
    const page = await raw(`${server.url}/`);
    expect(page.status).to.equal(200);
    expect(page.headers['cache-control']).to.equal(REVALIDATE);
    expect(page.headers['content-type']).to.equal('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(html).to.contain(`src="/vendor/${HASHED}"`);
    expect(html).to.not.contain('src="/vendor/webchat.js"');
    expect(html).to.contain('src="/app.js"');
  });

  it('answers a revalidation with 304 when the page has not changed', async () => {
    const first = await raw(`${server.url}/`);
    const etag = String(first.headers.etag);
    const again = await raw(`${server.url}/`, { headers: { 'If-None-Match': etag } });
    expect(again.status).to.equal(304);
    expect(again.body.length).to.equal(0);
    expect((await raw(`${server.url}/`, { headers: { 'If-None-Match': '"something-else"' } })).status).to.equal(200);
  });

  it('sends the bundle brotli-compressed when accepted, cached for a year as immutable', async () => {
    const res = await raw(`${server.url}/vendor/${HASHED}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(res.status).to.equal(200);
    expect(res.headers['content-encoding']).to.equal('br');
    expect(res.headers['cache-control']).to.equal(IMMUTABLE);
    expect(res.headers.vary).to.equal('Accept-Encoding');
    expect(res.headers['content-type']).to.equal('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).to.equal(res.body.length);
    expect(res.body.length).to.be.below(BUNDLE.length / 4);
    expect(brotliDecompressSync(res.body).toString('utf8')).to.equal(BUNDLE);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gzip = await raw(`${server.url}/vendor/${HASHED}`, { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).to.equal('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).to.equal(BUNDLE);

    const refused = await raw(`${server.url}/vendor/${HASHED}`, { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).to.equal(undefined);
    expect(refused.body.toString('utf8')).to.equal(BUNDLE);

    const plain = await raw(`${server.url}/vendor/${HASHED}`);
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(plain.headers.vary).to.equal('Accept-Encoding');
    // Each representation has its own validator.
    expect(new Set([gzip.headers.etag, refused.headers.etag]).size).to.equal(2);
  });

  it('redirects the stable bundle name to the hashed one, uncached, for other sites\' pages', async () => {
    const res = await raw(`${server.url}/vendor/webchat.js`);
    expect(res.status).to.equal(302);
    expect(res.headers.location).to.equal(`/vendor/${HASHED}`);
    expect(res.headers['cache-control']).to.equal(REVALIDATE);
  });

  it('does not serve the precompressed copies or the manifest as files of their own', async () => {
    for (const file of [`${HASHED}.gz`, `${HASHED}.br`, 'manifest.json']) {
      expect((await raw(`${server.url}/vendor/${file}`)).status, file).to.equal(404);
    }
  });

  it('answers HEAD / with 200 and the headers of GET, without a body', async () => {
    const head = await raw(`${server.url}/`, { method: 'HEAD' });
    const get = await raw(`${server.url}/`);
    expect(head.status).to.equal(200);
    expect(head.body.length).to.equal(0);
    expect(head.headers['content-length']).to.equal(get.headers['content-length']);
    expect(head.headers.etag).to.equal(get.headers.etag);
    expect((await raw(`${server.url}/vendor/${HASHED}`, { method: 'HEAD' })).status).to.equal(200);
  });

  it('lets only this origin frame the page by default, and sends no CORS headers', async () => {
    const page = await raw(`${server.url}/`);
    expect(page.headers['content-security-policy']).to.contain("frame-ancestors 'self'");
    expect(page.headers['x-frame-options']).to.equal('SAMEORIGIN');
    const token = await raw(`${server.url}/api/directline/token`, { method: 'POST', headers: { Origin: 'https://www.example.org' } });
    expect(token.status).to.equal(200);
    expect(token.headers['access-control-allow-origin']).to.equal(undefined);
    const preflight = await raw(`${server.url}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.org', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).to.equal(403);
    expect(preflight.headers['access-control-allow-origin']).to.equal(undefined);
  });
});

describe('Embedding on other sites (EMBED_ORIGINS)', () => {
  const ALLOWED = 'https://www.example.org';
  const ALSO_ALLOWED = 'http://localhost:8080';
  let server: RunningServer;

  before(async () => {
    server = await startServer({ bot: new PlaceholderBot(), env: { EMBED_ORIGINS: `${ALLOWED},${ALSO_ALLOWED}` } });
  });
  after(() => server.close());

  it('names the allowed sites in frame-ancestors and drops X-Frame-Options, which cannot', async () => {
    const page = await raw(`${server.url}/`);
    expect(page.headers['content-security-policy']).to.contain(`frame-ancestors 'self' ${ALLOWED} ${ALSO_ALLOWED}`);
    expect(page.headers['x-frame-options']).to.equal(undefined);
  });

  it('answers an allowed site\'s preflight and token request with its origin', async () => {
    const preflight = await raw(`${server.url}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers['access-control-allow-origin']).to.equal(ALLOWED);
    expect(preflight.headers['access-control-allow-methods']).to.contain('POST');
    expect(preflight.headers['access-control-allow-headers']).to.contain('content-type');
    expect(preflight.headers.vary).to.contain('Origin');

    const token = await raw(`${server.url}/api/directline/token`, { method: 'POST', headers: { Origin: ALLOWED } });
    expect(token.status).to.equal(200);
    expect(token.headers['access-control-allow-origin']).to.equal(ALLOWED);
    expect(JSON.parse(token.body.toString('utf8'))).to.have.property('token');
  });

  it('lets an allowed site talk to the local Direct Line (its token in an Authorization header)', async () => {
    const { token } = JSON.parse((await raw(`${server.url}/api/directline/token`, { method: 'POST', headers: { Origin: ALSO_ALLOWED } })).body.toString('utf8')) as { token: string };
    const preflight = await raw(`${server.url}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: { Origin: ALSO_ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, x-ms-bot-agent, x-requested-with' },
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers['access-control-allow-origin']).to.equal(ALSO_ALLOWED);
    const started = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { Origin: ALSO_ALLOWED, Authorization: `Bearer ${token}` } });
    expect(started.status).to.equal(201);
    expect(started.headers.get('access-control-allow-origin')).to.equal(ALSO_ALLOWED);
  });

  it('gives any other site no CORS headers and refuses its preflight', async () => {
    for (const origin of ['https://evil.example', 'https://www.example.org.evil.example', 'http://www.example.org', 'null']) {
      const preflight = await raw(`${server.url}/api/directline/token`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.status, origin).to.equal(403);
      expect(preflight.headers['access-control-allow-origin'], origin).to.equal(undefined);
      const token = await raw(`${server.url}/api/directline/token`, { method: 'POST', headers: { Origin: origin } });
      expect(token.headers['access-control-allow-origin'], origin).to.equal(undefined);
    }
  });

  it('refuses a preflight for methods or headers the page never uses', async () => {
    const put = await raw(`${server.url}/api/directline/token`, { method: 'OPTIONS', headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'PUT' } });
    expect(put.status).to.equal(403);
    const odd = await raw(`${server.url}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-forwarded-for' },
    });
    expect(odd.status).to.equal(403);
  });

  it('opens nothing else to other sites: the bot\'s own endpoint has no CORS', async () => {
    const preflight = await raw(`${server.url}/api/messages`, { method: 'OPTIONS', headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).to.equal(undefined);
    expect(preflight.status).to.not.equal(204);
  });
});

describe('Web Chat page when it cannot chat (MicrosoftAppId set, no DIRECTLINE_SECRET)', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer({
      bot: new PlaceholderBot(),
      env: { MicrosoftAppId: '00000000-0000-4000-8000-0000000000aa', MicrosoftAppPassword: 'not-a-real-password' },
    });
  });
  after(() => server.close());

  it('warns at start, naming both settings and where to read more', () => {
    const warning = server.logs.lines.map((line) => JSON.parse(line) as { level: string; msg: string }).find((line) => line.msg === PAGE_CANNOT_CHAT);
    expect(warning?.level).to.equal('warn');
    expect(PAGE_CANNOT_CHAT).to.contain('MicrosoftAppId').and.contain('DIRECTLINE_SECRET').and.contain('README');
  });

  it('tells the page why in the token route\'s answer', async () => {
    const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).to.equal(503);
    expect(await res.json()).to.deep.equal({ code: 'DirectLineNotConfigured', message: PAGE_CANNOT_CHAT });
  });

  it('does not warn when the page can chat', async () => {
    const anonymous = await startServer({ bot: new PlaceholderBot() });
    try {
      expect(anonymous.logs.text()).to.not.contain(PAGE_CANNOT_CHAT);
    } finally {
      await anonymous.close();
    }
  });
});
