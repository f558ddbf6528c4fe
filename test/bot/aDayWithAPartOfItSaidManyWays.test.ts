/**
 * A day asked with a part of it ("is brixton open saturday evening", "ilford sunday morning?", "can i go to lewisham on
 * monday night"), through the real turn pipeline: answered for that part of the day, not the whole day. Open for all of
 * it: yes; for none of it: no, with that day's hours; for some of it: said first ("Only until 19:00 in the evening",
 * "From 09:00 in the morning"), with that day's hours. The parts are taken as: morning 08:00-12:00, afternoon
 * 12:00-18:00, evening 18:00-22:00, night 20:00-midnight. A time asked for ("what time does it close tonight") is still
 * the day's hours; a greeting is no part. Danger told with the same words still leads with 999. Facts from data/.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

describe('a day with a part of it, said many ways: answered for that part', () => {
  describe('open for only some of it: said first, with the day\'s hours', () => {
    itAnswersFirst(
      [
        ['is brixton open saturday evening', /^Only until 19:00 in the evening: \*\*Brixton Police Station\*\* is open on Saturday 28 November, 09:00–19:00\.$/],
        ['brixton sat eve', /^Only until 19:00 in the evening: \*\*Brixton Police Station\*\* is open on Saturday 28 November, 09:00–19:00\.$/],
        ['can i go to brixton on monday night', /^Only until 22:00 at night: \*\*Brixton Police Station\*\* is open on Monday 30 November, 10:00–22:00\.$/],
        ['ilford sunday morning?', /^From 09:00 in the morning: \*\*Ilford Police Station\*\* is open on Sunday 29 November, 09:00–19:00\.$/],
        ['is brixton open tomorrow morning', /^From 10:00 in the morning: \*\*Brixton Police Station\*\* is open tomorrow, Friday 27 November, 10:00–22:00\.$/],
        ['hayes police open on a sunday evening?', /^Only until 19:00 in the evening: \*\*Hayes Police Station \(Hayes End\)\*\* is open on Sunday 29 November/],
        ['will kingston be open on saturday in the evening', /^Only until 19:00 in the evening: \*\*Kingston Police Station\*\* is open on Saturday 28 November/],
        ['was brixton open last saturday evening', /^Only until 19:00 in the evening: \*\*Brixton Police Station\*\* was open on Saturday 21 November, 09:00–19:00\.$/],
      ],
      { understood: true },
    );
  });

  describe('open for all of it: yes', () => {
    itAnswersFirst(
      [
        ['can i go to lewisham on monday night', /^Yes, \*\*Lewisham Police Station\*\* is open at night on Monday 30 November: open 24 hours that day\.$/],
        ['is walworth open friday afternoon', /^Yes, \*\*Walworth Police Station\*\* is open tomorrow afternoon \(Friday 27 November\), until 22:00 \(10:00–22:00 that day\)\.$/],
        ['is charing cross open saturday morning', /^Yes, \*\*Charing Cross Police Station\*\* is open in the morning on Saturday 28 November: open 24 hours that day\.$/],
        ['is brixton open tonight', /^Yes, \*\*Brixton Police Station\*\* is open this evening \(Thursday 26 November\), until 22:00 \(10:00–22:00 that day\)\.$/],
        ['croydon open wednesday evening?', /^Yes, \*\*Croydon Police Station\*\* is open in the evening on Wednesday 2 December, until 22:00 \(10:00–22:00 that day\)\.$/],
        ['is lewisham open tomorrow night', /^Yes, \*\*Lewisham Police Station\*\* is open tomorrow night \(Friday 27 November\): open 24 hours that day\.$/],
      ],
      { understood: true },
    );
  });

  describe('open for none of it: no, with the day\'s hours', () => {
    itAnswersFirst(
      [
        ['is brixton open sunday night', /^No, \*\*Brixton Police Station\*\* is closed at night on Sunday 29 November: it is open 09:00–19:00 that day\.$/],
        ['is ilford open on saturday night', /^No, \*\*Ilford Police Station\*\* is closed at night on Saturday 28 November: it is open 09:00–19:00 that day\.$/],
      ],
      { understood: true },
    );
  });

  describe('a time asked for, a greeting or all night: not a part of the day', () => {
    itAnswersFirst(
      [
        ['when does tottenham counter shut tonight', /^\*\*Tottenham Police Station\*\* closes at 22:00 today, Thursday 26 November \(open 10:00–22:00\)\.$/],
        ['what time does brixton open tomorrow morning', /^\*\*Brixton Police Station\*\* opens at 10:00 tomorrow, Friday 27 November \(open 10:00–22:00\)\.$/],
        ['good morning is brixton open saturday', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November, 09:00–19:00\.$/],
        ['is brixton open saturday at 8pm', /^No, at 20:00 on Saturday 28 November, \*\*Brixton Police Station\*\* is closed/],
        // The resident's own nights or mornings, not next to the day asked, are no part of it.
        ['i work nights, is brixton open saturday', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November, 09:00–19:00\.$/],
        ['im busy in the mornings, is ilford open on sunday', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 29 November, 09:00–19:00\.$/],
        ['is croydon open all night on saturday', /^No, \*\*Croydon Police Station\*\* is not open 24 hours on Saturday 28 November: 09:00–19:00\.$/],
      ],
      { understood: true },
    );
  });

  it('a follow-up keeps the counter: "and sunday morning?" after a counter was asked', async () => {
    const chat = new Conversation();
    await chat.say('is ilford open today');
    expect(firstLineOf(await chat.askText('and sunday morning?'))).to.match(/^From 09:00 in the morning: \*\*Ilford Police Station\*\* is open on Sunday 29 November/);
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['is brixton open saturday evening theres a man with a knife outside', 'can i go to lewisham on monday night hes hitting me right now', 'ilford sunday morning? my house is on fire']) {
    it(say, async () => {
      expect999First(await new Conversation().say(say), say);
    });
  }
});
