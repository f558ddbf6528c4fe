/**
 * A shop or a thing in the street wrecked while it happens ("masked men are smashing up the jewellers on the parade
 * right now", "a group are trashing the corner shop"): 999 first, as a home or a car broken into is. The thing must be
 * the act's own object: "smash it at the pub quiz", "wreck the school play", "trash the kitchen making a cake" and
 * wrecking told as over are not danger now.
 */
import { describe } from 'mocha';
import { itCalls999First, itAnswersWithout999First } from './call999First';
import { NOT_UNDERSTOOD } from './harness';

describe('a shop or street thing wrecked now, said many ways: 999 first', function () {
  this.timeout(60_000);
  itCalls999First([
    'masked men are smashing up the jewellers on the parade right now',
    'some lads are smashing up the bus stop outside',
    'gang smashing up cars on our road',
    'a group are trashing the corner shop now',
    'theyre wrecking the pub downstairs right now',
    'kids are smashing the windows of the bookies',
    'youths smashing up the chippy',
    'my ex is wrecking my car outside',
  ]);
});

describe('the controls: a figure of speech, a thing not a shop, or over', function () {
  this.timeout(60_000);
  itAnswersWithout999First([
    ['we smashed the pub quiz', NOT_UNDERSTOOD],
    ['gonna smash it at the pub quiz tonight', NOT_UNDERSTOOD],
    ["they're going to wreck the school play with their singing", NOT_UNDERSTOOD],
    ['my brother will trash the kitchen making a cake', NOT_UNDERSTOOD],
    ['the critics trashed the new restaurant', NOT_UNDERSTOOD],
    ['i wrecked my car last year, is ilford open', /Ilford Police Station/],
  ]);
});
