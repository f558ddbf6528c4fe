/**
 * A fourth, independent set of residents' questions: four variants of EACH of
 * the 37 development-set lines (another station, postcode, borough or day,
 * another wording, typos, lower case, no punctuation), keeping the dev set's
 * multi-turn conversations. Expected facts are from /work/shared/data
 * (SOURCES.md §5.6, resident-facts.md, stations.csv, events.csv, the postcode
 * tables) as of Thursday 26 November 2026, 14:00 London: Friday is the 27th,
 * Saturday the 28th, Sunday the 29th, Monday the 30th. Nearest desks were
 * worked out from the postcode-sector centroids and the stations' coordinates.
 *
 * Written so as not to repeat unseenQuestions.ts, unseenQuestions2.ts or
 * unseenQuestions3.ts (checked by unseen4.test.ts).
 */
import type { UnseenCase, UnseenTurn } from './unseenQuestions';

export type { UnseenCase, UnseenTurn };

const WEEKDAYS = /10:00\s*[–-]\s*22:00/;
const WEEKENDS = /09:00\s*[–-]\s*19:00/;
const OPEN_24 = /24 hours|24\/7|round the clock/i;
const ONLINE = /met\.police\.uk/;
const CALL_101 = /\b101\b/;
const CLOSED_FEB_2026 = /28 February 2026/;
const CLOSED_DEC_2017 = /14 December 2017/;
const HOURS_GIVEN = /Its hours|Usual hours|Day by day/;
const OUT_OF_SCOPE = /can't help with that|didn't understand/;
const ASKS_LOCATION = /postcode|where you are|which part of London/i;
const ANSWERS_IN_ENGLISH = /English/;
const INTERPRETER = /Language Line|interpret/i;
const DISTANCE = /\d(?:\.\d)? km/;
const SATURDAY = /Saturday/;
const SUNDAY = /Sunday/;
const MONDAY = /Monday/;
const CHARING_CROSS = /Charing Cross/;
const LEWISHAM = /Lewisham/;
/** Says a counter is open today (Thursday 14:00) or gives its hours as open. */
const NOT_CLOSED = /\bclosed on 28 February 2026|no longer open|has closed/i;

const say = (text: string, must: RegExp[], mustNot?: RegExp[]): UnseenTurn => ({ say: text, must, ...(mustNot ? { mustNot } : {}) });
const one = (topic: string, turn: UnseenTurn, blockedBy?: string): UnseenCase => ({ topic, turns: [turn], ...(blockedBy ? { blockedBy } : {}) });

