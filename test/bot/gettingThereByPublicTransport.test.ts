/**
 * How to get to a counter by bus, Tube or train: the data holds no routes, so the first line says so and gives the
 * counter's address, the next points to TfL's Journey Planner, and the card keeps its map link. Not "the nearest
 * front counter to Walworth Police Station is Walworth Police Station".
 */
import { expect } from 'chai';
import { cardOf, Conversation, firstLineOf, itAnswersFirst } from './harness';

const NO_ROUTES = (name: string, address: string) => new RegExp(`^I don't have bus, Tube or train routes, but \\*\\*${name} Police Station\\*\\* is at ${address}\\.$`);

describe('getting to a counter by public transport: no routes in the data, the address instead', () => {
  itAnswersFirst([
    ['which bus goes to charing cross police', NO_ROUTES('Charing Cross', 'Agar Street, Strand WC2N 4JP')],
    ['whats the nearest tube to walworth police station', NO_ROUTES('Walworth', '12-28 Manor Place, Walworth SE17 3BB')],
    ['can i get the train to lewisham police station?', NO_ROUTES('Lewisham', '43 Lewisham High Street, Lewisham SE13 5JZ')],
    ['how do i get to ilford police station by public transport', NO_ROUTES('Ilford', '270-294 High Road, Ilford IG1 1GT')],
    ['is brixton police station near a tube', NO_ROUTES('Brixton', '367 Brixton Road, Brixton SW9 7DD')],
  ]);

  it('points to TfL for routes, and the card to the map', async () => {
    const replies = await new Conversation().say('any buses to croydon police station');
    expect(firstLineOf(replies[0].text ?? '')).to.match(NO_ROUTES('Croydon', '71 Park Lane, Croydon CR9 1BP'));
    expect(replies[0].text).to.match(/TfL's Journey Planner \(tfl\.gov\.uk\)/);
    expect(JSON.stringify(cardOf(replies[0]))).to.match(/"title":"Directions"/);
  });

  it('a danger message about a bus still leads with 999', async () => {
    expect(firstLineOf((await new Conversation().say('a man on the bus to brixton police station has a knife')).at(0)?.text ?? '')).to.match(/999/);
  });
});
