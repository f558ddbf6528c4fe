/**
 * A place corrected after an answer, said loosely ("nvm, sutton", "scratch that, croydon", "make it bromley", "wrong
 * one, ilford", "sutton i mean", "croydon sorry"): the question just answered, asked again of the new place. Controls:
 * "never mind" or "forget it" alone still stop; danger after "never mind" still leads with 999; a correction already
 * read ("no i meant croydon") is unchanged. "the other barking": another counter the name is said of than the one just
 * answered (the former town-centre station, not the Learning Centre); a name one counter has is that one again. Through
 * the bot.
 */
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a place corrected after an answer, said many ways: the same question of the new place', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open', 'nvm, sutton'], /^Yes, \*\*Sutton Police Station\*\* is open now, until 22:00\./],
      [['is brixton open', 'never mind, croydon'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
      [['is brixton open', 'scratch that, bromley'], /^Yes, \*\*Bromley Police Station\*\* is open now/],
      [['when does lewisham close', 'make it croydon'], /^\*\*Croydon Police Station\*\* is open until 22:00 Monday to Friday/],
      [['where is lewisham police station', 'forget that, sutton'], /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
      [['is romford open', 'wrong one, ilford'], /^Yes, \*\*Ilford Police Station\*\* is open now/],
      [['is brixton open on sunday', 'croydon i mean'], /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      [['is brixton open', 'sutton sorry'], /^Yes, \*\*Sutton Police Station\*\* is open now/],
      [['where is lewisham police station', 'change it to bromley'], /^\*\*Bromley Police Station\*\*: /],
      [['is brixton open', 'sutton then'], /^Yes, \*\*Sutton Police Station\*\* is open now/],
    ],
    FRIDAY,
  );
});

describe('"the other X" after an answer: another counter the name is said of', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is barking open', 'no i meant the other barking'], /^No, the front counter at \*\*Barking Police Station \(former town-centre station\)\*\* closed/],
      [['is sidcup open', 'not that one, the other sidcup'], /^No, the front counter at \*\*Sidcup Police Station \(former, Main Road\)\*\* closed on 16 March 2012\./],
      [['when did barking close', 'sorry, the other barking'], /\*\*Barking Police Station \(former town-centre station\)\*\*/],
      // A name only one counter has: never one invented; the one known is said, and which they meant asked (before,
      // Walworth's state again as if nothing was said; see theOneCounterOfANameTurnedDownSaidManyWays).
      [['is walworth open', 'no i meant the other walworth'], /^\*\*Walworth Police Station\*\* is the only police front counter called Walworth that I know of/],
    ],
    FRIDAY,
  );
});

describe('controls: a correction already read, and stopping', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open', 'no i meant croydon'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
      [['is brixton open', 'actually make that croydon'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
      [['is brixton open', 'never mind'], /^OK, I've stopped that\./],
      [['is brixton open', 'nvm'], /^OK, I've stopped that\./],
      [['is brixton open', 'forget it'], /^OK, I've stopped that\./],
      [['sutton'], /^The front counter at \*\*Sutton Police Station\*\* is open: /],
    ],
    FRIDAY,
  );

  it('danger after "never mind" still leads with 999', async () => {
    const chat = new Conversation('webchat', FRIDAY);
    await chat.say('is brixton open');
    const say = "never mind, someone's smashing my window";
    expect999First(await chat.say(say), say);
  });
});