export const UNSEEN_CASES_4: UnseenCase[] = [
  // 1. is X police station still open
  one('dev 1: still open', say('is romford police station still running', [/Romford/, /open/i, WEEKDAYS], [NOT_CLOSED, OUT_OF_SCOPE])),
  one('dev 1: has it shut', say('has ilford police station shut down', [/Ilford/, /open/i, WEEKDAYS], [NOT_CLOSED])),
  one('dev 1: typo, doubled ?', say('brixton police stn still open??', [/Brixton/, /open/i, WEEKDAYS], [NOT_CLOSED])),
  one('dev 1: to the public', say('Is Lavender Hill police station still open to the public?', [/Lavender Hill/, /open/i, WEEKDAYS, WEEKENDS], [NOT_CLOSED])),

  // 2. opening times for X
  one('dev 2: opening hours of', say('what are the opening hours of tottenham police station', [/Tottenham/, WEEKDAYS, WEEKENDS])),
  one('dev 2: no verb', say('bexleyheath police opening times', [/Bexleyheath/, WEEKDAYS, WEEKENDS])),
  one('dev 2: abbreviations', say('opening hrs for hounslow police stn', [/Hounslow/, WEEKDAYS, WEEKENDS], [OUT_OF_SCOPE])),
  one('dev 2: when is it open', say('When is Croydon police station open', [/Croydon/, WEEKDAYS, WEEKENDS])),

  // 3. X police open <day>?
  one('dev 3: saturday', say('dagenham police open saturday?', [/Dagenham/, SATURDAY, WEEKENDS])),
  one('dev 3: monday', say('is kingston police station open on monday', [/Kingston/, MONDAY, WEEKDAYS])),
  one('dev 3: sunday hours', say('edmonton police station sunday hours', [/Edmonton/, SUNDAY, WEEKENDS], [/Sunday[^\n]*10:00\s*[–-]\s*22:00/])),
  one('dev 3: a 24-hour desk on sunday', say('Is Lewisham police open on Sunday?', [LEWISHAM, SUNDAY, OPEN_24])),

  // 4. is X (closed in Feb 2026) closing
  one('dev 4: wimbledon closing', say('is wimbledon police station closing', [/Wimbledon/, CLOSED_FEB_2026, /Lavender Hill|Sutton|Kingston/, CALL_101])),
  one('dev 4: are they shutting harrow', say('are they shutting harrow police station', [/Harrow/, CLOSED_FEB_2026, /Wembley/])),
  one('dev 4: closure, no verb', say('chingford police station closure', [/Chingford/, CLOSED_FEB_2026, /Edmonton|Tottenham|Stratford|Ilford/])),
  one('dev 4: going to close', say('is mitcham police station going to close?', [/Mitcham/, CLOSED_FEB_2026, /Sutton|Croydon/])),

  // 5. a bare closed station name
  one('dev 5: pinner', say('pinner police stn please', [/Pinner/, CLOSED_FEB_2026, /Wembley|Hayes/, CHARING_CROSS], [HOURS_GIVEN])),
  one('dev 5: wimbledon, no "station"', say('wimbledon police station?', [/Wimbledon/, CLOSED_FEB_2026, /Lavender Hill/, CHARING_CROSS], [HOURS_GIVEN])),
  one('dev 5: twickenham, capitalised', say('Twickenham Police Station', [/Twickenham/, CLOSED_FEB_2026, /Hounslow|Kingston/, CHARING_CROSS], [HOURS_GIVEN])),
  one('dev 5: chingford bare', say('chingford police stn', [/Chingford/, CLOSED_FEB_2026, /Edmonton/], [HOURS_GIVEN])),

  // 6. nearest 24-hour + postcode
  one('dev 6: W12', say('nearest 24 hour police station W12 8AA', [CHARING_CROSS, DISTANCE, /Hammersmith/])),
  one('dev 6: SE28, 24/7', say('closest 24/7 police station to SE28 8AA', [LEWISHAM, DISTANCE, /Plumstead/], [/Charing Cross[^\n]*nearest/])),
  one('dev 6: lower case, no space', say('24hr police station near sw111jx', [CHARING_CROSS, /Lavender Hill/])),
  one('dev 6: all night', say('which police station is open all night nearest to E15 4SG', [LEWISHAM, /Stratford/])),

  // 7. closest police front desk to <postcode>
  one('dev 7: NW5', say('closest police front desk to NW5 1AB', [/Kentish Town/])),
  one('dev 7: SE5', say('nearest front counter to se5 0ab', [/Walworth/])),
  one('dev 7: CR0', say('where is the closest police desk to CR0 1AB?', [/Croydon/])),
  one('dev 7: DA7', say('closest police front desk DA7 5AB', [/Bexleyheath/])),

  // 8. police station near <postcode>
  one('dev 8: UB3', say('police station near UB3 1AB', [/Hayes/])),
  one('dev 8: SM2', say('police stations near sm2 5ab', [/Sutton/])),
  one('dev 8: N17', say('any police station near N17 6AB', [/Tottenham/])),
  one('dev 8: IG1', say('police station nr IG1 2AB', [/Ilford/])),

  // 9. nearest station to <postcode> (lower case)
  one('dev 9: br2', say('nearest station to br2 9ab', [/Bromley/])),
  one('dev 9: w6', say('nearest station to w6 9ab', [/Hammersmith/])),
  one('dev 9: ha0', say('nearest police to ha0 4tl', [/Wembley/])),
  one('dev 9: sw2', say('nearest station to sw2 1aa please', [/Brixton/])),

  // 10. I'm in <outcode>, nearest front counter?
  one('dev 10: N18', say("I'm in N18, nearest police front counter?", [/Edmonton/])),
  one('dev 10: RM9', say('im in rm9 where is the nearest police counter', [/Dagenham/])),
  one('dev 10: E15', say('I live in E15 - which police front counter is nearest?', [/Stratford/])),
  one('dev 10: W3', say('in W3, whats my nearest police front desk', [/Acton/])),

  // 11. a bare postcode
  one('dev 11: bare postcode', say('n16 8ds', [/Stoke Newington|what would you like|nearest/i])),
  one('dev 11: bare postcode, capitals', say('SE13 5JZ', [/Lewisham|what would you like|nearest/i])),
  one('dev 11: bare postcode, no space', say('kt11lb', [/Kingston|what would you like|nearest/i])),
  one('dev 11: bare postcode, dot', say('RM1 3BJ.', [/Romford|what would you like|nearest/i])),

  // 12. which desks are open 24/7
  one('dev 12: 24 hours', say('which police stations are open 24 hours', [CHARING_CROSS, LEWISHAM])),
  one('dev 12: round the clock', say('are any police front counters open round the clock in london', [CHARING_CROSS, LEWISHAM])),
  one('dev 12: all night', say('what police stations are open all night', [CHARING_CROSS, LEWISHAM])),
  one('dev 12: 24/7 desks, lower case', say('list the 24/7 police front desks', [CHARING_CROSS, LEWISHAM])),

  // 13. how many closed in February 2026
  one('dev 13: closed feb', say('how many police front counters closed in feb 2026', [/\b(?:ten|10)\b/i])),
  one('dev 13: which closed', say('which police stations closed in february', [/Chingford/, /Wimbledon/, /Twickenham/])),
  one('dev 13: shut this year', say('how many police stations shut this year', [/\b(?:ten|10)\b/i])),
  one('dev 13: closures at the end of feb', say('what police stations closed on 28 february', [/\b(?:ten|10)\b|Chingford/])),

  // 14. a borough with no counter
  one('dev 14: merton', say('is there a police station still open in merton', [/Merton/, /no\b|none|not/i, /Lavender Hill|Sutton|Croydon|Kingston|Brixton/])),
  one('dev 14: harrow', say('is there any police station open in harrow', [/Harrow/, CLOSED_FEB_2026, /Wembley/])),
  one('dev 14: waltham forest', say('police station open in waltham forest?', [/Waltham Forest/, /Ilford|Stratford|Tottenham|Edmonton/])),
  one('dev 14: kensington and chelsea', say('Is there a police front counter in Kensington and Chelsea', [/Kensington/, /Hammersmith/])),

  // 15. where can I go in person in <borough>
  one('dev 15: islington', say('where can I go in person in Islington', [/Islington Police Station/])),
  one('dev 15: haringey', say('where can i go in person in haringey', [/Tottenham/])),
  one('dev 15: southwark', say('i need to go to a police station in person in southwark', [/Walworth/])),
  one('dev 15: newham', say('where can I speak to police face to face in Newham', [/Stratford/])),

  // 16. X hours -> and bank holidays?
  {
    topic: 'dev 16: hours then bank holidays',
    turns: [
      say('Kentish Town police hours', [/Kentish Town/, WEEKDAYS, WEEKENDS]),
      say('and is it open on bank holidays?', [/bank holiday/i, ONLINE], [OUT_OF_SCOPE]),
    ],
  },
  {
    topic: 'dev 16: hours then bank holiday monday',
    turns: [
      say('romford police times', [/Romford/, WEEKDAYS, WEEKENDS]),
      say('what about bank holiday monday', [/bank holiday/i, ONLINE], [OUT_OF_SCOPE]),
    ],
  },
  {
    topic: 'dev 16: hours then a bank holiday, lower case',
    turns: [
      say('walworth police opening hours', [/Walworth/, WEEKDAYS]),
      say('does it open on a bank holiday', [/bank holiday/i, ONLINE], [OUT_OF_SCOPE]),
    ],
  },
  {
    topic: 'dev 16: hours then public holidays',
    turns: [
      say('hours for sutton police station', [/Sutton/, WEEKDAYS]),
      say('and on public holidays?', [/holiday/i, ONLINE], [OUT_OF_SCOPE]),
    ],
  },

  // 17. X police station <day>
  one('dev 17: sunday', say('hammersmith police station sunday', [/Hammersmith/, SUNDAY, WEEKENDS])),
  one('dev 17: friday', say('bromley police station friday', [/Bromley/, /Friday/, WEEKDAYS])),
  one('dev 17: saturday, typo', say('islington police staton saturday', [/Islington/, SATURDAY, WEEKENDS])),
  one('dev 17: tuesday', say('Colindale police station Tuesday', [/Colindale/, /Tuesday/, WEEKDAYS])),

  // 18. nearest 24-hour -> asks -> postcode
  {
    topic: 'dev 18: 24-hour, then an east postcode',
    turns: [say('nearest 24hr police station', [ASKS_LOCATION]), say('IG1 2AB', [LEWISHAM, DISTANCE, /Ilford/])],
  },
  {
    topic: 'dev 18: 24-hour, then a west postcode',
    turns: [say('where is the closest police station open 24 hours', [ASKS_LOCATION]), say('w3 6ab', [CHARING_CROSS, /Acton/])],
  },
  {
    topic: 'dev 18: 24/7, then a south-east postcode',
    turns: [say('closest 24/7 police station?', [ASKS_LOCATION]), say('BR2 9AB', [LEWISHAM, /Bromley/])],
  },
  {
    topic: 'dev 18: all-night, then a north postcode',
    turns: [say('nearest police station open all night', [ASKS_LOCATION]), say('NW9 6AB', [CHARING_CROSS, /Colindale/])],
  },

  // 19. X police -> what about on <day>
  {
    topic: 'dev 19: station then sunday',
    turns: [say('acton police', [/Acton/, /250 High Street/]), say('what about on sunday', [/Acton/, SUNDAY, WEEKENDS])],
  },
  {
    topic: 'dev 19: station then saturday',
    turns: [say('plumstead police station', [/Plumstead/, /200 Plumstead High Street/]), say('and saturday?', [/Plumstead/, SATURDAY, WEEKENDS])],
  },
  {
    topic: 'dev 19: station then monday',
    turns: [say('stratford police', [/Stratford/, /West Ham Lane/]), say('what about monday', [/Stratford/, MONDAY, WEEKDAYS])],
  },
  {
    topic: 'dev 19: station then tomorrow',
    turns: [say('Tottenham police', [/Tottenham/, /398 High Road/]), say('how about tomorrow?', [/Tottenham/, /Friday/, WEEKDAYS])],
  },

  // 20. X open now?
  one('dev 20: open now', say('wembley police station open now?', [/Wembley/, /open/i, /22:00/])),
  one('dev 20: open right now', say('is bethnal green police open right now', [/Bethnal Green/, /open/i, /22:00/])),
  one('dev 20: open at the moment', say('is croydon police station open at the moment', [/Croydon/, /open/i, /22:00/])),
  one('dev 20: a 24-hour desk now', say('charing cross police station open now', [CHARING_CROSS, /open/i, OPEN_24])),

  // 21. a crime after the fact
  one('dev 21: bike stolen', say('my bike got stolen from outside my flat, what should I do', [CALL_101, ONLINE], [/Call 999 now/])),
  one('dev 21: burgled', say('we were burgled while on holiday what do i do', [CALL_101, ONLINE], [/Call 999 now/])),
  one('dev 21: phone stolen', say('someone nicked my phone yesterday', [CALL_101, ONLINE], [/Call 999 now/, OUT_OF_SCOPE])),
  one('dev 21: shed broken into', say('my shed was broken into over the weekend, how do I report it?', [CALL_101, ONLINE], [/Call 999 now/])),

  // 22. an emergency
  { topic: 'dev 22: someone breaking in now', turns: [{ say: 'someone is breaking into my house right now', must: [/999/], emergencyFirst: true }] },
  { topic: 'dev 22: a fight with a weapon', turns: [{ say: 'theres a guy with a gun on my street', must: [/999/], emergencyFirst: true }] },
  { topic: 'dev 22: being followed', turns: [{ say: "I'm being followed and I'm scared", must: [/999/], emergencyFirst: true }] },
  { topic: 'dev 22: attacked', turns: [{ say: 'my neighbour is being attacked right now', must: [/999/], emergencyFirst: true }] },

  // 23. the non-emergency number
  one('dev 23: non emergency number', say('what is the non emergency number', [CALL_101, ONLINE])),
  one('dev 23: not urgent', say("who should i ring if it isn't urgent", [CALL_101], [/Call 999 now/])),
  one('dev 23: report online', say('can i report a theft online instead', [ONLINE])),
  one('dev 23: police number not 999', say('police phone number thats not 999', [CALL_101], [/Call 999 now/])),

  // 24. an interpreter
  one('dev 24: urdu', say('I need to talk to someone in Urdu', [INTERPRETER, CALL_101])),
  one('dev 24: interpreter', say('can i get an interpreter when i call the police', [INTERPRETER])),
  one('dev 24: my mum speaks romanian', say('my mum only speaks Romanian, can she report something', [INTERPRETER])),
  one('dev 24: translator', say('is there a translator for somali speakers', [INTERPRETER])),

  // 25. why close
  one('dev 25: why closing', say('why is the met closing police stations', [/£/, /%|per cent|crimes/i])),
  one('dev 25: why shut', say('why did they shut so many police stations', [/£/])),
  one('dev 25: reason', say('what was the reason for closing the front counters', [/£/])),
  one('dev 25: why fewer desks, lower case', say('why are there fewer police front desks now', [/£|sav/i])),

  // 26. when did X (2017) close
  one('dev 26: chiswick', say('when did chiswick police station close', [/Chiswick/, CLOSED_DEC_2017])),
  one('dev 26: kilburn', say('When did Kilburn police station shut?', [/Kilburn/, CLOSED_DEC_2017])),
  one('dev 26: uxbridge', say('uxbridge police station closed when', [/Uxbridge/, CLOSED_DEC_2017])),
  one('dev 26: wandsworth', say('what year did wandsworth police station close', [/Wandsworth/, /2017/])),

  // 27. temporarily closed?
  one('dev 27: hammersmith, another wording', say('did hammersmith police station close for a bit', [/Shepherd/, /2016/, /2020/])),
  one('dev 27: hammersmith, temporarily', say('was hammersmith police station ever temporarily closed', [/Shepherd/, /2020/])),
  one('dev 27: forest gate fire', say('what happened to forest gate police stn', [/Forest Gate/, /fire/i, /2024/, /Stratford/])),
  one('dev 27: forest gate closed', say('Why is Forest Gate police station closed?', [/Forest Gate/, /fire/i, /Stratford/])),

  // 28. X station address
  one('dev 28: romford address', say('Romford station address', [/19 Main Road/, /RM1 3BJ/])),
  one('dev 28: sutton address', say('whats the address of sutton police station', [/6 Carshalton Road/, /SM1 4RF/])),
  one('dev 28: lewisham address', say('lewisham police station address', [/43 Lewisham High Street/, /SE13 5JZ/])),
  one('dev 28: where exactly is hayes', say('where exactly is hayes police station', [/755 Uxbridge Road/, /UB4 8HU/])),

  // 29. the station in Stratford / Newham
  one('dev 29: stratford, other wording', say('is stratford police station open today', [/Stratford/, /open/i, /22:00/])),
  one('dev 29: newham counter', say('is there a police station open in newham', [/Stratford/])),
  one('dev 29: forest gate open?', say('is forest gate police station open', [/Forest Gate/, /Stratford/])),
  one('dev 29: stratford hours', say('stratford police hours please', [/Stratford/, WEEKDAYS, WEEKENDS])),

  // 30. a bare open station name
  one('dev 30: bare name', say('romford', [/Romford/, /open|10:00/i])),
  one('dev 30: bare name, capital', say('Hounslow', [/Hounslow/, /open|10:00/i])),
  one('dev 30: two words', say('lavender hill police', [/Lavender Hill/, /open|10:00/i])),
  one('dev 30: bare name, full stop', say('Bexleyheath.', [/Bexleyheath/, /open|10:00/i])),

  // 31. slang, partial postcode
  one('dev 31: cop shop, N17', say('whats the nearest cop shop to N17 9', [/Tottenham/])),
  one('dev 31: old bill, SE18', say('where is the nearest old bill station to se18', [/Plumstead/])),
  one('dev 31: cop shop near E15', say('nearest cop shop e15', [/Stratford/])),
  one('dev 31: police shop, SW9', say('closest cop shop to SW9 7', [/Brixton/])),

  // 32. typos
  one('dev 32: typo, wembley', say('wembly police opning times', [/Wembley/, WEEKDAYS])),
  one('dev 32: typo, tottenham', say('totenham police staion hours', [/Tottenham/, WEEKDAYS])),
  one('dev 32: typo, hammersmith', say('hammersmtih police opening hours', [/Hammersmith/, WEEKDAYS])),
  one('dev 32: typo, edmonton', say('edmonten police station opening tims', [/Edmonton/, WEEKDAYS])),

  // 33. open late?
  one('dev 33: open late', say('ilford police station open late?', [/Ilford/, /22:00/, /19:00/])),
  one('dev 33: how late', say('how late is brixton police station open', [/Brixton/, /22:00/])),
  one('dev 33: open late on saturday', say('is bromley police open late on saturday', [/Bromley/, /19:00/])),
  one('dev 33: open in the evening', say('is kingston police station open in the evening', [/Kingston/, /22:00/])),

  // 34. a special day
  one('dev 34: boxing day', say('is hounslow police station open on boxing day', [/Hounslow/, ONLINE, /999|101/])),
  one('dev 34: new years day', say("is acton police station open on new year's day", [/Acton/, ONLINE])),
  one('dev 34: christmas eve', say('colindale police christmas eve opening hours', [/Colindale/, ONLINE])),
  one('dev 34: christmas, 24-hour desk', say('will charing cross police station be open on christmas day', [CHARING_CROSS, ONLINE])),

  // 35. who are you
  one('dev 35: who are you', say('who are you', [/StationDesk/])),
  one('dev 35: are you a bot', say('are you a robot?', [/StationDesk|front counter/i])),
  one('dev 35: what can you do', say('what can you help me with', [/front counter|police station/i])),
  one('dev 35: your name, lower case', say('whats ur name', [/StationDesk/])),

  // 36. out of scope
  one('dev 36: weather', say("what's the weather like tomorrow", [/front counter|police station/i])),
  one('dev 36: a song', say('sing me a song', [/front counter|police station/i])),
  one('dev 36: football', say('who won the darts last night', [/front counter|police station/i])),
  one('dev 36: recipe', say('give me a recipe for lasagne', [/front counter|police station/i])),

  // 37. another language
  one('dev 37: french', say('où se trouve le commissariat le plus proche', [ANSWERS_IN_ENGLISH, /postcode/i])),
  one('dev 37: polish', say('gdzie jest najbliższy komisariat policji', [ANSWERS_IN_ENGLISH])),
  one('dev 37: portuguese', say('onde fica a delegacia mais próxima', [ANSWERS_IN_ENGLISH])),
  one('dev 37: italian', say("dov'è la stazione di polizia più vicina", [ANSWERS_IN_ENGLISH])),
];
