/**
 * Which of two counters is busier or quieter ("is walworth busier than brixton", "which is quieter, ilford or romford"):
 * answered for the two named, never the busiest counter overall as if it answered. The sources (resident-facts) give a
 * daily figure only for the busiest counter of each era: when one named is that counter, it is the busier; otherwise
 * that there is no figure for them comes first, then the London-wide figures. Asked without two counters, the busiest
 * overall still answers; danger still leads with 999.
 */
import { itAnswersFirst } from './harness';

const NO_FIGURES = (a: string, b: string) => new RegExp(`^My sources don't give how busy ${a} and ${b} each are, so I can't compare them\\.$`);

const CASES: [string, RegExp][] = [
  ['is walworth busier than brixton', NO_FIGURES('Walworth', 'Brixton')],
  ['which is quieter, ilford or romford', NO_FIGURES('Ilford', 'Romford')],
  ['is croydon or sutton busier', NO_FIGURES('Croydon', 'Sutton')],
  ['which gets more people, lewisham or bromley', NO_FIGURES('Lewisham', 'Bromley')],
  ['is wembley police station quieter than harrow', NO_FIGURES('Wembley', 'Harrow')],
  ['which is busier, kingston or wimbledon police station', NO_FIGURES('Kingston', 'Wimbledon')],
  ['is charing cross busier than brixton', /^In 2025–26, Charing Cross was the busiest front counter in London \(about 15 a day, daily crime reports per counter\), so busier than Brixton\.$/],
  ['which is quieter, brixton or charing cross', /^In 2025–26, Charing Cross was the busiest front counter in London .*, so busier than Brixton\.$/],
  // Controls: the busiest overall; danger.
  ['which is the busiest police station', /^In 2025–26, the busiest front counter was Charing Cross/],
  ['is brixton busier than walworth? someone is stabbing a man outside', /^\*\*Call 999 now/],
];

describe('which of two counters is busier: answered for the two', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
