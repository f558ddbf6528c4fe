/**
 * `npm run bench`: how fast the knowledge core answers, on the real data and on
 * 10,000 synthetic stations. Each operation is timed in batches (so the timer
 * itself does not dominate), after a warm-up, for a bounded time. Numbers are
 * also given as ratios against baselines measured in the same run: a trivial
 * loop (the machine's speed) and a linear-scan nearest (what the index saves).
 * Then whole turns (understanding -> answer -> reply) per kind of question,
 * cached against uncached and an echo turn (bench/wholeTurn.ts); then
 * understanding alone, µs and KB allocated per turn (bench/understandingOnly.ts).
 * Finishes in about 50 s (BENCH_SECONDS sets the whole-turn part, default 15).
 * Nothing here is asserted: tests never time things.
 */
import { DateTime } from 'luxon';
import { loadKnowledge } from '../src/stations/loadKnowledge';
import { Locator } from '../src/stations/locate';
import type { LatLon } from '../src/stations/model';
import { NearestDesks, deskStatusesAsOf, nearest24x7Desk, nearestOpenNowDesk } from '../src/stations/nearest';
import { StationSearch } from '../src/stations/stationSearch';
import { Timeline } from '../src/stations/timeline';
import { linearNearest, prng, randomLondonPoint, syntheticStations } from './synthetic';
import { benchUnderstanding, reportUnderstanding } from './understandingOnly';
import { benchWholeTurns } from './wholeTurn';

interface Result {
  name: string;
  opsPerSec: number;
  p50us: number;
  p99us: number;
}

const WARMUP_MS = 150;
const MEASURE_MS = 700;
const MAX_SAMPLES = 3000;
/** A batch should take at least this long, so the clock's own cost stays small. */
const MIN_BATCH_NS = 20_000;

let sink = 0;

function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** Times `op(i)` for i = 0, 1, 2, ...; p50/p99 are of per-operation means over batches. */
function measure(name: string, op: (i: number) => unknown): Result {
  let i = 0;
  const run = (n: number) => {
    for (let k = 0; k < n; k++) {
      const r = op(i++);
      if (r) sink++;
    }
  };
  const warmEnd = nowNs() + WARMUP_MS * 1e6;
  let batch = 1;
  while (nowNs() < warmEnd) {
    const t0 = nowNs();
    run(batch);
    if (nowNs() - t0 < MIN_BATCH_NS) batch = Math.min(batch * 2, 1 << 20);
  }
  const samples: number[] = [];
  let ops = 0;
  let total = 0;
  const end = nowNs() + MEASURE_MS * 1e6;
  while (nowNs() < end && samples.length < MAX_SAMPLES) {
    const t0 = nowNs();
    run(batch);
    const dt = nowNs() - t0;
    samples.push(dt / batch);
    ops += batch;
    total += dt;
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] / 1000;
  return { name, opsPerSec: (ops / total) * 1e9, p50us: pct(0.5), p99us: pct(0.99) };
}

function fmt(n: number, digits = 2): string {
  return n >= 1000 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(digits);
}

function report(title: string, results: Result[], baseline: Result): void {
  console.log(`\n${title}`);
  console.log(`${'operation'.padEnd(52)}${'ops/s'.padStart(13)}${'p50 µs'.padStart(12)}${'p99 µs'.padStart(12)}${'× loop'.padStart(12)}`);
  for (const r of results) {
    const ratio = r.p50us / baseline.p50us;
    console.log(`${r.name.padEnd(52)}${fmt(r.opsPerSec, 0).padStart(13)}${fmt(r.p50us).padStart(12)}${fmt(r.p99us).padStart(12)}${fmt(ratio, 1).padStart(12)}`);
  }
}

