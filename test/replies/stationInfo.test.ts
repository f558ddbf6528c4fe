import { expect } from 'chai';
import type { Answer } from '../../src/answers/answer';
import { cardStrings } from './adaptiveCardChecker';
import { readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, dating, historyAnswer, station, timeline } from './realAnswers';

function history(id: string, topic: 'closure-date' | 'temporary-closure' | 'general'): Extract<Answer, { kind: 'station-history' }> {
  return historyAnswer(id, topic, THURSDAY_AFTERNOON);
}

describe('replies: one station\'s address and history (real data)', () => {
  it('address: Ilford, 270-294 High Road, IG1 1GT, with directions', () => {
    const reply = render({ kind: 'station-address', station: station('ilford'), status: timeline.statusAsOf('ilford', THURSDAY_AFTERNOON), ...dating(THURSDAY_AFTERNOON) }, 'msteams');
    expect(readAll(reply)).to.match(/^Ilford Police Station: 270-294 High Road, Ilford IG1 1GT\./);
    expect(readAll(reply)).to.contain('Its front counter is open');
    expect(cardStrings(reply.card).some((s) => s.startsWith('https://www.google.com/maps/dir/'))).to.equal(true);
  });

  it('when did Fulham close: 14 December 2017, under the 2017 Public Access Strategy', () => {
    const text = readAll(render(history('fulham', 'closure-date')));
    expect(text).to.match(/^The front counter at Fulham Police Station[^\n]* closed on 14 December 2017 under the 2017 Public Access Strategy \(MOPAC\)/);
    expect(text).to.contain('14 December 2017: Front counter closed to the public');
  });

  it('was Hammersmith closed for a while: yes, from 8 October 2016 (moved to Shepherd\'s Bush) to 29 September 2020', () => {
    const text = readAll(render(history('hammersmith', 'temporary-closure'), 'msteams'));
    expect(text).to.match(/^Yes: the front counter at Hammersmith Police Station was closed for a while\. It closed on 8 October 2016 \([^)]*Shepherd's Bush\) and reopened on 29 September 2020 \(the date announced\)\./);
    expect(text).to.contain('£59m');
    expect(text).to.not.contain('GBP');
  });

  it('a station that was never closed for a while says so', () => {
    const text = readAll(render(history('acton', 'temporary-closure')));
    expect(text).to.match(/^My sources show no temporary closure of the front counter at Acton Police Station\./);
  });

  it('general history of Woodford marks the disputed row', () => {
    const text = readAll(render(history('woodford', 'general')));
    expect(text).to.contain('Opening hours: Mon–Fri 09:00–17:00 [disputed by other sources]');
    expect(text).to.contain('Sources disagree');
  });

  it('a station with no location: cannot measure distances, asks for a postcode', () => {
    // Every station in today's data has a location; a real one without it stands in for a future row.
    const status = timeline.statusAsOf('woodford', THURSDAY_AFTERNOON);
    const unlocated = { ...status.station, location: null };
    const reply = render({ kind: 'no-location-for-station', station: unlocated, status: { ...status, station: unlocated } });
    expect(readAll(reply)).to.contain("I don't have a location for Woodford Police Station, so I can't measure distances from it.");
    expect(readAll(reply)).to.contain('The front counter at Woodford Police Station closed in 2013.');
    expect(reply.inputHint).to.equal('expectingInput');
  });
});

describe('replies: dates that are only known approximately', () => {
  it('a terminus-ante-quem closure says "by" and that the exact date is unknown', () => {
    const text = readAll(render(history('paddington-green', 'closure-date'), 'webchat'));
    expect(text).to.contain('by 6 August 2025 (the exact date is not known)');
    expect(text).to.not.match(/closed on 6 August 2025/);
  });
});

describe('replies: history of a counter that is closed today', () => {
  it('ends with where to go instead (the nearest desks open now and 24 hours)', () => {
    const text = readAll(render(historyAnswer('fulham', 'closure-date', THURSDAY_AFTERNOON), 'webchat'));
    expect(text).to.contain('closed on 14 December 2017');
    expect(text).to.match(/Nearest open now: Hammersmith, [\d.]+ km/);
    expect(text).to.contain('Where to go instead');
    expect(text).to.match(/Open 24 hours: Charing Cross Police Station/);
  });

  it('a counter open today has no detour', () => {
    expect(readAll(render(historyAnswer('hammersmith', 'temporary-closure', THURSDAY_AFTERNOON), 'webchat'))).to.not.contain('Where to go instead');
  });
});
