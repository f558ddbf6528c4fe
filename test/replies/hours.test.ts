import { expect } from 'chai';
import { cardStrings } from './adaptiveCardChecker';
import { CHANNELS, cardWords, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, THURSDAY_NIGHT, hoursAnswer, london, timeline } from './realAnswers';

describe('replies: opening hours (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('one day: Plumstead on Sunday 29 November, asked yes or no ("open on Sunday?"): "Yes" first', () => {
        const reply = render(hoursAnswer('plumstead', { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' }, THURSDAY_AFTERNOON, null, null, 'open'), channel);
        expect(readAll(reply)).to.contain('Yes, Plumstead Police Station is open on Sunday 29 November, 09:00–19:00.');
        expect(readAll(reply)).to.contain('Usual hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
        expect(reply.speak).to.equal('Yes, Plumstead Police Station is open on Sunday 29 November, 09:00 to 19:00. Usual hours: Monday to Friday 10:00 to 22:00, Saturday to Sunday 09:00 to 19:00.');
        expect(reply.suggestedActions).to.include('Is Plumstead open now?');
      });

      it('one day asked not as yes or no ("Plumstead hours Sunday"): the hours, with no "Yes"', () => {
        const reply = render(hoursAnswer('plumstead', { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' }, THURSDAY_AFTERNOON), channel);
        expect(reply.text).to.match(/^\*\*Plumstead Police Station\*\* is open on Sunday 29 November, 09:00–19:00\./);
      });

      it('the weekend: Brixton on Saturday and Sunday', () => {
        const answer = hoursAnswer('brixton', { kind: 'weekend', dates: ['2026-11-28', '2026-11-29'], label: 'this weekend' }, THURSDAY_AFTERNOON);
        const text = readAll(render(answer, channel));
        expect(text).to.contain('At the weekend Brixton Police Station is open: Saturday 28 November 09:00–19:00; Sunday 29 November 09:00–19:00.');
      });

      it('the week: the schedule in the text and a seven-fact table on the card', () => {
        const reply = render(hoursAnswer('wembley', { kind: 'week' }, THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.contain('Wembley Police Station is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
        for (const line of ['Monday: 10:00–22:00', 'Friday: 10:00–22:00', 'Saturday: 09:00–19:00', 'Sunday: 09:00–19:00']) expect(text).to.contain(line);
        const factSets = JSON.stringify(reply.card).match(/"type":"FactSet","facts":\[[^\]]*\]/g) ?? [];
        const week = factSets.find((f) => f.includes('"Monday"'));
        expect(week?.match(/"title":/g)).to.have.length(7);
        expect(reply.suggestedActions).to.not.include('Wembley hours this week');
      });

      it('"open late?": closing times by day', () => {
        const reply = render(hoursAnswer('sutton', { kind: 'week' }, THURSDAY_AFTERNOON, null, 'late'), channel);
        expect(readAll(reply)).to.contain('Sutton Police Station is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday.');
      });

      it('open now, at 14:30 on a Thursday: until 22:00', () => {
        const reply = render(hoursAnswer('hayes', { kind: 'now' }, THURSDAY_AFTERNOON), channel);
        expect(readAll(reply)).to.contain('is open now, until 22:00.');
        expect(cardStrings(reply.card)).to.include('As of 14:30 London time, Thursday 26 November 2026');
        expect(reply.suggestedActions).to.not.include('Is Hayes open now?');
      });

      it('closed now, at 23:10 on a Thursday: opens at 10:00 tomorrow (Friday 27 November), with the desk open now', () => {
        const answer = hoursAnswer('hayes', { kind: 'now' }, THURSDAY_NIGHT);
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.contain('is closed now; opens at 10:00 tomorrow (Friday 27 November).');
        const openNow = answer.nearby!.openNow!;
        expect(openNow.station.id).to.be.oneOf(['charing-cross', 'lewisham']);
        expect(text).to.contain(`${openNow.station.name}, about ${openNow.distanceKm} km`);
        expect(cardStrings(reply.card)).to.include('Attention');
      });
    });
  }

  it('closed on a Saturday evening: opens at 09:00 tomorrow (Sunday)', () => {
    const reply = render(hoursAnswer('walworth', { kind: 'now' }, london('2026-11-28T20:15')));
    expect(readAll(reply)).to.contain('is closed now; opens at 09:00 tomorrow (Sunday 29 November).');
  });

  it('in summer time (BST) the hours are still London wall-clock times', () => {
    const reply = render(hoursAnswer('brixton', { kind: 'now' }, london('2026-06-03T21:30')));
    expect(readAll(reply)).to.contain('Brixton Police Station is open now, until 22:00.');
  });

  it('a moment asked about ("at 9pm on Friday")', () => {
    const answer = hoursAnswer('brixton', { kind: 'instant', iso: '2026-11-27T21:00:00.000+00:00', label: 'at 9pm on Friday' }, THURSDAY_AFTERNOON);
    expect(readAll(render(answer))).to.contain('At 21:00 tomorrow (Friday 27 November), Brixton Police Station is open, until 22:00.');
  });

  it('Christmas Day: says the data has no special-day hours, gives the usual hours, met.police.uk, 999 and 101', () => {
    const answer = hoursAnswer('islington', { kind: 'date', date: '2026-12-25', label: '25 December' }, THURSDAY_AFTERNOON, {
      kind: 'christmas',
      label: 'Christmas Day',
      date: '2026-12-25',
    });
    const reply = render(answer);
    const text = readAll(reply);
    expect(text).to.contain("I don't have special-day hours for Christmas Day (25 December 2026)");
    expect(text).to.contain('On a usual Friday it is open from 10:00 to 22:00.');
    expect(text).to.contain('Check met.police.uk before you travel');
    expect(text).to.match(/999 \(emergency\) and 101/);
    expect(text).to.not.contain('is open on Friday 25 December');
  });

  it('bank holidays in general: the usual weekly hours', () => {
    const answer = hoursAnswer('stoke-newington', { kind: 'week' }, THURSDAY_AFTERNOON, { kind: 'bank-holiday', label: 'bank holidays' });
    const text = readAll(render(answer));
    expect(text).to.contain("I don't have special-day hours for bank holidays");
    expect(text).to.contain('Its usual hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
  });

  it('a counter open with no known hours: says so, never guesses, points to met.police.uk', () => {
    const candidates = ['2018-06-01', '2014-06-01', '2019-06-01'].flatMap((date) =>
      timeline.statusesAsOf(date).filter((s) => s.counter === 'open' && s.hours === null).map((s) => ({ id: s.station.id, date })),
    );
    expect(candidates.length, 'the data has counters open with unknown hours').to.be.greaterThan(0);
    const { id, date } = candidates[0];
    const reply = render(hoursAnswer(id, { kind: 'now' }, london(`${date}T12:00`)));
    const text = readAll(reply);
    expect(text).to.contain("but I don't have its opening hours. Check met.police.uk before you go.");
    expect(text).to.not.match(/\b\d{2}:\d{2}–\d{2}:\d{2}\b/);
  });

  it('hours of a closed counter: says it is closed and where to go instead', () => {
    const answer = hoursAnswer('twickenham', { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' }, THURSDAY_AFTERNOON);
    const text = readAll(render(answer));
    expect(text).to.contain('the front counter at Twickenham Police Station closed on 28 February 2026');
    expect(text).to.contain('Where to go instead');
    expect(text).to.not.contain('is open on Saturday');
  });
});

describe('replies: days named from the resident\'s today', () => {
  it('a closed moment tomorrow morning: "opens at 10:00 tomorrow", not "today"', () => {
    const answer = hoursAnswer('edmonton', { kind: 'instant', iso: '2026-11-27T07:00:00.000+00:00', label: 'at 7am tomorrow' }, THURSDAY_AFTERNOON);
    const text = readAll(render(answer));
    expect(text).to.contain('At 07:00 tomorrow (Friday 27 November), Edmonton Police Station is closed; opens at 10:00 tomorrow');
    expect(text).to.not.contain('opens at 10:00 today');
  });

  it('today\'s hours read "is open today (...)", never "on today"', () => {
    const answer = hoursAnswer('brixton', { kind: 'date', date: '2026-11-26', label: 'today' }, THURSDAY_AFTERNOON);
    const text = readAll(render(answer));
    expect(text).to.contain('Brixton Police Station is open today, Thursday 26 November, 10:00–22:00');
    expect(text).to.not.contain('on today');
  });

  it("a counter's opening is quoted as what was said then, in the details, so old hours are not read as today's", () => {
    const answer = hoursAnswer('stratford', { kind: 'now' }, THURSDAY_AFTERNOON);
    const reply = render(answer);
    expect(readAll(reply)).to.contain('It reopened on 7 March 2024; at the time it was described as "mobile front counter, operating 24-7, while Forest Gate is closed".');
    expect(reply.text, 'not beside today\'s hours in the text').to.not.contain('24-7');
    expect(cardWords(reply).indexOf('24-7')).to.be.greaterThan(cardWords(reply).indexOf('More details'));
  });
});

describe('replies: special-day names', () => {
  it('a label with its own brackets gets the date after a comma, not brackets in brackets', () => {
    const answer = hoursAnswer('brixton', { kind: 'date', date: '2026-12-28', label: 'Monday 28 December' }, THURSDAY_AFTERNOON, {
      kind: 'bank-holiday',
      label: 'the next bank holiday Monday (Boxing Day)',
      date: '2026-12-28',
    });
    const text = readAll(render(answer));
    expect(text).to.contain("I don't have special-day hours for the next bank holiday Monday (Boxing Day), 28 December 2026");
    expect(text).to.not.match(/\)\s*\(/);
  });
});
