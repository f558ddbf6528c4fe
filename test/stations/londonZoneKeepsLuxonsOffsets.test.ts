/**
 * The London zone the bot's clock uses (LONDON, src/stations/hours/londonTime.ts) works each hour's
 * offset out once; it must give exactly luxon's own Europe/London offsets, clock changes included,
 * and DateTimes made with it must read, print and compare as those made with the zone's name.
 */
import { expect } from 'chai';
import { DateTime, IANAZone } from 'luxon';
import { withCachesOff } from '../../src/stations/boundedCache';
import { LONDON } from '../../src/stations/hours/londonTime';

const luxons = IANAZone.create('Europe/London');
const MINUTE = 60_000;

describe('the London zone of the clock: luxon\'s offsets, worked out once an hour', () => {
  it('gives luxon\'s offset through every hour around the clock changes from 1968 to 2040', () => {
    const differ: string[] = [];
    for (let year = 1968; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // From the 20th of March (October) to the 2nd of the next month, where the changes fall: an
        // instant in every hour, at a different minute and second each time.
        const from = Date.UTC(year, month, 20);
        for (let ts = from; ts < from + 14 * 1440 * MINUTE; ts += 59 * MINUTE + 17_000) {
          if (LONDON.offset(ts) !== luxons.offset(ts)) differ.push(new Date(ts).toISOString());
        }
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('gives luxon\'s offset in the odd hours: local mean time before 1847, British Double Summer Time, invalid instants', () => {
    for (const iso of ['1847-12-01T00:00:00Z', '1847-12-01T00:01:14Z', '1847-11-30T23:59:59Z', '1941-05-04T01:30:00Z', '1945-07-15T00:59:59Z', '1971-10-31T02:00:00Z']) {
      const ts = Date.parse(iso);
      expect(LONDON.offset(ts), iso).to.equal(luxons.offset(ts));
    }
    expect(Number.isNaN(LONDON.offset(NaN))).to.equal(true);
  });

  it('gives the same offsets with the caches off', () => {
    const ts = Date.parse('2026-10-25T00:59:59.999Z');
    expect(withCachesOff(() => [LONDON.offset(ts), LONDON.offset(ts + 1)])).to.deep.equal([luxons.offset(ts), luxons.offset(ts + 1)]);
  });

  it('makes DateTimes that equal, print and step like those made with the zone\'s name', () => {
    for (const iso of ['2026-03-29T00:30:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-11-26T14:30:00Z']) {
      const ours = DateTime.fromISO(iso).setZone(LONDON).setLocale('en-GB');
      const named = DateTime.fromISO(iso).setZone('Europe/London').setLocale('en-GB');
      expect(ours.equals(named), iso).to.equal(true);
      expect(ours.zoneName).to.equal('Europe/London');
      for (const step of [(d: DateTime) => d, (d: DateTime) => d.startOf('day'), (d: DateTime) => d.plus({ hours: 1 }), (d: DateTime) => d.set({ hour: 1, minute: 30 }), (d: DateTime) => d.plus({ days: 1 }).endOf('day')]) {
        expect(step(ours).toISO(), iso).to.equal(step(named).toISO());
        expect(step(ours).toFormat('ccc d LLL HH:mm ZZZZ'), iso).to.equal(step(named).toFormat('ccc d LLL HH:mm ZZZZ'));
      }
      // Made in the zone of another DateTime, the named zone keeps ours (luxon sees them as equal).
      expect(ours.setZone('Europe/London')).to.equal(ours);
    }
  });
});
