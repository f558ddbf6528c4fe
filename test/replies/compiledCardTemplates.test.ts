/**
 * The card templates are filled by compiled functions (src/replies/cards/
 * compiledTemplate.ts), not by Microsoft's adaptivecards-templating at run
 * time. Here the engine is the reference: every card the bot fills for the
 * question mix and the unseen questions, on Web Chat and Teams, and cards
 * filled with generated data of every shape, must come out identical from
 * both (or both refuse the data). No card is written here.
 */
import { expect } from 'chai';
import * as fc from 'fast-check';
import { Template } from 'adaptivecards-templating';
import { DateTime } from 'luxon';
import { QUESTION_MIX } from '../../bench/questionMix';
import { TurnPipeline } from '../../bench/turnPipeline';
import { CARD_LAYOUTS, cardFilling, type CardTemplateName } from '../../src/replies/cards/templates';
import { textCard } from '../../src/replies/compose';
import { compileTemplate, TemplateError } from '../../src/replies/cards/compiledTemplate';
import { FrontCounterKnowledge } from '../../src/stations';
import { UNSEEN_CASES } from '../bot/unseenQuestions';
import { UNSEEN_CASES_2 } from '../bot/unseenQuestions2';
import { TEAMS_CASES_3, UNSEEN_CASES_3 } from '../bot/unseenQuestions3';
import { UNSEEN_CASES_4 } from '../bot/unseenQuestions4';

const engine = Object.fromEntries(Object.entries(CARD_LAYOUTS).map(([name, layout]) => [name, new Template(layout)])) as Record<CardTemplateName, Template>;

type Outcome = { card: unknown } | { refused: true };

function byEngine(name: CardTemplateName, data: unknown): Outcome {
  try {
    return { card: engine[name].expand({ $root: data }) };
  } catch {
    return { refused: true };
  }
}

function compiled(fill: (data: unknown) => unknown, data: unknown): Outcome {
  try {
    return { card: fill(data) };
  } catch {
    return { refused: true };
  }
}

const compiledLayouts = Object.fromEntries(Object.entries(CARD_LAYOUTS).map(([name, layout]) => [name, compileTemplate(name, layout)])) as Record<
  CardTemplateName,
  (data: unknown) => unknown
>;

interface Filled {
  name: CardTemplateName;
  data: unknown;
  card: unknown;
}

/** Every card the bot fills while `run` runs: its template, its data and the card, as they were then. */
function recordFillings(run: () => void): Filled[] {
  const filled: Filled[] = [];
  const original = cardFilling.fill;
  cardFilling.fill = (name, data) => {
    const card = original(name, data);
    filled.push({ name, data: structuredClone(data), card: structuredClone(card) });
    return card;
  };
  try {
    run();
  } finally {
    cardFilling.fill = original;
  }
  return filled;
}

describe('compiled card templates fill cards exactly as adaptivecards-templating does', function () {
  this.timeout(120_000);

  it('on every card the bot sends for the question mix and the unseen questions, on Web Chat and in Teams', () => {
    const knowledge = FrontCounterKnowledge.load();
    const conversations = [
      ...QUESTION_MIX.flatMap((kind) => kind.conversations),
      ...[...UNSEEN_CASES, ...UNSEEN_CASES_2, ...UNSEEN_CASES_3, ...TEAMS_CASES_3, ...UNSEEN_CASES_4].map((c) => c.turns.map((t) => t.say)),
    ];
    const instants = ['2026-11-26T14:30', '2026-11-26T23:10', '2026-11-29T09:30'].map((iso) => DateTime.fromISO(iso, { zone: 'Europe/London' }));
    const filled = recordFillings(() => {
      for (const channel of ['webchat', 'msteams']) {
        const pipeline = new TurnPipeline(knowledge, channel);
        for (const at of instants) {
          for (const turns of conversations) {
            // On Teams a clicked choice card is replaced by the answer; one without a card of its own becomes a text card.
            for (const { reply } of pipeline.conversation(turns, at)) textCard(reply.text, reply.speak);
          }
        }
      }
    });
    const names = new Set(filled.map((f) => f.name));
    expect([...names].sort(), 'every template was filled').to.deep.equal(Object.keys(CARD_LAYOUTS).sort());
    expect(filled.length).to.be.greaterThan(1000);
    for (const { name, data, card } of filled) expect({ card }, `${name} filled with ${JSON.stringify(data).slice(0, 300)}`).to.deep.equal(byEngine(name, data));
  });

  it('on generated data of every shape: missing, null, empty, text, numbers, lists, objects, names in other case', () => {
    const scalar = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 6 }), fc.integer(), fc.double({ noNaN: false }), fc.boolean());
    const record = fc.dictionary(fc.constantFrom('text', 'Text', 'weight', 'color', 'label', 'url', 'title', 'value', 'note'), scalar, { maxKeys: 4 });
    const value = fc.oneof(scalar, fc.array(record, { maxLength: 3 }), record, fc.array(scalar, { maxLength: 2 }));
    const fields = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, record.map((r) => ({ ...r, facts: [], sources: [], lines: [] }))), { maxKeys: keys.length });
    const dataFor: Record<CardTemplateName, fc.Arbitrary<Record<string, unknown>>> = {
      answer: fields(['title', 'badge', 'asOfLine', 'keyLines', 'list', 'listHeading', 'facts', 'factsHeading', 'blocks', 'alternatives', 'details', 'footer', 'actions', 'Title']),
      choice: fields(['question', 'choices', 'Question']),
      nearestDesk: fields(['name', 'distance', 'state', 'stateColor', 'address', 'directionsUrl', 'NAME']),
      text: fields(['paragraphs', 'speak', 'fallbackText', 'Paragraphs']),
    };
    for (const name of Object.keys(CARD_LAYOUTS) as CardTemplateName[]) {
      fc.assert(
        fc.property(dataFor[name], (data) => {
          expect(compiled(compiledLayouts[name], data)).to.deep.equal(byEngine(name, data));
        }),
        { numRuns: 400, seed: 20261204 },
      );
    }
  });

  it('refuses, when compiled, a template using more of the language than it supports', () => {
    expect(() => compileTemplate('t', { text: '${toUpper(name)}' })).to.throw(TemplateError, /t: only a property path .*toUpper\(name\)/);
    expect(() => compileTemplate('t', { $when: '${count(list) > 1}', type: 'TextBlock' })).to.throw(TemplateError, /\$when/);
    expect(() => compileTemplate('t', { $data: 'list', type: 'TextBlock' })).to.throw(TemplateError, /\$data/);
    expect(() => compileTemplate('t', { text: 'a `quoted` ${name}' })).to.throw(TemplateError, /text around bindings/);
    expect(() => compileTemplate('t', { text: '${$index}' })).to.throw(TemplateError, /only a property path/);
  });
});
