/**
 * Follow-ups lean on the conversation: the context `nextContext` keeps after
 * each question, read by `understand` on the next message.
 */
import { expect } from 'chai';
import { nextContext } from '../../src/understanding/context';
import type { ConversationContext, Question } from '../../src/understanding/question';
import { ask, conversation, describe_, placeKey, stationIdOf } from './helpers';

function last(messages: string[]): Question {
  const qs = conversation(messages);
  return qs[qs.length - 1];
}

describe('follow-ups', () => {
  it('"and on Monday?" after an hours question: hours, the same place, from context', () => {
    const q = last(['brixton police station opening hours saturday', 'and on Monday?']);
    expect(q.intent, describe_(q)).to.equal('hours');
    expect(stationIdOf(q)).to.equal('brixton');
    expect(q).to.have.nested.property('place.fromContext', true);
    expect(q).to.have.nested.property('when.weekday', 1);
    expect(q).to.have.nested.property('when.date', '2026-11-30');
  });

  it('"what about on sunday" after a bare station: hours on Sunday there', () => {
    const q = last(['bethnal green police', 'what about on sunday']);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('bethnal-green');
    expect(q).to.have.nested.property('when.weekday', 7);
  });

  it('"what about Lewisham?" asks the last question again, keeping its day', () => {
    const q = last(['brixton opening hours saturday', 'what about Lewisham?']);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('lewisham');
    expect(q).to.have.nested.property('when.weekday', 6);
    expect(q).to.not.have.nested.property('place.fromContext');
  });

  it('"what about ..." keeps the intent: status, history, nearest, borough', () => {
    expect(last(['is twickenham police station closing', 'what about teddington?'])).to.include({ intent: 'status' });
    expect(stationIdOf(last(['is twickenham police station closing', 'what about teddington?']))).to.equal('teddington');
    expect(last(['when did fulham police station close', 'and chiswick?'])).to.include({ intent: 'history', topic: 'closure-date' });
    const nearest = last(['nearest 24/7 police station to E2 0', 'what about RM10 7TU']);
    expect(nearest).to.include({ intent: 'nearest', desk: '24/7' });
    expect(placeKey(nearest)).to.equal('postcode:RM10 7TU');
    const borough = last(['which police stations are in hackney', 'what about islington']);
    expect(borough.intent).to.equal('borough-desks');
    expect(placeKey(borough)).to.equal('borough:Islington');
  });

  it('"where should I go instead?" after a closed counter: alternatives from that counter', () => {
    const q = last(['is twickenham police station closing', 'where should I go instead?']);
    expect(q.intent).to.equal('alternatives');
    expect(stationIdOf(q)).to.equal('twickenham');
    expect(q).to.have.nested.property('place.fromContext', true);
  });

  it('"where is the nearest one?" after a station question: nearest from that station', () => {
    const q = last(['is kensington police station open', "where's the nearest open one?"]);
    expect(q).to.include({ intent: 'nearest', desk: 'open-now' });
    expect(stationIdOf(q)).to.equal('kensington');
  });

  it('a bare postcode answers a pending "nearest" question', () => {
    const [first, second] = conversation(['nearest 24 hour police station', 'RM10 7TU']);
    expect(first).to.deep.include({ intent: 'nearest', place: null, desk: '24/7' });
    expect(second).to.include({ intent: 'nearest', desk: '24/7' });
    expect(placeKey(second)).to.equal('postcode:RM10 7TU');
  });

  it('"I\'m in croydon" answers a pending "nearest" question too', () => {
    const q = last(['where is the nearest open police station', "I'm in croydon"]);
    expect(q).to.include({ intent: 'nearest', desk: 'open-now' });
    expect(stationIdOf(q)).to.equal('croydon');
  });

  it('a bare station name answers a pending hours question', () => {
    const q = last(['opening hours on sunday?', 'wimbledon']);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('wimbledon');
    expect(q).to.have.nested.property('when.weekday', 7);
  });

  it('a place not found leaves the question pending, so the next try completes it', () => {
    const qs = conversation(['opening hours for blahville', 'lewisham']);
    expect(placeKey(qs[0])).to.equal('not-found');
    expect(qs[1].intent).to.equal('hours');
    expect(stationIdOf(qs[1])).to.equal('lewisham');
  });

  it('"the second one" picks from the candidates of an ambiguous place', () => {
    const [first, second] = conversation(['sidcup police hours', 'the second one']);
    expect(first).to.have.nested.property('place.result.status', 'ambiguous');
    const candidates = (first as { place: { result: { candidates: { stationId?: string }[] } } }).place.result.candidates;
    expect(second.intent).to.equal('hours');
    expect(stationIdOf(second)).to.equal(candidates[1].stationId);
    expect(ask('the second one').intent, 'with nothing to choose from').to.equal('out-of-scope');
  });

  it('a name that fits two desks is ambiguous, with both as candidates', () => {
    const q = ask('is wood police station open');
    expect(q.intent).to.equal('open-now');
    expect(q).to.have.nested.property('place.result.status', 'ambiguous');
    const ids = (q as { place: { result: { candidates: { stationId?: string }[] } } }).place.result.candidates.map((c) => c.stationId);
    expect(ids).to.include.members(['woodford', 'wood-green-fishmongers-arms']);
    const chosen = last(['is wood police station open', 'woodford']);
    expect(chosen.intent).to.equal('open-now');
    expect(stationIdOf(chosen)).to.equal('woodford');
  });

  it('naming one of the candidates completes the question', () => {
    const q = last(['sidcup police address', 'marlowe house']);
    expect(q.intent).to.equal('address');
    expect(stationIdOf(q)).to.equal('marlowe-house-sidcup');
  });

  it('"and is it open on bank holidays?": hours with the special day, last place', () => {
    const q = last(['Stoke Newington police hours', 'and is it open on bank holidays?']);
    expect(q.intent).to.equal('hours');
    expect(q).to.have.nested.property('specialDay.kind', 'bank-holiday');
    expect(stationIdOf(q)).to.equal('stoke-newington');
  });

  it('"is it open now?" and "where is it?" lean on the last place', () => {
    const qs = conversation(['lewisham police station hours', 'is it open now?', 'where is it']);
    expect(qs[1]).to.include({ intent: 'open-now' });
    expect(stationIdOf(qs[1])).to.equal('lewisham');
    expect(qs[2]).to.include({ intent: 'address' });
    expect(stationIdOf(qs[2])).to.equal('lewisham');
  });

  it('"and at 9pm?" after "is it open": open at that time', () => {
    const q = last(['is brixton police station open', 'and at 9pm?']);
    expect(q.intent).to.equal('open-now');
    expect(q).to.have.nested.property('when.kind', 'instant');
    expect(stationIdOf(q)).to.equal('brixton');
  });

  it('"is it 24 hours?" after a bare place', () => {
    const q = last(['hammersmith', 'is it 24 hours?']);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('hammersmith');
  });

  it('small talk between questions changes nothing', () => {
    const q = last(['is kingston police station open on sunday', 'thanks', 'and tomorrow?']);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('kingston');
    expect(q).to.have.nested.property('when.date', '2026-11-27');
  });

  it('cancel and forget-me wipe the context', () => {
    const q = last(['brixton police station hours', 'start over', 'and on monday?']);
    expect(q.intent).to.equal('hours');
    expect(q).to.have.property('place', null);
    const after = conversation(['brixton police station hours', 'forget me']);
    expect(after[1].intent).to.equal('forget-me');
  });

  it('"what about Lewisham?" with no conversation yet is a bare place', () => {
    const q = ask('what about Lewisham?');
    expect(q.intent).to.equal('place-only');
  });
});

