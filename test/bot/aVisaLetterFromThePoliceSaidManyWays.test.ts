/**
 * A letter from the police for a visa or immigration ("i need a letter from the police for my visa", "how do i get a letter
 * from the met for immigration"): a police check (certificates, visa paperwork), not the case-lookup decline; asked of a
 * counter ("can i get a visa letter from the police station"), what counters do, which the sources do not say. Control: a
 * letter from the police with no visa is still a record looked up. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const POLICE_CHECK = /^I can't do police checks, licences or certificates \(DBS checks, firearms licences, fingerprints, visa paperwork\)/;

describe('a visa letter from the police, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['i need a letter from the police for my visa', POLICE_CHECK],
      ['can i get a police letter for my visa application', POLICE_CHECK],
      ['how do i get a letter from the met for immigration', POLICE_CHECK],
      ['i need a police letter for immigration', POLICE_CHECK],
      ['can i get a visa letter from the police station', /^My sources don't say whether police front counters do that\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst([['i need a letter from the police', /^I can't look up crime reports or cases\./]], { now: FRIDAY });
  });
});
