/**
 * Questions about the service, not a station: what a 24/7 counter means, why
 * counters are not open at night, which areas have no counter, court
 * challenges, savings, what a policing hub / mobile police station / video
 * screen is (none is a front counter), what a counter is for, how current the
 * information is. Answered from the data, never with "which station?".
 * Expected facts are those of shared/data (resident-facts.md §2–§6, plans.csv,
 * events.csv), quoted in the comments.
 */
import { expect } from 'chai';
import { ask, stationIdOf } from '../understanding/helpers';
import { Conversation } from './harness';

const CASES: [string, string][] = [
  ['what does 24/7 mean', 'round-the-clock'],
  ['what does a 24 hour police station actually mean?', 'round-the-clock'],
  ['is a 24 hour station actually staffed all night?', 'round-the-clock'],
  ['is there really someone on the desk at night', 'round-the-clock'],
  ['does 24hr mean someone is there overnight', 'round-the-clock'],
  ["why aren't counters open at night", 'night'],
  ['why do they shut the front desks at night now', 'night'],
  ['why are only 2 stations 24 hours', 'night'],
  ['which areas have no counter', 'no-counter'],
  ['what boroughs are left without a police station', 'no-counter'],
  ['which parts of london dont have a front desk any more', 'no-counter'],
  ['were the closures challenged in court', 'court'],
  ['did anyone take the met to court over it', 'court'],
  ['was there a judicial review of the closures', 'court'],
  ['was the wimbledon closure challenged in court?', 'court'],
  ['how much do the closures save', 'savings'],
  ['how much money does closing the counters save', 'savings'],
  ['what are the savings', 'savings'],
  ["what's a policing hub", 'hub'],
  ['is a police hub the same as a police station', 'hub'],
  ['can i report a crime at a policing hub', 'hub'],
  ['what is a mobile police station', 'mobile'],
  ['where do the mobile police vans go', 'mobile'],
  ['what are the video screens outside police stations', 'video-screen'],
  ['is there a video screen at Twickenham?', 'video-screen'],
  ['what is a front counter for', 'purpose'],
  ['what can i do at a police front desk', 'purpose'],
  ['why would anyone go to a police station counter these days', 'purpose'],
  ['how up to date is your information', 'freshness'],
  ['is this info current?', 'freshness'],
  ['when was your data last updated', 'freshness'],
  ['what are contact points', 'contact-point'],
  ['what are the yellow phones outside for', 'phones'],
];

describe('questions about the service: understanding', () => {
  for (const [say, topic] of CASES) {
    it(`${say} -> ${topic}`, () => {
      const q = ask(say);
      expect(q, JSON.stringify(q)).to.deep.include({ intent: 'service', topic });
    });
  }

  it('a counter named with the question is kept; the topic’s own words name none', () => {
    expect(stationIdOf(ask('is there a video screen at Twickenham?'))).to.equal('twickenham');
    expect(stationIdOf(ask('is the woodford hub a police station'))).to.equal('woodford');
    expect(stationIdOf(ask('were the closures challenged in court'))).to.equal(undefined);
  });

  it('leaves station and list questions alone', () => {
    // Tonight's hours (a part of the day asked), not a service question.
    expect(ask('is walworth open at night').intent).to.equal('hours');
    expect(ask('which stations are open 24 hours').intent).to.equal('list-24x7');
    expect(ask('is lewisham 24/7').intent).to.equal('hours');
    expect(ask('nearest 24 hour station to SE1').intent).to.equal('nearest');
  });
});

