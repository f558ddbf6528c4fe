// Part of `npm run build`: leaves the knowledge core built from data/ (data, timeline, place index)
// beside the compiled module (dist/src/stations/knowledge-snapshot.bin), so a production start
// reads it instead of building it. See src/stations/knowledgeSnapshot.ts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/src/stations/knowledgeSnapshot.js').writeKnowledgeSnapshot();
