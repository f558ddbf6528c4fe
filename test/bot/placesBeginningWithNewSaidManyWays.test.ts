/**
 * Neighbourhoods whose names begin with "new" (New Cross, New Malden, New Barnet), said many ways through
 * the real bot. "new" is also a question word ("the new hours", "any new closures"), so it was dropped
 * before the place search and "new malden" was read as no place at all. Right before a place word it is
 * now part of the name; the controls keep "new" a question word where no place follows it.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NEAREST_TO = (place: string, desk: string) => new RegExp(`^The nearest front counter to ${place} is \\*\\*${desk} Police Station\\*\\*`);

describe('places beginning with "new", said many ways', () => {
  itAnswersFirst(
    [
      ['nearest to new malden', NEAREST_TO('New Malden', 'Kingston')],
      ['im in new malden where do i go', NEAREST_TO('New Malden', 'Kingston')],
      ['closest police station to new malden pls', NEAREST_TO('New Malden', 'Kingston')],
      ['i live in new cross', NEAREST_TO('New Cross', 'Lewisham')],
      ['nearest front desk to new cross?', NEAREST_TO('New Cross', 'Lewisham')],
      ['any counter near new cross', NEAREST_TO('New Cross', 'Lewisham')],
      ['nearest police to new barnet', NEAREST_TO('New Barnet', 'Colindale')],
      ['whats the closest station to new barnet', NEAREST_TO('New Barnet', 'Colindale')],
    ],
    { understood: true },
  );

  describe('controls: "new" with no place after it is still a question word', () => {
    it('"what are the new hours at brixton" is Brixton\'s hours', async () => {
      const text = await new Conversation().askText('what are the new hours at brixton');
      expect(firstLineOf(text)).to.match(/Brixton Police Station/);
      expect(text).to.not.match(/couldn't find/);
    });
    it('"any new closures planned" is the closures ahead', async () => {
      const text = await new Conversation().askText('any new closures planned');
      expect(firstLineOf(text)).to.match(/^No more front counter closures are decided or proposed/);
    });
  });
});
