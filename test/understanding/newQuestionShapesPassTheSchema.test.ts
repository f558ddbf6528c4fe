/**
 * "instead" after "is hayes police station open at 9am tomorrow?" asks somewhere else at that moment: the question
 * carries the moment (`when`), and is valid by the question schema (found by the property test on a clean clone).
 */
import { expect } from 'chai';
import type { ConversationContext } from '../../src/understanding/question';
import { understand } from '../../src/understanding/understand';
import { finder, NOW } from './helpers';
import { questionProblem } from './questionSchema';

describe('somewhere else at the moment asked, as a question', () => {
  it('carries the moment and is a valid question', () => {
    const hayes = {
      text: 'hayes police station',
      result: {
        status: 'found',
        match: { kind: 'station', label: 'Hayes Police Station (Hayes End)', point: { lat: 51.52519, lon: -0.43507 }, approximate: false, borough: 'Hillingdon', stationId: 'hayes', score: 1 },
        alternatives: [],
      },
    } as const;
    const when = { kind: 'instant', iso: '2026-11-27T09:00:00.000+00:00', label: '9am tomorrow' } as const;
    const context = {
      lastIntent: 'open-now',
      lastQuestion: { intent: 'open-now', place: { ...hayes, fromContext: true }, when, yesNo: 'open' },
      lastPlace: hayes,
      lastWhen: when,
    } as unknown as ConversationContext;
    for (const say of ['<b>instead</b>', 'somewhere else instead?']) {
      const question = understand(say, context, NOW, finder);
      expect(question, say).to.deep.include({ intent: 'alternatives', when });
      expect(questionProblem(question), say).to.equal(null);
    }
  });
});

describe("this session's new question fields are valid by the schema", () => {
  for (const say of [
    'is brixton open saturday evening',
    'ilford sunday morning?',
    'who decided to close the police stations',
    'when were the closures decided',
    'how many police stations closed each year',
    'which year had the most closures',
    'what happened to the police station in bow',
  ]) {
    it(say, () => expect(questionProblem(understand(say, {}, NOW, finder)), say).to.equal(null));
  }
});
