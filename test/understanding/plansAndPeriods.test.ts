/**
 * Plans and periods of closures as residents name them, read against the plans
 * in data/ (their years, people, titles and closure rounds), never against
 * words written in code: "Sadiq's cuts", "Boris's closures", "the 2025 review",
 * "the closures in February", "what closed in December 2017", "the latest round".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { PlanNames, readClosurePeriod } from '../../src/understanding/planNames';
import type { Question } from '../../src/understanding/question';
import { ask, checkRows, data, describe_, type QuestionRow } from './helpers';

const P2013 = '2013-police-and-crime-plan';
const P2017 = '2017-public-access-strategy';
const P2025 = '2025-front-counter-review';

const plan = (say: string, planId: string): QuestionRow => ({ say, intent: 'plans', topic: 'plan', plan: planId });
const closures = (say: string, period: string): QuestionRow => ({ say, intent: 'closures-list', period });

describe('plans as residents name them (from data/plans.json)', () => {
  describe('by a year of the plan', () => {
    checkRows([
      plan('what was the 2017 plan?', P2017),
      plan('the 2017 strategy', P2017),
      plan('what was the 2025 review', P2025),
      plan('tell me about the 2013 cuts', P2013),
      plan('what happened with the 2018 closures', P2017),
      plan('the 2026 closures, what were they about', P2025),
      plan('wat was the 2025 plan', P2025),
    ]);
  });

  describe('by the people its body names', () => {
    checkRows([
      plan("tell me about Sadiq's cuts", P2017),
      plan("Khan's closures", P2017),
      plan('sadiq khan police station closures', P2017),
      plan("Boris's closures", P2013),
      plan("boris' cuts to the police", P2013),
      plan('what did boris johnson do to police stations', P2013),
      plan('johnsons plan for police stations', P2013),
      plan('what changed for front counters under boris', P2013),
    ]);
  });

  describe('by the words of its titles and the phrases quoted in the data', () => {
    checkRows([
      plan('what is the public access strategy', P2017),
      plan('the public access and engagement strategy', P2017),
      plan('what was the local policing model', P2013),
      plan('police and crime plan 2013', P2013),
      plan('what was the front counter review', P2025),
      plan('what are the tough choices', P2025),
      plan('why did the met make tough choices', P2025),
      plan('public access plan', P2017),
    ]);
  });

  describe('the latest one', () => {
    checkRows([
      plan('tell me about the latest round of closures', P2025),
      plan('what is the latest plan', P2025),
      plan('the most recent review', P2025),
      plan('when did the new hours start', P2025),
    ]);
  });

  it('two plans named at once: all the plans', () => {
    expect(ask('compare the 2017 and 2025 plans')).to.deep.equal({ intent: 'plans', topic: 'general' });
  });

  it('a year or a name alone is not a plan: "is brixton open in 2017?" is about Brixton', () => {
    for (const say of ['is brixton open in 2017', 'was wimbledon open in 2018']) expect(ask(say).intent, say).to.not.equal('plans');
    // A year with a counter is that counter as of then (the past, asked as the past).
    expect(ask('did brixton close in 2017')).to.include({ intent: 'past' });
  });
});

describe('periods of closures as residents name them (from the plans\' closure rounds)', () => {
  describe('a month, a year, a round', () => {
    checkRows([
      closures('what closed in december 2017', 'December 2017'),
      closures('which stations closed in Dec 2017?', 'December 2017'),
      closures('how many police stations closed in february 2026', 'February 2026'),
      closures('what were the closures in february', 'February 2026'),
      // Whether closures went ahead is answered by the closures themselves (with the one report of a pause): the latest round.
      closures('were the closures paused', 'February 2026'),
      closures('did the cuts go ahead', 'February 2026'),
      closures('did the 2017 closures actually happen', 'December 2017'),
      closures('list the feb closures', 'February 2026'),
      closures('which counters closed in the latest round', 'February 2026'),
      closures('which police stations closed recently', 'February 2026'),
      // "Closed in 2017" is the year itself (the round reaching into January 2018 is not all 2017's); "the 2017 closures" is the round.
      closures('list the police stations that closed in 2017', '2017'),
      closures('which counters closed in 2018', '2018'),
      closures('how many did they shut in 2018', '2018'),
      closures('list the 2017 closures', 'December 2017'),
      closures('the closures in 2017', 'December 2017'),
      closures('closures in 2017', '2017'),
      closures('which stations closed in 2013', '2013'),
      closures('which counters shut in 2020', '2020'),
      closures('which police stations have closed', 'all'),
    ]);
  });

  describe('by whom', () => {
    checkRows([
      closures('which stations did boris close', '2013'),
      closures('what stations did sadiq shut', 'December 2017'),
      closures('how many counters did the public access strategy close', 'December 2017'),
      closures('which police stations did sadiq khan close in 2017', '2017'),
      closures('what closed under sadiqs plan', 'December 2017'),
    ]);
  });

  it('carries the plan whose round it is, and the round\'s span from the data', () => {
    const round = data.plans.find((p) => p.id === P2017)!.closures!.rounds[0];
    const q = ask('list the 2017 closures') as Extract<Question, { intent: 'closures-list' }>;
    expect(q.period, describe_(q)).to.deep.equal({ from: round.from, to: round.to, label: round.label, planId: P2017 });
  });

  it('"this year" and "last year" are the years of the clock, not the plans named by them', () => {
    const names = PlanNames.fromPlans(data.plans);
    const inNovember2026 = DateTime.fromISO('2026-11-26T12:00', { zone: 'Europe/London' });
    expect(readClosurePeriod('what closed last year', inNovember2026, names)).to.deep.equal({ from: '2025-01-01', to: '2025-12-31', label: '2025' });
    expect(readClosurePeriod('what closed this year', inNovember2026, names)).to.include({ label: 'February 2026', planId: P2025 });
    const inMarch2018 = DateTime.fromISO('2018-03-01T12:00', { zone: 'Europe/London' });
    expect(readClosurePeriod('what closed last month', inMarch2018, names)).to.deep.equal({ from: '2018-02-01', to: '2018-02-28', label: 'February 2018' });
  });

  it('"may" is a month only where it can be one', () => {
    const names = PlanNames.fromPlans(data.plans);
    const now = DateTime.fromISO('2026-11-26T12:00', { zone: 'Europe/London' });
    expect(readClosurePeriod('which may have closed', now, names)).to.equal(undefined);
    expect(readClosurePeriod('what closed in may', now, names)).to.include({ label: 'May 2026' });
  });

  it('with no plans known (a fake finder), plans are asked about in general and periods by the calendar', () => {
    const now = DateTime.fromISO('2026-11-26T12:00', { zone: 'Europe/London' });
    expect(PlanNames.NONE.named("sadiq's cuts")).to.equal(undefined);
    expect(readClosurePeriod('what closed in 2017', now, PlanNames.NONE)).to.deep.equal({ from: '2017-01-01', to: '2017-12-31', label: '2017' });
  });
});
