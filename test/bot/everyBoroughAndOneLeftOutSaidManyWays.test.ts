/**
 * London asked as a whole, many ways, through the real bot: whether every borough has a counter (no, with the boroughs
 * that have none now and the date), and the 24-hour counters with one named left out ("apart from Charing Cross").
 * The counts and names are the data's as of the harness's day (26 November 2026).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NOT_EVERY_BOROUGH = /^No: as of 26 November 2026, five boroughs have no front counter: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\.$/;
const BESIDES_CHARING_CROSS = /^Yes: besides Charing Cross, \*\*Lewisham\*\* is open 24 hours a day, as of 26 November 2026\.$/;
const BESIDES_LEWISHAM = /^(?:Yes: b|B)esides Lewisham, \*\*Charing Cross\*\* is open 24 hours a day, as of 26 November 2026\.$/;
const BOTH_BESIDES = (name: string) => new RegExp(`^(?:Yes: b|B)esides ${name}, \\*\\*Lewisham\\*\\* and \\*\\*Charing Cross\\*\\* are open 24 hours a day, as of 26 November 2026 \\(${name} itself is not\\)\\.$`);

describe('is there a counter in every borough, said many ways: no first, the boroughs with none and the date', () => {
  itAnswersFirst([
    ['is there a police counter in every borough', NOT_EVERY_BOROUGH],
    ['does every borough still have a front desk?', NOT_EVERY_BOROUGH],
    ['does each london borough have a police station', NOT_EVERY_BOROUGH],
    ['every borough got a police front counter??', NOT_EVERY_BOROUGH],
    ['do all 32 boroughs have a police station now', NOT_EVERY_BOROUGH],
    ['is there a front counter in each borough', NOT_EVERY_BOROUGH],
    ['Does every single borough have a police station you can walk into', NOT_EVERY_BOROUGH],
    ['is there a police statoin in evry borough', NOT_EVERY_BOROUGH],
  ]);
});

describe('24-hour counters with one left out, said many ways: the others first', () => {
  itAnswersFirst([
    ['are any stations open 24 hours apart from charing cross', BESIDES_CHARING_CROSS],
    ['is any other counter 24/7 besides charing cross?', BESIDES_CHARING_CROSS],
    ['any 24hr police stations other than charing cross', BESIDES_CHARING_CROSS],
    ['which 24/7 counters are there besides lewisham', BESIDES_LEWISHAM],
    ['is there a 24 hour front desk except for lewisham', BESIDES_LEWISHAM],
    ['apart from lewisham is anywhere open 24 7', BESIDES_LEWISHAM],
    ['any 24h desks except brixton?', BOTH_BESIDES('Brixton')],
    ['are there any round the clock stations excluding croydon', BOTH_BESIDES('Croydon')],
    ['is there another station thats open all night apart from charing x', BESIDES_CHARING_CROSS],
  ]);
});

describe('which boroughs still have a counter: those boroughs, counted, first', function () {
  this.timeout(60_000);
  for (const say of ['which boroughs still have a counter', 'which boroughs have a police station', 'what boroughs still have a front desk now']) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/^27 boroughs have a front counter open today, one each\.$/);
      expect(text, say).to.match(/Five boroughs have none: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./);
    });
  }

  it('"which borough has the most stations" keeps its answer', async () => {
    expect(firstLineOf(await new Conversation().askText('which borough has the most stations'))).to.match(/^No borough has more than one front counter open today/);
  });
});
