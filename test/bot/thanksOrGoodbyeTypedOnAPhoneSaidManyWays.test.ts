/**
 * Thanks, goodbye or "ok" typed on a phone, with how the resident addresses the bot ("thx m8", "cheers bruv", "ty hun")
 * or in its short forms ("gd nite", "gn", "laterz", "nice1", "okie dokie"): a short reply, not "I couldn't find the
 * postcode M8" or "Sorry, I can't help with that", and a question still waiting for its place is not lost.
 * Controls: a real postcode or place after thanks is still read, and danger still leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WELCOME = /^You're welcome\./;
const GOODBYE = /^Goodbye\./;
const HEARD = /^OK\./;

describe('thanks, goodbye or ok typed on a phone, said many ways', () => {
  itAnswersFirst(
    [
      ['thx m8', WELCOME],
      ['cheers bruv', WELCOME],
      ['cheers fam', WELCOME],
      ['thanks hun', WELCOME],
      ['ty babe', WELCOME],
      ['thx bro', WELCOME],
      ['cheers boss', WELCOME],
      ['sound bro', WELCOME],
      ['wicked ta', WELCOME],
      ['nice1', WELCOME],
      ['appreciate u', WELCOME],
      ['k thx bruv', WELCOME],
      ['gr8 thx', WELCOME],
      ['thx luv', WELCOME],
      ['omg thank u', WELCOME],
      ['much love', WELCOME],
      ['big up', WELCOME],
      ['nuff respect bro', WELCOME],
      ['cool beans', WELCOME],
      ['gd nite', GOODBYE],
      ['gd nite m8', GOODBYE],
      ['gn', GOODBYE],
      ['laterz', GOODBYE],
      ['okie dokie', HEARD],
      ['brb', HEARD],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('a question waiting for its place is kept', () => {
    itAnswersLast(
      [
        [['is it open', 'cheers bruv', 'brixton'], /Brixton Police Station/],
        [['is it open', 'thx m8', 'ilford'], /Ilford Police Station/],
        [['is it open', 'gr8 thx', 'walworth'], /Walworth Police Station/],
        [['is brixton open', 'thx m8'], WELCOME],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        // A London postcode after thanks is still a place.
        ['thanks, e17', /nearest front counter open now to \*\*E17\*\*/],
        ['omg is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['good man, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        // A goodbye word inside another question is not a goodbye.
        ['night buses to brixton', /^Sorry, I can't help with that/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['omg someone is breaking in', 'thx m8 but theres a man with a knife outside my door right now', 'gd nite, someone is breaking in downstairs'], FRIDAY);
  });
});
