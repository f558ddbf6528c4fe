/**
 * Cards are filled by layouts compiled into functions (src/replies/cards/compiledLayout.ts),
 * not by the adaptivecards-templating engine: the compiled fill must give the
 * engine's very card. With the check on, every card filled is also filled by
 * the engine and any difference throws, so every question played here (the
 * README's questions that work, the development set, the benchmark's mix, on
 * Web Chat and on Teams) is a comparison.
 */
import { expect } from 'chai';
import { Template } from 'adaptivecards-templating';
import answer from '../../src/replies/cards/answer.json';
import choice from '../../src/replies/cards/choice.json';
import nearestDesk from '../../src/replies/cards/nearestDesk.json';
import text from '../../src/replies/cards/text.json';
import { compileLayout, UnboundValue } from '../../src/replies/cards/compiledLayout';
import { checkCardsAgainstEngine, expandCard } from '../../src/replies/cards/templates';
import { interleavedConversations } from '../../bench/questionMix';
import { Conversation, cardOf } from '../bot/harness';
import { devSetConversations, readmeConversations } from '../bot/residentConversations';

const byEngine = (layout: object, data: object) => new Template(layout).expand({ $root: data });
const compiled = (layout: object, data: object) => compileLayout(layout)!(data);

describe('cards filled by compiled layouts match the engine', () => {
  before(() => checkCardsAgainstEngine(true));
  after(() => checkCardsAgainstEngine(false));

  it('compiles every layout the replies use (none is left to the engine)', () => {
    for (const layout of [answer, choice, nearestDesk, text]) expect(compileLayout(layout)).to.be.a('function');
  });

  it('repeats an element for each item of a list, drops it for none, and keeps one as itself', () => {
    const layout = { body: [{ $data: '${rows}', type: 'TextBlock', text: '${$data}' }, { type: 'Container', items: [{ $data: '${one}', type: 'TextBlock', text: '${name}' }] }] };
    for (const data of [
      { rows: [], one: { name: 'a' } },
      { rows: ['x'], one: [{ name: 'a' }] },
      { rows: ['x', 'y', 'z'], one: [{ name: 'a' }, { name: 'b' }] },
      { rows: ['x'], one: [] },
    ]) {
      expect(JSON.stringify(compiled(layout, data))).to.equal(JSON.stringify(byEngine(layout, data)));
    }
  });

  it('reads $root and dotted fields, keeps values that are lists or objects whole, and leaves literals alone', () => {
    const layout = { a: '${$root.title}', b: '${place.name}', c: '${actions}', d: 3, e: true, f: 'plain', g: { $data: '${place}', t: '${name}', u: '${$root.title}' } };
    const data = { title: 'T', place: { name: 'Ilford' }, actions: [{ type: 'Action.OpenUrl', url: 'https://example.org' }] };
    expect(JSON.stringify(compiled(layout, data))).to.equal(JSON.stringify(byEngine(layout, data)));
  });

  it('leaves to the engine what it does not read: text around a binding, functions, $when', () => {
    expect(compileLayout({ text: 'Hello ${name}' })).to.equal(null);
    expect(compileLayout({ text: '${toUpper(name)}' })).to.equal(null);
    expect(compileLayout({ $when: '${show}', text: '${name}' })).to.equal(null);
  });

  it('stops at a value the data lacks, and the card is then the engine\'s (which writes the binding back)', () => {
    expect(() => compiled({ text: '${missing}' }, {})).to.throw(UnboundValue);
    expect(() => compiled({ text: '${gone}' }, { gone: null })).to.throw(UnboundValue);
    const card = expandCard('text', { paragraphs: ['One.'], speak: 'One.' });
    expect(card.fallbackText).to.equal('${fallbackText}');
  });

  const conversations = [
    ...readmeConversations(),
    ...devSetConversations(),
    ...interleavedConversations().map((c) => ({ from: `bench mix: ${c.kind}`, turns: c.turns })),
  ];
  for (const channel of ['webchat', 'msteams'] as const) {
    it(`every card of ${conversations.length} conversations on ${channel} is the engine's card`, async function () {
      this.timeout(300_000);
      let cards = 0;
      for (const { turns } of conversations) {
        const conversation = new Conversation(channel);
        for (const turn of turns) for (const reply of await conversation.say(turn)) if (cardOf(reply)) cards++;
      }
      // Each card was also filled by the engine and compared (a difference throws); most turns carry one.
      expect(cards).to.be.greaterThan(conversations.length / 2);
    });
  }
});
