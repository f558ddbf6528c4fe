/**
 * Danger with no crime word (someone in or getting into the home, someone arriving with something used as a weapon)
 * is read as danger now; a person's situation that nothing else reads ("he's outside", "I'm scared") is the safety
 * net, 999 first said as a condition; questions off the subject and crimes told as over are read as before. Messages
 * and generators: dangerWithoutCrimeWords.ts; the bot-level twin: test/bot/dangerWithoutCrimeWords.test.ts.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readDanger } from '../../src/understanding/emergency';
import { DANGER_WITHOUT_CRIME_WORDS, NOT_DANGER, SITUATIONS_NOW, armedAtTheDoor, someoneInTheHome } from './dangerWithoutCrimeWords';
import { ask, describe_ } from './helpers';

describe('danger without crime words', () => {
  for (const [kind, messages] of Object.entries(DANGER_WITHOUT_CRIME_WORDS)) {
    it(`${kind} (${messages.length} messages): danger now, read for sure`, () => {
      for (const say of messages) {
        const q = ask(say);
        expect(q, `${say} -> ${describe_(q)}`).to.deep.include({ intent: 'emergency' });
        expect(q, `${say} -> ${describe_(q)}`).to.not.have.property('unsure');
      }
    });
  }

  it(`a person's situation now, nothing else read (${SITUATIONS_NOW.length} messages): 999, never out of scope`, () => {
    const unsure = SITUATIONS_NOW.filter((say) => {
      const q = ask(say);
      expect(q.intent, `${say} -> ${describe_(q)}`).to.equal('emergency');
      return q.intent === 'emergency' && q.unsure === true;
    });
    // Most of these tell no harm for sure: the safety net reads them, not the danger stage.
    expect(unsure.length).to.be.greaterThan(SITUATIONS_NOW.length / 2);
  });

  it('the safety net says why: a situation read, and no sign of harm', () => {
    expect(readDanger("he's outside")).to.deep.include({ now: false, situation: true });
    expect(readDanger("i'm scared to go home tonight")).to.deep.include({ now: false, situation: true });
    expect(readDanger('what is the capital of france')).to.deep.include({ now: false, situation: false });
    expect(readDanger('he was outside my flat last week').situation).to.equal(false);
  });

  it('a time gone by puts it over; an arrival does not ("my ex turned up" is now)', () => {
    expect(readDanger('my ex has turned up with a hammer').now).to.equal(true);
    expect(readDanger('someone tried my car door handle last night').now).to.equal(false);
    expect(readDanger('i heard noises downstairs last night and my laptop is gone').now).to.equal(false);
    expect(readDanger('my ex turned up at my work yesterday with a hammer').now).to.equal(false);
  });

  describe(`not danger (${NOT_DANGER.length} messages): read as before`, () => {
    for (const { say, intent } of NOT_DANGER) {
      it(`${say} -> ${intent}`, () => {
        const q = ask(say);
        expect(q.intent, `${say} -> ${describe_(q)}`).to.equal(intent);
      });
    }
  });

  it('someone heard in the home × where × alone or at night (fast-check): danger now', () => {
    fc.assert(
      fc.property(someoneInTheHome, (say) => {
        const q = ask(say);
        expect(q, `${say} -> ${describe_(q)}`).to.deep.equal({ intent: 'emergency' });
      }),
      { numRuns: 300 },
    );
  });

  it('someone here or arriving × something used as a weapon (fast-check): danger now', () => {
    fc.assert(
      fc.property(armedAtTheDoor, (say) => {
        const q = ask(say);
        expect(q.intent, `${say} -> ${describe_(q)}`).to.equal('emergency');
        expect(q, `${say} -> ${describe_(q)}`).to.not.have.property('unsure');
      }),
      { numRuns: 300 },
    );
  });
});
