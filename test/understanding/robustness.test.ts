/**
 * Wordings found by playing unseen residents' questions through the bot
 * (test/bot/unseenQuestions.ts): each row is a general rule, not a sentence
 * to recognise, so each is tested with more than one wording.
 * Real place finder, real data, "now" = Thursday 26 November 2026, 14:30.
 */
import { expect } from 'chai';
import { nextContext } from '../../src/understanding/context';
import type { ConversationContext, Question } from '../../src/understanding/question';
import { ask, checkRows, describe_, finder, placeKey, stationIdOf } from './helpers';



describe('robustness: danger now, in more wordings', () => {
  checkRows([
    { say: "I'm scared he'll hurt me", intent: 'emergency' },
    { say: 'im terrified of my ex boyfriend', intent: 'emergency' },
    { say: 'my partner hits me and checks my phone, where can i go', intent: 'emergency' },
    { say: 'my husband beats me', intent: 'emergency' },
    { say: "there's a fight outside the pub right now", intent: 'emergency' },
    { say: 'there is a mass brawl going on in the high street', intent: 'emergency' },
    { say: 'HELP someone broke into my house and they are still here', intent: 'emergency' },
    { say: 'they got in through the back and are still inside', intent: 'emergency' },
  ]);
  checkRows([
    // Not danger: a worry about the cuts, a closure, a crime that is over.
    { say: 'im afraid the closures will hurt older people', intent: 'out-of-scope' },
    { say: 'I fear the cuts will hit residents', intent: 'plans' },
    { say: 'my bike was stolen last week', intent: 'report-crime' },
  ]);
});

describe('robustness: business done at a counter goes to the nearest desk', () => {
  checkRows([
    { say: 'I need to hand myself in', intent: 'nearest', place: 'none' },
    { say: 'where do i sign on for bail', intent: 'service' },
    // Bail: the nearest desk (or the hours asked), then that the bot cannot tell bail conditions (bailToAnswerAtACounterSaidManyWays).
    { say: "i'm on bail, where do i report", intent: 'both' },
    { say: 'i found a wallet in the street where do i take it', intent: 'service' },
    { say: 'where can i hand in lost property in E17', intent: 'nearest', place: 'district:E17' },
    { say: 'i need to speak to an officer face to face', intent: 'nearest', place: 'none' },
    { say: 'can i speak to a police officer in person', intent: 'nearest', place: 'none' },
    { say: 'can I go to the police station to report domestic abuse', intent: 'nearest', place: 'none' },
    { say: 'i need to report something but its 11pm where can i go', intent: 'nearest' },
    // A named station keeps the question about that station.
    { say: 'can i do my bail signing at croydon police station on sunday', intent: 'both' },
    { say: 'can I report a crime at bromley police station on sunday', intent: 'hours', station: 'bromley' },
    { say: 'is brixton police station open, i want to report a theft', intent: 'open-now', station: 'brixton' },
    // Still a report by phone or online, even when a station is where it happened.
    { say: 'I want to report a crime', intent: 'report-crime' },
    { say: 'my car was broken into outside brixton police station last night', intent: 'report-crime' },
    { say: 'my phone was stolen near lewisham police station yesterday', intent: 'report-crime' },
    // An item lost, not stolen: what a counter does with lost property; stolen, a crime to report.
    { say: 'i lost my wallet', intent: 'service' },
    { say: 'i lost my wallet, i think it was nicked', intent: 'report-crime' },
    // Noise from neighbours: the council's, said out of scope with where to go (theCouncilsNoiseOrAnAnimalAstraySaidManyWays).
    { say: 'my neighbours are really noisy every night', intent: 'out-of-scope' },
  ]);
});

describe('robustness: plans and history said another way', () => {
  checkRows([
    // Asked of a time gone by: the counter as it was then.
    { say: 'did wimbledon close in 2017?', intent: 'past', station: 'wimbledon' },
    { say: 'was mitcham police station open in 2017', intent: 'past', station: 'mitcham' },
    { say: 'what did boris johnson do to police stations in 2013', intent: 'plans', topic: 'plan', plan: '2013-police-and-crime-plan' },
    { say: 'how many counters were there before 2013', intent: 'list-24x7' },
    { say: 'did hammersmith police station move to shepherds bush', intent: 'history', station: 'hammersmith', topic: 'temporary-closure' },
    // The court case is a question about the service, answered for Wimbledon.
    { say: 'what was the high court case about wimbledon', intent: 'service', station: 'wimbledon', topic: 'court' },
    { say: 'were the closures paused', intent: 'closures-list' },
    { say: 'did the cuts go ahead', intent: 'closures-list' },
    { say: 'who decided to close them', intent: 'plans', topic: 'who' },
    { say: 'is the met reopening any police stations', intent: 'plans', topic: 'reopening-ahead' },
    { say: 'how many crimes are reported at front counters', intent: 'plans', topic: 'why' },
    // "what time does it shut" is about hours, not the list of closures.
    { say: 'what time does charing cross shut', intent: 'hours', station: 'charing-cross', focus: 'closing' },
    { say: 'which police stations have closed', intent: 'closures-list' },
  ]);
});

