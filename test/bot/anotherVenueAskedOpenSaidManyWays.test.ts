/**
 * Another kind of venue asked open, or its hours, as a counter's would be ("is the british museum open", "what time
 * does the tate modern close", "is the emirates open", "is brixton market open"), many ways, through the real bot:
 * first, that the bot does not know the hours of shops, museums, stadiums or other places, only police front
 * counters; never "which police station?", nor the nearest counter to the venue as if that were asked. Controls: a
 * counter asked of a venue, or near one, where the resident is said before a counter asked, and counters asked open
 * by name keep their answers.
 */
import { Conversation, itAnswersFirst, PLACE_NOT_KNOWN } from './harness';
import { expect } from 'chai';

const NOT_VENUES = /^I don't know the opening hours of shops, museums, stadiums or other places: I only know about London's police front counters\./;

describe('another kind of venue asked open, said many ways', () => {
  itAnswersFirst([
    ['is the emirates open', NOT_VENUES],
    ['is the police museum open', NOT_VENUES],
    ['what time does the british museum close', NOT_VENUES],
    ['is the natural history museum open today', NOT_VENUES],
    ['is wembley stadium open', NOT_VENUES],
    ['when does london zoo open', NOT_VENUES],
    ['is the o2 open tonight', NOT_VENUES],
    ['what are the opening hours of the science museum', NOT_VENUES],
    ['is the leisure centre open on sunday', NOT_VENUES],
    ['tate modern opening times?', NOT_VENUES],
    ['is the national gallery open on boxing day', NOT_VENUES],
    ['r the swimming baths open', NOT_VENUES],
    ['is brixton market open', NOT_VENUES],
    ['is sainsburys in brixton open', NOT_VENUES],
    ['is brixton academy open tonight', NOT_VENUES],
    ['is the town hall open', NOT_VENUES],
    ['hi is the park open', NOT_VENUES],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      // A counter asked of a venue, or near one: the place is looked up, as before.
      ['nearest police station to the british museum', PLACE_NOT_KNOWN('british museum')],
      ['is there a police station near the emirates stadium', PLACE_NOT_KNOWN('emirates stadium')],
      ['nearest desk to wembley stadium', /Wembley Police Station/],
      // Counters asked open by name.
      ['is wembley police station open', /^Yes, \*\*Wembley Police Station\*\* is open/],
      ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open/],
      ['what time does tottenham police station close', /Tottenham Police Station/],
      // Where the resident is, said before the counter asked.
      ['im at the market, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open/],
      ["i'm at the o2, is wembley open?", /^Yes, \*\*Wembley Police Station\*\* is open/],
      // A place whose name ends in a kind of venue, without "the": the place.
      ['is finsbury park open', /Finsbury Park/],
    ]);

    it('danger at a venue still leads with 999', async () => {
      const text = await new Conversation().askText('someone is being stabbed outside the stadium, is it open');
      expect(text).to.match(/^\*\*Call 999 now\*\*/);
    });
  });
});
