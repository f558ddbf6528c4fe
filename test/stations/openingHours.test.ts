import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/stations/csv';
import { expect } from 'chai';
import { DateTime } from 'luxon';
import {
  ScheduleParseError,
  describeSchedule,
  formatLondonDay,
  formatLondonTime,
  hoursOn,
  isOpenAt,
  openingStateAt,
  parseSchedule,
  tryParseSchedule,
  weekTable,
  type OpeningState,
  type WeeklySchedule,
} from '../../src/stations/openingHours';

const REPO = join(__dirname, '..', '..');
const EVENTS_CSV = join(REPO, '..', 'shared', 'data', 'events.csv');

const REDUCED = 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00';
const VALUES_IN_DATA = [
  '24/7',
  REDUCED,
  'Mon-Fri 07:00-23:00',
  'Tue-Fri 09:00-17:00; Sat 12:00-20:00',
  'Mon-Fri 08:00-20:00; Sat 10:00-18:00',
  'Tue-Sat 10:00-18:00',
  'Mon-Fri 09:00-17:00',
];

/** A London wall-clock time, e.g. `london('2026-03-29T09:00')`. */
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London', locale: 'en-GB' });
const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (dt: DateTime | null | undefined) => (dt ? dt.toISO() : dt);
const utcIso = (dt: DateTime | null | undefined) => (dt ? dt.toUTC().toISO() : dt);
const always: WeeklySchedule = { kind: 'always' };

function closesAt(state: OpeningState): DateTime | null {
  expect(state.open, 'expected the desk to be open').to.equal(true);
  return state.open ? state.closesAt : null;
}
function opensAt(state: OpeningState): DateTime | null {
  expect(state.open, 'expected the desk to be closed').to.equal(false);
  return state.open ? null : state.opensAt;
}

/** The hours values of the research CSV (../shared/data), read with the project's own CSV reader. */
function hoursValuesInEventsCsv(): string[] {
  return parseCsv(readFileSync(EVENTS_CSV, 'utf8'))
    .rows.filter((r) => r.values.kind === 'hours')
    .map((r) => r.values.value);
}

