/**
 * The card layouts, as Adaptive Card templates beside this file, filled with
 * Microsoft's `adaptivecards-templating` (`${...}` binding and `$when`, the
 * ecosystem's own engine): edit the JSON to change how a card looks.
 *
 * An element shown only sometimes binds `$data` to a list of none or one
 * (`shownIf`): an empty list drops it, and inside it the element's own fields
 * are read from a small object. The engine pays for every expression it
 * evaluates, and most for a `$when` that is false (it writes a warning) or
 * that compares or counts, so the layouts bind plain values the renderers
 * prepared, each once.
 *
 * Most cards leave most optional sections empty (no list, no facts, no desks):
 * the engine would still evaluate each one's `$data` only to drop the element.
 * So each card is filled from its layout without the elements whose section
 * is empty (`withoutSections`), made once per set of empty sections (a handful
 * occur): the same card, with fewer expressions for the engine to evaluate.
 *
 * The engine (with its expression language and parser) is loaded when the
 * first card is filled, not at start-up, where it was the largest single part
 * of StationDesk's own time to a ready /readyz.
 */
import type { Template } from 'adaptivecards-templating';
import { BoundedCache } from '../../stations/boundedCache';
import answer from './answer.json';
import choice from './choice.json';
import nearestDesk from './nearestDesk.json';
import text from './text.json';

const LAYOUTS = { answer, choice, nearestDesk, text };

export type CardTemplateName = keyof typeof LAYOUTS;

type Engine = typeof import('adaptivecards-templating');
let engine: Engine | undefined;

/**
 * Each layout's templates by the names of its empty sections: at most 2^(its optional sections); the
 * answer card showed 12 combinations over the benchmark's 81 turns on three channels, so 64 leaves room
 * (a template is parsed once, in about a millisecond, and evicting one that is still used would repeat that).
 */
const VARIANTS_KEPT = 64;
/** Each layout's templates by the names of its empty sections. */
const templates = new Map<CardTemplateName, BoundedCache<string, Template>>();

/** A `$data` bound to one of the card data's own fields (`${list}`): its name. */
const ROOT_SECTION = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/**
 * The layout without the elements whose `$data` is a field of the card data
 * named in `empty`: what the engine leaves of them when that field is an empty
 * list. Only elements read in the card data's own scope are looked at; inside
 * an element with a `$data`, names are that element's fields.
 */
export function withoutSections(layout: unknown, empty: ReadonlySet<string>): unknown {
  if (empty.size === 0 || typeof layout !== 'object' || layout === null) return layout;
  if (Array.isArray(layout)) {
    const kept: unknown[] = [];
    for (const item of layout) if (!boundToEmpty(item, empty)) kept.push(withoutSections(item, empty));
    return kept;
  }
  if ('$data' in layout) return layout;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layout)) copy[key] = withoutSections(value, empty);
  return copy;
}

function boundToEmpty(item: unknown, empty: ReadonlySet<string>): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const bound = (item as { $data?: unknown }).$data;
  const name = typeof bound === 'string' ? ROOT_SECTION.exec(bound)?.[1] : undefined;
  return name !== undefined && empty.has(name);
}

/** The names of `data`'s fields that are empty lists, in the data's order (the same sections, the same key). */
function emptySections(data: object): string {
  let names = '';
  for (const key in data) {
    const value = (data as Record<string, unknown>)[key];
    if (Array.isArray(value) && value.length === 0) names += names ? ` ${key}` : key;
  }
  return names;
}

function templateFor(name: CardTemplateName, data: object): Template {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('adaptivecards-templating') as Engine;
  let variants = templates.get(name);
  if (!variants) templates.set(name, (variants = new BoundedCache(VARIANTS_KEPT)));
  const empty = emptySections(data);
  return variants.get(empty, () => new engine!.Template(withoutSections(LAYOUTS[name], new Set(empty ? empty.split(' ') : []))));
}

/** The template filled with `data` (its `$root`); the template itself is never changed. */
export function expandCard(name: CardTemplateName, data: object): Record<string, unknown> {
  return templateFor(name, data).expand({ $root: data }) as Record<string, unknown>;
}

/** For `$data`: the element is shown once, bound to `value`, or not at all when there is no value. */
export function shownIf<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}
