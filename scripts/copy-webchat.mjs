// Copies the stock Web Chat bundle from the botframework-webchat package into
// public/vendor/, so the bot serves it itself (no CDN). Runs in `npm run build`.
// The package's exports map hides package.json, so find its root from the main entry.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function packageRoot(name) {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the root of ${name}`);
}

const target = path.join(root, 'public', 'vendor');
let webchat;
try {
  webchat = packageRoot('botframework-webchat');
} catch (error) {
  // A production install (no devDependencies) keeps the copy its build step made.
  if (existsSync(path.join(target, 'webchat.js'))) {
    console.log('botframework-webchat is not installed; keeping public/vendor/webchat.js');
    process.exit(0);
  }
  throw error;
}
const { version } = JSON.parse(readFileSync(path.join(webchat, 'package.json'), 'utf8'));
mkdirSync(target, { recursive: true });
for (const file of ['webchat.js', 'webchat.js.LICENSE.txt']) {
  copyFileSync(path.join(webchat, 'dist', file), path.join(target, file));
}
console.log(`copied botframework-webchat ${version} to public/vendor/`);
