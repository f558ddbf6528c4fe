/**
 * Replies a resident reads in five seconds, measured through the real bot over
 * every README example and every development-set line: the median main reply
 * is at most 300 characters, none but lists and histories exceeds 700, the
 * speech is the first sentence and the next line, the words are a resident's,
 * and the details come on request.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, cardOf, readable, suggestions } from './harness';
import { devSetConversations, readmeConversations } from './residentConversations';

const CONVERSATIONS = [...readmeConversations(), ...devSetConversations()];

/** Words that belong to a database, not to a reply (issue 8 §1). */
const NOT_A_RESIDENTS_WORD = [/\brecords?\b/i, /\bevents?\b/i, /scheduled date/i, /\bspells?\b/i, /plan-wide/i, /record of that day/i, /Earlier plan dropped on/i];

interface Turn {
  from: string;
  said: string;
  /** The whole answer as a channel without cards gets it (headline, key lines, list). */
  main: string;
  speak: string;
  /** Everything Web Chat shows: the text and the card, details included. */
  shown: string;
  webchatText: string;
  hasCard: boolean;
}

async function playAll(): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const c of CONVERSATIONS) {
    const sms = new Conversation('sms');
    const web = new Conversation('webchat');
    for (const said of c.turns) {
      const plain = await sms.say(said);
      const rich = await web.say(said);
      turns.push({
        from: c.from,
        said,
        main: plain.map((a) => a.text ?? '').join('\n'),
        speak: plain.map((a) => a.speak ?? '').join(' '),
        shown: rich.map(readable).join('\n'),
        webchatText: rich.map((a) => a.text ?? '').join('\n'),
        hasCard: rich.some((a) => cardOf(a) !== undefined),
      });
    }
  }
  return turns;
}

