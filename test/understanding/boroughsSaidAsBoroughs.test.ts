/**
 * A borough named as a borough is the borough, even where its name reaches a counter too: "richmond
 * borough", "the borough of sutton", or a borough's full name that is not the counter's own ("waltham forest
 * police front desk" reaches Chingford only through its alias). "<name> police station" stays the counter.
 */
import { expect } from 'chai';
import { ask, placeKey } from './helpers';

const BOROUGH: [string, string][] = [
  ['waltham forest police front desk', 'Waltham Forest'],
  ['richmond borough police counter hours', 'Richmond upon Thames'],
  ['police counters in the borough of Sutton', 'Sutton'],
  ['is there a front desk in Kingston upon Thames borough', 'Kingston upon Thames'],
  ['croydon borough front counter', 'Croydon'],
  ['what time does the front counter in richmond borough open', 'Richmond upon Thames'],
  ['sutton borough police desk opening times', 'Sutton'],
  ['is there anywhere open in the borough of richmond', 'Richmond upon Thames'],
  ['waltham forest front counter hours', 'Waltham Forest'],
  ['haringey police counter', 'Haringey'],
  ['newham police front counter', 'Newham'],
  ['redbridge police front counter hours', 'Redbridge'],
  ['police desk in the borough of croydon', 'Croydon'],
];

const STATION: [string, string][] = [
  ['sutton police station', 'sutton'],
  ['richmond police station hours', 'sovereign-gate'],
  ['waltham forest police station', 'chingford'],
  ['croydon police station opening hours', 'croydon'],
  ['is kingston police station open', 'kingston'],
];

describe('boroughs said as boroughs: understanding', () => {
  for (const [say, borough] of BOROUGH) {
    it(`${say} -> the borough ${borough}`, () => {
      expect(placeKey(ask(say))).to.equal(`borough:${borough}`);
    });
  }
  for (const [say, station] of STATION) {
    it(`${say} -> still the counter ${station}`, () => {
      const key = placeKey(ask(say));
      expect(key.endsWith(`:${station}`), key).to.equal(true);
    });
  }
});
