/**
 * Someone in danger who cannot talk, said loosely: "cant call and talk", "typing this quietly", deafness asked and
 * denied ("deaf? no, just cant talk"): Call 999 first and the Silent Solution (press 55) in the reply. Controls: a deaf
 * resident keeps the text-999 and Relay UK way; "not deaf" in a counter question stays that question.
 */
import { expect } from 'chai';
import { itAnswersWithout999First, itCalls999FirstWithPress55 } from './call999First';
import { Conversation, firstLineOf } from './harness';

describe('cannot talk, said loosely, with danger near: 999 first and press 55', () => {
  itCalls999FirstWithPress55([
    'my partner has locked me in and is getting violent, cant call and talk',
    'typing this quietly, he is downstairs smashing things and says he will kill me',
    'texting under the duvet, someone is in the house going through the rooms',
    "deaf? no, just can't talk - hes standing right outside the wardrobe im in",
    "im not deaf but i cant talk, my ex is outside the bedroom door",
    'cant ring and speak, the man who hit me is in the hallway',
    'messaging quietly cos he will hear, hes got a knife',
  ]);
});

describe('controls: deaf, and "not deaf" in a counter question', () => {
  it('a deaf resident in danger keeps text 999 and Relay UK', async () => {
    const text = await new Conversation().askText('im deaf, my neighbour is kicking my door in');
    expect(firstLineOf(text)).to.match(/999/);
    expect(text).to.match(/Relay UK|18000/);
  });
  itAnswersWithout999First([
    ["i'm not deaf, i just prefer typing: is brixton open now", /Brixton/],
    ['typing this quietly at work, when does lewisham close', /Lewisham/],
  ]);
});
