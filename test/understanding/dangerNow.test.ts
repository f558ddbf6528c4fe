/**
 * Danger, however it is said: a message about harm happening now or about to
 * happen is an emergency (999 first), whether or not it says "help", "knife"
 * or "999", and whatever else it asks; harm told as over is not. The messages
 * are in `dangerMessages.ts` (shared with the bot tests).
 */
import { expect } from 'chai';
import { readDanger } from '../../src/understanding/emergency';
import type { ConversationContext, EmergencyService, Question } from '../../src/understanding/question';
import { DANGER_NOW, DEAF_OR_SPEECH_IMPAIRED, UNSAFE_TO_SPEAK } from './dangerMessages';
import { ask, conversation, describe_ } from './helpers';

/** The words a keyword list would look for: most of our messages have none of them. */
const KEYWORDS = /\b(?:help|knife|knives|gun|guns|999|emergency|police)\b/i;

const ALL = Object.values(DANGER_NOW).flat();

function expectEmergency(q: Question, say: string): void {
  expect(q.intent, `${say} -> ${describe_(q)}`).to.equal('emergency');
}

describe('danger now leads with 999, however it is said', () => {
  it('holds at least 60 messages, most of them with no keyword a list would catch', () => {
    expect(ALL.length).to.be.at.least(60);
    const withoutKeywords = ALL.filter((say) => !KEYWORDS.test(say));
    expect(withoutKeywords.length / ALL.length, 'share of messages with none of help/knife/gun/999/emergency/police').to.be.at.least(0.75);
  });

  for (const [kind, messages] of Object.entries(DANGER_NOW)) {
    describe(kind, () => {
      for (const say of messages) it(say, () => expectEmergency(ask(say), say));
    });
  }

  describe('when speaking is unsafe, the Silent Solution goes with it', () => {
    for (const say of UNSAFE_TO_SPEAK) {
      it(say, () => {
        const q = ask(say);
        expectEmergency(q, say);
        expect(q, describe_(q)).to.include({ silentCall: true });
      });
    }
  });

  describe('when the resident is deaf or speech-impaired, text 999 and Relay UK go with it', () => {
    for (const say of DEAF_OR_SPEECH_IMPAIRED) {
      it(say, () => {
        const q = ask(say);
        expectEmergency(q, say);
        expect(q, describe_(q)).to.include({ textOrRelay: true });
        expect(q, 'not told to stay silent').to.not.have.property('silentCall');
      });
    }
  });

  describe('wins over every other reading', () => {
    it('a station named in the same message', () => {
      for (const say of DANGER_NOW['in the middle of a station question']) expectEmergency(ask(say), say);
    });

    it('after a station question, in the next message', () => {
      const [hours, danger] = conversation(['what time does brixton shut on sunday', 'theres a man outside trying the door handles']);
      expect(hours.intent).to.equal('hours');
      expectEmergency(danger, 'after hours');
    });

    it('while a question waits for a place, and as a follow-up', () => {
      const waiting: ConversationContext = { pending: { intent: 'nearest', place: null, desk: 'any' }, lastIntent: 'nearest' };
      expectEmergency(ask('my neighbour is being beaten up', waiting), 'pending');
      const [, , followUp] = conversation(['is lewisham open', 'and walworth?', 'and someone is following my daughter right now']);
      expectEmergency(followUp, 'follow-up');
    });

    it('after a list of counters', () => {
      const [list, danger] = conversation(['which counters are open 24 hours', 'which one, a guy is punching my brother outside']);
      expect(list.intent).to.equal('list-24x7');
      expectEmergency(danger, 'after a list');
    });
  });

  describe('harm that is over is not an emergency, and never out of scope', () => {
    const PAST: [string, Question['intent'] | null][] = [
      ['where do i report a car accident', 'report-crime'],
      ['i was in a car crash last year, where do i report it', 'report-crime'],
      ['my bike was stolen last week', 'report-crime'],
      ['someone broke into my shed over the weekend', 'report-crime'],
      ['i got mugged last week, where do i report it', 'report-crime'],
      ['a man exposed himself to me on the bus last week, who do I tell', 'report-crime'],
      ['my car was broken into outside brixton police station last night', 'report-crime'],
      ['i was assaulted last year, can i still report it at walworth', null],
      ['my car got keyed, is hammersmith open tomorrow', null],
      ['is Brixton open, I need to report a fight from last night', null],
      ['my son went missing in 2019, which station deals with old cases', null],
      ['my dad used to hit me when i was a kid, can i report it', null],
      ['i was attacked three weeks ago, can i go to ilford about it', null],
    ];
    for (const [say, intent] of PAST) {
      it(`${say} -> ${intent ?? 'not emergency'}`, () => {
        const q = ask(say);
        expect(q.intent, describe_(q)).to.not.equal('emergency');
        expect(q.intent, describe_(q)).to.not.equal('out-of-scope');
        if (intent) expect(q.intent, describe_(q)).to.equal(intent);
      });
    }

    const NOT_HARM = [
      // Words a body in crisis, a fire or a threat shares with everyday talk.
      'the talks collapsed',
      'my phone is dead, is ilford open',
      'what a stroke of luck, brixton is open',
      'my bag was left in the car',
      "they're after my job",
      'my dad is coming for me at 5',
      "i'm going to get my son from school",
      'can you get me the hours',
      'we went swimming in the lake last summer',
      "there's a boat in the river",
      "I'm confused about the opening hours",
      'i had chest pains yesterday, is brixton open',
      'my dad had a stroke last year, which station is step free',
      'i hit my head on the door last week',
      'my house burned down in 2019',
      'knife crime statistics for hackney',
      'how many stabbings were there in hackney last year',
      'is brixton police station following the new opening hours',
      'the cuts are hurting the elderly most',
      'i drive past croydon police station every day, is it open',
      'is it true that closing stations puts lives in danger',
      'which stations are at risk of closing',
      'does lewisham have a missing persons unit',
      'I want to report a missing person',
      'i found a knife in the park where do i hand it in',
    ];
    for (const say of NOT_HARM) {
      it(`${say} -> not an emergency`, () => {
        const q = ask(say);
        expect(q.intent, describe_(q)).to.not.equal('emergency');
      });
    }
  });

  describe('999 is asked for the service the danger needs, where the lexicon knows which', () => {
    const SERVICES: [string, EmergencyService[] | 'police only'][] = [
      ['my dad has collapsed in the kitchen', ['ambulance']],
      ["she's not breathing", ['ambulance']],
      ['my son is having a seizure', ['ambulance']],
      ['he has chest pains and feels sick', ['ambulance']],
      ['my flatmate took a load of paracetamol', ['ambulance']],
      ['a woman got hit by a bus outside', ['police', 'ambulance']],
      ['the house next door is on fire', ['fire']],
      ['smoke is pouring out of the flat below', ['fire']],
      ["someone's been stabbed outside the chicken shop", ['police', 'ambulance']],
      ['a man just got shot on my road', ['police', 'ambulance']],
      ['a man is hitting a woman at the bus stop', 'police only'],
      ["he says he's gonna do me in", 'police only'],
      ['somebody help', 'police only'],
      ['a child fell into the canal', []],
      ['our carbon monoxide alarm is going off', []],
      ['a man is hitting his girlfriend and she is bleeding', ['police', 'ambulance']],
      ['a car is on fire and the driver is unconscious', ['ambulance', 'fire']],
    ];
    for (const [say, services] of SERVICES) {
      it(`${say} -> ${Array.isArray(services) ? services.join(' and ') || 'no service named' : services}`, () => {
        const q = ask(say);
        expectEmergency(q, say);
        if (q.intent !== 'emergency') return;
        if (services === 'police only') expect(q.services, describe_(q)).to.equal(undefined);
        else expect(q.services, describe_(q)).to.deep.equal(services);
      });
    }
  });

  describe('questions about the 999 service are answered, never out of scope', () => {
    const ABOUT_999: [string, Partial<Record<'silentCall' | 'textOrRelay', true>>][] = [
      ['when should I call 999 instead of 101', {}],
      ['is 999 free from a mobile', {}],
      ['what is the silent solution', { silentCall: true }],
      ['what does pressing 55 do when you ring 999', { silentCall: true }],
      ['how does emergency sms work', { textOrRelay: true }],
      ['do i need to register to text 999', { textOrRelay: true }],
      ['what is relay uk', { textOrRelay: true }],
      ['how do hard of hearing people reach the police in an emergency', { textOrRelay: true }],
    ];
    for (const [say, ways] of ABOUT_999) {
      it(say, () => {
        const q = ask(say);
        expect(q.intent, describe_(q)).to.not.equal('out-of-scope');
        if (Object.keys(ways).length > 0) {
          expectEmergency(q, say);
          expect(q, describe_(q)).to.include(ways);
        }
      });
    }
  });

  describe('the reading says why', () => {
    it('each sign of harm is placed in time, and only harm over is left out', () => {
      const reading = readDanger('my bike was stolen yesterday, and now a man is following me');
      expect(reading.now).to.equal(true);
      const kinds = reading.signs.map((s) => `${s.kind}:${s.moment}`);
      expect(kinds).to.include('harm:now');
      expect(readDanger('my bike was stolen yesterday').now).to.equal(false);
    });

    it('a moment in one clause is not the moment of another ("is it open now? my car was broken into")', () => {
      expect(readDanger('is brixton open now? my car was broken into last night').now).to.equal(false);
      expect(readDanger('is brixton open? my car is being broken into now').now).to.equal(true);
    });

    it('reads any text without throwing', () => {
      for (const text of ['', '   ', '?!', 'a'.repeat(20000), '\u0000\ud800', '🚨🚨🚨', 'constructor toString __proto__']) {
        expect(() => readDanger(text)).to.not.throw();
      }
    });
  });
});
