/**
 * Which of two areas has more counters, many ways, through the real bot: the counts of open front counters now in the
 * two (boroughs or parts of London, counted as their lists count them) set against each other first, not either's
 * hours or list; asked as a yes or no ("does westminster have more than camden"), "Yes" or "No" first. The counts are the data's as of the test clock; hours compared and distances keep their own answers.
 */
import { itAnswersFirst } from './harness';

const SOUTH_NORTH = /^South London has more: eight open front counters, against six in North London\.$/;
const EAST_WEST = /^East London and West London have the same: six open front counters each\.$/;

describe('which of two areas has more counters, said many ways: both counts first', () => {
  itAnswersFirst([
    ['which has more counters, croydon or bromley', /^Croydon and Bromley have the same: one open front counter each\.$/],
    ['does westminster have more police stations than camden', /^No: Westminster and Camden have the same: one open front counter each\.$/],
    ['which borough has more police stations hackney or newham', /^Hackney and Newham have the same: one open front counter each\.$/],
    ['harrow or brent, which has more front desks?', /^Brent has more: one open front counter, against none in Harrow\.$/],
    ['are there more counters in south london or north london', SOUTH_NORTH],
    ['more counters in north london than south london?', /^No: South London has more: eight open front counters, against six in North London\.$/],
    ['does south london have more police stations than north london', /^Yes: South London has more: eight open front counters, against six in North London\.$/],
    ['does harrow have fewer counters than brent', /^Yes: Brent has more: one open front counter, against none in Harrow\.$/],
    ['more desks in east or west london?', EAST_WEST],
    ['where are there fewer front counters, east london or west london', EAST_WEST],
  ]);
});

describe('near two areas compared: their own answers, as before', () => {
  itAnswersFirst([
    // How long, no time said: their hours over a week.
    ['is croydon or bromley open longer', /^Croydon and Bromley have the same hours: .*, 80 hours a week each\./],
    ['which borough has the most police stations', /^No borough has more than one front counter open today/],
    ['are there any more counters in croydon', /^Croydon has one police front counter: \*\*Croydon Police Station\*\*/],
    ['police stations in south london', /^Eight police front counters are open in South London/],
    ['which counters did croydon have in 2019', /^\*\*Croydon\*\* had one police front counter open on 1 July 2019/],
  ]);
});
