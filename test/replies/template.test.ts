import { expect } from 'chai';
import { fillTemplate } from '../../src/replies/cards/template';

describe('fillTemplate (card templates)', () => {
  const template = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '${title}' },
      { type: 'TextBlock', text: 'As of ${date}' },
      { $when: '${note}', type: 'TextBlock', text: '${note}' },
      '${extra}',
      { type: 'FactSet', facts: '${facts}' },
    ],
    actions: '${actions}',
  };

  it('puts whole values in place, interpolates text and splices arrays', () => {
    const card = fillTemplate(template, {
      title: 'Brixton',
      date: '26 November 2026',
      note: 'Sources disagree',
      extra: [{ type: 'TextBlock', text: 'a' }, { type: 'TextBlock', text: 'b' }],
      facts: [{ title: 'Monday', value: '10:00–22:00' }],
      actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'https://example.org' }],
    });
    expect(card.body).to.deep.equal([
      { type: 'TextBlock', text: 'Brixton' },
      { type: 'TextBlock', text: 'As of 26 November 2026' },
      { type: 'TextBlock', text: 'Sources disagree' },
      { type: 'TextBlock', text: 'a' },
      { type: 'TextBlock', text: 'b' },
      { type: 'FactSet', facts: [{ title: 'Monday', value: '10:00–22:00' }] },
    ]);
    expect(card.actions).to.have.length(1);
  });

  it('drops $when elements whose value is empty and properties whose value is null', () => {
    const card = fillTemplate(template, { title: 'T', date: 'D', note: '', extra: null, facts: [], actions: null });
    expect(card).to.not.have.property('actions');
    expect((card.body as unknown[]).map((e) => (e as { text?: string }).text)).to.deep.equal(['T', 'As of D', undefined]);
  });

  it('throws on a placeholder with no value, so a card never carries undefined', () => {
    expect(() => fillTemplate(template, { title: 'T' })).to.throw(/no value for \$\{date\}/);
  });

  it('leaves the template itself unchanged', () => {
    const before = JSON.stringify(template);
    fillTemplate(template, { title: 'T', date: 'D', note: 'n', extra: [], facts: [], actions: null });
    expect(JSON.stringify(template)).to.equal(before);
  });
});
