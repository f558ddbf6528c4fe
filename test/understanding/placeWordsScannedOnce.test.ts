/**
 * Understanding scans a run of place words for mentions once: when the scan found nothing and the
 * words are then read as one name ("is wood police station open"), the locator is handed that scan
 * instead of making it again, and reads the name exactly as it would have on its own.
 */
import { expect } from 'chai';
import { Locator } from '../../src/stations/locate';
import { CorePlaceFinder } from '../../src/understanding/corePlaceFinder';
import type { PlaceFinder } from '../../src/understanding/placeFinder';
import { understand } from '../../src/understanding/understand';
import { data, NOW } from './helpers';

const locator = new Locator(data);

/** The real locator, noting every text it scans for mentions. */
function scanCountingFinder(): { finder: CorePlaceFinder; scanned: string[] } {
  const scanned: string[] = [];
  const counting = Object.create(locator) as Locator;
  counting.findMentions = (text: string) => {
    scanned.push(text);
    return locator.findMentions(text);
  };
  return { finder: new CorePlaceFinder(counting), scanned };
}

const READ_AS_ONE_NAME = [
  'is wood police station open',
  'nearest desk to elephant and castle',
  'opening hours of the city police station',
  'is kentsh town open on sunday',
  'when does stretham police station open',
  'nearest 24 hour station to brighton',
  'what time does Ilford open on Sunday?',
  'is nowhere-ville police station still open',
];

describe('understanding: the place words are scanned once', () => {
  for (const say of READ_AS_ONE_NAME) {
    it(`"${say}": no text scanned twice, and the same reading as with the words scanned again`, () => {
      const { finder, scanned } = scanCountingFinder();
      const once = understand(say, {}, NOW, finder);
      expect(new Set(scanned).size, `scanned: ${JSON.stringify(scanned)}`).to.equal(scanned.length);
      // A finder without the shortcut: its lookup ignores the scan it is given, so it scans again.
      const plain = new CorePlaceFinder(locator);
      const rescanning: PlaceFinder = { findPlaces: (t) => plain.findPlaces(t), lookup: (name) => locator.locate(name), plans: plain.plans };
      expect(once).to.deep.equal(understand(say, {}, NOW, rescanning));
    });
  }

  it('at least one of them is read as one name after a scan that found nothing (so the shortcut is exercised)', () => {
    const { finder, scanned } = scanCountingFinder();
    const asked: string[] = [];
    const lookup = finder.lookup.bind(finder);
    finder.lookup = (name, found) => {
      asked.push(`${name} ${found ? found.length : 'none'}`);
      return lookup(name, found);
    };
    for (const say of READ_AS_ONE_NAME) understand(say, {}, NOW, finder);
    expect(asked).to.include('wood police station 0');
    expect(scanned.filter((t) => t === 'wood police station')).to.have.length(1);
  });

  it('reads a name the same with the scan handed over as without', () => {
    for (const name of ['wood police station', 'elephant and castle', 'woodford', 'ig8 0sb', 'brixton and stratford', '']) {
      expect(locator.locate(name, locator.findMentions(name)), name).to.deep.equal(locator.locate(name));
    }
  });
});
