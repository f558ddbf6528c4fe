/**
 * Two or three counters compared when one or more has closed, many ways, through the real bot: the first line settles it
 * with the closure (date from the timeline), never a bare title: the one still open leads ("Wembley is open later: ...").
 * Harrow, Pinner, Chingford and Wimbledon closed on 28 February 2026 in the data; Wembley, Brixton, Ilford and Croydon are open (Mon–Fri 10:00–22:00, Sat–Sun 09:00–19:00).
 */
import { itAnswersFirst } from './harness';

const CLOSED = (name: string) => `${name}'s front counter closed on 28 February 2026`;

describe('two counters compared, one closed, said many ways: the closure settles it first', () => {
  itAnswersFirst([
    ['does wembley or harrow stay open later', new RegExp(`^Wembley is open later: ${CLOSED('Harrow')}\\.$`)],
    ['which is open longer, harrow or wembley?', new RegExp(`^Wembley is open longer: ${CLOSED('Harrow')}\\.$`)],
    ['harrow vs wembley which shuts later', new RegExp(`^Wembley is open later: ${CLOSED('Harrow')}\\.$`)],
    ['does ilford or chingford open earlier on saturday', new RegExp(`^Ilford opens earlier: ${CLOSED('Chingford')}\\.$`)],
    ['croydon or wimbledon, which one is open later tonite', new RegExp(`^Croydon is open later: ${CLOSED('Wimbledon')}\\.$`)],
    ['is brixton or harrow open on sunday', new RegExp(`^Only Brixton is open on Sunday: ${CLOSED('Harrow')}\\.$`)],
    ['which is open now wembley or harrow', new RegExp(`^Only Wembley is open now: ${CLOSED('Harrow')}\\.$`)],
    ['which is open longer harrow or pinner', new RegExp(`^Neither: ${CLOSED('Harrow')} and Pinner's closed on 28 February 2026\\.$`)],
    ['compare brixton and harrow', new RegExp(`^Brixton is open longer: ${CLOSED('Harrow')}\\.$`)],
    ['which opens earlier tomorrow, pinner or wembley', new RegExp(`^Wembley opens earlier: ${CLOSED('Pinner')}\\.$`)],
    ['is chingford or ilford open longer', new RegExp(`^Ilford is open longer: ${CLOSED('Chingford')}\\.$`)],
  ]);
});
