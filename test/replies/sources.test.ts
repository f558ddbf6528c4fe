/**
 * Sources as residents see them: named by publisher and dated, and a domain
 * the data names no publisher for shown as itself, labelled so: never a
 * publisher guessed from its name, and after every source whose publisher is known.
 */
import { expect } from 'chai';
import { chooseSources } from '../../src/replies/format/sources';
import { knowledge } from '../bot/harness';

const publishers = Object.fromEntries(knowledge.data.publishers.map((p) => [p.domain, { name: p.name, kind: p.kind }]));
const official = knowledge.data.publishers.find((p) => p.kind === 'official')!;
const community = knowledge.data.publishers.find((p) => p.kind === 'community')!;

describe('sources shown with an answer', () => {
  it('a domain with no publisher row is shown as the domain, labelled "(publisher not recorded)"', () => {
    const [shown] = chooseSources([{ url: 'https://www.leaflets.unrecorded.org.uk/counters.htm', date: { date: '2025-07-01', precision: 'month' } }], publishers);
    expect(shown).to.deep.equal({ label: 'leaflets.unrecorded.org.uk (publisher not recorded), Jul 2025', url: 'https://www.leaflets.unrecorded.org.uk/counters.htm' });
  });

  it('ranks an unrecorded publisher after every known one but copies', () => {
    const shown = chooseSources(
      [{ url: 'https://unrecorded.example.net/a' }, { url: `https://${community.domain}/b` }, { url: `https://${official.domain}/c` }],
      publishers,
      3,
    );
    expect(shown.map((s) => s.label)).to.deep.equal([official.name, community.name, 'unrecorded.example.net (publisher not recorded)']);
  });
});
