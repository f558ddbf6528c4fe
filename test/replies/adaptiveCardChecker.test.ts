import { expect } from 'chai';
import { checkAdaptiveCard } from './adaptiveCardChecker';

/** The checker is a test tool: it must reject what Teams would reject. */
describe('checkAdaptiveCard (the test tool itself)', () => {
  const good = () => ({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    msteams: { width: 'Full' },
    body: [{ type: 'TextBlock', text: 'Hello', wrap: true }],
    actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://www.met.police.uk' }],
    speak: 'Hello',
    fallbackText: 'Hello',
  });

  it('accepts a small valid card', () => {
    expect(checkAdaptiveCard(good())).to.deep.equal([]);
  });

  const broken: Array<[string, (c: ReturnType<typeof good>) => unknown, RegExp]> = [
    ['a wrong version', (c) => ({ ...c, version: '1.6' }), /version/],
    ['an element Teams does not render', (c) => ({ ...c, body: [{ type: 'Table', rows: [] }] }), /not allowed/],
    ['Action.Execute outside Teams', (c) => ({ ...c, actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: {} }] }), /Teams only/],
    ['Action.Http', (c) => ({ ...c, actions: [{ type: 'Action.Http', title: 'Go' }] }), /not allowed/],
    ['a TextBlock without text', (c) => ({ ...c, body: [{ type: 'TextBlock', text: '', wrap: true }] }), /needs text/],
    ['a TextBlock that does not wrap', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x' }] }), /wrap/],
    ['an unknown property', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x', wrap: true, fontSize: 3 }] }), /unsupported/],
    ['a bad colour', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x', wrap: true, color: 'Red' }] }), /color/],
    ['an undefined value', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x', wrap: true, size: undefined }] }), /serialised|size/],
    ['an unfilled placeholder', (c) => ({ ...c, body: [{ type: 'TextBlock', text: '${title}', wrap: true }] }), /placeholder/],
    ['no fallbackText', (c) => ({ ...c, fallbackText: '' }), /fallbackText/],
    ['a huge card', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x'.repeat(30000), wrap: true }] }), /28 KB/],
    ['the narrow Teams width', (c) => ({ ...c, msteams: undefined }), /msteams/],
    ['a toggle aimed at nothing', (c) => ({ ...c, actions: [{ type: 'Action.ToggleVisibility', title: 'More', targetElements: ['details'] }] }), /does not have/],
    ['a relative link', (c) => ({ ...c, actions: [{ type: 'Action.OpenUrl', title: 'x', url: '/here' }] }), /url/],
  ];
  for (const [what, mutate, message] of broken) {
    it(`rejects ${what}`, () => {
      const problems = checkAdaptiveCard(mutate(good()));
      expect(problems.join('\n')).to.match(message);
    });
  }

  it('accepts a toggle aimed at an element the card has', () => {
    const card = { ...good(), body: [{ type: 'Container', id: 'details', isVisible: false, items: [{ type: 'TextBlock', text: 'x', wrap: true }] }], actions: [{ type: 'Action.ToggleVisibility', title: 'More details', targetElements: ['details'] }] };
    expect(checkAdaptiveCard(card)).to.deep.equal([]);
  });

  it('requires imBack data on Submit buttons for Teams, and string data elsewhere', () => {
    const card = { ...good(), body: [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Woodford', data: 'Woodford' }] }] };
    expect(checkAdaptiveCard(card)).to.deep.equal([]);
    expect(checkAdaptiveCard(card, { teams: true }).join('\n')).to.match(/imBack/);
  });

  describe('Action.Execute on Teams (Universal Actions)', () => {
    const execute = (action: Record<string, unknown>) => ({ ...good(), body: [{ type: 'ActionSet', actions: [action] }] });
    const fallback = { type: 'Action.Submit', title: 'Woodford', data: { msteams: { type: 'imBack', value: 'Woodford' } } };
    const valid = { type: 'Action.Execute', title: 'Woodford', verb: 'choose', data: { choice: 'Woodford' }, fallback };

    it('accepts a verb, object data and an imBack Action.Submit fallback', () => {
      expect(checkAdaptiveCard(execute(valid), { teams: true })).to.deep.equal([]);
    });

    const broken: [string, Record<string, unknown>, RegExp][] = [
      ['no verb', { ...valid, verb: '' }, /verb/],
      ['data that is not an object', { ...valid, data: 'Woodford' }, /object data/],
      ['no fallback for older Teams clients', { ...valid, fallback: undefined }, /fallback/],
      ['a fallback that is not a Submit', { ...valid, fallback: { type: 'Action.OpenUrl', title: 'x', url: 'https://www.met.police.uk' } }, /fallback/],
      ['a fallback Submit without imBack', { ...valid, fallback: { type: 'Action.Submit', title: 'Woodford', data: 'Woodford' } }, /fallback: Teams Submit needs data.msteams imBack/],
      ['an unknown property', { ...valid, style: 'positive' }, /unsupported action property "style"/],
    ];
    for (const [what, action, message] of broken) {
      it(`rejects ${what}`, () => {
        expect(checkAdaptiveCard(execute(JSON.parse(JSON.stringify(action))), { teams: true }).join('\n')).to.match(message);
      });
    }
  });
});
