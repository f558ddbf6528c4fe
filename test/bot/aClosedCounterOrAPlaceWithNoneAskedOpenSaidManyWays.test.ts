/**
 * Which is open, asked of a closed counter and a place with no counter of its own ("is kensington or chelsea open",
 * "is harrow or stanmore open"): the closure first, then the counter standing in for the place, named as its nearest
 * with its distance and whether it is open at the moment asked; never "Only Hammersmith is open now", which reads as
 * if Hammersmith had been asked about. Controls: two closed counters, an open counter and a place, a comparison of
 * hours, danger.
 */
import { itAnswersFirst } from './harness';

const STANDS_IN = (closed: string, place: string, nearest: string, open: string) =>
  new RegExp(`^${closed}'s front counter closed on 28 February 2026, and ${place} has no front counter of its own: the nearest is ${nearest}, about [\\d.]+ km \\([\\d.]+ miles\\) away, ${open}\\.$`);

const CASES: [string, RegExp][] = [
  ['is kensington or chelsea open', STANDS_IN('Kensington', 'Kensington and Chelsea', 'Hammersmith', 'open now')],
  ['is harrow or stanmore open', STANDS_IN('Harrow', 'Stanmore', 'Colindale', 'open now')],
  ['wimbledon or raynes park, which one is open', STANDS_IN('Wimbledon', 'Raynes Park', 'Kingston', 'open now')],
  ['is chingford or highams park open right now', STANDS_IN('Chingford', 'Highams Park', 'Edmonton', 'open now')],
  ['are mitcham or tooting open', STANDS_IN('Mitcham', 'Tooting', 'Lavender Hill', 'open now')],
  ['is harrow or stanmore open at 11pm', STANDS_IN('Harrow', 'Stanmore', 'Colindale', 'not open at 11pm today')],
  // Controls.
  ['is wimbledon or mitcham open', /^Neither is open now: Wimbledon's front counter closed on 28 February 2026 and Mitcham's closed/],
  ['is kingston or kingsbury open', /^Both Kingston and Colindale are open now\.$/],
  ['which is open, brixton or lewisham', /^Both are open now\./],
  ['is harrow or stanmore open? a man is attacking my neighbour with a knife', /^\*\*Call 999 now/],
];

describe('a closed counter or a place with none, asked which is open: the closure, then the stand-in named', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
