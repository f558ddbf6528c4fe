/**
 * A borough losing (another) counter ahead ("is newham going to lose another counter", "will havering lose its police
 * station", "is my borough losing its front desk"): the closures ahead of that borough's counters, from the data, or that
 * none is decided or proposed there as far as the sources show (with their date), where it gave the nearest open counter
 * or the boroughs with none. A place's own borough when a place is named; one's own borough after a postcode; London's
 * closures ahead when none is named or known. A counter named ("will croydon lose its police station"), or a borough
 * whose one counter "its" police station is ("will havering lose its police station": Romford), is still that counter's
 * status, which names it. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', NOW).askText(say));
const noneIn = (borough: string) => new RegExp(`^No more front counter closures are decided or proposed in ${borough}, as far as my sources show \\(my latest source is from \\d+ \\w+ \\d{4}\\)\\.$`);

describe('a borough losing a counter ahead, said many ways: the closures ahead of its counters', function () {
  this.timeout(60_000);
  for (const [say, borough] of [
    ['is newham going to lose another counter', 'Newham'],
    ['will havering lose another police station', 'Havering'],
    ['is hackney going to lose any more front desks?', 'Hackney'],
    ['could we lose any more police stations in ealing', 'Ealing'],
    ['will barnet lose another police station', 'Barnet'],
    ['is lambeth set to lose one more counter', 'Lambeth'],
    ['is camden going to lose a police station', 'Camden'],
    ['is westminster losing its police station', 'Westminster'],
    ['will merton lose its police station', 'Merton'],
    ['is tooting going to lose another police station', 'Wandsworth'],
  ] as const) {
    it(`${say}: ${borough}'s closures ahead`, async () => {
      expect(await ask(say)).to.match(noneIn(borough));
    });
  }

  it('Newham: the closure reported with no date is said beside', async () => {
    expect(await new Conversation('webchat', NOW).askText('is newham going to lose another counter')).to.match(/Reported, with no date or decision: \*\*Stratford\*\*/);
  });

  it('one\'s own borough after a postcode: that borough\'s', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('e17');
    expect(firstLineOf(await chat.askText('is my area going to lose its police station'))).to.match(noneIn('Waltham Forest'));
  });

  for (const say of ['is my borough losing its front desk', 'will my area lose its police station']) {
    it(`${say}, none known: London's closures ahead`, async () => {
      expect(await ask(say)).to.match(/^No more front counter closures are decided or proposed, as far as my sources show/);
    });
  }
});

describe('controls: a counter named, the past, and the boroughs with none, unchanged', function () {
  this.timeout(30_000);
  for (const [say, first] of [
    ['will croydon lose its police station', /^No, the front counter at \*\*Croydon Police Station\*\* is not planned to close/],
    // A borough read as its one counter: that counter's status names it.
    ['will havering lose its police station', /^No, the front counter at \*\*Romford Police Station\*\* is not planned to close/],
    ['is newham going to lose its police station', /^No closure of the front counter at \*\*Stratford Police Station\*\* has been decided/],
    ['is redbridge about to lose its police station', /^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/],
    ['is ilford losing its front desk', /^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/],
    ['is walthamstow going to lose its police station', /^It already has: the front counter at \*\*Walthamstow Town Centre Police Office\*\* closed/],
    ['which boroughs have lost their police station', /^Five boroughs have no front counter now/],
    ['is there another police station closing in newham', noneIn('Newham')],
    ['nearest police station to newham', /^The nearest front counter to Newham is \*\*Stratford Police Station\*\*/],
  ] as const) {
    it(say, async () => {
      expect(await ask(say)).to.match(first);
    });
  }

  it('danger beside it still leads with 999', async () => {
    expect(await ask('someone is attacking me, will newham lose its police station')).to.match(/999/);
  });
});
