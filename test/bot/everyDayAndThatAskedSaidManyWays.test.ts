/**
 * "Is it open every day?" answered yes or no from the counter's week (every weekday has hours, or the days it is
 * closed), and "that" as the counter just named in a follow-up ("nearest to E17" -> "is that 24 hours?" asks about
 * the desk given, not for the nearest 24-hour desk).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const EVERY_DAY = (name: string) => new RegExp(`^Yes, \\*\\*${name} Police Station\\*\\* is open every day: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.$`);

describe('"open every day?" answered yes or no from the week', () => {
  itAnswersFirst([
    ['is ilford open every day', EVERY_DAY('Ilford')],
    ['Is Croydon open 7 days a week?', EVERY_DAY('Croydon')],
    ['does kingston open seven days a week', EVERY_DAY('Kingston')],
    ['is bromley police station open everyday', EVERY_DAY('Bromley')],
    ['is lewisham open every day', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day, every day\.$/],
  ]);
});

// "I drive past it every day" is the resident's routine: the question is whether it is open (now), not its week.
describe('"every day" of the resident\'s own routine is not the counter\'s week', () => {
  itAnswersFirst([
    ['i drive past croydon every day, is it open', /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\.$/],
    ['I walk past Brixton every day - is it open?', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
    ['i cycle by lewisham every day is it open now', /^Yes, \*\*Lewisham Police Station\*\* is open now, 24 hours a day\.$/],
    ['we go past ilford daily, is it still open', /^Yes, the front counter at \*\*Ilford Police Station\*\* is open/],
    ['i commute through bromley each day, is the police station open', /Bromley Police Station/],
    // The counter's week, asked by the resident: still the week.
    ['i want to know if croydon is open every day', EVERY_DAY('Croydon')],
  ]);
});

describe('"that" in a follow-up is the desk just given', function () {
  this.timeout(30_000);
  const cases: [string[], RegExp][] = [
    [['nearest to E17', 'is that 24 hours'], /^No, \*\*Tottenham Police Station\*\* is not open 24 hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/],
    [['nearest desk to N17', 'is that open on sunday'], /^Yes, \*\*Tottenham Police Station\*\* is open on Sunday \d+ \w+, 09:00–19:00\.$/],
    [['closest station to SE13 please', 'is that open all night?'], /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours/],
    [['is ilford open', 'when does that close'], /Ilford Police Station/],
  ];
  for (const [turns, first] of cases) {
    it(turns.join(' / '), async () => {
      const chat = new Conversation();
      for (const say of turns.slice(0, -1)) await chat.say(say);
      expect(firstLineOf(await chat.askText(turns.at(-1)!))).to.match(first);
    });
  }
});
