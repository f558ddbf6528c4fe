/**
 * Someone taken in a vehicle ("they've got my brother in the boot of the car", "two men bundled a girl into a car",
 * "threw him in the back of a van") and a small child or a pram alone by traffic ("a pram rolling towards the road",
 * "a toddler walking along the main road on his own"): Call 999 now first. Controls: everyday words of cars and boots
 * ("put the kids in the car", "my bag in the boot", "the car park", "watching the traffic") keep their answers.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('someone taken in a vehicle, or a small child alone by traffic, many ways: Call 999 now first', () => {
  itCalls999First([
    "they've got my brother in the boot of the car",
    'someone locked a woman in the boot of a car',
    'they threw him in the back of a van and drove off',
    'two men bundled a girl into a car outside the school',
    'a man is trying to get kids into his van',
    'some lads stuffed my mate into the boot and drove off',
    'theres a pram rolling towards the road and no one with it',
    'a toddler is walking along the main road on his own',
    'little boy on the train tracks by himself near the station',
  ]);
});

describe('everyday cars, boots and traffic: no 999 first', () => {
  itAnswersWithout999First([
    ['put the kids in the car and drove to brixton, is it open', /Brixton/],
    ['i left my bag in the boot of my car, is brixton open', /Brixton/],
    ['we got him in the car park at the station lol, is ilford open', /Ilford/],
    ['my toddler loves watching the traffic on the main road, is lewisham open at night', /Lewisham/],
    ['put my nan in a cab home, what time does croydon open tomorrow', /Croydon/],
    ['getting the baby into the car seat takes ages, is walworth open late', /Walworth/],
  ]);
});
