/**
 * A place said as Londoners say it, through the real bot: with the borough it lies in right after it ("holloway
 * islington", "angel, islington"), which is one place and not two counters compared; and with "the" before a one-word
 * name that is also an everyday word ("the angel"), when a desk is asked for. Controls: two counters compared, two
 * boroughs listed, and the everyday word inside a sentence keep their old answers. Places and counters from data/:
 * Angel and Islington Police Station (Islington), Holloway (Islington; nearest open counter Kentish Town), Sydenham (Lewisham), Stratford (Newham).
 */
import { itAnswersFirst } from './harness';

const NEAREST = (place: string, counter: string) => new RegExp(`^The nearest front counter to ${place} is \\*\\*${counter} Police Station\\*\\*`);

describe('a place said with its borough, or with "the", said many ways: one place, answered', () => {
  describe('a place with the borough it lies in', () => {
    itAnswersFirst([
      ['nearest police station to holloway islington', NEAREST('Holloway', 'Kentish Town')],
      ['nearest police station to angel, islington', NEAREST('Angel', 'Islington')],
      ['nearest station to angel islington', NEAREST('Angel', 'Islington')],
      ['is sydenham lewisham close to a police station', NEAREST('Sydenham', 'Lewisham')],
      ['closest police desk to stratford, newham please', NEAREST('Stratford', 'Stratford')],
      ['whats the nearest front counter to holloway, islington', NEAREST('Holloway', 'Kentish Town')],
    ]);
  });

  describe('"the" before a one-word name that is an everyday word', () => {
    itAnswersFirst([
      ['nearest police station to the angel', NEAREST('Angel', 'Islington')],
      ['whats the closest police station to the angel', NEAREST('Angel', 'Islington')],
      ['police desk near the angel', NEAREST('Angel', 'Islington')],
      ['any police station near the angel tube', /Islington Police Station/],
    ]);
  });

  describe('controls: comparisons, lists and everyday words keep their answers', () => {
    itAnswersFirst([
      ['which is closer brixton or walworth to SE17', /^Of the two, \*\*Walworth\*\* is nearer to SE17/],
      ['croydon, sutton which stations are open', /Croydon.*Sutton|Sutton.*Croydon/],
      ['compare lewisham and greenwich', /^Lewisham is open longer/],
      ['youre an angel, whats the nearest police station to SE13', NEAREST('SE13', 'Lewisham')],
      ['thanks, youre an angel', /^(?!.*Islington)/],
    ]);
  });
});
