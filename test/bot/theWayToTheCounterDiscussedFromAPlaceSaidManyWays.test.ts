/**
 * The way to the counter just discussed asked from where the resident sets off ("how do i get there from catford" after
 * Lewisham, "how do i get to it from barking" after Ilford): that counter, not the counter of the place named as the
 * starting point: no routes or times known, said first, then its straight-line distance from there (and its address).
 * Controls: a counter named as where to go ("how do i get to catford"), its own address asked,
 * and how far it is from a place. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LEWISHAM = /^\*\*Lewisham Police Station\*\*: 43 Lewisham High Street/;
const FROM = (counter: string, place: string) => new RegExp(`^I don't have journey times or routes, but \\*\\*${counter} Police Station\\*\\* is about [\\d.]+ km \\([\\d.]+ miles?\\) from ${place} in a straight line`);

describe('the way to the counter discussed from a place, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is lewisham open', 'and how do i get there from catford'], FROM('Lewisham', 'Catford')],
      [['lewisham police station hours', 'how do i get to it from catford?'], FROM('Lewisham', 'Catford')],
      [['is ilford open', 'how do i get to it from barking'], FROM('Ilford', 'Barking')],
      [['is ilford open', 'whats the best way to get there from romford'], FROM('Ilford', 'Romford')],
      // "barking station": the rail station or the closed counter? No distance from a place not settled, so the address.
      [['is ilford open', 'how would i get there from barking station'], /^I don't have journey times or routes, but \*\*Ilford Police Station\*\* is at 270-294 High Road/],
      [['nearest station to se15', 'how do i get there from peckham rye'], FROM('Walworth', 'Peckham Rye')],
    ],
    NOW,
  );
});

describe('controls: a counter to go to, its own address, how far', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is lewisham open', 'how do i get to catford'], /^\*\*Catford Police Station\*\*/],
      [['is lewisham open', 'wheres catford police station'], /^\*\*Catford Police Station\*\*/],
      [['is lewisham open', 'how do i get there'], LEWISHAM],
      [['is brixton open', 'how far is it from clapham'], /^\*\*Brixton Police Station\*\* is about [\d.]+ km/],
    ],
    NOW,
  );
});
