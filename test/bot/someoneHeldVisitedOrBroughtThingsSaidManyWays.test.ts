/**
 * Visiting someone held in custody, or leaving things for them ("can i visit someone in custody at brixton", "what time
 * are custody visits at charing cross", "can i drop off clothes for someone in custody at wembley", "my partner is in
 * the cells at ilford, can i bring him some food"): the data holds nothing on custody, so that is said, and whom to ask
 * (101). Was: the named counter's hours, 101 alone, or "I can't help with that". Controls: whether someone is held is
 * still the custody decline; a counter's visiting times are its hours; bringing one's children to a counter is who may
 * come.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_COVERED = /^My sources don't cover visiting someone held in custody, or leaving things for them\./;

describe('someone held, visited or brought things, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i visit someone in custody at brixton', NOT_COVERED],
      ['how do i visit my son in custody at lewisham', NOT_COVERED],
      ['what time are custody visits at charing cross', NOT_COVERED],
      ['can i drop off clothes for someone in custody at wembley', NOT_COVERED],
      ['can i bring medication to someone held at stratford police station', NOT_COVERED],
      ['my partner is in the cells at ilford, can i bring him some food', NOT_COVERED],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is my brother being held at croydon police station', /^I can't check whether someone has been arrested or is in custody/],
        ['visiting times brixton police station', /^\*\*Brixton Police Station\*\* is open Mon–Fri 10:00–22:00/],
        ['can i take my son to see the police at brixton', /^My sources don't say who may come with you to a front counter\./],
      ],
      { now: FRIDAY },
    );
  });
});
