/**
 * The card layouts, as Adaptive Card templates beside this file (`${...}`
 * binding, `$when`, `$data`): edit the JSON to change how a card looks. They
 * are compiled once, when this module loads, into functions that fill them
 * exactly as Microsoft's `adaptivecards-templating` would (compiledTemplate.ts
 * says what is supported and why; a test holds the two equal on every card).
 */
import answer from './answer.json';
import choice from './choice.json';
import { compileTemplate } from './compiledTemplate';
import nearestDesk from './nearestDesk.json';
import text from './text.json';

export const CARD_LAYOUTS = { answer, choice, nearestDesk, text };

export type CardTemplateName = keyof typeof CARD_LAYOUTS;

const TEMPLATES = {
  answer: compileTemplate('answer.json', answer),
  choice: compileTemplate('choice.json', choice),
  nearestDesk: compileTemplate('nearestDesk.json', nearestDesk),
  text: compileTemplate('text.json', text),
} satisfies Record<CardTemplateName, unknown>;

/**
 * How cards are filled: every card goes through `fill`. Tests wrap it to
 * compare each card the bot sends with Microsoft's engine on the same data.
 */
export const cardFilling = {
  fill: (name: CardTemplateName, data: object): unknown => TEMPLATES[name](data),
};

/** The template filled with `data` (its `$root`); the template itself is never changed. */
export function expandCard(name: CardTemplateName, data: object): Record<string, unknown> {
  return cardFilling.fill(name, data) as Record<string, unknown>;
}
