/**
 * What a yes/no question asks to be so (`yesNo` on status and hours questions),
 * read from how it is asked: a verb first, "if"/"whether", or a state without
 * its verb ("acton still open?"); never a question word, a negation, the past,
 * or the hours asked for as such.
 */
import { expect } from 'chai';
import type { Question, YesNoAsked } from '../../src/understanding/question';
import { ask, conversation } from './helpers';

function yesNoOf(q: Question): YesNoAsked | undefined {
  return 'yesNo' in q ? q.yesNo : undefined;
}

const CASES: Record<YesNoAsked, string[]> = {
  open: [
    'is acton still open',
    'Is Woodford staying open?',
    'tottenham police station still open??',
    'do you know if brixton police station is still there',
    'is ilford open on sunday',
    'plumstead police open sunday?',
    'is croydon police station open at 11pm?',
    'could I go to hayes police station on saturday',
    'hi, is brixton open now',
  ],
  closed: ['has chingford police station shut down', 'is twickenham closed?', 'is hayes closed on sundays', 'does ilford police station close on sundays', 'is woodford police station gone'],
  closing: [
    'is acton closing?',
    'is brixton police station at risk of closure',
    'will hammersmith close',
    'are they going to shut ilford police station',
    'is walworth under threat',
    'is lavender hill police station closing down',
  ],
  'round-the-clock': ['is hayes open 24 hours', 'is hayes a 24 hour station?', 'hayes 24/7?', 'is lewisham open all night', 'is charing cross always open'],
  closes: ['does hayes close at night', 'does ilford police station shut overnight', 'is hayes closed overnight'],
};

describe('understanding: what a yes/no question asks', () => {
  for (const [asked, messages] of Object.entries(CASES)) {
    it(`${asked}: ${messages.length} ways of asking`, () => {
      for (const m of messages) expect(yesNoOf(ask(m)), m).to.equal(asked);
    });
  }

  it('status questions ask open, closed or closing; hours questions any of them', () => {
    expect(ask('is acton still open').intent).to.equal('status');
    expect(ask('is acton closing?').intent).to.equal('status');
    expect(ask('is hayes open 24 hours').intent).to.equal('hours');
    expect(ask('does hayes close at night').intent).to.equal('hours');
  });

  it('not a yes/no question: the hours or a time asked for, a question word, a negation, the past, reopening', () => {
    for (const m of [
      'hayes hours sunday',
      'what time does ilford open on sunday',
      'when does hayes close',
      'how late is sutton open',
      'brixton opening times',
      "isn't acton open any more?",
      'is acton not open anymore',
      'was pinner police station open on saturdays',
      'was forest gate police station closed because of the fire',
      'is woodford reopening',
      'is sutton open late',
    ]) {
      expect(yesNoOf(ask(m)), m).to.equal(undefined);
    }
  });

  it('"gone" asks whether a counter is gone only at the end: "they have gone. is kingston open now?" asks open', () => {
    expect(yesNoOf(ask('ok they have gone. is kingston open now?'))).to.equal('open');
  });

  it('a follow-up asks the last question again, yes or no as before', () => {
    const [, again] = conversation(['is brixton still open?', 'what about acton?']);
    expect(again.intent).to.equal('status');
    expect(yesNoOf(again)).to.equal('open');
    const [, sunday] = conversation(['is ilford open now?', 'and on sunday?']);
    expect(yesNoOf(sunday)).to.equal('open');
  });
});
