/**
 * Turns that only make sense in a conversation, found by the third unseen set
 * (test/bot/unseenQuestions3.ts): "when did that happen?", a bare "why?",
 * "which ones?" after a list, a postcode sent in two pieces, a choice by part
 * of a name or "neither", and corrections ("no, Walworth").
 */
import { expect } from 'chai';
import { nextContext } from '../../src/understanding/context';
import type { ConversationContext, Question } from '../../src/understanding/question';
import { ask, conversation, data, describe_, placeKey, stationIdOf } from './helpers';

function last(messages: string[]): Question {
  const qs = conversation(messages);
  return qs[qs.length - 1];
}

describe('conversation turns', () => {
  describe('said of the station just discussed', () => {
    it('"when did that happen?" after its status: the date it closed', () => {
      const q = last(['is mitcham police station closing', 'when did that happen?']);
      expect(q, describe_(q)).to.include({ intent: 'history', topic: 'closure-date' });
      expect(stationIdOf(q)).to.equal('mitcham');
      expect(q).to.have.nested.property('place.fromContext', true);
    });

    it('"when was that?" after its hours: its history', () => {
      const q = last(['hammersmith police opening hours', 'when was that?']);
      expect(q, describe_(q)).to.include({ intent: 'history', topic: 'general' });
      expect(stationIdOf(q)).to.equal('hammersmith');
    });

    it('a bare "why?" or "how come?": its status, which names the plan that closed it', () => {
      for (const why of ['why?', 'how come?', 'but why']) {
        const q = last(['when did fulham police station close', why]);
        expect(q.intent, `${why}: ${describe_(q)}`).to.equal('status');
        expect(stationIdOf(q)).to.equal('fulham');
      }
    });

    it('"where do I go now?": somewhere else from it', () => {
      const q = last(['chingford police station', 'where do I go now']);
      expect(q.intent, describe_(q)).to.equal('alternatives');
      expect(stationIdOf(q)).to.equal('chingford');
    });

    it('with nothing discussed, "why?" and "when did that happen?" are not about a station', () => {
      expect(ask('why?').intent).to.not.equal('status');
      expect(ask('when did that happen?').intent).to.not.equal('history');
    });
  });

  describe('after a list of counters', () => {
    it('"which ones?" asks the list again, not for a postcode', () => {
      const closures = last(['how many police stations closed in february 2026', 'which ones?']);
      expect(closures).to.deep.equal({ intent: 'closures-list', period: { from: '2026-02-01', to: '2026-02-28', label: 'February 2026', planId: '2025-front-counter-review' } });
      // After a count of the counters left, the counters themselves.
      expect(last(['how many front counters are left', 'name them'])).to.deep.equal({ intent: 'open-list' });
    });

    it('"and in December 2017?" after the closures of 2026: those of 2017', () => {
      expect(last(['how many police stations closed in february 2026', 'and in december 2017?'])).to.deep.equal({
        intent: 'closures-list',
        period: { from: '2017-12-01', to: '2017-12-31', label: 'December 2017', planId: '2017-public-access-strategy' },
      });
    });

    it('"and in 2019?" after the 24-hour list: that list in 2019', () => {
      const q = last(['which stations are open 24 hours', 'and in 2019?']);
      expect(q.intent).to.equal('list-24x7');
      expect(q).to.have.nested.property('asOf.year', 2019);
    });

    it('"what about Richmond?" after what is left: the borough', () => {
      const q = last(['which boroughs have no police front counter', 'what about richmond?']);
      expect(q.intent, describe_(q)).to.equal('borough-desks');
      expect(placeKey(q)).to.equal('borough:Richmond upon Thames');
    });

    it('"and the nearest to SE17 1?" after the 24-hour list: the nearest 24-hour desk', () => {
      const q = last(['which police front desks are open round the clock', 'and the nearest to SE17 1?']);
      expect(q, describe_(q)).to.include({ intent: 'nearest', desk: '24/7' });
      expect(placeKey(q)).to.equal('postcode:SE17 1');
    });

    it('a question about something else ends the list: "which ones?" then needs a place again', () => {
      const q = last(['how many police stations closed in february 2026', 'is brixton open now', 'which ones?']);
      expect(q.intent).to.not.equal('closures-list');
    });

    it('"why?" after a list of one plan\'s round: why that plan closed them', () => {
      expect(last(['how many police stations closed in february 2026', 'why?'])).to.deep.equal({ intent: 'plans', topic: 'why', ofPlan: '2025-front-counter-review' });
    });

    it('"why?" after closures over several plans: why counters closed', () => {
      expect(last(['which stations closed in westminster', 'why?'])).to.deep.equal({ intent: 'plans', topic: 'why' });
    });
  });

  describe('after the desks near a place', () => {
    it('"what about 24 hour?" after a bare sector: the nearest 24-hour desk to it', () => {
      const q = last(['E10 5', 'ok what about 24 hour']);
      expect(q, describe_(q)).to.include({ intent: 'nearest', desk: '24/7' });
      expect(placeKey(q)).to.equal('postcode:E10 5');
    });

    it('"and a 24 hour one?" after the nearest to a town named after a closed station: from the town', () => {
      const q = last(["I'm in Southall, nearest police station?", 'and a 24 hour one?']);
      expect(q, describe_(q)).to.include({ intent: 'nearest', desk: '24/7' });
      expect(placeKey(q)).to.equal('place:southall');
    });

    it('a bare station, then "24 hours?", is not read as the desks near it', () => {
      expect(last(['colindale', '24 hours?']).intent).to.not.equal('nearest');
    });

    it('"is it 24 hours?" after the nearest desk is still about that desk', () => {
      const qs = conversation(['nearest police station to SE13']);
      const ctx = nextContext(qs[0], {}, { kind: 'station', label: 'Lewisham Police Station', point: null, approximate: false, borough: 'Lewisham', stationId: 'lewisham', score: 1 });
      const q = ask('is it open 24 hours?', ctx);
      expect(q.intent, describe_(q)).to.not.equal('nearest');
      expect(stationIdOf(q)).to.equal('lewisham');
    });

    it('a borough with one counter: "is it open on Sunday?" is about that counter', () => {
      const borough = ask('what police stations are there in croydon');
      const croydon = data.stations.find((s) => s.id === 'croydon');
      expect(borough.intent).to.equal('borough-desks');
      const desk = { kind: 'station' as const, label: 'Croydon Police Station', point: croydon?.location ?? null, approximate: false, borough: 'Croydon', stationId: 'croydon', score: 1 };
      const q = ask('is it open on sunday', nextContext(borough, {}, desk));
      expect(q.intent).to.equal('hours');
      expect(stationIdOf(q)).to.equal('croydon');
    });
  });

  describe('a postcode in two pieces', () => {
    it('"IG8" then "0SB" asks the nearest question again with the whole postcode', () => {
      const q = last(["where's the nearest police station", 'IG8', '0SB']);
      expect(q, describe_(q)).to.include({ intent: 'nearest' });
      expect(placeKey(q)).to.equal('postcode:IG8 0SB');
    });

    it('keeps the desk asked for ("open now")', () => {
      const q = last(['which police station is open near me right now', 'NW10', '4AA']);
      expect(q, describe_(q)).to.include({ intent: 'nearest', desk: 'open-now' });
      expect(placeKey(q)).to.equal('postcode:NW10 4AA');
    });

    it('an inward code with no district before it is not a postcode', () => {
      expect(ask('0SB').intent).to.not.equal('nearest');
      expect(last(['is brixton open now', '0SB']).intent).to.not.equal('nearest');
    });
  });

  describe('choosing between the places offered', () => {
    it('by a word of one name only ("green" of Woodford / Wood Green)', () => {
      const q = last(['wood police station', 'green']);
      expect(stationIdOf(q), describe_(q)).to.equal('wood-green-fishmongers-arms');
    });

    it('by words of one name ("town centre" of the two Walthamstows)', () => {
      expect(stationIdOf(last(['walthamstow nick', 'town centre']))).to.equal('walthamstow-town-centre');
    });

    it('by number, for a question waiting on the choice', () => {
      const q = last(['is wood police station open on sunday', 'the second one']);
      expect(q.intent).to.equal('hours');
      expect(stationIdOf(q)).to.equal('wood-green-fishmongers-arms');
    });

    it('"neither" asks again which station, keeping the question', () => {
      const q = last(['is wood police station open on sunday', 'neither']);
      expect(q.intent, describe_(q)).to.equal('hours');
      expect(placeKey(q)).to.equal('none');
      expect(last(['wood police station', 'none of them']), 'bare').to.deep.equal({ intent: 'status', place: null });
    });

    it('a word in both names picks neither candidate: it is read as a place again', () => {
      expect(placeKey(last(['walthamstow nick', 'walthamstow']))).to.not.match(/^station:/);
    });
  });

  describe('corrections ask the last question again', () => {
    it('"no, walworth" keeps the day', () => {
      const q = last(['is brixton police open this sunday', 'no, walworth']);
      expect(q.intent).to.equal('hours');
      expect(stationIdOf(q)).to.equal('walworth');
      expect(q).to.have.nested.property('when.weekday', 7);
    });

    it('"sorry I meant hayes", "oops i meant kentish town", "actually, ilford"', () => {
      expect(stationIdOf(last(['what time does hounslow police station close on friday', 'sorry I meant hayes']))).to.equal('hayes');
      const address = last(['kingston police station address', 'oops i meant kentish town']);
      expect(address.intent, describe_(address)).to.equal('address');
      expect(stationIdOf(address)).to.equal('kentish-town');
      expect(stationIdOf(last(['is romford open now', 'actually, ilford']))).to.equal('ilford');
    });

    it('"not sutton, croydon": the one not negated, alone', () => {
      const q = last(['is sutton open on saturday', 'not sutton, croydon']);
      expect(stationIdOf(q), describe_(q)).to.equal('croydon');
      expect(q).to.not.have.property('others');
    });

    it('"no, W13" after a 24-hour nearest question keeps the desk', () => {
      const q = last(['nearest 24 hour police station to W12', 'no, W13']);
      expect(q).to.include({ intent: 'nearest', desk: '24/7' });
      expect(placeKey(q)).to.equal('district:W13');
    });
  });

  describe('small talk and danger between questions', () => {
    it('"what else can you do?" and "what else do you know about?" ask for help', () => {
      expect(ask('what else can you do?').intent).to.equal('help');
      expect(ask('what else do you know about?').intent).to.equal('help');
      expect(ask('what else can i ask you').intent).to.equal('help');
    });

    it('"sorry?" asked is "pardon?" (help); "sorry" said stops what was going on', () => {
      expect(ask('sorry?').intent).to.equal('help');
      expect(ask('soz??').intent).to.equal('help');
      expect(ask('sorry').intent).to.equal('cancel');
    });

    it('"are you a scam" asks what the bot is; "do you keep a record of what i say", "does the met see these messages" what it keeps', () => {
      expect(ask('are you a scam').intent).to.equal('service');
      expect(ask('do you keep a record of what i say')).to.deep.include({ intent: 'service', topic: 'privacy' });
      expect(ask('does the met see these messages')).to.deep.include({ intent: 'service', topic: 'privacy' });
    });

    it('"what can\'t you do?" and "what are your limitations?" ask for help too: what it does, and what it cannot', () => {
      for (const say of ["what can't you do", 'what cant u help with', 'what are your limitations', 'what can you not answer', 'what dont you know about']) {
        expect(ask(say).intent, say).to.equal('help');
      }
    });

    it('someone being hurt in front of the resident is an emergency', () => {
      expect(ask('a man is hitting a woman in the street').intent).to.equal('emergency');
      expect(ask('two guys are beating up a boy outside the shop').intent).to.equal('emergency');
    });

    it('damage found in the morning is a crime to report, not the 24-hour list', () => {
      expect(ask('someone has smashed my car window overnight, what should I do').intent).to.equal('report-crime');
      expect(ask('they keyed my car last night').intent).to.equal('report-crime');
    });

    it('thanks before a follow-up ("great thanks, what about lewisham?") still asks the last question again', () => {
      for (const m of ['great thanks, what about lewisham?', 'cheers. and lewisham?', 'ok great, how about lewisham']) {
        const q = last(['is brixton open now', m]);
        expect(q.intent, `${m}: ${describe_(q)}`).to.equal('open-now');
        expect(stationIdOf(q)).to.equal('lewisham');
      }
    });

    it('"what boroughs are left without a police station": the boroughs with none (and what is left stays in view)', () => {
      for (const m of ['what boroughs are left without a police station', 'boroughs that dont have a police station', 'which boroughs have lost their counter']) {
        expect(ask(m), m).to.deep.equal({ intent: 'service', topic: 'no-counter' });
      }
    });

    it('"thanks" keeps the list in view', () => {
      let ctx: ConversationContext = {};
      for (const m of ['how many police stations closed in february 2026', 'thanks']) ctx = nextContext(ask(m, ctx), ctx);
      expect(ask('which ones?', ctx)).to.deep.include({ intent: 'closures-list' });
      expect(ask('which ones?', ctx)).to.have.nested.property('period.label', 'February 2026');
    });
  });
});
