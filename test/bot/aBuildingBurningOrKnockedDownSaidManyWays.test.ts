/**
 * A building burning now, whatever it is and however many words stand between ("the station is burning down right
 * now", "the building next door is burning down", "the pub on the corner is still burning"): 999 first. A building
 * knocked down is demolished, not someone hurt ("the police station that got knocked down" led with an ambulance);
 * someone knocked down stays 999. Figures of speech ("burning hot", "burning a hole in my pocket") and fires gone by are
 * not danger now.
 */
import { describe } from 'mocha';
import { itCalls999First, itAnswersWithout999First } from './call999First';

describe('a building burning now, said many ways: 999 first', function () {
  this.timeout(60_000);
  itCalls999First([
    'the station is burning down right now',
    'brixton police station is burning',
    'the building next door is burning down',
    'the pub on the corner is still burning',
    'the school across the road is ablaze',
    'the warehouse behind our flats is alight',
  ]);
});

describe('a building knocked down, figures of speech, and fires gone by: no 999 first', function () {
  this.timeout(60_000);
  itAnswersWithout999First([
    ['the police station that got knocked down', /./],
    ['which station was knocked down', /./],
    ['the old flats were knocked down last year', /./],
    ['this office is burning hot today', /./],
    ['the school is burning a hole in my pocket', /./],
    ['which station burned down', /Forest Gate/],
  ]);
  itCalls999First(['my nan got knocked down by a car', 'he was knocked down outside the station']);
});
