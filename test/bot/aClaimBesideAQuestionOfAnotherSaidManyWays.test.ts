/**
 * A counter asked open, another's closure said beside it ("is walworth open at 9pm, brixton is shut", "is croydon open?
 * sutton is closed", "is ilford open on sunday, romford is closed"): yes or no first for the counter asked, at the moment
 * or day asked (was "**Walworth Police Station**: at 9pm today, open..."); a claim after a question mark is a claim, checked
 * ("Sutton is not closed as far as my sources show"), not answered "No, the front counter at Sutton is open" as if asked.
 * Controls: the other asked with its own question mark or verb ("sutton closed?", "and is sutton closed") is still a
 * second question; the moment asked alone is unchanged. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SUTTON_CLAIM_CHECKED = /Sutton is not closed as far as my sources show: it is open/;

describe('a claim beside a question of another counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is walworth open at 9pm, brixton is shut', /^Yes, \*\*Walworth Police Station\*\*: at 9pm today, open, until 22:00\./],
      ['is walworth open at 11pm, brixton is shut', /^No, \*\*Walworth Police Station\*\*: at 11pm today, closed; opens at 09:00 tomorrow/],
      ['is ilford open on sunday, romford is closed', /^Yes, \*\*Ilford Police Station\*\* is open 09:00–19:00 on Sunday\./],
      ['is croydon open? sutton is closed', /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\./],
      ['is lewisham open? catfords shut', /^Yes, \*\*Lewisham Police Station\*\* is open now, 24 hours a day\./],
      ['is croydon open? the one in sutton has closed down', /^Yes, \*\*Croydon Police Station\*\* is open/],
    ],
    { now: FRIDAY },
  );

  for (const message of ['is croydon open? sutton is closed', 'is croydon open? the one in sutton has closed down', 'is croydon open sutton is closed']) {
    it(`${message}: the claim checked, never "No, ... is open"`, async () => {
      const reply = await new Conversation('webchat', FRIDAY).ask(message);
      expect(reply).to.match(SUTTON_CLAIM_CHECKED);
      expect(reply).not.to.match(/No, the front counter at \*\*Sutton/);
    });
  }
  it('a closure said that is so is agreed with', async () => {
    expect(await new Conversation('webchat', FRIDAY).ask('is lewisham open? catfords shut')).to.match(/As you say, Catford is closed: \*\*Catford Police Station\*\* closed on 14 December 2017\./);
  });

  describe('controls', () => {
    for (const message of ['is croydon open? sutton closed?', 'is croydon open? and is sutton closed', 'is croydon open? sutton is closed?']) {
      it(`${message}: two questions, both answered`, async () => {
        const reply = await new Conversation('webchat', FRIDAY).ask(message);
        expect(reply).to.match(/^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\./);
        expect(reply).to.match(/No, the front counter at \*\*Sutton Police Station\*\* is open/);
      });
    }
    itAnswersFirst(
      [
        ['is walworth open at 9pm', /^Yes, at 21:00 today \(Friday 4 December\), \*\*Walworth Police Station\*\* is open, until 22:00\./],
        ['is brixton open, the one in walworth is closed', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['is brixton or walworth open', /^Yes, both are open now\./],
      ],
      { now: FRIDAY },
    );
  });
});
