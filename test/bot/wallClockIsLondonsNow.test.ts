/**
 * The bot's default clock (src/bots/buildStationDeskBot.ts) makes London's now directly from the
 * milliseconds; it must be the DateTime `DateTime.now().setZone(LONDON)` made, either side of both clock
 * changes and whatever zone the machine runs in.
 */
import { expect } from 'chai';
import { DateTime, Settings } from 'luxon';
import { londonWallClock } from '../../src/bots/buildStationDeskBot';
import { LONDON } from '../../src/stations/hours/londonTime';

const INSTANTS = [
  '2026-03-29T00:59:59.999Z',
  '2026-03-29T01:00:00.000Z',
  '2026-10-25T00:30:00.000Z',
  '2026-10-25T01:00:00.001Z',
  '2026-12-05T00:20:00.000Z',
  '2026-06-30T23:30:00.000Z',
];

describe('the wall clock', () => {
  const { now, defaultZone } = { now: Settings.now, defaultZone: Settings.defaultZone };
  afterEach(() => {
    Settings.now = now;
    Settings.defaultZone = defaultZone;
  });

  for (const machineZone of ['system', 'UTC', 'Europe/London', 'America/New_York']) {
    it(`is DateTime.now() on London's clock, the machine in ${machineZone}`, () => {
      Settings.defaultZone = machineZone;
      for (const iso of INSTANTS) {
        Settings.now = () => Date.parse(iso);
        const expected = DateTime.now().setZone(LONDON);
        const clock = londonWallClock();
        expect(clock.toMillis()).to.equal(expected.toMillis());
        // The same zone to luxon; with the machine itself set to London, setZone keeps luxon's own instance of it.
        expect(clock.zone.equals(expected.zone)).to.equal(true);
        if (machineZone !== 'Europe/London') expect(clock.zone).to.equal(expected.zone);
        expect([clock.toISO(), clock.offset, clock.locale, clock.offsetNameShort, clock.toFormat('cccc d LLLL HH:mm')]).to.deep.equal([
          expected.toISO(),
          expected.offset,
          expected.locale,
          expected.offsetNameShort,
          expected.toFormat('cccc d LLLL HH:mm'),
        ]);
        expect(clock.equals(expected)).to.equal(true);
      }
    });
  }
});
