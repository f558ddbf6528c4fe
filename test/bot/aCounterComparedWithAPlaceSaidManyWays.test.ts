/**
 * Two things compared where one is a place with no counter of its own ("compare hounslow and feltham"): both sides
 * are answered. The place's nearest counter open on some day stands in for it, said as such with its distance
 * (data/places.json, the counters' positions); when that is the counter already named, one line answers both.
 * A counter compared with a name found nowhere keeps its own line first and says what it could not find.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const FELTHAM = /^Feltham has no front counter of its own: the nearest is Hounslow, about 4\.3 km \(2\.7 miles\) away\. \*\*Hounslow Police Station\*\*: /;
const ORPINGTON = /^Orpington has no front counter of its own: the nearest is Bromley, about 6\.2 km \(3\.9 miles\) away\. \*\*Bromley Police Station\*\*: /;

const CASES: [string, RegExp][] = [
  ['compare hounslow and feltham', FELTHAM],
  ['hounslow vs feltham', FELTHAM],
  ['compare hounslow with feltham', FELTHAM],
  ['is hounslow or feltham open later', FELTHAM],
  ['hounslow or feltham, which is open on sunday', FELTHAM],
  ['Compare Hounslow police station and Feltham please', FELTHAM],
  ['compare bromley and orpington', ORPINGTON],
  ['bromley versus orpington opening hours', ORPINGTON],
  // The place's nearest counter is another counter: both counters compared, the stand-in said after the verdict.
  ['compare brixton and feltham', /^Brixton and Hounslow have the same hours/],
  ['which is open later, brixton or feltham', /^Brixton and Hounslow have the same hours now/],
  // Asked which is open: the counter standing in is named, so "both" is never read as the places asked about.
  ['is kingston or kingsbury open', /^Both Kingston and Colindale are open now\.$/],
  ['are brixton and feltham open now', /^Both Brixton and Hounslow are open now\.$/],
  // A place whose nearest counter is the one compared with it: said to have none of its own, then that counter's hours.
  ['compare ilford and gants hill', /^Gants Hill has no front counter of its own: the nearest is Ilford, about [\d.]+ km/],
  // A name found nowhere: the counter's own line first, not a title over a list of one.
  ['compare ilford and fitzrovia', /^\*\*Ilford Police Station\*\*: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/],
];

describe('a counter compared with a place that has none: both sides answered', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);

  it('the place standing in is said in the reply, after the verdict, when its counter is another one', async () => {
    const text = await new Conversation().askText('compare brixton and feltham');
    expect(text).to.include('Feltham has no front counter of its own: the nearest is Hounslow, about 4.3 km (2.7 miles) away.');
  });

  it('a name found nowhere is said, with the counter answered for', async () => {
    expect(await new Conversation().askText('compare ilford and fitzrovia')).to.include('I couldn\'t find a front counter called "fitzrovia", so I\'ve answered for Ilford only.');
  });

  it('"is brixton open? I live in feltham": where the resident lives is not compared', async () => {
    expect(firstLineOf(await new Conversation().askText('is brixton open? i live in feltham'))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });
});
