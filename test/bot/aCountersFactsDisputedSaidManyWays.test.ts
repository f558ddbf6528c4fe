/**
 * The facts of one counter named said to be wrong, many ways, through the real bot: how fresh what the bot has on that
 * counter is comes first (its last check and latest change), then what the facts say, never a plain status answer that
 * ignores the dispute. With a question of its own beside the dispute, that question is answered; with no counter named,
 * the dispute is of the last answer, as before.
 */
import { itAnswersFirst } from './harness';

const DISPUTED_OF = (name: string): RegExp => new RegExp(`^Sorry if that was wrong: what I have on \\*\\*${name} Police Station\\*\\* was last checked on \\d+ \\w+ 2026; the latest change my sources show for its counter is dated 3 March 2026\\.$`);

describe('a counter\'s facts disputed, said many ways: how fresh they are, first', () => {
  itAnswersFirst([
    ["you're wrong about ilford", DISPUTED_OF('Ilford')],
    ['your info on brixton is wrong', DISPUTED_OF('Brixton')],
    ['brixton is shut actually, your info is wrong', DISPUTED_OF('Brixton')],
    ['thats wrong, lewisham isnt 24h anymore', DISPUTED_OF('Lewisham')],
    ['ur info for walworth is out of date', DISPUTED_OF('Walworth')],
    ['u got it wrong about charing cross', DISPUTED_OF('Charing Cross')],
    ['the hours you gave for bromley are wrong', DISPUTED_OF('Bromley')],
    ['ilford police station info is outdated mate', DISPUTED_OF('Ilford')],
  ]);
});

describe('near a counter\'s facts disputed: their own answers, as before', () => {
  itAnswersFirst([
    ['your wrong about brixton when does it open on sunday then', /^\*\*Brixton Police Station\*\* opens at 09:00 on Sunday 29 November \(open 09:00–19:00\)\.$/],
    // A day named with the dispute: that day's answer (here, a yes that settles it).
    ['youre wrong, croydon police station is open on sundays', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday/],
    ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
    ['thats wrong', /^Sorry if that was wrong: my information was last checked on/],
    ['is the wrong way to ilford station closed', /Ilford Police Station/],
  ]);
});
