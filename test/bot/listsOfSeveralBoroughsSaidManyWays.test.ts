/**
 * Two or more boroughs asked about in one list ("which stations in croydon and sutton are open", "front counters in
 * barnet, enfield and haringey"): one list of the counters in each, through the real turn pipeline, not the first
 * borough only nor two questions split at "and". A borough with none now is said so. Facts from data/ (stations and
 * the timeline as of the development set's date).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const CROYDON_SUTTON = /^Two police front counters are open in Croydon and Sutton: \*\*Croydon\*\* and \*\*Sutton\*\* open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/;
const HACKNEY_ISLINGTON = /^Two police front counters are open in Hackney and Islington: \*\*Islington\*\* and \*\*Stoke Newington\*\* open /;
const NORTH_THREE = /^Three police front counters are open in Barnet, Enfield and Haringey: \*\*Colindale\*\*, \*\*Edmonton\*\* and \*\*Tottenham\*\* open /;

const CASES: [string, RegExp][] = [
  ['which stations in croydon and sutton are open', CROYDON_SUTTON],
  ['Which police stations are open in Croydon and Sutton?', CROYDON_SUTTON],
  ['croydon n sutton police stations', CROYDON_SUTTON],
  ['police stations in croydon & sutton', CROYDON_SUTTON],
  ['any front counters in sutton and croydon', /^Two police front counters are open in Sutton and Croydon: /],
  ['which police stations are open in hackney and islington', HACKNEY_ISLINGTON],
  ['front desks in hackney and islington pls', HACKNEY_ISLINGTON],
  ['list of front counters in barnet, enfield and haringey', NORTH_THREE],
  ['what police stations are there in barnet enfield and haringey', NORTH_THREE],
  ['whats open in croydon and sutton on sunday', /^Two police front counters are open in Croydon and Sutton on Sunday: /],
  ['stations open in lewisham and bromley now', /^Two police front counters are open in Lewisham and Bromley now: \*\*Lewisham\*\* open 24 hours a day; \*\*Bromley\*\* open /],
  ['police stations in harrow and brent', /^One police front counter is open in Harrow and Brent: \*\*Wembley\*\* open /],
];

describe('lists of several boroughs said many ways: one list, each borough in it', () => {
  itAnswersFirst(CASES, { understood: true });

  it('a borough with no counter now is said so, not dropped', async () => {
    const text = await new Conversation().askText('police stations in harrow and brent');
    expect(text).to.include('Harrow has no police front counter now.');
  });

  it('two counters joined by "or" are still compared, not listed', async () => {
    const text = await new Conversation().askText('is croydon or sutton open later');
    expect(firstLineOf(text)).to.match(/^Croydon and Sutton have the same hours now: until 22:00\.$/);
  });

  it('one borough is still that borough\'s counters', async () => {
    const text = await new Conversation().askText('all stations in bromley');
    expect(firstLineOf(text)).to.match(/^Bromley has one police front counter: \*\*Bromley Police Station\*\*/);
  });
});
