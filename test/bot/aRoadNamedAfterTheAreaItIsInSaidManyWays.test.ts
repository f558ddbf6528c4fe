/**
 * A street said right after the area it is in ("stoke newington church street n16", "whitechapel brick lane e1",
 * "battersea lavender hill") is a road of that area, not a second place to weigh against it: Church Street and Brick
 * Lane also name counters (closed), and the two were compared ("Of the two, Stoke Newington is nearer to N16"). Controls:
 * the two asked as a choice ("stoke newington or church street") are still compared; a street-named counter asked alone
 * is still that counter; said before "police station" it names the counter.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a road named after the area it is in, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['Stoke Newington Church Street N16 nearest police', /^The nearest front counter to N16 is \*\*Stoke Newington Police Station\*\*/],
      ['stoke newington church street nearest police', /^The nearest front counter to Stoke Newington is \*\*Stoke Newington Police Station\*\*/],
      ['shoreditch brick lane E1 nearest front desk', /^The nearest front counter to E1 is \*\*Bethnal Green Police Station\*\*/],
      ['Battersea Lavender Hill nearest police counter', /^The nearest front counter to Battersea is \*\*Lavender Hill Police Station\*\*/],
      ['im on stoke newington church street, where is the closest police counter', /^The nearest front counter to Stoke Newington is \*\*Stoke Newington Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is stoke newington or church street nearer to N16', /^Of the two, \*\*Stoke Newington\*\* is nearer to N16/],
        ['is church street open', /^No, the front counter at \*\*Church Street police front counter\*\* closed on 28 February 2026/],
        ['is brick lane police station open', /^No, /],
      ],
      { now: FRIDAY },
    );
  });
});
