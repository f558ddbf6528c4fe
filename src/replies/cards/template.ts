/**
 * Fills the card templates in this folder (plain Adaptive Card JSON with
 * `${name}` placeholders), a small subset of Adaptive Card Templating so the
 * layout stays data while the values come from the answer:
 *
 * - `"${name}"` as a whole value is replaced by the value itself (text,
 *   number, object or array); `null` leaves the property or array item out,
 *   and an array placed as one item of an array is spliced into it;
 * - `"... ${name} ..."` inside a longer string is replaced by the text;
 * - `"$when": "${name}"` on an object keeps it only when the value is truthy
 *   (a non-empty array, a non-empty string, true).
 *
 * A placeholder with no value is a programming error and throws, so a card
 * never carries `undefined`. The finished card gets `speak` and
 * `fallbackText` from the reply (see `finishReply`).
 */

export type TemplateData = Record<string, unknown>;

const WHOLE = /^\$\{(\w+)\}$/;
const INSIDE = /\$\{(\w+)\}/g;

/** Leave-out marker for a value that resolved to null. */
const OMIT = Symbol('omit');

function valueOf(data: TemplateData, key: string): unknown {
  if (!(key in data) || data[key] === undefined) throw new Error(`card template: no value for \${${key}}`);
  return data[key];
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function fill(node: unknown, data: TemplateData): unknown {
  if (typeof node === 'string') {
    const whole = WHOLE.exec(node);
    if (whole) {
      const value = valueOf(data, whole[1]);
      return value === null ? OMIT : value;
    }
    return node.replace(INSIDE, (_, key: string) => {
      const value = valueOf(data, key);
      if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`card template: \${${key}} inside text must be text`);
      return String(value);
    });
  }
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const item of node) {
      const isSplice = typeof item === 'string' && WHOLE.test(item);
      const filled = fill(item, data);
      if (filled === OMIT) continue;
      if (isSplice && Array.isArray(filled)) out.push(...filled);
      else out.push(filled);
    }
    return out;
  }
  if (node !== null && typeof node === 'object') {
    const source = node as Record<string, unknown>;
    if ('$when' in source) {
      const when = typeof source.$when === 'string' ? WHOLE.exec(source.$when) : null;
      if (!when) throw new Error('card template: $when must be a single ${name}');
      if (!truthy(valueOf(data, when[1]))) return OMIT;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      if (key === '$when') continue;
      const filled = fill(value, data);
      if (filled !== OMIT) out[key] = filled;
    }
    return out;
  }
  return node;
}

/** A filled copy of `template`; the template itself is left untouched. */
export function fillTemplate(template: object, data: TemplateData): Record<string, unknown> {
  const filled = fill(template, data);
  if (filled === OMIT || filled === null || typeof filled !== 'object' || Array.isArray(filled)) {
    throw new Error('card template: the template must be an object');
  }
  return filled as Record<string, unknown>;
}
