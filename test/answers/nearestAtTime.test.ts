/**
 * Nearest-desk questions that name a time or a day are answered for that moment, not for now
 * (real data, as of Thursday 26 November 2026, 14:00 London): from the resident's words to the answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Answer } from '../../src/answers/answer';
import { Answerer } from '../../src/answers/answerQuestion';
import { FrontCounterKnowledge } from '../../src/stations';
import { isOpenAt } from '../../src/stations/openingHours';
import { nextContext } from '../../src/understanding/context';
import { CorePlaceFinder } from '../../src/understanding/corePlaceFinder';
import type { ConversationContext, DeskKind, PlaceMention, Question, SpecialDay, WhenAsked } from '../../src/understanding/question';
import { understand } from '../../src/understanding/understand';

const knowledge = FrontCounterKnowledge.load();
const answerer = new Answerer(knowledge);
const finder = CorePlaceFinder.of(knowledge);
/** Thursday 26 November 2026, 14:00 London time. */
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });
const TWENTY_FOUR_HOUR = ['charing-cross', 'lewisham'];

type NearestAnswer = Extract<Answer, { kind: 'nearest' }>;

function place(text: string): PlaceMention {
  return { text, result: knowledge.locator.locate(text) };
}

function instant(iso: string, label: string): WhenAsked {
  return { kind: 'instant', iso: DateTime.fromISO(iso, { zone: 'Europe/London' }).toISO() ?? '', label };
}

function nearest(from: string, desk: DeskKind, when?: WhenAsked, specialDay?: SpecialDay): NearestAnswer {
  const question: Question = { intent: 'nearest', place: place(from), desk, ...(when ? { when } : {}), ...(specialDay ? { specialDay } : {}) };
  const answer = answerer.answer(question, THURSDAY_AFTERNOON);
  expect(answer.kind).to.equal('nearest');
  return answer as NearestAnswer;
}

function ids(answer: NearestAnswer): string[] {
  return answer.results.map((r) => r.station.id);
}

/** The hours of a desk on a date, as `HH:mm-HH:mm` per opening. */
function hoursText(answer: NearestAnswer, index: number): string[] {
  return (answer.results[index].days ?? []).map((d) => d.intervals.map((iv) => `${iv.open.toFormat('HH:mm')}-${iv.close.toFormat('HH:mm')}`).join(', '));
}

function ask(text: string, context: ConversationContext = {}): Question {
  return understand(text, context, THURSDAY_AFTERNOON, finder);
}

