/**
 * The mix of residents' questions the benchmarks replay: one row per kind of
 * question, each a short conversation (follow-ups are the later turns), with
 * two or three wordings so a kind is not one lucky string. Both `npm run
 * bench` (in-process) and `npm run bench:http` (over HTTP) use it, so their
 * figures are about the same work. Never shown to residents.
 */

export interface QuestionKind {
  /** Short name for the report, e.g. `nearest 24h`. */
  kind: string;
  /** Conversations of this kind: each a list of turns sent in order. */
  conversations: string[][];
}

export const QUESTION_MIX: readonly QuestionKind[] = [
  { kind: 'hours', conversations: [['opening times for wembley police station'], ['Stoke Newington police hours'], ['kentsh town police opning hours']] },
  { kind: 'hours on a day', conversations: [['plumstead police open sunday?'], ['walworth police station saturday'], ['what time does ilford open on monday']] },
  { kind: 'open now', conversations: [['hayes police station open now?'], ['is brixton open right now'], ['is charing cross open now']] },
  { kind: 'open at a time', conversations: [['is brixton police station open at 9pm?'], ['is acton open at 8am on saturday'], ['can I go to lewisham at 3am']] },
  { kind: 'open late', conversations: [['sutton police station open late?'], ['what time does croydon close today']] },
  { kind: 'status (open)', conversations: [['is acton police station still open'], ['is woodford staying open?'], ['colindale']] },
  { kind: 'status (closed)', conversations: [['kensington police station'], ['is twickenham police station closing'], ['is chingford police station still there']] },
  { kind: 'nearest', conversations: [['closest police front desk to HA9 0WS'], ['nearest station to kt1 1ee'], ["I'm in SE18, nearest police front counter?"]] },
  { kind: 'nearest 24h', conversations: [['nearest 24 hr police station NW10 4AA'], ['nearest 24 hour station to IG8 0SB'], ['24 hour police station near E17 4PP']] },
  { kind: 'nearest open now', conversations: [['nearest police station open now to SE13 6LW'], ['which front counter is open now near N1 9GU'], ['open police desk near W2 now']] },
  { kind: 'nearest at a time', conversations: [['nearest desk open at 8pm on sunday near IG8 0SB'], ['police station open tomorrow morning near SW19 1AA']] },
  { kind: 'borough', conversations: [['is there a police station open in Richmond borough'], ['where can I go in person in Hackney'], ['front counters in Barnet']] },
  { kind: 'list 24/7', conversations: [['which police front desks are open 24/7'], ['list the 24 hour police stations in london']] },
  { kind: 'closures list', conversations: [['how many police stations closed in February 2026'], ['which police stations closed in 2017']] },
  { kind: 'comparison', conversations: [['which is open later, sutton or croydon?'], ['is ilford or romford open longer on saturday']] },
  { kind: 'follow-up day', conversations: [['Stoke Newington police hours', 'what about on sunday'], ['bethnal green police', 'and on saturday?']] },
  { kind: 'follow-up place', conversations: [['nearest 24 hour police station', 'RM10 7TU'], ['is it open now?', 'hayes']] },
  { kind: 'special day', conversations: [['Stoke Newington police hours', 'and is it open on bank holidays?'], ['is islington police station open on christmas day']] },
  { kind: 'history', conversations: [['when did fulham police station close'], ['Was Hammersmith police station closed for a while?'], ['why did the met close so many front counters']] },
  { kind: 'address', conversations: [['Ilford station address'], ['where is lewisham police station'], ['postcode of brixton police station']] },
  { kind: 'emergency', conversations: [["there's a man with a knife outside"], ['someone is breaking into my house right now'], ['help my neighbour is being attacked']] },
  { kind: 'non-emergency', conversations: [['my car was broken into last night, what do I do?'], ['who do I call if it\'s not an emergency'], ['how do I report a crime anonymously']] },
  { kind: 'interpreter', conversations: [['I need to speak to someone in Polish'], ['¿dónde está la comisaría más cercana?']] },
  { kind: 'small talk', conversations: [['hello'], ["what's your name"], ['thanks!'], ['what can you do']] },
  { kind: 'not found', conversations: [['is narnia police station open'], ['opening hours for gotham police station']] },
  { kind: 'outside London', conversations: [['nearest police station to M1 1AE'], ['is there a front counter near OX1 2JD']] },
  { kind: 'postcode only', conversations: [['n9 0pw'], ['SE1 7PB'], ['E2 0']] },
  { kind: 'ambiguous place', conversations: [['wood'], ['is the police station in green open']] },
  { kind: 'out of scope', conversations: [['tell me a joke'], ['what is the weather in london'], ['asdfghjkl']] },
];

/** Every conversation of the mix, with its kind, in a fixed interleaved order (kind 1 #1, kind 2 #1, ...). */
export function interleavedConversations(mix: readonly QuestionKind[] = QUESTION_MIX): Array<{ kind: string; turns: string[] }> {
  const longest = Math.max(...mix.map((k) => k.conversations.length));
  const out: Array<{ kind: string; turns: string[] }> = [];
  for (let i = 0; i < longest; i++) {
    for (const k of mix) if (i < k.conversations.length) out.push({ kind: k.kind, turns: k.conversations[i] });
  }
  return out;
}