function main(): void {
  const started = Date.now();
  const data = loadKnowledge();
  const asOf = '2026-11-26';
  const at = DateTime.fromISO(`${asOf}T23:30`, { zone: 'Europe/London' });

  let t = nowNs();
  const locator = new Locator(data);
  const desks = new NearestDesks(data.stations);
  const timeline = new Timeline(data);
  const buildRealMs = (nowNs() - t) / 1e6;
  const status = deskStatusesAsOf(timeline, asOf);

  const names = ['brixtn', 'charring cross', 'kentish twn', 'hammersmth', 'barkinside', 'wood', 'Woodford', 'Richmond'];
  const postcodes = ['IG8 0SB', 'ig80sb', 'SE13 6LW', 'E2 0', 'IG8', 'M1 1AE', 'ZZ99 9ZZ', 'NW10 4AA'];
  const sentences = ['is wimbledon police station still open', 'nearest 24h to woodford please', 'nearest 24 hour station to ig80sb please'];
  const ids = data.stations.map((s) => s.id);
  const random = prng(42);
  const points: LatLon[] = Array.from({ length: 1024 }, () => randomLondonPoint(random));
  const is24x7 = (id: string) => {
    const s = status(id);
    return s?.counter === 'open' && s.hours?.is24x7 === true;
  };

  // Baseline: what a trivial loop costs on this machine, measured in this run.
  const loop = measure('baseline: 100-iteration loop', () => {
    let x = 0;
    for (let k = 0; k < 100; k++) x += k;
    return x;
  });

  const real: Result[] = [
    loop,
    measure('name search (fuse.js)', (i) => locator.stationSearch.search(names[i % names.length]).status),
    measure('postcode resolution', (i) => locator.postcodes.resolve(postcodes[i % postcodes.length])?.status),
    measure('locate (whole text)', (i) => locator.locate(names[i % names.length]).status),
    measure('findMentions (sentence)', (i) => locator.findMentions(sentences[i % sentences.length]).length),
    measure('status as of a date (one station)', (i) => timeline.statusAsOf(ids[i % ids.length], asOf).counter),
    measure('status as of a date (all stations, once)', () => deskStatusesAsOf(timeline, asOf)),
    measure('nearest 24/7 (index)', (i) => nearest24x7Desk(desks, points[i % points.length], status).length),
    measure('nearest open now (index)', (i) => nearestOpenNowDesk(desks, points[i % points.length], status, at).length),
  ];
  const realScan = measure('baseline: nearest 24/7 by linear scan', (i) => linearNearest(data.stations, points[i % points.length], is24x7));
  real.push(realScan);
  report(`Real data: ${data.stations.length} stations (built in ${buildRealMs.toFixed(1)} ms)`, real, loop);
  const realIndex = real.find((r) => r.name === 'nearest 24/7 (index)')!;
  console.log(`  index vs linear scan: ${(realScan.p50us / realIndex.p50us).toFixed(1)}× (p50)`);

  // 10,000 synthetic stations; one in five is "24/7".
  const synthetic = syntheticStations(10_000);
  t = nowNs();
  const syntheticDesks = new NearestDesks(synthetic);
  const buildIndexMs = (nowNs() - t) / 1e6;
  t = nowNs();
  const syntheticSearch = new StationSearch(synthetic);
  const buildSearchMs = (nowNs() - t) / 1e6;
  const every5th = (id: string) => Number(id.slice('synthetic-'.length)) % 5 === 0;
  const syntheticNames = synthetic.filter((_, i) => i % 997 === 0).flatMap((s) => {
    const word = s.aliases[0].split(' ')[0];
    return [s.aliases[0], word, `${word.slice(0, 3)}${word.slice(4)}`]; // exact, name without number, a typo
  });
  const scaled: Result[] = [
    loop,
    measure('name search (fuse.js over a bigram shortlist)', (i) => syntheticSearch.search(syntheticNames[i % syntheticNames.length]).status),
    measure('postcode resolution (does not depend on stations)', (i) => locator.postcodes.resolve(postcodes[i % postcodes.length])?.status),
    measure('nearest 24/7 (index)', (i) => syntheticDesks.nearest(points[i % points.length], { filter: every5th }).length),
    measure('nearest 5 (index, no filter)', (i) => syntheticDesks.nearest(points[i % points.length], { k: 5 }).length),
  ];
  const scaledScan = measure('baseline: nearest 24/7 by linear scan', (i) => linearNearest(synthetic, points[i % points.length], every5th));
  scaled.push(scaledScan);
  report(`Synthetic: 10,000 stations (index built in ${buildIndexMs.toFixed(1)} ms, search index in ${buildSearchMs.toFixed(1)} ms)`, scaled, loop);
  const scaledIndex = scaled.find((r) => r.name === 'nearest 24/7 (index)')!;
  console.log(`  index vs linear scan: ${(scaledScan.p50us / scaledIndex.p50us).toFixed(1)}× (p50)`);
  console.log('  status as of a date: skipped for synthetic stations (they have no timeline).');

  benchWholeTurns({ seconds: Number(process.env.BENCH_SECONDS ?? 15) });
  reportUnderstanding(benchUnderstanding({ seconds: 5 }));

  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s (checksum ${sink % 997}).`);
}

main();
