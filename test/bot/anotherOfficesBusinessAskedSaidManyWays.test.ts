/**
 * Another office's business asked ("where is the passport office", "nearest magistrates court", "council number for
 * hackney", "dvla phone number", "how do i make an foi request", "met press office number"): the first sentence says what
 * the bot cannot help with and that it does not know where that office is or its number, then only where to look
 * (gov.uk, the council's website, met.police.uk), never an address or number. It was the general "Sorry, I can't help
 * with that" (or a postcode asked for "press"). Controls: a passport stolen is a crime to report; a counter asked open
 * keeps its answer; the council's noise stays the noise reply. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const PASSPORT = /^I can't help with passports, and I don't know where passport offices are or their numbers: .* Check gov\.uk\./;
const COURT = /^I can't help with courts or jury service, and I don't know where courts are or their numbers: .* Check gov\.uk\./;
const COUNCIL = /^I can't help with council services, and I don't know councils' numbers or addresses: .* Check your council's website\./;
const DRIVING = /^I can't help with driving licences or vehicle tax, and I don't have the DVLA's details: .* Check gov\.uk\./;
const IMMIGRATION = /^I can't help with immigration, visas or the Home Office, and I don't know where their offices are or their numbers: .* Check gov\.uk\./;
const FOI = /^I can't take Freedom of Information or data requests, and I don't know how the Met handles them: .* Check met\.police\.uk\./;
const PRESS = /^I can't help with press or media enquiries, and I don't have the Met's press office details: .* Check met\.police\.uk\./;

describe("another office's business asked, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['where is the passport office', PASSPORT],
      ['how do i renew my passport', PASSPORT],
      ['is the passport office in croydon open today', PASSPORT],
      ['nearest magistrates court', COURT],
      ['where is the crown court in southwark', COURT],
      ['i got a jury summons what do i do', COURT],
      ['council number for hackney', COUNCIL],
      ['whats the number for lewisham council', COUNCIL],
      ['council tax office lewisham', COUNCIL],
      ['my bins werent collected', COUNCIL],
      ['where do i get a replacement birth certificate', COUNCIL],
      ['dvla phone number', DRIVING],
      ['how do i renew my driving licence', DRIVING],
      ['where is the home office', IMMIGRATION],
      ['immigration office near me', IMMIGRATION],
      ['how do i make an foi request', FOI],
      ['freedom of information request met police', FOI],
      ['met press office number', PRESS],
      ['im a journalist who do i talk to', PRESS],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now?', 'and where is the passport office'], PASSPORT]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['my passport was stolen', /^To report a crime that is not an emergency: call 101/],
        ['is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['noisy neighbours every night who do i tell', /^I can't take noise complaints/],
        ['where do i pay a parking fine', /^I can't pay, cancel or appeal fines/],
      ],
      { now: FRIDAY },
    );
  });
});
