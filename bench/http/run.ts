/**
 * `npm run bench:http`: StationDesk over real HTTP against an echo bot on the
 * same stack, in one run. Both are started the production way (compiled, with
 * `node`, NODE_ENV=production, anonymous, in-memory state), and driven in
 * turn by autocannon with the same mix of residents' questions
 * (bench/questionMix.ts), each conversation under a new id:
 *
 * 1. cold start: spawn to the first 200 from /readyz, alternating the two;
 * 2. load: 10 and 50 connections, replies returned in the HTTP response
 *    (`deliveryMode: expectReplies`) or posted to a local reply sink (the
 *    channel's serviceUrl), the two servers alternating, repeated;
 * 3. memory: RSS of fresh servers after 10,000 and 15,000 turns;
 * 4. profile (only when asked: BENCH_PHASES=profile): each bot started again
 *    with --cpu-prof, driven at 10 connections with expectReplies, and its CPU
 *    time per turn split by where it went (bench/http/cpuProfile.ts).
 *
 * It prints req/s, p50/p99 latency, errors, timeouts and RSS, and every figure
 * as StationDesk/echo, which is what to compare between machines and runs: the
 * machine is shared, so absolute numbers move. Nothing is asserted here.
 *
 * BENCH_PROFILE_DIR keeps the profile phase's .cpuprofile files there;
 * BENCH_SECONDS (default 8), BENCH_REPEATS (default 3), BENCH_COLD_STARTS (default 7)
 * shorten or lengthen a run; BENCH_PHASES=cold,load,memory,profile,heap picks the parts;
 * BENCH_NODE_OPTIONS replaces the node options both bots start with.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { NEUTRAL_ENV } from '../../test/server/entryPoint';
import { GC_CATEGORY, STARTUP_CATEGORY, summariseHeapProfile, summariseProfile } from './cpuProfile';
import { interleavedConversations } from '../questionMix';

const ROOT = path.resolve(__dirname, '../..');
const BENCH_BUILD = path.join(ROOT, 'node_modules/.cache/stationdesk-bench');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 7);
/** Which parts to run: any of cold, load, memory, profile (default all but profile). */
/** A folder to keep the profile phase's .cpuprofile files in (for a flame chart), instead of deleting them. */
const KEEP_PROFILES = process.env.BENCH_PROFILE_DIR;
if (KEEP_PROFILES) mkdirSync(KEEP_PROFILES, { recursive: true });
const PHASES = (process.env.BENCH_PHASES ?? 'cold,load,memory').split(',');
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const TURN_ERROR = 'Sorry, something went wrong on my side';

type Bot = 'stationdesk' | 'echo';
type Delivery = 'expectReplies' | 'sink';

/**
 * Node's options of the production start (package.json start:production), for both bots.
 * --optimize-for-size makes V8 collect old-space garbage sooner: without it a
 * StationDesk that has answered 10,000 turns sits at ~375 MB RSS with ~65 MB live.
 */
const NODE_OPTIONS = (process.env.BENCH_NODE_OPTIONS ?? '--disable-warning=DEP0111 --optimize-for-size').split(' ').filter(Boolean);

const ENTRY: Record<Bot, string[]> = {
  stationdesk: [...NODE_OPTIONS, path.join(ROOT, 'dist/src/index.js')],
  echo: [...NODE_OPTIONS, path.join(BENCH_BUILD, 'bench/http/echoServer.js')],
};

// The neutral environment the entry-point tests use (blank values count as set, so a
// developer's .env cannot change what is measured), with no online postcode lookups.
// One load generator is one client: the per-client limit on /api/messages (a guard against abuse, not
// a capacity) would answer most of it with 429, so it is off here. Replies may go to the reply sink.
const ENV: Record<string, string> = { ...NEUTRAL_ENV, POSTCODES_IO_URL: '', RATE_LIMIT_MESSAGES_PER_MINUTE: '0', ALLOWED_SERVICE_URLS: '' };

// ---------------------------------------------------------------------------
// Processes

