/**
 * Harmless look-alikes before a counter question: shooting in a video game that "keeps" going on ("playing call of duty
 * and my mate keeps shooting me in the back haha. is hayes counter open now": the harm verb was read as play, but the
 * same word was then read again as a noun of violence now, "Call 999 now"); "will kill me if she finds out I lost her
 * passport" from a sister or a parent, about an everyday lapse found out (was "Call 999 now"); a story of a film before
 * the question, after a comma ("watching a heist film and got curious, how many police front counters are there in
 * London now": was "can't help"). Controls: shooting anywhere else, and the same threat from a partner or about telling
 * the police, still lead with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a game, a joking threat or a film before a counter question, said many ways', function () {
  this.timeout(60_000);
  itAnswersWithout999First(
    [
      ['playing call of duty and my mate keeps shooting me in the back haha. is Hayes counter open now', /Hayes Police Station/],
      ['playing fortnite and my brother keeps shooting me in the head lol, is brixton open', /Brixton Police Station/],
      ['on warzone and some kid keeps shooting me from behind, when does lewisham close', /Lewisham Police Station/],
      ['my sister will kill me if she finds out i lost her passport. where do i report it in Ilford', /Ilford/],
      ['my mum is going to kill me when she sees i dented her car, is brixton open', /Brixton Police Station/],
      ['watching a heist film and got curious, how many police front counters are there in London now', /\b27\b/],
      ['just got back from the cinema - which police counters are open at night', /Charing Cross/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    it999FirstAsControls(
      [
        'my mate keeps shooting me in the back',
        'someone keeps shooting at my house',
        'my neighbour keeps shooting at us with an air rifle',
        'my husband will kill me if he finds out i lost her passport',
        'he will kill me if he finds out i called you',
        'my brother will kill me if he finds out i told the police',
      ],
      FRIDAY,
    );
  });
});
