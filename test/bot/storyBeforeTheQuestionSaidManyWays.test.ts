/**
 * A story told before the question ("back in 2020 my shed was broken into, ... is barkingside still open?"): the
 * story's time and crime are the story's; the question asked of now is what is answered. With the words that only
 * looked like something else: "a desk we could visit" (not the past), "still a thing" (still there), "in the sun"
 * (not Sunday).
 */
import { itAnswersFirst } from './harness';

describe('A story told before a question asked of now', () => {
  describe('its year is the story\'s: the counter as it is now', () => {
    itAnswersFirst(
      [
        ['back in 2020 my shed was broken into, is barkingside still open', /^(?:No, )?[Tt]he front counter at \*\*Barkingside Police Station\*\* closed/],
        ['i was mugged outside there in 2019. is ilford police station still open these days?', /^Yes, .*\*\*Ilford Police Station\*\*/],
        ['my car was keyed in 2018, anyway does wembley still have a front desk', /Wembley/],
        ['in 2021 we reported a burglary at sutton, is it still there now', /Sutton/],
      ],
      { understood: true },
    );
  });

  describe('"still a thing", "still about": whether it is still there', () => {
    itAnswersFirst(
      [
        ['is the barkingside police counter still a thing', /^No, the front counter at \*\*Barkingside Police Station\*\* closed/],
        ['my shed was broken into, is the barkingside police counter still a thing', /^No, the front counter at \*\*Barkingside Police Station\*\* closed/],
        ['is brixton police station still about', /\*\*Brixton Police Station\*\*/],
        ['is the front desk at ilford still up and running', /\*\*Ilford Police Station\*\*/],
      ],
      { understood: true },
    );
  });

  describe("'today' in a story told in the past, then a day asked: the day asked (Thursday 26 November)", () => {
    itAnswersFirst(
      [
        ['I absolutely murdered my driving test today lol, anyway what time is kingston police station open saturday?', /Saturday 28 November \(open 09:00–19:00\)/],
        ['had a rough day today honestly, what time does ilford open on sunday', /Sunday 29 November/],
        ['my bike got nicked today so is brixton open monday', /Monday 30 November/],
        // A weekday in the story, the question of now after it (no punctuation between): now; a day asked after it: that day.
        ['my son was arrested on monday is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['my son was arrested on monday, is brixton open on saturday', /Saturday 28 November, 09:00–19:00/],
        // The day of a question in the past is kept.
        ['was brixton open on monday', /^Yes, \*\*Brixton Police Station\*\* was open on Monday 23 November/],
        // Not a story: today is still what is asked.
        ['im free today so is ilford open, or should i wait till monday', /\btoday\b/],
      ],
      { understood: true },
    );
  });

  describe('a worry told first, then the question: the question is answered, with its own yes or no, and no 999 line', () => {
    itAnswersFirst(
      [
        ["i'm afraid brixton might be shut, is it open", /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['worried ilford is closed, is it open today?', /^Yes, \*\*Ilford Police Station\*\* is open today/],
        ['im scared ill miss the opening time, when does brixton open', /^\*\*Brixton Police Station\*\* opens at 10:00/],
        ['terrified of being late, what time does walworth close', /^\*\*Walworth Police Station\*\* /],
      ],
      { understood: true },
    );
  });

  describe('what only looked like the past or a day', () => {
    itAnswersFirst(
      [
        // "could" said of what one may do now.
        ['is there a police desk near E9 7 we could visit', /^The nearest front counter to E9 7 is \*\*Bethnal Green Police Station\*\*/],
        ['my son wants to be a detective, is there a police station near SE10 we could go to', /^The nearest front counter to SE10 is /],
        // "the sun" is not Sunday.
        ['my toddler is on the balcony sitting in the sun, is lewisham open', /^Yes, \*\*Lewisham Police Station\*\* is open now/],
        ['the sun is out, is ilford open', /^Yes, \*\*Ilford Police Station\*\* is open now/],
      ],
      { understood: true },
    );
  });
});
