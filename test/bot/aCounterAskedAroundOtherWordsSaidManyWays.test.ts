/**
 * A question about a counter said with other words around it, through the real turn pipeline: a story that is off the
 * topic ("the bus ran into traffic so im late") does not swallow the question after it; a place asked about as a police
 * station the data has no counter for ("is marylebone police station open?") is said to be none first, then the
 * nearest; a plan named by the last word of its title ("the strategy", "the review") is that plan; "ever" asked of a
 * counter's 24 hours is how it was before its hours last changed; a day gone by is answered in the past tense. Facts
 * from data/.
 */
import { itAnswersFirst } from './harness';

describe('a counter asked around other words, said many ways: the question is answered', () => {
  itAnswersFirst(
    [
      // A story off the topic, then the question.
      ['the bus ran into traffic so im late, is brixton open', /^(?:Yes, )?\*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
      ['my train got delayed, will lewisham be open at 11', /^Yes, at 23:00 today \(Thursday 26 November\), \*\*Lewisham Police Station\*\* is open/],
      ['stuck in traffic on the a406 - is edmonton still open', /^Yes, the front counter at \*\*Edmonton Police Station\*\* is open/],
      ['weather is awful, is walworth open today', /^Yes, \*\*Walworth Police Station\*\* is open today/],
      ['football traffic everywhere, what time does wembley police station close', /^\*\*Wembley Police Station\*\* /],
      // A counter asked near a place named by another service, or with another topic beside it: the place asked for.
      ['nearest front counter to kings college hospital', /^I couldn't find "kings college hospital" among the London places and police stations I know/],
      ['front desk near st thomas hospital please', /^I couldn't find "st thomas hospital"/],
      ['this traffic is murder, any front desk open near blackfen', /^I couldn't find "blackfen"/],
      // A police station the data has no counter for.
      ['is marylebone police station open', /^My sources have no police front counter called Marylebone\. The nearest front counter open now to Marylebone is \*\*Kentish Town Police Station\*\*/],
      ['marylebone police station opening hours', /^My sources have no police front counter called Marylebone\. The nearest open front counter to Marylebone is \*\*Kentish Town Police Station\*\*/],
      ['is soho police station open on sunday', /^My sources have no police front counter called Soho\. The nearest open front counter to Soho is \*\*Charing Cross Police Station\*\*/],
      ['whats the address of marylebone police station', /^My sources have no police front counter called Marylebone\./],
      // A plan by the last word of its title.
      ['which stations closed when the strategy came in', /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\)/],
      ['how many counters did the strategy close', /^36 front counters closed .* under the 2017 Public Access Strategy/],
      ['what closed under the review', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
      // "Ever" 24 hours.
      ['did kingston ever have a 24 hour counter', /^On 2 March 2026, the day before its hours changed \(on 3 March 2026\), the front counter at \*\*Kingston Police Station\*\* was open 24 hours a day\.$/],
      ['has croydon ever been 24/7', /^Yes: the front counter at \*\*Croydon Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\.$/],
      ['when was tottenham last 24 hours', /^The hours of the front counter at \*\*Tottenham Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\.$/],
      ['when was croydon last open all night', /^The hours of the front counter at \*\*Croydon Police Station\*\* last changed on 3 March 2026/],
      ['when did they stop 24 hour opening', /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\): since then only \*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day\.$/],
      ['when did the new hours start', /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\)/],
      ['since when have police stations stopped opening all night', /^The new hours began on 3 March 2026/],
      // A day gone by, asked in the past tense: yes or no, said as the past.
      ['was brixton open last sunday', /^Yes, \*\*Brixton Police Station\*\* was open on Sunday 22 November, 09:00–19:00\.$/],
      ['was croydon open yesterday', /^Yes, \*\*Croydon Police Station\*\* was open yesterday, Wednesday 25 November, 10:00–22:00\.$/],
      ['was walworth closed yesterday', /^No, \*\*Walworth Police Station\*\* was open yesterday/],
      // Was it a 24-hour counter; has it moved.
      ['was mitcham a 24 hour station', /^My sources don't say whether the front counter at \*\*Mitcham Police Station\*\* was ever open 24 hours a day: on 27 February 2026, the day before it closed \(on 28 February 2026\), it was open \(my sources do not give its hours then\)\.$/],
      ['was lewisham a 24 hour station', /^My sources show no change to the hours of the front counter at \*\*Lewisham Police Station\*\*, and no closure\. It is open 24 hours a day today\.$/],
      ['has ilford ever moved', /^Yes, for a while: the front counter at \*\*Ilford Police Station\*\* moved while it was closed\. .*relocated to Barkingside/],
    ],
    { understood: true },
  );
});
