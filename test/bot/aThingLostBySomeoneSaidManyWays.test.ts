/**
 * A thing lost by someone named ("my son lost his wallet on the bus, can he hand it in at croydon", "my nan lost her
 * keys"): the question asked, not 999 for a missing person. Controls stay danger: someone lost ("my son is lost",
 * "lost his way home and isnt answering", "lost his mum in westfield"), harm ("lost consciousness", "lost a lot of
 * blood").
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a thing lost by someone: the question asked, no 999 first', function () {
  this.timeout(60_000);
  itAnswersWithout999First(
    [
      ['my son lost his wallet yesterday on the bus, can he hand in a lost property report at croydon or does he need to go online', /Croydon/],
      ['my daughter lost her phone at school, where do i report it', /lost property|front counter/i],
      ['my nan lost her keys, is brixton open', /Brixton/],
      ['my husband lost his passport last week, is lewisham open on sunday', /Lewisham/],
      ['my boy lost a glove on the tube lol, whats the nearest station to SE13', /Lewisham/],
      ['my flatmate lost the remote again, anyway is sutton open', /Sutton/],
    ],
    FRIDAY,
  );
});

describe('controls: someone lost, or harm', function () {
  this.timeout(60_000);
  it999FirstAsControls(
    [
      'my son is lost',
      'lost my little girl in the park',
      'my son lost his way home and isnt answering',
      'my little boy lost his mum in westfield he is crying',
      'my dad lost consciousness',
      'my dad is losing consciousness',
      'my mum lost a lot of blood',
    ],
    FRIDAY,
  );
});
