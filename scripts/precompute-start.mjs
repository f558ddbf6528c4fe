// Part of `npm run build`: leaves beside the compiled modules what a production start would otherwise
// work out from data/ and the lexicon, each used only when made from exactly what the start has:
// - dist/src/stations/knowledge-snapshot.bin: data/, the timeline and the place index (src/stations/knowledgeSnapshot.ts);
// - dist/src/understanding/danger-slips.json: the slips of the danger words (src/understanding/dangerSpellings.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/src/stations/knowledgeSnapshot.js').writeKnowledgeSnapshot();
// The danger reading learns its words when it loads.
require('../dist/src/understanding/emergency.js');
require('../dist/src/understanding/dangerSpellings.js').writeDangerSlips();
