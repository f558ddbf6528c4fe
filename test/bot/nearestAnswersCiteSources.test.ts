/**
 * A nearest answer states desks' hours ("open now, until 22:00", "open 24
 * hours a day"), so like a station's own answer it cites where those hours come
 * from: publishers by name and date on the card and when asked ("sources"),
 * every link one of the sources of the hours of a desk it names.
 */
import { expect } from 'chai';
import { Conversation, knowledge, readable, THURSDAY_AFTERNOON } from './harness';

/** Every source address of the hours of each station named in bold in the text. */
function hoursSourcesOfNamed(text: string): Set<string> {
  const named = [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
  const urls = new Set<string>();
  for (const status of knowledge.statusesAsOf(THURSDAY_AFTERNOON)) {
    const short = status.station.name.replace(/ Police Station.*$/, '');
    if (status.hours && named.some((n) => n === status.station.name || n === short)) for (const url of status.hours.sources) urls.add(url);
  }
  return urls;
}

const links = (text: string): string[] => [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]);

describe('nearest answers cite the sources of the hours they state', () => {
  const asked = [
    'nearest 24 hour station to IG8 0SB',
    'closest police station open now to SW2 1AA',
    'where is my nearest front desk? E17 4PP',
    'police counter near Peckham open on Sunday',
    'which desk near N4 is open at 9pm tonight',
  ];

  for (const say of asked) {
    it(`"${say}": the card's sources and the "sources" reply are publishers of those hours`, async () => {
      const chat = new Conversation('webchat');
      const [answer] = await chat.say(say);
      const everything = readable(answer);
      expect(everything, 'a nearest answer').to.match(/nearest/i);
      const expected = hoursSourcesOfNamed(everything);
      expect(expected.size, 'the desks named have sourced hours').to.be.greaterThan(0);

      const onCard = links(everything);
      expect(onCard.length, 'sources on the card').to.be.within(1, 2);
      for (const url of onCard) expect(expected, url).to.include(url);

      const sources = await chat.ask('sources');
      expect(sources).to.match(/\[[A-Z][^\]]*, \d{1,2} [A-Z][a-z]{2} \d{4}\]\(https:\/\//);
      for (const url of links(sources)) expect(expected, url).to.include(url);
    });
  }
});