interface Running {
  bot: Bot;
  child: ChildProcess;
  url: string;
  /** ms from spawn to the first 200 from /readyz. */
  readyMs: number;
  /** performance.now() when it was ready. */
  readyAt: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** POSTs one message (expectReplies) and resolves with the status once the whole reply has arrived. */
function askOnce(url: string, text: string): Promise<number> {
  const body = JSON.stringify({
    type: 'message',
    id: 'first',
    channelId: 'webchat',
    deliveryMode: 'expectReplies',
    from: { id: 'resident-first' },
    recipient: { id: 'stationdesk' },
    conversation: { id: `first-${process.pid}-${++conversationCounter}` },
    text,
  });
  return new Promise((resolve) => {
    const req = request(`${url}/api/messages`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function start(bot: Bot, extraNodeOptions: string[] = [], extraEnv: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...extraNodeOptions, ...ENTRY[bot]], { cwd: ROOT, env: { ...process.env, ...ENV, ...extraEnv, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${bot} exited (${child.exitCode}) before it was ready: ${stderr}`);
    if ((await getStatus(`${url}/readyz`)) === 200) return { bot, child, url, readyMs: performance.now() - started, readyAt: performance.now() };
    if (performance.now() - started > 60_000) throw new Error(`${bot} not ready after 60 s: ${stderr}`);
    await sleep(5);
  }
}

async function stop(running: { child: ChildProcess }): Promise<void> {
  const { child } = running;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resident set size and its peak, in MB, from /proc. */
function memoryOf(child: ChildProcess): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) the process has used so far, in ms: on a shared machine, CPU per turn is steadier than req/s. */
function cpuMsOf(child: ChildProcess): number {
  // /proc/PID/stat: fields after the command name; utime and stime are the 12th and 13th, in clock ticks.
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function startSink(): Promise<{ child: ChildProcess; url: string; stats(): Promise<{ activities: number; turnErrors: number }> }> {
  const child = spawn(process.execPath, [path.join(BENCH_BUILD, 'bench/http/replySink.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stats = () =>
    new Promise<{ activities: number; turnErrors: number }>((resolve, reject) => {
      request(`${url}/stats`, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve(JSON.parse(body)));
      })
        .on('error', reject)
        .end();
    });
  return { child, url, stats };
}

// ---------------------------------------------------------------------------
// Load

const TURNS = interleavedConversations().flatMap((c) => c.turns.map((text, i) => ({ kind: c.kind, text, first: i === 0 })));
let conversationCounter = 0;
let activityCounter = 0;

interface LoadResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  turnErrors: number;
  requests: number;
  /** The server's CPU time per request in this run, ms. */
  cpuMsPerTurn: number;
}

/**
 * One autocannon run. Each connection plays the whole mix in order, every
 * conversation under a new id, so follow-ups land on their own conversation
 * after the turn before them (autocannon keeps one request in flight per connection).
 */
async function load(url: string, options: { connections: number; delivery: Delivery; sinkUrl: string; seconds?: number; amount?: number }): Promise<LoadResult> {
  let turnErrors = 0;
  const requests = TURNS.map((turn) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest(req: autocannon.Request, connection: object) {
      const context = connection as { conversation?: string };
      if (turn.first || typeof context.conversation !== 'string') context.conversation = `bench-${process.pid}-${++conversationCounter}`;
      const activity = {
        type: 'message',
        id: `activity-${++activityCounter}`,
        channelId: 'webchat',
        serviceUrl: options.sinkUrl,
        from: { id: `resident-${context.conversation}`, name: 'Resident' },
        recipient: { id: 'stationdesk', name: 'StationDesk' },
        conversation: { id: context.conversation },
        locale: 'en-GB',
        text: turn.text,
        ...(options.delivery === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
      };
      return { ...req, body: JSON.stringify(activity) };
    },
    onResponse(_status: number, body: string) {
      if (options.delivery === 'expectReplies' && body.includes(TURN_ERROR)) turnErrors++;
    },
  }));
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? SECONDS }),
    timeout: 10,
    requests,
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    turnErrors,
    requests: result.requests.total,
    cpuMsPerTurn: NaN,
  };
}

// ---------------------------------------------------------------------------
// Report

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const f0 = (n: number) => Math.round(n).toLocaleString('en-GB');
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function machineNotes(): string {
  const cpu = cpus();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${f1(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${load}`;
}

async function coldStarts(): Promise<void> {
  console.log(`\nCold start: spawn -> first 200 from /readyz, and -> first answer to "is brixton open now?" (${COLD_STARTS} each, alternating)`);
  const times: Record<Bot, number[]> = { stationdesk: [], echo: [] };
  const answered: Record<Bot, number[]> = { stationdesk: [], echo: [] };
  const bare: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
    for (const bot of (i % 2 ? ['stationdesk', 'echo'] : ['echo', 'stationdesk']) as Bot[]) {
      const running = await start(bot);
      times[bot].push(running.readyMs);
      const status = await askOnce(running.url, 'is brixton open now?');
      if (status === 200) answered[bot].push(running.readyMs + performance.now() - running.readyAt);
      else console.log(`  ${bot}: the first message got HTTP ${status}`);
      await stop(running);
    }
  }
  const sd = median(times.stationdesk);
  const echo = median(times.echo);
  console.log(`  node itself (node -e 0): median ${f0(median(bare))} ms`);
  const line = (label: string, xs: number[], ys: number[]) =>
    `  ${label.padEnd(13)}/readyz median ${f0(median(xs))} ms (min ${f0(Math.min(...xs))}); first answer median ${f0(median(ys))} ms (min ${f0(Math.min(...ys))})`;
  console.log(line('echo bot:', times.echo, answered.echo));
  console.log(line('StationDesk:', times.stationdesk, answered.stationdesk));
  console.log(`  StationDesk/echo: /readyz ${f2(sd / echo)}x (goal <= 1.2x), first answer ${f2(median(answered.stationdesk) / median(answered.echo))}x`);
}

async function loadPhases(sinkUrl: string, sinkStats: () => Promise<{ activities: number; turnErrors: number }>): Promise<void> {
  const servers = { stationdesk: await start('stationdesk'), echo: await start('echo') };
  // Warm both up (JIT, caches, connection pools) before measuring.
  for (const bot of ['echo', 'stationdesk'] as Bot[]) await load(servers[bot].url, { connections: 10, delivery: 'expectReplies', sinkUrl, seconds: 3 });

  console.log(`\nLoad: ${SECONDS} s per run, ${REPEATS} runs per row and bot, alternating; a mix of ${TURNS.length} turns (bench/questionMix.ts), each conversation a new id`);
  console.log(
    `${'connections / replies'.padEnd(26)}${'bot'.padEnd(13)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}${'timeouts'.padStart(10)}${'non-2xx'.padStart(9)}${'apologies'.padStart(11)}${'RSS MB'.padStart(8)}${'CPU ms/turn'.padStart(13)}`,
  );
  const ratios: string[] = [];
  for (const connections of [10, 50]) {
    for (const delivery of ['expectReplies', 'sink'] as Delivery[]) {
      const runs: Record<Bot, LoadResult[]> = { stationdesk: [], echo: [] };
      for (let i = 0; i < REPEATS; i++) {
        for (const bot of (i % 2 ? ['stationdesk', 'echo'] : ['echo', 'stationdesk']) as Bot[]) {
          const before = delivery === 'sink' ? await sinkStats() : null;
          const cpuBefore = cpuMsOf(servers[bot].child);
          const r = await load(servers[bot].url, { connections, delivery, sinkUrl });
          r.cpuMsPerTurn = (cpuMsOf(servers[bot].child) - cpuBefore) / Math.max(1, r.requests);
          if (before) r.turnErrors = (await sinkStats()).turnErrors - before.turnErrors;
          runs[bot].push(r);
        }
      }
      const summary = (bot: Bot) => {
        const rs = runs[bot];
        return {
          reqPerSec: median(rs.map((r) => r.reqPerSec)),
          p50: median(rs.map((r) => r.p50)),
          p99: median(rs.map((r) => r.p99)),
          errors: rs.reduce((a, r) => a + r.errors, 0),
          timeouts: rs.reduce((a, r) => a + r.timeouts, 0),
          non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
          turnErrors: rs.reduce((a, r) => a + r.turnErrors, 0),
          cpuMsPerTurn: median(rs.map((r) => r.cpuMsPerTurn)),
          ratios: rs.map((r, i) => r.reqPerSec / runs.echo[i].reqPerSec),
        };
      };
      const row = `${connections} / ${delivery}`;
      for (const bot of ['echo', 'stationdesk'] as Bot[]) {
        const s = summary(bot);
        console.log(
          `${row.padEnd(26)}${bot.padEnd(13)}${f0(s.reqPerSec).padStart(8)}${f1(s.p50).padStart(8)}${f1(s.p99).padStart(8)}${String(s.errors).padStart(8)}${String(s.timeouts).padStart(10)}${String(s.non2xx).padStart(9)}${String(s.turnErrors).padStart(11)}${f0(memoryOf(servers[bot].child).rssMb).padStart(8)}${f2(s.cpuMsPerTurn).padStart(13)}`,
        );
      }
      const sd = summary('stationdesk');
      const echo = summary('echo');
      ratios.push(
        `  ${row.padEnd(24)}throughput ${f2(sd.reqPerSec / echo.reqPerSec)} (runs: ${sd.ratios.map(f2).join(', ')}), p50 latency ${f2(sd.p50 / echo.p50)}x, p99 latency ${f2(sd.p99 / echo.p99)}x; CPU per turn ${f2(sd.cpuMsPerTurn / echo.cpuMsPerTurn)}x (echo/StationDesk ${f2(echo.cpuMsPerTurn / sd.cpuMsPerTurn)})`,
      );
    }
  }
  console.log(
    '\nStationDesk/echo (throughput: higher is better, goal >= 0.5 at 10 connections; latency and CPU: lower is better. echo/StationDesk CPU per turn is the throughput ratio a machine to itself would give)',
  );
  for (const line of ratios) console.log(line);
  for (const bot of ['echo', 'stationdesk'] as Bot[]) {
    const m = memoryOf(servers[bot].child);
    console.log(`  ${bot}: RSS ${f0(m.rssMb)} MB now, peak ${f0(m.peakMb)} MB`);
  }
  await Promise.all([stop(servers.stationdesk), stop(servers.echo)]);
}

async function memoryPhase(sinkUrl: string): Promise<void> {
  console.log('\nMemory: fresh servers, RSS after N turns (10 connections, expectReplies, every conversation a new id)');
  for (const bot of ['echo', 'stationdesk'] as Bot[]) {
    const running = await start(bot);
    const marks = [`ready ${f0(memoryOf(running.child).rssMb)} MB`];
    let turns = 0;
    for (const amount of [10_000, 5_000]) {
      const r = await load(running.url, { connections: 10, delivery: 'expectReplies', sinkUrl, amount });
      turns += amount;
      marks.push(`${f0(turns)} turns ${f0(memoryOf(running.child).rssMb)} MB${r.errors + r.timeouts + r.non2xx ? ` (${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)` : ''}`);
    }
    console.log(`  ${bot.padEnd(12)} ${marks.join(', ')}; peak ${f0(memoryOf(running.child).peakMb)} MB; ${f0(conversationCounter)} conversation ids so far in this run`);
    await stop(running);
  }
}

/**
 * Where a turn's CPU time goes, for both bots: each is started with --cpu-prof,
 * warmed up, driven for BENCH_SECONDS at 10 connections (expectReplies) and
 * stopped, and its profile split by category (start-up left out), per turn.
 */
async function profilePhase(sinkUrl: string): Promise<void> {
  console.log(`\nProfile: CPU ms per turn by where it went (node --cpu-prof, 10 connections, expectReplies, ${SECONDS} s after a 3 s warm-up)`);
  const perTurn: Record<Bot, Map<string, number>> = { stationdesk: new Map(), echo: new Map() };
  const totals: Record<Bot, number> = { stationdesk: 0, echo: 0 };
  for (const bot of ['echo', 'stationdesk'] as Bot[]) {
    const dir = mkdtempSync(path.join(KEEP_PROFILES ?? tmpdir(), `stationdesk-profile-${bot}-`));
    try {
      const running = await start(bot, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      const warm = await load(running.url, { connections: 10, delivery: 'expectReplies', sinkUrl, seconds: 3 });
      const measured = await load(running.url, { connections: 10, delivery: 'expectReplies', sinkUrl });
      await stop(running);
      const turns = warm.requests + measured.requests;
      const { ms } = summariseProfile(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!));
      for (const [category, spent] of ms) {
        if (category === STARTUP_CATEGORY) continue;
        perTurn[bot].set(category, spent / turns);
        totals[bot] += spent / turns;
      }
    } finally {
      if (KEEP_PROFILES) console.log(`  ${bot}'s profile kept in ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  const categories = [...perTurn.stationdesk.keys(), ...[...perTurn.echo.keys()].filter((c) => !perTurn.stationdesk.has(c))].sort(
    (a, b) => (perTurn.stationdesk.get(b) ?? 0) - (perTurn.stationdesk.get(a) ?? 0),
  );
  console.log(`  ${'where'.padEnd(44)}${'StationDesk'.padStart(12)}${'share'.padStart(8)}${'echo'.padStart(8)}`);
  for (const category of categories) {
    const sd = perTurn.stationdesk.get(category) ?? 0;
    console.log(`  ${category.padEnd(44)}${f2(sd).padStart(12)}${`${f0((100 * sd) / totals.stationdesk)}%`.padStart(8)}${f2(perTurn.echo.get(category) ?? 0).padStart(8)}`);
  }
  console.log(`  ${'all (ms per turn, profiler overhead included)'.padEnd(44)}${f2(totals.stationdesk).padStart(12)}${''.padStart(8)}${f2(totals.echo).padStart(8)}`);
  const gc = (bot: Bot) => perTurn[bot].get(GC_CATEGORY) ?? 0;
  console.log(`  StationDesk's extra per turn: ${f2(totals.stationdesk - totals.echo)} ms, of which garbage collection ${f2(gc('stationdesk') - gc('echo'))} ms`);
}

/**
 * What a turn allocates, for both bots: each is started with V8's sampling
 * heap profiler (every 8 KB, collected objects kept: allocationSampler.ts), warmed up, driven for BENCH_SECONDS at 10 connections
 * (expectReplies) and stopped; the bytes allocated are split by the CPU
 * profile's categories, per turn. Allocation is what garbage collection pays
 * for later.
 */
async function heapPhase(sinkUrl: string): Promise<void> {
  console.log(`\nAllocation: KB per turn by where it was allocated (V8 sampling heap profiler, 10 connections, expectReplies, ${SECONDS} s after a 3 s warm-up)`);
  const perTurn: Record<Bot, Map<string, number>> = { stationdesk: new Map(), echo: new Map() };
  for (const bot of ['echo', 'stationdesk'] as Bot[]) {
    const dir = mkdtempSync(path.join(KEEP_PROFILES ?? tmpdir(), `stationdesk-heap-${bot}-`));
    try {
      const file = path.join(dir, 'allocations.heapprofile');
      const running = await start(bot, ['--require', path.join(BENCH_BUILD, 'bench/http/allocationSampler.js')], { STATIONDESK_ALLOCATION_PROFILE: file });
      const warm = await load(running.url, { connections: 10, delivery: 'expectReplies', sinkUrl, seconds: 3 });
      const measured = await load(running.url, { connections: 10, delivery: 'expectReplies', sinkUrl });
      await stop(running);
      const turns = warm.requests + measured.requests;
      for (const [category, bytes] of summariseHeapProfile(file)) {
        if (category !== STARTUP_CATEGORY) perTurn[bot].set(category, bytes / 1024 / turns);
      }
    } finally {
      if (KEEP_PROFILES) console.log(`  ${bot}'s heap profile kept in ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  const total = (bot: Bot) => [...perTurn[bot].values()].reduce((a, b) => a + b, 0);
  const categories = [...new Set([...perTurn.stationdesk.keys(), ...perTurn.echo.keys()])].sort((a, b) => (perTurn.stationdesk.get(b) ?? 0) - (perTurn.stationdesk.get(a) ?? 0));
  console.log(`  ${'where'.padEnd(44)}${'StationDesk'.padStart(12)}${'share'.padStart(8)}${'echo'.padStart(8)}`);
  for (const category of categories) {
    const sd = perTurn.stationdesk.get(category) ?? 0;
    console.log(`  ${category.padEnd(44)}${f0(sd).padStart(12)}${`${f0((100 * sd) / total('stationdesk'))}%`.padStart(8)}${f0(perTurn.echo.get(category) ?? 0).padStart(8)}`);
  }
  console.log(`  ${'all (KB allocated per turn, sampled)'.padEnd(44)}${f0(total('stationdesk')).padStart(12)}${''.padStart(8)}${f0(total('echo')).padStart(8)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`StationDesk vs echo bot over HTTP, both started as node ${NODE_OPTIONS.join(' ')}. Machine: ${machineNotes()}`);
  const sink = await startSink();
  ENV.ALLOWED_SERVICE_URLS = sink.url;
  try {
    if (PHASES.includes('cold')) await coldStarts();
    if (PHASES.includes('load')) await loadPhases(sink.url, sink.stats);
    if (PHASES.includes('memory')) await memoryPhase(sink.url);
    if (PHASES.includes('profile')) await profilePhase(sink.url);
    if (PHASES.includes('heap')) await heapPhase(sink.url);
  } finally {
    await stop(sink);
  }
  console.log(`\nDone in ${f0((Date.now() - started) / 1000)} s. Machine at the end: ${machineNotes()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
