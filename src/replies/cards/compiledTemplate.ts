/**
 * Adaptive Card templates compiled once into functions that fill them, doing
 * what Microsoft's `adaptivecards-templating` does with them, for the part of
 * the template language the layouts beside this file use:
 *
 * - `"${a.b}"` alone: the value itself, of any type (an array of facts, an
 *   object, a string...); text around one or more `${a.b}` makes a string;
 *   a path starts at the current `$data`, or at `$data` or `$root` named first
 *   (`${$data}` is the item itself);
 * - `"$when": "${a.b != null}"` or `"${count(a.b) > 0}"`: the element is kept
 *   only when the condition is true;
 * - `"$data": "${a.b}"`: the element is repeated for each item of an array
 *   (and dropped for an empty one), paths inside reading that item.
 *
 * Anything else in a `${...}` is refused when the template is compiled, with
 * the template and expression named, so a layout edited beyond this subset
 * fails at once rather than filling differently. The engine's own behaviour
 * at the edges is kept: a path that leads nowhere stays as its `${...}` text,
 * property names match regardless of case, `count` counts strings, arrays and
 * objects' keys, a null inside text is refused. `test/replies/compiledCardTemplates.test.ts` compares both on
 * every card the bot sends and on generated data.
 *
 * Why not the engine itself: it evaluates each `${...}` through the general
 * adaptive-expressions interpreter (every property step lists the object's
 * keys), which made filling cards a noticeable share of a turn's time and
 * garbage, and loading it a large share of start-up.
 */

type Scope = { root: unknown; data: unknown };
type Fill = (scope: Scope) => unknown;
type Condition = (scope: Scope) => boolean;

/** What an element becomes: dropped (null, as the engine gives), one element, or several (repeated for `$data`). */
const DROPPED = null;

// Fields the engine reads and never copies into the card.
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

// A property path: names joined by dots, from the current $data, or from $data or $root named first.
const PATH_SOURCE = String.raw`((?:\$data|\$root|[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*)`;
const PATH = new RegExp(String.raw`^\s*${PATH_SOURCE}\s*$`);
const NOT_NULL = new RegExp(String.raw`^\s*${PATH_SOURCE}\s*!=\s*null\s*$`);
const COUNT_ABOVE_ZERO = new RegExp(String.raw`^\s*count\(\s*${PATH_SOURCE}\s*\)\s*>\s*0\s*$`);
const BINDING = /\$\{([^{}]*)\}/g;

export class TemplateError extends Error {
  constructor(template: string, expression: string, reason: string) {
    super(`card template ${template}: ${reason}: "${expression}"`);
    this.name = 'TemplateError';
  }
}

/** Compiles a template (the parsed JSON); the function returns the filled card for `data` (the template's `$root`). */
export function compileTemplate(name: string, template: unknown): (data: unknown) => unknown {
  const fill = compileNode(name, template);
  return (data) => fill({ root: data, data: undefined });
}

function compileNode(name: string, node: unknown): Fill {
  if (typeof node === 'string') return compileString(name, node);
  if (Array.isArray(node)) return compileArray(name, node);
  if (node !== null && typeof node === 'object') return compileObject(name, node as Record<string, unknown>);
  return () => node;
}

