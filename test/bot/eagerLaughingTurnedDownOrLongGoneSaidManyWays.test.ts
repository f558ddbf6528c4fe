/**
 * Figures of speech before a counter question, not danger: eager ("my lad is dying to see the new batman", "dying for
 * a cuppa", "dying to try that new place"), laughing ("im dead, that meme killed me"), turned down ("got shot down by a
 * girl at the bar"), and a crime told as long gone ("a stabbing happened on my road back in 2019"), also when its year
 * comes before an address asked ("reported a stabbing back in 2019, just want the sutton counter address": the address,
 * not the counter's past). The question is answered, with no 999 first. Controls: someone dying, shot or stabbed now, someone trying a door, keep 999 first.
 */
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

describe('eager, laughing, turned down or long gone: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['my son is dying to see the new spiderman, is there a station near the cinema in E17', /Tottenham Police Station/],
    ['my wife is dying for a cuppa, whats open now', /Charing Cross/],
    ['she is dying to meet you lol, where is ilford police station', /Ilford Police Station/],
    ['dying to try that new place, nearest station to E17', /Tottenham Police Station/],
    ['lol im dead that joke killed me. is ilford open', /Ilford Police Station/],
    ['that video killed me haha, is brixton open', /Brixton Police Station/],
    ['i got shot down by my crush lol. is walworth open', /Walworth Police Station/],
    ['he got shot down by his boss again. hours for croydon', /Croydon Police Station/],
    ['a shooting took place on our estate in 2021. where is walworth police station', /Walworth Police Station/],
    ['a fight happened outside the pub years ago, is brixton open', /Brixton Police Station/],
    // A crime of a year gone by, reported (the "I" dropped) or not, then the address: the address, not the counter's past.
    ['reported a mugging back in 2018 to my insurer, just need the sutton counter address', /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
    ['a stabbing happened back in 2019, just want the sutton counter address', /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
    ['my car was broken into back in 2018, whats the address of croydon police station', /^\*\*Croydon Police Station\*\*: 71 Park Lane/],
    ['reported it already, just want brixtons address', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
    // A year with something else that happened in it is not a plan of that year ("what happened in 2018" is).
    ['a mugging happened in 2018, whats the sutton address', /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
    ['something happened in 2018, where is sutton police station', /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
  ]);
  it999FirstAsControls([
    'my lad is dying, help',
    'he is dying, he cant breathe',
    'he got shot down in the street',
    'a stabbing happened outside just now',
    'someone is trying our back door right now',
    'a man tried the door handles on our street just now',
  ]);
});