describe('opening hours', () => {
  describe('parseSchedule: the real data', () => {
    it('reads every hours value in the research events.csv (when ../shared is beside the repo)', function () {
      if (!existsSync(EVENTS_CSV)) this.skip(); // data/events.json below is the committed copy and is always checked
      const values = hoursValuesInEventsCsv();
      expect(values.length).to.be.greaterThan(50);
      const unreadable = values.map((v) => ({ v, r: tryParseSchedule(v) })).filter((x) => !x.r.ok);
      expect(unreadable.map((x) => x.v)).to.deep.equal([]);
      // The CSV reader really found the schedules (quoted commas did not shift columns).
      expect(new Set(values)).to.include.members(VALUES_IN_DATA);
    });

    it('reads every hours value in the generated data/events.json', () => {
      const path = join(REPO, 'data', 'events.json');
      const events = JSON.parse(readFileSync(path, 'utf8')) as Array<{ kind: string; value: string }>;
      const values = events.filter((e) => e.kind === 'hours').map((e) => e.value);
      expect(values.length).to.be.greaterThan(50);
      expect(values.filter((v) => !tryParseSchedule(v).ok)).to.deep.equal([]);
      expect(new Set(values)).to.include.members(VALUES_IN_DATA);
    });

    it('gives each value found in the data its exact intervals', () => {
      const days = (from: number, to: number, opens: number, closes: number) =>
        Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: from + i, opens, closes }));
      const h = (hh: number) => hh * 60;
      expect(parseSchedule('24/7')).to.deep.equal({ kind: 'always' });
      expect(parseSchedule(REDUCED)).to.deep.equal({
        kind: 'weekly',
        intervals: [...days(1, 5, h(10), h(22)), ...days(6, 7, h(9), h(19))],
      });
      expect(parseSchedule('Mon-Fri 07:00-23:00')).to.deep.equal({ kind: 'weekly', intervals: days(1, 5, h(7), h(23)) });
      expect(parseSchedule('Tue-Fri 09:00-17:00; Sat 12:00-20:00')).to.deep.equal({
        kind: 'weekly',
        intervals: [...days(2, 5, h(9), h(17)), ...days(6, 6, h(12), h(20))],
      });
      expect(parseSchedule('Mon-Fri 08:00-20:00; Sat 10:00-18:00')).to.deep.equal({
        kind: 'weekly',
        intervals: [...days(1, 5, h(8), h(20)), ...days(6, 6, h(10), h(18))],
      });
      expect(parseSchedule('Tue-Sat 10:00-18:00')).to.deep.equal({ kind: 'weekly', intervals: days(2, 6, h(10), h(18)) });
      expect(parseSchedule('Mon-Fri 09:00-17:00')).to.deep.equal({ kind: 'weekly', intervals: days(1, 5, h(9), h(17)) });
    });
  });

  describe('parseSchedule: the other shapes', () => {
    const cases: Array<[string, WeeklySchedule]> = [
      ['Wed 16:30-19:30', { kind: 'weekly', intervals: [{ weekday: 3, opens: 990, closes: 1170 }] }],
      [
        'Mon, Wed, Fri 10:00-12:00',
        {
          kind: 'weekly',
          intervals: ([1, 3, 5] as const).map((weekday) => ({ weekday, opens: 600, closes: 720 })),
        },
      ],
      [
        'Sat 09:00-12:00, 13:00-17:00',
        {
          kind: 'weekly',
          intervals: [
            { weekday: 6, opens: 540, closes: 720 },
            { weekday: 6, opens: 780, closes: 1020 },
          ],
        },
      ],
      [
        'Fri-Sat 22:00-02:00',
        {
          kind: 'weekly',
          intervals: [
            { weekday: 5, opens: 1320, closes: 1560 },
            { weekday: 6, opens: 1320, closes: 1560 },
          ],
        },
      ],
      ['Thu 18:00-24:00', { kind: 'weekly', intervals: [{ weekday: 4, opens: 1080, closes: 1440 }] }],
      ['Thu 18:00-00:00', { kind: 'weekly', intervals: [{ weekday: 4, opens: 1080, closes: 1440 }] }],
      ['Sun 00:00-24:00', { kind: 'weekly', intervals: [{ weekday: 7, opens: 0, closes: 1440 }] }],
      [
        'Sat-Mon 10:00-18:00',
        {
          kind: 'weekly',
          intervals: ([1, 6, 7] as const).map((weekday) => ({ weekday, opens: 600, closes: 1080 })),
        },
      ],
      [
        'Mon-Tue, Thu 10:00-12:00',
        {
          kind: 'weekly',
          intervals: ([1, 2, 4] as const).map((weekday) => ({ weekday, opens: 600, closes: 720 })),
        },
      ],
      // Touching ranges are one opening.
      ['Sat 09:00-12:00, 12:00-17:00', { kind: 'weekly', intervals: [{ weekday: 6, opens: 540, closes: 1020 }] }],
      // Spacing, case and the en dash our own descriptions use.
      ['  mon – tue  10:00 – 12:00 ', { kind: 'weekly', intervals: ([1, 2] as const).map((weekday) => ({ weekday, opens: 600, closes: 720 })) }],
      // A week with no closed moment is 24/7.
      ['Mon-Sun 00:00-24:00', { kind: 'always' }],
      ['Sat-Fri 00:00-24:00', { kind: 'always' }],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => {
        expect(parseSchedule(text)).to.deep.equal(expected);
      });
    }

    it('keeps a closing time past midnight when ranges meet but would exceed a day', () => {
      // 00:00-23:00 and 23:00-22:00 meet, but joined they would be 46 hours; kept apart.
      const s = parseSchedule('Mon 00:00-23:00, 23:00-22:00');
      expect(s).to.deep.equal({
        kind: 'weekly',
        intervals: [
          { weekday: 1, opens: 0, closes: 1380 },
          { weekday: 1, opens: 1380, closes: 2760 },
        ],
      });
    });
  });

  describe('parseSchedule: rejections', () => {
    const rejections: Array<[string, string, RegExp]> = [
      ['', '', /empty/],
      ['   ', '   ', /empty/],
      ['Open late', 'Open late', /no opening times/],
      ['opening cut from 55 hours a week to 3', 'opening cut from', /"opening cut from" is not a day/],
      ['Mnd-Fri 10:00-12:00', 'Mnd', /"Mnd" is not a day/],
      ['Monday 10:00-12:00', 'Monday', /"Monday" is not a day \(use Mon/],
      ['Mon 9:00-17:00', '9:00', /two-digit hours/],
      ['Mon 10:00-25:00', '25:00', /not a time of day/],
      ['Mon 10:60-11:00', '10:60', /not a time of day/],
      ['Mon 24:30-02:00', '24:30', /not a time of day/],
      ['Mon 24:00-02:00', '24:00-02:00', /opens at 24:00/],
      ['Mon 10:00-10:00', '10:00-10:00', /opens and closes at the same time/],
      ['Mon 10:00', '10:00', /not a time range/],
      ['Mon 10am-4pm', '10am-4pm', /not a time range/],
      ['Mon-Mon 10:00-12:00', 'Mon-Mon', /same day/],
      ['Mon, Mon 10:00-12:00', 'Mon, Mon', /Mon is listed twice/],
      ['Mon-Wed, Tue 10:00-12:00', 'Mon-Wed, Tue', /Tue is listed twice/],
      ['Mon,, Tue 10:00-12:00', 'Mon,, Tue', /empty item/],
      ['Mon 10:00-12:00,', '10:00-12:00,', /empty item/],
      ['Mon-Fri 09:00-17:00;', '', /empty part between semicolons/],
      ['Mon-Fri 09:00-17:00;; Sat 10:00-12:00', '', /empty part/],
      ['10:00-12:00', '10:00-12:00', /does not say which days/],
      ['24/7; Sat 10:00-12:00', '24/7', /must be the whole value/],
      ['Mon-Fri 09:00-17:00; Wed 12:00-13:00', 'Wed 12:00-13:00', /Wed 09:00-17:00 overlaps Wed 12:00-13:00/],
      ['Sat 09:00-13:00, 12:00-17:00', 'Sat 09:00-13:00, 12:00-17:00', /overlaps/],
      // The Sunday night opening runs into Monday's.
      ['Sun 22:00-02:00; Mon 01:00-05:00', 'Mon 01:00-05:00', /Sun 22:00-02:00 overlaps Mon 01:00-05:00/],
      ['Mon-Fri 10:00-12:00 (approx.)', '10:00-12:00 (approx.)', /not a time range/],
    ];
    for (const [text, part, reason] of rejections) {
      it(`rejects ${JSON.stringify(text)}, naming ${JSON.stringify(part)}`, () => {
        const result = tryParseSchedule(text);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        expect(result.reason).to.match(reason);
        expect(result.part.trim()).to.equal(part.trim());
      });
    }

    it('throws a ScheduleParseError whose message names the value and the bad part', () => {
      let caught: unknown;
      try {
        parseSchedule('Mon-Fri 10:00-22:00; Sta 09:00-19:00');
      } catch (err) {
        caught = err;
      }
      expect(caught).to.be.instanceOf(ScheduleParseError);
      const e = caught as ScheduleParseError;
      expect(e.name).to.equal('ScheduleParseError');
      expect(e.part).to.equal('Sta');
      expect(e.text).to.equal('Mon-Fri 10:00-22:00; Sta 09:00-19:00');
      expect(e.message).to.equal(
        'Cannot read opening hours "Mon-Fri 10:00-22:00; Sta 09:00-19:00": "Sta" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)',
      );
    });

    it('rejects a value that is not text instead of crashing', () => {
      expect(tryParseSchedule(undefined as unknown as string)).to.deep.include({ ok: false });
      expect(() => parseSchedule(42 as unknown as string)).to.throw(ScheduleParseError, /not text/);
    });

    it('returns the schedule from tryParseSchedule when it reads', () => {
      expect(tryParseSchedule('Tue-Sat 10:00-18:00')).to.deep.equal({ ok: true, schedule: parseSchedule('Tue-Sat 10:00-18:00') });
    });
  });

  describe('isOpenAt and openingStateAt', () => {
    const reduced = parseSchedule(REDUCED);

    it('is open in the day, with the same evening as closing time', () => {
      // Wednesday 3 June 2026.
      const at = london('2026-06-03T12:00');
      expect(at.weekday).to.equal(3);
      expect(isOpenAt(reduced, at)).to.equal(true);
      expect(iso(closesAt(openingStateAt(reduced, at)))).to.equal('2026-06-03T22:00:00.000+01:00');
    });

    it('opens at the opening minute and is closed at the closing minute', () => {
      expect(isOpenAt(reduced, london('2026-06-03T09:59'))).to.equal(false);
      expect(isOpenAt(reduced, london('2026-06-03T10:00'))).to.equal(true);
      expect(isOpenAt(reduced, london('2026-06-03T21:59'))).to.equal(true);
      expect(isOpenAt(reduced, london('2026-06-03T22:00'))).to.equal(false);
      expect(iso(opensAt(openingStateAt(reduced, london('2026-06-03T09:59'))))).to.equal('2026-06-03T10:00:00.000+01:00');
    });

    it('closes at 22:00 and reopens at 10:00 the next morning', () => {
      expect(iso(opensAt(openingStateAt(reduced, london('2026-06-03T22:00'))))).to.equal('2026-06-04T10:00:00.000+01:00');
      expect(iso(opensAt(openingStateAt(reduced, london('2026-06-04T03:00'))))).to.equal('2026-06-04T10:00:00.000+01:00');
    });

    it('after Friday evening, reopens at the weekend time', () => {
      expect(iso(opensAt(openingStateAt(reduced, london('2026-06-05T22:30'))))).to.equal('2026-06-06T09:00:00.000+01:00');
    });

    it('after Sunday evening, reopens on Monday (the week boundary)', () => {
      const sunday = london('2026-06-07T19:30');
      expect(sunday.weekday).to.equal(7);
      expect(iso(opensAt(openingStateAt(reduced, sunday)))).to.equal('2026-06-08T10:00:00.000+01:00');
    });

    it('skips the closed days: Saturday evening to Tuesday for Tue-Sat hours', () => {
      const tueSat = parseSchedule('Tue-Sat 10:00-18:00');
      expect(iso(opensAt(openingStateAt(tueSat, london('2026-06-06T18:00'))))).to.equal('2026-06-09T10:00:00.000+01:00');
      expect(iso(opensAt(openingStateAt(tueSat, london('2026-06-08T12:00'))))).to.equal('2026-06-09T10:00:00.000+01:00');
    });

    it('follows different hours on different days', () => {
      const s = parseSchedule('Tue-Fri 09:00-17:00; Sat 12:00-20:00');
      expect(iso(opensAt(openingStateAt(s, london('2026-06-05T17:00'))))).to.equal('2026-06-06T12:00:00.000+01:00');
      expect(iso(closesAt(openingStateAt(s, london('2026-06-06T19:00'))))).to.equal('2026-06-06T20:00:00.000+01:00');
      expect(iso(opensAt(openingStateAt(s, london('2026-06-06T20:00'))))).to.equal('2026-06-09T09:00:00.000+01:00');
    });

    it('handles several ranges a day: closed over lunch', () => {
      const s = parseSchedule('Sat 09:00-12:00, 13:00-17:00');
      expect(iso(closesAt(openingStateAt(s, london('2026-06-06T11:00'))))).to.equal('2026-06-06T12:00:00.000+01:00');
      expect(iso(opensAt(openingStateAt(s, london('2026-06-06T12:30'))))).to.equal('2026-06-06T13:00:00.000+01:00');
      expect(iso(opensAt(openingStateAt(s, london('2026-06-06T17:00'))))).to.equal('2026-06-13T09:00:00.000+01:00');
    });

    it('reads an instant given in UTC on London time', () => {
      // 09:30 UTC in summer is 10:30 BST: open. In winter 09:30 UTC is 09:30 GMT: closed.
      expect(isOpenAt(reduced, utc('2026-07-01T09:30'))).to.equal(true);
      expect(isOpenAt(reduced, utc('2026-01-14T09:30'))).to.equal(false);
      expect(iso(opensAt(openingStateAt(reduced, utc('2026-01-14T09:30'))))).to.equal('2026-01-14T10:00:00.000+00:00');
    });

    it('answers in London time with the en-GB locale', () => {
      const closes = closesAt(openingStateAt(reduced, utc('2026-07-01T09:30')));
      expect(closes?.zoneName).to.equal('Europe/London');
      expect(closes?.locale).to.equal('en-GB');
      expect(closes?.offsetNameShort).to.equal('BST');
    });

    describe('past midnight', () => {
      const lateNights = parseSchedule('Fri-Sat 22:00-02:00');

      it('is open after midnight on the night that started the day before', () => {
        expect(iso(closesAt(openingStateAt(lateNights, london('2026-06-06T01:00'))))).to.equal('2026-06-06T02:00:00.000+01:00');
        expect(iso(closesAt(openingStateAt(lateNights, london('2026-06-07T01:59'))))).to.equal('2026-06-07T02:00:00.000+01:00');
      });

      it('closes at 02:00 and reopens at 22:00 that evening, then next Friday', () => {
        expect(iso(opensAt(openingStateAt(lateNights, london('2026-06-06T02:00'))))).to.equal('2026-06-06T22:00:00.000+01:00');
        expect(iso(opensAt(openingStateAt(lateNights, london('2026-06-07T03:00'))))).to.equal('2026-06-12T22:00:00.000+01:00');
      });

      it('is closed on the evenings not listed', () => {
        expect(isOpenAt(lateNights, london('2026-06-04T23:00'))).to.equal(false);
        expect(isOpenAt(lateNights, london('2026-06-05T01:00'))).to.equal(false);
      });

      it('runs from Sunday night into Monday across the week boundary', () => {
        const sundayNight = parseSchedule('Sun 22:00-02:00');
        const mondayEarly = london('2026-06-08T01:00');
        expect(mondayEarly.weekday).to.equal(1);
        expect(iso(closesAt(openingStateAt(sundayNight, mondayEarly)))).to.equal('2026-06-08T02:00:00.000+01:00');
        expect(iso(opensAt(openingStateAt(sundayNight, london('2026-06-08T02:00'))))).to.equal('2026-06-14T22:00:00.000+01:00');
      });
    });

    describe('openings that run into each other', () => {
      it('treats 24:00 followed by 00:00 the next day as continuous', () => {
        const s = parseSchedule('Mon 10:00-24:00; Tue 00:00-02:00');
        expect(iso(closesAt(openingStateAt(s, london('2026-06-08T23:00'))))).to.equal('2026-06-09T02:00:00.000+01:00');
        expect(isOpenAt(s, london('2026-06-09T00:00'))).to.equal(true);
      });

      it('follows a chain over several days', () => {
        const s = parseSchedule('Sat-Sun 00:00-24:00; Mon 00:00-06:00');
        expect(iso(closesAt(openingStateAt(s, london('2026-06-06T12:00'))))).to.equal('2026-06-08T06:00:00.000+01:00');
        expect(iso(opensAt(openingStateAt(s, london('2026-06-08T06:00'))))).to.equal('2026-06-13T00:00:00.000+01:00');
      });

      it('follows a chain from Sunday into Monday', () => {
        const s = parseSchedule('Sun 18:00-24:00; Mon 00:00-08:00');
        expect(iso(closesAt(openingStateAt(s, london('2026-06-07T20:00'))))).to.equal('2026-06-08T08:00:00.000+01:00');
      });

      it('says a week with no closed moment never closes', () => {
        const handBuilt: WeeklySchedule = {
          kind: 'weekly',
          intervals: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, opens: 0, closes: 1440 })),
        };
        expect(openingStateAt(handBuilt, london('2026-06-03T12:00'))).to.deep.equal({ open: true, closesAt: null });
      });
    });

    it('says a 24/7 desk is open and never closes', () => {
      for (const at of ['2026-01-01T00:00', '2026-06-07T23:59', '2026-12-25T12:00']) {
        expect(openingStateAt(always, london(at))).to.deep.equal({ open: true, closesAt: null });
        expect(isOpenAt(always, london(at))).to.equal(true);
      }
    });

    it('says a schedule with no openings is closed and never opens', () => {
      const none: WeeklySchedule = { kind: 'weekly', intervals: [] };
      expect(openingStateAt(none, london('2026-06-03T12:00'))).to.deep.equal({ open: false, opensAt: null });
      expect(isOpenAt(none, london('2026-06-03T12:00'))).to.equal(false);
    });

    it('refuses an invalid instant or a malformed schedule instead of guessing', () => {
      expect(() => isOpenAt(reduced, DateTime.invalid('no clock'))).to.throw(RangeError, /not a valid date\/time/);
      const broken = { kind: 'weekly', intervals: [{ weekday: 8, opens: 600, closes: 700 }] } as unknown as WeeklySchedule;
      expect(() => isOpenAt(broken, london('2026-06-03T12:00'))).to.throw(RangeError, /malformed interval/);
      const tooLong = { kind: 'weekly', intervals: [{ weekday: 1, opens: 600, closes: 600 + 1440 }] } as WeeklySchedule;
      expect(() => openingStateAt(tooLong, london('2026-06-03T12:00'))).to.throw(RangeError, /malformed interval/);
      expect(() => openingStateAt({ kind: 'unknown' } as unknown as WeeklySchedule, london('2026-06-03T12:00'))).to.throw(TypeError);
    });
  });

  describe('clocks going forward: Sunday 29 March 2026 (01:00 GMT -> 02:00 BST)', () => {
    const reduced = parseSchedule(REDUCED);

    it('keeps a 24/7 desk open across the skipped hour', () => {
      for (const at of ['2026-03-29T00:59', '2026-03-29T01:00', '2026-03-29T01:30', '2026-03-29T02:00']) {
        expect(isOpenAt(always, utc(at)), at).to.equal(true);
      }
    });

    it('Saturday 22:30 (closed): opens Sunday 09:00 BST, which is 08:00 UTC', () => {
      const at = london('2026-03-28T22:30');
      expect(at.offsetNameShort).to.equal('GMT');
      const opens = opensAt(openingStateAt(reduced, at));
      expect(iso(opens)).to.equal('2026-03-29T09:00:00.000+01:00');
      expect(utcIso(opens)).to.equal('2026-03-29T08:00:00.000Z');
      expect(`${formatLondonTime(opens!)} ${formatLondonDay(opens!, at)}`).to.equal('09:00 tomorrow');
    });

    it('opens at 09:00 on the wall clock, not 09:00 GMT', () => {
      expect(isOpenAt(reduced, utc('2026-03-29T07:30'))).to.equal(false); // 08:30 BST
      expect(isOpenAt(reduced, utc('2026-03-29T08:00'))).to.equal(true); // 09:00 BST
      expect(utcIso(closesAt(openingStateAt(reduced, utc('2026-03-29T08:00'))))).to.equal('2026-03-29T18:00:00.000Z');
    });

    it('gives 09:00-19:00 as 10 hours of real time that day', () => {
      const day = hoursOn(reduced, '2026-03-29');
      expect(day.intervals).to.have.length(1);
      expect(utcIso(day.intervals[0].open)).to.equal('2026-03-29T08:00:00.000Z');
      expect(utcIso(day.intervals[0].close)).to.equal('2026-03-29T18:00:00.000Z');
      expect(day.intervals[0].close.diff(day.intervals[0].open, 'hours').hours).to.equal(10);
    });

    it('makes a 00:00-24:00 day, and a 24/7 day, last 23 hours', () => {
      for (const s of [parseSchedule('Sun 00:00-24:00'), always]) {
        const day = hoursOn(s, '2026-03-29');
        expect(day.allDay).to.equal(true);
        expect(day.intervals).to.have.length(1);
        const { open, close } = day.intervals[0];
        expect(close.diff(open, 'hours').hours).to.equal(23);
        expect(iso(open)).to.equal('2026-03-29T00:00:00.000+00:00');
        expect(iso(close)).to.equal('2026-03-30T00:00:00.000+01:00');
      }
    });

    it('makes a Saturday night to 02:00 last 3 hours of real time', () => {
      const s = parseSchedule('Sat 22:00-02:00');
      const sat = hoursOn(s, '2026-03-28');
      expect(utcIso(sat.intervals[0].open)).to.equal('2026-03-28T22:00:00.000Z');
      expect(utcIso(sat.intervals[0].close)).to.equal('2026-03-29T01:00:00.000Z');
      expect(isOpenAt(s, utc('2026-03-29T00:59'))).to.equal(true);
      expect(isOpenAt(s, utc('2026-03-29T01:00'))).to.equal(false);
    });

    it('opens a time inside the skipped hour when the clocks jump', () => {
      const s = parseSchedule('Sun 01:30-03:00');
      const day = hoursOn(s, '2026-03-29');
      expect(iso(day.intervals[0].open)).to.equal('2026-03-29T02:00:00.000+01:00');
      expect(iso(day.intervals[0].close)).to.equal('2026-03-29T03:00:00.000+01:00');
      // An ordinary Sunday is unaffected.
      expect(iso(hoursOn(s, '2026-04-05').intervals[0].open)).to.equal('2026-04-05T01:30:00.000+01:00');
    });

    it('drops an opening wholly inside the skipped hour', () => {
      const s = parseSchedule('Sun 01:15-01:45');
      expect(hoursOn(s, '2026-03-29').closedAllDay).to.equal(true);
      expect(iso(opensAt(openingStateAt(s, london('2026-03-29T00:30'))))).to.equal('2026-04-05T01:15:00.000+01:00');
    });

    it('joins openings either side of the skipped hour', () => {
      const s = parseSchedule('Sun 00:00-01:00, 02:00-24:00');
      expect(hoursOn(s, '2026-03-29').allDay).to.equal(true);
      expect(hoursOn(s, '2026-04-05').allDay).to.equal(false);
    });
  });

  describe('clocks going back: Sunday 25 October 2026 (02:00 BST -> 01:00 GMT)', () => {
    const reduced = parseSchedule(REDUCED);

    it('keeps a 24/7 desk open through the repeated hour', () => {
      for (const at of ['2026-10-25T00:00', '2026-10-25T00:30', '2026-10-25T01:00', '2026-10-25T01:30', '2026-10-25T02:00']) {
        expect(isOpenAt(always, utc(at)), at).to.equal(true);
      }
    });

    it('opens at 09:00 GMT on the day, and says so from Saturday night', () => {
      const at = london('2026-10-24T22:30');
      expect(at.offsetNameShort).to.equal('BST');
      const opens = opensAt(openingStateAt(reduced, at));
      expect(iso(opens)).to.equal('2026-10-25T09:00:00.000+00:00');
      expect(utcIso(opens)).to.equal('2026-10-25T09:00:00.000Z');
      expect(isOpenAt(reduced, utc('2026-10-25T08:30'))).to.equal(false);
      expect(isOpenAt(reduced, utc('2026-10-25T09:00'))).to.equal(true);
    });

    it('a range ending 02:00 on the change day lasts 5 hours and closes at 02:00 GMT', () => {
      const s = parseSchedule('Sat 22:00-02:00');
      const sat = hoursOn(s, '2026-10-24');
      expect(utcIso(sat.intervals[0].open)).to.equal('2026-10-24T21:00:00.000Z');
      expect(iso(sat.intervals[0].close)).to.equal('2026-10-25T02:00:00.000+00:00');
      expect(sat.intervals[0].close.diff(sat.intervals[0].open, 'hours').hours).to.equal(5);
      // Open through both showings of 01:30, shut at 02:00 GMT.
      expect(utcIso(closesAt(openingStateAt(s, utc('2026-10-25T00:30'))))).to.equal('2026-10-25T02:00:00.000Z');
      expect(isOpenAt(s, utc('2026-10-25T01:30'))).to.equal(true);
      expect(iso(opensAt(openingStateAt(s, utc('2026-10-25T02:00'))))).to.equal('2026-10-31T22:00:00.000+00:00');
    });

    it('makes a 00:00-24:00 day last 25 hours', () => {
      const day = hoursOn(parseSchedule('Sun 00:00-24:00'), '2026-10-25');
      expect(day.intervals[0].close.diff(day.intervals[0].open, 'hours').hours).to.equal(25);
      expect(hoursOn(always, '2026-10-25').intervals[0].close.diff(hoursOn(always, '2026-10-25').intervals[0].open, 'hours').hours).to.equal(25);
    });

    it('reads a time shown twice as its first showing to open and its last to close', () => {
      const opening = hoursOn(parseSchedule('Sun 01:30-03:00'), '2026-10-25').intervals[0];
      expect(utcIso(opening.open)).to.equal('2026-10-25T00:30:00.000Z'); // 01:30 BST
      const closing = hoursOn(parseSchedule('Sun 00:00-01:30'), '2026-10-25').intervals[0];
      expect(utcIso(closing.close)).to.equal('2026-10-25T01:30:00.000Z'); // 01:30 GMT
    });
  });

  describe('hoursOn', () => {
    const reduced = parseSchedule(REDUCED);

    it('gives a weekday its opening and closing instants in London', () => {
      const day = hoursOn(reduced, '2026-06-06');
      expect(day).to.deep.include({ date: '2026-06-06', weekday: 6, dayName: 'Saturday', allDay: false, closedAllDay: false });
      expect(day.intervals.map((i) => [iso(i.open), iso(i.close), i.fromPreviousDay])).to.deep.equal([
        ['2026-06-06T09:00:00.000+01:00', '2026-06-06T19:00:00.000+01:00', false],
      ]);
      expect(day.intervals[0].open.zoneName).to.equal('Europe/London');
    });

    it('says a day not listed is closed all day', () => {
      const day = hoursOn(parseSchedule('Tue-Sat 10:00-18:00'), '2026-06-08');
      expect(day).to.deep.include({ weekday: 1, dayName: 'Monday', allDay: false, closedAllDay: true });
      expect(day.intervals).to.deep.equal([]);
    });

    it('includes the previous night still running after midnight', () => {
      const s = parseSchedule('Fri-Sat 22:00-02:00');
      const sat = hoursOn(s, '2026-06-06');
      expect(sat.intervals.map((i) => [iso(i.open), iso(i.close), i.fromPreviousDay])).to.deep.equal([
        ['2026-06-05T22:00:00.000+01:00', '2026-06-06T02:00:00.000+01:00', true],
        ['2026-06-06T22:00:00.000+01:00', '2026-06-07T02:00:00.000+01:00', false],
      ]);
      const sun = hoursOn(s, '2026-06-07');
      expect(sun.intervals.map((i) => i.fromPreviousDay)).to.deep.equal([true]);
      expect(sun.closedAllDay).to.equal(false);
      expect(hoursOn(s, '2026-06-04').closedAllDay).to.equal(true);
    });

    it('does not count an opening that ends exactly at midnight as part of the next day', () => {
      const s = parseSchedule('Mon 18:00-24:00');
      expect(hoursOn(s, '2026-06-09').closedAllDay).to.equal(true);
    });

    it('says a fully covered day is open all day, and a 24/7 day too', () => {
      expect(hoursOn(parseSchedule('Mon 00:00-24:00'), '2026-06-08').allDay).to.equal(true);
      const day = hoursOn(always, '2026-06-08');
      expect(day.allDay).to.equal(true);
      expect(day.closedAllDay).to.equal(false);
      expect(day.intervals.map((i) => [iso(i.open), iso(i.close)])).to.deep.equal([
        ['2026-06-08T00:00:00.000+01:00', '2026-06-09T00:00:00.000+01:00'],
      ]);
    });

    it('reads a DateTime on London’s calendar', () => {
      // 23:30 UTC on 30 June is 00:30 BST on 1 July.
      expect(hoursOn(reduced, utc('2026-06-30T23:30')).date).to.equal('2026-07-01');
      expect(hoursOn(reduced, london('2026-07-01T15:00'))).to.deep.equal(hoursOn(reduced, '2026-07-01'));
    });

    it('refuses something that is not a calendar date', () => {
      expect(() => hoursOn(reduced, '2026-02-30')).to.throw(RangeError, /not a calendar date/);
      expect(() => hoursOn(reduced, '29/03/2026')).to.throw(RangeError, /not a date like/);
      expect(() => hoursOn(reduced, DateTime.invalid('nope'))).to.throw(RangeError);
    });
  });

  describe('weekTable', () => {
    it('lists the reduced hours Monday to Sunday', () => {
      expect(weekTable(parseSchedule(REDUCED))).to.deep.equal([
        { weekday: 1, dayName: 'Monday', text: '10:00–22:00' },
        { weekday: 2, dayName: 'Tuesday', text: '10:00–22:00' },
        { weekday: 3, dayName: 'Wednesday', text: '10:00–22:00' },
        { weekday: 4, dayName: 'Thursday', text: '10:00–22:00' },
        { weekday: 5, dayName: 'Friday', text: '10:00–22:00' },
        { weekday: 6, dayName: 'Saturday', text: '09:00–19:00' },
        { weekday: 7, dayName: 'Sunday', text: '09:00–19:00' },
      ]);
    });

    it('says Open 24 hours every day for 24/7', () => {
      const rows = weekTable(always);
      expect(rows).to.have.length(7);
      expect(rows.map((r) => r.text)).to.deep.equal(Array(7).fill('Open 24 hours'));
      expect(rows.map((r) => r.dayName)).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    });

    it('marks the days not listed Closed', () => {
      expect(weekTable(parseSchedule('Tue-Fri 09:00-17:00; Sat 12:00-20:00')).map((r) => r.text)).to.deep.equal([
        'Closed',
        '09:00–17:00',
        '09:00–17:00',
        '09:00–17:00',
        '09:00–17:00',
        '12:00–20:00',
        'Closed',
      ]);
    });

    it('shows several ranges, past-midnight ranges, 24:00 and whole days', () => {
      const s = parseSchedule('Mon 00:00-24:00; Thu 18:00-24:00; Fri 22:00-02:00; Sat 09:00-12:00, 13:00-17:00');
      expect(weekTable(s).map((r) => r.text)).to.deep.equal([
        'Open 24 hours',
        'Closed',
        'Closed',
        '18:00–24:00',
        '22:00–02:00',
        '09:00–12:00, 13:00–17:00',
        'Closed',
      ]);
      expect(weekTable(s, '12h').map((r) => r.text)).to.deep.equal([
        'Open 24 hours',
        'Closed',
        'Closed',
        '6pm–midnight',
        '10pm–2am',
        '9am–noon, 1pm–5pm',
        'Closed',
      ]);
    });
  });

  describe('describeSchedule', () => {
    const cases: Array<[string, string, string]> = [
      ['24/7', 'Open 24 hours, every day', 'Open 24 hours, every day'],
      [REDUCED, 'Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00', 'Mon–Fri 10am–10pm; Sat–Sun 9am–7pm'],
      ['Mon-Fri 07:00-23:00', 'Mon–Fri 07:00–23:00', 'Mon–Fri 7am–11pm'],
      ['Tue-Fri 09:00-17:00; Sat 12:00-20:00', 'Tue–Fri 09:00–17:00; Sat 12:00–20:00', 'Tue–Fri 9am–5pm; Sat noon–8pm'],
      ['Mon-Fri 08:00-20:00; Sat 10:00-18:00', 'Mon–Fri 08:00–20:00; Sat 10:00–18:00', 'Mon–Fri 8am–8pm; Sat 10am–6pm'],
      ['Tue-Sat 10:00-18:00', 'Tue–Sat 10:00–18:00', 'Tue–Sat 10am–6pm'],
      ['Mon-Fri 09:00-17:00', 'Mon–Fri 09:00–17:00', 'Mon–Fri 9am–5pm'],
      ['Wed 16:30-19:30', 'Wed 16:30–19:30', 'Wed 4:30pm–7:30pm'],
      ['Mon, Wed, Fri 10:00-12:00', 'Mon, Wed, Fri 10:00–12:00', 'Mon, Wed, Fri 10am–noon'],
      ['Sat-Mon 10:00-18:00', 'Sat–Mon 10:00–18:00', 'Sat–Mon 10am–6pm'],
      ['Mon-Sun 09:00-17:00', 'Every day 09:00–17:00', 'Every day 9am–5pm'],
      ['Fri-Sat 22:00-02:00', 'Fri–Sat 22:00–02:00', 'Fri–Sat 10pm–2am'],
      ['Mon-Fri 00:00-24:00; Sat 09:00-17:00', 'Mon–Fri open 24 hours; Sat 09:00–17:00', 'Mon–Fri open 24 hours; Sat 9am–5pm'],
      ['Sat 09:00-12:00, 13:00-17:00; Mon-Tue, Thu 10:00-12:00', 'Mon–Tue, Thu 10:00–12:00; Sat 09:00–12:00, 13:00–17:00', 'Mon–Tue, Thu 10am–noon; Sat 9am–noon, 1pm–5pm'],
    ];
    for (const [text, in24h, in12h] of cases) {
      it(`describes "${text}"`, () => {
        const s = parseSchedule(text);
        expect(describeSchedule(s)).to.equal(in24h);
        expect(describeSchedule(s, '12h')).to.equal(in12h);
      });
    }

    it('reads back its own description to the same schedule', () => {
      for (const [text, in24h] of cases) {
        if (in24h.startsWith('Every day') || in24h.includes('open 24 hours') || in24h.startsWith('Open 24')) continue;
        expect(parseSchedule(in24h), text).to.deep.equal(parseSchedule(text));
      }
    });

    it('says a schedule with no openings is closed every day', () => {
      expect(describeSchedule({ kind: 'weekly', intervals: [] })).to.equal('Closed every day');
    });
  });

  describe('formatLondonTime', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-07-01T09:00Z', '10:00', '10am'],
      ['2026-07-01T18:00Z', '19:00', '7pm'],
      ['2026-07-01T08:30Z', '09:30', '9:30am'],
      ['2026-07-01T23:00Z', '00:00', 'midnight'],
      ['2026-07-01T11:00Z', '12:00', 'noon'],
      ['2026-07-01T12:05Z', '13:05', '1:05pm'],
      ['2026-01-15T00:15Z', '00:15', '12:15am'],
      ['2026-01-15T12:30Z', '12:30', '12:30pm'],
      ['2026-01-15T21:59:59Z', '21:59', '9:59pm'],
    ];
    for (const [instant, in24h, in12h] of cases) {
      it(`prints ${instant} as ${in24h} / ${in12h} in London`, () => {
        const dt = DateTime.fromISO(instant, { setZone: true });
        expect(formatLondonTime(dt, '24h')).to.equal(in24h);
        expect(formatLondonTime(dt, '12h')).to.equal(in12h);
      });
    }

    it('uses the 24-hour clock by default', () => {
      expect(formatLondonTime(utc('2026-07-01T18:00'))).to.equal('19:00');
    });

    it('refuses an invalid instant', () => {
      expect(() => formatLondonTime(DateTime.invalid('nope'), '24h')).to.throw(RangeError);
    });
  });

  describe('formatLondonDay', () => {
    const base = london('2026-11-27T20:00'); // a Friday

    it('says today, tomorrow and yesterday relative to the given instant', () => {
      expect(formatLondonDay(london('2026-11-27T23:59'), base)).to.equal('today');
      expect(formatLondonDay(london('2026-11-28T00:00'), base)).to.equal('tomorrow');
      expect(formatLondonDay(london('2026-11-26T10:00'), base)).to.equal('yesterday');
    });

    it('names other days by weekday, date and month', () => {
      expect(formatLondonDay(london('2026-11-28T10:00'))).to.equal('Saturday 28 November');
      expect(formatLondonDay(london('2026-11-30T10:00'), base)).to.equal('Monday 30 November');
      expect(formatLondonDay(london('2027-01-04T10:00'), base)).to.equal('Monday 4 January 2027');
    });

    it('uses London’s calendar for the day boundary', () => {
      // 23:30 UTC on 30 June is already 1 July in London.
      expect(formatLondonDay(utc('2026-06-30T23:30'), utc('2026-06-30T12:00'))).to.equal('tomorrow');
    });

    it('builds "opens at 10:00 tomorrow" from an opening state', () => {
      const at = london('2026-06-03T22:15');
      const opens = opensAt(openingStateAt(parseSchedule(REDUCED), at))!;
      expect(`opens at ${formatLondonTime(opens)} ${formatLondonDay(opens, at)}`).to.equal('opens at 10:00 tomorrow');
      expect(`opens at ${formatLondonTime(opens, '12h')} ${formatLondonDay(opens, at)}`).to.equal('opens at 10am tomorrow');
    });
  });
});
