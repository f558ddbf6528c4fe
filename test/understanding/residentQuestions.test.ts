/**
 * Every line of the shared development set (/work/shared/examples/resident-questions.tsv)
 * classified sensibly, with conversations replayed turn by turn. The expected
 * readings are written here, from the "good answer" column; the code has no
 * knowledge of these lines.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Intent, Question } from '../../src/understanding/question';
import { conversation, describe_, placeKey, stationIdOf } from './helpers';

const TSV = '/work/shared/examples/resident-questions.tsv';

interface Expected {
  intent: Intent;
  station?: string;
  place?: string;
  check?: (q: Question) => void;
}

const EXPECTED: Record<string, Expected> = {
  'is acton police station still open': { intent: 'status', station: 'acton' },
  'opening times for wembley police station': { intent: 'hours', station: 'wembley' },
  'plumstead police open sunday?': {
    intent: 'hours',
    station: 'plumstead',
    check: (q) => expect(q).to.have.nested.property('when.weekday', 7),
  },
  'is twickenham police station closing': { intent: 'status', station: 'twickenham' },
  'kensington police station': { intent: 'place-only', station: 'kensington' },
  'nearest 24 hr police station NW10 4AA': { intent: 'nearest', place: 'postcode:NW10 4AA', check: (q) => expect(q).to.have.property('desk', '24/7') },
  'closest police front desk to HA9 0WS': { intent: 'nearest', place: 'postcode:HA9 0WS' },
  'police station near TW3 1ES': { intent: 'nearest', place: 'postcode:TW3 1ES' },
  'nearest station to kt1 1ee': { intent: 'nearest', place: 'postcode:KT1 1EE' },
  "I'm in SE18, nearest police front counter?": { intent: 'nearest', place: 'district:SE18' },
  'n9 0pw': { intent: 'place-only', place: 'postcode:N9 0PW' },
  'which police front desks are open 24/7': { intent: 'list-24x7' },
  'how many police stations closed in February 2026': { intent: 'closures-list', check: (q) => expect(q).to.have.nested.property('period.label', 'February 2026') },
  'is there a police station open in Richmond borough': { intent: 'borough-desks', place: 'borough:Richmond upon Thames' },
  'where can I go in person in Hackney': { intent: 'borough-desks', place: 'borough:Hackney' },
  'Stoke Newington police hours': { intent: 'hours', station: 'stoke-newington' },
  'and is it open on bank holidays?': {
    intent: 'hours',
    station: 'stoke-newington',
    check: (q) => {
      expect(q).to.have.nested.property('specialDay.kind', 'bank-holiday');
      expect(q).to.have.nested.property('place.fromContext', true);
    },
  },
  'walworth police station saturday': { intent: 'hours', station: 'walworth', check: (q) => expect(q).to.have.nested.property('when.weekday', 6) },
  'nearest 24 hour police station': { intent: 'nearest', place: 'none', check: (q) => expect(q).to.have.property('desk', '24/7') },
  'RM10 7TU': { intent: 'nearest', place: 'postcode:RM10 7TU', check: (q) => expect(q).to.have.property('desk', '24/7') },
  'bethnal green police': { intent: 'place-only', station: 'bethnal-green' },
  'what about on sunday': {
    intent: 'hours',
    station: 'bethnal-green',
    check: (q) => {
      expect(q).to.have.nested.property('when.weekday', 7);
      expect(q).to.have.nested.property('place.fromContext', true);
    },
  },
  'hayes police station open now?': { intent: 'open-now', station: 'hayes', check: (q) => expect(q).to.have.nested.property('when.kind', 'now') },
  'my car was broken into last night, what do I do?': { intent: 'report-crime' },
  "there's a man with a knife outside": { intent: 'emergency' },
  "who do I call if it's not an emergency": { intent: 'non-emergency-contact' },
  'I need to speak to someone in Polish': { intent: 'interpreter', check: (q) => expect(q).to.have.property('language', 'Polish') },
  'why did the met close so many front counters': { intent: 'plans', check: (q) => expect(q).to.have.property('topic', 'why') },
  'when did fulham police station close': { intent: 'history', station: 'fulham', check: (q) => expect(q).to.have.property('topic', 'closure-date') },
  'Was Hammersmith police station closed for a while?': {
    intent: 'history',
    station: 'hammersmith',
    check: (q) => expect(q).to.have.property('topic', 'temporary-closure'),
  },
  'Ilford station address': { intent: 'address', station: 'ilford' },
  'is the police station in stratford open': { intent: 'open-now', station: 'stratford' },
  colindale: { intent: 'place-only', station: 'colindale' },
  'whats the nearest cop shop to E2 0': { intent: 'nearest', place: 'postcode:E2 0' },
  'kentsh town police opning hours': { intent: 'hours', station: 'kentish-town' },
  'sutton police station open late?': { intent: 'hours', station: 'sutton', check: (q) => expect(q).to.have.property('focus', 'late') },
  'is islington police station open on christmas day': {
    intent: 'hours',
    station: 'islington',
    check: (q) => expect(q).to.have.nested.property('specialDay.kind', 'christmas'),
  },
  "what's your name": { intent: 'identity' },
  'tell me a joke': { intent: 'out-of-scope', check: (q) => expect(q).to.have.property('reason', 'joke') },
  '¿dónde está la comisaría más cercana?': { intent: 'non-english', check: (q) => expect(q).to.have.property('language', 'Spanish') },
};

function readConversations(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const line of readFileSync(TSV, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, message] = line.split('\t');
    byId.set(id, [...(byId.get(id) ?? []), message]);
  }
  return byId;
}

describe('the development set (resident-questions.tsv)', () => {
  const conversations = readConversations();

  it('has an expected reading for every line', () => {
    const messages = [...conversations.values()].flat();
    expect(messages.length).to.be.greaterThan(30);
    for (const m of messages) expect(EXPECTED, m).to.have.property(m);
  });

  for (const [id, messages] of conversations) {
    it(`conversation ${id}: ${messages.join(' / ')}`, () => {
      const questions = conversation(messages);
      messages.forEach((m, i) => {
        const q = questions[i];
        const want = EXPECTED[m];
        if (!want) return;
        const got = describe_(q);
        expect(q.intent, `${m} -> ${got}`).to.equal(want.intent);
        if (want.station) expect(stationIdOf(q), `${m} -> ${got}`).to.equal(want.station);
        if (want.place) expect(placeKey(q), `${m} -> ${got}`).to.equal(want.place);
        want.check?.(q);
      });
    });
  }
});
