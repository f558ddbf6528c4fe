/**
 * A closing or opening time asked with a journey under way or held up ("tube strike again smh what time does walworth
 * close", "ugh trains are cancelled, when does brixton shut", "im on my way what time does brixton close", "running
 * late, when does walworth shut"): today's time, not the week's (was: "open until 22:00 Monday to Friday, and until 19:00
 * on Saturday and Sunday"). Controls: the time asked alone, or with a story that is no journey ("long day at work",
 * "the tube is running fine"), stays the week's; a day named stays that day; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FRIDAY_MORNING = DateTime.fromISO('2026-12-04T08:00', { zone: 'Europe/London' });
const TODAY = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* closes at 22:00 today, Friday 4 December \\(open 10:00–22:00\\)\\.`);
const WEEK = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\\.`);

describe('a closing time asked on the way, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['tube strike again smh what time does walworth close', TODAY('Walworth')],
      ['ugh trains are cancelled, when does brixton shut', TODAY('Brixton')],
      ['stuck in traffic lol what time does croydon close', TODAY('Croydon')],
      ['im on my way what time does brixton close', TODAY('Brixton')],
      ['running late, when does walworth shut', TODAY('Walworth')],
      ['train delayed, what time does croydon close', TODAY('Croydon')],
      ['my bus is stuck what time does brixton shut', TODAY('Brixton')],
      ['bus diverted again, what time does lewisham open', /^\*\*Lewisham Police Station\*\* is open 24 hours today, Friday 4 December\./],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersFirst([['omw what time does brixton open', /^\*\*Brixton Police Station\*\* opens at 10:00 today, Friday 4 December/]], { now: FRIDAY_MORNING });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['what time does walworth close', WEEK('Walworth')],
        ['long day at work, when does ilford close', WEEK('Ilford')],
        ['the tube is running fine what time does brixton close', WEEK('Brixton')],
        ['tube strike on saturday, what time does brixton close on saturday', /^\*\*Brixton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['im on my way to brixton and someone is chasing me right now, what time does it close'], FRIDAY);
  });
});
