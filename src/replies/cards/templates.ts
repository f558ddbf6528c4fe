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
 * The engine (with its expression language and parser) is loaded when the
 * first card is filled, not at start-up, where it was the largest single part
 * of StationDesk's own time to a ready /readyz.
 */
import type { Template } from 'adaptivecards-templating';
import answer from './answer.json';
import choice from './choice.json';
import nearestDesk from './nearestDesk.json';
import text from './text.json';

const LAYOUTS = { answer, choice, nearestDesk, text };

export type CardTemplateName = keyof typeof LAYOUTS;

let templates: Record<CardTemplateName, Template> | undefined;

function loadTemplates(): Record<CardTemplateName, Template> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
  return {
    answer: new engine.Template(LAYOUTS.answer),
    choice: new engine.Template(LAYOUTS.choice),
    nearestDesk: new engine.Template(LAYOUTS.nearestDesk),
    text: new engine.Template(LAYOUTS.text),
  };
}

/** The template filled with `data` (its `$root`); the template itself is never changed. */
export function expandCard(name: CardTemplateName, data: object): Record<string, unknown> {
  templates ??= loadTemplates();
  return templates[name].expand({ $root: data }) as Record<string, unknown>;
}

/** For `$data`: the element is shown once, bound to `value`, or not at all when there is no value. */
export function shownIf<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}
