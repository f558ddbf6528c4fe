/**
 * Lists of counters said many ways, through the real turn pipeline: the 24-hour
 * ones, those open on a day, late or now, all of them, those of a borough, the
 * boroughs with none, the closures of a year, the closures still ahead, and how
 * many. The first sentence gives the count or the answer (data/: the timeline as
 * of Thursday 26 November 2026); the names follow, and a long list stays in
 * short lines a phone can show.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const NOT_UNDERSTOOD = /Sorry, I (?:can't help with that|didn't understand)|Which police station (?:do you want|would you like)|I need to know where you are/;

const TWO_24_HOURS = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./;
const OPEN_LIST = (when: string) =>
  new RegExp(`^27 police front counters are open in London${when}: \\*\\*Charing Cross\\*\\* and \\*\\*Lewisham\\*\\* open 24 hours a day; the other 25 open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);
const LEFT = /^27 front counters are open in London now; two of them are open 24 hours a day\./;
const NO_COUNTER = /^Five boroughs have no front counter now: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./;
const CLOSED_2017 = /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\)/;
/** "Closed in 2017" taken as the year itself: the round's last closure (Holborn, January 2018) is 2018's. */
const CLOSED_IN_2017 = /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\)/;
const CLOSED_2026 = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre, Chingford/;
const NONE_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show \(my latest source is from 28 February 2026\)\./;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // The 24-hour counters.
  ['which stations are open 24/7', TWO_24_HOURS],
  ['list the 24 hour police stations', TWO_24_HOURS],
  ['any 24hr front counters left?', TWO_24_HOURS],
  ['how many 24 hour stations are there', TWO_24_HOURS],
  ['How many police stations in London are open 24 hours now?', TWO_24_HOURS],
  ['where are the 24 hour ones', TWO_24_HOURS],
  ['name the 24/7 stations', TWO_24_HOURS],
  ['24/7 list pls', TWO_24_HOURS],
  // "remain", "left", "still": the 24-hour counters named, not the count of all counters left.
  ['which stations remain open 24/7', TWO_24_HOURS],
  ['how many 24 hour stations are left', TWO_24_HOURS],
  ['are there any 24hr front desks still open', TWO_24_HOURS],
  ['what 24 hour counters remain', TWO_24_HOURS],
  // Open on a day, late, now: the network's counters then.
  ['which police stations are open on sunday', OPEN_LIST(' on Sunday')],
  ['WHICH STATIONS ARE OPEN SUNDAY', OPEN_LIST(' on Sunday')],
  ['what front counters are open at the weekend', OPEN_LIST(' this weekend')],
  ['police stations open on saturday in london', OPEN_LIST(' on Saturday')],
  ['which ones are still open', OPEN_LIST('')],
  // "Late": how late they are open, the 24-hour ones set apart (as for "open latest").
  ['which ones open late', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today/],
  ['open police stations list', OPEN_LIST('')],
  ['what police stations are open now', OPEN_LIST(' now')],
  ['which are open right now', OPEN_LIST(' now')],
  ['Hi, which police front counters are still open please?', LEFT],
  // All of them.
  ['list all open front counters', OPEN_LIST('')],
  ['all front counters in london', OPEN_LIST('')],
  ['give me a list of every police station', OPEN_LIST('')],
  // How many.
  ['how many front counters are open', LEFT],
  ['how many police stations does london have', LEFT],
  ['how many police front counters are left in london', LEFT],
  ['how many are left', LEFT],
  // A borough's counters, and the boroughs with none.
  ['which stations are in croydon', /^Croydon has one police front counter: \*\*Croydon Police Station\*\*/],
  ['front counters in hackney', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
  ["what's open in lambeth", /^Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
  ['which boroughs have no front counter', NO_COUNTER],
  ['how many boroughs have no counter', NO_COUNTER],
  // The closures of a year or a plan.
  ['which counters closed in 2017', CLOSED_IN_2017],
  ['which stations did sadiq close', CLOSED_2017],
  ['list the closures of 2026', CLOSED_2026],
  ['what closed in feb', CLOSED_2026],
  // "shut last february" is February's closures, not the counters that close last.
  ['which counters shut last february', CLOSED_2026],
  ['which stations closed last feb', CLOSED_2026],
  ['what got shut in february', CLOSED_2026],
  ['which counters closed under the 2013 plan', /^My sources before July 2017 cover only some counters: they name five front counters closed between 2012 and December 2013/],
  // The closures still ahead.
  ['which stations are proposed to close', NONE_AHEAD],
  ['which counters are going to close', NONE_AHEAD],
  ['are any more closing', NONE_AHEAD],
  ['which front desks are closing next', NONE_AHEAD],
  ['are more stations going to close', NONE_AHEAD],
  ['will any more police stations close', NONE_AHEAD],
  ['any future closures planned', NONE_AHEAD],
  ['what closures are planned', NONE_AHEAD],
  ['is the met planning to close more police stations', NONE_AHEAD],
  // A year ahead or "closing down" with no counter named: still the closures ahead (not a nearest or a status question).
  // (The year said is said back: none decided or proposed in 2027.)
  ['which stations will close in 2027', /^No front counter closure in 2027 is decided or proposed, as far as my sources show \(my latest source is from 28 February 2026\)\./],
  ['whats closing down', NONE_AHEAD],
  ['what is shutting down', NONE_AHEAD],
  ['which counters are going to close next year', NONE_AHEAD],
  // "Count of", "where are all": every counter, not one counter's status or address.
  ['count of police stations open', LEFT],
  ['number of front counters', LEFT],
  ['the number of police stations left', LEFT],
  ['where are all the front counters', OPEN_LIST('')],
  ['where are all the police stations in london', OPEN_LIST('')],
];

describe('lists said many ways: the first sentence gives the count or the answer', () => {
  for (const [say, first] of CASES) {
    it(say, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(first);
      expect(text).to.not.match(NOT_UNDERSTOOD);
    });
  }

  it('one counter\'s address, or the counters near a place, keep their readings', async () => {
    expect(firstLineOf(await new Conversation().askText('where is brixton police station'))).to.match(/^\*\*Brixton Police Station\*\*: 367 Brixton Road/);
    expect(firstLineOf(await new Conversation().askText('where are all the counters near me'))).to.match(/I need to know where you are/);
    expect(firstLineOf(await new Conversation().askText('which ones will shut at 7'))).to.match(/^No front counter closes at 19:00 today/);
  });

  it('the closures ahead say what the sources report with no date or decision (Stratford), and how many are open', async () => {
    const text = await new Conversation().ask('are any more closing');
    expect(text).to.match(/Reported, with no date or decision: \*\*Stratford\*\*: estates strategy: Stratford station to close/);
    expect(text).to.include('27 front counters are open in London now; the latest round of closures was in February 2026.');
  });

  it('a place given before keeps "which ones are open?" about the desks near it', async () => {
    const conversation = new Conversation();
    await conversation.ask('nearest police station to SE13 5JZ');
    const text = await conversation.ask('which ones are open now');
    expect(text.split('\n')[0]).to.not.match(/^27 police front counters/);
    expect(text).to.include('Lewisham');
  });

  for (const [say, part, named, notNamed] of [
    ['police stations in north london', 'North London', 'Colindale', 'Croydon'],
    ['which stations are open in south london', 'South London', 'Croydon', 'Edmonton'],
    ['east london front counters', 'East London', 'Ilford', 'Hounslow'],
    ['west london police stations open', 'West London', 'Hounslow', 'Romford'],
    ['which counters are open in central london', 'Central London', 'Charing Cross', 'Croydon'],
    ['any police stations in north west london open on sunday', 'North West London on Sunday', 'Wembley', 'Lewisham'],
    // What is "left" or "still open" in a part: that part's counters, not London's count.
    ['what police stations are left in east london', 'East London', 'Ilford', 'Hounslow'],
    ['how many counters are left in west london', 'West London', 'Hounslow', 'Romford'],
    ['are there any front desks left in north london', 'North London', 'Colindale', 'Croydon'],
    ['which counters are still open in south london', 'South London', 'Croydon', 'Edmonton'],
  ] as const) {
    it(`a part of London by compass, from the counters' postcode areas or positions: ${say}`, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(new RegExp(`^\\w+ police front counters? (?:is|are) open in ${part}`));
      expect(text).to.include(`${part.replace(/ on Sunday$/, '')} taken by postcode area`);
      expect(text).to.include(named);
      expect(text).to.not.include(notNamed);
    });
  }

  it('"open til 10pm" asked of all counters: those open right up to then, not those open at 10pm', async () => {
    for (const say of ['which ones are open til 10pm', 'what counters are open till 10pm today', 'which stations are open until 22:00']) {
      expect((await new Conversation().ask(say)).split('\n')[0], say).to.match(/^27 police front counters are open in London until (?:10pm|22:00) today: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day; the other 25/);
    }
    expect((await new Conversation().ask('which stations are open at 10pm')).split('\n')[0]).to.match(/^Two police front counters are open in London/);
  });

  it('a long list of closures stays readable on a phone: one counter per short line', async () => {
    const text = await new Conversation().ask('which stations closed under the 2017 strategy');
    const lines = text.split('\n');
    for (const name of ['Uxbridge', 'Holborn']) expect(lines.some((l) => l.includes(name) && l.length <= 120), name).to.equal(true);
  });
});

