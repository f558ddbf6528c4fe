/**
 * The counters just listed, asked of at another moment ("list counters in east london", then "are any of them open on
 * sunday", "which of those open tomorrow morning", "r any of em open sunday"): that part's (or London's) list at that
 * moment, not one counter's hours waiting for its name. Controls: a counter named after the list is that counter's hours;
 * "and on sunday?" is still the list then; a list of London's is London's then; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the counters just listed, at another moment, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['list counters in east london', 'are any of them open on sunday'], /^Six police front counters are open in East London on Sunday:/],
      [['list counters in east london', 'which of them are open on saturday'], /^Six police front counters are open in East London on Saturday:/],
      [['whats open in south london', 'r any of em open sunday'], /^Eight police front counters are open in South London on Sunday:/],
      [['show me counters in north london', 'which ones open at 8pm tonight'], /^Six police front counters are open in North London at 8pm tonight:/],
      [['police stations in west london', 'are they open tomorrow?'], /^Six police front counters are open in West London tomorrow:/],
      [['which counters are open now', 'any of those open tomorrow morning'], /^27 police front counters are open in London tomorrow morning:/],
      [['whats open in south london', 'will any of them be open at 9pm'], /^Eight police front counters are open in South London at 9pm today:/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['list counters in east london', 'is ilford open on sunday'], /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
        [['list counters in east london', 'and on sunday?'], /^Six police front counters are open in East London on Sunday:/],
        [['list counters in east london', 'are any of them 24 hours'], /^No front counter in East London is open 24 hours a day/],
        [['is brixton open now?', 'is it open on sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['list counters in east london and theres a man with a knife outside', 'are any of them open on sunday im being followed'], FRIDAY);
  });
});
