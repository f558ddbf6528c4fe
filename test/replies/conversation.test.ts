import { expect } from 'chai';
import type { Answer } from '../../src/answers/answer';
import { contactNumber } from '../../src/replies/format/contacts';
import { CHANNELS, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, contactAnswer, contacts, dating, locator, nearbyFrom, placeOf, statusAnswer } from './realAnswers';

describe('replies: contacts and conversation turns', () => {
  describe('contact routes (numbers from resident-facts.md)', () => {
    it('emergency: "Call 999 now" is the first line, and nothing distracts from it', () => {
      const reply = render(contactAnswer('emergency'), 'msteams');
      expect(readAll(reply).split('\n')[0]).to.equal('Call 999 now and ask for the police.');
      expect(reply.speak).to.match(/^Call 999 now/);
      expect(reply.suggestedActions).to.deep.equal([]);
      expect(reply.card).to.equal(null);
    });

    it('report a crime: 101 or online at met.police.uk, 999 in an emergency, what else the Met offers', () => {
      const text = readAll(render(contactAnswer('report-crime')));
      expect(text).to.match(/^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk\. Both run 24\/7\./);
      expect(text).to.contain('call 999');
      expect(text).to.contain('In-person appointments');
      // The source comes on request ("sources"), remembered with the reply, not in the text.
      const reply = render(contactAnswer('report-crime'));
      expect(reply.text).to.not.contain('https://');
      expect(reply.memory.last?.sources.map((s) => s.url)).to.include(contacts.nonEmergency.sources[0]);
    });

    it('interpreter: Language Line through 101 and 999, in the language asked for', () => {
      const text = readAll(render({ ...contactAnswer('interpreter'), language: 'Polish' }));
      expect(text).to.match(/^To speak to the police in Polish, call 101, or 999 in an emergency/);
      expect(text).to.contain('Language Line is available through 101 and 999');
    });

    it('anonymous: Crimestoppers 0800 555 111', () => {
      const text = readAll(render(contactAnswer('anonymous')));
      expect(text).to.contain('Crimestoppers: 0800 555 111');
      expect(text).to.contain('999');
    });
  });

  describe('asking and choosing', () => {
    it('ask-location: asks for a postcode or area, with examples, expecting input', () => {
      const reply = render({ kind: 'ask-location', pending: { intent: 'nearest', desk: '24/7' } });
      expect(reply.text).to.contain("What's your postcode or area? For example E17 4PP or Walthamstow.");
      expect(reply.text).to.contain('nearest 24-hour front counter');
      expect(reply.inputHint).to.equal('expectingInput');
    });

    it('ask-station: asks which station', () => {
      const reply = render({ kind: 'ask-station', pending: { intent: 'hours' } });
      expect(reply.text).to.contain('Which police station would you like the opening hours for?');
      expect(reply.inputHint).to.equal('expectingInput');
    });

    for (const channel of CHANNELS) {
      it(`choose-place on ${channel}: "Did you mean Wood Green or Woodford?" with a button for each`, () => {
        const candidates = [placeOf('Wood Green'), placeOf('Woodford')];
        const reply = render({ kind: 'choose-place', candidates, pending: { intent: 'nearest' } }, channel);
        const labels = candidates.map((c) => c.label);
        expect(reply.text).to.equal(`Did you mean ${labels[0]} or ${labels[1]}?`);
        // A choice appears once: as card buttons, not again as suggested actions.
        expect(reply.suggestedActions).to.deep.equal([]);
        const buttons = JSON.stringify(reply.card);
        for (const l of labels) expect(buttons).to.contain(channel === 'msteams' ? `"value":"${l}"` : `"data":"${l}"`);
      });
    }

    it('choose-place without cards (SMS): the choice as suggestions, and no card', () => {
      const candidates = [placeOf('Wood Green'), placeOf('Woodford')];
      const reply = render({ kind: 'choose-place', candidates, pending: { intent: 'nearest' } }, 'sms');
      expect(reply.card).to.equal(null);
      expect(reply.suggestedActions).to.deep.equal(candidates.map((c) => c.label));
    });

    it('a postcode outside London: not in the Met area, contact your local force via 101', () => {
      const text = readAll(render({ kind: 'postcode-outside-london', postcode: 'M1 1AE', contacts }));
      expect(text).to.contain('M1 1AE is outside London, so it is not in the Metropolitan Police area');
      expect(text).to.contain('call 101');
      expect(text).to.contain('local');
    });

    it('an unknown postcode, and a place not found: say so and ask again', () => {
      const unknown = render({ kind: 'postcode-unknown', postcode: 'E99 9ZZ' });
      expect(unknown.text).to.contain("I couldn't find the postcode E99 9ZZ");
      expect(unknown.inputHint).to.equal('expectingInput');
      const notFound = render({ kind: 'place-not-found', query: 'Atlantis' });
      expect(notFound.text).to.contain('I couldn\'t find "Atlantis" among the London places and police stations I know');
      // Not "in London": a neighbourhood the gazetteer lacks is still in London, so the reply does not say otherwise.
      expect(notFound.text).to.not.match(/couldn't find "Atlantis" in London/);
      expect(notFound.text).to.contain('postcode').and.contain('borough');
    });

    it('a place only (N9 0PW): what is near it, then what would you like to know', () => {
      const place = placeOf('N9 0PW');
      const reply = render({ kind: 'place-only', place, station: null, nearby: nearbyFrom(place, THURSDAY_AFTERNOON), dating: dating(THURSDAY_AFTERNOON) });
      const text = readAll(reply);
      expect(text).to.contain('The nearest front counter open now to N9 0PW is Edmonton Police Station');
      expect(text).to.contain('What would you like to know about N9 0PW?');
      expect(reply.inputHint).to.equal('expectingInput');
    });

    it('a place only that is a station (Colindale): its status and hours', () => {
      const status = statusAnswer('colindale', THURSDAY_AFTERNOON).status;
      const found = locator.locate('colindale');
      expect(found.status).to.equal('found');
      const place = (found as { match: Extract<Answer, { kind: 'place-only' }>['place'] }).match;
      const text = readAll(render({ kind: 'place-only', place, station: status, nearby: null, dating: dating(THURSDAY_AFTERNOON) }));
      expect(text).to.contain('The front counter at Colindale Police Station is open');
      expect(text).to.contain('Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00');
    });
  });

  describe('small talk', () => {
    it('welcome: what the bot does, not for reporting crime (999 / 101), answers are dated', () => {
      const reply = render({ kind: 'welcome', contacts }, 'msteams');
      expect(reply.text).to.match(/^Hello, I'm StationDesk\./);
      expect(reply.text).to.contain("I can't take crime reports. In an emergency, call 999. Otherwise call 101 or report online at met.police.uk.");
      expect(reply.text).to.contain('the date it applies to');
      expect(reply.card).to.equal(null);
      expect(reply.suggestedActions).to.have.length(3);
    });

    it('identity uses the bot name it is given', () => {
      const reply = render({ kind: 'identity', contacts });
      expect(reply.text).to.match(/^I'm StationDesk, a chatbot/);
    });

    const turns: Array<[Answer, RegExp]> = [
      [{ kind: 'greeting', contacts }, /^Hello!/],
      [{ kind: 'help', contacts }, /You can ask things like:\n- Is Acton police station still open\?/],
      [{ kind: 'thanks', contacts }, /^You're welcome\./],
      [{ kind: 'goodbye', contacts }, /^Goodbye\. .*999.*101/],
      [{ kind: 'cancelled', contacts }, /^OK, I've stopped that\./],
      [{ kind: 'forgotten', contacts }, /^I've cleared what I stored about you in this conversation\./],
      [{ kind: 'non-english', language: 'Spanish', contacts }, /^If this is an emergency, call 999 now\. When 999 answers, say "Spanish": an interpreter can join the call\.\n+I answer in English \(I think you wrote in Spanish\): send me your postcode/],
      [{ kind: 'out-of-scope', reason: 'joke', contacts }, /^I'm afraid I don't know any jokes[\s\S]*opening hours/],
      [{ kind: 'out-of-scope', reason: 'unrelated', contacts }, /^Sorry, I can't help with that[\s\S]*999/],
      [{ kind: 'out-of-scope', reason: 'nonsense', contacts }, /^Sorry, I didn't understand that\./],
      [{ kind: 'out-of-scope', reason: 'empty', contacts }, /^I didn't get a message\./],
      [{ kind: 'out-of-scope', reason: 'too-long', contacts }, /one short question/],
    ];
    for (const [answer, expected] of turns) {
      it(`${answer.kind}${'reason' in answer ? ` (${answer.reason})` : ''}: short, polite, no card`, () => {
        for (const channel of CHANNELS) {
          const reply = render(answer, channel);
          expect(reply.text).to.match(expected);
          expect(reply.card).to.equal(null);
        }
      });
    }
  });
});

describe('replies: contact numbers', () => {
  it('the fallback numbers, used only by answers that carry no contacts, are the ones in the resident facts', () => {
    for (const key of ['emergency', 'nonEmergency', 'anonymous', 'interpreter'] as const) {
      expect(contactNumber(null, key), key).to.equal(contactNumber(contacts, key));
    }
  });
});
