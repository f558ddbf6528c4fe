/**
 * A place named by a direction before a counter's name ("west brixton", "upper brixton", "lower edmonton", "north
 * ilford"), which the data does not know as a compound: another place, not the counter inside its name; the bot says it
 * does not know it and asks for a postcode or borough. Controls: compounds the data knows keep their own place ("west
 * norwood", "south woodford", "east croydon", "north kensington", "south croydon", "west sutton"); a direction before a
 * place with no counter of its name ("north finchley") is still near that place; the name alone ("is woolwich open",
 * "is norwood open") is unchanged; a part of London ("north london") is no place; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const UNKNOWN = (name: string) => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know`);

describe('a place named by a direction before a counter\'s name, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is north ilford police station open', UNKNOWN('north ilford')],
      ['is west brixton police station open', UNKNOWN('west brixton')],
      ['upper brixton police station address', UNKNOWN('upper brixton')],
      ['nearest station to lower edmonton', UNKNOWN('lower edmonton')],
      ['whats the nearest counter to east wimbledon', UNKNOWN('east wimbledon')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is west norwood police station open', /^My sources have no police front counter called West Norwood\. The nearest front counter open now to West Norwood is \*\*Brixton Police Station\*\*/],
        ['is south woodford station open', /^My sources have no police front counter called South Woodford\. \*\*Woodford Police Station\*\*, about 1\.7 km/],
        ['nearest police station to east croydon', /^The nearest front counter to East Croydon is \*\*Croydon Police Station\*\*/],
        ['nearest front counter to north kensington', /^The nearest front counter to North Kensington is \*\*Hammersmith Police Station\*\*/],
        ['south croydon nearest police station', /^The nearest front counter to South Croydon is \*\*Croydon Police Station\*\*/],
        ['west sutton police station hours', /^My sources have no police front counter called West Sutton\./],
        ['nearest police station to north finchley', /^The nearest front counter to Finchley is \*\*/],
        ['is woolwich open', /^(?:My sources have no police front counter called Woolwich\. )?The nearest front counter open now to Woolwich is \*\*Plumstead Police Station\*\*/],
        ['is norwood open', /^Did you mean South Norwood, Upper Norwood or West Norwood\?/],
        ['im in north london wheres the nearest police station', /^To find the nearest front counter, I need to know where you are\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is stabbing people in west brixton right now'], FRIDAY);
  });
});
