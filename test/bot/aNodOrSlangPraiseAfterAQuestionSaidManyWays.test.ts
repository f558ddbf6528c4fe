/**
 * A nod or slang praise as typed on a phone. While the bot waits for a postcode ("nearest 24 hour police station" ->
 * "What's your postcode?"), "👍", "ok", "yes", "okay then" are a nod: the question is asked again, and a postcode after
 * still answers it (it was "You're welcome" / what the bot does, as if nothing were still to come); "thanks" is welcomed
 * with the question still open. Slang praise ("thats sick, thanks", "mint cheers", "bless you") is thanks (it was "I
 * can't help with that", "sick" read as no word the bot knew). Controls: a nod after an answer is just heard; "no
 * thanks" still closes; "sick" of a person or of oneself is not praise; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ASKED_AGAIN = /^OK\. What's your postcode or area\? For example E17 4PP or Walthamstow\.$/;
const WELCOME_STILL_OPEN = /^You're welcome\. If you'd still like that answer, tell me your postcode or area/;
const WELCOME = /^You're welcome\. Is there anything else you'd like to know about police front counters\?$/;
const HEARD = /^OK\. Is there anything else you'd like to know about police front counters\?$/;
const NEAREST_24 = 'nearest 24 hour police station';

describe('a nod or slang praise after a question, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[NEAREST_24, '👍'], ASKED_AGAIN],
      [[NEAREST_24, 'ok'], ASKED_AGAIN],
      [[NEAREST_24, 'okay then'], ASKED_AGAIN],
      [[NEAREST_24, 'yes'], ASKED_AGAIN],
      [[NEAREST_24, '👌'], ASKED_AGAIN],
      [['which station is open on sunday near me', 'k'], ASKED_AGAIN],
      [['closest police station', 'got it'], ASKED_AGAIN],
      [[NEAREST_24, 'thanks'], WELCOME_STILL_OPEN],
      [[NEAREST_24, 'cheers mate'], WELCOME_STILL_OPEN],
      // The question is still waiting: the postcode after the nod answers it.
      [[NEAREST_24, '👍', 'SE15'], /^The nearest 24-hour front counter to SE15 is \*\*Lewisham Police Station\*\*/],
      [[NEAREST_24, 'ok', 'SE15'], /^The nearest 24-hour front counter to SE15 is \*\*Lewisham Police Station\*\*/],
    ],
    FRIDAY,
  );
  itAnswersFirst(
    [
      ['thats sick, thanks', WELCOME],
      ['sick cheers', WELCOME],
      ['thats mint thanks', WELCOME],
      ['bless you', WELCOME],
      ['thats lush ta', WELCOME],
      ['spot on cheers', WELCOME],
      ['sick one', WELCOME],
    ],
    { now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is walworth open', 'thats sick'], WELCOME],
      [['is brixton open now', 'thats sick thanks'], WELCOME],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open', 'ok'], HEARD],
        [['is brixton open', 'thanks'], WELCOME],
        [[NEAREST_24, 'SE15', 'ok'], HEARD],
        [[NEAREST_24, 'no thanks'], /^Goodbye\./],
        [[NEAREST_24, 'thanks', 'bye'], /^Goodbye\./],
      ],
      FRIDAY,
    );
    itAnswersFirst(
      [
        ['yes', /^I answer questions about police front counters in London/],
        ['im sick is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ["that's sick, is ilford open sunday", /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
        ['i feel sick', /^(?!You're welcome)/],
        ['my mum is sick', /^(?!You're welcome)/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['thats sick, someone just stabbed my brother', 'my son is being sick and wont wake up'], FRIDAY);
  });
});
