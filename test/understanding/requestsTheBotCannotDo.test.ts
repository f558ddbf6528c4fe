/**
 * Requests the bot cannot do ("order me a cab to Lewisham", "call the police
 * for me", "book me an appointment at Ilford") are read as such, in many
 * phrasings, never as a question about the station they name; the station
 * named rides along for one helpful line. Questions the bot can answer that
 * use the same verbs ("how do I contact the police?", "where can I get a taxi
 * to Lewisham station?") are not requests.
 */
import { expect } from 'chai';
import type { Question } from '../../src/understanding/question';
import { ask, conversation, describe_, stationIdOf } from './helpers';
import { REQUESTS } from './requestMessages';

/** Same verbs, but a question the bot answers. */
const NOT_REQUESTS: [string, Question['intent']][] = [
  ['how do i contact the police', 'non-emergency-contact'],
  ['what number do i call for the police', 'non-emergency-contact'],
  ['where can i get a taxi to lewisham station', 'nearest'],
  ['how do i get to lewisham police station', 'address'],
  ['i need an interpreter', 'interpreter'],
  ['can you tell me the hours for ilford', 'hours'],
  ['can you find me the nearest station', 'nearest'],
  ['how do i report a crime', 'report-crime'],
  ['in order to report a crime where do i go', 'nearest'],
  ['how can i contact walworth police station', 'non-emergency-contact'],
  ['can you tell me if ilford is open', 'open-now'],
  // A time asked inside another question: the counter's opening times.
  ['let me know when brixton opens', 'hours'],
  ['send me the address of lewisham', 'address'],
  ['can you tell me the nearest station', 'nearest'],
  ['what time does the desk open', 'hours'],
  ['where can i hand in my documents to the police', 'nearest'],
];

describe('requests the bot cannot do', () => {
  for (const { say, task, station } of REQUESTS) {
    it(`${say} -> cannot do: ${task}${station ? ` (${station})` : ''}`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal('cannot-do');
      expect((q as Extract<Question, { intent: 'cannot-do' }>).task, describe_(q)).to.equal(task);
      expect(stationIdOf(q), describe_(q)).to.equal(station);
    });
  }

  for (const [say, intent] of NOT_REQUESTS) {
    it(`${say} -> ${intent}, not a request`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal(intent);
    });
  }

  it('danger comes first: "call the police for me, someone is breaking in" is an emergency', () => {
    expect(ask('call the police for me, someone is breaking in').intent).to.equal('emergency');
    expect(ask('send an officer round now, my ex is kicking the door in').intent).to.equal('emergency');
  });

  it('is a request even while the bot waits for a place', () => {
    const q = ask('book me an appointment at ilford', { pending: { intent: 'hours', place: null, when: { kind: 'week' } }, lastIntent: 'hours' });
    expect(q.intent, describe_(q)).to.equal('cannot-do');
  });

  it('the station named becomes the one discussed: "is it open?" next is about it', () => {
    const [request, followUp] = conversation(['order me a cab to Lewisham', 'is it open now?']);
    expect(request.intent).to.equal('cannot-do');
    expect(stationIdOf(followUp), describe_(followUp)).to.equal('lewisham');
  });
});
