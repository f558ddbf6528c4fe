/**
 * A closing (or opening) time asked of one day, said with the day ("what time does ilford close on sunday") or carried
 * from the question before ("is ilford open sunday", then "what time does it close then"): that time leads ("closes at
 * 19:00 on Sunday 6 December"), the day's hours beside it, rather than the day's hours alone. A follow-up asking the
 * time carries the day but not the yes or no asked before. A time gone today, or a day gone by, is said in the past.
 * Controls: whether it is open that day is still yes or no with the hours; a day closed or open round the clock keeps
 * its answer; the week's closing times; a closing time asked yes or no; danger leads with 999. Through the bot.
 */
import { it999FirstAsControls } from './call999First';
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FRIDAY_NIGHT = DateTime.fromISO('2026-12-04T23:00', { zone: 'Europe/London' });
const CLOSES_SUNDAY = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* closes at 19:00 on Sunday 6 December \\(open 09:00–19:00\\)\\.`);
const OPENS_SUNDAY = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* opens at 09:00 on Sunday 6 December \\(open 09:00–19:00\\)\\.`);
const CLOSES_SATURDAY = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* closes at 19:00 tomorrow, Saturday 5 December \\(open 09:00–19:00\\)\\.`);

describe('a closing or opening time of a day, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what time does ilford close on sunday', CLOSES_SUNDAY('Ilford')],
      ['when does brixton shut sunday', CLOSES_SUNDAY('Brixton')],
      ['what time is walworth open till on sunday?', CLOSES_SUNDAY('Walworth')],
      ['when does ilford open on sunday', OPENS_SUNDAY('Ilford')],
      ['what time does croydon police station open sunday morning', OPENS_SUNDAY('Croydon')],
      ['what time does brixton close tomorrow', CLOSES_SATURDAY('Brixton')],
      ['stratford closing time saturday', CLOSES_SATURDAY('Stratford')],
      ['what time did croydon close yesterday', /^\*\*Croydon Police Station\*\* closed at 22:00 yesterday, Thursday 3 December \(open 10:00–22:00\)\./],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is ilford open sunday', 'what time does it close then'], CLOSES_SUNDAY('Ilford')],
      [['is ilford open sunday', 'when does it open'], OPENS_SUNDAY('Ilford')],
      [['is brixton open on sunday?', 'and what time do they shut'], CLOSES_SUNDAY('Brixton')],
      [['is brixton open on saturday', 'and what time does it shut'], CLOSES_SATURDAY('Brixton')],
      [['walworth hours sunday', 'what time does it open'], OPENS_SUNDAY('Walworth')],
      [['what time does ilford open on sunday', 'and when does it close'], CLOSES_SUNDAY('Ilford')],
    ],
    FRIDAY,
  );
  describe('a time gone today', () => {
    itAnswersFirst([['when does brixton close today', /^\*\*Brixton Police Station\*\* closed at 22:00 today, Friday 4 December \(open 10:00–22:00\)\./]], { now: FRIDAY_NIGHT });
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is ilford open sunday', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
        ['is brixton open on saturday', /^Yes, \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
        ['when does lewisham close on sunday', /^\*\*Lewisham Police Station\*\* is open 24 hours on Sunday 6 December\./],
        ['what time does brixton close', /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\./],
        ['does ilford close at 7 on sunday', /^Yes, \*\*Ilford Police Station\*\* closes at 19:00 on Sunday 6 December\./],
        ['is brixton open sunday evening', /^Only until 19:00 in the evening: \*\*Brixton Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['is ilford open sunday', 'and saturday?'], /^Yes, \*\*Ilford Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
        [['is ilford open sunday', 'what about brixton'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['what time does ilford close on sunday, theres a man with a knife outside my house'], FRIDAY);
  });
});
