/**
 * A name several places share, said with the borough of one of them ("hayes in bromley", where Hayes is also Hayes
 * End's counter in Hillingdon; "belmont in harrow"; "belmont, sutton"): the place of that name in that borough, not
 * the counter of the name nor the borough's own counter. Also the borough given as the choice after "Did you mean
 * Belmont (Sutton) or Belmont (Harrow)?" ("the one in harrow", "harrow"), and after the nearest desk to the counter of
 * the name ("i meant hayes in bromley"). Controls: a place said with its own borough, a counter in its borough, two
 * places compared, and a choice made by name. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FROM_HAYES_IN_BROMLEY = /^The nearest front counter (?:open now )?to \**Hayes\** is \*\*Bromley Police Station\*\*, about 2\.4 km/;
const FROM_BELMONT_IN_HARROW = /^The nearest front counter (?:open now )?to \**Belmont\** is \*\*Colindale Police Station\*\*, about 4\.8 km/;
const FROM_BELMONT_IN_SUTTON = /^The nearest front counter (?:open now )?to \**Belmont\** is \*\*Sutton Police Station\*\*, about 2\.1 km/;

describe('a place named with its borough, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to hayes in bromley'], FROM_HAYES_IN_BROMLEY],
      [['closest police station to hayes in the borough of bromley'], FROM_HAYES_IN_BROMLEY],
      [['nearest police station to belmont in harrow'], FROM_BELMONT_IN_HARROW],
      [['police near belmont in the borough of sutton'], FROM_BELMONT_IN_SUTTON],
      [['nearest police station to belmont, sutton'], FROM_BELMONT_IN_SUTTON],
      [['nearest station to hayes', 'i meant hayes in bromley'], FROM_HAYES_IN_BROMLEY],
      [['nearest station to hayes', 'no, hayes in bromley'], FROM_HAYES_IN_BROMLEY],
      [['nearest station to belmont', 'the harrow one please'], FROM_BELMONT_IN_HARROW],
      [['belmont', 'the one in harrow'], FROM_BELMONT_IN_HARROW],
      [['belmont', 'harrow'], FROM_BELMONT_IN_HARROW],
      [['nearest station to belmont', 'in sutton'], FROM_BELMONT_IN_SUTTON],
    ],
    NOW,
  );
});

describe('controls: a place with its own borough, a counter, two places compared, a choice by name', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to hayes in hillingdon'], /^The nearest front counter to Hayes is \*\*Hayes Police Station \(Hayes End\)\*\*/],
      [['is brixton in lambeth open'], /^Yes, \*\*Brixton Police Station\*\* is open now/],
      [['nearest station to stratford in newham'], /\*\*Stratford Police Station\*\*/],
      [['nearest station to hayes'], /^The nearest front counter to Hayes is \*\*Hayes Police Station \(Hayes End\)\*\*/],
      [['is wood open', 'green'], /Wood Green police front counter/],
      [['is wood open', 'the one in redbridge'], /^No, the front counter at \*\*Woodford Police Station\*\* closed/],
      [['is harrow police station open'], /\*\*Harrow Police Station \(South Harrow\)\*\*/],
    ],
    NOW,
  );
});
