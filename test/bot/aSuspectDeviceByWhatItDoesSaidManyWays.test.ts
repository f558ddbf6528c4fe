/**
 * A suspect device told by what it does, not named as suspicious ("a bag left under the seat on the train is beeping",
 * "someone dumped a rucksack and ran", "a box with wires making a noise"): Call 999 now first. Controls: a smoke alarm
 * beeping, the box office, a bag lost: the question answered.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a suspect device by what it does, said many ways: Call 999 now first', () => {
  itCalls999First([
    'a bag left under the seat on the train is beeping',
    "someone dumped a rucksack and ran, it's ticking",
    'a box with wires making a noise at the bus stop',
    'theres a suitcase on the platform thats been ticking for ten minutes',
    'a man left a holdall by the cash machine and legged it',
    'parcel on my doorstep is making a beeping noise and i didnt order anything',
    'some guy dropped a backpack in the shopping centre and ran off',
  ]);
});

describe('beeping, boxes and bags that are no device: no 999 first', () => {
  itAnswersWithout999First([
    ['my smoke alarm keeps beeping, is lewisham open tomorrow', /Lewisham/],
    ['in case my alarm starts beeping, what time does brixton close', /Brixton/],
    ['the box office was busy, is hackney station open', /open/],
    ['i left a bag at the station yesterday, is there lost property', /lost property/],
  ]);
});
