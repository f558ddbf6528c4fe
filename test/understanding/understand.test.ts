/**
 * Case tables: message -> intent and key entities, with the real place finder
 * over the real data and a fixed "now" (Thursday 26 November 2026, 14:30).
 */
import { expect } from 'chai';
import { ask, checkRows, type QuestionRow } from './helpers';

/** A titled case table, each row checked by the shared checker. */
function table(title: string, cases: QuestionRow[]): void {
  describe(title, () => checkRows(cases));
}

describe('understand: case tables (real place finder)', () => {
  table('opening hours', [
    { say: 'opening times for wembley police station', intent: 'hours', station: 'wembley', when: { kind: 'week' } },
    { say: 'Stoke Newington police hours', intent: 'hours', station: 'stoke-newington', when: { kind: 'week' } },
    { say: 'brixton hours today', intent: 'hours', station: 'brixton', when: { kind: 'date', date: '2026-11-26', label: 'today' } },
    { say: 'lewisham police station hours tomorrow', intent: 'hours', station: 'lewisham', when: { kind: 'date', date: '2026-11-27', label: 'tomorrow' } },
    { say: 'walworth police station saturday', intent: 'hours', station: 'walworth', when: { kind: 'weekday', weekday: 6, date: '2026-11-28' } },
    { say: 'plumstead police open sunday?', intent: 'hours', station: 'plumstead', when: { kind: 'weekday', weekday: 7, date: '2026-11-29' } },
    { say: 'is croydon police station open on thursday', intent: 'hours', station: 'croydon', when: { kind: 'weekday', weekday: 4, date: '2026-11-26' } },
    { say: 'is croydon police station open next thursday', intent: 'hours', station: 'croydon', when: { kind: 'weekday', weekday: 4, date: '2026-12-03' } },
    { say: 'brixton hours this weekend', intent: 'hours', station: 'brixton', when: { kind: 'weekend', label: 'this weekend' } },
    { say: 'hours for brixton on 25 december', intent: 'hours', station: 'brixton', when: { kind: 'date', date: '2026-12-25' } },
    { say: 'is eltham police station open on 3/1', intent: 'hours', station: 'eltham', when: { kind: 'date', date: '2027-01-03' } },
    { say: 'what time does brixton police station close today', intent: 'hours', station: 'brixton', focus: 'closing', when: { kind: 'date', label: 'today' } },
    { say: 'what time does lewisham open tomorrow', intent: 'hours', station: 'lewisham', focus: 'opening' },
    { say: 'how late is peckham police station open', intent: 'hours', station: 'peckham', focus: 'closing' },
    { say: 'sutton police station open late?', intent: 'hours', station: 'sutton', focus: 'late', when: { kind: 'week' } },
    { say: 'is croydon police station open tonight', intent: 'hours', station: 'croydon', focus: 'late', when: { kind: 'date', label: 'tonight' } },
    { say: 'is charing cross 24/7', intent: 'hours', station: 'charing-cross' },
    { say: 'is islington police station open on christmas day', intent: 'hours', station: 'islington', when: { kind: 'date', date: '2026-12-25' }, special: { kind: 'christmas', date: '2026-12-25' } },
    { say: 'is brixton open on boxing day', intent: 'hours', station: 'brixton', special: { kind: 'christmas', date: '2026-12-26' } },
    { say: 'new years day hours for lewisham', intent: 'hours', station: 'lewisham', special: { kind: 'new-year', date: '2027-01-01' } },
    { say: 'is wembley open at easter', intent: 'hours', station: 'wembley', special: { kind: 'easter', date: '2027-03-28' } },
    { say: 'is hounslow police station open on the bank holiday', intent: 'hours', station: 'hounslow', special: { kind: 'bank-holiday', date: '2026-12-25' } },
    { say: 'is hounslow police station open on bank holidays', intent: 'hours', station: 'hounslow', special: { kind: 'bank-holiday' }, when: { kind: 'week' } },
  ]);

  table('typos, abbreviations and messy text', [
    { say: 'brixtn hours sat', intent: 'hours', station: 'brixton', when: { kind: 'weekday', weekday: 6 } },
    { say: 'kentsh town police opning hours', intent: 'hours', station: 'kentish-town' },
    { say: 'BRIXTON POLICE STATION HOURS WEDS', intent: 'hours', station: 'brixton', when: { kind: 'weekday', weekday: 3, date: '2026-12-02' } },
    { say: 'lewisham thurs', intent: 'hours', station: 'lewisham', when: { kind: 'weekday', weekday: 4 } },
    { say: 'wimbledon polce statoin opening tomorow', intent: 'hours', station: 'wimbledon', when: { kind: 'date', date: '2026-11-27' } },
    { say: 'hrs 4 peckham police on wensday??', intent: 'hours', station: 'peckham', when: { kind: 'weekday', weekday: 3 } },
    { say: '   ilford    police   HOURS!!!  ', intent: 'hours', station: 'ilford' },
    { say: 'ig80sb nearest 24h', intent: 'nearest', place: 'postcode:IG8 0SB', desk: '24/7' },
    { say: 'nearst 24hr police statoin to se18', intent: 'nearest', place: 'district:SE18', desk: '24/7' },
    { say: '<b>brixton hours</b>', intent: 'hours', station: 'brixton' },
  ]);

  table('open now', [
    { say: 'hayes police station open now?', intent: 'open-now', station: 'hayes', when: { kind: 'now' } },
    { say: 'is the police station in stratford open', intent: 'open-now', station: 'stratford', when: { kind: 'now' } },
    { say: 'is lewisham police station open right now', intent: 'open-now', station: 'lewisham', when: { kind: 'now' } },
    { say: 'is lewisham currently open', intent: 'open-now', station: 'lewisham', when: { kind: 'now' } },
    { say: 'is croydon police station open at 9pm', intent: 'open-now', station: 'croydon', when: { kind: 'instant', label: '9pm today' } },
    { say: 'is eltham police station open at 9am on monday', intent: 'open-now', station: 'eltham', when: { kind: 'instant', label: '9am on Monday' } },
  ]);

  table('status and closure', [
    { say: 'is acton police station still open', intent: 'status', station: 'acton' },
    { say: 'is wimbledon police station still open', intent: 'status', station: 'wimbledon' },
    { say: 'is twickenham police station closing', intent: 'status', station: 'twickenham' },
    { say: 'is brixton police station staying open', intent: 'status', station: 'brixton' },
    { say: 'has kensington police station shut down', intent: 'status', station: 'kensington' },
    { say: 'is wandsworth police station closed?', intent: 'status', station: 'wandsworth' },
    { say: 'why is twickenham police station closing', intent: 'status', station: 'twickenham' },
    { say: 'when will hornsey police station close', intent: 'status', station: 'hornsey' },
    { say: 'is hornsey police station going to reopen', intent: 'history', station: 'hornsey' },
  ]);

  table('address', [
    { say: 'Ilford station address', intent: 'address', station: 'ilford' },
    { say: 'where is brixton police station', intent: 'address', station: 'brixton' },
    { say: "what's the address of charing cross police station", intent: 'address', station: 'charing-cross' },
    { say: 'how do I get to lewisham police station', intent: 'address', station: 'lewisham' },
  ]);

  table('history', [
    { say: 'when did fulham police station close', intent: 'history', station: 'fulham', topic: 'closure-date' },
    { say: 'Was Hammersmith police station closed for a while?', intent: 'history', station: 'hammersmith', topic: 'temporary-closure' },
    { say: 'what year did barnet police station shut', intent: 'history', station: 'barnet', topic: 'closure-date' },
    { say: 'history of paddington green police station', intent: 'history', station: 'paddington-green', topic: 'general' },
    { say: 'what happened to leyton police station', intent: 'history', station: 'leyton', topic: 'general' },
  ]);

  table('nearest desk', [
    { say: 'nearest 24 hr police station NW10 4AA', intent: 'nearest', place: 'postcode:NW10 4AA', desk: '24/7' },
    { say: 'closest police front desk to HA9 0WS', intent: 'nearest', place: 'postcode:HA9 0WS', desk: 'any' },
    { say: 'police station near TW3 1ES', intent: 'nearest', place: 'postcode:TW3 1ES' },
    { say: 'nearest station to kt1 1ee', intent: 'nearest', place: 'postcode:KT1 1EE' },
    { say: "I'm in SE18, nearest police front counter?", intent: 'nearest', place: 'district:SE18' },
    { say: 'whats the nearest cop shop to E2 0', intent: 'nearest', place: 'postcode:E2 0' },
    { say: 'nearest open police station to E17', intent: 'nearest', place: 'district:E17', desk: 'open-now' },
    { say: 'nearest 24 hour police station', intent: 'nearest', place: 'none', desk: '24/7' },
    { say: 'where is my nearest police station', intent: 'nearest', place: 'none', desk: 'any' },
    { say: 'police station near wood green', intent: 'nearest', station: 'wood-green-fishmongers-arms' },
    { say: 'i live in walthamstow, where is the nearest police station', intent: 'nearest', station: 'walthamstow-town-centre' },
    { say: 'is there a police station in SE18', intent: 'nearest', place: 'district:SE18' },
    { say: 'police station SW1A 2AA', intent: 'nearest', place: 'postcode:SW1A 2AA' },
    { say: 'nearest police station to M1 1AA', intent: 'nearest', place: 'outside-london:M1 1AA' },
    { say: 'where can i report a crime in person near SE18', intent: 'nearest', place: 'district:SE18' },
    { say: 'i need to go to a police station in tottenham', intent: 'nearest', station: 'tottenham' },
    { say: "nearest police station that's open now", intent: 'nearest', place: 'none', desk: 'open-now' },
    { say: 'nearest police station to blahville', intent: 'nearest', place: 'not-found' },
    { say: 'any police station open near me right now', intent: 'nearest', place: 'none', desk: 'open-now' },
  ]);

  table('counters in a borough', [
    { say: 'is there a police station open in Richmond borough', intent: 'borough-desks', place: 'borough:Richmond upon Thames' },
    { say: 'where can I go in person in Hackney', intent: 'borough-desks', place: 'borough:Hackney' },
    { say: 'which police stations are in camden', intent: 'borough-desks', place: 'borough:Camden' },
    { say: 'police stations in croydon borough', intent: 'borough-desks', place: 'borough:Croydon' },
    { say: 'are there any 24 hour police stations in lewisham', intent: 'borough-desks', place: 'borough:Lewisham' },
    { say: 'hackney police stations', intent: 'borough-desks', place: 'borough:Hackney' },
    { say: 'Is there still a police station in Camden?', intent: 'borough-desks', place: 'borough:Camden' },
  ]);

  table('the network: 24/7 list, closures, plans', [
    { say: 'which police front desks are open 24/7', intent: 'list-24x7' },
    { say: 'are there any 24 hour police stations', intent: 'list-24x7' },
    { say: 'which police stations are open round the clock', intent: 'list-24x7' },
    { say: 'how many police stations closed in February 2026', intent: 'closures-list', period: 'February 2026' },
    { say: 'which stations closed in december 2017', intent: 'closures-list', period: 'December 2017' },
    { say: 'which police stations have closed', intent: 'closures-list', period: 'all' },
    { say: 'why did the met close so many front counters', intent: 'plans', topic: 'why' },
    { say: 'why are stations closing?', intent: 'plans', topic: 'why' },
    { say: 'how many are left?', intent: 'plans', topic: 'how-many-left' },
    { say: 'how many police stations are still open in london', intent: 'plans', topic: 'how-many-left' },
    { say: 'what was the 2017 plan?', intent: 'plans', topic: 'plan', plan: '2017-public-access-strategy' },
    { say: 'what is the 2025 front counter review', intent: 'plans', topic: 'plan', plan: '2025-front-counter-review' },
    { say: 'tell me about the 2013 closures', intent: 'plans', topic: 'plan', plan: '2013-police-and-crime-plan' },
    { say: 'is it about saving money', intent: 'plans', topic: 'why' },
    // The reasons for closing, asked without "why": not the list of closures.
    { say: 'what was the reason for closing the front counters', intent: 'plans', topic: 'why' },
    { say: 'whats the reasoning behind shutting police stations', intent: 'plans', topic: 'why' },
    { say: 'how come they closed so many counters', intent: 'plans', topic: 'why' },
    { say: "what's happening to london police stations", intent: 'plans', topic: 'general' },
    { say: 'are more closures planned', intent: 'plans', topic: 'ahead' },
    // Which of the network's counters are open then: no place given, so the list, not the nearest.
    { say: 'which police stations are open on a sunday', intent: 'open-list' },
  ]);

  table('reporting, contacts and alternatives', [
    { say: 'my car was broken into last night, what do I do?', intent: 'report-crime' },
    { say: 'my phone was stolen yesterday', intent: 'report-crime' },
    // Slang for stolen, said of the thing taken.
    { say: 'someone nicked my phone yesterday', intent: 'report-crime' },
    { say: 'a bloke pinched my bag on the bus', intent: 'report-crime' },
    // "not 999" asks for the other number: not an emergency.
    { say: 'police phone number thats not 999', intent: 'non-emergency-contact' },
    { say: 'what number do i call other than 999', intent: 'non-emergency-contact' },
    { say: 'I want to report a crime', intent: 'report-crime' },
    { say: 'i was mugged last week', intent: 'report-crime' },
    { say: 'someone scratched my car, how do i report it', intent: 'report-crime' },
    { say: "who do I call if it's not an emergency", intent: 'non-emergency-contact' },
    { say: "what's the non emergency number", intent: 'non-emergency-contact' },
    { say: 'whats the phone number for brixton police station', intent: 'non-emergency-contact' },
    { say: 'what number do i call in an emergency', intent: 'emergency' },
    { say: 'I need to speak to someone in Polish', intent: 'interpreter', language: 'Polish' },
    { say: 'I need an interpreter', intent: 'interpreter' },
    { say: "my mum doesn't speak english", intent: 'interpreter' },
    { say: 'can I report anonymously', intent: 'anonymous-report' },
    { say: "i don't want to give my name", intent: 'anonymous-report' },
    { say: 'where should I go instead?', intent: 'alternatives', place: 'none' },
  ]);

  table('conversation', [
    { say: 'hello', intent: 'greeting' },
    { say: 'Hi there!', intent: 'greeting' },
    { say: 'good morning', intent: 'greeting' },
    { say: "what's your name", intent: 'identity' },
    { say: 'who are you?', intent: 'identity' },
    { say: 'are you a real person', intent: 'identity' },
    { say: 'help', intent: 'help' },
    { say: 'what can you do?', intent: 'help' },
    { say: '?', intent: 'help' },
    { say: 'thanks', intent: 'thanks' },
    { say: 'thank you so much!', intent: 'thanks' },
    { say: 'cheers', intent: 'thanks' },
    { say: 'bye', intent: 'goodbye' },
    { say: "thanks, that's all", intent: 'goodbye' },
    { say: 'cancel', intent: 'cancel' },
    { say: 'start over', intent: 'cancel' },
    { say: 'never mind', intent: 'cancel' },
    { say: 'forget me', intent: 'forget-me' },
    { say: 'please delete my data', intent: 'forget-me' },
    { say: 'forget my postcode', intent: 'forget-me' },
    { say: '👋', intent: 'greeting' },
    { say: '👍', intent: 'thanks' },
  ]);

  table('bare places', [
    { say: 'colindale', intent: 'place-only', station: 'colindale' },
    { say: 'n9 0pw', intent: 'place-only', place: 'postcode:N9 0PW' },
    { say: 'kensington police station', intent: 'place-only', place: 'station:kensington' },
    { say: 'bethnal green police', intent: 'place-only', station: 'bethnal-green' },
    { say: 'Tower Hamlets', intent: 'place-only', place: 'borough:Tower Hamlets' },
    { say: 'SE1', intent: 'place-only', place: 'district:SE1' },
    { say: 'blahville police station', intent: 'place-only', place: 'not-found' },
  ]);

  table('out of scope', [
    { say: 'tell me a joke', intent: 'out-of-scope', reason: 'joke' },
    { say: "what's the weather like tomorrow", intent: 'out-of-scope', reason: 'unrelated' },
    { say: 'who won the football', intent: 'out-of-scope', reason: 'unrelated' },
    { say: 'where is the nearest fire station', intent: 'out-of-scope', reason: 'unrelated' },
    { say: 'asdfghjkl qwrtp', intent: 'out-of-scope', reason: 'nonsense' },
    { say: '', intent: 'out-of-scope', reason: 'empty' },
    { say: '    ', intent: 'out-of-scope', reason: 'empty' },
    { say: '🦄🦄🦄', intent: 'out-of-scope', reason: 'nonsense' },
    // Grins and laughter say what "lol" says.
    { say: '😀😀😀', intent: 'acknowledged' },
    { say: '<script>alert(1)</script>', intent: 'out-of-scope', reason: 'nonsense' },
    { say: "'; DROP TABLE stations; --", intent: 'out-of-scope', reason: 'unrelated' },
    { say: `is brixton open ${'blah '.repeat(1000)}`, intent: 'out-of-scope', reason: 'too-long' },
  ]);

  table('other languages', [
    { say: '¿dónde está la comisaría más cercana?', intent: 'non-english', language: 'Spanish' },
    { say: 'Bonjour, où est le commissariat le plus proche?', intent: 'non-english', language: 'French' },
    { say: 'Gdzie jest najbliższy komisariat policji?', intent: 'non-english', language: 'Polish' },
    { say: 'Wo ist die nächste Polizeiwache?', intent: 'non-english', language: 'German' },
    { say: 'Onde fica a esquadra de polícia mais próxima?', intent: 'non-english', language: 'Portuguese' },
    { say: 'Unde este cea mai apropiată secție de poliție?', intent: 'non-english', language: 'Romanian' },
    { say: 'En yakın polis karakolu nerede?', intent: 'non-english', language: 'Turkish' },
    { say: 'Где ближайший полицейский участок?', intent: 'non-english', language: 'Russian' },
    { say: 'أين أقرب مركز شرطة', intent: 'non-english', language: 'Arabic' },
    { say: 'قریب ترین پولیس اسٹیشن کہاں ہے', intent: 'non-english', language: 'Urdu' },
    { say: '最近的警察局在哪里', intent: 'non-english', language: 'Chinese' },
    { say: '一番近い警察署はどこですか', intent: 'non-english', language: 'Japanese' },
    { say: 'সবচেয়ে কাছের থানা কোথায়', intent: 'non-english', language: 'Bengali' },
    { say: 'hola', intent: 'non-english', language: 'Spanish' },
  ]);
});

describe('understand: a foreign cry for help leads with 999', () => {
  it('reads "socorro" as an emergency, in Spanish (999 first, then an interpreter on the call)', () => {
    const q = ask('socorro me están robando');
    expect(q).to.deep.equal({ intent: 'emergency', language: 'Spanish' });
  });

  it('reads a word of harm in another language as an emergency, with no cry for help', () => {
    expect(ask('un bărbat are un cuțit în fața casei mele')).to.deep.equal({ intent: 'emergency', language: 'Romanian' });
    expect(ask('mein Mann schlägt mich und ich kann nicht raus')).to.include({ intent: 'emergency', language: 'German' });
  });

  it('reads an ordinary foreign question as another language, not as danger (the reply still leads with 999)', () => {
    expect(ask('¿dónde está la comisaría más cercana?')).to.deep.equal({ intent: 'non-english', language: 'Spanish' });
  });
});