describe('questions about the service: through the bot', () => {
  async function reply(say: string): Promise<string> {
    return new Conversation().ask(say);
  }
  const first = (text: string) => text.split('\n')[0];

  it('what 24/7 means: open at every hour, what a counter is (§2), and which are 24/7 today (Charing Cross, Lewisham)', async () => {
    const text = await reply('is a 24 hour station actually staffed all night?');
    expect(first(text)).to.match(/^A 24-hour \(24\/7\) front counter is open to the public at every hour of every day, nights and weekends included: the public desk in a police station where you can speak to an officer or staff member in person\.$/);
    expect(text).to.match(/Open 24 hours today: .*(Lewisham|Charing Cross).* and .*(Lewisham|Charing Cross)/);
    expect(text).to.not.match(/which (station|counter)\?/i);
  });

  it('why not at night: the data’s night figures (fewer than 1 in 2,000 outside 10:00–22:00; 50 a night in 2013) and the phones outside', async () => {
    const text = await reply("why aren't counters open at night");
    expect(first(text)).to.include('Fewer than 1 in 2,000 crimes since 2012');
    expect(text).to.include('Fewer than 50 crimes a night');
    expect(text).to.include('weatherproof phone outside the station');
  });

  it('which areas have no counter: the five boroughs, and where their residents go', async () => {
    const text = await reply('which areas have no counter');
    expect(first(text)).to.equal('Five boroughs have no front counter now: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest.');
    expect(text).to.include("Waltham Forest's nearest desks are at Ilford or Newham (Stratford).");
  });

  it('challenged in court: the High Court quashed Wimbledon’s closure on 20 July 2018; Harrow’s and Richmond’s letters (outcome unknown)', async () => {
    const text = await reply('were the closures challenged in court');
    expect(first(text)).to.equal('There was a court challenge. 20 July 2018: High Court quashed the decision to close Wimbledon police station and move its 24/7 counter to Mitcham.');
    expect(text).to.match(/Harrow Council sent a letter before action/);
    expect(text.match(/Harrow Council sent a letter before action/g)?.length).to.equal(1);
    expect(text).to.match(/Richmond Council sent a pre-action protocol letter.*The outcome is not known/);
    const wimbledon = await reply('was the wimbledon closure challenged in court?');
    expect(first(wimbledon)).to.include('20 July 2018');
    // What came of it for the counter: it closed later.
    expect(wimbledon).to.include('The front counter closed later, on 28 February 2026.');
    for (const say of ['was wimbledons closure stopped', 'was the closure of wimbledon overturned', 'did anyone stop wimbledon closing']) {
      expect(first(await reply(say)), say).to.match(/^There was a court challenge over \*\*Wimbledon Police Station\*\*\. 20 July 2018: High Court quashed/);
    }
    expect(wimbledon).to.not.include('Harrow Council');
  });

  it('savings: £7m a year for the 2025 round; £8m a year (and ~£165m) in 2017; ~£60m a year in 2013', async () => {
    const text = await reply('how much do the closures save');
    expect(first(text)).to.equal('The latest round (2025 front counter review (MPS)) was to save £7m/yr.');
    expect(text).to.include('£8m/yr; ~£165m capital');
    expect(text).to.include('~£60m/yr in building costs');
  });

  it('a policing hub, a mobile police station, a video screen: not front counters, in the data’s words', async () => {
    const hub = await reply("what's a policing hub");
    expect(first(hub)).to.equal('Policing hubs are not front counters: local bases for Safer Neighbourhood Teams.');
    expect(hub).to.include('are not replacements for traditional police stations');
    const mobile = await reply('what is a mobile police station');
    expect(first(mobile)).to.match(/^Mobile police stations are not front counters: four vans staffed by officers and PCSOs/);
    const video = await reply('what are the video screens outside police stations');
    expect(first(video)).to.match(/^Video screens outside some stations.*a pilot reported in autumn 2025, outcome unknown.* These are not front counters\.$/);
  });

  it('a service question naming a station: what the data says of it, or that it does not say', async () => {
    const twickenham = await reply('is there a video screen at Twickenham?');
    expect(first(twickenham)).to.match(/^My sources don't say whether there is a video screen at \*\*Twickenham Police Station\*\*\./);
    expect(twickenham).to.include('closed on 28 February 2026');
    const woodford = await reply('is the woodford hub a police station');
    expect(first(woodford)).to.equal('Policing hubs are not front counters: local bases for Safer Neighbourhood Teams.');
    expect(woodford).to.include('Woodford (Jan 2025)');
  });

  it('what a counter is for (§2), and how current the information is (checked date, latest source)', async () => {
    const purpose = await reply('what is a front counter for');
    expect(first(purpose)).to.equal('A front counter (front desk) is the public desk in a police station where you can speak to an officer or staff member in person.');
    expect(purpose).to.include('About a quarter of public visits are to report a crime or a traffic collision');
    const fresh = await reply('how up to date is your information');
    expect(first(fresh)).to.equal('My information was last checked on 4 December 2026, and my latest source is from 28 February 2026.');
  });

  // Asked of one counter: when it was checked and the latest change recorded for it (never "whether there is a date at").
  it('how up to date the information on one counter is', async () => {
    for (const [say, name, dated] of [
      ['how up to date is your info on brixton', 'Brixton Police Station', '3 March 2026'],
      ['when was ilford last checked', 'Ilford Police Station', '3 March 2026'],
      ['how old is the information about tottenham', 'Tottenham Police Station', '3 March 2026'],
      ['when was the info on woodford last updated', 'Woodford Police Station', '2013'],
    ] as const) {
      expect(first(await reply(say)), say).to.equal(`What I have on **${name}** was last checked on 4 December 2026; the latest change my sources show for its counter is dated ${dated}.`);
    }
  });
});
