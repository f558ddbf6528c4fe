/**
 * A question about London's counters after something told first, many ways, through the real bot: an aside that ends
 * where a sentence does ("we smashed the pub quiz but got one wrong: how many police front counters does london have
 * now"), or a crime told as long over with "just curious" / "out of curiosity" before a question of London's counters
 * as a whole. The question is answered; a question about reporting the crime told still gets how to report it.
 */
import { itAnswersFirst } from './harness';

describe('a counter question after an aside ended by a sentence, said many ways: the question answered', () => {
  itAnswersFirst([
    ['we smashed the pub quiz but got one wrong: how many police front counters does london have now', /^27 front counters are open in London now/],
    ['love a good quiz night. which police stations are open 24 hours?', /^Only two front counters are open 24 hours a day since 3 March 2026/],
    ['the weather is grim today! is there a police station open in croydon', /Croydon Police Station/],
  ]);
});

describe('a crime told as over, then a question of London\'s counters, said many ways: the question answered', () => {
  itAnswersFirst([
    ['i was mugged back in 2019, all sorted long ago, just curious how many counters closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
    ['my bike was stolen in 2021, out of curiosity which stations are 24 hours', /^Only two front counters are open 24 hours a day since 3 March 2026/],
    ['got burgled last month, was wondering which counters closed in february', /^Ten front counters closed on 28 February 2026/],
    ['my car got nicked last year, sorted now. which stations are 24 hours?', /^Only two front counters are open 24 hours a day since 3 March 2026/],
  ]);
});

describe('near a question after a story: reporting the crime told, as before', () => {
  itAnswersFirst([
    ['i was assaulted last week, just curious how do i report it', /^To report a crime that is not an emergency: call 101/],
    ['i was burgled in 2020, how do i report it', /^To report a crime that is not an emergency: call 101/],
    ['whats the weather like in london', /^Sorry, I can't help with that/],
  ]);
});
