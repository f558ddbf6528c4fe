/**
 * Two questions in one message get both answers, in order, as one reply:
 * split at a joining word only where both halves read as questions; a second
 * half without a place takes the first half's; "where's the nearest" after a
 * counter is measured from it. One question with "and" in it stays one.
 * Facts from shared/data/events.csv: Ealing closed 14 Dec 2017; Croydon and
 * Wembley keep Mon–Fri 10:00–22:00, Sat–Sun 09:00–19:00 from 3 Mar 2026;
 * Lewisham is 24/7.
 */
import { expect } from 'chai';
import type { Question } from '../../src/understanding/question';
import { ask, conversation, placeKey } from '../understanding/helpers';
import { Conversation } from './harness';

type Both = Extract<Question, { intent: 'both' }>;

const CASES: { say: string; first: [string, string]; second: [string, string] }[] = [
  { say: "Is Ealing's closed and where's the nearest open one?", first: ['status', 'place:ealing'], second: ['nearest', 'place:ealing'] },
  { say: 'Address of Croydon and is it open Sunday?', first: ['address', 'place:croydon'], second: ['hours', 'place:croydon'] },
  { say: 'what time does lewisham close tonight and is it 24 hours', first: ['hours', 'place:lewisham'], second: ['hours', 'place:lewisham'] },
  { say: 'is wembley open now, if not where can I go', first: ['open-now', 'place:wembley'], second: ['nearest', 'place:wembley'] },
  { say: 'where is ilford police station and what are its hours', first: ['address', 'station:ilford'], second: ['hours', 'station:ilford'] },
  { say: 'is brixton open on saturday and where is it', first: ['hours', 'place:brixton'], second: ['address', 'place:brixton'] },
  { say: 'is kingston still open? also what are the opening hours', first: ['status', 'place:kingston'], second: ['hours', 'place:kingston'] },
  { say: 'whats the address for bromley police station plus is it open now', first: ['address', 'station:bromley'], second: ['open-now', 'station:bromley'] },
  { say: 'is twickenham open and if not whats the nearest', first: ['open-now', 'place:twickenham'], second: ['nearest', 'place:twickenham'] },
  { say: 'when does sutton open tomorrow and where is the nearest 24 hour one', first: ['hours', 'place:sutton'], second: ['nearest', 'place:sutton'] },
  { say: 'is chingford closed now and which desks are left in waltham forest', first: ['open-now', 'place:chingford'], second: ['borough-desks', 'borough:Waltham Forest'] },
];

describe('two questions in one: understanding', () => {
  for (const c of CASES) {
    it(`${c.say} -> ${c.first[0]} then ${c.second[0]}`, () => {
      const q = ask(c.say);
      expect(q.intent, JSON.stringify(q)).to.equal('both');
      const [q1, q2] = (q as Both).questions;
      expect([q1.intent, placeKey(q1)]).to.deep.equal(c.first);
      expect([q2.intent, placeKey(q2)]).to.deep.equal(c.second);
    });
  }

  it('one question with "and" in it stays one', () => {
    expect(ask('what time does bromley open and close').intent).to.equal('hours');
    expect(ask('is brixton and walworth open').intent).to.equal('open-now');
    expect(ask('which desks are open in barking and dagenham').intent).to.equal('borough-desks');
    expect(ask('is hammersmith and fulham left with a counter').intent).to.not.equal('both');
    expect(ask('hi and thanks').intent).to.not.equal('both');
  });

  it('danger is never split: 999 first', () => {
    expect(ask('someone is breaking in right now and where is the nearest station').intent).to.equal('emergency');
  });

  it('the conversation goes on from the second answer: "and on Monday?" after both', () => {
    const [, next] = conversation(['Address of Croydon and is it open Sunday?', 'and on monday?']);
    expect(next.intent).to.equal('hours');
    expect(placeKey(next)).to.equal('place:croydon');
  });
});

describe('two questions in one: through the bot', () => {
  async function lines(say: string): Promise<string[]> {
    return (await new Conversation().askText(say)).split('\n');
  }

  it('Ealing: closed on 14 December 2017, then the nearest counter open now, measured from Ealing', async () => {
    const [first, second] = await lines("Is Ealing's closed and where's the nearest open one?");
    // "Is Ealing's closed?" is a yes/no question: "Yes" first.
    expect(first).to.equal('Yes, the front counter at **Ealing Police Station** closed on 14 December 2017.');
    expect(second).to.match(/^The nearest front counter open now to Ealing is \*\*Acton Police Station\*\*/);
  });

  it('Croydon: the address, then Sunday’s hours (09:00–19:00)', async () => {
    const [first, second] = await lines('Address of Croydon and is it open Sunday?');
    expect(first).to.equal('**Croydon Police Station**: 71 Park Lane, Croydon CR9 1BP.');
    expect(second).to.equal('Yes, **Croydon Police Station** is open on Sunday 29 November, 09:00–19:00.');
  });

  it('Lewisham: closing time tonight and whether it is 24 hours (it is)', async () => {
    const text = (await lines('what time does lewisham close tonight and is it 24 hours')).slice(0, 2).join('\n');
    expect(text).to.match(/Lewisham Police Station/);
    expect(text).to.match(/24 hours/);
  });

  it('Wembley: open now (until 22:00), then where else to go from Wembley', async () => {
    const [first, second] = await lines('is wembley open now, if not where can I go');
    expect(first).to.match(/Wembley Police Station\*\* is open now, until 22:00/);
    expect(second).to.match(/Wembley/);
  });

  it('a half that needs a place is asked alone: "is it open and where is the nearest?" with nothing before', async () => {
    const text = await new Conversation().askText('is it open and where is the nearest one');
    expect(text).to.match(/postcode|which (police )?station|where are you/i);
  });
});
