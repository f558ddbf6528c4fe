/**
 * Reads a V8 CPU profile (`node --cpu-prof`) of a server under load and says
 * where a turn's time goes: each sample goes to the category of the innermost
 * frame on its stack that one of the rules below claims, so a library called
 * from our code counts as the caller (luxon called by the knowledge core
 * counts as the core) while a framework's own work counts as the framework.
 * Garbage collection and start-up (module loading, main()) are set apart.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Rule = [category: string, test: (frame: CallFrame) => boolean];

const file = (pattern: RegExp) => (frame: CallFrame) => pattern.test(frame.url);

/** Start-up: anything under the module loader's first run or the entry point's main(). */
const STARTUP: Rule = [
  'start-up (loading modules, main)',
  (f) => f.functionName === 'executeUserEntryPoint' || (f.functionName === 'main' && /\/(src\/index|bench\/http\/echoServer)\.js$/.test(f.url)),
];

const RULES: Rule[] = [
  ['cards (compiled templates)', file(/\/src\/replies\/cards\//)],
  ['understanding', file(/\/src\/understanding\/|\/dialogs\/questionRecognizer/)],
  ['answers', file(/\/src\/answers\//)],
  ['replies (sections, text, speech)', file(/\/src\/replies\//)],
  ['knowledge core (src/stations, luxon)', file(/\/src\/stations\//)],
  ['logging', file(/\/src\/logging/)],
  ['state: TurnStorage, MemoryStore', file(/\/src\/storage\//)],
  ['state: botbuilder BotState', (f) => /botbuilder-core\/lib\/(botState|botStatePropertyAccessor|conversationState|userState|storage)/.test(f.url)],
  ['dialogs (botbuilder-dialogs, mainDialog)', file(/botbuilder-dialogs|\/dialogs\//)],
  ['bot (ActivityHandler, src/bots)', (f) => /\/src\/bots\/|botbuilder\/lib\/(teams)?[aA]ctivityHandler|activityHandlerBase/.test(f.url)],
  ['TurnRunner', file(/\/src\/http\/turnRunner/)],
  ['edge checks (inboundActivity, zod)', file(/\/src\/inboundActivity/)],
  ['CloudAdapter, connector client', file(/botframework-connector|botbuilder\/lib\/cloudAdapter|botbuilder-core\/lib\/cloudAdapterBase|@azure\/|@typespec\/|\/src\/http\/adapter/)],
  ['restify, HTTP, sockets', (f) => /restify|node:_http|node:net|node:internal\/streams/.test(f.url) || f.functionName === 'writev'],
];

export interface ProfileSummary {
  /** Sampled ms by category, start-up included. */
  ms: Map<string, number>;
  totalMs: number;
}

export const STARTUP_CATEGORY = STARTUP[0];
export const GC_CATEGORY = 'garbage collection';
const IDLE_CATEGORY = 'idle, V8 itself';
const OTHER_CATEGORY = 'other (promises, timers, node)';

/** The category a sample's stack (innermost frame first) belongs to. */
function categoryOfStack(stack: CallFrame[]): string {
  const leaf = stack[0]?.functionName;
  if (leaf === '(garbage collector)') return GC_CATEGORY;
  if (leaf === '(idle)' || leaf === '(program)') return IDLE_CATEGORY;
  if (stack.some(STARTUP[1])) return STARTUP[0];
  // The innermost frame a rule claims decides.
  for (const frame of stack) {
    const category = RULES.find(([, test]) => test(frame))?.[0];
    if (category) return category;
  }
  return OTHER_CATEGORY;
}

export function summariseProfile(path: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const known = new Map<number, string>();
  const categoryOf = (id: number): string => {
    let category = known.get(id);
    if (category) return category;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at)!.callFrame);
    category = categoryOfStack(stack);
    known.set(id, category);
    return category;
  };

  const ms = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += dt;
    const category = categoryOf(id);
    ms.set(category, (ms.get(category) ?? 0) + dt);
  });
  return { ms, totalMs };
}

interface HeapProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapProfileNode[];
}

/**
 * Reads a V8 sampling heap profile (`node --heap-prof`): bytes allocated by
 * category, the same categories as the CPU profile (so "understanding" means
 * allocations made while understanding ran). Garbage and live objects alike:
 * what the collector will have to deal with.
 */
export function summariseHeapProfile(path: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { head: HeapProfileNode };
  const bytes = new Map<string, number>();
  const visit = (node: HeapProfileNode, outer: CallFrame[]): void => {
    const stack = [node.callFrame, ...outer];
    if (node.selfSize > 0) {
      const category = categoryOfStack(stack);
      bytes.set(category, (bytes.get(category) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, stack);
  };
  visit(profile.head, []);
  return bytes;
}
