/**
 * Safety first: danger now is `emergency` whatever else the message says; a
 * crime that is over is `report-crime`; "help" alone is the help intent.
 */
import { expect } from 'chai';
import { soundsLikeEmergency } from '../../src/understanding/emergency';
import { readWords } from '../../src/understanding/message';
import { ask, describe_ } from './helpers';

const EMERGENCIES = [
  'someone is breaking into my house right now',
  "I've been stabbed",
  "there's a man with a knife outside",
  'help he\'s hitting me',
  'fire',
  'FIRE!!!',
  "I'm being followed",
  'help me he\'s got a knife',
  'someone is breaking in, is brixton police station open?',
  'is lewisham open? there is a man outside my door with a gun',
  'my neighbour is being attacked',
  'there\'s someone in my house',
  'someone is trying to get into my flat',
  'my boyfriend is threatening to kill me',
  'he hit me and he is still here',
  'my daughter is missing',
  'someone is stealing my bike right now',
  'I think I smell gas',
  'my house is on fire',
  "there's a fire next door",
  'my friend collapsed and is not breathing',
  'i want to kill myself',
  'I am in danger',
  "i don't feel safe, he is outside",
  'somebody help',
  'help quick',
  'people fighting outside with knives',
  'i have just been robbed',
  'shots fired on my road',
  'nearest police station, i\'m being chased',
];

const NOT_EMERGENCIES: [string, string][] = [
  ['my car was broken into last night, what do I do?', 'report-crime'],
  ['my phone was stolen yesterday', 'report-crime'],
  ['I want to report a crime', 'report-crime'],
  ['i was burgled last month', 'report-crime'],
  ['i got mugged last week, where do i report it', 'report-crime'],
  ['help', 'help'],
  ['help me', 'help'],
  ['can you help me', 'help'],
  ['can anyone help me find the opening hours for brixton police station', 'hours'],
  ['where is the nearest fire station', 'out-of-scope'],
  ['was forest gate police station closed because of the fire', 'status'],
  ['is brixton police station open', 'open-now'],
  ["who do I call if it's not an emergency", 'non-emergency-contact'],
  ['knife crime statistics for hackney', 'service'], // crime figures: the sources do not cover them
];

describe('emergency detection', () => {
  describe('danger now is an emergency, before anything else', () => {
    for (const say of EMERGENCIES) {
      it(`"${say}" -> emergency`, () => {
        expect(ask(say).intent, describe_(ask(say))).to.equal('emergency');
      });
    }
  });

  describe('not an emergency', () => {
    for (const [say, intent] of NOT_EMERGENCIES) {
      it(`"${say}" -> ${intent}`, () => {
        const q = ask(say);
        expect(q.intent, describe_(q)).to.equal(intent);
      });
    }
  });

  it('wins even when the context holds a pending place question', () => {
    const q = ask('someone is kicking my door in right now', {
      pending: { intent: 'nearest', place: null, desk: 'any' },
    });
    expect(q.intent).to.equal('emergency');
  });

  it('is checked even in a message too long to read as a question', () => {
    const long = `${'I have lots to say about my street. '.repeat(40)} There is a man with a knife outside right now.`;
    expect(long.length).to.be.greaterThan(1000);
    expect(ask(long).intent).to.equal('emergency');
  });

  it('reads the normalised words (apostrophes dropped)', () => {
    expect(soundsLikeEmergency(readWords("he's got a gun").join(' '))).to.equal(true);
    expect(soundsLikeEmergency(readWords('what are your opening hours').join(' '))).to.equal(false);
    expect(soundsLikeEmergency('')).to.equal(false);
  });
});
