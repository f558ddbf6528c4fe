/**
 * Questions about every counter in London at once ("all the police front desks open today", "list every
 * front counter and its hours") are the network's list of open counters, for the moment or day asked; a
 * place or "near me" keeps them a nearest question, and plans, closures and the 24-hour list keep theirs.
 */
import { expect } from 'chai';
import { ask } from './helpers';

const EVERY_COUNTER: [string, string | undefined][] = [
  ['all the police front desks open in london today', 'date'],
  ['what are the opening hours of all the police stations in london', undefined],
  ['list every front counter and its hours', undefined],
  ['which counters are open on Sunday across London', 'weekday'],
  ['every police station open tonight in london', 'date'],
  ['show me all front counters open today', 'date'],
  ['what front desks are open in london right now', 'now'],
  ['opening times of every police front counter', undefined],
  ['all open police stations', undefined],
  ['list all the front desks', undefined],
  ['Which police counters are open across London on Saturday?', 'weekday'],
  ['give me a list of police stations in london with their opening hours', undefined],
  ['when are all the met front counters open', undefined],
  ['every front desk open at 9pm', 'instant'],
  ['hours for each police counter in London', undefined],
  ['london-wide list of open front counters please', undefined],
];

const STAYS: [string, string][] = [
  ['all the police stations near me', 'nearest'],
  ['every police station open near SE13 5JX', 'nearest'],
  ['all the police stations in Hackney', 'borough-desks'],
  ['which stations are open 24 hours', 'list-24x7'],
  ['all police stations that closed in 2026', 'closures-list'],
  ['why are all the police stations closing', 'plans'],
  ['is lewisham police station open now', 'open-now'],
];

describe('every counter and its hours: understanding', () => {
  for (const [say, when] of EVERY_COUNTER) {
    it(`${say} -> open-list${when ? ` (${when})` : ''}`, () => {
      const q = ask(say);
      expect(q.intent, JSON.stringify(q)).to.equal('open-list');
      expect((q as Extract<typeof q, { intent: 'open-list' }>).when?.kind).to.equal(when);
    });
  }
  for (const [say, intent] of STAYS) {
    it(`${say} -> still ${intent}`, () => {
      expect(ask(say).intent).to.equal(intent);
    });
  }
});
