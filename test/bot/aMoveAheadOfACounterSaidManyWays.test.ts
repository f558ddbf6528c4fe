/**
 * A move ahead asked of a counter ("is the stratford counter moving", "will the stratford counter move back to forest
 * gate", "are they moving the stratford counter", "any plans to move stratford police station"): what the sources say
 * of a move first (Stratford: the estates strategy's note that it is to close once officers move into the
 * redeveloped Forest Gate), then that no move or closure is decided and the opening that brought the counter there;
 * a counter with nothing on record: no move planned, as far as the sources show. A closed counter ("is forest gate
 * moving back"): when it closed, where its desk went and the note that speaks of the move. Where it answered with the
 * counter's hours, or compared it with Forest Gate. The resident's own move, a move gone by, and danger unchanged.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst, knowledge } from './harness';

/** The estates strategy's note on Stratford, as the timeline holds it: the reply quotes it, never a text of its own. */
const stratfordNote = knowledge.timeline.eventsFor('stratford').find((e) => e.kind === 'note' && /\bmove\b/.test(e.value))!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a move ahead asked of a counter: what the sources say of a move first', () => {
  it('the timeline holds a note on Stratford that speaks of a move', () => {
    expect(stratfordNote, 'note').to.not.equal(undefined);
  });

  for (const say of [
    'is the stratford counter moving',
    'will the stratford counter move back to forest gate',
    'is stratford police station moving?',
    'are they moving the stratford counter',
    'any plans to move stratford police station',
    "will newham's police station move back to forest gate",
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(new RegExp(`^A source of 18 December 2025 says: ${escape(stratfordNote.value.charAt(0).toUpperCase() + stratfordNote.value.slice(1))}`));
      expect(text).to.contain('No move or closure of the front counter at **Stratford Police Station** has been decided, as far as my sources show.');
      expect(text).to.match(/It has been here since 7 March 2024: Mobile front counter/);
    });
  }

  itAnswersFirst(
    [
      ['is brixton police station moving', /^No move of the front counter at \*\*Brixton Police Station\*\* is planned, as far as my sources show\.$/],
      ['is lewisham police station going to relocate', /^No move of the front counter at \*\*Lewisham Police Station\*\* is planned/],
      ['will the charing cross counter move', /^No move of the front counter at \*\*Charing Cross Police Station\*\* is planned/],
    ],
    { understood: true },
  );

  it('"is it moving?" after "is stratford open": of Stratford', async () => {
    const c = new Conversation();
    await c.askText('is stratford open');
    expect(firstLineOf(await c.askText('is it moving?'))).to.match(/^A source of 18 December 2025 says: Estates strategy/);
  });

  it('a closed counter ("is forest gate moving back"): when it closed, where its desk went, the note of the move', async () => {
    const text = await new Conversation().askText('is forest gate moving back');
    expect(firstLineOf(text)).to.equal('The front counter at **Forest Gate Police Station** closed on 6 March 2024.');
    expect(text).to.match(/Its counter moved to \*\*Stratford Police Station\*\*, which is open\./);
    expect(text).to.match(/A source of 18 December 2025 says: Estates strategy: Stratford to close once officers move into redeveloped Forest Gate/);
  });
});

describe('controls: the resident\'s own move, a move gone by, a closure asked, unchanged', () => {
  itAnswersFirst([
    ['i am moving to croydon where is the nearest police station', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
    ['did stratford move', /^My sources record no move of the front counter at \*\*Stratford Police Station\*\*, only a closure for a while/],
    ['is stratford closing', /^No closure of the front counter at \*\*Stratford Police Station\*\* has been decided, as far as my sources show\.$/],
  ]);
});

describe('danger with a move in it still leads with 999', () => {
  for (const say of ['a man is moving towards me with a knife near stratford police station', 'someone is breaking in and moving around downstairs, is stratford police station moving']) {
    it(say, async () => {
      expect999First(await new Conversation().say(say), say);
    });
  }
});
