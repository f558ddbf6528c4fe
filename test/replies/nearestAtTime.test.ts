/**
 * Replies to nearest-desk questions that name a time or a day (real data, as of Thursday 26 November 2026,
 * 14:00 London): the desks open then lead, the nearer desk open earlier or later that day follows, and a
 * special day says honestly that the data has no hours for it.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Answer } from '../../src/answers/answer';
import { Answerer } from '../../src/answers/answerQuestion';
import type { DeskKind, Question, SpecialDay, WhenAsked } from '../../src/understanding/question';
import { cardStrings } from './adaptiveCardChecker';
import { knowledge, london, placeOf } from './realAnswers';
import { CHANNELS, readAll, render } from './replyChecks';

const answerer = new Answerer(knowledge);
const THURSDAY_AFTERNOON = london('2026-11-26T14:00');
const CHRISTMAS: SpecialDay = { kind: 'christmas', label: 'Christmas Day', date: '2026-12-25' };

function instant(iso: string, label: string): WhenAsked {
  return { kind: 'instant', iso: DateTime.fromISO(iso, { zone: 'Europe/London' }).toISO() ?? '', label };
}

function nearestQuestion(from: string | null, desk: DeskKind, when?: WhenAsked, specialDay?: SpecialDay): Question {
  const place = from ? { text: from, result: { status: 'found' as const, match: placeOf(from), alternatives: [] } } : null;
  return { intent: 'nearest', place, desk, ...(when ? { when } : {}), ...(specialDay ? { specialDay } : {}) };
}

function answer(question: Question): Answer {
  return answerer.answer(question, THURSDAY_AFTERNOON);
}

describe('replies: nearest desk at the time or day asked (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('at midnight near N4: Charing Cross leads, open 24 hours; Stoke Newington, nearer, with its hours that day', () => {
        const reply = render(answer(nearestQuestion('N4', 'open-now', instant('2026-11-27T00:00', 'midnight tomorrow'))), channel);
        const text = readAll(reply);
        expect(text).to.match(/^The nearest front counter open at 00:00 tonight to N4 is Charing Cross Police Station, about [\d.]+ km \([\d.]+ miles\) away: open 24 hours a day\./);
        expect(text.split('\n')[0]).to.not.contain('Stoke Newington');
        expect(text).to.contain('Next nearest: Lewisham');
        expect(text).to.match(/Nearer, but not open at 00:00: Stoke Newington Police Station, about [\d.]+ km \([\d.]+ miles\); open 10:00–22:00 tomorrow \(Friday 27 November\)/);
        expect(reply.speak).to.contain('Charing Cross Police Station');
        expect(cardStrings(reply.card)).to.include('Nearest front counter open at 00:00 tonight to N4');
      });

      it('on Sunday near E17 4PP: the desks open that Sunday, with their Sunday hours', () => {
        const when: WhenAsked = { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' };
        const text = readAll(render(answer(nearestQuestion('E17 4PP', 'any', when)), channel));
        expect(text).to.match(/^The nearest front counter open on Sunday 29 November to E17 4PP is Tottenham Police Station, about [\d.]+ km \([\d.]+ miles\) away: open 09:00–19:00\./);
        expect(text).to.not.contain('open now');
        expect(text).to.contain('Nearest open 24 hours: Charing Cross Police Station');
      });

      it('on Christmas Day near IG8 0SB: no special-day hours, the desks usually open on a Friday, 999 and 101', () => {
        const when: WhenAsked = { kind: 'date', date: '2026-12-25', label: 'Christmas Day' };
        const reply = render(answer(nearestQuestion('IG8 0SB', 'any', when, CHRISTMAS)), channel);
        const text = readAll(reply);
        expect(text).to.match(/^The data has no special-day hours for Christmas Day \(25 December 2026\), so I can't say whether the front counters open as usual then\./);
        expect(text).to.match(/On a usual Friday, the nearest front counter open to IG8 0SB is Edmonton Police Station, about [\d.]+ km \([\d.]+ miles\) away: open 10:00–22:00\./);
        expect(text).to.contain('Check met.police.uk before you travel. 999 (emergency) and 101 or met.police.uk (non-emergency) are always available.');
        expect(cardStrings(reply.card).some((s) => s.includes('no special-day hours for Christmas Day'))).to.equal(true);
        expect(reply.speak).to.contain('no special-day hours');
      });
    });
  }

  it('at 08:00 tomorrow near SE13 6LW: Lewisham, open 24 hours', () => {
    const text = readAll(render(answer(nearestQuestion('SE13 6LW', 'open-now', instant('2026-11-27T08:00', '8am tomorrow')))));
    expect(text).to.match(/^The nearest front counter open at 08:00 tomorrow \(Friday 27 November\) to SE13 6LW is Lewisham Police Station, [^\n]*: open 24 hours a day\./);
  });

  it('at 11:00 tomorrow near SE18: Plumstead, open until 22:00', () => {
    const text = readAll(render(answer(nearestQuestion('SE18', 'open-now', instant('2026-11-27T11:00', '11am tomorrow')))));
    expect(text).to.match(/^The nearest front counter open at 11:00 tomorrow \(Friday 27 November\) to SE18 is Plumstead Police Station, [^\n]*: open until 22:00\./);
  });

  it('this weekend near SE18: both days named, the same hours said once', () => {
    const when: WhenAsked = { kind: 'weekend', dates: ['2026-11-28', '2026-11-29'], label: 'this weekend' };
    const text = readAll(render(answer(nearestQuestion('SE18', 'any', when))));
    expect(text).to.match(/^The nearest front counter open this weekend \(Saturday 28 or Sunday 29 November\) to SE18 is Plumstead Police Station, [^\n]*: open 09:00–19:00 on both days\./);
  });

  it('bank holidays in general: the honest line, then the desks as now', () => {
    const text = readAll(render(answer(nearestQuestion('E17', 'any', undefined, { kind: 'bank-holiday', label: 'bank holidays' }))));
    expect(text).to.match(/^The data has no special-day hours for bank holidays, so I can't say whether the front counters open as usual then\./);
    expect(text).to.match(/The nearest front counter to E17 is Tottenham Police Station, [^\n]*: open now, until 22:00\./);
    expect(text).to.contain('999 (emergency) and 101');
  });

  it('with no moment named the reply is as for now, without any special-day line', () => {
    const text = readAll(render(answer(nearestQuestion('N4', 'open-now'))));
    expect(text).to.match(/^The nearest front counter open now to N4 is Stoke Newington Police Station/);
    expect(text).to.not.contain('special-day');
  });

  it('asking where the resident is says the moment back, and the special-day line first', () => {
    const christmas = answer(nearestQuestion(null, 'any', { kind: 'date', date: '2026-12-25', label: 'Christmas Day' }, CHRISTMAS));
    expect(christmas.kind).to.equal('ask-location');
    const text = readAll(render(christmas));
    expect(text).to.match(/^The data has no special-day hours for Christmas Day/);
    expect(text).to.contain('To find the nearest front counter open on Christmas Day, I need to know where you are.');
    const late = readAll(render(answer(nearestQuestion(null, 'any', instant('2026-11-26T23:00', '11pm tonight')))));
    expect(late).to.match(/^To find the nearest front counter open at 23:00 on Thursday 26 November, I need to know where you are\./);
    const plain24 = readAll(render(answer(nearestQuestion(null, '24/7'))));
    expect(plain24).to.match(/^To find the nearest 24-hour front counter, I need to know where you are\./);
  });
});
