/**
 * Times as people say them: "4 in the morning", "half 9", "quarter to ten
 * tonight", "after work", "in 20 minutes", "this time next week", "midnight",
 * and days said against the day asked before ("the day after", "the weekend
 * after"). Each loose or ambiguous reading says what it was taken as.
 * "Now" is Thursday 26 November 2026, 14:30 London time (GMT) unless a row says.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readWords } from '../../src/understanding/message';
import { Phrases } from '../../src/understanding/phrases';
import type { WhenAsked } from '../../src/understanding/question';
import { readWhen } from '../../src/understanding/when';
import { ask, conversation, NOW, stationIdOf } from './helpers';

const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });
const MORNING = london('2026-11-26T08:00');
/** London wall time of a reading, `YYYY-MM-DD HH:mm`. */
function wall(text: string, now = NOW, previous?: WhenAsked): string | undefined {
  const when = readWhen(new Phrases(readWords(text)), now, previous).when;
  if (when?.kind !== 'instant') return when ? JSON.stringify(when) : undefined;
  return DateTime.fromISO(when.iso, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd HH:mm');
}
function taken(text: string, now = NOW): string | undefined {
  const when = readWhen(new Phrases(readWords(text)), now).when;
  return when?.kind === 'instant' ? when.said : undefined;
}

describe('times as people say them', () => {
  it('an hour with the part of the day: "4 in the morning", "ten at night", "9 tonight", "8 in the evening"', () => {
    const rows: [string, string][] = [
      ['is brixton open at 4 in the morning', '2026-11-27 04:00'],
      ['4 in the morning', '2026-11-27 04:00'],
      ['four in the morning', '2026-11-27 04:00'],
      ['at 3 oclock in the morning', '2026-11-27 03:00'],
      ['ten at night', '2026-11-26 22:00'],
      ['at 11 at night', '2026-11-26 23:00'],
      ['9 tonight', '2026-11-26 21:00'],
      ['at nine tonight', '2026-11-26 21:00'],
      ['8 in the evening on friday', '2026-11-27 20:00'],
      ['at 2 in the afternoon on saturday', '2026-11-28 14:00'],
      ['7 tomorrow morning', '2026-11-27 07:00'],
      ['6 tomorrow evening', '2026-11-27 18:00'],
    ];
    for (const [text, at] of rows) expect(wall(text), text).to.equal(at);
  });

  it('"half 9" and the other spoken times: words or digits, past and to', () => {
    const rows: [string, string][] = [
      ['half 9 tonight', '2026-11-26 21:30'],
      ['at half nine tonight', '2026-11-26 21:30'],
      ['quarter to ten tonight', '2026-11-26 21:45'],
      ['a quarter to 10 tonight', '2026-11-26 21:45'],
      ['quarter past 8 tomorrow morning', '2026-11-27 08:15'],
      ['ten past six in the evening', '2026-11-26 18:10'],
      ['twenty to eight tonight', '2026-11-26 19:40'],
      ['twenty five past 7 tomorrow morning', '2026-11-27 07:25'],
      ['5 past 9 on saturday', '2026-11-28 09:05'],
      ['half past 10 on sunday', '2026-11-29 10:30'],
      ['quarter to 7 on saturday', '2026-11-28 18:45'],
    ];
    for (const [text, at] of rows) expect(wall(text), text).to.equal(at);
  });

  it('a spoken time with no am or pm today is its next showing, and says which it took', () => {
    // At 14:30 the next 9:30 is tonight's; at 08:00 it is this morning's.
    expect(wall('half 9')).to.equal('2026-11-26 21:30');
    expect(taken('half 9')).to.equal('half 9');
    expect(wall('half 9', MORNING)).to.equal('2026-11-26 09:30');
    expect(taken('half 9', MORNING)).to.equal('half 9');
    expect(wall('quarter past 8')).to.equal('2026-11-26 20:15');
    expect(wall('quarter past 8', MORNING)).to.equal('2026-11-26 08:15');
    expect(wall('ten past six')).to.equal('2026-11-26 18:10');
    expect(wall('nine thirty')).to.equal('2026-11-26 21:30');
    expect(taken('is lewisham open at half nine')).to.equal('half nine');
    // Past both showings today (23:50): tomorrow morning's.
    expect(wall('half 9', london('2026-11-26T23:50'))).to.equal('2026-11-27 09:30');
    // On a day other than today, the counter's day decides: 7-11 the morning, 1-6 the afternoon.
    expect(wall('half 9 on saturday')).to.equal('2026-11-28 09:30');
    expect(wall('half 3 on saturday')).to.equal('2026-11-28 15:30');
  });

  it('"6:30" or "6.30" without am or pm is placed as a bare hour is; "06:30", "18:30" and "21:15" are a 24-hour clock', () => {
    expect(wall('at 6:30')).to.equal('2026-11-26 18:30');
    expect(wall('after work like 6.30')).to.equal('2026-11-26 18:30');
    expect(wall('at 6.30 on saturday')).to.equal('2026-11-28 18:30');
    expect(wall('at 10:30 on saturday')).to.equal('2026-11-28 10:30');
    expect(wall('at 12:30 on saturday')).to.equal('2026-11-28 12:30');
    expect(wall('at 9:45 tonight')).to.equal('2026-11-26 21:45');
    expect(wall('at 06:30 on saturday')).to.equal('2026-11-28 06:30');
    expect(wall('at 18:30')).to.equal('2026-11-26 18:30');
    expect(wall('at 21:15')).to.equal('2026-11-26 21:15');
  });

  it('teatime, after school, dinner time and after tea are loose times, said back', () => {
    expect(wall('around teatime')).to.equal('2026-11-26 16:00');
    expect(wall('after school')).to.equal('2026-11-26 16:00');
    expect(wall('at dinner time on saturday')).to.equal('2026-11-28 19:00');
    expect(wall('after tea')).to.equal('2026-11-26 19:00');
    expect(taken('is croydon open after school')).to.equal('after school');
  });

  it('"10 to 6" in digits is a range of hours, not 5:50', () => {
    expect(wall('is it open 10 to 6')).to.equal(undefined);
    expect(wall('brixton hours 10 to 6')).to.equal(undefined);
  });

  it('"at 10 to 7", "at 5 to 10 tonight": after "at", minutes to the hour in digits are a time, not a range', () => {
    expect(wall('is brixton open at 10 to 7 on sunday')).to.equal('2026-11-29 18:50');
    expect(wall('is ilford open at 5 to 10 tonight')).to.equal('2026-11-26 21:55');
    expect(wall('will it be open at 20 to 8 tomorrow evening')).to.equal('2026-11-27 19:40');
  });

  it('loose times are taken as a clock time, and say so', () => {
    const rows: [string, string, string][] = [
      ['can i go after work', '2026-11-26 18:00', 'after work'],
      ['after i finish work tomorrow', '2026-11-27 18:00', 'after i finish work'],
      ['first thing tomorrow', '2026-11-27 08:00', 'first thing'],
      ['first thing in the morning', '2026-11-27 08:00', 'first thing in the morning'],
      ['early morning', '2026-11-27 07:00', 'early morning'],
      ['early in the morning on saturday', '2026-11-28 07:00', 'early in the morning'],
      ['at lunchtime', '2026-11-27 12:30', 'at lunchtime'],
      ['on my lunch break on friday', '2026-11-27 12:30', 'my lunch break'],
    ];
    for (const [text, at, said] of rows) {
      expect(wall(text), text).to.equal(at);
      expect(taken(text), text).to.equal(said);
    }
  });

  it('counted from now: "in an hour", "in 20 minutes", "this time next week"', () => {
    const rows: [string, string][] = [
      ['in an hour', '2026-11-26 15:30'],
      ['in 1 hour', '2026-11-26 15:30'],
      ['in 2 hours', '2026-11-26 16:30'],
      ['in a couple of hours', '2026-11-26 16:30'],
      ['in half an hour', '2026-11-26 15:00'],
      ['in 20 minutes', '2026-11-26 14:50'],
      ['in twenty minutes', '2026-11-26 14:50'],
      ['in 45 mins', '2026-11-26 15:15'],
      ['this time next week', '2026-12-03 14:30'],
      ['same time tomorrow', '2026-11-27 14:30'],
      ['this time next saturday', '2026-12-05 14:30'],
    ];
    for (const [text, at] of rows) expect(wall(text), text).to.equal(at);
    expect(taken('in 20 minutes')).to.equal('in 20 minutes');
    // Late at night, an hour on is tomorrow.
    expect(wall('in an hour', london('2026-11-26T23:30'))).to.equal('2026-11-27 00:30');
  });

  it('midday and noon; midnight is the end of the day it is said of, and the label says which day', () => {
    expect(wall('midday')).to.equal('2026-11-27 12:00');
    expect(wall('noon on saturday')).to.equal('2026-11-28 12:00');
    expect(wall('at midday', MORNING)).to.equal('2026-11-26 12:00');
    const midnight = readWhen(new Phrases(readWords('is it open at midnight')), NOW).when;
    expect(midnight).to.deep.include({ iso: '2026-11-27T00:00:00.000+00:00', label: 'midnight tonight (00:00 on Friday 27 November)' });
    expect(wall('midnight tonight')).to.equal('2026-11-27 00:00');
    const saturday = readWhen(new Phrases(readWords('open at midnight on saturday')), NOW).when;
    expect(saturday).to.deep.include({ iso: '2026-11-29T00:00:00.000+00:00', label: 'midnight at the end of Saturday (00:00 on Sunday 29 November)' });
    // 00:00 written as a clock time is the start of the day.
    expect(wall('at 00:00 on saturday')).to.equal('2026-11-28 00:00');
  });

  it('in British Summer Time', () => {
    const summer = london('2026-07-01T10:00');
    const when = readWhen(new Phrases(readWords('half 9 tonight')), summer).when;
    expect(when).to.deep.include({ iso: '2026-07-01T21:30:00.000+01:00' });
    expect(wall('in 20 minutes', summer)).to.equal('2026-07-01 10:20');
  });

  it('"the day after", "the next day", "the day before" and "the weekend after" count from the day asked before', () => {
    const saturday: WhenAsked = { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' };
    expect(wall('and the day after?', NOW, saturday)).to.equal(JSON.stringify({ kind: 'date', date: '2026-11-29', label: 'Sunday 29 November' }));
    expect(wall('what about the next day', NOW, saturday)).to.include('2026-11-29');
    expect(wall('the day before', NOW, saturday)).to.include('2026-11-27');
    expect(wall('and the weekend after', NOW, saturday)).to.include('["2026-12-05","2026-12-06"]');
    const christmas: WhenAsked = { kind: 'date', date: '2026-12-25', label: 'Christmas Day' };
    expect(wall('and the day after', NOW, christmas)).to.include('2026-12-26');
    // "the day after tomorrow" needs nothing before it.
    expect(wall('the day after tomorrow')).to.include('2026-11-28');
  });

  it('through understanding: hours and open-now questions carry the time as said', () => {
    const rows: [string, string, string][] = [
      ['is brixton open at 4 in the morning', 'open-now', '2026-11-27T04:00'],
      ['will lewisham be open at quarter to ten tonight', 'open-now', '2026-11-26T21:45'],
      ['is walworth open half 9', 'open-now', '2026-11-26T21:30'],
      ['can i get into croydon police station after work', 'hours', '2026-11-26T18:00'],
      ['is kingston open in 20 mins', 'open-now', '2026-11-26T14:50'],
      ['will bromley be open this time next week', 'open-now', '2026-12-03T14:30'],
      ['is charing cross open at midnight', 'open-now', '2026-11-27T00:00'],
      ['sutton open at lunchtime on sunday?', 'open-now', '2026-11-29T12:30'],
    ];
    for (const [text, intent, at] of rows) {
      const q = ask(text);
      expect(q.intent, text).to.equal(intent);
      expect((q as { when?: { iso?: string } }).when?.iso, text).to.match(new RegExp(`^${at}`));
    }
    const nearest = ask('nearest station open at ten past six');
    expect(nearest).to.deep.include({ intent: 'nearest' });
    expect((nearest as { when?: { iso?: string } }).when?.iso).to.match(/^2026-11-26T18:10/);
  });

  it('in a conversation: "and the day after?" after a day, "the weekend after" after a nearest question', () => {
    const [, after] = conversation(['is brixton open on saturday', 'and the day after?']);
    expect(after.intent).to.equal('hours');
    expect(stationIdOf(after)).to.equal('brixton');
    expect(after).to.deep.include({ when: { kind: 'date', date: '2026-11-29', label: 'Sunday 29 November' } });
    const [, weekend] = conversation(['is lewisham open on christmas day', 'what about the weekend after?']);
    expect((weekend as { when?: WhenAsked }).when).to.deep.include({ kind: 'weekend', dates: ['2026-12-26', '2026-12-27'] });
  });
});
