/**
 * A case of one's own told as background before a question about a counter: a crime number already had ("insurers have
 * the crime number, is walworth counter still going"), a case dealt with in court ("its all been dealt with in court, is
 * brixton police counter still open"), a report already made online ("reported online with a crime number, can i ask
 * about it at edmonton desk"). The counter is answered (was: the police-report decline, the court-challenge topic, or
 * how to report a crime). Controls: a crime number or police report still wanted is declined; a closure taken to court
 * is the court topic; a crime to report at a counter is still how to report it there.
 */
import { itAnswersFirst } from './harness';
import { DateTime } from 'luxon';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a case already reported, told before a counter question, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['my car was broken into in august, insurers have the crime number, is walworth counter still going', /^Yes, the front counter at \*\*Walworth Police Station\*\* is open/],
      ['i was attacked last spring, its all been dealt with in court, is brixton police counter still open', /^Yes, the front counter at \*\*Brixton Police Station\*\* is open/],
      ['my scooter got pinched in september, reported online with a crime number, can i ask about it at edmonton desk', /Edmonton Police Station/],
      ['got my crime number for the insurance, when does croydon close', /^\*\*Croydon Police Station\*\* is open until 22:00/],
      ['he was convicted at court last year, is lewisham still open 24 hours', /Lewisham Police Station/],
      ['reported it online already, can i go into walworth about it', /Walworth Police Station/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['my insurer wants a crime reference number', /^I can't give you a police report/],
        ['i have a crime number but my insurance needs a police report', /^I can't give you a police report/],
        ['was the closure of brixton taken to court', /court challenge/],
        ['i want to report a crime at brixton', /^Yes, you can report it at Brixton's front counter/],
      ],
      { now: FRIDAY },
    );
  });
});
