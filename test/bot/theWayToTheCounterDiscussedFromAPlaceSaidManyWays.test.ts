/**
 * The way to the counter just discussed asked from where the resident sets off ("how do i get there from catford" after
 * Lewisham, "how do i get to it from barking" after Ilford): that counter's address, not the counter of the place named
 * as the starting point. Controls: a counter named as where to go ("how do i get to catford"), its own address asked,
 * and how far it is from a place. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LEWISHAM = /^\*\*Lewisham Police Station\*\*: 43 Lewisham High Street/;
const ILFORD = /^\*\*Ilford Police Station\*\*: 270-294 High Road/;

describe('the way to the counter discussed from a place, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is lewisham open', 'and how do i get there from catford'], LEWISHAM],
      [['lewisham police station hours', 'how do i get to it from catford?'], LEWISHAM],
      [['is ilford open', 'how do i get to it from barking'], ILFORD],
      [['is ilford open', 'whats the best way to get there from romford'], ILFORD],
      [['is ilford open', 'how would i get there from barking station'], ILFORD],
      [['nearest station to se15', 'how do i get there from peckham rye'], /^\*\*Walworth Police Station\*\*: 12-28 Manor Place/],
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
