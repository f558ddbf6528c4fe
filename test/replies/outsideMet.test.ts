import { expect } from 'chai';
import { cardStrings } from './adaptiveCardChecker';
import { CHANNELS, plain, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, THURSDAY_NIGHT, data, outsideMetAnswer } from './realAnswers';

/** The first sentence of a reply's text. */
function firstSentence(text: string): string {
  return /^[^\n]*?[.?!](?=\s|$)/.exec(text)?.[0] ?? text;
}

describe('replies: places the Met does not police (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('a town outside London: the first sentence says so, with its county; then the local force, then the nearest Met counter and its distance', () => {
        const answer = outsideMetAnswer('Watford', 'any', THURSDAY_AFTERNOON);
        const county = data.places.find((p) => p.name === 'Watford')?.county;
        const reply = render(answer, channel);
        // The message text is the headline; the card carries the key lines.
        expect(firstSentence(plain(reply))).to.equal(`Watford (${county}) is outside London, so it is not in the Metropolitan Police area.`);
        const text = readAll(reply);
        expect(text).to.contain('Please contact the local police force there: call 101');
        const first = answer.nearest!.results[0];
        expect(text).to.contain(`If you want a Met front counter all the same: the nearest front counter to Watford is ${first.station.name}, about ${first.distanceKm} km`);
        expect(cardStrings(reply.card)).to.include('Outside the Met area');
        // The data names no other force: neither does the reply.
        expect(text).to.not.match(/Constabulary|Hertfordshire Police/);
        expect(cardStrings(reply.card).join(' ')).to.contain('outside London');
        expect(reply.speak).to.contain('outside London').and.contain(first.station.name);
      });

      it('asked about 24-hour desks from outside London: the nearest 24-hour Met counter', () => {
        const answer = outsideMetAnswer('Dartford', '24/7', THURSDAY_NIGHT);
        const first = answer.nearest!.results[0];
        const text = readAll(render(answer, channel));
        expect(text).to.contain(`the nearest 24-hour front counter to Dartford is ${first.station.name}`);
        expect(text).to.contain('open 24 hours a day');
      });

      it('the City of London: its own force, no counter details invented, and the nearest Met counter', () => {
        const answer = outsideMetAnswer('the square mile', 'any', THURSDAY_AFTERNOON);
        const text = readAll(render(answer, channel));
        expect(firstSentence(text)).to.equal('The City of London has its own police force, the City of London Police, not the Metropolitan Police (the Met).');
        expect(text).to.contain("I don't hold details of the City of London Police's front counters: please check with the City of London Police.");
        expect(text).to.contain(answer.nearest!.results[0].station.name);
        expect(text).to.not.contain('cityoflondon.police.uk');
      });

      it('a place or postcode in the City says it is in the City; one only partly in it says how sure', () => {
        expect(firstSentence(plain(render(outsideMetAnswer('Barbican', 'any', THURSDAY_AFTERNOON), channel)))).to.equal(
          'Barbican is in the City of London, which has its own police force, the City of London Police, not the Metropolitan Police (the Met).',
        );
        const partly = outsideMetAnswer('EC1A 4AB', 'any', THURSDAY_AFTERNOON);
        const share = Math.round(data.sectors.find((s) => s.code === 'EC1A 4')!.boroughs['City of London'] * 100);
        expect(firstSentence(plain(render(partly, channel)))).to.equal(`EC1A 4AB may be in the City of London (about ${share}% of the postcodes in its area are), which has its own police force, the City of London Police, not the Metropolitan Police (the Met).`);
      });
    });
  }

  it('on a channel without cards (SMS), the text itself says whom to contact and the nearest Met counter', () => {
    const answer = outsideMetAnswer('Epping', 'any', THURSDAY_AFTERNOON);
    const reply = render(answer, 'sms');
    expect(reply.card).to.equal(null);
    expect(reply.text).to.contain('Epping (Essex) is outside London').and.contain('contact the local police force there');
    expect(reply.text).to.contain(`the nearest front counter to Epping is ${answer.nearest!.results[0].station.name}`);
  });

  it('without a point to measure from, it still says whose police it is not, and asks for a London place', () => {
    const text = readAll(render({ ...outsideMetAnswer('Epping', 'any', THURSDAY_AFTERNOON), nearest: null }, 'webchat'));
    expect(text).to.contain('Epping (Essex) is outside London');
    expect(text).to.contain('If you meant somewhere in London, tell me its postcode or area.');
  });
});
