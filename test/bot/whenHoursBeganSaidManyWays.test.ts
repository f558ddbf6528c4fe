/**
 * When a counter's hours began ("since when is lewisham 24/7?"), many ways, through the real bot: the date from the
 * timeline first, or, where the data only saw the hours in force (SOURCES.md §5.2, "start date unknown"), that it does
 * not say when they began and the earliest date it has them. Charing Cross and Lewisham: 24 hours on record from
 * 1 November 2017, start unknown; the 25 others on Mon–Fri 10:00–22:00, Sat–Sun 09:00–19:00 since 3 March 2026.
 */
import { itAnswersFirst } from './harness';

const NOT_KNOWN_24 = (name: string, tail: string) =>
  new RegExp(`^My sources don't say when the front counter at \\*\\*${name} Police Station\\*\\* became open 24 hours a day: the earliest of them has it so on 1 November 2017, ${tail}\\.$`);
const SINCE_MARCH = (name: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* has been open \\(Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\) since 3 March 2026\\.$`);

describe('when a counter\'s hours began, said many ways: the date first, or that the data does not hold it', () => {
  itAnswersFirst([
    ['when did charing cross become 24 hour', NOT_KNOWN_24('Charing Cross', 'and it still is')],
    ['since when is lewisham 24/7', NOT_KNOWN_24('Lewisham', 'and it still is')],
    ['how long has charing cross been a 24hr station?', NOT_KNOWN_24('Charing Cross', 'and it still is')],
    ['wen did lewisham go 24/7', NOT_KNOWN_24('Lewisham', 'and it still is')],
    ['When did Charing Cross start opening round the clock', NOT_KNOWN_24('Charing Cross', 'and it still is')],
    ['since when has lewisham police station been open all night', NOT_KNOWN_24('Lewisham', 'and it still is')],
    ['when did croydon start opening 24/7', NOT_KNOWN_24('Croydon', 'until its hours changed on 3 March 2026')],
    ['how long has wembley been open till 10', SINCE_MARCH('Wembley')],
    ["how long's wembley been open till 10", SINCE_MARCH('Wembley')],
    ['since when has brixton had these opening hours', SINCE_MARCH('Brixton')],
    ['from when were ilford\'s current hours', SINCE_MARCH('Ilford')],
    ['when did pinner become 24 hours', /^My sources never show the front counter at \*\*Pinner Police Station \(volunteer-run counter\)\*\* open 24 hours a day\.$/],
  ]);
});

describe('"how long is it open" of a day asks that day\'s hours, not since when', () => {
  itAnswersFirst([
    ['how long is acton open for today', /^\*\*Acton Police Station\*\* is open today, Thursday 26 November, 10:00–22:00\.$/],
    ['how long is brixton open on saturday', /^\*\*Brixton Police Station\*\* is open (?:on )?Saturday 28 November, 09:00–19:00\.$/],
  ]);
});
