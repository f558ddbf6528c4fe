/**
 * A child gone off with someone grooming them, or into a car with older strangers ("my daughter got into a car with an
 * older man who has been grooming her", "my son went off in a van with two men he met online"): Call 999 now first.
 * Controls: a family car, a cab with its driver, keep their answers.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a child gone with a groomer or with older strangers, many ways: Call 999 now first', () => {
  itCalls999First([
    'my daughter (14) got into a car with an older man who has been grooming her, it just drove off',
    'my son went off in a van with two men he met online',
    'i think a man is grooming my daughter online, shes meeting him tonight',
    'my son got into a car with two older lads and hasnt come back',
    'saw a girl in school uniform get into a car with three grown men outside the station',
    'someone has been grooming my little brother and hes gone to meet him now',
  ]);
});

describe('a family car or a cab: no 999 first', () => {
  itAnswersWithout999First([
    ['my mum got into a cab with the driver, is brixton open', /Brixton/],
    ['we got into the car with my dad and drove to ilford, is it open', /Ilford/],
    ['the dog groomer is next to the station, is walworth open', /Walworth/],
  ]);
});
