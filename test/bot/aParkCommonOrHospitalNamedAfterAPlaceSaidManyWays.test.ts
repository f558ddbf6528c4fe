/**
 * A park, common or hospital the data does not name whole, named after a place it does ("victoria park",
 * "nearest police station to richmond park", "police near homerton hospital", "greenwich park"): not that place (Victoria
 * Park is in Hackney, not Victoria; Richmond Park reaches Kingston), but "I couldn't find it", a postcode asked for, and
 * the place it is named after offered, not assumed. Before, "victoria park" was Belgravia's closed counter and "police
 * station near richmond park" the nearest to Richmond. Follow-ups: a postcode or the place offered completes the
 * question. Controls: parks and commons the data names whole ("finsbury park", "clapham common", "hyde park") are still
 * found; a landmark with its place or district after it ("ruskin park camberwell", "victoria park e9") is that place or
 * district; a place alone is unchanged; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { expect } from 'chai';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_FOUND = (name: string) => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know, so I can't tell where it is\\.`);
const NOT_FOUND_NAMED_AFTER = (name: string, _after: string) => NOT_FOUND(name);

describe('a park, common or hospital named after a place, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['victoria park', NOT_FOUND_NAMED_AFTER('victoria park', 'Victoria')],
      ['richmond park', NOT_FOUND_NAMED_AFTER('richmond park', 'Richmond')],
      ['nearest police station to victoria park', NOT_FOUND_NAMED_AFTER('victoria park', 'Victoria')],
      ['police station near richmond park', NOT_FOUND_NAMED_AFTER('richmond park', 'Richmond')],
      ['police near homerton hospital', NOT_FOUND_NAMED_AFTER('homerton hospital', 'Homerton')],
      ['whats the nearest police station to lewisham hospital', NOT_FOUND_NAMED_AFTER('lewisham hospital', 'Lewisham')],
      ['nearest police station to greenwich park', NOT_FOUND_NAMED_AFTER('greenwich park', 'Greenwich')],
      ['nearest police to tooting common', NOT_FOUND_NAMED_AFTER('tooting common', 'Tooting')],
      ['acton park police station', NOT_FOUND_NAMED_AFTER('acton park', 'Acton')],
      ['greenwich park', NOT_FOUND_NAMED_AFTER('greenwich park', 'Greenwich')],
      // Named after no place the data knows: no place offered.
      ['police station near brockwell park', NOT_FOUND('brockwell park')],
      ['vicky park', NOT_FOUND('vicky park')],
    ],
    { understood: true, now: FRIDAY },
  );

  // The postcode is asked for, and the place it is named after offered only when the data knows one of that name.
  for (const [say, after] of [['victoria park', 'Victoria'], ['police near homerton hospital', 'Homerton'], ['nearest police station to greenwich park', 'Greenwich'], ['vicky park', undefined]] as const) {
    it(`${say}: a postcode asked for, ${after ?? 'no place'} offered`, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      expect(text).to.match(/Tell me its postcode \(the first half, like E17, is enough\) or its London borough/);
      if (after) expect(text).to.include(`If it is in ${after} itself, just say "${after}".`);
      else expect(text).to.not.include('itself, just say');
    });
  }

  describe('follow-ups', () => {
    itAnswersLast(
      [
        [['nearest police station to victoria park', 'e9'], /^The nearest front counter to E9 is \*\*Bethnal Green Police Station\*\*/],
        [['greenwich park', 'greenwich'], /^The nearest front counter to Greenwich is \*\*Plumstead Police Station\*\*/],
        [['police near homerton hospital', 'E9'], /^The nearest front counter to E9 is \*\*Bethnal Green Police Station\*\*/],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['nearest police station to finsbury park', /^The nearest front counter to Finsbury Park is \*\*Stoke Newington Police Station\*\*/],
        ['nearest station to clapham common', /^The nearest front counter to Clapham Common is \*\*Lavender Hill Police Station\*\*/],
        ['police near hyde park', /^The nearest front counter to Hyde Park is \*\*Charing Cross Police Station\*\*/],
        ['police station near hampstead heath', /^The nearest front counter to Hampstead Heath is \*\*Kentish Town Police Station\*\*/],
        ['police station near park royal', /^The nearest front counter to Park Royal is \*\*Acton Police Station\*\*/],
        ['ruskin park camberwell', /^The nearest front counter open now to \*\*Camberwell\*\* is \*\*Brixton Police Station\*\*/],
        ['victoria park e9', /^The nearest front counter open now to \*\*E9\*\* is \*\*Bethnal Green Police Station\*\*/],
        ['victoria park hackney', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
        ['nearest police station to greenwich', /^The nearest front counter to Greenwich is \*\*Plumstead Police Station\*\*/],
        ['is acton police station open', /Acton Police Station/],
        // A heath is in the place it is named after, and a misspelt one is still the counter: "bexly heath" is Bexleyheath.
        ['bexly heath police hours', /Bexleyheath/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['richmond park there is a man with a knife', 'im in victoria park and someone is attacking me'], FRIDAY);
  });
});
