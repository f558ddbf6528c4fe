/**
 * Which of two named counters is nearer to a place, many ways, through the real bot: the nearer first with both
 * straight-line distances (as nearest answers measure them, from the data's locations), a counter with no open front
 * counter said plainly with its closing date, and, with no place given, the question back, answered by the next postcode.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const LEWISHAM_FROM_SE6 = /^Of the two, \*\*Lewisham\*\* is nearer to SE6: about 2\.8 km \(1\.7 miles\)(?: \(roughly[^)]*\))?, against 5 km(?: \(roughly\))? to Bromley\.$/;
const WALWORTH_FROM_SE1 = /^Of the two, \*\*Walworth\*\* is nearer to SE1: about 1\.2 km \(0\.7 miles\)(?: \(roughly[^)]*\))?, against 2\.6 km(?: \(roughly\))? to Charing Cross\.$/;

describe('which of two counters is nearer, said many ways: the nearer first, with both distances', () => {
  itAnswersFirst([
    ['is lewisham further from SE6 than bromley', LEWISHAM_FROM_SE6],
    ['which is nearer to SE6, lewisham or bromley?', LEWISHAM_FROM_SE6],
    ['bromley or lewisham - which is closer to se6', LEWISHAM_FROM_SE6],
    ['which one is less far from SE6 lewisham or bromley', LEWISHAM_FROM_SE6],
    ['which is closer to SE1, walworth or charing cross', WALWORTH_FROM_SE1],
    ['is charing cross or walworth nearer to se1', WALWORTH_FROM_SE1],
    ['whats closer to SE1 walworth police station or charing cross police station', WALWORTH_FROM_SE1],
    // Nearness said as the journey: quicker, easier, a shorter trip (not "get to" asked as the way there).
    ['is it quicker to get to lewisham or bromley from se6', LEWISHAM_FROM_SE6],
    ['which is an easier journey from SE6, bromley or lewisham', LEWISHAM_FROM_SE6],
    ['is it easier to get to walworth or charing cross from se1', WALWORTH_FROM_SE1],
    ['whats faster to walk to from se1, charing cross or walworth', WALWORTH_FROM_SE1],
    ['which is nearer to E17, chingford or walthamstow', /^Of the two, \*\*Walthamstow Town Centre\*\* is nearer to E17: .* Walthamstow Town Centre no longer has an open front counter: it closed on 14 December 2017\.$/],
  ]);

  it('says plainly when the counters named have closed, with the nearest open counter to the place', async () => {
    const text = await new Conversation().askText('which is nearer to E17, chingford or walthamstow');
    expect(text).to.match(/Chingford no longer has an open front counter: it closed on 28 February 2026\./);
    expect(text).to.match(/The nearest open front counter to E17 is \*\*Tottenham Police Station\*\*, about 3\.4 km/);
  });

  it('asks where the resident is when no place is given, and the next postcode answers it', async () => {
    const conversation = new Conversation();
    expect(await conversation.askText('which is closer, brixton or walworth')).to.match(/postcode/i);
    expect(firstLineOf(await conversation.askText('SE17 1AA'))).to.match(/^Of the two, \*\*Walworth\*\* is nearer to SE17 1AA: about 0\.5 km \(0\.3 miles\)(?: \(roughly[^)]*\))?, against 3\.3 km(?: \(roughly\))? to Brixton\.$/);
  });
});
