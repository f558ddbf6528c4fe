/**
 * The timeline's calendar steps (the day a dated row's window ends, the day
 * before a date) are plain arithmetic on `YYYY-MM-DD`, for speed: they must
 * give exactly what luxon gives, on every day of two centuries (leap days,
 * month ends, year ends) and on text that is not such a date.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { DatePrecision } from '../../src/stations/model';
import { dayBefore, endOfWindow } from '../../src/stations/timeline/asOfDate';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'year'];

function luxonEnd(date: string, precision: DatePrecision): string {
  const start = DateTime.fromISO(date, { zone: 'utc' });
  const end = precision === 'year' ? start.plus({ years: 1 }) : precision === 'month' ? start.plus({ months: 1 }) : start.plus({ days: 1 });
  return end.toISODate() as string;
}

function luxonDayBefore(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 }).toISODate() as string;
}

describe('timeline calendar steps agree with luxon', () => {
  it('on every day from 1899 to 2101, for each precision', () => {
    const differences: string[] = [];
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2102, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const p of PRECISIONS) if (endOfWindow(date, p) !== luxonEnd(date, p)) differences.push(`${date} ${p}: ${endOfWindow(date, p)}`);
      if (dayBefore(date) !== luxonDayBefore(date)) differences.push(`${date} day before: ${dayBefore(date)}`);
    }
    expect(differences).to.deep.equal([]);
    expect(endOfWindow('2024-01-31', 'month'), 'a shorter month ends on its last day').to.equal('2024-02-29');
    expect(endOfWindow('2024-02-29', 'year')).to.equal('2025-02-28');
    expect(dayBefore('2021-01-01')).to.equal('2020-12-31');
  });

  it('on text that is not a plain calendar date', () => {
    for (const date of ['2017', '2017-12', '2017-02-30', '2017-13-01', '2017-1-1', '0999-12-31', '2017-12-01T10:00', 'soon', '']) {
      for (const p of PRECISIONS) expect(endOfWindow(date, p), `${date} ${p}`).to.equal(luxonEnd(date, p));
      expect(dayBefore(date), date).to.equal(luxonDayBefore(date));
    }
  });
});
