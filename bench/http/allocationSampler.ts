/**
 * Preloaded (`node --require`) into a bot by `npm run bench:http`'s heap phase:
 * V8's sampling heap profiler with the objects later collected kept in, so the
 * profile shows what the process allocated (what garbage collection pays
 * for), not only what is still alive, as `node --heap-prof` would. Written to
 * STATIONDESK_ALLOCATION_PROFILE when the process exits (an in-process
 * inspector session answers synchronously, so the exit handler can).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const out = process.env.STATIONDESK_ALLOCATION_PROFILE;
if (out) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  process.on('exit', () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (!error) writeFileSync(out, JSON.stringify(result.profile));
    });
  });
}