describe('nextContext', () => {
  const brixton = ask('brixton police station hours saturday');

  it('remembers the last question, place and day', () => {
    const ctx = nextContext(brixton, {});
    expect(ctx.lastIntent).to.equal('hours');
    expect(ctx.lastQuestion).to.deep.equal(brixton);
    expect(ctx.lastPlace?.text).to.equal('brixton police station');
    expect(ctx.lastWhen).to.include({ kind: 'weekday', weekday: 6 });
    expect(ctx.pending).to.equal(undefined);
    // A station is not where the resident is.
    expect(ctx.lastLocation).to.equal(undefined);
  });

  it('keeps a postcode as the resident\'s location', () => {
    const ctx = nextContext(ask('nearest police station to SE18 6QR'), {});
    expect(ctx.lastLocation).to.include({ kind: 'postcode', postcode: 'SE18 6QR' });
  });

  it('sets a pending question when the place is missing, and clears it on the next question', () => {
    const waiting = nextContext(ask('nearest 24 hour police station'), {});
    expect(waiting.pending).to.deep.equal({ intent: 'nearest', place: null, desk: '24/7' });
    const answered = nextContext(ask('RM10 7TU', waiting), waiting);
    expect(answered.pending).to.equal(undefined);
    expect(answered.lastLocation).to.include({ postcode: 'RM10 7TU' });
  });

  it('returns a fresh object and does not mark remembered places as from context', () => {
    const before: ConversationContext = {};
    const followUp = ask('and on monday?', nextContext(brixton, before));
    const ctx = nextContext(followUp, nextContext(brixton, before));
    expect(before).to.deep.equal({});
    expect(ctx.lastPlace).to.not.have.property('fromContext');
  });

  it('survives a JSON round trip (dialog state is stored as JSON)', () => {
    const ctx = nextContext(brixton, {});
    const copy = JSON.parse(JSON.stringify(ctx)) as ConversationContext;
    const q = ask('what about sunday', copy);
    expect(q.intent).to.equal('hours');
    expect(stationIdOf(q)).to.equal('brixton');
  });
});
