/**
 * Cards are filled from their layouts less the elements whose section is empty
 * (src/replies/cards/templates.ts): the engine would drop those elements
 * anyway. Every combination of empty and filled sections of every layout gives
 * the very card the whole layout gives, filled by a fresh engine template.
 */
import { expect } from 'chai';
import { Template } from 'adaptivecards-templating';
import answer from '../../src/replies/cards/answer.json';
import choice from '../../src/replies/cards/choice.json';
import nearestDesk from '../../src/replies/cards/nearestDesk.json';
import text from '../../src/replies/cards/text.json';
import { expandCard, withoutSections, type CardTemplateName } from '../../src/replies/cards/templates';

const fact = (n: number) => ({ title: `Title ${n}`, value: `Value ${n}` });
const action = { type: 'Action.OpenUrl', title: 'met.police.uk', url: 'https://www.met.police.uk' };

/** Each layout with every section filled; each field holding a list may also be empty. */
const FILLED: Record<CardTemplateName, { layout: object; data: Record<string, unknown> }> = {
  answer: {
    layout: answer,
    data: {
      title: 'Brixton',
      badge: [{ text: 'Open now', color: 'Good' }],
      asOfLine: ['As of 26 November 2026'],
      headline: 'Yes, **Brixton** is open now.',
      keyLines: ['Until 22:00.', 'Then Lewisham.'],
      list: [{ heading: ['Counters'], items: ['- One', '- Two'] }],
      factSet: [{ heading: ['Hours'], facts: [fact(1), fact(2)] }],
      blocks: [{ items: [{ type: 'Container', items: [] }] }],
      alternatives: [{ heading: 'Instead', facts: [fact(3)], note: ['A note.'] }],
      details: [{ lines: [{ text: 'A detail.', color: 'Default' }, { text: 'A caution.', color: 'Warning' }], sourcesHeading: [true], sources: ['[BBC News, 28 Feb 2026](https://www.bbc.co.uk/)'] }],
      footer: 'Data checked 4 December 2026.',
      actions: [action],
    },
  },
  nearestDesk: {
    layout: nearestDesk,
    data: { name: 'Lewisham', distance: '1.2 km', state: 'Open 24 hours a day', stateColor: 'Good', address: ['43 Lewisham High Street'], directionsUrl: ['https://www.google.com/maps/dir/?api=1&destination=51.46,-0.01'] },
  },
  text: { layout: text, data: { paragraphs: ['One.', 'Two.'], speak: 'One. Two.', fallbackText: 'One.\n\nTwo.' } },
  choice: { layout: choice, data: { question: 'Which one?', choices: [action] } },
};

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

describe('cards filled without their empty sections', () => {
  for (const [name, { layout, data }] of Object.entries(FILLED) as [CardTemplateName, (typeof FILLED)[CardTemplateName]][]) {
    // The fields a `$data` binds (the answer's buttons are always there: met.police.uk).
    const lists = Object.keys(data).filter((k) => Array.isArray(data[k]) && k !== 'actions' && k !== 'choices');
    it(`${name}: every combination of its ${lists.length} optional sections empty or not gives the whole layout's card`, function () {
      this.timeout(20_000); // 256 combinations for the answer card, each a template parsed
      const whole = new Template(layout);
      for (const empty of subsets(lists)) {
        const filled = { ...data, ...Object.fromEntries(empty.map((k) => [k, []])) };
        expect(JSON.stringify(expandCard(name, filled)), `${name} with ${empty.join(', ') || 'nothing'} empty`).to.equal(JSON.stringify(whole.expand({ $root: filled })));
      }
    });
  }

  it('drops only elements bound to an empty field of the card data, not those bound inside another element', () => {
    const layout = {
      body: [
        { $data: '${gone}', type: 'TextBlock', text: '${$data}' },
        { $data: '${kept}', type: 'Container', items: [{ $data: '${gone}', type: 'TextBlock', text: '${$data}' }] },
        { type: 'Container', items: [{ $data: '${gone}', type: 'TextBlock' }, { $data: '${other}', type: 'TextBlock' }] },
      ],
    };
    expect(withoutSections(layout, new Set(['gone']))).to.deep.equal({
      body: [
        { $data: '${kept}', type: 'Container', items: [{ $data: '${gone}', type: 'TextBlock', text: '${$data}' }] },
        { type: 'Container', items: [{ $data: '${other}', type: 'TextBlock' }] },
      ],
    });
    expect(withoutSections(layout, new Set())).to.equal(layout);
  });
});
