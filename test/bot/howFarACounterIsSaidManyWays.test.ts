/**
 * How far a counter is from a place, through the real turn pipeline: "how far is brixton from SW2", "distance from
 * brixton police station to SW2", "how many miles is lewisham station from me, im in SE6". The data has points, not
 * routes: the straight-line distance first, called straight-line (and rough where a point is a postcode district's
 * middle), then the counter's hours, or that it closed and the nearest open one. No place given: the bot asks, and the
 * counter waits with the question. Two counters compared stay the nearer of them. Danger told with the same words still
 * leads with 999. Facts from data/.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const measured = (counter: string, km: string, from: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* is about ${km.replace('.', '\\.')} km \\([\\d.]+ miles?\\) from ${from} in a straight line[:( ]`);

describe('how far a counter named is from a place: the straight-line distance first', () => {
  itAnswersFirst(
    [
      ['how far is brixton from SW2', measured('Brixton', '1.8', 'SW2')],
      ['distance from brixton police station to SW2', measured('Brixton', '1.8', 'SW2')],
      ['how many miles is lewisham station from me, im in SE6', measured('Lewisham', '2.8', 'SE6')],
      ['how far is lewisham police station from SE6', measured('Lewisham', '2.8', 'SE6')],
      ['whats the distance between brixton police station and sw2', measured('Brixton', '1.8', 'SW2')],
      ['im in SE6 how far away is lewisham police', measured('Lewisham', '2.8', 'SE6')],
      ['how many km from SE18 to plumstead police station', measured('Plumstead', '1.6', 'SE18')],
      ['how far is brixton from lewisham', measured('Brixton', '7.2', 'Lewisham')],
    ],
    { understood: true },
  );

  it('says the distance is a straight line, and rough where a point is the middle of a postcode district', async () => {
    const text = await new Conversation().askText('how far is brixton from SW2');
    expect(firstLineOf(text)).to.match(/in a straight line \(roughly: a location is taken from the middle of a postcode district\): open now, until 22:00\.$/);
    expect(firstLineOf(await new Conversation().askText('how far is brixton from lewisham'))).to.match(/in a straight line \(not the distance by road\): open now, until 22:00\.$/);
  });

  it('gives the hours of an open counter, and says a closed one closed, with the nearest open one', async () => {
    expect(await new Conversation().askText('how far is brixton from SW2')).to.match(/Its front counter is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./);
    const closed = await new Conversation().askText('how far is woodford police station from IG8 0SB');
    expect(firstLineOf(closed)).to.match(/^\*\*Woodford Police Station\*\* is about [\d.]+ km .* Woodford no longer has an open front counter: it closed in 2013\.$/);
    expect(closed).to.match(/The nearest open front counter to IG8 0SB is \*\*/);
  });

  it('no place given: asks where the resident is, naming the counter, then measures from there', async () => {
    const chat = new Conversation();
    expect(firstLineOf(await chat.askText('how far away is croydon police station'))).to.match(/^To say how far \*\*Croydon Police Station\*\* is from you, I need to know where you are\./);
    expect(firstLineOf(await chat.askText('CR0 1AB'))).to.match(/^\*\*Croydon Police Station\*\* is about [\d.]+ km .* from CR0 1AB in a straight line/);
  });

  it('a place given before: measured from it; the counter measured is the one discussed next', async () => {
    const chat = new Conversation();
    await chat.say("I'm in SE18");
    expect(firstLineOf(await chat.askText('how far is plumstead police station from me'))).to.match(measured('Plumstead', '1.6', 'SE18'));
    expect(firstLineOf(await chat.askText('is it open on sunday?'))).to.match(/^Yes, \*\*Plumstead Police Station\*\* is open on Sunday 29 November/);
  });

  it('"how far is it from X" after a counter was discussed: that counter, from X', async () => {
    const chat = new Conversation();
    await chat.say('is croydon open');
    expect(firstLineOf(await chat.askText('how far is it from sutton'))).to.match(/^\*\*Croydon Police Station\*\* is about [\d.]+ km \([\d.]+ miles\) from Sutton in a straight line/);
  });

  describe('the nearest, or the nearer of two, keep their readings', () => {
    itAnswersFirst(
      [
        ['how far is the nearest police station to SE6', /^The nearest front counter to SE6 is \*\*Lewisham Police Station\*\*/],
        ['which is nearer to SE6, lewisham or bromley', /^Of the two, \*\*Lewisham\*\* is nearer to SE6/],
        ['is lewisham further from SE6 than bromley', /^Of the two, \*\*Lewisham\*\* is nearer to SE6/],
      ],
      { understood: true },
    );
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['how far is brixton from SW2 theres a man with a knife following me', 'how far is lewisham police station from me someone is kicking my door in now']) {
    it(say, async () => {
      expect999First(await new Conversation().say(say), say);
    });
  }
});
