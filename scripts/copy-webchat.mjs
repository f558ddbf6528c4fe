// Copies the stock Web Chat bundle from the botframework-webchat package into
// public/vendor/, so the bot serves it itself (no CDN). Runs in `npm run build`.
//
// The copy is named by its content (webchat.<hash>.js), so browsers may keep it
// for a year without asking again, and it is compressed here, once, with gzip
// and brotli at their best settings (too slow to do per request).
// public/vendor/manifest.json maps the stable name the page uses to the hashed one.
//
// The package's exports map hides package.json, so find its root from the main entry.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'public', 'vendor');
const manifestPath = path.join(target, 'manifest.json');

function packageRoot(name) {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the root of ${name}`);
}

let webchat;
try {
  webchat = packageRoot('botframework-webchat');
} catch (error) {
  // A production install (no devDependencies) keeps the copy its build step made.
  if (existsSync(manifestPath)) {
    console.log('botframework-webchat is not installed; keeping the copy in public/vendor/');
    process.exit(0);
  }
  throw error;
}

const { version } = JSON.parse(readFileSync(path.join(webchat, 'package.json'), 'utf8'));
const bundle = readFileSync(path.join(webchat, 'dist', 'webchat.js'));
const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
const hashedName = `webchat.${hash}.js`;
const files = [hashedName, `${hashedName}.gz`, `${hashedName}.br`, 'webchat.js.LICENSE.txt'];

const current = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
if (current?.files?.['webchat.js'] === hashedName && files.every((file) => existsSync(path.join(target, file)))) {
  console.log(`botframework-webchat ${version} is already in public/vendor/ as ${hashedName}`);
  process.exit(0);
}

// Start clean so an older hashed copy is never served again.
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, hashedName), bundle);
const gzip = gzipSync(bundle, { level: constants.Z_BEST_COMPRESSION });
writeFileSync(path.join(target, `${hashedName}.gz`), gzip);
const brotli = brotliCompressSync(bundle, {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bundle.length,
  },
});
writeFileSync(path.join(target, `${hashedName}.br`), brotli);
// The bundle's first line points at its licence file by this name, relative to itself.
copyFileSync(path.join(webchat, 'dist', 'webchat.js.LICENSE.txt'), path.join(target, 'webchat.js.LICENSE.txt'));
writeFileSync(manifestPath, `${JSON.stringify({ package: `botframework-webchat@${version}`, files: { 'webchat.js': hashedName } }, null, 2)}\n`);

const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
console.log(`copied botframework-webchat ${version} to public/vendor/${hashedName}: ${kib(bundle.length)}, gzip ${kib(gzip.length)}, brotli ${kib(brotli.length)}`);
