/**
 * A facility, or what may be brought, asked with no counter named or discussed ("is there parking", "can i bring my dog",
 * "can i bring my bike inside", "can i get there by car", "is there a lift", "can i bring my pushchair", "is the entrance
 * on the main road"): the data's
 * silence on facilities at police stations, in general form, first, and the offer to look one up (was: can't help, or
 * "is there a lift" read as asking for the nearest counter). With a counter named or discussed it is that counter's
 * (unchanged). Controls: a counter asked whether there is one ("is there a police station near me", "is there a 24 hour
 * station") keeps its answer; "im busy" is not a facility; accessibility keeps its own answer; danger leads with 999.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_HELD = /^My sources have no information about waiting times, parking, toilets, access or other facilities at police stations\. Check met\.police\.uk or call 101\.$/;
const AT = (counter: string) => new RegExp(`^I don't have information about waiting times, access, parking or other facilities at \\*\\*${counter} Police Station\\*\\*`);

describe('a facility asked with no counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is there parking', NONE_HELD],
      ['any parking?', NONE_HELD],
      ['where can i park', NONE_HELD],
      ['can i bring my dog', NONE_HELD],
      ['are dogs allowed', NONE_HELD],
      ['can i bring a support dog', NONE_HELD],
      ['can i bring my bike inside', NONE_HELD],
      ['is there bike parking', NONE_HELD],
      ['can i take my scooter in', NONE_HELD],
      ['can i bring my pushchair', NONE_HELD],
      ['can i get there by car', NONE_HELD],
      ['can i cycle there?', NONE_HELD],
      ['is there a lift', NONE_HELD],
      ['is there a toilet', NONE_HELD],
      ['is the entrance on the main road', NONE_HELD],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'can i bring my dog'], AT('Brixton')],
      [['is brixton open now?', 'is there a lift'], AT('Brixton')],
      [['hours of ilford', 'can i get there by car'], AT('Ilford')],
      [['hours of ilford', 'any bike parking?'], AT('Ilford')],
      [['is walworth open', 'which entrance do i use'], AT('Walworth')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['can i park at lewisham police station', AT('Lewisham')],
        ['are police stations wheelchair accessible', /^My sources don't say whether front counters are wheelchair accessible or step-free\./],
        ['is there a police station near me', /^To find the nearest front counter, I need to know where you are\./],
        ['is there a 24 hour station', /^Only two front counters are open 24 hours a day/],
        ['im busy', /^Sorry, I can't help with that/],
        ['someone stole my bike', /^To report a crime that is not an emergency: call 101/],
        // Facilities of the wider world, or of somewhere else named: not a counter's.
        ['is parking free on sundays', /^Sorry, I can't help with that/],
        ['whats the wifi password', /^Sorry, I can't help with that/],
        ['how busy is oxford street today', /^Sorry, I can't help with that/],
        ['any vending machines', /^Sorry, I can't help with that/],
        ['how do i get a disabled parking badge', /^Sorry, I can't help with that/],
        ['where can i walk my dog', /^Sorry, I can't help with that/],
        ['is there parking at the o2', /^Sorry, I can't help with that/],
        ['can i take my bike on the overground', /^Sorry, I can't help with that/],
        ['can i bring my dog to the park', /^Sorry, I can't help with that/],
        ['how do you check the weather', /^Sorry, I can't help with that/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is there parking? someone is smashing my car window right now'], FRIDAY);
  });
});
