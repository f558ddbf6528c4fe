/**
 * Property test (fast-check): a message about danger, built from templates
 * (someone × an act of harm × a person hurt × a place close by × a moment
 * now, in several sentence shapes, cases and with a station question around
 * it; or someone × a body in crisis), is always an emergency and never out of
 * scope. The generator is in
 * dangerMessages.ts; the bot-level twin is in test/bot/dangerFirst.test.ts.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { dangerMessage, medicalMessage } from './dangerMessages';
import { ask, describe_ } from './helpers';

describe('a message about danger is always an emergency, never out of scope (fast-check)', function () {
  this.timeout(120_000);

  it('someone × act × person × place × moment, in four shapes, cases and around a station question', () => {
    fc.assert(
      fc.property(dangerMessage, (say) => {
        const q = ask(say);
        expect(q.intent, `${say} -> ${describe_(q)}`).to.equal('emergency');
      }),
      { numRuns: 600 },
    );
  });

  it('someone × a body in crisis (no violence word) × place × moment: 999, and an ambulance asked for', () => {
    fc.assert(
      fc.property(medicalMessage, (say) => {
        const q = ask(say);
        expect(q.intent, `${say} -> ${describe_(q)}`).to.equal('emergency');
        expect(q.intent === 'emergency' && q.services, `${say} -> ${describe_(q)}`).to.include('ambulance');
      }),
      { numRuns: 400 },
    );
  });
});
