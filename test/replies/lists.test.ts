import { expect } from 'chai';
import { cardStrings } from './adaptiveCardChecker';
import { CHANNELS, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, boroughAnswer, closuresAnswer, data, list24x7Answer, london, roundOf } from './realAnswers';

describe('replies: lists of counters (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('24-hour desks: only two since 3 March 2026, Charing Cross and Lewisham, with addresses', () => {
        const reply = render(list24x7Answer(THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.match(/^Only two front counters are open 24 hours a day since 3 March 2026: (Charing Cross and Lewisham|Lewisham and Charing Cross)\./);
        expect(text).to.contain('Agar Street');
        expect(text).to.contain('43 Lewisham High Street');
        expect(text).to.contain('The other 25 open counters in London have shorter opening hours.');
        expect(cardStrings(reply.card)).to.include('Charing Cross Police Station');
      });

      it('closures in February 2026: ten, named, with the date and the plan', () => {
        const answer = closuresAnswer(roundOf('2025-front-counter-review'), THURSDAY_AFTERNOON);
        expect(answer.closures).to.have.length(10);
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.match(/^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): /);
        for (const name of ['Chingford', 'Twickenham', 'Kensington', 'Wimbledon', 'Mitcham', 'Pinner', 'Royalty Studios', 'Church Street', 'Harrow']) expect(text).to.contain(name);
        const facts = JSON.stringify(reply.card).match(/"title":"[^"]+","value":"28 February 2026"/g);
        expect(facts).to.have.length(10);
      });

      it('a borough with no counter (Richmond upon Thames): says so, the last closure, and where to go instead', () => {
        const answer = boroughAnswer('Richmond upon Thames', THURSDAY_AFTERNOON);
        const text = readAll(render(answer, channel));
        expect(text).to.contain('There is no police front counter in Richmond upon Thames now.');
        expect(text).to.contain('As of 26 November 2026');
        expect(text).to.contain('The last one, Twickenham, closed on 28 February 2026.');
        expect(answer.nearby?.openNow?.station.id).to.be.oneOf(['hounslow', 'kingston']);
        expect(text).to.contain(`Nearest open now: ${answer.nearby!.openNow!.station.name.replace(' Police Station', '')}`);
        expect(text).to.contain('101');
      });

      it('a borough with one counter (Hackney): Stoke Newington, address and hours', () => {
        const text = readAll(render(boroughAnswer('Hackney', THURSDAY_AFTERNOON), channel));
        expect(text).to.contain('Hackney has one police front counter: Stoke Newington Police Station');
        expect(text).to.contain('Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00');
      });
    });
  }

  it('the December 2017 closures: grouped by date, most on 14 December 2017', () => {
    const answer = closuresAnswer(roundOf('2017-public-access-strategy'), THURSDAY_AFTERNOON);
    expect(answer.closures.length).to.be.greaterThan(10);
    const text = readAll(render(answer));
    expect(text).to.match(/^\d+ front counters closed between 14 December 2017 and /);
    expect(text).to.match(/- 14 December 2017: [A-Z]/);
    expect(text).to.contain('2017 Public Access Strategy (MOPAC)');
  });

  it('all closures since 2017: a counter that reopened says so', () => {
    const answer = closuresAnswer('all', THURSDAY_AFTERNOON);
    const reopened = answer.closures.find((c) => c.status.counter === 'open');
    expect(reopened, 'a closure that was later reversed').to.not.equal(undefined);
    const reply = render(answer);
    expect(readAll(reply)).to.contain('(open again now)');
    expect(JSON.stringify(reply.card).length).to.be.lessThan(28 * 1024);
  });

  it('a month with no closures says so, names the rounds the data has, and offers the latest', () => {
    const answer = closuresAnswer({ from: '2026-03-01', to: '2026-03-31', label: 'March 2026' }, THURSDAY_AFTERNOON);
    expect(answer.closures).to.deep.equal([]);
    const reply = render(answer);
    expect(reply.text).to.match(/^No front counter closed in March 2026, as far as my sources show\./);
    const labels = data.plans.flatMap((p) => p.closures?.rounds.map((r) => r.label) ?? []);
    for (const label of labels) expect(readAll(reply)).to.contain(label);
    expect(reply.suggestedActions).to.include(`Which counters closed in ${labels.at(-1)}?`);
  });

  it('suggestions name the latest round of closures as the data labels it', () => {
    const latest = list24x7Answer(THURSDAY_AFTERNOON).closureRounds.at(-1)!;
    expect(latest.planId).to.equal([...data.plans].sort((a, b) => (a.proposedOn < b.proposedOn ? -1 : 1)).at(-1)!.id);
    expect(render(list24x7Answer(THURSDAY_AFTERNOON)).suggestedActions).to.include(`Which counters closed in ${latest.label}?`);
  });

  it('24-hour desks before the 2026 changes: many, and no "only"', () => {
    const answer = list24x7Answer(london('2025-09-01T12:00'));
    const text = readAll(render(answer));
    expect(answer.desks.length).to.be.greaterThan(3);
    expect(text).to.match(new RegExp(`^${answer.desks.length} front counters are open 24 hours a day`));
    expect(text).to.not.contain('announced arrangement');
  });
});