describe('nearest desks at the time or day asked (real data, 26 November 2026)', () => {
  describe('a time of day', () => {
    it('at midnight near N4 only the 24-hour desks are open, Charing Cross nearest; Stoke Newington, nearer, opens later that day', () => {
      const answer = nearest('N4', 'open-now', instant('2026-11-27T00:00', 'midnight tomorrow'));
      expect(ids(answer)[0]).to.equal('charing-cross');
      expect(ids(answer)).to.have.members(TWENTY_FOUR_HOUR);
      for (const r of answer.results) expect(r.state?.open, r.station.id).to.equal(true);
      expect(answer.moment?.dates).to.deep.equal(['2026-11-27']);
      const later = answer.moment?.openThatDay;
      expect(later?.station.id).to.equal('stoke-newington');
      expect(later!.distanceKm).to.be.below(answer.results[0].distanceKm);
      expect(later!.days[0].date).to.equal('2026-11-27');
      expect(later!.days[0].closedAllDay).to.equal(false);
    });

    it('at 08:00 near SE13 6LW: Lewisham, open 24 hours', () => {
      const answer = nearest('SE13 6LW', 'open-now', instant('2026-11-27T08:00', '8am tomorrow'));
      expect(ids(answer)[0]).to.equal('lewisham');
      expect(answer.results[0].is24x7).to.equal(true);
      expect(answer.results[0].state).to.deep.equal({ open: true, closesAt: null });
    });

    it('asked "any" desk at 23:00, a desk that shuts at 22:00 is not offered as open, only as open earlier that day', () => {
      const at = DateTime.fromISO('2026-11-26T23:00', { zone: 'Europe/London' });
      const answer = nearest('Bromley', 'any', instant('2026-11-26T23:00', '11pm tonight'));
      expect(ids(answer)).to.not.include('bromley');
      for (const r of answer.results) expect(isOpenAt(knowledge.deskStatuses(at)(r.station.id)!.hours!.schedule, at), r.station.id).to.equal(true);
      expect(answer.moment?.openThatDay?.station.id).to.equal('bromley');
    });

    it('at 11:00 tomorrow the desks open then are listed with when they close', () => {
      const answer = nearest('SE18', 'open-now', instant('2026-11-27T11:00', '11am tomorrow'));
      expect(ids(answer)[0]).to.equal('plumstead');
      const state = answer.results[0].state;
      expect(state?.open).to.equal(true);
      expect(state && state.open && state.closesAt?.toISO()).to.equal(DateTime.fromISO('2026-11-27T22:00', { zone: 'Europe/London' }).toISO());
      expect(answer.moment?.openThatDay).to.equal(null);
    });
  });

  describe('a day', () => {
    it('on Sunday near E17 4PP: desks open that Sunday, with their Sunday hours', () => {
      const answer = nearest('E17 4PP', 'any', { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' });
      expect(ids(answer)[0]).to.equal('tottenham');
      for (const r of answer.results) {
        expect(r.days?.map((d) => d.date), r.station.id).to.deep.equal(['2026-11-29']);
        expect(r.days?.[0].closedAllDay, r.station.id).to.equal(false);
      }
      expect(hoursText(answer, 0)).to.deep.equal(['09:00-19:00']);
      expect(answer.moment?.open24x7?.station.id).to.equal('charing-cross');
    });

    it('this weekend near SE18: hours on Saturday and Sunday', () => {
      const answer = nearest('SE18', 'any', { kind: 'weekend', dates: ['2026-11-28', '2026-11-29'], label: 'this weekend' });
      expect(ids(answer)[0]).to.equal('plumstead');
      expect(answer.results[0].days?.map((d) => d.dayName)).to.deep.equal(['Saturday', 'Sunday']);
    });

    it('a 24-hour desk asked for a day: only desks open around the clock that day', () => {
      const answer = nearest('N4', '24/7', { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' });
      expect(ids(answer)).to.have.members(TWENTY_FOUR_HOUR);
      for (const r of answer.results) expect(r.days?.[0].allDay).to.equal(true);
    });

    it('Christmas Day near IG8 0SB: no special hours, so the desks usually open on a Friday, with the contacts to give', () => {
      const christmas: SpecialDay = { kind: 'christmas', label: 'Christmas Day', date: '2026-12-25' };
      const answer = nearest('IG8 0SB', 'any', { kind: 'date', date: '2026-12-25', label: 'Christmas Day' }, christmas);
      const usualFriday = nearest('IG8 0SB', 'any', { kind: 'weekday', weekday: 5, date: '2026-11-27', label: 'Friday' });
      expect(ids(answer)).to.deep.equal(ids(usualFriday));
      expect(answer.results[0].days?.[0].dayName).to.equal('Friday');
      expect(answer.moment?.specialDay).to.deep.equal(christmas);
      expect(answer.moment?.contacts.emergency.text).to.contain('999');
      expect(answer.moment?.contacts.nonEmergency.text).to.contain('101');
    });

    it('bank holidays in general (no one date): the desks as now, with the special day kept for the reply', () => {
      const bankHolidays: SpecialDay = { kind: 'bank-holiday', label: 'bank holidays' };
      const answer = nearest('E17', 'any', undefined, bankHolidays);
      expect(ids(answer)).to.deep.equal(ids(nearest('E17', 'any')));
      expect(answer.moment?.dates).to.deep.equal([]);
      expect(answer.moment?.specialDay).to.deep.equal(bankHolidays);
    });
  });

  describe('no moment named', () => {
    it('answers as for now, with no moment', () => {
      const answer = nearest('N4', 'open-now');
      expect(answer.moment).to.equal(undefined);
      expect(ids(answer)[0]).to.equal('stoke-newington');
      expect(answer.results[0].days).to.equal(undefined);
    });
  });

  describe('from the words', () => {
    it('"any desk open at midnight near n4" asks about the coming midnight', () => {
      const q = ask('any desk open at midnight near n4');
      expect(q.intent).to.equal('nearest');
      if (q.intent !== 'nearest') return;
      expect(q.when?.kind).to.equal('instant');
      expect(q.when?.kind === 'instant' && q.when.iso.slice(0, 16)).to.equal('2026-11-27T00:00');
    });

    it('"nearest station open on christmas day to IG8 0SB" carries Christmas Day', () => {
      const q = ask('nearest station open on christmas day to IG8 0SB');
      expect(q.intent === 'nearest' && q.specialDay?.label).to.equal('Christmas Day');
      expect(q.intent === 'nearest' && q.when).to.deep.equal({ kind: 'date', date: '2026-12-25', label: 'Christmas Day' });
    });

    it('no moment, "now", or a day gone by leave the question about now', () => {
      for (const text of ['nearest police station to E17 4PP', 'nearest police station open now to E17 4PP', 'my bike was stolen yesterday, nearest police station to E17 4PP']) {
        const q = ask(text);
        expect(q.intent, text).to.equal('nearest');
        expect(q.intent === 'nearest' && 'when' in q, text).to.equal(false);
        expect(q.intent === 'nearest' && 'specialDay' in q, text).to.equal(false);
      }
    });

    it('the moment waits with the question for the place: "where can I go at 11pm tonight", then "Bromley"', () => {
      const first = ask('where can I go at 11pm tonight');
      expect(first.intent === 'nearest' && first.place).to.equal(null);
      const asked = answerer.answer(first, THURSDAY_AFTERNOON);
      expect(asked.kind === 'ask-location' && asked.pending.moment?.when?.kind).to.equal('instant');
      const second = ask('Bromley', nextContext(first, {}));
      expect(second.intent).to.equal('nearest');
      expect(second.intent === 'nearest' && second.when).to.deep.equal(first.intent === 'nearest' && first.when);
    });
  });
});
