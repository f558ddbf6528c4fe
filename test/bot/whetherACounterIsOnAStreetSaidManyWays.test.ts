/**
 * Whether a counter is on a street, or which is ("is there a police station on savile row", "which station is on
 * barking road"): the counter whose address is on that street is said first, closed and when ("No: ..."), or "Yes."
 * when open, before the borough's counters (which may be another). Before, the borough's counter alone was answered, as
 * if the counter on the street had never been. Controls: a counter named by its place ("is there a police station in
 * peckham", "in brixton") and by its borough's name ("is there a hillingdon police station") are unchanged; a street
 * the bot only knows as a place is still its nearest.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CLOSED = (name: string) => new RegExp(`^No: the front counter at \\*\\*${name}\\*\\* closed on \\d+ \\w+ \\d{4}\\. `);

describe('whether a counter is on a street, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is there a police station on savile row', CLOSED('West End Central Police Station')],
      ['is there still a police station on savile row?', CLOSED('West End Central Police Station')],
      ['is there a station on west india dock road', CLOSED('Limehouse Police Station')],
      ['is there one on amersham vale', CLOSED('Deptford Police Station')],
      ['any police station on well hall road', CLOSED('Eltham Police Station')],
      ['is there a cop shop on kennington road', CLOSED('Kennington Police Station')],
      ['is there a police station on ladbroke road', CLOSED('Notting Hill Police Station')],
      ['is there a police station on holmes road', /^Yes\. Camden has one police front counter: \*\*Kentish Town Police Station\*\*/],
      ['is there a police station on manor place', /^Yes\. Southwark has one police front counter: \*\*Walworth Police Station\*\*/],
      ['which station is on barking road', /^The front counter at \*\*Plaistow Police Station\*\* closed on 14 December 2017\. Newham has one police front counter: \*\*Stratford Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('follow-ups', () => {
    itAnswersLast([[['is there a police station on holmes road', 'what about savile row'], CLOSED('West End Central Police Station')]], FRIDAY);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is there a police station in peckham', CLOSED('Peckham Police Station')],
        ['is there a police station in brixton', /^Yes, in Brixton\. Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
        ['is there a hillingdon police station', /^Yes, Hillingdon has one police front counter: \*\*Hayes Police Station \(Hayes End\)\*\*/],
        ['is there a station on holloway road', /^I know of no police front counter in Holloway Road, which is in Islington\. The nearest front counter to Holloway Road is \*\*Kentish Town Police Station\*\*/],
        ['is there a police station on romford road', CLOSED('Forest Gate Police Station')],
        ['whats the police station on romford road', /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\./],
      ],
      { now: FRIDAY },
    );
  });
});
