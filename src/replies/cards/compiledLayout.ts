/**
 * A card layout compiled into a function that fills it exactly as
 * `adaptivecards-templating` would, for the bindings our layouts use: a value
 * that is a whole `${field}` (or `${$data}`, `${a.b}`), and `$data` bound to
 * such a field (repeat the element for each item of a list, drop it for an
 * empty one, or read its fields from one object). The engine parses each
 * expression into an expression tree and evaluates it through its memory
 * classes on every card; at a few dozen bindings a card that was the largest
 * part of rendering a reply, and much of what a turn allocated.
 *
 * Anything else (text around a `${...}`, functions, `$when`, a `$data` that is
 * not a bound field) compiles to nothing, and the layout is filled by the
 * engine. A value the data does not have (undefined or null), which the engine
 * writes back as its `${...}` text, stops the compiled fill: the engine fills
 * that card. So the compiled fill gives the engine's card or none at all
 * (test/replies/compiledCardsMatchTheEngine.test.ts compares them over every
 * kind of reply).
 */

/** Fills a compiled part of a layout: `scope` is the engine's `$data` (the card data at the top). */
type Fill = (scope: unknown, root: unknown) => unknown;

/** Thrown when the data lacks a bound value: the caller fills that card with the engine instead. */
export class UnboundValue extends Error {
  constructor(readonly path: string) {
    super(`no value for \${${path}}`);
  }
}

/** A whole-value binding: `${name}`, `${a.b}`, `${$data}`, `${$root.name}`. */
const WHOLE_BINDING = /^\$\{(\$data|\$root|[A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}$/;
/** The engine's own fields of an element, never copied into the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** The layout as a fill function, or null when it uses anything this compiler does not read. */
export function compileLayout(layout: unknown): ((data: object) => unknown) | null {
  const fill = compileNode(layout);
  return fill === null ? null : (data) => fill(data, data);
}

function compileNode(node: unknown): Fill | null {
  if (typeof node === 'string') return node.includes('${') ? compileBinding(node) : () => node;
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileBinding(text: string): Fill | null {
  const m = WHOLE_BINDING.exec(text);
  if (!m) return null;
  const [head, rest] = [m[1], m[2]];
  const fields = rest === '' ? [] : rest.slice(1).split('.');
  const path = text.slice(2, -1);
  return (scope, root) => {
    // As the engine's memory reads a path: from $data unless it names $root.
    let value: unknown = head === '$root' ? root : head === '$data' ? scope : field(scope, head, path);
    for (const f of fields) value = field(value, f, path);
    if (value === undefined || value === null) throw new UnboundValue(path);
    return value;
  };
}

function field(from: unknown, name: string, path: string): unknown {
  if (typeof from !== 'object' || from === null || !Object.prototype.hasOwnProperty.call(from, name)) throw new UnboundValue(path);
  return (from as Record<string, unknown>)[name];
}

function compileArray(items: readonly unknown[]): Fill | null {
  const fills: Fill[] = [];
  for (const item of items) {
    const fill = compileNode(item);
    if (fill === null) return null;
    fills.push(fill);
  }
  return (scope, root) => {
    const out: unknown[] = [];
    for (const fill of fills) {
      const value = fill(scope, root);
      // The engine drops an element bound to nothing, and lays out in place the copies of one bound to a list.
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...value);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Fill | null {
  if ('$when' in node) return null;
  const fields: [string, Fill][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (RESERVED.has(key)) continue;
    const fill = compileNode(value);
    if (fill === null) return null;
    fields.push([key, fill]);
  }
  const fillOne = (scope: unknown, root: unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, fill] of fields) out[key] = fill(scope, root);
    return out;
  };
  if (!('$data' in node)) return fillOne;
  const bound = typeof node.$data === 'string' ? compileBinding(node.$data) : null;
  if (bound === null) return null;
  return (scope, root) => {
    const value = bound(scope, root);
    if (!Array.isArray(value)) return fillOne(value, root);
    // As the engine: none is null (dropped), one is the element, more are a list laid out in place.
    const copies: Record<string, unknown>[] = [];
    for (const item of value) {
      if (item === undefined || item === null) throw new UnboundValue(String(node.$data).slice(2, -1));
      copies.push(fillOne(item, root));
    }
    return copies.length === 0 ? null : copies.length === 1 ? copies[0] : copies;
  };
}
