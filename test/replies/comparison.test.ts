/**
 * Replies to two or three counters at once, and to the 24-hour list as of a
 * past date: real answers over the real data, on Teams and Web Chat.
 */
import { expect } from 'chai';
import type { Answer } from '../../src/answers/answer';
import { Answerer } from '../../src/answers/answerQuestion';
import type { PlaceMention, WhenAsked } from '../../src/understanding/question';
import { CHANNELS, cardWords, readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, THURSDAY_NIGHT, comparisonAnswer, knowledge, list24x7AsOfAnswer } from './realAnswers';

const SATURDAY: WhenAsked = { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' };
const TONIGHT: WhenAsked = { kind: 'date', date: '2026-11-26', label: 'tonight' };

function count(text: string, phrase: string | RegExp): number {
  return text.split(phrase).length - 1;
}

/** The FactSet of a card, as title -> value. */
function factsOf(card: unknown): Record<string, string> {
  const set = (JSON.stringify(card).match(/"type":"FactSet","facts":(\[[^\]]*\])/) ?? [])[1];
  return Object.fromEntries(((set ? JSON.parse(set) : []) as { title: string; value: string }[]).map((f) => [f.title, f.value]));
}

describe('replies: two or three counters at once (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('later tonight: one line per counter, freshness and sources once', () => {
        const reply = render(comparisonAnswer(['brixton', 'walworth'], TONIGHT, THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.contain('Brixton Police Station: open until 22:00 tonight.');
        expect(text).to.contain('Walworth Police Station: open until 22:00 tonight.');
        expect(count(text, 'Data checked 4 December 2026')).to.equal(1);
        expect(count(text, /^Sources$/m)).to.equal(1);
        expect(text).to.not.match(/open longer|open later/);
        expect(factsOf(reply.card)).to.deep.equal({ 'Brixton Police Station': 'Open until 22:00 tonight', 'Walworth Police Station': 'Open until 22:00 tonight' });
      });

      it('which is open longer on Saturday: the verdict from the hours', () => {
        const reply = render(comparisonAnswer(['lewisham', 'bromley'], SATURDAY, THURSDAY_AFTERNOON, 'longer'), channel);
        const text = readAll(reply);
        expect(text).to.contain('Lewisham Police Station: open 24 hours on Saturday.');
        expect(text).to.contain('Bromley Police Station: open 09:00–19:00 on Saturday.');
        expect(text).to.contain('Lewisham is open longer on Saturday: 24 hours, against 09:00–19:00 at Bromley.');
        expect(reply.speak).to.match(/^Lewisham is open longer on Saturday/);
        const facts = factsOf(reply.card);
        expect(facts['Lewisham Police Station']).to.equal('Open 24 hours on Saturday');
        expect(facts['Bromley Police Station']).to.equal('Open 09:00–19:00 on Saturday');
        expect(JSON.stringify(reply.card)).to.contain('Lewisham is open longer on Saturday');
      });

      it('the same hours: said as the same, with the week', () => {
        const text = readAll(render(comparisonAnswer(['lavender-hill', 'brixton'], { kind: 'week' }, THURSDAY_AFTERNOON, 'longer'), channel));
        expect(text).to.contain('Lavender Hill and Brixton have the same hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
      });

      it('compare a 24-hour counter with a reduced one over the week', () => {
        const text = readAll(render(comparisonAnswer(['charing-cross', 'kentish-town'], { kind: 'week' }, THURSDAY_AFTERNOON, 'longer'), channel));
        expect(text).to.contain('Charing Cross Police Station: open 24 hours, every day.');
        expect(text).to.contain('Kentish Town Police Station: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
        expect(text).to.match(/^Charing Cross is open longer: /m);
      });

      it('open now at 23:10, three counters: one closed for good, one shut for the night, one open', () => {
        const reply = render(comparisonAnswer(['chingford', 'brixton', 'lewisham'], { kind: 'now' }, THURSDAY_NIGHT, 'open'), channel);
        const text = readAll(reply);
        expect(text).to.contain('Chingford Police Station: closed on 28 February 2026.');
        expect(text).to.contain('Brixton Police Station: closed now; opens at 10:00 tomorrow (Friday 27 November).');
        expect(text).to.contain('Lewisham Police Station: open now, 24 hours a day.');
        expect(text).to.contain('Only Lewisham is open now.');
        expect(reply.suggestedActions).to.include('Nearest open desk to Chingford');
        expect(reply.suggestedActions.length).to.be.at.most(channel === 'msteams' ? 3 : 4);
      });

      it('a name not found and an ambiguous one are said, not dropped', () => {
        const answerer = new Answerer(knowledge);
        const mention = (text: string): PlaceMention => ({ text, result: knowledge.locator.locate(text) });
        const notFound: PlaceMention = { text: 'blahville', result: { status: 'not-found', query: 'blahville' } };
        const answer = answerer.answer({ intent: 'open-now', place: mention('brixton'), others: [notFound, mention('wood')], when: { kind: 'now' } }, THURSDAY_AFTERNOON) as Extract<Answer, { kind: 'comparison' }>;
        const reply = render(answer, channel);
        const text = readAll(reply);
        expect(text).to.contain('Brixton Police Station: open now, until 22:00.');
        expect(text).to.contain('I couldn\'t find a front counter called "blahville", so I\'ve answered for Brixton only.');
        expect(text).to.match(/"wood" could be (Woodford or Wood Green|Wood Green or Woodford): ask again with the one you mean\./);
        expect(reply.suggestedActions.slice(0, 2).sort()).to.deep.equal(['Wood Green opening hours', 'Woodford opening hours']);
      });

      it('a special day: the honest line once, then each counter\'s usual hours that weekday', () => {
        const christmas: WhenAsked = { kind: 'date', date: '2026-12-25', label: 'Friday 25 December' };
        const answer = new Answerer(knowledge).answer(
          {
            intent: 'hours',
            place: { text: 'brixton', result: knowledge.locator.locate('brixton') },
            others: [{ text: 'walworth', result: knowledge.locator.locate('walworth') }],
            when: christmas,
            specialDay: { kind: 'christmas', label: 'Christmas Day', date: '2026-12-25' },
          },
          THURSDAY_AFTERNOON,
        );
        const reply = render(answer, channel);
        const text = readAll(reply);
        // Said once in the card (not once per counter), and the message text is that headline.
        expect(count(cardWords(reply), 'no special-day hours for Christmas Day')).to.equal(1);
        expect(reply.text).to.contain('no special-day hours for Christmas Day');
        expect(text).to.contain('Brixton Police Station: on a usual Friday, open 10:00–22:00.');
        expect(text).to.not.match(/is open on Friday 25 December/);
      });
    });
  }
});

