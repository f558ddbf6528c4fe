/**
 * When a resident means, resolved against an injected "now" on London's
 * calendar: weekdays (today counts), the weekend, dates across the new year,
 * special days, times across the clock changes.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readWords } from '../../src/understanding/message';
import { Phrases } from '../../src/understanding/phrases';
import { bankHolidays, easterSunday, nextBankHoliday } from '../../src/understanding/specialDays';
import { readWhen, weekdayOf, type WhenReading } from '../../src/understanding/when';

const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });
const THURSDAY = london('2026-11-26T14:30');

function when(text: string, now = THURSDAY): WhenReading {
  return readWhen(new Phrases(readWords(text)), now);
}

describe('reading when', () => {
  it('today, tonight, tomorrow, the day after tomorrow, yesterday', () => {
    expect(when('today').when).to.deep.equal({ kind: 'date', date: '2026-11-26', label: 'today' });
    // "Tonight" is this evening: the part of the day is read with it.
    expect(when('tonight')).to.deep.include({ late: true, when: { kind: 'date', date: '2026-11-26', label: 'tonight', part: 'evening' } });
    expect(when('tomorrow').when).to.deep.equal({ kind: 'date', date: '2026-11-27', label: 'tomorrow' });
    expect(when('tmrw').when).to.include({ date: '2026-11-27' });
    expect(when('the day after tomorrow').when).to.include({ date: '2026-11-28' });
    expect(when('yesterday').when).to.include({ date: '2026-11-25', label: 'yesterday' });
  });

  it('a part of a day said with it: morning, afternoon, evening, night; not a greeting, "all night" or a time', () => {
    expect(when('saturday evening').when).to.deep.equal({ kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday', part: 'evening' });
    expect(when('sun morning').when).to.include({ date: '2026-11-29', part: 'morning' });
    expect(when('on monday night').when).to.include({ date: '2026-11-30', part: 'night' });
    expect(when('friday afternoons').when).to.include({ date: '2026-11-27', part: 'afternoon' });
    expect(when('sat eve').when).to.include({ date: '2026-11-28', part: 'evening' });
    expect(when('tomorrow morning').when).to.include({ date: '2026-11-27', part: 'morning' });
    expect(when('on saturday in the evening').when).to.include({ date: '2026-11-28', part: 'evening' });
    expect(when('good morning, saturday').when).to.not.have.property('part');
    expect(when('all night on saturday').when).to.not.have.property('part');
    expect(when('saturday evening at 7').when).to.include({ kind: 'instant' });
    expect(when('christmas eve').when).to.not.have.property('part');
    expect(when('i work nights, is it open saturday').when).to.not.have.property('part');
  });

  it('weekdays: the next such day, today counting; "next" skips today', () => {
    expect(when('thursday').when).to.deep.equal({ kind: 'weekday', weekday: 4, date: '2026-11-26', label: 'Thursday' });
    expect(when('next thursday').when).to.include({ date: '2026-12-03' });
    expect(when('friday').when).to.include({ weekday: 5, date: '2026-11-27' });
    expect(when('monday').when).to.include({ weekday: 1, date: '2026-11-30' });
    expect(when('wednesday').when).to.include({ weekday: 3, date: '2026-12-02' });
  });

  it('weekday abbreviations, plurals and typos', () => {
    const cases: [string, number][] = [
      ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['weds', 3], ['wensday', 3], ['wednesdays', 3], ['thu', 4],
      ['thurs', 4], ['fri', 5], ['sat', 6], ['saturdays', 6], ['satuday', 6], ['sun', 7], ['sundays', 7], ['sundy', 7],
    ];
    for (const [text, weekday] of cases) expect(when(text).when, text).to.include({ kind: 'weekday', weekday });
  });

  it('does not read ordinary words as weekdays', () => {
    for (const w of ['money', 'monkey', 'fridge', 'sunny', 'someday', 'thirsty', 'satisfied']) expect(weekdayOf(w), w).to.equal(undefined);
  });

  it('the weekend: the coming Saturday and Sunday', () => {
    expect(when('this weekend').when).to.deep.equal({ kind: 'weekend', dates: ['2026-11-28', '2026-11-29'], label: 'this weekend' });
    expect(when('at the weekend', london('2026-11-28T10:00')).when).to.include({ kind: 'weekend' });
    expect(when('weekend', london('2026-11-28T10:00')).when).to.deep.include({ dates: ['2026-11-28', '2026-11-29'] });
    expect(when('weekend', london('2026-11-29T10:00')).when).to.deep.include({ dates: ['2026-11-28', '2026-11-29'] });
    expect(when('next weekend', london('2026-11-29T10:00')).when).to.deep.include({ dates: ['2026-12-05', '2026-12-06'] });
  });

  it('the week in general', () => {
    expect(when('during the week').when).to.deep.equal({ kind: 'week' });
    expect(when('monday to friday').when).to.deep.equal({ kind: 'week' });
  });

  it('dates, with or without a year; a past date without a year is next year', () => {
    expect(when('25 december').when).to.include({ kind: 'date', date: '2026-12-25' });
    expect(when('december 25th').when).to.include({ date: '2026-12-25' });
    expect(when('the 3rd of january').when).to.include({ date: '2027-01-03' });
    expect(when('1 march 2026').when).to.include({ date: '2026-03-01' });
    expect(when('25/12').when).to.include({ date: '2026-12-25' });
    expect(when('1/2/2027').when).to.include({ date: '2027-02-01' });
    expect(when('31/02').when).to.equal(undefined);
  });

  it('does not read a month and year as a day ("February 2026")', () => {
    expect(when('how many closed in February 2026').when).to.equal(undefined);
  });

  it('special days, with their dates', () => {
    expect(when('christmas day')).to.deep.include({
      when: { kind: 'date', date: '2026-12-25', label: 'Christmas Day' },
      specialDay: { kind: 'christmas', label: 'Christmas Day', date: '2026-12-25' },
    });
    expect(when('xmas').specialDay).to.include({ kind: 'christmas', date: '2026-12-25' });
    expect(when('christmas eve').specialDay).to.include({ date: '2026-12-24' });
    expect(when('boxing day').specialDay).to.include({ kind: 'christmas', date: '2026-12-26' });
    expect(when("new year's day").specialDay).to.include({ kind: 'new-year', date: '2027-01-01' });
    expect(when("new year's eve").specialDay).to.include({ kind: 'new-year', date: '2026-12-31' });
    expect(when('easter').specialDay).to.include({ kind: 'easter', date: '2027-03-28' });
    expect(when('good friday').specialDay).to.include({ kind: 'easter', date: '2027-03-26' });
    expect(when('easter monday').specialDay).to.include({ kind: 'easter', date: '2027-03-29' });
    expect(when('may day').specialDay).to.include({ kind: 'bank-holiday', date: '2027-05-03' });
    expect(when('august bank holiday').specialDay).to.include({ kind: 'bank-holiday', date: '2027-08-30' });
  });

  it('"the bank holiday" is the next one; "bank holidays" are no one date', () => {
    expect(when('on the bank holiday').specialDay).to.include({ kind: 'bank-holiday', date: '2026-12-25' });
    const general = when('on bank holidays');
    expect(general.specialDay).to.deep.equal({ kind: 'bank-holiday', label: 'bank holidays' });
    expect(general.when).to.deep.equal({ kind: 'week' });
  });

  it('now, right now, currently', () => {
    for (const t of ['now', 'right now', 'currently', 'at the moment']) expect(when(t).when, t).to.deep.equal({ kind: 'now' });
  });

  it('a time today, or tomorrow once it has passed', () => {
    expect(when('at 9pm').when).to.deep.equal({ kind: 'instant', iso: '2026-11-26T21:00:00.000+00:00', label: '9pm today' });
    expect(when('at 9am').when).to.deep.include({ iso: '2026-11-27T09:00:00.000+00:00', label: '9am tomorrow' });
    expect(when('at 18:30').when).to.include({ iso: '2026-11-26T18:30:00.000+00:00' });
    expect(when('at 5').when, 'a bare 5 is the afternoon').to.include({ iso: '2026-11-26T17:00:00.000+00:00' });
    expect(when('at noon').when).to.include({ iso: '2026-11-27T12:00:00.000+00:00' });
  });

  it('a time on a named day, in summer time', () => {
    const summer = london('2026-07-01T10:00');
    expect(when('saturday at 7pm', summer).when).to.deep.equal({ kind: 'instant', iso: '2026-07-04T19:00:00.000+01:00', label: '7pm on Saturday' });
  });

  it('"late", "evening" and late times say the evening matters', () => {
    expect(when('open late').late).to.equal(true);
    expect(when('in the evening').late).to.equal(true);
    expect(when('at 9pm').late).to.equal(true);
    expect(when('at 10am').late).to.equal(false);
  });

  it('reads "now" in another zone as London time', () => {
    const utcLateNight = DateTime.fromISO('2026-06-30T23:30:00Z', { zone: 'utc' });
    expect(when('today', utcLateNight).when).to.include({ date: '2026-07-01' });
  });
});

describe('special days', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024).toISODate()).to.equal('2024-03-31');
    expect(easterSunday(2025).toISODate()).to.equal('2025-04-20');
    expect(easterSunday(2026).toISODate()).to.equal('2026-04-05');
    expect(easterSunday(2027).toISODate()).to.equal('2027-03-28');
  });

  it('lists England and Wales bank holidays with substitute days', () => {
    const dates = (year: number) => bankHolidays(year).map((h) => h.date.toISODate());
    expect(dates(2026)).to.deep.equal(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(dates(2027)).to.deep.equal(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);
    expect(dates(2022)).to.include.members(['2022-01-03', '2022-12-26', '2022-12-27']);
  });

  it('finds the next bank holiday, today counting, across the year end', () => {
    expect(nextBankHoliday(london('2026-12-25T09:00')).date.toISODate()).to.equal('2026-12-25');
    expect(nextBankHoliday(london('2026-12-29T09:00')).date.toISODate()).to.equal('2027-01-01');
  });
});
