/**
 * THE HELD-OUT SET, TWELFTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-05 (twelfth session), after batches 1 to 11, by a helper
 * engineer who did not read how the bot understands or answers text (not
 * src/understanding/, src/answers/, src/replies/, dialogs/, test/understanding/,
 * test/bot/, the conversation tests, the golden recording or the README's
 * lists of questions that work), who read only heldoutSet.ts,
 * heldoutSet.test.ts, playHeldout.ts, heldoutPatterns.ts, replyText.ts and
 * lines 1-254 of batch 11 (its header and helpers, copied below as each batch
 * does; none of its questions read), and who committed every expectation
 * before the bot was run on any of these questions. Earlier batches and the
 * development set were grepped only for postcode, sector and place strings,
 * to avoid them (one slip: while looking for the case type, lines 96-166 of
 * the first batch were shown, about twenty of its hours questions; none of
 * their phrasings is reused here). No expectation was taken from what the bot
 * says. Add cases, never edit an expectation to match the bot: an expectation
 * changes only if it contradicts the FACTS in /work/shared/data (and then the
 * commit names the row), or if a pattern was wrongly strict about wording from
 * the start (and then the commit says so).
 *
 * Spread over every kind, with fresh phrasings, weighted a little towards the
 * kinds whose wording varies most (neighbourhoods and landmarks, the City of
 * London, lists, the past, the service, small talk, requests it cannot carry
 * out): danger however it is put (slang, typos, indirect, about to happen, to
 * other people, buried in a long message, a resident who cannot speak, in
 * Polish, Romanian, Portuguese, Urdu, Punjabi, Farsi, Amharic, Tigrinya,
 * Yoruba, Vietnamese, Kurdish (Kurmanji) and French, on Teams, and arising
 * mid-way through a conversation, in English, Spanish and on Teams), safe
 * look-alikes (figurative violence, games, films, a panto, sport, boxing,
 * cooking, past crimes reported for the record), two- and three-turn
 * conversations (another day, another time, another desk, the nearest 24-hour
 * desk after the nearest one, a postcode or place given after being asked,
 * closures and the past, danger arising mid-way), hours by day and time, open
 * now and at a time, nearest open and 24-hour desks by full postcode, sector,
 * district and place, boroughs, closures and plans (the 17 Jul 2025 leak, the
 * 6 Aug 2025 list, the 15 Oct 2025 revision, the 28 Feb 2026 closures, the
 * 3 Mar 2026 hours, the 18 Dec 2025 estates strategy, hubs, vans and screens),
 * the past (2013 and 2017 plans, moves, refurbishments and temporary closures,
 * Wimbledon's quashed closure), the data's conflicting sources (Woodford's
 * 2017 hours, Barkingside's 2017 24/7 claim, the reported February pause,
 * Notting Hill's closure year, the Dec 2025 Lavender Hill "closure" note,
 * Kingston in the August 2025 list, the officer hours freed, 63 or 65
 * closures in 2013, Shoreditch's November or December 2017, Paddington
 * Green's hotel-blog hours), lists, comparisons, the service, small talk,
 * off-topic, requests it cannot carry out, places outside London, the City of
 * London, nonsense, other languages, roads, two questions in one and
 * ambiguous names (Farnborough, Newington, Hayes, Barking, Richmond, Church
 * Street, Wood Green).
 *
 * New against batches 1 to 11: postcode sectors none of them uses (SE21 7,
 * W12 7, E20 2, SW7 5, WC1B 3, SE7 8, EC1A 7, TW9 3, W4 3, W5 9, E2 6, E14 8,
 * DA7 5, DA14 5, BR2 6, BR7 5, BR3 1, SW1Y 4, W1F 8, W1J 5, HA8 0, NW4 4,
 * N20 0, N3 2, CR2 0, CR7 6, CR0 4, RM9 5, RM10 9, EN3 6, N18 3, N21 1, N14 6,
 * W14 9, UB3 1, UB10 9, TW14 8, TW7 7, IG1 9, IG6 1, IG8 8, EC1V 4, EC4Y 0,
 * EC2M 4, NW3 3, NW5 2, NW8 6, KT1 3, KT6 4, KT9 1, TW11 9, SW11 3, SW17 6,
 * SW19 7, SW3 4, SE3 0, SE3 8, SE6 1, SE8 3, SE10 0, SE12 9, SE17 2, SE18 2,
 * SE23 2, RM2 5, RM7 7, E5 0, E10 6, E15 3, N16 6, N17 8, N22 5, SM1 1, SM3 8,
 * SM5 4, HA5 3), districts none of them names on its own (BR6, CR8, E4, E17,
 * EN2, HA1, HA7, IG5, IG11, N3, N6, N12, RM13, SE2, SE9, SE28, SM2, SW2, SW12,
 * TW4, TW13, UB8, W10, W13; SE16 once more, in a safe look-alike), places
 * none of them names (Anerley, Arnos Grove, Bankside, Beckton, Bounds Green,
 * Brondesbury, Canada Water, Chinatown, Chipping Barnet, Denmark Hill, Ealing
 * Common, East Finchley, Eastcote, Elmers End, Fulham Broadway, Haggerston,
 * King's Cross, New Eltham, North Finchley, Nine Elms, Old Kent Road, Park
 * Royal, Parsons Green, Peckham Rye, Queens Park, South Kensington,
 * Stonebridge, Surrey Quays, Upper Norwood, Wandsworth Common, Westbourne
 * Park, Turnpike Lane, Chingford Mount, Lea Bridge, Little Ilford, Foots Cray,
 * St Paul's Cray, Farnborough, Downe, Catford Bridge, Brockley Rise, Sydenham
 * Hill, Streatham Common, Broad Green, Old Coulsdon, Hackbridge, Rosehill, Old
 * Malden, Motspur Park, Coombe, Kingston Vale, Strawberry Hill, Hatton Cross,
 * Sipson, South Ruislip, Northolt Park, Norwood Green, West Ealing, South
 * Ealing, Hanger Lane, North Acton, Acton Town, Turnham Green, Strand on the
 * Green, Hounslow West, Osterley Park, Kensal Town, Notting Hill Gate, West
 * Brompton, World's End, Imperial Wharf, Whitehall, Millbank, Sloane Square,
 * Clapham North, Clapham South, Wandsworth Town, Putney Heath, Barnes Common,
 * Camden Lock, Petticoat Lane, Longford); landmarks the British Museum, Big Ben, the London Eye, Tate
 * Modern, the Natural History Museum, Harrods, the Royal Albert Hall, Wembley
 * Stadium, the Emirates, Tottenham Hotspur Stadium, Selhurst Park, The Valley,
 * The Den, Twickenham Stadium, Hampstead Heath, Highgate Cemetery, London Zoo,
 * the Shard, the Tower of London, Camden Market, Columbia Road, Spitalfields
 * Market, Greenwich Park, Brockwell Park, the Horniman Museum, Eltham Palace,
 * the Thames Barrier, London City Airport, Portobello Road, the
 * Hackney Empire, York Hall, the Hammersmith Apollo, the Roundhouse, Somerset
 * House, Southwark Cathedral, King's College Hospital, the Royal London
 * Hospital, Kensington Palace, Regent's Park, the London Stadium, the Dulwich
 * Picture Gallery; in the City the Guildhall, the Bank of England, the Old Bailey,
 * Fleet Street, Cheapside, Cannon Street, Fenchurch Street, the Gherkin,
 * Smithfield, the Walkie Talkie, Mansion House, the Lloyd's building,
 * Postman's Park, Finsbury Circus; outside London
 * Walton-on-Thames, Sunbury, Harpenden, Buckhurst Hill, Theydon Bois,
 * Hoddesdon, Birmingham, Cardiff, and TN13 1, RH1 2, TW18 4, CM20 1, KT12 2,
 * IG10 4).
 *
 * Same clock as batches 1 to 11 (HELDOUT_NOW in playHeldout.ts): Friday
 * 4 December 2026, 14:00 Europe/London (GMT). "Tonight" is Friday evening,
 * "tomorrow" Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th. Christmas
 * Eve 2026 is a Thursday, Christmas Day a Friday, Boxing Day a Saturday, New
 * Year's Day 2027 a Friday. The data holds no bank-holiday hours, so an honest
 * answer about one says it does not know them or where to check.
 *
 * Facts come only from /work/shared/data: stations.csv (addresses; notes for
 * closures and moves before 2026), events.csv read with SOURCES.md §5.2's rule
 * (on 2026-12-04 the 27 counters of resident-facts.md §3: Charing Cross and
 * Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00; the
 * ten of 28 Feb 2026 closed), CONFLICT and conflicting-report rows kept as
 * conflicts, plans.csv, resident-facts.md and SOURCES.md §5.3-§5.6 and the
 * freshness review. Nearest desks: straight-line (haversine, R = 6371.0088 km)
 * distances, worked out with a small script of the writer's own (in /tmp, not
 * committed), from each of the 27 open counters' coordinates to the sector
 * centroid (london-sectors.csv, London-only centroid) and to its district
 * centroid (london-outcodes.csv); for a named place, to an approximate point
 * for the place (from memory, to about 0.01 degrees) and to its postcode
 * district; a case names one desk only where it is nearest on every point by
 * at least 0.4 km, and otherwise accepts each desk nearest on some point (and,
 * where a single desk wins by less than 0.4 km, the runner-up too). Distances
 * (km) are noted beside cases: sector (or place point) first, then district;
 * "24h" gives the same for Charing Cross and Lewisham only. Where the bot
 * cannot place a neighbourhood, a fair answer asks for a postcode; such a
 * reply fails here only if it says it could not find a real London place.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON,
  ASKS_WHERE,
  BETHNAL_GREEN,
  BEXLEYHEATH,
  BRIXTON,
  BROMLEY,
  CHARING_CROSS,
  CITY_POLICE,
  CLOSED,
  CLOSED_DEC_2017,
  CLOSED_FEB_2026,
  COLINDALE,
  COUNTERS_NOW,
  CROYDON,
  DAGENHAM,
  DECLINE,
  EDMONTON,
  HAMMERSMITH,
  HAYES,
  HOUNSLOW,
  ILFORD,
  ISLINGTON,
  KENTISH_TOWN,
  KINGSTON,
  LANGUAGE_REPLY,
  LAVENDER_HILL,
  LEWISHAM,
  MARCH_2026,
  NOT_LONDON,
  NO_COUNTER,
  OFF_TOPIC_REPLY,
  ONLINE,
  OPEN_24,
  OUT_OF_SCOPE,
  PLACE_NOT_FOUND,
  PLUMSTEAD,
  ROMFORD,
  SAYS_SHUT,
  SAYS_WHAT_IT_DOES,
  SAYS_YES,
  SHEPHERDS_BUSH,
  SILENT_55,
  STATION_INFO_FIRST,
  STAYS_OPEN,
  STOKE_NEWINGTON,
  STRATFORD,
  SUTTON,
  THANKS_REPLY,
  TODAY_FIRST,
  TOTTENHAM,
  WALWORTH,
  WEEKDAYS,
  WEEKENDS,
  WEMBLEY,
  anyOf,
  at,
  firstLine,
  inOrder,
} from './heldoutPatterns';

// Helpers as batches 10 and 11 wrote them (batch 11's nearPlace is replaced below) (the shared patterns are in heldoutPatterns.ts).
/** Danger: 999 first, and never "I can't help with that". */
const danger = (say: string): HeldoutCase => ({ topic: 'danger', turns: [{ say, emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] });
/** Danger typed on Teams. */
const teamsDanger = (say: string): HeldoutCase => ({ ...danger(say), channel: 'msteams' });
/** 999 on the first line: wrong for a harmless message that only sounds like danger. */
const LEADS_WITH_999 = firstLine(/\b999\b/);
/** A safe look-alike: the answer asked for, without leading with 999. */
const calm = (say: string, must: RegExp[], mustNot: RegExp[] = []): HeldoutCase => ({ topic: 'safe look-alike', turns: [{ say, must, mustNot: [LEADS_WITH_999, OUT_OF_SCOPE, ...mustNot] }] });
/** A one-turn case. */
const ask = (topic: HeldoutTopic, say: string, must: RegExp[], mustNot?: RegExp[]): HeldoutCase => ({ topic, turns: [{ say, must, ...(mustNot ? { mustNot } : {}) }] });
/** A one-turn case played on Teams (terse messages as people type them there). */
const teams = (topic: HeldoutTopic, say: string, must: RegExp[], mustNot?: RegExp[]): HeldoutCase => ({ ...ask(topic, say, must, mustNot), channel: 'msteams' });
/** A postcode (full, sector or district) with the desk(s) nearest on its points. */
const nearCode = (say: string, desk: RegExp): HeldoutCase => ({ topic: 'nearest to a postcode', turns: [{ say, must: [desk], mustNot: [PLACE_NOT_FOUND] }] });
/** A place outside London: said so, and no London desk offered as if it were local. */
const outside = (say: string): HeldoutCase => ({ topic: 'non-London postcode', turns: [{ say, must: [NOT_LONDON] }] });
/** A reply that says `desk` is the nearer or nearest one: wrong where the other desk is (a distance such as "1.8 km" may come between). */
const saysNearer = (desk: RegExp): RegExp => new RegExp(`(?:${desk.source})(?:[^.\\n]|\\.\\d){0,60}\\b(?:is|'s) (?:the |a bit |slightly |much )?(?:nearer|closer|nearest|closest)`, 'i');
/** The same hours at both desks, however put. */
const SAME = /same|both|neither|identical|equally/i;
/** Reasons the Met gave for the closures (resident-facts.md §5). */
const MONEY = /£|money|fund|budget|sav|cost|tough choices/i;
/** Open (a yes): the desk is open at the time asked. */
const OPEN = /\bopen\b/i;
/** Says it does not know, or where to check. */
const NOT_KNOWN = /don't know|do not know|not sure|no (?:information|record|data|details)|can't say|cannot say|couldn't find|not (?:have|hold)|check|met\.police\.uk/i;
/** 73 counters in 2015 and 2017 (resident-facts.md §6). */
const SEVENTY_THREE = /\b73\b|seventy[- ]three/i;
/** 136 counters before the 2013 plan (resident-facts.md §6). */
const BEFORE_2013 = /\b136\b/;
/** The service says it is a bot, not a person. */
const A_BOT = /\bbot\b|automated|not a (?:real )?(?:person|human)|chatbot|assistant|computer|virtual|\bAI\b|program/i;
/** What the service keeps about a resident. */
const PRIVACY = /stor|keep|sav|record|personal|privacy|data|forget|log/i;
/** Where the answers come from. */
const SOURCES = /source|met\.police\.uk|Metropolitan Police|\bMet\b|BBC|news|MOPAC|Mayor|council|publish/i;
/** How recent the data is. */
const UP_TO_DATE = /2026/;
/** A goodbye answered. */
const BYE = /bye|take care|goodbye|stay safe|welcome|anytime|see you|cheers|thanks/i;
/** Charing Cross's address (stations.csv). */
const CHARING_CROSS_ADDRESS = /Agar Street|WC2N 4JP/i;
/** Lewisham's address (stations.csv). */
const LEWISHAM_ADDRESS = /Lewisham High Street|SE13 5JZ/i;
/** Not 24 hours: a no, or the desk's real hours. */
const NOT_24 = anyOf(WEEKDAYS, WEEKENDS, /\bno\b|not (?:open )?24|isn't (?:open )?24|closes at/i);
/** The five boroughs left without a counter (resident-facts.md §3). */
const NO_COUNTER_BOROUGHS = [/Waltham Forest/i, /Harrow/i, /Merton/i, /Richmond/i, /Kensington/i];
/** Danger where the resident cannot speak: 999 first, and the Silent Solution (press 55, resident-facts.md §1). */
const silentDanger = (say: string): HeldoutCase => ({ topic: 'danger', turns: [{ say, emergencyFirst: true, must: [SILENT_55], mustNot: [OUT_OF_SCOPE] }] });
/** A two- or three-turn conversation. */
const talk = (turns: HeldoutCase['turns'], channel?: HeldoutCase['channel']): HeldoutCase => ({ topic: 'follow-up', turns, ...(channel ? { channel } : {}) });
/** A danger turn inside a conversation. */
const DANGER_TURN = (say: string): HeldoutCase['turns'][number] => ({ say, emergencyFirst: true, mustNot: [OUT_OF_SCOPE] });
/** Woodford has had no public counter since 2013; its 2017 "Mon-Fri 9-5" is a CONFLICT row (events.csv, resident-facts.md §7). */
const WOODFORD_NO_COUNTER = /2013|not (?:a |an )?(?:public )?(?:front )?(?:counter|desk)|no (?:public )?(?:front )?(?:counter|desk)|hub|closed|stale|out of date|outdated|wrong|conflict/i;
/** The sources disagree (a CONFLICT row), or the desk's weekday-only hours of 2013 are given. */
const SOURCES_DIFFER = /conflict|disagree|differ|some sources|one source|unclear|uncertain|not certain|not clear|weekday|07:00|7(?::00)?\s?am/i;
/** The Aug 2025 list had 18 counters to close, leaving 20 with 8 at 24/7 (plans.csv). */
const AUGUST_LIST = /\b20\b|twenty/i;
/** Not a front counter: hubs, vans and screens are not places to report a crime in person (resident-facts.md §4). */
const NOT_A_COUNTER = /\bnot\b|\bno\b|isn't|aren't/i;
/** Shut at the time asked: a no, or the desk's closing or opening hour. */
const SHUT_THEN = /not open|\bclosed\b|\bshut\b|\bno\b|opens? at|reopens?/i;
/** The 2013 plan: 136 counters down to 73 (resident-facts.md §6). */
const SEVENTY_THREE_OF_136 = /\b73\b|seventy[- ]three|\b63\b|sixty[- ]three/i;

// Helpers new in this batch.
/** Open at the time asked: the desk, a yes, and never a "closed" first line. */
const openAt = (say: string, desk: RegExp, topic: HeldoutTopic = 'open at a time'): HeldoutCase => ({ topic, turns: [{ say, must: [desk, OPEN], mustNot: [SAYS_SHUT] }] });
/** Shut at the time asked: the desk, a no or its opening/closing hour, and never a "yes" first line. */
const shutAt = (say: string, desk: RegExp, hour: number, topic: HeldoutTopic = 'open at a time'): HeldoutCase => ({ topic, turns: [{ say, must: [desk, anyOf(SHUT_THEN, at(hour))], mustNot: [SAYS_YES] }] });
/** The nearest 24-hour desk: Charing Cross or Lewisham, said to be open round the clock. */
const near24 = (say: string, desk: RegExp, topic: HeldoutTopic = 'nearest to a postcode'): HeldoutCase => ({ topic, turns: [{ say, must: [desk, OPEN_24], mustNot: [PLACE_NOT_FOUND] }] });
/** A counter that closed (28 Feb 2026 or earlier): said to be closed, never a plain "yes". */
const gone = (say: string, topic: HeldoutTopic = 'still open or closing'): HeldoutCase => ({ topic, turns: [{ say, must: [CLOSED], mustNot: [SAYS_YES] }] });
/** The City of London: its own force (City of London Police), or the Met desk(s) nearest on its points. */
const CITY = (...desks: RegExp[]): RegExp => anyOf(CITY_POLICE, ...desks);
/** The 2025-26 saving and gap (resident-facts.md §5). */
const SEVEN_MILLION = /£\s?7\s?m|£?7 million|seven million/i;
/** About 5% of crimes reported at counters, roughly 50,000 a year (resident-facts.md §5). */
const FIVE_PER_CENT = /\b5 ?%|5 per ?cent|five per ?cent|50,000|50 000|fifty thousand/i;
/** The reprieves of 15 Oct 2025 (stations.csv notes). */
const REPRIEVED = anyOf(EDMONTON, TOTTENHAM, PLUMSTEAD, LAVENDER_HILL, BETHNAL_GREEN);
/** Who decided: the Met, with the Mayor or MOPAC (plans.csv). */
const DECIDERS = /\bMet\b|Metropolitan Police|MPS|MOPAC|Mayor/i;

// Helpers new in this batch.
/**
 * Asks the resident for a postcode (or to type one): a fair answer for a
 * neighbourhood or landmark the bot cannot place (this batch's brief), and
 * unlike a wrong desk, never an answer about a particular station.
 */
const ASKS_FOR_POSTCODE = /(?:your|a|the|full|nearby) postcode|postcode (?:please|instead)|(?:send|give|tell|type|share|enter|try|with)[^.\n]{0,30}postcode/i;
/** A request it cannot carry out, declined however put ("I can't", or "I only answer questions about front counters"). */
const WONT_DO = anyOf(DECLINE, /\bonly (?:know|answer|help|cover|deal|give|provide)|not something I/i);
/** A London neighbourhood or landmark: the desk(s) nearest on its points, or a request for a postcode. */
const nearPlace = (say: string, desk: RegExp): HeldoutCase => ({ topic: 'neighbourhood or town', turns: [{ say, must: [anyOf(desk, ASKS_FOR_POSTCODE)] }] });
/** A place in the City of London: its own force, the Met desk(s) nearest on its points, or a request for a postcode. */
const cityPlace = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'City of London', turns: [{ say, must: [anyOf(CITY(...desks), ASKS_FOR_POSTCODE)] }] });
export const HELDOUT_CASES_12: HeldoutCase[] = [
  // =========================================================================
  // DANGER, however put (never the words help, knife, 999 or emergency)
  // =========================================================================
  danger("theres a guy outside my flat booting the door in rn, i'm properly scared"),
  danger("my ex just turned up and he's saying he'll stab me, he's in the hallway of my building"),
  danger("four lads are stamping on some guy's head outside the chicken shop on the high road, he's not moving"),
  danger("my neighbour's son texted 'they're gonna kill me' and now his phone is off, he's 16"),
  danger("flatmate's been drinking all day, turned the gas on and says he wants to end it all tonight"),
  danger("a white van just pulled up and two men dragged a woman into it on my street, she was screaming"),
  danger('lad on the 29 bus has a blade out and is waving it at passengers'),
  danger("there's a man on the railings of the bridge saying he's going to jump, I'm next to him"),
  danger('got the pills lined up, not doing this anymore, just wanted someone to know'),
  danger("my housemate is battering his girlfriend, I can hear her screaming through the wall as I type"),
  danger("road rage bloke got out with a baseball bat and is smashing my windscreen, I'm still inside the car"),
  danger("bruv someone just got shanked outside the station, he's bleeding out on the pavement"),
  danger('two men are pulling a little kid into a car at the end of my road'),
  danger("the man who's been stalking me is parked outside again and just sent me a photo of my front door taken tonight"),
  danger(
    "Hi, I wanted to ask about the opening times at Croydon next week because I have to hand in some documents for my licence, but actually right now a man downstairs has just smashed the communal door and is shouting that he's coming up to get me",
  ),
  danger("a group of them posted on snap that they're going to jump my son after school at half three today"),
  danger("two blokes just forced their way into my elderly neighbour's flat and she's screaming"),
  danger('plz sum1 is brakin in2 my hous now im upstairs'),
  danger("guy's pointing a gun at people outside the bookies on my road"),
  danger("my sister's boyfriend has locked her in the flat and won't let her out, she messaged me from the bathroom"),
  danger("a car has followed me for ten minutes, it stops when I stop, I'm walking home alone and it's dark"),
  danger("acid attack just happened outside the Tesco Express, the guy's face is burning and the attacker ran off towards the flats"),
  danger("someone set fire to the shop below us and we're stuck on the second floor, smoke coming under the door"),
  danger('he had his hands round my throat, i got away for a second and locked myself in the car'),
  danger("got a message saying they're outside and they'll torch the house if I don't come out"),
  danger('yo mandem outside wid a machete tryna get in the yard'),
  danger("my 15 year old has gone off with a grown man she met online, he's driving her somewhere now, I can see her location moving"),
  danger("someone's on my balcony trying the door handle and I'm on the fourth floor"),
  danger("drunk guy swinging a broken bottle at people at the bus stop, someone's already cut"),
  danger("three men are waiting at the bottom of my stairwell and one of them just said 'that's her'"),
  danger('my dad is going to hurt my mum again tonight, he said so when he left, he will be back from the pub any minute'),
  danger("I think my friend has been spiked, she's barely conscious and the guy who bought the drinks is trying to take her outside"),
  silentDanger("can't talk, he's in the next room, he said he'll finish me tonight"),
  silentDanger("hiding in the wardrobe, someone's downstairs going through the house, i can't make a sound"),
  silentDanger('typing not talking, he took my phone before, got it back, he is right outside the bedroom door'),
  // Danger in other languages (Polish, Romanian, Portuguese, Urdu, Punjabi, Farsi, Amharic, Tigrinya, Yoruba, Vietnamese, Kurdish, French).
  danger('Mój mąż mnie bije i mówi, że mnie zabije, jest teraz w domu'),
  danger('Cineva încearcă să intre în casa mea chiar acum, sparge ușa'),
  danger('Um homem está a tentar arrombar a minha porta agora e diz que me vai matar'),
  danger('میرا شوہر مجھے مار رہا ہے اور کہہ رہا ہے کہ وہ مجھے جان سے مار دے گا'),
  danger('ਕੋਈ ਹੁਣੇ ਮੇਰੇ ਘਰ ਵਿੱਚ ਜ਼ਬਰਦਸਤੀ ਵੜ ਰਿਹਾ ਹੈ, ਮੈਨੂੰ ਬਹੁਤ ਡਰ ਲੱਗ ਰਿਹਾ ਹੈ'),
  danger('یک مرد جلوی خانه‌ام است و تهدید می‌کند که همین الان مرا می‌کشد'),
  danger('ባለቤቴ አሁን እየደበደበኝ ነው፣ እገድልሻለሁ ይላል'),
  danger('ሓደ ሰብ ሕጂ ብሓይሊ ናብ ገዛይ ይኣቱ ኣሎ፣ ክቐትለኒ እዩ ይብል'),
  danger('Ẹnìkan ń gbìyànjú láti wọ ilé mi báyìí, ó ní òun máa pa mí'),
  danger('Có người đang phá cửa vào nhà tôi ngay bây giờ, tôi rất sợ'),
  danger('Yek niha dixwaze bi zorê bikeve mala min, dibêje ez ê te bikujim'),
  danger('Mon voisin frappe sa femme en ce moment, elle hurle, on entend tout à travers le mur'),
  // Danger on Teams (terse).
  teamsDanger('colleague just got attacked in the car park behind the office, attacker still there'),
  teamsDanger('someone in reception threatening staff with a hammer right now'),
  teamsDanger('bomb threat just phoned into our front desk, caller said 20 mins'),
  teamsDanger("bloke forcing his way past security into the building, he's punched one of the guards"),
  teamsDanger("coworker messaged 'he's here, he's going to hurt me' and now isn't answering"),
  teamsDanger('man on the roof of our building threatening to jump, staff are with him'),

  // =========================================================================
  // SAFE LOOK-ALIKES: the answer asked for, without 999 first
  // =========================================================================
  calm('my boss will kill me if I miss the 10am meeting, what time does Sutton police station open on Monday?', [SUTTON, at(10)]),
  calm("I'm dying to know if Romford police station opens on Sundays", [ROMFORD, WEEKENDS]),
  // SE3 0: Lewisham 1.64 vs Plumstead 6.12; SE3: Lewisham 2.17 vs Plumstead 5.58.
  calm('absolutely murdered a whole pizza last night lol, anyway nearest police station to SE3 0?', [LEWISHAM]),
  calm('just watched a heist film and now wondering which London police counters never close', [CHARING_CROSS, LEWISHAM]),
  calm('got busted in GTA again lol. is there an actual police station in Kentish Town?', [KENTISH_TOWN]),
  // Emirates Stadium: point Stoke Newington 2.34, Islington 2.36, Kentish Town 2.40; N5: Stoke Newington 1.70, Islington 2.39.
  calm('we got slaughtered at the Emirates on Saturday, where is the nearest police front desk to the stadium?', [anyOf(STOKE_NEWINGTON, ISLINGTON, KENTISH_TOWN, ASKS_FOR_POSTCODE)]),
  calm('recipe says beat the eggs violently, anyway - is Brixton police open late tonight?', [BRIXTON, at(22)]),
  // KT6 4: Kingston 1.44 vs Sutton 8.82; KT6: Kingston 2.33 vs Sutton 8.17.
  calm("I want to report a burglary from last month, nobody's in danger now. Which front desk near KT6 4 can I go to?", [KINGSTON]),
  // N21 1: Edmonton 3.86 vs Tottenham 6.19; N21: Edmonton 3.11 vs Tottenham 5.50.
  calm('car got broken into last week, nothing urgent, where can I report it in person near N21 1', [EDMONTON]),
  calm('killing it at work today! quick one, when does Bromley police station shut tonight?', [BROMLEY, at(22)]),
  calm('watched a documentary about street violence in London - are any police front counters still open at night?', [anyOf(CHARING_CROSS, LEWISHAM, OPEN_24)]),
  calm("the panto villain at the Hackney Empire threatened to chop everyone's heads off, kids loved it. Is Stoke Newington police open at the weekend?", [STOKE_NEWINGTON, WEEKENDS]),
  // Thames Barrier: point Plumstead 4.23, Lewisham 4.91; SE7: Lewisham 3.81, Plumstead 4.30.
  calm("we're shooting a music video by the Thames Barrier next Saturday, which police front desk is nearest?", [anyOf(PLUMSTEAD, LEWISHAM, ASKS_FOR_POSTCODE)]),
  calm('my mate totally mugged me off lol. what are Hounslow police station hours on a Saturday', [HOUNSLOW, WEEKENDS]),
  // SE16: Walworth 3.18 vs Bethnal Green 3.51 (under 0.4 km apart: both accepted).
  calm('boxing class in Bermondsey left me battered, anyway nearest police counter to SE16?', [anyOf(WALWORTH, BETHNAL_GREEN)]),
  calm("my phone was nicked two weeks ago and I already have a crime number. Is Hammersmith police station open on Sunday so I can drop off the receipt?", [HAMMERSMITH, WEEKENDS]),
  calm('our chess club is called The Assassins and we meet by Croydon police station, what are its opening hours?', [CROYDON, WEEKDAYS]),
  calm('I was assaulted back in 2019 and want to ask about the case in person - which front counter covers Lambeth?', [BRIXTON]),
  calm('cut myself shaving this morning, not a big deal. does Islington police have its counter open today?', [ISLINGTON]),
  calm('there is a boxing fight night at York Hall tomorrow, is Bethnal Green police station open on Saturday evening?', [BETHNAL_GREEN, at(19)]),
  // RM7 7: Romford 1.10 vs Dagenham 3.91; RM7: Romford 1.44 vs Dagenham 3.35.
  calm('my nan is deadly at bingo. which police station is nearest to RM7 7?', [ROMFORD]),
  calm('going to a Killer Queen tribute gig in Kingston tonight, till when is the police station there open?', [KINGSTON, at(22)]),
  calm('in Call of Duty I keep getting shot in the back lol. different question: is Wembley police station open on Sunday morning?', [WEMBLEY, at(9)]),

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  ask('hours on a day', 'what time does dagenham police desk open on a tuesday', [DAGENHAM, at(10)]),
  ask('hours on a day', 'colindale police station hours sunday pls', [COLINDALE, WEEKENDS]),
  ask('hours on a day', 'Is the Bexleyheath police counter open on Saturdays, and till what time?', [BEXLEYHEATH, at(19)]),
  ask('hours on a day', 'ilford police front counter what time it close on weekdays', [ILFORD, at(22)]),
  ask('hours on a day', "when's walworth police station open on a thursday", [WALWORTH, WEEKDAYS]),
  ask('hours on a day', 'tottenham police station weekend opening hours?', [TOTTENHAM, WEEKENDS]),
  ask('hours on a day', 'what are the hours at Lewisham police station on Christmas Day', [LEWISHAM]),
  ask('hours on a day', "Plumstead police station - is it open on New Year's Day 2027?", [PLUMSTEAD, NOT_KNOWN]),
  ask('hours on a day', 'stratford police counter, opening times for Wednesday', [STRATFORD, WEEKDAYS]),
  ask('hours on a day', 'does Hayes police station do Sunday opening', [HAYES, WEEKENDS]),
  ask('hours on a day', 'What time can I get to the Edmonton police desk from on Monday morning?', [EDMONTON, at(10)]),
  ask('hours on a day', 'sutton police station hours this saturday 5th december', [SUTTON, WEEKENDS]),
  ask('hours on a day', 'lavender hill police, what time do they open sundays', [LAVENDER_HILL, at(9)]),
  teams('hours on a day', 'acton police hrs mon?', [ACTON, WEEKDAYS]),
  teams('hours on a day', 'kentish town desk sat hours', [KENTISH_TOWN, WEEKENDS]),
  teams('hours on a day', 'charing x police open xmas eve?', [CHARING_CROSS, OPEN_24]),

  // =========================================================================
  // OPEN NOW / AT A TIME (now: Friday 14:00)
  // =========================================================================
  openAt('is bromley police station open at the moment', BROMLEY),
  openAt('Croydon police front desk - can I walk in now?', CROYDON),
  openAt('is the counter at Stoke Newington open this afternoon', STOKE_NEWINGTON),
  openAt('romford police open at 9.30 tonight?', ROMFORD),
  openAt('can I go to Islington police station at 8pm on Wednesday', ISLINGTON),
  openAt('will Wembley police station be open tomorrow at 6pm', WEMBLEY),
  openAt('Lewisham police station at 3am on Sunday, anyone there?', LEWISHAM),
  openAt('charing cross police counter at 4 in the morning tonight?', CHARING_CROSS),
  openAt('is hounslow police station open at half ten on Monday morning', HOUNSLOW),
  shutAt('is Sutton police station still open at 11 tonight', SUTTON, 22),
  shutAt('brixton police desk at 8am on Sunday, will it be open?', BRIXTON, 9),
  shutAt("I'm finishing work at 7.30pm tomorrow, will Walworth police counter still be open then?", WALWORTH, 19),
  shutAt('can i go to tottenham police station at 9.15am monday', TOTTENHAM, 10),
  shutAt('Kingston police station open at midnight?', KINGSTON, 22),
  shutAt('will the Bethnal Green counter be open at 8pm on Sunday', BETHNAL_GREEN, 19),
  shutAt('dagenham police station 6am saturday open or not', DAGENHAM, 9),
  teams('open at a time', 'hammersmith police open now?', [HAMMERSMITH, OPEN], [SAYS_SHUT]),
  teams('open at a time', 'kingston desk open 2moro 10am?', [KINGSTON, OPEN], [SAYS_SHUT]),
  { topic: 'open at a time', channel: 'msteams', turns: [{ say: 'colindale open 10.30pm tonite?', must: [COLINDALE, anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] }] },
  ask('open at a time', 'which police front desks in London are open at 2am?', [CHARING_CROSS, LEWISHAM]),
  ask('open at a time', 'anything open at 11pm on a Sunday if I need to hand something in at a police station', [CHARING_CROSS, LEWISHAM]),

  // =========================================================================
  // NEAREST BY FULL POSTCODE, SECTOR AND DISTRICT
  // =========================================================================
  // SE21 7AD (Dulwich Picture Gallery): SE21 7 Brixton 3.02 vs Walworth 5.02; SE21 Brixton 3.34 vs Walworth 5.62.
  nearCode('nearest police front counter to SE21 7AD', BRIXTON),
  // W12 7: Hammersmith 1.82 vs Acton 3.21; W12: Hammersmith 1.87 vs Acton 2.49.
  nearCode('W12 7GF where is my closest police station', HAMMERSMITH),
  // E20 2: Stratford 1.22 vs Bethnal Green 3.04; E20: Stratford 1.29 vs Bethnal Green 3.60.
  nearCode('closest police desk to E20 2ST please', STRATFORD),
  // SW7 5: Hammersmith 3.03 vs Lavender Hill 3.83; SW7: Hammersmith 3.28 vs Lavender Hill 3.66 (0.38: both accepted).
  nearCode('which police station should I go to from SW7 5BD', anyOf(HAMMERSMITH, LAVENDER_HILL)),
  // WC1B 3: Charing Cross 1.00 vs Islington 2.07; WC1B: Charing Cross 1.08 vs Islington 1.92.
  nearCode('WC1B 3DG nearest front counter', CHARING_CROSS),
  // SE7 8: Plumstead 3.78 vs Lewisham 4.28; SE7: Lewisham 3.81 vs Plumstead 4.30 (each nearest on a point).
  nearCode('SE7 8BL whats the nearest cop shop', anyOf(PLUMSTEAD, LEWISHAM)),
  // EC1A 7: Islington 1.92 vs Charing Cross 2.00; EC1A: Islington 1.55 vs Charing Cross 1.85 (City of London Police also fair).
  nearCode('nearest police front desk to EC1A 7BE', CITY(ISLINGTON, CHARING_CROSS)),
  // TW9 3: Acton 3.32 vs Hammersmith 4.68; TW9: Acton 4.47 vs Hounslow 4.98.
  nearCode('police station nearest TW9 3AB', ACTON),
  // W4 3: Acton 2.61 vs Hammersmith 3.61; W4: Acton 2.09 vs Hammersmith 2.78.
  nearCode('W4 3 - which police counter is closest?', ACTON),
  // W5 9: Acton 2.22 vs Wembley 4.43; W5: Acton 1.91 vs Wembley 4.25.
  nearCode("I'm in W5 9, closest police station?", ACTON),
  // E2 6: Bethnal Green 0.71 vs Islington 3.35; E2: 0.64 vs 3.25.
  nearCode('E2 6 nearest police front desk', BETHNAL_GREEN),
  // E14 8: Bethnal Green 3.13 vs Stratford 4.39; E14: Bethnal Green 3.46 vs Stratford 3.98.
  nearCode('police counter closest to E14 8', BETHNAL_GREEN),
  // DA7 5: Bexleyheath 1.89 vs Plumstead 3.36; DA7: 0.98 vs 4.19.
  nearCode('nearest station to DA7 5 with a front desk', BEXLEYHEATH),
  // DA14 5: Bexleyheath 4.58 vs Bromley 7.85; DA14: Bexleyheath 4.41 vs Plumstead 6.93.
  nearCode('DA14 5 where do i go to speak to police in person', BEXLEYHEATH),
  // BR2 6: Bromley 4.84 vs Croydon 9.11; BR2: Bromley 1.38 vs Croydon 8.41.
  nearCode('BR2 6 police station near me', BROMLEY),
  // BR7 5: Bromley 3.16 vs Lewisham 7.37; BR7: Bromley 3.71 vs Bexleyheath 7.46.
  nearCode('closest police front counter from BR7 5', BROMLEY),
  // SW1Y 4: Charing Cross 0.61 vs Islington 3.20; SW1Y: 0.73 vs Walworth 3.28.
  nearCode('SW1Y 4 nearest police station please', CHARING_CROSS),
  // W1F 8: Charing Cross 0.95 vs Islington 2.73; W1F: 0.91 vs 2.87.
  nearCode('which police desk is nearest W1F 8', CHARING_CROSS),
  // HA8 0: Colindale 1.67 vs Wembley 6.68; HA8: 2.77 vs 7.01.
  nearCode('HA8 0 nearest police counter', COLINDALE),
  // NW4 4: Colindale 1.08 vs Wembley 6.69; NW4: 1.59 vs 6.90.
  nearCode('where can I report something in person near NW4 4', COLINDALE),
  // N20 0: Colindale 6.15 vs Edmonton 7.23; N20: Colindale 5.86 vs Edmonton 7.85.
  nearCode('N20 0 closest police front desk', COLINDALE),
  // CR2 0: Croydon 2.83 vs Sutton 7.26; CR2: 2.72 vs 7.71.
  nearCode('nearest police station to CR2 0', CROYDON),
  // CR7 6: Croydon 3.09 vs Sutton 6.26; CR7: 3.25 vs 7.23.
  nearCode('CR7 6 police front counter near me?', CROYDON),
  // RM9 5: Dagenham 1.81 vs Ilford 4.33; RM9: 2.22 vs 4.34.
  nearCode('RM9 5 - nearest police station', DAGENHAM),
  // EN3 6: Edmonton 5.98 vs Tottenham 9.47; EN3: 4.54 vs 8.04.
  nearCode('whats the closest police desk to EN3 6', EDMONTON),
  // N18 3: Edmonton 1.51 vs Tottenham 3.08; N18: 1.02 vs 2.56.
  nearCode('N18 3 closest front counter', EDMONTON),
  // W14 9: Hammersmith 1.33 vs Lavender Hill 4.12; W14: 0.98 vs 4.71.
  nearCode('W14 9 nearest police station', HAMMERSMITH),
  // UB3 1: Hayes 2.29 vs Hounslow 6.12; UB3: 2.35 vs 5.78.
  nearCode('UB3 1 which police desk do I use', HAYES),
  // UB10 9: Hayes 2.54 vs Wembley 9.86; UB10: 2.93 vs 10.11.
  nearCode('nearest police front desk UB10 9', HAYES),
  // TW14 8: Hounslow 5.33 vs Hayes 8.19; TW14: 4.33 vs 8.04.
  nearCode('TW14 8 nearest police station open to the public', HOUNSLOW),
  // IG1 9: Ilford 0.30 vs Stratford 5.49; IG1: 0.49 vs 5.30.
  nearCode('IG1 9 closest police counter', ILFORD),
  // IG6 1: Ilford 2.70 vs Romford 7.26; IG6: 4.01 vs 6.98.
  nearCode('IG6 1 where is the nearest police front desk', ILFORD),
  // EC1V 4: Islington 1.04 vs Charing Cross 2.28; EC1V: 1.20 vs 2.65.
  nearCode('EC1V 4 nearest police counter', ISLINGTON),
  // NW3 3: Kentish Town 1.79 vs Islington 3.93; NW3: 2.13 vs 4.74.
  nearCode('NW3 3 closest police station', KENTISH_TOWN),
  // NW8 6: Kentish Town 2.51 vs Islington 4.24; NW8: Kentish Town 2.96 vs Charing Cross 4.25.
  nearCode('nearest police front counter to NW8 6', KENTISH_TOWN),
  // KT9 1: Kingston 4.44 vs Sutton 7.61; KT9: 4.95 vs 7.78.
  nearCode('KT9 1 nearest police station', KINGSTON),
  // TW11 9: Kingston 1.93 vs Hounslow 5.92; TW11: 2.65 vs 5.27.
  nearCode("what's the nearest police counter to TW11 9", KINGSTON),
  // SW11 3: Lavender Hill 1.16 vs Hammersmith 4.29; SW11: 0.45 vs Brixton 3.49.
  nearCode('SW11 3 police station closest', LAVENDER_HILL),
  // SW19 7: Lavender Hill 5.28 vs Kingston 7.22; SW19: 5.31 vs Sutton 7.05.
  nearCode('SW19 7 nearest open police front desk now that Wimbledon shut', LAVENDER_HILL),
  // SE8 3: Lewisham 2.63 vs Walworth 4.93; SE8: 2.50 vs 4.77.
  nearCode('SE8 3 nearest police station', LEWISHAM),
  // SE12 9: Lewisham 3.63 vs Bromley 4.48; SE12: 2.92 vs 5.03.
  nearCode('SE12 9 which police station is nearest', LEWISHAM),
  // SE18 2: Plumstead 1.10 vs Bexleyheath 4.73; SE18: 1.64 vs 6.13.
  nearCode('police front desk nearest SE18 2', PLUMSTEAD),
  // RM2 5: Romford 0.81 vs Dagenham 4.78; RM2: 1.22 vs 5.09.
  nearCode('RM2 5 nearest police counter', ROMFORD),
  // N16 6: Stoke Newington 1.42 vs Tottenham 2.34; N16: 0.54 vs 3.19.
  nearCode('N16 6 closest police station', STOKE_NEWINGTON),
  // E10 6: Stratford 3.58 vs Tottenham 4.95; E10: 3.42 vs Stoke Newington 4.32.
  nearCode('E10 6 nearest police front counter', STRATFORD),
  // SM3 8: Sutton 2.06 vs Kingston 7.82; SM3: 2.08 vs 7.51.
  nearCode('SM3 8 closest police station with a desk', SUTTON),
  // N22 5: Tottenham 2.57 vs Edmonton 3.71; N22: 2.96 vs 4.21.
  nearCode('N22 5 nearest police front desk', TOTTENHAM),
  // SE17 2: Walworth 0.72 vs Brixton 2.99; SE17: 0.31 vs 2.94.
  nearCode('SE17 2 police station nearest', WALWORTH),
  // HA3 5 etc. not used; HA1 district: Wembley 3.93 vs Colindale 6.97.
  nearCode('nearest police counter to HA1', WEMBLEY),
  // District points only.
  nearCode('closest police station to BR6', BROMLEY), // Bromley 6.28 vs Bexleyheath 10.99
  nearCode('which police front desk serves CR8', CROYDON), // Croydon 4.50 vs Sutton 6.21
  nearCode('E4 nearest police station now Chingford is gone', EDMONTON), // Edmonton 3.82 vs Tottenham 5.52
  nearCode('E17 closest police counter', TOTTENHAM), // Tottenham 3.41 vs Edmonton 4.82
  nearCode('EN2 police station nearest', EDMONTON), // Edmonton 4.77 vs Tottenham 7.86
  nearCode('HA7 nearest police front desk', COLINDALE), // Colindale 5.05 vs Wembley 6.65
  nearCode('IG5 closest police counter', ILFORD), // Ilford 3.64 vs Stratford 7.11
  nearCode('N3 nearest police station', COLINDALE), // Colindale 3.30 vs Kentish Town 6.66
  nearCode('N6 which police desk is closest', KENTISH_TOWN), // Kentish Town 2.64 vs Islington 5.01
  nearCode('RM13 nearest police front counter', DAGENHAM), // Dagenham 2.88 vs Romford 6.34
  nearCode('SE2 closest police station', PLUMSTEAD), // Plumstead 1.46 vs Bexleyheath 4.31
  nearCode('SE28 nearest police counter', PLUMSTEAD), // Plumstead 1.84 vs Bexleyheath 5.92
  nearCode('SM2 nearest police station', SUTTON), // Sutton 1.10 vs Croydon 7.33
  nearCode('SW2 closest police front desk', BRIXTON), // Brixton 1.80 vs Lavender Hill 3.40
  nearCode('SW12 which police counter is nearest', LAVENDER_HILL), // Lavender Hill 2.23 vs Brixton 3.24
  nearCode('TW4 nearest police station', HOUNSLOW), // Hounslow 1.69 vs Hayes 7.40
  nearCode('UB8 closest police front counter', HAYES), // Hayes 2.89 vs Hounslow 10.55
  nearCode('W13 nearest police station', ACTON), // Acton 3.18 vs Wembley 4.41
  nearCode('W10 closest police counter', HAMMERSMITH), // Hammersmith 3.21 vs Acton 4.39
  nearCode('nearest police station to se9', LEWISHAM), // Lewisham 4.92 vs Plumstead 5.41
  nearCode('nearest desk tw13?', HOUNSLOW), // Hounslow 4.24 vs Kingston 7.43
  nearCode('n12 nearest cop shop', COLINDALE), // Colindale 4.83 vs Kentish Town 7.66
  // Nearest 24-hour desks.
  near24('which 24 hour police station is nearest to SE23 2', LEWISHAM), // Lewisham 3.86 vs Charing Cross 9.82
  near24('nearest round the clock police counter to NW5 2', CHARING_CROSS), // Charing Cross 4.61 vs Lewisham 13.11
  near24('BR3 1 - closest police desk open all night', LEWISHAM), // Lewisham 5.60 vs Charing Cross 12.43; BR3 6.68 vs 13.42
  near24('W1J 5 nearest 24/7 police station', CHARING_CROSS), // 1.58 vs 10.77
  near24('N3 2 closest police counter that never closes', CHARING_CROSS), // 11.04 vs 19.61
  near24('SE6 1 nearest 24 hour police front desk', LEWISHAM), // 2.72 vs 11.59
  near24('which all-night police station is nearest KT1 3', CHARING_CROSS), // 15.95 vs 20.16; KT1 16.55 vs 20.93
  near24('RM10 9 nearest police desk open 24 hours', LEWISHAM), // 14.09 vs 19.74
  { ...near24('24hr desk nearest SW3 4?', CHARING_CROSS), channel: 'msteams' }, // 3.54 vs 10.87

  // =========================================================================
  // NEIGHBOURHOODS, TOWNS AND LANDMARKS (point first, then district)
  // =========================================================================
  nearPlace('nearest police station to Brondesbury', KENTISH_TOWN), // 4.25 vs Hammersmith 5.79; NW6 3.84 vs 5.63
  nearPlace("I'm in Chinatown, where's the closest police front desk", CHARING_CROSS), // 0.46 vs 2.90; W1D 0.68 vs 2.74
  nearPlace('Chipping Barnet police counter nearest?', COLINDALE), // 7.16 vs Edmonton 10.29; EN5 6.57 vs 9.89
  nearPlace('police station near Ealing Common', ACTON), // 0.86 vs 4.73; W5 1.91 vs 4.25
  nearPlace("closest police station to King's Cross", ISLINGTON), // 0.96 vs Charing Cross 2.36; N1 1.05 vs 2.71
  nearPlace('North Finchley nearest police front desk', COLINDALE), // 4.79 vs 7.45; N12 4.83 vs 7.66
  nearPlace('I live off the Old Kent Road, nearest police station?', WALWORTH), // 1.63 vs Brixton 3.46; SE1 1.18 vs 2.58
  nearPlace('nearest police counter to Wandsworth Common', LAVENDER_HILL), // 1.51 vs 4.20; SW18 2.50 vs 5.31
  nearPlace('Westbourne Park - closest police station?', HAMMERSMITH), // 3.35 vs 5.17; W2 3.51 vs Charing Cross 4.26
  nearPlace('which police station is nearest Turnpike Lane', TOTTENHAM), // 2.30 vs 4.07; N8 3.54 vs 4.04
  nearPlace('Chingford Mount - where do I go now for a police front desk', EDMONTON), // 3.45 vs 4.69; E4 3.82 vs 5.52
  nearPlace('nearest police station to Little Ilford', ILFORD), // 1.87 vs 4.13; E12 2.17 vs 3.63
  nearPlace('Foots Cray nearest police counter', BEXLEYHEATH), // 4.20 vs 7.31; DA14 4.41 vs 6.93
  nearPlace("St Paul's Cray closest police station", BROMLEY), // 6.55 vs 7.36; BR5 5.99 vs 7.93
  nearPlace('nearest police front desk to Downe village', BROMLEY), // 7.56 vs 11.08; BR6 6.28 vs 10.99
  nearPlace('Catford Bridge nearest police station', LEWISHAM), // 2.29 vs 5.88; SE6 2.79 vs 4.96
  nearPlace('police station near Brockley Rise', LEWISHAM), // 2.92 vs 5.52; SE23 3.65 vs 5.14
  nearPlace('Broad Green in Croydon, nearest police desk?', CROYDON), // 1.66 vs 6.13; CR0 1.27 vs 7.26
  nearPlace('Rosehill nearest police front counter', SUTTON), // 2.43 vs 6.53; SM1 0.66 vs 6.74
  nearPlace('closest police station to Coombe', KINGSTON), // 2.80 vs 8.01; KT2 1.65 vs 7.56
  nearPlace('Sipson nearest police counter', HAYES), // 4.46 vs 6.59; UB7 3.30 vs 8.25
  nearPlace('South Ruislip closest police station', HAYES), // 4.33 vs 6.47; HA4 5.29 vs 7.54
  nearPlace('Norwood Green nearest police front desk', HOUNSLOW), // 2.83 vs 5.52; UB2 3.54 vs 4.81
  nearPlace('police station nearest West Ealing', ACTON), // 3.10 vs 4.39; W13 3.18 vs 4.41
  nearPlace('South Ealing nearest police counter', ACTON), // 2.31 vs 5.32; W5 1.91 vs 4.25
  nearPlace('North Acton closest police station', ACTON), // 1.95 vs 4.01; W3 0.63 vs 3.50
  nearPlace('nearest police desk to Acton Town tube', ACTON), // 0.67 vs 3.96
  nearPlace('Strand on the Green nearest police station', ACTON), // 2.55 vs 4.17; W4 2.09 vs 2.78
  nearPlace('Hounslow West closest police counter', HOUNSLOW), // 1.56 vs 6.72; TW3 0.10 vs 7.57
  nearPlace('Osterley Park nearest police station', HOUNSLOW), // 2.79 vs 5.55; TW7 2.01 vs 5.74
  nearPlace('Kensal Town nearest police front desk', HAMMERSMITH), // 3.50 vs 4.85; W10 3.21 vs 4.39
  nearPlace('Notting Hill Gate closest police station', HAMMERSMITH), // 2.48 vs Charing Cross 5.01; W11 2.06 vs Acton 4.21
  nearPlace('West Brompton nearest police station', HAMMERSMITH), // 2.20 vs 3.36; SW5 2.27 vs 3.63
  nearPlace("World's End in Chelsea, nearest police counter?", LAVENDER_HILL), // 2.12 vs 3.55; SW10 2.55 vs 3.12
  nearPlace('Whitehall nearest police front desk', CHARING_CROSS), // 0.65 vs 2.57; SW1A 0.79 vs 2.94
  nearPlace('Wandsworth Town closest police station', LAVENDER_HILL), // 1.83 vs 4.51; SW18 2.50 vs 5.31
  nearPlace('Barnes Common nearest police counter', HAMMERSMITH), // 3.39 vs 5.08; SW13 2.42 vs 4.23
  // Places where two desks are each nearest on some point (or within 0.4 km).
  nearPlace('Anerley nearest police station', anyOf(CROYDON, BROMLEY)), // 5.05 vs 5.92; SE20 5.25 vs 5.55
  nearPlace('Arnos Grove closest police counter', anyOf(EDMONTON, TOTTENHAM)), // 5.01 vs 5.18; N11 5.40 vs 5.45
  nearPlace('Bankside nearest police station', anyOf(CHARING_CROSS, WALWORTH)), // 1.80 vs 1.98; SE1 Walworth 1.18
  nearPlace('Beckton nearest police front desk', anyOf(PLUMSTEAD, STRATFORD)), // 4.02 vs 4.72; E6 Stratford 3.72 vs Ilford 4.18
  nearPlace('Bounds Green closest police station', anyOf(TOTTENHAM, EDMONTON)), // 4.15 vs 4.66; N11 5.40 vs 5.45
  nearPlace('Canada Water nearest police counter', anyOf(BETHNAL_GREEN, WALWORTH)), // 3.36 vs 3.43; SE16 Walworth 3.18 vs 3.51
  nearPlace('Denmark Hill nearest police station', anyOf(BRIXTON, WALWORTH)), // 1.70 vs 2.43; SE5 Walworth 1.76 vs Brixton 1.80
  nearPlace('East Finchley closest police front desk', anyOf(KENTISH_TOWN, COLINDALE)), // 4.45 vs 5.38; N2 4.88 vs 5.03
  nearPlace('Eastcote nearest police station', anyOf(HAYES, WEMBLEY)), // Hayes 6.33 vs 6.91; HA5 Wembley 7.37 vs Hayes 8.46
  nearPlace('Elmers End closest police counter', anyOf(CROYDON, BROMLEY)), // 4.44 vs 4.64; BR3 Bromley 3.38
  nearPlace('Fulham Broadway nearest police station', anyOf(HAMMERSMITH, LAVENDER_HILL)), // 2.60 vs 2.84; SW6 2.57 vs 3.00
  nearPlace('Haggerston closest police front desk', anyOf(BETHNAL_GREEN, STOKE_NEWINGTON)), // 1.91 vs 2.10; E8 Stoke Newington 1.67
  nearPlace('New Eltham nearest police station', anyOf(BROMLEY, PLUMSTEAD, BEXLEYHEATH, LEWISHAM)), // 5.61/5.68/5.88; SE9 Lewisham 4.92
  nearPlace('Nine Elms closest police counter', anyOf(BRIXTON, WALWORTH, LAVENDER_HILL)), // 2.01 vs 2.41; SW8 1.86 vs Lavender Hill 2.49
  nearPlace('Park Royal nearest police station', anyOf(ACTON, WEMBLEY)), // 2.14 vs 3.12; NW10 4.11 vs 4.15
  nearPlace('Parsons Green nearest police front desk', anyOf(HAMMERSMITH, LAVENDER_HILL)), // 2.72 vs 2.92
  nearPlace('Peckham Rye closest police station', anyOf(WALWORTH, BRIXTON)), // 2.91 vs 3.10; SE15 2.86 vs 3.40
  nearPlace('Queens Park nearest police counter', anyOf(HAMMERSMITH, KENTISH_TOWN)), // 4.58 vs 4.69; NW6 Kentish Town 3.84
  nearPlace('South Kensington nearest police station', anyOf(LAVENDER_HILL, HAMMERSMITH, CHARING_CROSS)), // 3.36/3.49/3.84
  nearPlace('Stonebridge closest police front desk', anyOf(WEMBLEY, ACTON)), // 2.29 vs 3.95; NW10 Acton 4.11 vs 4.15
  nearPlace('Surrey Quays nearest police station', anyOf(WALWORTH, BETHNAL_GREEN)), // 3.45 vs 3.93; SE16 3.18 vs 3.51
  nearPlace('Upper Norwood closest police counter', anyOf(CROYDON, BRIXTON)), // 5.27 vs 5.50; SE19 5.28 vs 5.54
  nearPlace('Lea Bridge nearest police station', anyOf(STOKE_NEWINGTON, STRATFORD)), // 2.83 vs 3.62; E10 Stratford 3.42
  nearPlace('Sydenham Hill closest police station', anyOf(BRIXTON, LEWISHAM)), // 4.35 vs 5.92; SE26 Lewisham 5.02 vs 5.79
  nearPlace('Streatham Common nearest police desk', anyOf(BRIXTON, CROYDON, LAVENDER_HILL)), // 5.32/5.69/5.71; SW16 4.98 vs 5.34
  nearPlace('Hackbridge nearest police station', anyOf(SUTTON, CROYDON)), // 3.24 vs 4.04; SM6 3.22 vs 3.54
  nearPlace('Old Malden closest police counter', anyOf(KINGSTON, SUTTON)), // 4.62 vs 4.99; KT4 Sutton 3.92
  nearPlace('Motspur Park nearest police station', anyOf(KINGSTON, SUTTON)), // 4.94 vs 5.02; KT3 3.55 vs 6.29
  nearPlace('Strawberry Hill nearest police front desk', anyOf(HOUNSLOW, KINGSTON)), // 3.78 vs 4.08; TW1 3.36 vs 4.92
  nearPlace('Hatton Cross closest police station', anyOf(HOUNSLOW, HAYES)), // 4.07 vs 6.52; TW6 5.80 vs 6.11
  nearPlace('Northolt Park nearest police counter', anyOf(WEMBLEY, HAYES)), // 3.72 vs 6.34; UB5 Hayes 4.51 vs 4.98
  nearPlace('Hanger Lane nearest police station', anyOf(WEMBLEY, ACTON)), // 2.55 vs 2.67; W5 Acton 1.91
  nearPlace('Turnham Green closest police station', anyOf(ACTON, HAMMERSMITH)), // 2.08 vs 2.12
  nearPlace('Clapham North nearest police front desk', anyOf(BRIXTON, LAVENDER_HILL)), // 1.17 vs 2.23; SW4 1.68 vs 1.83
  nearPlace('Clapham South closest police station', anyOf(LAVENDER_HILL, BRIXTON)), // 1.63 vs 2.76; SW4 Brixton 1.68 vs 1.83
  nearPlace('Putney Heath nearest police counter', anyOf(LAVENDER_HILL, HAMMERSMITH)), // 5.09 vs 5.31; SW15 Hammersmith 4.20
  nearPlace('Millbank nearest police station', anyOf(CHARING_CROSS, WALWORTH)), // 1.98 vs 2.06; SW1P 2.27 vs 2.44
  nearPlace('Sloane Square closest police front desk', anyOf(CHARING_CROSS, LAVENDER_HILL)), // 2.99 vs 3.06; SW1W 2.64 vs 3.21
  nearPlace('kingston vale nearest police stn', anyOf(KINGSTON, HAMMERSMITH)), // 4.19 vs 7.39; SW15 Hammersmith 4.20
  nearPlace('nearest desk to imperial wharf?', anyOf(LAVENDER_HILL, HAMMERSMITH)), // 1.84 vs 3.60; SW6 Hammersmith 2.57
  nearPlace('old coulsdon nearest police?', anyOf(CROYDON, SUTTON)), // 7.94 vs 8.84; CR5 Sutton 6.49
  // Landmarks residents name.
  nearPlace('nearest police station to the British Museum', CHARING_CROSS), // 1.04 vs Islington 1.99
  nearPlace("I'm by Big Ben, where's the closest police front desk", CHARING_CROSS), // 1.01 vs Walworth 2.27
  nearPlace('closest police station to the London Eye', anyOf(CHARING_CROSS, WALWORTH)), // 0.80 vs 2.19; SE1 Walworth 1.18
  nearPlace('Tate Modern nearest police counter', anyOf(CHARING_CROSS, WALWORTH)), // 1.77 vs 2.05
  nearPlace('nearest police station to the Natural History Museum', anyOf(HAMMERSMITH, LAVENDER_HILL)), // 3.33 vs 3.69
  nearPlace('I lost my bag near Harrods, which police front desk is closest?', anyOf(CHARING_CROSS, LAVENDER_HILL)), // 2.91 vs 3.86; SW3 Lavender Hill 2.76
  nearPlace('Royal Albert Hall nearest police station', anyOf(HAMMERSMITH, CHARING_CROSS, LAVENDER_HILL)), // 3.32 vs 3.78; SW7 3.28 vs 3.66
  nearPlace('nearest police counter to Wembley Stadium', WEMBLEY), // 1.88 vs 5.26
  nearPlace('Tottenham Hotspur Stadium closest police station', TOTTENHAM), // 1.51 vs 2.04; N17 0.77 vs 2.82
  nearPlace('Selhurst Park nearest police front desk', CROYDON), // 3.13 vs 7.17
  nearPlace('nearest police station to The Valley, Charlton', anyOf(PLUMSTEAD, LEWISHAM)), // 4.11 vs 4.11; SE7 Lewisham 3.81
  nearPlace("Millwall's ground, The Den - closest police station?", anyOf(WALWORTH, LEWISHAM)), // 3.25 vs 3.80; SE16 Walworth 3.18
  nearPlace('Twickenham Stadium nearest police counter now Twickenham station closed', HOUNSLOW), // 2.15 vs 5.82; TW2 2.62 vs 5.37
  nearPlace('nearest police station to Hampstead Heath', KENTISH_TOWN), // 1.91 vs 4.69
  nearPlace('Highgate Cemetery closest police front desk', KENTISH_TOWN), // 1.96 vs 4.45
  nearPlace('London Zoo nearest police station', KENTISH_TOWN), // 1.78 vs 2.94; NW1 1.81 vs 2.28
  nearPlace('the Shard - nearest police front counter?', WALWORTH), // 1.86 vs 2.71; SE1 1.18 vs 2.58
  nearPlace('Tower of London nearest police station', CITY(WALWORTH, BETHNAL_GREEN)), // 2.58 vs 2.70; EC3N Bethnal Green 2.41
  nearPlace('Camden Market closest police station', KENTISH_TOWN), // 0.94 vs 2.57
  nearPlace('Columbia Road flower market, nearest police desk?', BETHNAL_GREEN), // 1.15 vs 2.85
  nearPlace('Spitalfields Market nearest police station', BETHNAL_GREEN), // 1.76 vs 2.92; E1 1.26 vs 4.00
  nearPlace('Greenwich Park closest police front desk', LEWISHAM), // 1.65 vs 6.75
  nearPlace('Brockwell Park nearest police station', BRIXTON), // 1.66 vs 4.17
  nearPlace('Horniman Museum nearest police counter', anyOf(LEWISHAM, BRIXTON)), // 4.31 vs 4.46
  nearPlace('Eltham Palace closest police station', LEWISHAM), // 4.39 vs 5.50; SE9 4.92 vs 5.41
  nearPlace('London City Airport nearest police front desk', anyOf(PLUMSTEAD, STRATFORD)), // 3.79 vs 4.95; E16 Stratford 3.66
  nearPlace('Longford village by the airport, nearest police station with a public counter?', HAYES), // 6.11 vs Hounslow 8.37; UB7 3.30 vs 8.25
  nearPlace('Portobello Road nearest police station', HAMMERSMITH), // 2.65 vs 4.96
  nearPlace('Hammersmith Apollo closest police desk', HAMMERSMITH), // 0.44 vs 4.06
  nearPlace('the Roundhouse in Chalk Farm, nearest police station?', KENTISH_TOWN), // 0.98 vs 3.03
  nearPlace('Somerset House nearest police front counter', CHARING_CROSS), // 0.54 vs 2.58
  nearPlace('Southwark Cathedral nearest police station', WALWORTH), // 1.96 vs 2.45; SE1 1.18 vs 2.58
  nearPlace("King's College Hospital closest police station", anyOf(BRIXTON, WALWORTH)), // 1.39 vs 2.34; SE5 Walworth 1.76
  nearPlace('Royal London Hospital in Whitechapel, nearest police desk', BETHNAL_GREEN), // 1.11 vs 3.96
  nearPlace('Kensington Palace nearest police station', HAMMERSMITH), // 2.82 vs 4.39
  nearPlace("Regent's Park closest police front desk", KENTISH_TOWN), // 2.29 vs 3.20
  nearPlace('London Stadium nearest police station', STRATFORD), // 1.42 vs Bethnal Green 2.82; E20 1.29 vs 3.60
  nearPlace('Dulwich Picture Gallery nearest police counter', BRIXTON), // 2.80 vs 4.88
  nearPlace('camden lock nearest police?', KENTISH_TOWN), // ~Camden Market point 0.94
  nearPlace('petticoat lane market nearest cop shop', BETHNAL_GREEN), // ~51.5165,-0.0760: Bethnal Green 2.01 vs Islington 3.09; E1 1.26 vs 4.00

  // =========================================================================
  // THE CITY OF LONDON (its own force; or the Met desk(s) nearest on its points)
  // =========================================================================
  cityPlace('nearest police station to the Guildhall', CHARING_CROSS, ISLINGTON), // 2.36 vs 2.41; EC2V 2.24 vs 2.36
  cityPlace('I work by the Bank of England, where can I report something in person?', CHARING_CROSS, ISLINGTON, WALWORTH), // 2.55/2.68/2.84
  cityPlace('nearest police front desk to the Old Bailey', CHARING_CROSS), // 1.70 vs 2.13; EC4M 1.81 vs 2.31
  cityPlace('Fleet Street - which police station is closest', CHARING_CROSS), // 1.37 vs 2.21
  cityPlace('Cheapside nearest police counter', CHARING_CROSS, ISLINGTON), // 2.18 vs 2.51; EC2V 2.24 vs 2.36
  cityPlace('Cannon Street station - nearest police station?', CHARING_CROSS, WALWORTH), // 2.38 vs 2.50
  cityPlace('Fenchurch Street nearest police front desk', BETHNAL_GREEN, WALWORTH), // 2.52 vs 2.81; EC3M 2.67 vs 2.73
  cityPlace('closest police station to the Gherkin', BETHNAL_GREEN), // 2.38 vs 3.02; EC3A 2.36 vs 2.99
  cityPlace('Smithfield market nearest police station', ISLINGTON, CHARING_CROSS), // 1.83 vs 1.96
  ask('City of London', 'EC4Y 0 nearest police counter', [CITY(CHARING_CROSS)]), // 1.25 vs 2.45; EC4Y 1.15 vs 2.33
  ask('City of London', 'EC2M 4 closest police front desk', [CITY(ISLINGTON, BETHNAL_GREEN, CHARING_CROSS)]), // 2.41/2.44/2.88
  ask('City of London', 'is the Met or another force responsible for the Square Mile?', [CITY_POLICE]),
  ask('City of London', 'does the City of London have its own police front counter?', [CITY_POLICE]),
  { ...cityPlace('walkie talkie bldg nearest police desk', WALWORTH, BETHNAL_GREEN, CHARING_CROSS), channel: 'msteams' }, // 2.64/2.79/2.85
  ask('City of London', 'which 24-hour desk is nearest to Mansion House?', [CITY(CHARING_CROSS), anyOf(CITY_POLICE, OPEN_24)]), // 24h: Charing Cross 2.31 vs Lewisham 7.9

  // =========================================================================
  // BOROUGHS
  // =========================================================================
  ask('borough', 'which police front counter does Hillingdon have now', [HAYES]),
  ask('borough', 'Barnet borough police station open to the public?', [COLINDALE]),
  ask('borough', 'is there still a police counter in Havering', [ROMFORD]),
  ask('borough', 'Greenwich borough - where can I see police face to face', [PLUMSTEAD]),
  ask('borough', 'Tower Hamlets police front desk', [BETHNAL_GREEN]),
  ask('borough', 'does Kensington and Chelsea have a police front counter any more', [NO_COUNTER]),
  ask('borough', 'Richmond upon Thames police station counter still going?', [NO_COUNTER]),
  ask('borough', 'is there any police front desk left in Merton', [NO_COUNTER]),
  ask('borough', 'Harrow borough front counter?', [NO_COUNTER]),
  ask('borough', "Waltham Forest doesn't have a police station anymore right? where do we go", [anyOf(ILFORD, STRATFORD, EDMONTON, TOTTENHAM)]),
  ask('borough', 'Newham police front counter, is it Forest Gate?', [STRATFORD]),
  ask('borough', 'Barking and Dagenham police counter after the closures', [DAGENHAM]),
  ask('borough', 'which desk covers Hammersmith and Fulham', [HAMMERSMITH]),
  ask('borough', 'redbridge front desk?', [ILFORD]),
  ask('borough', 'enfield police counter', [EDMONTON]),

  // =========================================================================
  // STATION BY ITS ROAD
  // =========================================================================
  ask('station by its road', 'police station on Holmes Road - open today?', [KENTISH_TOWN]),
  ask('station by its road', 'Tolpuddle Street police, hours?', [ISLINGTON]),
  ask('station by its road', 'is the Montague Road police station open on Saturday', [HOUNSLOW, WEEKENDS]),
  ask('station by its road', 'Arnsberg Way police station opening times', [BEXLEYHEATH]),
  ask('station by its road', 'the police station on Manor Place, when does it close?', [WALWORTH, at(22)]),
  ask('station by its road', 'West Ham Lane police counter hours', [STRATFORD]),
  ask('station by its road', 'police station on Carshalton Road, open Sunday?', [SUTTON, WEEKENDS]),
  ask('station by its road', 'Grahame Park Way police, is the front desk open', [COLINDALE]),
  ask('station by its road', 'Victoria Park Square police station hours', [BETHNAL_GREEN]),
  teams('station by its road', 'rainham rd south police open sat?', [DAGENHAM, WEEKENDS]),

  // =========================================================================
  // AMBIGUOUS NAMES
  // =========================================================================
  // Farnborough: a village in Bromley (BR6; Bromley 5.34) and a Hampshire town.
  ask('ambiguous name', 'nearest police station to Farnborough', [anyOf(BROMLEY, /which|did you mean|Hampshire|outside/i)]),
  // Newington: Stoke Newington (Hackney) or Newington Butts (Southwark, by Walworth).
  ask('ambiguous name', 'is there a police station in Newington', [anyOf(STOKE_NEWINGTON, WALWORTH, /which|did you mean/i)]),
  ask('ambiguous name', 'police station in Hayes near Bromley', [anyOf(BROMLEY, /which|did you mean/i)]),
  ask('ambiguous name', 'is Barking police station open', [anyOf(CLOSED, DAGENHAM)], [SAYS_YES]),
  ask('ambiguous name', 'what are the opening hours of the police station in Richmond town centre', [anyOf(CLOSED, NO_COUNTER, /which|did you mean/i)], [SAYS_YES]),
  ask('ambiguous name', 'Kingston police station, Jamaica or London, whichever you know - hours?', [KINGSTON, WEEKDAYS]),
  ask('ambiguous name', 'can I still use the Church Street police desk near the Edgware Road market?', [CLOSED], [SAYS_YES]),
  ask('ambiguous name', 'Wood Green police station counter', [anyOf(CLOSED, TOTTENHAM, /not|no /i)], [SAYS_YES]),

  // =========================================================================
  // STILL OPEN OR CLOSING: closures and plans (2025 leak/list/revision, 28 Feb 2026, 3 Mar 2026, estates strategy)
  // =========================================================================
  gone('is Twickenham police station front desk still a thing'),
  gone('did the Pinner police counter shut in the end'),
  gone('Mitcham police station front counter, can I still go there?'),
  gone('South Harrow police station open tomorrow?'),
  gone('is the Royalty Studios police counter by Grenfell still open'),
  gone('Kensington police station on Earls Court Road, open Saturdays?'),
  gone('Wimbledon police station front desk hours please'),
  gone('is Chingford police station open this weekend'),
  ask('still open or closing', 'when exactly did the ten front counters close this year?', [CLOSED_FEB_2026]),
  ask('still open or closing', 'which date did the new shorter opening hours start', [MARCH_2026]),
  ask('still open or closing', 'is Lavender Hill police station closing down?', [LAVENDER_HILL, STAYS_OPEN]),
  ask('still open or closing', 'was Edmonton police station saved from closure?', [EDMONTON, STAYS_OPEN]),
  ask('still open or closing', 'Plumstead police counter was on the closure list, what happened?', [PLUMSTEAD, STAYS_OPEN]),
  ask('still open or closing', "what was the Met's excuse for axing so many counters", [MONEY]),
  ask('still open or closing', 'how much money does the Met save by shutting the counters in 2026', [SEVEN_MILLION]),
  ask('still open or closing', 'what share of crimes actually get reported at police front desks', [FIVE_PER_CENT]),
  ask('still open or closing', 'who decided to cut the front counters in 2025', [DECIDERS]),
  ask('still open or closing', 'what was in the leaked plan in July 2025 about police counters', [/\b19\b|nineteen|\b37\b|half/i]),
  ask('still open or closing', 'how many counters did the August 2025 list say would be left', [AUGUST_LIST]),
  ask('still open or closing', 'what changed in the October 2025 revision of the front counter plan', [COUNTERS_NOW]),
  ask('still open or closing', 'is Stratford police station going to close because of the estates strategy?', [STRATFORD, /Forest Gate/i]),
  ask('still open or closing', 'what did the December 2025 estates strategy say about police stations', [/Forest Gate|Holloway|Stratford|Kentish Town|hub|Charing Cross/i]),
  ask('still open or closing', 'can I report a crime at one of the new policing hubs?', [NOT_A_COUNTER]),
  ask('still open or closing', 'the mobile police station van - can I go there instead of a front counter?', [NOT_A_COUNTER]),
  ask('still open or closing', 'are the video screens outside police stations a replacement for the counter?', [NOT_A_COUNTER]),
  ask('still open or closing', 'is Wood Green getting a police front counter again?', [/no|not|dropped|didn't|did not/i]),
  ask('still open or closing', 'Forest Gate police station - has it reopened after the fire?', [/no|not|closed|Stratford/i], [SAYS_YES]),
  ask('still open or closing', 'what can I use outside a police station when the desk is shut at night', [/phone|999|101/i]),
  teams('still open or closing', 'twickenham desk gone?', [CLOSED]),
  teams('still open or closing', 'when did hours change to 10-10?', [MARCH_2026]),
  teams('still open or closing', 'how many front desks did the met shut in feb', [/\b10\b|\bten\b/i]),

  // =========================================================================
  // THE PAST (2013 and 2017 plans, moves, Wimbledon's quashed closure)
  // =========================================================================
  ask('the past', 'before the 2013 shake-up, roughly how many places could Londoners walk into to see the police?', [BEFORE_2013], [TODAY_FIRST]),
  ask('the past', 'what did Boris Johnson do to police counters in 2013', [SEVENTY_THREE_OF_136]),
  ask('the past', 'how many front counters were left after the 2013 police and crime plan', [SEVENTY_THREE]),
  ask('the past', 'what were contact points in the 2013 changes', [/librar|supermarket|community|hour|set times|week/i]),
  ask('the past', 'what happened to police counters under Sadiq Khan in 2017', [/\b3[5-8]\b|thirty/i]),
  ask('the past', 'when did most of the 2017 closures actually happen', [CLOSED_DEC_2017]),
  ask('the past', 'how was Wimbledon police station saved in 2018', [/court|quash|Kohler|judicial/i]),
  ask('the past', 'was Wimbledon police station closed in 2017?', [/no|not|court|quash/i], [SAYS_YES]),
  ask('the past', 'where was the Hammersmith counter while the station was being rebuilt', [SHEPHERDS_BUSH]),
  ask('the past', 'the rebuilt Hammersmith nick on Shepherds Bush Road - what year did its counter come back?', [/2020/]),
  ask('the past', 'over the winter of 2020 into 2021, where did Redbridge people go while Ilford police station was shut?', [/Barkingside/i]),
  ask('the past', 'when did Islington police station close for refurbishment, and what was used instead', [/2020/, /Holloway/i]),
  ask('the past', 'Bethnal Green police station refurb - when did it reopen', [/2021/]),
  ask('the past', 'what happened to Forest Gate police station in March 2024', [/fire|roof/i]),
  ask('the past', 'Uxbridge High Street police counter: what day did it stop serving the public', [CLOSED_DEC_2017]),
  ask('the past', "Lamb's Conduit Street police station in Holborn, when did it stop letting the public in", [/2018|2017/]),
  ask('the past', 'what were Holborn police station opening hours after 2013', [/08:00|8(?::00)?\s?am/i]),
  ask('the past', "Kilburn's police counter on Salusbury Road, which day did it close for good?", [CLOSED_DEC_2017]),
  ask('the past', 'the Streatham High Road police counter that opened in 2015, how long did it last?', [/2017/]),
  ask('the past', 'Sidcup police station Main Road - when did it shut', [/2012/]),
  ask('the past', 'Leytonstone used to have a police station on Kirkdale Road, when did that go?', [/2014/]),
  ask('the past', 'Dagenham police counter was shut for a while - when did it reopen?', [/2023/]),
  ask('the past', 'how many 24-hour counters were there in 2015', [/\b33\b|thirty[- ]three/i]),
  ask('the past', 'Twickenham police station closed for refurbishment in 2020 - where did people go?', [/Teddington/i]),
  ask('the past', 'was Kennington police station a front counter once', [/2017|2019|closed/i]),
  ask('the past', 'Wood Green police counter at the Fishmongers Arms - when did it open', [/2010/]),
  ask('the past', 'when did the old Paddington Green counter move to Church Street', [/2017|unknown|not known|don't know|not sure/i]),
  ask('the past', 'how much did the 2017 plan save a year', [/£\s?8\s?m|8 million|eight million/i]),
  teams('the past', 'what happened to Shoreditch police station desk', [/2017/]),
  teams('the past', 'Eltham police station closed when?', [/2017/]),

  // =========================================================================
  // THE DATA'S CONFLICTING SOURCES
  // =========================================================================
  ask('the past', 'someone told me Woodford police station is open Monday to Friday 9 to 5, right?', [WOODFORD_NO_COUNTER], [SAYS_YES]),
  ask('the past', 'was Barkingside police station 24 hours in 2017?', [SOURCES_DIFFER]),
  ask('still open or closing', 'I read the February closures were paused - did they go ahead?', [/28 Feb|went ahead|closed|one (?:outlet|source|report)|uncorroborated|not confirmed|no other/i]),
  ask('the past', 'what year did Notting Hill police station close', [/2017/, /2019|conflict|disagree|differ|some sources|one source|another|unclear|uncertain/i]),
  ask('still open or closing', 'a board summary in December 2025 said Lavender Hill front office was closing, is that true?', [LAVENDER_HILL, anyOf(STAYS_OPEN, WEEKDAYS)]),
  ask('the past', 'was Kingston police station on the August 2025 closure list?', [KINGSTON, /reduc|hours|kept|keep|stay|conflict|one source|Lib Dem|not on/i]),
  ask('still open or closing', 'how many officer hours a month do the counter cuts free up', [/3,?000|3,?752|2,?900/]),
  ask('the past', 'was it 63 or 65 counters that closed in 2013?', [/\b63\b/, /\b65\b/]),
  ask('the past', 'when did Shoreditch police station front desk close, November or December 2017?', [/2017/]),
  ask('the past', 'Paddington Green police station, was it open 8 till 6 every day?', [/40 hours|conflict|unreliab|low[- ]reliab|not (?:sure|certain|confirmed)|one source|blog|disagree|undated/i]),

  // =========================================================================
  // LISTS
  // =========================================================================
  ask('lists', 'give me every London police station open 24 hours now', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'count of police front desks left open London-wide these days?', [COUNTERS_NOW]),
  ask('lists', 'list the police front counters that closed on 28 February', [/Chingford/i, /Twickenham/i, /Wimbledon/i, /Pinner/i]),
  ask('lists', 'which boroughs have no police front counter at all', NO_COUNTER_BOROUGHS),
  ask('lists', 'all the police counters in south east London please', [LEWISHAM, PLUMSTEAD]),
  ask('lists', 'which police stations were reprieved in October 2025', [REPRIEVED]),
  ask('lists', 'list the police front counters in north London', [anyOf(EDMONTON, TOTTENHAM, COLINDALE, ISLINGTON, KENTISH_TOWN)]),
  ask('lists', 'what front counters are there in west London', [anyOf(ACTON, HAMMERSMITH, HAYES, HOUNSLOW)]),
  ask('lists', 'which counters closed in the 2017 cuts? a few examples is fine', [anyOf(/Chiswick/i, /Kilburn/i, /Streatham/i, /Uxbridge/i, /Fulham/i, /Wandsworth/i, /Holborn/i)]),
  ask('lists', 'full list of open police counters with their opening hours', [COUNTERS_NOW, WEEKDAYS]),
  ask('lists', 'which stations still open on Sunday evenings after 7pm', [CHARING_CROSS, LEWISHAM]),
  teams('lists', 'list 24/7 desks', [CHARING_CROSS, LEWISHAM]),
  teams('lists', 'all east london counters?', [anyOf(STRATFORD, BETHNAL_GREEN, ILFORD, DAGENHAM, ROMFORD)]),

  // =========================================================================
  // COMPARISONS
  // =========================================================================
  ask('comparison', 'does Brixton or Walworth stay open later on a Saturday?', [SAME]),
  ask('comparison', 'Croydon vs Sutton police station - which opens earlier on Sunday?', [SAME]),
  // SE21 7: Brixton 3.02 vs Lewisham 5.50 (SE21: Brixton 3.34 vs Lewisham 6.10).
  ask('comparison', 'from SE21 7 is Brixton or Lewisham police station closer', [saysNearer(BRIXTON)], [saysNearer(LEWISHAM)]),
  // SM5 4: Sutton 2.18 vs Croydon 5.56.
  ask('comparison', 'for SM5 4, which is nearer: Croydon or Sutton police?', [saysNearer(SUTTON)], [saysNearer(CROYDON)]),
  ask('comparison', 'is Lewisham open longer than Bromley on a weekday?', [LEWISHAM, OPEN_24]),
  ask('comparison', 'which is open at 11pm tonight, Charing Cross or Kentish Town?', [CHARING_CROSS, anyOf(SHUT_THEN, at(22))]),
  ask('comparison', 'how do the hours now compare with before March 2026 at Ilford', [ILFORD, WEEKDAYS, OPEN_24]),
  teams('comparison', 'edmonton or tottenham closer to N17 8?', [saysNearer(TOTTENHAM)], [saysNearer(EDMONTON)]), // Tottenham 1.55 vs Edmonton 2.15; N17 0.77 vs 2.82
  ask('comparison', 'are there more front counters now than in 2017?', [/fewer|less|no|down|27|38|35/i]),

  // =========================================================================
  // CONVERSATIONS: two and three turns
  // =========================================================================
  // Another day.
  talk([{ say: 'is Croydon police station open today', must: [CROYDON, OPEN] }, { say: 'and on sunday?', must: [WEEKENDS] }]),
  talk([{ say: 'acton police opening hours', must: [ACTON, WEEKDAYS] }, { say: 'what about boxing day', must: [NOT_KNOWN] }]),
  talk([{ say: 'when does Tottenham police station open on Monday', must: [TOTTENHAM, at(10)] }, { say: 'and saturday morning?', must: [at(9)] }]),
  talk([{ say: 'Romford police station hours tomorrow', must: [ROMFORD, WEEKENDS] }, { say: 'ok and next Thursday?', must: [WEEKDAYS] }]),
  talk([{ say: 'is Hayes police counter open on Sunday', must: [HAYES, WEEKENDS] }, { say: 'and Wednesday evening?', must: [at(22)] }]),
  // Another time.
  talk([{ say: 'is the Kingston police desk open now', must: [KINGSTON, OPEN] }, { say: 'what about at 10.30 tonight', must: [anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'Stratford police counter, open at 9pm?', must: [STRATFORD, OPEN] }, { say: 'and at 9pm on Saturday?', must: [anyOf(SHUT_THEN, at(19))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'can I get to Bexleyheath police before 10am Monday', must: [BEXLEYHEATH, at(10)] }, { say: 'how late can I come that day then', must: [at(22)] }]),
  talk([{ say: 'Brixton police station open at 8.30am tomorrow?', must: [BRIXTON, anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] }, { say: 'what about 9.30?', must: [OPEN] }]),
  // Another desk.
  talk([{ say: 'what time does Wembley police station close tonight', must: [WEMBLEY, at(22)] }, { say: 'and Colindale?', must: [COLINDALE, at(22)] }]),
  talk([{ say: 'Islington police station hours on Saturday', must: [ISLINGTON, WEEKENDS] }, { say: 'same for Kentish Town?', must: [KENTISH_TOWN, WEEKENDS] }]),
  talk([{ say: 'is Lewisham police station open 24 hours', must: [LEWISHAM, OPEN_24] }, { say: 'is Bromley too?', must: [BROMLEY, NOT_24] }]),
  // The nearest 24-hour desk after the nearest one.
  talk([{ say: 'nearest police desk to NW4 4', must: [COLINDALE] }, { say: "which one's open all night though", must: [CHARING_CROSS, OPEN_24] }]), // 24h: Charing Cross 11.52 vs Lewisham 20.77
  talk([{ say: 'closest police counter to SE10 0', must: [LEWISHAM] }, { say: 'is that one open through the night', must: [OPEN_24] }]), // SE10 0: Lewisham 3.49 vs Stratford 5.27
  talk([{ say: 'nearest police station to IG8 8', must: [ILFORD] }, { say: 'and the nearest 24/7 one?', must: [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24] }]), // IG8 8: Ilford 4.95 vs 7.77; IG8 6.12 vs 6.76; 24h 16.01 vs 16.03
  talk([{ say: 'Hammersmith police desk open right now?', must: [HAMMERSMITH, OPEN] }, { say: 'what about 3am, where would I go then', must: [CHARING_CROSS] }]), // 24h from W6: Charing Cross 7.44 vs Lewisham 15.49
  talk([{ say: 'police counter nearest E5 0', must: [STOKE_NEWINGTON] }, { say: 'which 24h desk is closest to there', must: [CHARING_CROSS, OPEN_24] }]), // E5 0: 2.13 vs 3.01; 24h 7.45 vs 10.43
  // A postcode or place given after being asked.
  talk([{ say: "where's the nearest police station to me", must: [ASKS_WHERE] }, { say: 'SE3 8', must: [LEWISHAM] }]), // SE3 8: Lewisham 3.20 vs Plumstead 4.57; SE3 2.17 vs 5.58
  talk([{ say: 'I need to find a police front desk near me', must: [ASKS_WHERE] }, { say: 'HA5 3', must: [WEMBLEY] }]), // HA5 3: Wembley 7.93 vs Hayes 8.89; HA5 7.37 vs 8.46
  talk([{ say: 'could you point me to the police counter closest to where I live', must: [ASKS_WHERE] }, { say: "I'm in Haggerston", must: [anyOf(BETHNAL_GREEN, STOKE_NEWINGTON, ASKS_FOR_POSTCODE)] }]),
  talk([{ say: 'which police station should I go to', must: [ASKS_WHERE] }, { say: 'Notting Hill Gate', must: [anyOf(HAMMERSMITH, ASKS_FOR_POSTCODE)] }]),
  talk([{ say: 'i need a police station, any idea which one', must: [ASKS_WHERE] }, { say: 'CR0 4', must: [CROYDON] }, { say: 'is it open on Sunday', must: [WEEKENDS] }]), // CR0 4: Croydon 1.65 vs Sutton 5.05
  talk([{ say: 'nearest police front desk to my flat?', must: [ASKS_WHERE] }, { say: 'near Camden Market', must: [anyOf(KENTISH_TOWN, ASKS_FOR_POSTCODE)] }, { say: 'what time does it shut today', must: [at(22)] }]),
  talk([{ say: 'where can I speak to the police in person', must: [ASKS_WHERE] }, { say: 'SW17 6', must: [LAVENDER_HILL] }]), // SW17 6: 3.94 vs Brixton 4.73; SW17 3.75 vs 5.22
  talk([{ say: 'closest cop shop?', must: [ASKS_WHERE] }, { say: 'south ealing', must: [anyOf(ACTON, ASKS_FOR_POSTCODE)] }], 'msteams'),
  // Three turns: place, hours, another day.
  talk([{ say: 'nearest police station to N14 6', must: [EDMONTON] }, { say: 'hours?', must: [WEEKDAYS] }, { say: 'and at the weekend', must: [WEEKENDS] }]), // N14 6: 4.44 vs 5.86
  talk([{ say: 'police counter nearest SM1 1', must: [SUTTON] }, { say: 'open now?', must: [OPEN] }, { say: 'and at 8pm Sunday?', must: [anyOf(SHUT_THEN, at(19))], mustNot: [SAYS_YES] }]), // SM1 1: 0.56 vs 6.91
  talk([{ say: 'closest police station to TW7 7', must: [HOUNSLOW] }, { say: 'address?', must: [/Montague Road|TW3 1LB/i] }]), // TW7 7: 2.23 vs 6.32
  talk([{ say: 'Walworth police station address please', must: [/Manor Place|SE17 3BB/i] }, { say: 'open saturday?', must: [WEEKENDS] }]),
  talk([{ say: 'where is the Charing Cross police station', must: [CHARING_CROSS_ADDRESS] }, { say: 'open at 4am?', must: [OPEN_24] }]),
  talk([{ say: 'address of Lewisham police station', must: [LEWISHAM_ADDRESS] }, { say: 'thanks, and is it open all day Sunday', must: [OPEN_24] }]),
  // Closures and the past in conversation.
  talk([{ say: 'is Pinner police station open', must: [CLOSED], mustNot: [SAYS_YES] }, { say: 'so where do I go now', must: [WEMBLEY] }]), // Pinner HA5 3EJ: Wembley 7.45 vs Hayes 8.69; HA5: Wembley 7.37 vs Hayes 8.46
  talk([{ say: 'did Mitcham police station close?', must: [CLOSED] }, { say: "what's the nearest one to Mitcham now", must: [SUTTON] }]), // CR4 4LA: Sutton 4.64, Croydon 5.91, Lavender Hill 7.19; CR4: Sutton 5.29 vs Croydon 5.76
  talk([{ say: 'Wimbledon nick on Queens Road - what date did the front desk shut?', must: [CLOSED_FEB_2026] }, { say: "didn't it nearly close in 2017 as well?", must: [/court|quash|High Court|2018/i] }]),
  talk([{ say: 'how many counters did London have in 2013 before the cuts', must: [BEFORE_2013] }, { say: 'and how many now', must: [COUNTERS_NOW] }]),
  talk([{ say: 'can I walk into Kensington police station these days', must: [CLOSED], mustNot: [SAYS_YES] }, { say: 'why was it closed', must: [MONEY] }]),
  // Danger arising mid-way.
  talk([{ say: 'what time does Ilford police station close today', must: [ILFORD, at(22)] }, DANGER_TURN("actually there's a man trying to get into my car with me in it right now")]),
  talk([{ say: 'nearest police counter to E15 3', must: [STRATFORD] }, DANGER_TURN("he's back, he's banging on the window and shouting he'll kill me")]), // E15 3: 0.78 vs 4.39
  talk([{ say: 'hi there bot', must: [SAYS_WHAT_IT_DOES] }, DANGER_TURN('my son has just been stabbed outside on the estate, he is losing a lot of blood')]),
  talk([{ say: 'is Sutton police open on Saturday', must: [SUTTON, WEEKENDS] }, DANGER_TURN("wait, someone's setting fire to the bins against our front door, we're inside")]),
  talk([{ say: 'Kentish Town police station hours', must: [KENTISH_TOWN] }, { say: 'ok thanks', must: [THANKS_REPLY] }, DANGER_TURN('oh god my ex is outside the door with a crowbar')]),
  talk([{ say: 'horario de la comisaría de Brixton', must: [LANGUAGE_REPLY(BRIXTON)] }, DANGER_TURN('Hay un hombre intentando entrar en mi casa ahora mismo')]),
  talk([{ say: 'lewisham desk open now?', must: [LEWISHAM, OPEN] }, DANGER_TURN("guy next to me on the platform just pulled a blade, he's going for someone")], 'msteams'),
  talk([{ say: 'Dagenham police station opening hours', must: [DAGENHAM] }, DANGER_TURN("my neighbour has collapsed and her husband is hitting her, I can see through the window")]),
  // Other follow-ups.
  talk([{ say: 'thank you for the info about Croydon', must: [THANKS_REPLY] }, { say: 'one more: Bromley saturday hours?', must: [BROMLEY, WEEKENDS] }]),
  talk([{ say: 'hello, who are you?', must: [A_BOT] }, { say: 'ok, is Edmonton police open now', must: [EDMONTON, OPEN] }]),
  talk([{ say: 'nearest police desk to Arnos Grove', must: [anyOf(EDMONTON, TOTTENHAM, ASKS_FOR_POSTCODE)] }, { say: 'which of those is nearer?', must: [anyOf(EDMONTON, TOTTENHAM)] }]),
  talk([{ say: 'Plumstead police hours', must: [PLUMSTEAD, WEEKDAYS] }, { say: 'bye', must: [BYE] }]),

  // =========================================================================
  // ABOUT THE SERVICE
  // =========================================================================
  ask('about the service', 'who actually runs this chat thing', [anyOf(A_BOT, SOURCES, /independent|not (?:an )?official|not (?:run by|part of)/i)]),
  ask('about the service', 'am I talking to a real officer?', [A_BOT]),
  ask('about the service', 'where do you get your opening times from', [SOURCES]),
  ask('about the service', 'how current is your information about police counters', [UP_TO_DATE]),
  ask('about the service', 'do you store what I type here?', [PRIVACY]),
  ask('about the service', 'can the police see this conversation', [PRIVACY]),
  ask('about the service', 'what kind of stuff are you able to tell me about', [SAYS_WHAT_IT_DOES]),
  ask('about the service', 'is this the official Met Police website chat', [anyOf(A_BOT, /not (?:the |an )?official|independent|not (?:run by|part of)|met\.police\.uk/i)]),
  ask('about the service', 'how do you know which desk is nearest to me', [/distance|straight|postcode|centroid|km|crow/i]),
  ask('about the service', 'are your hours guaranteed to be right', [anyOf(NOT_KNOWN, ONLINE, /check|may change|announced/i)]),
  ask('about the service', 'when was your data last checked', [UP_TO_DATE]),
  ask('about the service', 'which news sources did you use about the closures', [SOURCES]),
  teams('about the service', 'r u a bot', [A_BOT]),
  ask('about the service', 'where does this data come from', [SOURCES]),
  teams('about the service', 'do u keep my messages', [PRIVACY]),

  // =========================================================================
  // SMALL TALK
  // =========================================================================
  ask('small talk', 'good afternoon to whoever is reading this', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'hiya, you alright?', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'cheers, that was really useful', [THANKS_REPLY]),
  ask('small talk', 'ta very much, sorted me right out', [THANKS_REPLY]),
  ask('small talk', 'thats all for now, bye', [BYE]),
  ask('small talk', 'you are a legend', [anyOf(THANKS_REPLY, SAYS_WHAT_IT_DOES, /thank/i)]),
  ask('small talk', 'what can I ask you', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'are you having a good day?', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'morning all!', [SAYS_WHAT_IT_DOES]),
  teams('small talk', 'hey', [SAYS_WHAT_IT_DOES]),
  teams('small talk', 'ty v much', [THANKS_REPLY]),
  teams('small talk', 'cya', [BYE]),

  // =========================================================================
  // OFF-TOPIC
  // =========================================================================
  ask('out of scope', 'what is the best curry house on Drummond Street', OFF_TOPIC_REPLY),
  ask('out of scope', 'can you recommend a good solicitor in Croydon', OFF_TOPIC_REPLY),
  ask('out of scope', "where do I go to renew my kid's passport in a hurry", OFF_TOPIC_REPLY),
  ask('out of scope', "what's the weather going to be like this weekend in London", OFF_TOPIC_REPLY),
  ask('out of scope', 'when is the next bin collection in Lambeth', OFF_TOPIC_REPLY),
  ask('out of scope', "what's the quickest way to get to Stansted airport", OFF_TOPIC_REPLY),
  ask('out of scope', 'what time does Sainsburys in Bromley close', OFF_TOPIC_REPLY),
  ask('out of scope', 'write me a poem about the Thames', OFF_TOPIC_REPLY),
  teams('out of scope', 'football scores?', OFF_TOPIC_REPLY),
  ask('out of scope', 'best pub near Farringdon', OFF_TOPIC_REPLY),

  // =========================================================================
  // REQUESTS IT CANNOT CARRY OUT
  // =========================================================================
  ask('cannot do', 'book me an appointment with an officer at Brixton for Tuesday', [WONT_DO], [STATION_INFO_FIRST]),
  ask('cannot do', 'can you report my stolen bike to the police for me', [WONT_DO]),
  ask('cannot do', 'please send my crime number to my email', [WONT_DO]),
  ask('cannot do', 'could you find out whether my lad got taken into custody at Croydon last night', [WONT_DO]),
  ask('cannot do', 'ring Walworth police and tell them I will be late for my bail appointment', [WONT_DO]),
  ask('cannot do', 'file a complaint against the officer who stopped me yesterday', [WONT_DO]),
  ask('cannot do', 'can you pay my parking fine', [WONT_DO]),
  ask('cannot do', 'look up whether there are any warrants in my name', [WONT_DO]),
  ask('cannot do', 'can you get the police to call me back about my case', [WONT_DO]),
  ask('cannot do', 'reserve me a slot at Islington front desk for 3pm', [WONT_DO]),
  ask('cannot do', 'tell the Kingston desk I found a wallet and will drop it in later', [WONT_DO]),
  ask('cannot do', 'update my address on my firearms licence', [WONT_DO]),
  ask('cannot do', 'can you reopen Twickenham police station', [anyOf(WONT_DO, CLOSED_FEB_2026)]),
  teams('cannot do', 'book video appt with police pls', [WONT_DO]),
  teams('cannot do', 'send officer to my house re noise complaint', [WONT_DO]),

  // =========================================================================
  // OUTSIDE LONDON
  // =========================================================================
  outside('nearest police station to Walton-on-Thames'),
  outside('police front desk in Sunbury'),
  outside('Harpenden police station hours'),
  outside('is there a police counter in Buckhurst Hill'),
  outside("I'm in Theydon Bois, nearest police station?"),
  outside('police station near TN13 1'),
  outside('RH1 2 nearest police front desk'),
  outside('TW18 4 closest police station'),
  outside('CM20 1 police counter'),
  outside('KT12 2 nearest police station'),
  outside('nearest police station to Birmingham New Street'),
  outside('police front counter in Cardiff city centre'),
  outside('hoddesdon police station?'),
  outside('ig10 4 nearest police'),

  // =========================================================================
  // NONSENSE
  // =========================================================================
  ask('nonsense', 'qwertyuiop asdf', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '??!?!', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'banana telephone purple', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'XY00 0XY', [anyOf(PLACE_NOT_FOUND, SAYS_WHAT_IT_DOES, NOT_LONDON)]),
  ask('nonsense', '0000 1111 2222', [SAYS_WHAT_IT_DOES]),
  teams('nonsense', 'hmmmmm', [SAYS_WHAT_IT_DOES]),

  // =========================================================================
  // OTHER LANGUAGES (not danger)
  // =========================================================================
  ask('non-English', 'O której otwiera się posterunek policji w Ilford w sobotę?', [LANGUAGE_REPLY(ILFORD)]),
  ask('non-English', 'La ce oră se închide secția de poliție din Romford astăzi?', [LANGUAGE_REPLY(ROMFORD)]),
  ask('non-English', 'Até que horas fica aberta hoje à noite a esquadra da polícia em Stratford?', [LANGUAGE_REPLY(STRATFORD)]),
  ask('non-English', 'Wembley پولیس اسٹیشن کب کھلتا ہے؟', [LANGUAGE_REPLY(WEMBLEY)]),
  ask('non-English', 'ساعت کاری ایستگاه پلیس Hammersmith چیست؟', [LANGUAGE_REPLY(HAMMERSMITH)]),
  ask('non-English', 'Đồn cảnh sát Lewisham có mở cửa 24 giờ không?', [LANGUAGE_REPLY(LEWISHAM)]),
  ask('non-English', 'À quelle heure ferme le commissariat de Brixton le dimanche ?', [LANGUAGE_REPLY(BRIXTON)]),
  ask('non-English', 'Kengera polîsê ya herî nêzîk a Tottenham kengê vekirî ye?', [LANGUAGE_REPLY(TOTTENHAM)]),
  teams('non-English', 'Commissariat le plus proche de SE17 2 ?', [LANGUAGE_REPLY(WALWORTH)]), // SE17 2: Walworth 0.72

  // =========================================================================
  // TWO QUESTIONS IN ONE
  // =========================================================================
  ask('two questions in one', 'what time does Hounslow police open on Saturday and where is it?', [inOrder(HOUNSLOW, /Montague Road|TW3 1LB/i), at(9)]),
  ask('two questions in one', 'is Edmonton open at 9pm tonight and is Tottenham open at 9am Sunday?', [EDMONTON, TOTTENHAM]),
  ask('two questions in one', 'nearest police station to SE6 1 and is it 24 hours?', [LEWISHAM, OPEN_24]), // SE6 1: Lewisham 2.72 vs Bromley 4.65
  ask('two questions in one', 'did Chingford close, and which desk should Chingford people use now?', [CLOSED, anyOf(EDMONTON, ILFORD, STRATFORD, TOTTENHAM)]),
  ask('two questions in one', 'Acton police station address and Sunday hours please', [/250 High Street|W3 9BH/i, WEEKENDS]),
  ask('two questions in one', 'how many counters are open now and which are 24/7?', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  ask('two questions in one', 'when did Barking close and what is the nearest desk to IG11 now', [anyOf(CLOSED_FEB_2026, /2013/), ILFORD]), // Barking Learning Centre closed 28 Feb 2026 (the old town-centre station in 2013); IG11: Ilford 3.01 vs Dagenham 5.11
  ask('two questions in one', 'croydon hrs sat + sun?', [CROYDON, WEEKENDS]),

  // =========================================================================
  // TIMES AS PEOPLE SAY THEM
  // =========================================================================
  openAt('is Stoke Newington police open at teatime today', STOKE_NEWINGTON, 'times as people say them'),
  openAt('Bromley police station first thing Monday, like ten-ish?', BROMLEY, 'times as people say them'),
  openAt('can I pop into Ilford police station after lunch tomorrow', ILFORD, 'times as people say them'),
  shutAt('is Croydon police station open at the crack of dawn on Sunday, like 6', CROYDON, 9, 'times as people say them'),
  shutAt('Hammersmith police desk at quarter to eight on Saturday evening?', HAMMERSMITH, 19, 'times as people say them'),
  shutAt('will Islington police be open after closing time at the pub tonight, say half eleven', ISLINGTON, 22, 'times as people say them'),
  openAt('Lewisham police in the early hours of Sunday, anyone at the desk?', LEWISHAM, 'times as people say them'),
  openAt('Kentish Town police station this evening around 8', KENTISH_TOWN, 'times as people say them'),

  // =========================================================================
  // MORE OF THE KINDS WHOSE WORDING VARIES MOST (service, small talk, requests
  // it cannot carry out, lists, the past, the City)
  // =========================================================================
  ask('about the service', 'can I trust what you tell me about opening hours', [anyOf(NOT_KNOWN, ONLINE, /check|may change|announced/i)]),
  ask('about the service', 'which people built this chatbot', [anyOf(A_BOT, /independent|not (?:an )?official|built|developer|made/i)]),
  ask('about the service', 'do you track my location', [anyOf(PRIVACY, /location|postcode/i)]),
  ask('about the service', 'what languages can you reply in', [/English|Language ?Line|interpret|language/i]),
  ask('about the service', 'are you hooked up to the police computer system', [anyOf(A_BOT, /\bnot\b|\bno\b|don't|do not|independent/i)]),
  ask('about the service', 'why would anyone even go to a police front counter in person these days', [/report|lost property|crime|document|in person|speak/i]),
  ask('small talk', "you're about as useful as a chocolate teapot", [anyOf(SAYS_WHAT_IT_DOES, /sorry/i)]),
  ask('small talk', 'nice one bruv', [anyOf(THANKS_REPLY, SAYS_WHAT_IT_DOES)]),
  ask('small talk', 'good night, take care', [BYE]),
  ask('small talk', 'have you got a name or what', [anyOf(A_BOT, SAYS_WHAT_IT_DOES)]),
  ask('cannot do', 'can you give me the phone number of the detective on my case', [WONT_DO]),
  ask('cannot do', 'email Lewisham police station for me saying I lost my passport', [WONT_DO]),
  ask('cannot do', 'can you get my impounded car released', [WONT_DO]),
  ask('cannot do', 'get me a copy of my DBS certificate', [WONT_DO]),
  ask('cannot do', 'tell me who reported me to the police', [WONT_DO]),
  ask('lists', 'name every police front desk in south London', [anyOf(BRIXTON, WALWORTH, LAVENDER_HILL, CROYDON, LEWISHAM)]),
  ask('lists', 'which front counters used to be open 24/7 before March 2026', [anyOf(/\b32\b|thirty[- ]two/i, ACTON, BRIXTON, DAGENHAM)]),
  ask('lists', 'list the counters that shut in Merton and Richmond', [/Wimbledon/i, /Mitcham/i, /Twickenham/i]),
  ask('lists', 'what police front desks are left in Westminster', [CHARING_CROSS]),
  ask('the past', 'how many counters were closed under the 2017 plan', [/\b3[6-8]\b|thirty[- ]s(?:even|ix)|thirty[- ]eight/i]),
  ask('the past', 'when did the 2013 counter changes go live', [/24 Jun(?:e)?|June 2013|Jun 2013/i]),
  ask('the past', 'what budget gap was behind the 2013 closures', [/£\s?500|500\s?m|half a billion/i]),
  // Lloyd's building: Bethnal Green 2.59, Walworth 2.85; EC3M Bethnal Green 2.67, Walworth 2.73.
  cityPlace("nearest police desk to the Lloyd's building", BETHNAL_GREEN, WALWORTH),
  // Postman's Park: Charing Cross 2.02, Islington 2.14; EC1A Islington 1.55, Charing Cross 1.85.
  cityPlace("Postman's Park, which police station is closest", CHARING_CROSS, ISLINGTON),
  // Finsbury Circus: Islington 2.46, Bethnal Green 2.59; EC2M Islington 2.41, Bethnal Green 2.49.
  cityPlace('Finsbury Circus nearest police front counter', ISLINGTON, BETHNAL_GREEN),
];
