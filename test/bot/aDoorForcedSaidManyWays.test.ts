/**
 * Someone forcing a door, gate or window now, told with verbs of force that are also nouns ("booting my front door
 * in", "ramming the gate", "bashing the door in", "barging the back door"): Call 999 now first. Controls: the same
 * words as nouns ("the boot of my car", "a birthday bash at my flat", "ram raiders ... last year") keep their answers.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itCalls999First, itAnswersWithout999First } from './call999First';

describe('a door, gate or window forced now, said with verbs of force many ways: Call 999 now first', () => {
  itCalls999First([
    'theres a bloke tryna boot my front door in rn',
    'someone is booting the back door',
    'two lads booting next doors door in',
    'somebody keeps ramming our gate with a van',
    'a man is bashing my door in help',
    'theyre bashing the shop shutters right now',
    'some guy barging the back door of my flat',
  ]);
});

describe('the same words as nouns or said of things gone by: no 999 first', () => {
  itAnswersWithout999First([
    ['left my keys in the boot of my car, is brixton open', /Brixton/],
    ['were having a birthday bash at my flat tonight, is lewisham open all night', /Lewisham/],
    ['ram raiders hit our local shop last year, which station covers ilford', /Ilford/],
    ['my laptop wont boot, where is the nearest police station to SE13 5JX', /Lewisham/],
  ]);
  it('a car boot sale asked about is not danger', async () => {
    const text = await new Conversation().askText('is there a car boot sale near brixton police station');
    expect(text.split('\n')[0]).to.not.match(/999/);
  });
});
