/**
 * "And another?", "what's the next one?" after a nearest desk or "somewhere else?": the next desk of the same kind,
 * measured from the same place, leads (never one already given); when none is left, that is said. Danger told in the
 * same words still leads with 999.
 */
import { expect } from 'chai';
import { nearest24x7Desk, nearestOpenNowDesk } from '../../src/stations/nearest';
import { Conversation, firstLineOf, knowledge, THURSDAY_AFTERNOON } from './harness';

const ONE_MORE = ['and another?', 'another one?', 'another', "what's the next one?", 'whats the next one', 'next one?', 'next?', 'one more?', 'ok one more please', 'the next one', 'and the next?', 'any others?', 'got another one', 'whats the next closest', 'another one nearby?', 'and the one after that?', 'anything else?', 'any further ones?', 'one more option', 'is there another one'];

/** The desks open now nearest to a counter's own point, the counter left out, nearest first. */
function openNowFrom(stationName: string): string[] {
  const station = knowledge.data.stations.find((s) => s.name === `${stationName} Police Station`)!;
  const found = nearestOpenNowDesk(knowledge.desks, station.location!, knowledge.deskStatuses(THURSDAY_AFTERNOON), THURSDAY_AFTERNOON, 8);
  return found.map((d) => d.station.name).filter((name) => name !== station.name);
}

describe('one more desk, after "somewhere else?"', function () {
  this.timeout(120_000);
  // "somewhere else?" just after the nearest desk to E17 is still measured from E17, past the desk given; asked again, the next.
  for (const again of ONE_MORE) {
    it(`nearest to E17, "somewhere else?", then "${again}": the next one from E17`, async () => {
      const chat = new Conversation();
      const first = /\*\*([^*]+)\*\*/.exec(firstLineOf(await chat.askText('nearest to E17')))?.[1];
      const given = /^The next nearest front counter open now to E17 is \*\*([^*]+)\*\*/.exec(firstLineOf(await chat.askText('somewhere else?')))?.[1];
      expect(given).to.be.a('string').and.not.equal(first);
      const line = firstLineOf(await chat.askText(again));
      const next = /^The next nearest front counter open now to E17 is \*\*([^*]+)\*\*/.exec(line)?.[1];
      expect(next, `${again}: ${line}`).to.be.a('string');
      expect([first, given], again).to.not.include(next);
    });
  }

  it('asked again and again, each answer leads with a desk not given before', async () => {
    const chat = new Conversation();
    await chat.say('is chingford still open');
    const expected = openNowFrom('Chingford');
    const led: string[] = [];
    for (const again of ['where else can i go?', 'and another?', "what's the next one?", 'one more?']) {
      const line = firstLineOf(await chat.askText(again));
      const desk = /\*\*([^*]+)\*\*/.exec(line)?.[1];
      expect(desk, again).to.be.a('string');
      led.push(desk!);
    }
    expect(led).to.deep.equal(expected.slice(0, 4));
  });

  it('after "anywhere else?" at a moment asked, the next desk open then, and then that none is left', async () => {
    const chat = new Conversation();
    await chat.say('is brixton open at 11pm?');
    expect(firstLineOf(await chat.askText('anywhere else?'))).to.match(/^The nearest front counter open at 23:00 tonight to Brixton is \*\*Charing Cross Police Station\*\*/);
    expect(firstLineOf(await chat.askText('and another?'))).to.match(/^The next nearest front counter open at 23:00 tonight to Brixton is \*\*Lewisham Police Station\*\*/);
    expect(firstLineOf(await chat.askText('whats the next one'))).to.match(/^I know of no other front counter open at 23:00 tonight near Brixton beyond those I have given\./);
  });
});

describe('one more desk, after the nearest 24-hour desk', function () {
  this.timeout(60_000);
  const [first, second] = nearest24x7Desk(knowledge.desks, { lat: 51.5837, lon: -0.0199 }, knowledge.deskStatuses(THURSDAY_AFTERNOON), 2).map((d) => d.station.name);
  // "and another?", "next one?", "any others?" (somewhere else): still measured from where the resident is (E17).
  for (const [again, from] of [['and another?', 'The next nearest 24-hour front counter to E17'], ['next one?', 'The next nearest 24-hour front counter to E17'], ['any others?', 'The next nearest 24-hour front counter to E17']]) {
    it(`"${again}" gives the next 24-hour desk, then says none is left`, async () => {
      const chat = new Conversation();
      expect(firstLineOf(await chat.askText('nearest 24 hour police station to E17'))).to.contain(`**${first}**`);
      expect(firstLineOf(await chat.askText(again))).to.match(new RegExp(`^${from} is \\*\\*${second}\\*\\*`));
      expect(firstLineOf(await chat.askText('one more?'))).to.match(/^I know of no other 24-hour front counter near .* beyond those I have given\./);
    });
  }
});

describe('"next one" is not a desk when no desk was given', function () {
  this.timeout(30_000);
  for (const say of ['next one?', 'and another?', "what's the next one?"]) {
    it(`"${say}" said first`, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).not.to.match(/nearest front counter/);
    });
  }
});

describe('danger told after a nearest desk still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['another man with a knife is outside', 'and another one is breaking in now', 'next door is on fire']) {
    it(say, async () => {
      const chat = new Conversation();
      await chat.say('nearest to E17');
      await chat.say('somewhere else?');
      expect(firstLineOf(await chat.askText(say))).to.match(/999/);
    });
  }
});

describe('"the other one" after the nearest desk is one more desk', function () {
  this.timeout(60_000);
  for (const say of ['and the other one?', 'the other one', 'what about the other one?']) {
    it(`nearest 24-hour desk to E17, then "${say}": the other 24-hour desk`, async () => {
      const chat = new Conversation();
      await chat.say('nearest 24 hour desk to E17');
      expect(firstLineOf(await chat.askText(say)), say).to.match(/24-hour front counter to [^*]+ is \*\*Lewisham Police Station\*\*/);
    });
  }
});
