import { expect } from 'chai';
import { distanceText } from '../../src/replies/format/distance';
import { cardStrings } from './adaptiveCardChecker';
import { CHANNELS, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, THURSDAY_NIGHT, nearestAnswer, placeOf } from './realAnswers';

describe('replies: nearest desk (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('nearest 24-hour desk to NW10 4AA: Charing Cross, its distance, and the nearest open now (Acton)', () => {
        const answer = nearestAnswer(placeOf('NW10 4AA'), '24/7', THURSDAY_AFTERNOON);
        const [first] = answer.results;
        expect(first.station.id).to.equal('charing-cross');
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.contain(`The nearest 24-hour front counter to NW10 4AA is Charing Cross Police Station, about ${first.distanceKm} km (${first.distanceMiles} miles) away: open 24 hours a day.`);
        expect(answer.nearby.openNow?.station.id).to.equal('acton');
        expect(text).to.contain('Nearest open now: Acton Police Station');
        expect(text).to.contain('Distances are straight-line and approximate, measured from the centre of the NW10 4AA area');
        expect(text).to.contain('Data checked 4 December 2026');
        const loc = first.station.location!;
        expect(cardStrings(reply.card)).to.include(`https://www.google.com/maps/dir/?api=1&destination=${loc.lat.toFixed(5)},${loc.lon.toFixed(5)}`);
        expect(reply.suggestedActions[0]).to.equal('Charing Cross opening hours');
        expect(reply.suggestedActions).to.include('Nearest open desk to NW10 4AA');
        expect(reply.speak).to.contain('Charing Cross Police Station');
      });

      it('nearest desk to HA9 0WS: Wembley, open now until 22:00, then the next nearest', () => {
        const answer = nearestAnswer(placeOf('HA9 0WS'), 'any', THURSDAY_AFTERNOON);
        expect(answer.results[0].station.id).to.equal('wembley');
        const text = readAll(render(answer, channel));
        expect(text).to.match(/^The nearest front counter to HA9 0WS is Wembley Police Station, about [\d.]+ km \([\d.]+ miles?\) away: open now, until 22:00\./);
        expect(text).to.contain('603 Harrow Road, Wembley HA0 2HH');
        expect(text).to.contain('Next nearest:');
        expect(text).to.contain('Nearest open 24 hours: Charing Cross Police Station');
      });
    });
  }

  it('at night, the nearest desk says when it opens', () => {
    const answer = nearestAnswer(placeOf('SE18'), 'any', THURSDAY_NIGHT);
    expect(answer.results[0].station.id).to.equal('plumstead');
    expect(readAll(render(answer))).to.contain('Plumstead Police Station, about 1.6 km (1 mile) away: closed now; opens at 10:00 tomorrow (Friday 27 November).');
  });

  it('nothing found: says so instead of inventing a desk', () => {
    const answer = { ...nearestAnswer(placeOf('SE18'), 'open-now', THURSDAY_AFTERNOON), results: [] };
    const reply = render(answer);
    expect(readAll(reply)).to.contain("I couldn't find a front counter open now near SE18");
    expect(reply.card).to.equal(null);
  });
});

describe('replies: a distance said in kilometres and miles', () => {
  it('says both, one mile in the singular, under 100 metres in words, and no "0 miles" when the miles round to nothing', () => {
    expect(distanceText({ distanceKm: 2.1, distanceMiles: 1.3 })).to.equal('about 2.1 km (1.3 miles)');
    expect(distanceText({ distanceKm: 1.6, distanceMiles: 1 })).to.equal('about 1.6 km (1 mile)');
    expect(distanceText({ distanceKm: 0.1, distanceMiles: 0 })).to.equal('about 0.1 km');
    expect(distanceText({ distanceKm: 0.2, distanceMiles: 0.1 })).to.equal('about 0.2 km (0.1 miles)');
    expect(distanceText({ distanceKm: 0.05, distanceMiles: 0 })).to.equal('less than 100 metres');
  });
});
