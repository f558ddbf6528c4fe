/**
 * A neighbourhood named by a direction before a place with no counter of its name, the compound unknown to the data
 * ("north woolwich", "north finchley", "lower clapton", "north cheam"): the answer is from the place inside the name,
 * and says so first ("I don't know where North Woolwich is, only Woolwich"), since the two may lie apart (North Woolwich
 * is across the river from Woolwich), rather than answering for Woolwich as if it were what was asked. Controls:
 * compounds the data knows ("north kensington", "east finchley", "south norwood") and the place alone ("woolwich") are
 * answered for themselves; a direction before a counter's name ("west brixton") is still a name to ask a postcode for.
 * Asked as a counter ("is north finchley police station open"), the lead says both: no counter of that name, and only
 * Finchley known. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ONLY = (whole: string, known: string) => new RegExp(`^I don't know where ${whole} is, only ${known} \\(its postcode would give a closer answer\\)\\. The nearest front counter (?:open now )?to ${known} is \\*\\*`);

describe('a direction before a place the data knows only without it, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police station to north woolwich', ONLY('North Woolwich', 'Woolwich')],
      ['im in north woolwich whats open', ONLY('North Woolwich', 'Woolwich')],
      ['police station near north finchley', ONLY('North Finchley', 'Finchley')],
      ['closest cop shop to lower clapton', ONLY('Lower Clapton', 'Clapton')],
      ['north cheam nearest police station', ONLY('North Cheam', 'Cheam')],
      ['where is the nearest police station to north hillingdon', ONLY('North Hillingdon', 'Hillingdon')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now?', 'whats the nearest one to north woolwich'], ONLY('North Woolwich', 'Woolwich')]], FRIDAY);

  describe('asked as a counter', () => {
    const NO_COUNTER = (whole: string, known: string) => new RegExp(`^My sources have no police front counter called ${whole}, and I don't know where it is, only ${known}\\. The nearest (?:open )?front counter (?:open now )?to ${known} is \\*\\*`);
    itAnswersFirst(
      [
        ['is north finchley police station open', NO_COUNTER('North Finchley', 'Finchley')],
        ['hours of north woolwich police station', NO_COUNTER('North Woolwich', 'Woolwich')],
        ['is lower clapton police station open today', NO_COUNTER('Lower Clapton', 'Clapton')],
      ],
      { understood: true, now: FRIDAY },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['nearest police station to north kensington', /^The nearest front counter to North Kensington is \*\*Hammersmith Police Station\*\*/],
        ['nearest police station to east finchley', /^The nearest front counter to East Finchley is \*\*Colindale Police Station\*\*/],
        ['police station near south norwood', /^The nearest front counter to South Norwood is \*\*Croydon Police Station\*\*/],
        ['nearest police station to woolwich', /^The nearest front counter to Woolwich is \*\*Plumstead Police Station\*\*/],
        ['police station near west brixton', /^I couldn't find "west brixton" among the London places and police stations I know/],
        ['north woolwich e16', /^The nearest front counter open now to \*\*E16\*\* is \*\*Stratford Police Station\*\*/],
        ['where is the nearest police station to upper holloway', /^The nearest front counter to Upper Holloway is \*\*/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is being stabbed in north woolwich right now'], FRIDAY);
  });
});
