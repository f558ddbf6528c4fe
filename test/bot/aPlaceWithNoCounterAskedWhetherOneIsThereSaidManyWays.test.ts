/**
 * Whether there is a counter in a neighbourhood that has none of its own, asked as "is there a police station in/at X"
 * ("is there a police station in canary wharf", "do they have a police station in dalston", "does whitechapel have a
 * police station", "is there a cop shop in wapping"): that there is none in the place, said first (with its borough),
 * then the nearest, as places answered with their borough's counters already lead ("does peckham have a police
 * station"). Controls: near the place ("is there a police station near canary wharf") is the nearest alone; a place
 * with an open counter within 1 km (Covent Garden, Camden Town) is not said to have none; a place named after an open
 * counter is Yes, after a closed one No with its date; a 24-hour one or one open now asked keeps its answer; a
 * postcode district keeps its nearest; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_IN = (place: string, borough: string, nearest: string) =>
  new RegExp(`^I know of no police front counter in ${place}, which is in ${borough}\\. The nearest front counter to ${place} is \\*\\*${nearest} Police Station\\*\\*`);

describe('a place with no counter asked whether one is there, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is there a police station in canary wharf', NONE_IN('Canary Wharf', 'Tower Hamlets', 'Bethnal Green')],
      ['does canary wharf have a police station', NONE_IN('Canary Wharf', 'Tower Hamlets', 'Bethnal Green')],
      ['any police station in whitechapel?', NONE_IN('Whitechapel', 'Tower Hamlets', 'Bethnal Green')],
      ['do they have a police station in dalston', NONE_IN('Dalston', 'Hackney', 'Stoke Newington')],
      ['is there a cop shop in wapping', NONE_IN('Wapping', 'Tower Hamlets', 'Bethnal Green')],
      ['is there a police counter at heathrow airport', NONE_IN('Heathrow', 'Hillingdon', 'Hounslow')],
      ['is there a police station in bow', NONE_IN('Bow', 'Tower Hamlets', 'Stratford')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is there a police station near canary wharf', /^The nearest front counter to Canary Wharf is \*\*Bethnal Green Police Station\*\*/],
        ['is there a police station in covent garden', /^The nearest front counter to Covent Garden is \*\*Charing Cross Police Station\*\*, about 0\.4 km/],
        ['is there a police station in camden town', /^The nearest front counter to Camden Town is \*\*Kentish Town Police Station\*\*/],
        ['is there a police station in kentish town', /^Yes, in Kentish Town\. Camden has one police front counter: \*\*Kentish Town Police Station\*\*/],
        ['does peckham have a police station', /^No: the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./],
        ['is there a police station in holloway', /^No: the front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020\./],
        ['is there a 24 hour police station in canary wharf', /^I know of no 24-hour front counter in Canary Wharf, which is in Tower Hamlets\. The nearest 24-hour front counter to Canary Wharf is \*\*Lewisham Police Station\*\*/],
        ['is there a police station open in canary wharf', /^The nearest front counter open now to Canary Wharf is \*\*Bethnal Green Police Station\*\*/],
        ['is there a police station in SE15', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
        ['nearest police station to canary wharf', /^The nearest front counter to Canary Wharf is \*\*Bethnal Green Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is there a police station in canary wharf, someone is attacking my friend right now'], FRIDAY);
  });
});
