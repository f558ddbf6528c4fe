/**
 * The card layouts, as Adaptive Card templates beside this file, filled with
 * Microsoft's `adaptivecards-templating` (`${...}` binding and `$when`, the
 * ecosystem's own engine): edit the JSON to change how a card looks.
 */
import { Template } from 'adaptivecards-templating';
import answer from './answer.json';
import choice from './choice.json';
import nearestDesk from './nearestDesk.json';

const TEMPLATES = { answer: new Template(answer), choice: new Template(choice), nearestDesk: new Template(nearestDesk) };

export type CardTemplateName = keyof typeof TEMPLATES;

/** The template filled with `data` (its `$root`); the template itself is never changed. */
export function expandCard(name: CardTemplateName, data: object): Record<string, unknown> {
  return TEMPLATES[name].expand({ $root: data }) as Record<string, unknown>;
}
