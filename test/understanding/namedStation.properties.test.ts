/**
 * Property test (fast-check): a message that names one known station, by its
 * name or an alias from data/, in the ways residents ask ("is X open", "X hours
 * sunday", "where is X police station"...), never yields a different station.
 * (It may still fall short: ask which station, or not find it. It must not
 * answer about the wrong one.)
 *
 * "Names one station": a name that holds another station's name or alias, as
 * "Barnet 24-hour police station" holds "Barnet" or "Walthamstow police
 * station" is also the old station's name (without "(old)"), names that one
 * too; those are left out here, and the last test holds them to the stations
 * whose names they hold.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { normaliseText, stripGenericWords } from '../../src/stations/stationSearch';
import type { Question } from '../../src/understanding/question';
import { ask, data } from './helpers';

/** The words that tell a station apart, without "police station" and the like. */
const core = (name: string): string => stripGenericWords(normaliseText(name));
/** Without the words that only date it: "Walthamstow police station (old)" is still "Walthamstow". */
const undated = (name: string): string => core(name).split(' ').filter((w) => w !== 'old' && w !== 'former').join(' ');
const holds = (hay: string, needle: string): boolean => needle !== '' && ` ${hay} `.includes(` ${needle} `);

const NAMES = data.stations.flatMap((s) => [s.name, ...s.aliases].map((name) => ({ id: s.id, name })));
const isShared = (n: { id: string; name: string }): boolean => NAMES.some((m) => m.id !== n.id && holds(core(n.name), undated(m.name)));
const OWN_NAMES = NAMES.filter((n) => !isShared(n));
const SHARED_NAMES = NAMES.filter(isShared);

const TEMPLATES = [
  'is X open',
  'X hours sunday',
  'where is X police station',
  'is X police station open now',
  'what time does X close today',
  'X opening times',
  'how do I get to X police station',
  'X',
  'is X still open',
  'when does X open on saturday',
  'address of X police station',
  'is X open tomorrow',
  'X police station hours',
  'is X front counter closing down',
  'what were the hours at X before',
];
const PREFIXES = ['', 'hi ', 'hello, ', 'please ', 'ok so ', 'can you tell me '];
const SUFFIXES = ['', '?', '??', ' please', '!!', ' thanks', ' pls'];
const CASES: ((s: string) => string)[] = [(s) => s, (s) => s.toLowerCase(), (s) => s.toUpperCase()];

function stationOf(q: Question): string | undefined {
  const place = 'place' in q ? q.place : null;
  return place && place.result.status === 'found' ? place.result.match.stationId : undefined;
}

describe('a message naming one known station never yields a different station (fast-check)', function () {
  this.timeout(120_000);

  it('leaves most names in: only names shared with another station are out', () => {
    expect(OWN_NAMES.length).to.be.greaterThan(0.75 * NAMES.length);
    expect(new Set(OWN_NAMES.map((n) => n.id)).size, 'stations with a name of their own').to.be.greaterThan(0.9 * data.stations.length);
  });

  it('for every station name and alias, in the usual questions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OWN_NAMES),
        fc.constantFrom(...TEMPLATES),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...SUFFIXES),
        fc.constantFrom(...CASES),
        (station, template, prefix, suffix, casing) => {
          const message = casing(prefix + template.replace('X', station.name) + suffix);
          const got = stationOf(ask(message));
          if (got !== undefined && got !== station.id) throw new Error(`"${message}" names ${station.id} but was read as ${got}`);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reads a name shared with another station as one of the stations sharing it, never a third', () => {
    expect(SHARED_NAMES.map((n) => n.name)).to.include.members(['Barnet 24-hour police station', 'Croydon custody centre']);
    for (const n of SHARED_NAMES) {
      const sharing = new Set([n.id, ...NAMES.filter((m) => holds(core(n.name), undated(m.name))).map((m) => m.id)]);
      for (const template of TEMPLATES) {
        const message = template.replace('X', n.name);
        const got = stationOf(ask(message));
        if (got !== undefined) expect([...sharing], `"${message}" was read as ${got}`).to.include(got);
      }
    }
  });
});
