/**
 * A complaint about someone other than the police ("how do i make a complaint about my landlord", "how do i complain
 * about a shop"): not the police complaints process nor a crime to report by those words alone, so the honest decline.
 * The streets the council keeps ("how do i report fly tipping", "who deals with dog poo on the pavement"): the council's
 * decline, not 101. Controls: a complaint about an officer or the Met stays the police's; a crime told beside the words
 * stays a crime; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const DECLINED = /^Sorry, I can't help with that: I only know about London's police front counters\./;
const THE_COUNCIL = /^I can't help with council services, and I don't know councils' numbers or addresses: I only know about London's police front counters\. Check your council's website\./;

describe('a complaint about someone else, or the streets the council keeps, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i make a complaint about my landlord', DECLINED],
      ['i want to make a complaint about my neighbours', DECLINED],
      ['how do i complain about a shop', DECLINED],
      ['where can i complain about my gp', DECLINED],
      ['need to make a complaint against my letting agent', DECLINED],
      ['how do i report fly tipping', THE_COUNCIL],
      ['someone keeps fly tipping behind my flats who do i tell', THE_COUNCIL],
      ['who deals with dog poo on the pavement', THE_COUNCIL],
      ['where do i report dumped rubbish', THE_COUNCIL],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i want to make a complaint about a police officer', /^My sources don't cover complaints about the police/],
        ['how do i complain about the met', /^My sources don't cover complaints about the police/],
        ['my bike was stolen and i want to make a complaint about my neighbour who took it', /call 101|101/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['theres a man fly tipping outside my house and he just punched my dad']);
  });
});
