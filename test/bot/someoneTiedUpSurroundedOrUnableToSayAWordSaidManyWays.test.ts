/**
 * Danger told without a harm verb the bot knew (was: "can't help with that", or 999 without press 55):
 * - someone tied up, bound or gagged by force ("they tied my mum to a chair", "the robbers have him bound and gagged",
 *   "two men have tied up the shopkeeper");
 * - someone surrounded by a gang, or their car or home with them in it ("a mob has surrounded my sister", "a gang is
 *   circling my husband's van");
 * - unable to say a word where they are ("in the back of a van, cant say a word"): press 55 as well.
 * Controls: a boat, a dog, shoelaces or hair tied; "tied up at work", "my hands are tied"; an escape room's game; fans
 * round a singer; "can't say a word about it to my boss"; someone shot in a video game; a film's stabbing scene.
 */
import { expect } from 'chai';
import { expect999First, itAnswersWithout999First, itCalls999FirstWithPress55 } from './call999First';
import { Conversation, firstLineOf } from './harness';

describe('someone tied up or bound by force, said many ways: 999 first', () => {
  for (const say of [
    'they tied my mum to a chair and are going through the house',
    'the robbers have got my flatmate bound and gagged',
    'someone tied my brother up and left, hes still tied to the radiator',
    'my wife has been tied up by the men who came in, i can see it on the ring camera',
    'watching on the cctv, two men have tied up the shopkeeper',
    'hes got her tied up in the boot of his car',
    'they taped his hands together and are holding him in the basement',
    'the kidnappers have him chained up',
    'my sister is cable tied to the bed and he wont let her go',
    'they tied the owner to a chair and emptied the till',
  ]) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});

describe('someone surrounded by a gang, said many ways: 999 first', () => {
  for (const say of [
    'a mob has surrounded my sister',
    'some lads are circling my car, im inside',
    'im surrounded by a gang of youths at the bus stop',
    'a group of men have cornered my son behind the shops',
    'the opps have surrounded my cousins flat',
  ]) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});

describe('unable to say a word with danger near: 999 first and press 55', () => {
  itCalls999FirstWithPress55([
    'locked in a van by two men, cant say a word',
    'hes in the next room, i cant say a word',
    "trapped in the flat with him, daren't say anything",
    'under the bed, he is looking for me, cannot utter a sound',
  ]);
});

describe('controls: tied, surrounded, silent or shot in other senses', () => {
  itAnswersWithout999First([
    ['tied my shoelaces together lol is brixton open', /Brixton Police Station/],
    ['i got tied up at work, is ilford still open', /Ilford Police Station/],
    ['i tied up the loose ends at work, is ilford open', /Ilford Police Station/],
    ['the dog is tied to the post outside brixton station', /Brixton Police Station/],
    ['in the escape room they tied us up, great fun, is walworth open', /Walworth Police Station/],
    ['we sat surrounded by friends, is ilford open', /Ilford Police Station/],
    ['the fans surrounded the singer at the stage door, is charing cross open', /Charing Cross Police Station/],
    ['cant say a word about it to my boss, is brixton open', /Brixton Police Station/],
    ['my daughter got killed on fortnite again and is sulking, is brixton open', /Brixton Police Station/],
    ['my son keeps getting shot in call of duty, anyway nearest counter to SE13?', /Lewisham Police Station/],
    ['that show had a brutal stabbing scene, what time does bromley close today', /Bromley Police Station/],
    ['the knife fight scene in the film made me jump, anyway is brixton open', /Brixton Police Station/],
  ]);
  it('my hands are tied, said of the council: no 999', async () => {
    expect(firstLineOf(await new Conversation().askText('my hands are tied, the council wont help'))).to.not.match(/999/);
  });
});