describe('robustness: days and times', () => {
  checkRows([
    { say: 'is kingston police station open on the 3rd?', intent: 'hours', station: 'kingston', when: { kind: 'date', date: '2026-12-03' } },
    { say: 'tottenham police the 28th', intent: 'hours', station: 'tottenham', when: { kind: 'date', date: '2026-11-28' } },
    { say: 'brixton on the 1st', intent: 'hours', when: { kind: 'date', date: '2026-12-01' } },
    { say: 'whats the 2nd closest police station to SE1', intent: 'nearest', place: 'district:SE1' },
    { say: 'hounslow police station opening hours on bank holiday monday', intent: 'hours', when: { kind: 'date', date: '2026-12-28' } },
    { say: 'what days is ilford police station open', intent: 'hours', station: 'ilford', when: { kind: 'week' } },
    { say: 'which days is sutton open', intent: 'hours', station: 'sutton', when: { kind: 'week' } },
    { say: 'is walworth police station open early in the morning', intent: 'hours', station: 'walworth', focus: 'opening' },
    // A greeting is not a question about the evening.
    { say: 'Good evening, could you tell me the opening hours of the police station in Lewisham please', intent: 'hours', station: 'lewisham', focus: 'none' },
  ]);
  it('reads "3rd floor" as no date', () => {
    const q = ask('is the front counter at acton on the 3rd floor');
    expect((q as Question & Record<string, unknown>).when ?? { kind: 'none' }, describe_(q)).to.not.deep.include({ kind: 'date' });
  });
});

describe('robustness: places', () => {
  checkRows([
    { say: 'police station in the city of london', intent: 'place-only', place: 'borough:City of London' },
    { say: 'police station in croydon town centre', intent: 'place-only', station: 'croydon' },
    { say: 'police station on ilford high street', intent: 'place-only', station: 'ilford' },
    { say: 'are there any 24 hr police stations in north london', intent: 'list-24x7' },
    { say: 'which desks r open all nite', intent: 'list-24x7' },
    { say: 'what police station covers hackney wick', intent: 'nearest', place: 'place:hackney-wick' },
    { say: 'my nearest police station is chingford, is it still open', intent: 'status', station: 'chingford' },
  ]);
  it('keeps the joining words of a name it does not know ("elephant and castle")', () => {
    const q = ask('nearest police station to elephant and castle');
    expect(q.intent).to.equal('nearest');
    expect(q.intent === 'nearest' && q.place?.text).to.equal('elephant and castle');
  });
});

describe('robustness: out of scope stays out of scope', () => {
  checkRows([
    // Jobs at the Met: declined plainly as a task, then where to check.
    { say: 'are the met hiring', intent: 'cannot-do' },
    // A check the bot cannot do: declined plainly, then where to ask.
    { say: 'how do i get a dbs check', intent: 'cannot-do' },
    // Complaints: a question about the service the data is silent on ("my sources don't cover", and where to check).
    { say: 'i want to make a complaint about a police officer', intent: 'service' },
    { say: 'are you chatgpt', intent: 'identity' },
    { say: 'how do i get to brixton police station', intent: 'address', station: 'brixton' },
  ]);
});

describe('robustness: "it" after a nearest answer is the desk the answer led with', () => {
  const stratford = finder.lookup('stratford police station');
  const desk = stratford.status === 'found' ? stratford.match : undefined;

  it('with the desk given, "is it open on sunday?" asks about that desk', () => {
    let ctx: ConversationContext = {};
    const first = ask('nearest police station to E15 1AA', ctx);
    ctx = nextContext(first, ctx, desk);
    const q = ask('is it open on sunday?', ctx);
    expect(q.intent, describe_(q)).to.equal('hours');
    expect(stationIdOf(q)).to.equal('stratford');
  });

  it('the location is still remembered for "what about from BR1?" and "the nearest 24 hour one"', () => {
    let ctx: ConversationContext = {};
    const first = ask('nearest police station to E15 1AA', ctx);
    ctx = nextContext(first, ctx, desk);
    expect(ctx.lastLocation?.kind).to.equal('postcode');
    const q = ask('which is the nearest 24 hour one', ctx);
    expect(q.intent).to.equal('nearest');
    expect(placeKey(q)).to.equal('postcode:E15 1AA');
  });

  it('without the desk (as before), "it" is the place asked about', () => {
    let ctx: ConversationContext = {};
    const first = ask('nearest police station to E15 1AA', ctx);
    ctx = nextContext(first, ctx);
    expect(placeKey(ask('is it open on sunday?', ctx))).to.equal('postcode:E15 1AA');
  });

  it('a station asked about by name is never replaced by the desk given', () => {
    let ctx: ConversationContext = {};
    const first = ask('is kensington police station open', ctx);
    ctx = nextContext(first, ctx, desk);
    expect(ctx.lastPlace?.result.status === 'found' && ctx.lastPlace.result.match.stationId).to.equal('kensington');
  });
});
