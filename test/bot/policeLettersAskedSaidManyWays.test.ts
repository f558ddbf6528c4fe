/**
 * Letters the police, their watchdog and partners go by, asked what they mean ("wat does pcso stand for", "whats a crn",
 * "what does asb mean", "they gave me a cad number what is that"): spelled out in the data's own words where it does so
 * ("Police Community Support Officers (PCSOs)"), else said plainly that the sources do not say, and where to ask (was: the
 * plain "Sorry, I can't help with that", or "report a crime" for ASB). First or after a counter question. Controls: other
 * letters ("bt", "nhs") keep the plain decline, what a PCSO does stays police work, danger said with "stand for" leads
 * with 999, a counter's hours keep their answer.
 */
import { expect } from 'chai';
import { itAnswersFirst, itAnswersLast, knowledge } from './harness';
import { termSpelledOut } from '../../src/answers/serviceQuestion';

const SPELLED = /^PCSO stands for Police Community Support Officer\.$/;
const NOT_SAID = (letters: string) => new RegExp(`^My sources don't say what ${letters} stands for: they are about London's police front counters\\. Check met\\.police\\.uk or call 101\\.$`);

describe('police letters asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['wat does pcso stand for', SPELLED],
      ['whats a pcso', SPELLED],
      ['pcso meaning?', SPELLED],
      ['what r pcsos', SPELLED],
      ['what is the acronym pcso', SPELLED],
      ['what pcso stands for?', SPELLED],
      ['what does iopc stand for', NOT_SAID('IOPC')],
      ['whats a crn', NOT_SAID('CRN')],
      ['what does asb mean', NOT_SAID('ASB')],
      ["what's a cad number", NOT_SAID('CAD')],
      ['what does CRN stand for', NOT_SAID('CRN')],
      ['meaning of mopac', NOT_SAID('MOPAC')],
      ['wat does mopac stand 4', NOT_SAID('MOPAC')],
      ['what do the letters cps stand for', NOT_SAID('CPS')],
      ['they gave me a crn what does that mean', NOT_SAID('CRN')],
      ['got a cad number off 101 what is that', NOT_SAID('CAD')],
    ],
    { understood: true },
  );
  itAnswersLast([
    [['is brixton open now?', 'what does pcso stand for'], SPELLED],
    [['when does ilford close', 'whats a crn'], NOT_SAID('CRN')],
  ]);

  it('the spelling-out is the data\'s own, and letters it does not spell out have none', () => {
    expect(termSpelledOut(knowledge.data, 'PCSO').fact?.text).to.match(/Police Community Support Officers \(PCSOs\)/);
    expect(termSpelledOut(knowledge.data, 'CAD').meaning).to.equal(undefined);
  });

  describe('controls', () => {
    itAnswersFirst([
      ["what's bt short for", /^Sorry, I can't help with that: I only know about London's police front counters\.$/],
      ['wat does nhs stand 4', /^Sorry, I can't help with that: I only know about London's police front counters\.$/],
      ['what does a pcso do', /^I don't know that: my sources don't cover what police officers and PCSOs do/],
      ['i cant stand for this any more hes hitting me', /^\*\*Call 999 now\*\*/],
      ['there is asb outside my flat right now and theyre smashing windows', /999/],
      ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ]);
  });
});
