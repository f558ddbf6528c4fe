/**
 * A nearest question whose starting point is itself an open counter, said many ways through the real bot:
 * "near clapham junction station" (Lavender Hill's alias), "nearest to brixton police station". The reply
 * said "The nearest front counter to Lavender Hill Police Station is Lavender Hill Police Station, less than
 * 100 metres away"; it now says the counter is right there. Controls: a closed counter as the starting
 * point, and a neighbourhood, keep the distance to the nearest open one; a place named without police words
 * ("victoria station", "buckingham palace") is said back in the resident's words, not as the counter whose point it uses.
 */
import { itAnswersFirst } from './harness';

const RIGHT_THERE = (desk: string, name: string, state: string) => new RegExp(`^The ${desk} is \\*\\*${name} Police Station\\*\\*, right there: ${state}\\.`);
const UNTIL_10 = 'open now, until 22:00';

describe('a counter named as where one is, said many ways', () => {
  itAnswersFirst(
    [
      ['near clapham junction station', RIGHT_THERE('nearest front counter', 'Lavender Hill', UNTIL_10)],
      ['im at clapham junction station, wheres the nearest police', RIGHT_THERE('nearest front counter', 'Lavender Hill', UNTIL_10)],
      ['nearest police station to brixton police station', RIGHT_THERE('nearest front counter', 'Brixton', UNTIL_10)],
      ['nearest desk to lavender hill police station', RIGHT_THERE('nearest front counter', 'Lavender Hill', UNTIL_10)],
      ['closest 24 hour to lewisham police station', RIGHT_THERE('nearest 24-hour front counter', 'Lewisham', 'open 24 hours a day')],
    ],
    { understood: true },
  );
  // Controls: from a closed counter (Belgravia, by Victoria) and from a neighbourhood, the distance is still said. A
  // place said without police words is said back as the resident put it, not as the closed counter's name.
  itAnswersFirst([
    ['closest police station to victoria station', /^The nearest front counter to Victoria Station is \*\*Charing Cross Police Station\*\*, about 2\.7 km/],
    ['nearest police station to buckingham palace', /^The nearest front counter to Buckingham Palace is \*\*Charing Cross Police Station\*\*, about 2\.7 km/],
    ['nearest police to paddington station', /^The nearest front counter to Paddington Station is \*\*Charing Cross Police Station\*\*, about 3\.5 km/],
    ['nearest open to paddington green police station', /^The nearest front counter open now to Paddington Green Police Station is \*\*Charing Cross Police Station\*\*/],
    // Clapham Junction is Lavender Hill's other name: the counter at its address, no distance from its own point.
    ['nearest to clapham junction', /^The nearest front counter to Clapham Junction is \*\*Lavender Hill Police Station\*\*, at 176 Lavender Hill, Battersea SW11 1JX: open now/],
    ['nearest police station to battersea', /^The nearest front counter to Battersea is \*\*Lavender Hill Police Station\*\*, at 176 Lavender Hill, Battersea SW11 1JX: open now/],
  ]);
});