describe('replies: the 24-hour list as of a past date (real data)', () => {
  for (const channel of CHANNELS) {
    describe(`on ${channel}`, () => {
      it('a year: as of its 1 July, in the past tense, with the counters whose hours are not recorded', () => {
        const reply = render(list24x7AsOfAnswer({ date: '2020-07-01', label: '1 July 2020', year: 2020 }, THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.match(/^As of 1 July 2020 \(the middle of 2020\), 30 front counters were open 24 hours a day:/);
        expect(text).to.contain('Brixton Police Station');
        expect(text).to.contain('Croydon Police Station');
        expect(text).to.contain('The other 7 open counters had hours my sources do not give.');
        expect(text).to.not.match(/Only two front counters|are open 24 hours/);
        expect(text).to.not.contain('incomplete');
        expect(text).to.contain('Data checked 4 December 2026');
        expect(JSON.stringify(reply.card)).to.contain('As of 1 July 2020');
      });

      it('before mid-2017: says the data is incomplete, first', () => {
        const reply = render(list24x7AsOfAnswer({ date: '2013-07-01', label: '1 July 2013', year: 2013 }, THURSDAY_AFTERNOON), channel);
        const text = readAll(reply);
        expect(text).to.contain('My sources before July 2017 are incomplete');
        expect(text).to.contain('As of 1 July 2013 (the middle of 2013), four front counters were open 24 hours a day: Kentish Town, Wood Green, Ilford and Walworth.');
        expect(reply.speak).to.match(/^My sources before July 2017 are incomplete\./);
      });

      it('a date, not a year: no "middle of" note', () => {
        const text = readAll(render(list24x7AsOfAnswer({ date: '2018-03-01', label: '1 March 2018' }, THURSDAY_AFTERNOON), channel));
        expect(text).to.match(/^As of 1 March 2018, \d+ front counters were open 24 hours a day:/);
      });
    });
  }
});
