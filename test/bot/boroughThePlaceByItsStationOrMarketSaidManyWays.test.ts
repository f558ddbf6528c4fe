/**
 * Borough, the neighbourhood in Southwark, named by its tube station, market or high street ("police station near
 * borough tube", "im at borough market where is the nearest police station"): the area round the old Southwark counter
 * on Borough High Street (the data's only point for it), answered with the nearest open counter, rather than read as the
 * word for a council's area ("can't help with that", "I need to know where you are", a count of counters per borough).
 * "Borough police station" said straight after a verb or preposition ("is borough police station open") is the data's
 * other name for that counter (was: "Which police station do you want to know about?").
 * Controls: "borough" as a council's area ("which borough is brixton in", "is there a police station in my borough",
 * "police stations in the borough of sutton", "how many police stations in each borough") keeps its answers. Through
 * the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEAREST_TO_BOROUGH = /^The nearest front counter to Borough is \*\*Walworth Police Station\*\*, about 1\.1 km/;

describe('Borough the place, named by its station or market, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['police station near borough tube', NEAREST_TO_BOROUGH],
      ['police station near borough station', NEAREST_TO_BOROUGH],
      ['im at borough market where is the nearest police station', NEAREST_TO_BOROUGH],
      ['borough tube nearest police station', NEAREST_TO_BOROUGH],
      ['nearest police station to borough high street', NEAREST_TO_BOROUGH],
      ['closest cop shop to borough stn', NEAREST_TO_BOROUGH],
      ['whats the nearest police station to borough underground', NEAREST_TO_BOROUGH],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'and the nearest one to borough station?'], NEAREST_TO_BOROUGH],
      [['is brixton open now?', 'im by borough market actually'], NEAREST_TO_BOROUGH],
      [['is brixton open now?', 'what about near borough tube'], NEAREST_TO_BOROUGH],
    ],
    FRIDAY,
  );

  // "Borough police station" is the data's other name for Southwark's old counter on Borough High Street.
  itAnswersFirst(
    [
      ['is borough police station open', /^No, the front counter at \*\*Southwark Police Station\*\* closed on 14 December 2017\./],
      ['when did borough police station close', /^The front counter at \*\*Southwark Police Station\*\* closed on 14 December 2017/],
      ['where is borough police station', /^\*\*Southwark Police Station\*\*: 323 Borough High Street SE1 1JL\./],
      ['whens borough police open', /Southwark Police Station/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls: a council\'s area', () => {
    itAnswersFirst(
      [
        ['is there a police station in my borough', /^To find the nearest front counter, I need to know where you are\./],
        ['is there a police station in the borough', /^To find the nearest front counter, I need to know where you are\./],
        ['police stations in the borough of sutton', /^Sutton has one police front counter: \*\*Sutton Police Station\*\*/],
        ['sutton borough police station', /^Sutton has one police front counter: \*\*Sutton Police Station\*\*/],
        ['how many police stations in each borough', /^No borough has more than one front counter open today/],
        ['is hackney borough police station open', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
        ['which borough police station is nearest to me', /^To find the nearest front counter, I need to know where you are\./],
        ['nearest police station to southwark tube', /^The nearest front counter to Southwark is \*\*Walworth Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
  });
});
