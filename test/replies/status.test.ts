import { expect } from 'chai';
import { cardStrings } from './adaptiveCardChecker';
import { CHANNELS, firstRead, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, london, statusAnswer } from './realAnswers';

describe('replies: station status (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('Twickenham, closed: the date, the plan, where to go instead, the alternatives, source and freshness', () => {
        const answer = statusAnswer('twickenham', THURSDAY_AFTERNOON);
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.contain('As of 26 November 2026');
        expect(text).to.contain('Twickenham Police Station');
        expect(text).to.match(/^The front counter at Twickenham Police Station closed on 28 February 2026\./);
        expect(text).to.contain('closed on 28 February 2026 under the 2025 front counter review (Met)');
        expect(text).to.contain('decided on 15 October 2025');
        // The nearest desks come from the answer, with both distance units.
        const openNow = answer.nearby!.openNow!;
        const open24 = answer.nearby!.open24x7!;
        expect(openNow.station.id).to.be.oneOf(['hounslow', 'kingston']);
        expect(text).to.contain(`${openNow.station.name}, about ${openNow.distanceKm} km (${openNow.distanceMiles} miles)`);
        expect(text).to.contain(`Nearest open now: ${openNow.station.name.replace(' Police Station', '')}, ${openNow.distanceKm} km, until 22:00.`);
        expect(text).to.contain('open now, until 22:00');
        expect(text).to.contain(`Nearest open 24 hours: ${open24.station.name.replace(' Police Station', '')}`);
        expect(text).to.match(/straight-line/);
        expect(text).to.contain('101');
        expect(text).to.contain('met.police.uk');
        expect(text).to.contain('999');
        expect(text).to.match(/Sources\n\[Metropolitan Police \(\w+ alert\), \d+ \w{3} 2026\]\(https:/);
        expect(text).to.contain('Data checked 4 December 2026');
        expect(text).to.contain("the Met's announced arrangement since March 2026");
        // The answer in short: the headline, then where to go instead (the details are the card's).
        expect(firstRead(reply.text, reply.card, channel).slice(0, 3)).to.deep.equal([
          'The front counter at **Twickenham Police Station** closed on 28 February 2026.',
          `Nearest open now: **${openNow.station.name.replace(' Police Station', '')}**, ${openNow.distanceKm} km, until 22:00.`,
          `Nearest open 24 hours: **${open24.station.name.replace(' Police Station', '')}**, ${open24.distanceKm} km.`,
        ]);
        expect(reply.text).to.not.match(/under the 2025 front counter review|straight-line|Sources/);
        // Suggestions follow the answer: the desk to go to instead, the 24-hour desk.
        expect(reply.suggestedActions[0]).to.equal(`${openNow.station.name.replace(' Police Station', '')} opening hours`);
        expect(reply.suggestedActions).to.include('Nearest 24-hour desk to Twickenham');
        expect(reply.speak).to.equal(`The front counter at Twickenham Police Station closed on 28 February 2026. Nearest open now: ${openNow.station.name.replace(' Police Station', '')}, ${openNow.distanceKm} kilometres, until 22:00.`);
        expect(reply.inputHint).to.equal('acceptingInput');
        // The card: state badge, as-of date, a source link and directions to the desk open now.
        const strings = cardStrings(reply.card);
        expect(strings).to.include('Closed');
        expect(strings).to.include('Attention');
        expect(strings).to.include('As of 26 November 2026');
        expect(strings.some((s) => s.includes(`](${answer.status.sources[0]})`) || s.startsWith('[Metropolitan Police'))).to.equal(true);
        expect(strings.some((s) => s.startsWith('https://www.google.com/maps/dir/?api=1&destination='))).to.equal(true);
      });

      it('Woodford: says plainly that sources disagree, and what each says', () => {
        const reply = render(statusAnswer('woodford', THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.contain('closed in 2013');
        expect(text).to.contain('Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the counter closed in 2013.');
        expect(text).to.contain('not a public front counter');
        // A source says the closed counter is open: the resident may have read it, so the answer itself says so, after where to go instead.
        expect(firstRead(reply.text, reply.card, channel)[2]).to.equal('Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the counter closed in 2013.');
      });

      it('Brixton, open: its hours, when they started and under which plan, its address; no detour', () => {
        const answer = statusAnswer('brixton', THURSDAY_AFTERNOON);
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.contain('The front counter at Brixton Police Station is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
        expect(text).to.contain('Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00');
        expect(text).to.contain('These hours apply from 3 March 2026 under the 2025 front counter review (Met)');
        expect(text).to.contain(`Address: ${answer.status.station.address}`);
        expect(text).to.not.contain('Where to go instead');
        expect(text).to.not.contain('Not an emergency');
        const card = reply.card!;
        const facts = JSON.stringify(card);
        expect(facts).to.contain('"title":"Sunday","value":"09:00–19:00"');
        expect(facts).to.contain('"title":"Monday","value":"10:00–22:00"');
        expect(cardStrings(card)).to.include('Good');
      });

      it('Charing Cross: open 24 hours a day', () => {
        const reply = render(statusAnswer('charing-cross', THURSDAY_AFTERNOON), channel);
        expect(readAll(reply)).to.contain('Charing Cross Police Station is open 24 hours a day');
        expect(cardStrings(reply.card)).to.include('Open 24 hours');
      });
    });
  }

  it('before the sources ran out there is no "announced arrangement" caveat, and a decided closure is announced', () => {
    const answer = statusAnswer('chingford', london('2026-01-10T12:00'));
    expect(answer.status.upcoming.length).to.be.greaterThan(0);
    const text = readAll(render(answer));
    expect(text).to.contain('As of 10 January 2026');
    expect(text).to.contain('Due to close on 28 February 2026 (decided on 15 October 2025');
    expect(text).to.not.contain('announced arrangement');
    expect(text).to.contain('Data checked 4 December 2026');
  });

  it('a low-confidence deciding row: says the evidence is limited', () => {
    const answer = statusAnswer('ilford', london('2021-06-01T12:00'));
    expect(answer.status.conflicts.map((c) => c.reason)).to.include('low-confidence-deciding');
    expect(readAll(render(answer))).to.contain('The evidence for this is limited');
  });

  it('a date inside a month-precision change: says the change may not have happened yet', () => {
    const answer = statusAnswer('ilford', london('2021-03-15T12:00'));
    expect(answer.status.uncertainWithin).to.equal('month');
    expect(readAll(render(answer))).to.contain('The sources give only the month of this change, so on 15 March 2021 it may not have happened yet.');
  });

  it('no evidence either way (Ruislip): says it does not know, never guesses, and offers the nearest desks', () => {
    const answer = statusAnswer('ruislip', THURSDAY_AFTERNOON);
    expect(answer.status.counter).to.equal('unknown');
    const reply = render(answer);
    const text = readAll(reply);
    expect(text).to.contain("I don't know whether Ruislip Police Station has a public front counter");
    expect(text).to.contain('Where to go instead');
    expect(text).to.not.match(/\bis (open|closed)\b/);
    expect(cardStrings(reply.card)).to.include('Not known');
  });

  it('takes phone numbers from the answer, not from the renderer', () => {
    const answer = statusAnswer('twickenham', THURSDAY_AFTERNOON);
    const changed = {
      ...answer,
      contacts: {
        ...answer.contacts,
        emergency: { ...answer.contacts.emergency, text: 'Call 112 and ask for the police.' },
        nonEmergency: { ...answer.contacts.nonEmergency, text: 'Call 102, or report online at met.police.uk.' },
      },
    };
    const text = readAll(render(changed));
    expect(text).to.contain('call 112');
    expect(text).to.contain('call 102');
    expect(text).to.not.match(/\b999\b|\b101\b/);
  });

  it('at most three suggestions on every channel', () => {
    const answer = statusAnswer('twickenham', THURSDAY_AFTERNOON);
    expect(render(answer, 'msteams').suggestedActions).to.have.length(3);
    expect(render(answer, 'webchat').suggestedActions).to.have.length(3);
  });

  it('uses Markdown bold only where the channel renders it', () => {
    const answer = statusAnswer('brixton', THURSDAY_AFTERNOON);
    expect(render(answer, 'webchat').text).to.contain('**Brixton Police Station**');
    expect(render(answer, 'sms').text).to.not.contain('**');
  });
});
