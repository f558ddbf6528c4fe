/**
 * Two counters compared with a comparative rather than "which" ("does lewisham close later than walworth?",
 * "which closes first?", "does walworth shut before lewisham?"), through the real turn pipeline: the first line
 * settles it from the data's hours, naming the one that is open later (or that both keep the same hours); asked
 * yes or no of the first named ("... later than ...?", "... as late as ...?"), it starts "Yes" or "No".
 */
import { itAnswersFirst } from './harness';


const LEWISHAM_LATER = /^Lewisham is open later: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at Walworth\./;
const SAME = (a: string, b: string, yesNo = '') => new RegExp(`^${yesNo}${a} and ${b} have the same hours`);

const CASES: [string, RegExp][] = [
  ['does lewisham close later than walworth', /^Yes, Lewisham is open later: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at Walworth\./],
  ['does walworth shut before lewisham', LEWISHAM_LATER],
  ['does lewisham shut after walworth', LEWISHAM_LATER],
  ['which one closes first tottenham or edmonton', SAME('Tottenham', 'Edmonton')],
  ['which shuts first, sutton or kingston', SAME('Sutton', 'Kingston')],
  ['is hammersmith open as late as acton', SAME('Hammersmith', 'Acton', 'Yes, ')],
  ['is croydon open more hours than bromley', SAME('Croydon', 'Bromley', 'No, ')],
  ['does charing cross open earlier than brixton', /^Yes, Charing Cross opens earlier now: 24 hours, against until 22:00 at Brixton\./],
];

describe('two counters compared with a comparative: the first line settles it', () => {
  itAnswersFirst(CASES);
});
