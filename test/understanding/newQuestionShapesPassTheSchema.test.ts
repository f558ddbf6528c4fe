/**
 * "instead" after "is hayes police station open at 9am tomorrow?" asks somewhere else at that moment: the question
 * carries the moment (`when`), and is valid by the question schema (found by the property test on a clean clone).
 */
import { expect } from 'chai';
import type { ConversationContext } from '../../src/understanding/question';
import { understand } from '../../src/understanding/understand';
import { conversation, finder, NOW } from './helpers';
import { questionProblem } from './questionSchema';

describe('somewhere else at the moment asked, as a question', () => {
  it('carries the moment and is a valid question', () => {
    const hayes = {
      text: 'hayes police station',
      result: {
        status: 'found',
        match: { kind: 'station', label: 'Hayes Police Station (Hayes End)', point: { lat: 51.52519, lon: -0.43507 }, approximate: false, borough: 'Hillingdon', stationId: 'hayes', score: 1 },
        alternatives: [],
      },
    } as const;
    const when = { kind: 'instant', iso: '2026-11-27T09:00:00.000+00:00', label: '9am tomorrow' } as const;
    const context = {
      lastIntent: 'open-now',
      lastQuestion: { intent: 'open-now', place: { ...hayes, fromContext: true }, when, yesNo: 'open' },
      lastPlace: hayes,
      lastWhen: when,
    } as unknown as ConversationContext;
    for (const say of ['<b>instead</b>', 'somewhere else instead?']) {
      const question = understand(say, context, NOW, finder);
      expect(question, say).to.deep.include({ intent: 'alternatives', when });
      expect(questionProblem(question), say).to.equal(null);
    }
  });
});

describe("this session's new question fields are valid by the schema", () => {
  for (const say of [
    'is brixton open saturday evening',
    'ilford sunday morning?',
    'who decided to close the police stations',
    'when were the closures decided',
    'how many police stations closed each year',
    'which year had the most closures',
    'what happened to the police station in bow',
  ]) {
    it(say, () => expect(questionProblem(understand(say, {}, NOW, finder)), say).to.equal(null));
  }
});

describe('one more desk asked again, as a question', () => {
  it('"and another?" after somewhere else carries how many were given, and is valid', () => {
    const questions = conversation(['is brixton open at 11pm?', 'anywhere else?', 'and another?', "what's the next one?"]);
    expect(questions.slice(1).map((q) => (q.intent === 'alternatives' ? (q.passed ?? 0) : -1))).to.deep.equal([0, 1, 2]);
    for (const q of questions) expect(questionProblem(q)).to.equal(null);
  });

  it('after the nearest 24-hour desk, the desks given are of that kind, and the question is valid', () => {
    const [, again] = conversation(['nearest 24 hour police station to E17', 'any others?']);
    expect(again).to.deep.include({ intent: 'alternatives', desk: '24/7' });
    expect(questionProblem(again)).to.equal(null);
  });
});