describe('closures before mid-2017: what the sources name, not a count of all that closed', () => {
  it('names the records it has, says they cover only some counters, and gives the plan\'s own total', async () => {
    const text = await new Conversation().askText('how many police stations shut in 2013?');
    expect(firstLineOf(text)).to.match(/^My sources before July 2017 cover only some counters: they name three front counters closed in 2013 under the 2013 Police and Crime Plan \(MOPAC\):$/);
    expect(text).to.match(/The 2013 Police and Crime Plan \(MOPAC\): closed 63 of London's 136 police front counters\./);
  });

  it('a year with none on record before mid-2017 is not said to have had none', async () => {
    expect(firstLineOf(await new Conversation().askText('what closed in 2015'))).to.equal('My sources before July 2017 cover only some counters, and they name no front counter closed in 2015.');
  });
});

describe('a two-way part of London ("south east"): by the bearing between its two directions, or by postcode area', () => {
  it('south east London takes in Bexleyheath and Plumstead (SE18), not Brixton (SW9) or Croydon', async () => {
    const [reply] = await new Conversation().say('which police stations are in south east london');
    const text = JSON.stringify(reply);
    for (const name of ['Bexleyheath', 'Bromley', 'Lewisham', 'Plumstead', 'Walworth']) expect(text, name).to.include(`**${name}**`);
    for (const name of ['Brixton', 'Croydon', 'Stratford']) expect(text, name).to.not.include(`**${name}**`);
    expect(firstLineOf(reply.text ?? '')).to.match(/^Five police front counters are open in South East London/);
  });

  it('south London takes in both SE and SW postcode areas', async () => {
    const text = JSON.stringify((await new Conversation().say('police stations in south london'))[0]);
    for (const name of ['Brixton', 'Croydon', 'Plumstead', 'Lavender Hill', 'Walworth']) expect(text, name).to.include(`**${name}**`);
  });
});

describe('a part of London said on its own is a question about its counters', () => {
  for (const say of ['south west london', 'West London?', 'north london please']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/^\w+ police front counters? (?:is|are) open in (?:South West|West|North) London/);
    });
  }
});