function compileArray(name: string, items: unknown[]): Fill {
  const fills = items.map((item) => compileNode(name, item));
  return (scope) => {
    const out: unknown[] = [];
    for (const fill of fills) {
      const value = fill(scope);
      if (value === DROPPED) continue;
      if (Array.isArray(value)) out.push(...value);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(name: string, node: Record<string, unknown>): Fill {
  const when = node.$when === undefined ? undefined : compileCondition(name, node.$when);
  const data = node.$data === undefined ? undefined : compileDataBinding(name, node.$data);
  const fields = Object.keys(node)
    .filter((key) => !RESERVED.has(key))
    .map((key) => [key, compileNode(name, node[key])] as const);

  const one = (scope: Scope): Record<string, unknown> | typeof DROPPED => {
    if (when && !when(scope)) return DROPPED;
    const out: Record<string, unknown> = {};
    for (const [key, fill] of fields) {
      const value = fill(scope);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  if (!data) return one;
  return (scope) => {
    const bound = data(scope);
    const contexts = Array.isArray(bound) ? bound : [bound];
    const out: Record<string, unknown>[] = [];
    // An item that is undefined keeps the $data before it (the engine sets $data only for defined items).
    let current = scope;
    for (const context of contexts) {
      if (context !== undefined) current = { root: scope.root, data: context };
      const element = one(current);
      if (element !== DROPPED) out.push(element);
    }
    // As the engine gives it: nothing, the one element, or the elements for the enclosing array to splice in.
    return out.length === 0 ? DROPPED : out.length === 1 ? out[0] : out;
  };
}

/** A string: kept as it is, one `${path}` (the value itself), or text with bindings (a string). */
function compileString(name: string, text: string): Fill {
  if (!text.includes('${')) return () => text;
  const parts: (string | Fill)[] = [];
  let last = 0;
  for (const match of text.matchAll(BINDING)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(compileValue(name, match[1]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  const literal = parts.filter((p): p is string => typeof p === 'string').join('');
  // The engine reads the text as an expression-language string: escapes and stray markers would change it.
  if (/[`\\]|\$\{|\}/.test(literal)) throw new TemplateError(name, text, 'text around bindings may not contain `, \\, ${ or }');
  if (parts.length === 1) return parts[0] as Fill;
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const value = part(scope);
      if (value === null) throw new TypeError(`card template ${name}: a binding in "${text}" is null`);
      out += String(value);
    }
    return out;
  };
}

/** `${path}` as a value: what the path leads to, or (leading nowhere) the binding's own text, as the engine leaves it. */
function compileValue(name: string, expression: string): Fill {
  const path = PATH.exec(expression);
  if (!path) throw new TemplateError(name, expression, 'only a property path (a.b.c) can be bound here');
  const read = compilePath(path[1]);
  const unresolved = `\${${path[1]}}`;
  return (scope) => {
    const value = read(scope);
    return value === undefined ? unresolved : value;
  };
}

function compileDataBinding(name: string, binding: unknown): Fill {
  const path = typeof binding === 'string' ? /^\$\{([^{}]*)\}$/.exec(binding) : null;
  if (!path) throw new TemplateError(name, String(binding), '$data must be one ${path}');
  return compileValue(name, path[1]);
}

function compileCondition(name: string, condition: unknown): Condition {
  const expression = typeof condition === 'string' ? /^\$\{([^{}]*)\}$/.exec(condition)?.[1] : undefined;
  if (expression === undefined) throw new TemplateError(name, String(condition), '$when must be one ${condition}');
  const notNull = NOT_NULL.exec(expression);
  if (notNull) {
    const read = compilePath(notNull[1]);
    return (scope) => {
      const value = read(scope);
      return value !== null && value !== undefined;
    };
  }
  const counted = COUNT_ABOVE_ZERO.exec(expression);
  if (counted) {
    const read = compilePath(counted[1]);
    return (scope) => (countOf(read(scope)) ?? 0) > 0;
  }
  throw new TemplateError(name, expression, 'only "path != null" and "count(path) > 0" are supported in $when');
}

/** The engine's `count`: a string's or array's length, an object's number of keys; nothing for anything else. */
function countOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return undefined;
}

/** Reads a path from the current `$data` (the root outside any `$data`), or from `$root`, as adaptive-expressions does. */
function compilePath(path: string): (scope: Scope) => unknown {
  const steps = path.split('.');
  const fromRoot = steps[0] === '$root';
  if (steps[0] === '$data' || fromRoot) steps.shift();
  return (scope) => {
    let value: unknown = fromRoot || scope.data === undefined ? scope.root : scope.data;
    for (const step of steps) value = property(value, step);
    return value;
  };
}

/**
 * One property step, as adaptive-expressions takes it: nothing from a falsy value; else the
 * first own enumerable key whose name equals this one regardless of case (so `${title}` reads
 * `Title`, and of `Text` and `text` the first written). Keys are compared in order without
 * listing them, and only those of the same length are lower-cased.
 */
function property(value: unknown, name: string): unknown {
  if (!value) return undefined;
  if (value instanceof Map) {
    const exact = value.get(name);
    if (exact !== undefined) return exact;
    const key = [...value.keys()].find((k) => String(k).toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : value.get(key);
  }
  const record = value as Record<string, unknown>;
  let lower: string | undefined;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    if (key === name) return record[key];
    if (key.length === name.length && key.toLowerCase() === (lower ??= name.toLowerCase())) return record[key];
  }
  return undefined;
}