/** Messages whose questions carry this session's new fields, with the part of each question that shows them. */
const NEW_FIELDS: [string[], Record<string, unknown>][] = [
  [['any more closures planned in south london', 'are more stations closing in east london'], { intent: 'plans', topic: 'ahead' }],
  [['which stations reopened', 'which counters reopened in 2020', 'has anything reopened in east london'], { intent: 'closures-list', reopened: true }],
  [['did any police station reopen after closing in 2017'], { intent: 'closures-list', reopened: 'closed-in-period' }],
  [['which boroughs lost their last counter and when', 'which boroughs lost their police station and in what year'], { intent: 'service', topic: 'no-counter', lastCounterLost: true }],
  [['which boroughs lost their police station in 2017'], { intent: 'service', topic: 'no-counter', lastCounterLost: { from: '2017-01-01', to: '2017-12-31', label: '2017', planId: '2017-public-access-strategy' } }],
  [['why was wimbledon kept open', "why wasn't lewisham closed"], { intent: 'status', whyKept: true }],
  [['why did they keep brixton open in 2017'], { intent: 'status', whyKept: 2017 }],
  [['which stations were saved in 2025', 'which counters were saved from closure', 'which counters were spared in 2025'], { intent: 'closures-list', saved: true }],
  [['i need help', 'please help me', 'can someone help me'], { intent: 'help', plea: true }],
  [['what time is it in new york', 'whats the time in lagos rn'], { intent: 'clock', asked: 'time', elsewhere: true }],
  [['my landlord kept my deposit, is that a police thing', 'is it a crime if my landlord keeps my deposit'], { intent: 'non-emergency-contact', whetherAPoliceMatter: true }],
  [['was brixton ever open 24 hours', 'did croydon use to be open 24/7'], { intent: 'past', asked: { kind: 'before-change', roundTheClock: true } }],
  [['what sources do you use', 'how do you know the opening hours'], { intent: 'service', topic: 'bot-sources' }],
  [['nearest met police station to moorgate', 'closest Metropolitan Police front counter to liverpool street', 'nearest met station'], { intent: 'nearest', metAsked: true }],
  [['can you walk into a police station at 3am', 'is there anywhere i can report something in person at 2am'], { intent: 'open-list', canGoIn: true }],
  [['can i go to a police station in the middle of the night', 'is it possible to go to a police station at night'], { intent: 'list-24x7', canGoIn: true }],
  [['is brixton open now vs 2018', "how do ilford's hours now compare to 2019"], { intent: 'past', andNow: true }],
  [['how long ago did wimbledon close', 'how many years since chingford closed', 'how long has harrow been closed'], { intent: 'history', topic: 'closure-date', agoAsked: true }],
  [['why did they close so many stations in 2017', 'why did sadiq khan close so many police stations'], { intent: 'plans', topic: 'why', ofPlan: '2017-public-access-strategy' }],
  [['which year had the most closures since 2020'], { intent: 'closures-list', byYear: 'most', period: { from: '2020-01-01', to: '2026-11-26', label: 'since 2020' } }],
  [['were there more police stations in lambeth in 2017 than 2019', 'lewisham stations 2017 vs 2019'], { intent: 'borough-desks', versusYear: { date: '2019-07-01', label: '1 July 2019', year: 2019 } }],
  [['how many stations in barnet then and now', "lewisham's police stations back then vs today"], { intent: 'borough-desks', versusNow: {} }],
  [['when did addington open', 'when did walworth open'], { intent: 'history', firstOpening: 'if-closed' }],
  [['what year did hornsey open', 'when did streatham first open'], { intent: 'history', firstOpening: 'asked' }],
  [['which borough lost the most stations in 2017'], { intent: 'closures-list', byBorough: 'most', period: { from: '2017-01-01', to: '2017-12-31', label: '2017', planId: '2017-public-access-strategy' } }],
];

describe('closures ahead in a part, counters that reopened and the Met named, as questions', () => {
  for (const [says, shape] of NEW_FIELDS) {
    for (const say of says) {
      it(say, () => {
        const question = understand(say, {}, NOW, finder);
        expect(question).to.deep.include(shape);
        expect(questionProblem(question), say).to.equal(null);
      });
    }
  }
  it('a part of London rides with the closures ahead', () => expect(understand('any more closures planned in south london', {}, NOW, finder)).to.have.property('part'));
});

describe('a time asked with "before", and counters left out, are valid by the schema', () => {
  for (const say of ['is brixton open before 9am tomorrow', 'any stations open before 9am', 'nearest station open before 8am to se15']) {
    it(say, () => {
      const question = understand(say, {}, NOW, finder);
      expect(JSON.stringify(question), say).to.include('"before":true');
      expect(questionProblem(question), say).to.equal(null);
    });
  }
  for (const say of ['nearest open counter to se1 other than walworth', 'which stations are open now except brixton and walworth', 'is there anywhere open past 10pm apart from charing cross']) {
    it(say, () => {
      const question = understand(say, {}, NOW, finder);
      expect(question, say).to.have.property('except').that.is.an('array').with.length.greaterThan(0);
      expect(questionProblem(question), say).to.equal(null);
    });
  }
});
