// Part of `npm run build`: leaves the data schemas' fingerprint beside the compiled loader
// (dist/src/stations/schema-fingerprint.json), so a production start need not build the
// schemas to trust data/'s stamp. See BUILT_FINGERPRINT_FILE in src/stations/loadKnowledge.ts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/src/stations/loadKnowledge.js').writeBuiltFingerprint();
