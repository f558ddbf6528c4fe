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

/** Lists asked other ways: at a moment, counted at a moment, in a part of London (24 hours too), what is still running. */
const OTHER_LISTS: [string, RegExp][] = [
  ['stations open after 8pm tonight', /^27 police front counters are open in London at 8pm tonight: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day; the other 25 open /],
  ['police stations open at midnight', /^Two police front counters are open in London at midnight tonight \(00:00 on Friday 27 November\): \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\.$/],
  ['are any police stations open at 3am', /^Two police front counters are open in London at 3am tomorrow: /],
  ['how many police stations are open on sunday', /^27 police front counters are open in London on Sunday: /],
  ['how many counters are open at 9pm', /^27 police front counters are open in London at 9pm today: /],
  ['how many front desks r open at 11pm tonight', /^Two police front counters are open in London at 11pm tonight: /],
  ['where are the police stations in west london', /^Six police front counters are open in West London:$/],
  ['what stations are still running', /^27 police front counters are open in London: /],
  ['what counters survived the cuts', /^27 front counters are open in London now; two of them are open 24 hours a day\.$/],
  ['whats left open in barking and dagenham and havering', /^Two police front counters are open in Barking and Dagenham and Havering: \*\*Dagenham\*\* and \*\*Romford\*\* open /],
  ['any 24hr stations in south london', /^In South London, one front counter is open 24 hours a day: \*\*Lewisham\*\*\.$/],
  ['24/7 police station north london', /^No front counter in North London is open 24 hours a day, as far as my sources show\.$/],
  ['which 24 hour stations are in central london', /^In Central London, one front counter is open 24 hours a day: \*\*Charing Cross\*\*\.$/],
  ['which stations are closing', /^No more front counter closures are decided or proposed, as far as my sources show/],
  ['list the stations that are closing', /^No more front counter closures are decided or proposed/],
  ['how many closed since 2017', /^54 front counters closed between July 2017 and 28 February 2026/],
  // A borough's closures, asked: those first (since the counter list is complete), what is open today next.
  ['which stations closed in croydon', /^Since July 2017, two front counters closed in \*\*Croydon\*\*: Addington \(in July 2017\) and Windmill Road \(Croydon custody centre\) \(14 December 2017\)\.$/],
  ['which counters in camden closed', /^Since July 2017, one front counter closed in \*\*Camden\*\*: Holborn \(in January 2018\)\.$/],
  ['did any stations close in lambeth', /^Since July 2017, two front counters closed in \*\*Lambeth\*\*: Kennington \(14 December 2017\) and Streatham \(14 December 2017\)\.$/],
  ['how many stations has bromley lost', /^Since July 2017, two front counters closed in \*\*Bromley\*\*: /],
  ['what stations closed in waltham forest', /^Since July 2017, two front counters closed in \*\*Waltham Forest\*\*: Walthamstow Town Centre \(14 December 2017\) and Chingford \(28 February 2026\)\.$/],
];

describe('lists of several boroughs said many ways: one list, each borough in it', () => {
  describe('other lists: at a moment, in a part of London, still running', () => {
    itAnswersFirst(OTHER_LISTS, { understood: true });

    it('"which ones?" after how many are left lists them, not the count again', async () => {
      const c = new Conversation();
      await c.askText('how many police stations are left');
      expect(firstLineOf(await c.askText('which ones'))).to.match(/^27 police front counters are open in London: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/);
    });

    it('a part of London\'s 24-hour counters come with London\'s', async () => {
      const text = await new Conversation().askText('any 24hr stations in south london');
      expect(text).to.include('In all of London, two front counters are open 24 hours a day since 3 March 2026: **Lewisham** and **Charing Cross**.');
    });
  });

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