/** The answer text without the dating line a channel without cards gets at its end. */
function mainReply(text: string): string {
  return text.replace(/\n\nData checked [^\n]*$/, '');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('replies a resident reads in five seconds (README examples and the development set, through the bot)', function () {
  this.timeout(120000);
  let turns: Turn[] = [];
  before(async () => {
    turns = await playAll();
  });

  it('covers every README example and every development-set line', () => {
    expect(readmeConversations().length).to.be.greaterThan(25);
    const devLines = devSetConversations().flatMap((c) => c.turns).length;
    expect(turns.length).to.equal(CONVERSATIONS.flatMap((c) => c.turns).length);
    if (devLines === 0) console.warn('    (development set not found beside the repository: README examples only)');
  });

  it('the median main reply is at most 300 characters; none but lists and histories exceeds 700', () => {
    const lengths = turns.map((t) => mainReply(t.main).length);
    const long = turns.filter((t) => mainReply(t.main).length > 700 && !/\n- /.test(t.main));
    console.log(`    main reply: median ${median(lengths)} characters, longest ${Math.max(...lengths)}, ${turns.length} turns`);
    expect(median(lengths)).to.be.at.most(300);
    expect(long.map((t) => `${t.said} (${t.main.length})`)).to.deep.equal([]);
  });

  it('where a card carries the answer, the message text is the answer in short: its headline and at most two key lines', () => {
    for (const t of turns) {
      if (!t.hasCard) continue;
      const paragraphs = t.webchatText.split('\n\n').filter((p) => !/^This is the Met's announced arrangement/.test(p));
      expect(paragraphs.length, t.said).to.be.at.most(3);
      // The same words as a channel without cards gets first; the list, details, sources and dating are the card's.
      for (const p of paragraphs) expect(t.main, t.said).to.contain(p.replace(/\*\*/g, ''));
      expect(t.webchatText, t.said).to.not.match(/^- |Data checked/m);
    }
  });

  it('speech is the first sentence and the next line only', () => {
    for (const t of turns) {
      expect(t.speak.length, t.said).to.be.at.most(400);
      const [first, next] = t.main.split('\n\n');
      const words = (s: string) => s.replace(/\*\*/g, '').split(/\s+/).slice(0, 3).join(' ');
      if (!/^\d|\*\*Call/.test(first)) expect(t.speak.startsWith(words(first)), `${t.said}\n  speak: ${t.speak}`).to.equal(true);
      // Nothing after the line that follows the headline is spoken.
      const third = t.main.split('\n\n')[2];
      if (third && next && third.length > 20) expect(t.speak, t.said).to.not.contain(third.slice(0, 40));
    }
  });

  it("uses a resident's words: no records, events, scheduled dates, spells or plan-wide rows, in text or card", () => {
    for (const t of turns) for (const word of NOT_A_RESIDENTS_WORD) expect(t.shown, `${t.said}: ${word}`).to.not.match(word);
  });
});

describe('details and sources on request, caveats once', () => {
  it('"tell me more", "sources" and "where is that from?" give the last answer\'s details and its publishers by name and date', async () => {
    const chat = new Conversation('webchat');
    // The sources' disagreement is part of the answer itself (a key line), the history comes on request.
    expect(await chat.askText('is woodford staying open?')).to.contain('Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00');
    const more = await chat.ask('tell me more');
    expect(more).to.contain('It closed in 2013 under the 2013 Police and Crime Plan (MOPAC).');
    const sources = await chat.ask('sources');
    expect(sources).to.match(/\[Ilford Recorder, 2013\]\(https:\/\/www\.ilfordrecorder\.co\.uk\//);
    expect(await chat.ask('where is that from?')).to.equal(sources);
    for (const word of NOT_A_RESIDENTS_WORD) expect(more + sources).to.not.match(word);
  });

  it('with nothing answered yet, says so', async () => {
    expect(await new Conversation('webchat').ask('tell me more')).to.contain("I haven't answered anything yet");
  });

  it('the announced-arrangement caveat is said once per conversation in the text, and always in the card footer', async () => {
    const chat = new Conversation('webchat');
    const [first] = await chat.say('is brixton open now?');
    const [second] = await chat.say('is acton still open?');
    expect(first.text).to.contain("This is the Met's announced arrangement since March 2026");
    expect(second.text).to.not.contain('announced arrangement');
    for (const a of [first, second]) expect(readable(a)).to.match(/Data checked 4 December 2026\. This is the Met's announced arrangement/);
  });

  it('the unconfirmed "paused" report is said with the February 2026 closures, not with the hours of a counter that stayed', async () => {
    const chat = new Conversation('webchat');
    expect(await chat.ask('how many police stations closed in February 2026')).to.match(/Unconfirmed report \(18 February 2026\)/);
    expect(await chat.ask('is acton police station open on sunday')).to.not.match(/paused|Unconfirmed/);
  });

  it('at most three suggestions, and a choice once (card buttons, not suggestions too)', async () => {
    for (const channel of ['webchat', 'msteams'] as const) {
      const chat = new Conversation(channel);
      const [choice] = await chat.say('wood');
      expect(suggestions(choice), channel).to.deep.equal([]);
      expect(JSON.stringify(cardOf(choice))).to.contain('Wood Green');
      const [status] = await chat.say('is twickenham police station closing');
      expect(suggestions(status).length).to.be.at.most(3);
      expect(cardOf(status)?.msteams).to.deep.equal({ width: 'Full' });
    }
  });
});

describe('London time for a resident elsewhere', () => {
  // Friday 4 December 2026, 22:30 in New York is 03:30 on Saturday 5 December in London.
  const nyFridayNight = DateTime.fromISO('2026-12-04T22:30', { zone: 'America/New_York' });

  it('"tomorrow" is London\'s tomorrow, named with its date, and every time says London time', async () => {
    const chat = new Conversation('webchat', nyFridayNight, 'personal', 'America/New_York');
    const [reply] = await chat.say('what time does Ilford open tomorrow');
    expect(reply.text).to.contain('tomorrow, Sunday 6 December');
    expect(reply.text).to.match(/opens at 09:00 London time tomorrow, Sunday 6 December \(open 09:00–19:00\)/);
    expect(readable(reply)).to.contain('Usual weekly hours (London time)');
    expect(reply.speak).to.contain('London time');
  });

  it('a resident in London gets no label in the text, but the hours card always says London time', async () => {
    const chat = new Conversation('webchat', nyFridayNight, 'personal', 'Europe/London');
    const [reply] = await chat.say('what time does Ilford open tomorrow');
    expect(reply.text).to.contain('tomorrow, Sunday 6 December');
    expect(reply.text).to.not.contain('London time');
    expect(readable(reply)).to.contain('Usual weekly hours (London time)');
  });
});
