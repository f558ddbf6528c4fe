/**
 * A street's name typed short, "X st" or "X rd", many ways, through the real bot: read as the whole name by both the
 * station search and the place finder, so a counter named after its street ("Church Street") stays the counter and a
 * place stays the place. "st" before a name is a saint's, as before ("st pauls", "kings cross st pancras").
 */
import { itAnswersFirst } from './harness';

const NEAREST_TO = (place: string): RegExp => new RegExp(`^The nearest front counter (?:open now )?to \\*{0,2}${place}\\*{0,2} is \\*\\*`);

describe('a street\'s name typed short, said many ways: the place or counter its whole name is', () => {
  itAnswersFirst([
    ['im near old st', NEAREST_TO('Old Street')],
    ['near baker st', NEAREST_TO('Baker Street')],
    ['closest police station to baker st please', NEAREST_TO('Baker Street')],
    ['preston rd', NEAREST_TO('Preston Road')],
    ['edgware rd', NEAREST_TO('Edgware Road')],
    ['whats the nearest counter to wood st', NEAREST_TO('Wood Street')],
    ['im at liverpool st', /^Liverpool Street is in the City of London, which has its own police force/],
    ['is church st open', /^No, the front counter at \*\*Church Street police front counter\*\* closed on 28 February 2026\.$/],
    ['church st police station hours?', /Church Street/],
    ['is the agar st one open', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day\.$/],
  ]);
});

describe('"st" before a name, and the whole names, as before', () => {
  itAnswersFirst([
    ['st pauls', /^St Paul's is in the City of London/],
    ['im at st johns wood', NEAREST_TO('St John\'s Wood')],
    ['kings cross st pancras', NEAREST_TO('King\'s Cross St Pancras')],
    ['is church street open', /^No, the front counter at \*\*Church Street police front counter\*\* closed on 28 February 2026\.$/],
    ['near baker street', NEAREST_TO('Baker Street')],
    ['im on the 1st floor of the building near old street', /Old Street/],
  ]);
});
