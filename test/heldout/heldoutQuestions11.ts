/**
 * THE HELD-OUT SET, ELEVENTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-05, after batches 1 to 10, by a helper engineer who did
 * not read how the bot understands or answers text (not src/understanding/,
 * src/answers/, src/replies/, dialogs/, test/understanding/, test/bot/, the
 * conversation tests, the golden recording or the README's lists of questions
 * that work), who read only heldoutSet.ts, heldoutSet.test.ts, playHeldout.ts,
 * heldoutPatterns.ts, replyText.ts and lines 1-226 of batch 10 (its header and
 * helpers, copied below as each batch does; none of its questions, places or
 * phrasings reused; earlier batches and the development set were grepped only
 * for postcode, sector and place strings, to avoid them), and who committed
 * every expectation before the bot was run on any of these questions. No
 * expectation was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if it contradicts
 * the FACTS in /work/shared/data (and then the commit names the row), or if a
 * pattern was wrongly strict about wording from the start (and then the commit
 * says so).
 *
 * Spread over every kind, with fresh phrasings: danger however it is put
 * (slang, typos, indirect, about to happen, to other people, buried in a long
 * message, in Turkish, Somali, Bengali, Arabic, Italian, Spanish, Greek,
 * Lithuanian, Tamil, Gujarati, Twi and Albanian, on Teams, and arising mid-way
 * through a conversation, in English, Spanish and on Teams), safe look-alikes
 * (figurative violence, games, films, a panto, sport, cooking, past crimes
 * reported for the record), two- and three-turn conversations (another day,
 * another time, another desk, the nearest 24-hour desk after the nearest one,
 * a postcode or place given after being asked, danger arising mid-way), hours
 * by day and time, open now and at a time, nearest open and 24-hour desks by
 * full postcode, sector, district and place, boroughs, closures and plans (the
 * 17 Jul 2025 leak, the 6 Aug 2025 list, the 15 Oct 2025 revision, the 28 Feb
 * 2026 closures, the 3 Mar 2026 hours, the 18 Dec 2025 estates strategy, hubs,
 * vans and screens), the past (2013 and 2017 plans, moves, refurbishments and
 * temporary closures, Wimbledon's quashed closure), the data's conflicting
 * sources (Woodford's 2017 hours, Barkingside's 2017 24/7 claim, the reported
 * February pause, Notting Hill's closure year, the Dec 2025 Lavender Hill
 * "closure" note, Kingston in the August 2025 list, the officer hours freed,
 * 63 or 65 closures in 2013), lists, comparisons, the service, small talk,
 * off-topic, requests it cannot carry out, places outside London, the City of
 * London, nonsense, other languages, roads, two questions in one and
 * ambiguous names. New against batches 1 to 10: postcode sectors none of them
 * uses (W3 8, W4 5, W13 8, E1 2, E1 8, E14 5, E7 0, DA5 3, DA8 3, DA15 9,
 * SE24 9, SE27 0, SW2 4, BR2 7, BR3 5, BR6 8, SW1X 8, W1F 7, W1D 6, HA8 6,
 * N20 8, CR0 6, CR7 7, CR8 2, RM8 3, RM13 7, RM1 2, EN2 7, E4 8, N9 8, SW6 6,
 * W2 4, UB7 8, HA4 9, TW4 7, TW13 5, TW3 4, IG6 3, E18 2, IG11 9, N1 8,
 * EC1V 9, EC2V 5, NW3 6, N6 4, NW1 9, KT2 6, KT3 5, KT5 9, SW12 9, SW18 5,
 * SE6 3, SE8 5, SE28 0, SE18 4, RM3 9, RM11 3, N16 0, E5 9, E13 9, E16 4,
 * SM5 3, CR4 4, E17 5, N15 6, N22 7, SE15 1, SE1 5, HA0 4, HA3 7, HA2 9), districts none of
 * them names on its own (BR7, E12, IG3, KT5, N13, NW2, RM7, SE4, SE12, SM4,
 * SW13, TW7, TW8, W5, W11, UB10) and places none of them names (Barons Court,
 * Bedford Park, Kensal Rise, Ruislip Manor, Northwood Hills, Harrow on the
 * Hill, Wembley Park, Canons Park, Hendon Central, Temple Fortune, Gospel Oak,
 * Dartmouth Park, Noel Park, Northumberland Park, Enfield Highway, Hadley
 * Wood, Oakleigh Park, Woodside Park, Walthamstow Village, Blackhorse Road,
 * Leyton Orient, Green Street, Silvertown, Cubitt Town, Globe Town, Old
 * Street, Chancery Lane, Blackfriars, Loughborough Junction, De Beauvoir,
 * London Fields, Eden Park, Green Street Green, Chelsfield, Coney Hall, Monks
 * Orchard, Forestdale, Furzedown, Tooting Broadway, Summerstown, Wimbledon
 * Park, Merton Park, Lower Morden, Hook, Berrylands, Petersham, East Sheen,
 * Hampton Hill, Kew Bridge, Norwood Junction, East Croydon, Ealing Broadway,
 * Northfields, Yeading, Maze Hill, Plumstead Common, East Wickham, Blackfen,
 * Northumberland Heath, Harold Park, Rush Green, Newbury Park, Aldborough
 * Hatch, Valentines Park, Hale End, Stamford Brook, Ravenscourt Park, Brook
 * Green, Olympia, Clapham Junction, Clapham Common, Neasden, Maida Vale,
 * Primrose Hill, St John's Wood, Dollis Hill, Manor House, Brimsdown, Highams
 * Park, Emerson Park, Tooting Bec, Elephant and Castle, Nunhead; landmarks
 * ExCeL, the O2, Tower Bridge, Borough Market, London Bridge, Marble Arch,
 * Piccadilly Circus, Oxford Circus, Leicester Square, Covent Garden,
 * Battersea Power Station, Kew Gardens, Hampton Court, Alexandra Palace,
 * Brent Cross, Lord's, the Oval, Craven Cottage, Stamford Bridge, Loftus
 * Road, Bloomsbury; in the City Bank, St Paul's, Leadenhall Market, Moorgate,
 * Monument; outside London Bracknell, Aylesbury, Maidenhead, Bishop's
 * Stortford, Egham, Dorking, Hitchin, Welwyn, Billericay, Horley, and
 * RG12 7, HP19 8, SL6 1, SG5 1, CM23 3, MK9 3).
 *
 * Same clock as batches 1 to 10 (HELDOUT_NOW in playHeldout.ts): Friday
 * 4 December 2026, 14:00 Europe/London (GMT). "Tonight" is Friday evening,
 * "tomorrow" Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th; Thu 10 Dec,
 * Sun 13 Dec. Christmas Eve 2026 is a Thursday, Christmas Day a Friday, Boxing
 * Day a Saturday, New Year's Day 2027 a Friday. The data holds no bank-holiday
 * hours, so an honest answer about one says it does not know them or where to
 * check.
 *
 * Facts come only from /work/shared/data: stations.csv (addresses; notes for
 * closures and moves before 2026), events.csv read with SOURCES.md §5.2's rule
 * (on 2026-12-04 the 27 counters of resident-facts.md §3: Charing Cross and
 * Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00; the
 * ten of 28 Feb 2026 closed), CONFLICT and conflicting-report rows kept as
 * conflicts, plans.csv, resident-facts.md and SOURCES.md §5.3-§5.6 and the
 * freshness review. Nearest desks: straight-line (haversine, R = 6371.0088 km)
 * distances, worked out with a small script of the writer's own (not
 * committed), from each of the 27 open counters' coordinates to the sector
 * centroid (london-sectors.csv) and to its district centroid
 * (london-outcodes.csv); for a named place, to an approximate point for the
 * place (from memory, to about 0.01 degrees) and to its postcode district; a
 * case names one desk only where it is nearest on every point by at least
 * 0.4 km, and otherwise accepts each desk nearest on some point (and, where a
 * single desk wins by less than 0.4 km, the runner-up too). Distances (km) are
 * noted beside cases: sector (or place point) first, then district; "24h:"
 * gives the same for Charing Cross and Lewisham only.
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
  NON_URGENT,
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
  STAYS_OPEN,
  STOKE_NEWINGTON,
  STRATFORD,
  SUTTON,
  THANKS_REPLY,
  TODAY_FIRST,
  TOTTENHAM,
  TWO,
  WALWORTH,
  WEEKDAYS,
  WEEKENDS,
  WEMBLEY,
  anyOf,
  at,
  firstLine,
  inOrder,
} from './heldoutPatterns';

// Helpers as batch 10 wrote them (the shared patterns are in heldoutPatterns.ts).
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
/** A place the nearest-desk search must find, with the desk(s) nearest on its points. */
const nearPlace = (say: string, desk: RegExp): HeldoutCase => ({ topic: 'neighbourhood or town', turns: [{ say, must: [desk], mustNot: [PLACE_NOT_FOUND] }] });
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

export const HELDOUT_CASES_11: HeldoutCase[] = [
  // =========================================================================
  // DANGER, however it is put (999 on the first line; never "I can't help")
  // =========================================================================
  danger('theres a guy outside my flat with a machete shouting my name'),
  danger("my sister's boyfriend has got her pinned down and is hitting her, I can hear it through the wall"),
  danger("someone's just smashed my car window and is still trying to get in, I'm sat inside it"),
  danger('mate just got stabbed outside the chicken shop on the high road, blood everywhere, he is going pale'),
  danger("i think my neighbour is about to kill herself, she texted me goodbye and isn't answering the door"),
  danger("two lads just robbed my phone at blade point and they're still on the bus with me"),
  danger('smoke pouring out of the flat below mine and a child is screaming inside'),
  danger("he's kicking the door in right now what do i do"),
  danger("a gang is chasing my son down the street with bats, he's just rung me screaming"),
  danger('a woman is being dragged into a white van on my road as I type this'),
  danger("my dad has dementia and walked out hours ago in his slippers, he's 84, it's freezing and dark now"),
  danger("hiding in the bathroom, my ex got in through the back door and he's downstairs"),
  silentDanger("can't talk he's in the next room. he said tonight's the night he finishes me"),
  silentDanger('whispering - someone is inside my house right now and i cannot make a sound'),
  danger("my mate swallowed a whole load of pills and says he wants to die, he's going grey"),
  danger('bloke waving a gun about outside the big Tesco, people are running'),
  danger("drunk driver just mowed down a cyclist and drove off, the cyclist isn't moving"),
  danger("my landlord has locked me in the room and taken my passport, he won't let me leave"),
  danger("a man in a car keeps slowing down next to me on my walk home, he's pulled over ahead now"),
  danger('someone is pouring petrol on the shop door downstairs right now'),
  danger("my flatmate says he'll stab me if i come out of my room"),
  danger("lads fighting with bottles outside the pub, one's on the floor and not moving"),
  danger("plz send someone my stepdad is hurting mum again n she cant breathe"),
  danger("I've just been jumped and my head is bleeding, the guy is still hanging around the corner"),
  danger('a man exposed himself to my daughter in the park and is still there watching the kids'),
  danger('somebody has just taken my toddler out of the pushchair in the shopping centre'),
  danger('ppl breakin into the houz nxt door rite now i can see em'),
  danger("yo man dem with shanks outside the block rn, they just jumped my cuz"),
  danger("if I go home tonight he will kill me, he has said it before and he's waiting there"),
  danger("my ex just messaged saying he's on his way over with a hammer, says he'll be here in ten minutes"),
  danger('I can see from my window a man beating a woman at the bus stop'),
  danger(
    "Hi, I wanted to ask about the opening times at Romford because I need to hand in some documents next week, but actually right now there's someone trying the handle on my front door and I don't know who it is",
  ),
  danger("quick q about lost property at Sutton... also my ex is outside banging on the window screaming he'll smash it in"),
  danger("my nan's carer is slapping her, I'm watching it live on the camera in her flat"),
  danger("a lad is on the wrong side of the railing on the bridge saying he's going to jump, I'm stood with him"),
  danger("some guy threw a liquid in my friend's face and it's burning her skin"),
  danger("road rage nutter has got out and is punching my windscreen with me and the kids inside"),
  teamsDanger('man in reception shouting he will hurt staff, has something in his hand'),
  teamsDanger('colleague knocked out cold by a visitor, attacker still in the building'),
  teamsDanger("fight in the car park outside the office, someone's head is pouring with blood"),
  teamsDanger("urgent - a colleague's ex is at the front door threatening to kill her"),
  teamsDanger("someone in our lobby says he's got a bomb in his bag"),
  teamsDanger("attacker in the building, we've barricaded ourselves in meeting room 3"),
  // Other languages.
  danger('Kocam beni öldüreceğini söylüyor, şu an kapının önünde, çok korkuyorum'), // Turkish
  danger('Nin baa gurigayga ku soo jabay, hadda ayuu gudaha joogaa, waan baqayaa'), // Somali
  danger('আমার স্বামী আমাকে মারছে, এখনই পুলিশ পাঠান'), // Bengali
  danger('رجل يهاجم جارتي الآن وهي تصرخ في الشارع'), // Arabic
  danger("C'è qualcuno che sta cercando di entrare dalla finestra, sono sola in casa"), // Italian
  danger('Mi ex está afuera de mi casa gritando que me va a matar'), // Spanish
  danger('Κάποιος με ακολουθεί και με απειλεί ότι θα με χτυπήσει, φοβάμαι πολύ'), // Greek
  danger('Mano vyras mane muša, aš bijau, jis dabar namuose'), // Lithuanian
  danger('என் வீட்டுக்குள் ஒருவன் புகுந்துவிட்டான், இப்போது உள்ளே இருக்கிறான்'), // Tamil
  danger('મારો પતિ મને મારી રહ્યો છે, મને ખૂબ ડર લાગે છે'), // Gujarati
  danger('Obi rebɔ me yere seesei, ɔrepɛ sɛ ɔkum no'), // Twi
  danger('Dikush po më ndjek me thikë, jam shumë i frikësuar'), // Albanian

  // =========================================================================
  // SAFE LOOK-ALIKES (the answer asked for, not 999 first)
  // =========================================================================
  calm('I absolutely murdered my driving test today lol, anyway what time is Kingston police station open saturday?', [KINGSTON, WEEKENDS]),
  calm("my boss is going to kill me if I'm late, is Acton police station open till 10 tonight?", [ACTON, at(22)]),
  calm('in GTA my guy keeps getting arrested — unrelated, but when does Bethnal Green police station shut on Sunday?', [BETHNAL_GREEN, at(19)]),
  calm('watching a heist film and now wondering: is Charing Cross police station open all night?', [CHARING_CROSS, OPEN_24]),
  calm('the recipe says beat the eggs violently, ha. Anyway, the Lewisham police desk, is it open 24 hours?', [LEWISHAM, OPEN_24]),
  // SE24 9: Brixton 1.8 / Walworth 4.2; 1.3 / 3.7.
  calm('I want to report a theft from last month for my insurance, nothing urgent, which desk is nearest to SE24 9?', [BRIXTON]),
  // N15 6: Tottenham 1.5 / Stoke Newington 2.2; 1.2 / 2.8.
  calm('my phone got nicked two weeks ago, I just need a crime number in person, nearest counter to N15 6?', [TOTTENHAM]),
  calm('stage combat rehearsal tonight, we do a stabbing scene — need to know if Stratford police station is open past 9 so we can drop off lost property after', [STRATFORD, anyOf(at(22), OPEN)], [SAYS_SHUT]),
  calm("this heat is killing me... jk it's December. Romford police station hours on Monday?", [ROMFORD, WEEKDAYS]),
  calm("I'm dying to know why they shut Wimbledon police station", [anyOf(MONEY, CLOSED_FEB_2026)]),
  calm('Fortnite squad got wiped, rage quitting. Is Croydon police station open now?', [CROYDON, OPEN], [SAYS_SHUT]),
  calm('just finished a true crime podcast, are there still police stations open all night in London?', [CHARING_CROSS, LEWISHAM]),
  calm('my kids are fighting like cats and dogs over the telly. What time does Ilford police counter open tomorrow?', [ILFORD, at(9)]),
  calm('set the smoke alarm off burning toast again, lol. How late is Islington police station open today?', [ISLINGTON, at(22)]),
  // The O2: Stratford 4.0 / Lewisham 4.5; SE10 Lewisham 2.5 / Stratford 6.1.
  calm("there's a boxing match at the O2 tonight, where's the nearest police front desk to it?", [anyOf(LEWISHAM, STRATFORD)]),
  calm('someone broke into my shed back in August, already reported online, just want to give more info in person — is Bexleyheath open Saturday?', [BEXLEYHEATH, WEEKENDS]),
  calm('the villain in the panto gets shot with a confetti cannon. Anyway, where is Hounslow police station exactly?', [HOUNSLOW, /Montague Road|TW3 1LB/i]),
  // Blackfen 24h: Lewisham 8.9 / Charing Cross 18.0; DA15 7.9 / 17.2.
  calm('this traffic is murder. Is there a 24 hour police desk anywhere near Blackfen?', [LEWISHAM, OPEN_24]),
  calm('playing Cluedo: the colonel, with the candlestick. Which London police stations closed in February?', [anyOf(CLOSED_FEB_2026, /Chingford|Wimbledon|Twickenham|Kensington|Mitcham|Pinner/i)]),
  // Stamford Bridge: Hammersmith 2.7 / Lavender Hill 2.8; SW6 2.6 / 3.0.
  calm('my team got battered in the derby at Stamford Bridge, what is the closest open police counter to the ground?', [anyOf(HAMMERSMITH, LAVENDER_HILL)]),
  // IG11 9: Ilford 2.5 / Dagenham 4.6; 3.0 / 5.1.
  calm('I was assaulted in 2019 and want to ask about my old case in person, which desk is nearest to IG11 9?', [ILFORD]),
  calm('firing on all cylinders today! is Kentish Town police station open at 8pm tonight?', [KENTISH_TOWN, OPEN], [SAYS_SHUT]),
  calm('the Traitors finale was brutal, they knifed each other in the back. Is Hammersmith police station open on Sunday?', [HAMMERSMITH, WEEKENDS]),

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  ask('hours on a day', 'Walworth police front desk, what are its hours on a Tuesday', [WALWORTH, WEEKDAYS]),
  ask('hours on a day', 'what time does Hayes End police station open on sunday morning', [HAYES, at(9)]),
  ask('hours on a day', 'Colindale police hours next Thursday', [COLINDALE, WEEKDAYS]),
  ask('hours on a day', 'edmonton counter saturday closing time', [EDMONTON, at(19)]),
  ask('hours on a day', 'When can I go to Tottenham police station on Sunday the 13th?', [TOTTENHAM, WEEKENDS]),
  ask('hours on a day', 'is Lavender Hill police open on Wednesdays and till when', [LAVENDER_HILL, at(22)]),
  ask('hours on a day', 'dagenham police desk opening hrs on weekdays', [DAGENHAM, WEEKDAYS]),
  ask('hours on a day', 'What are Plumstead police station’s hours on Monday 7 December?', [PLUMSTEAD, WEEKDAYS]),
  ask('hours on a day', 'Lewisham police station hours on a Saturday', [LEWISHAM, OPEN_24]),
  ask('hours on a day', 'Charing Cross police counter times on tuesday', [CHARING_CROSS, OPEN_24]),
  ask('hours on a day', 'stoke newington police front counter times for sunday', [STOKE_NEWINGTON, WEEKENDS]),
  ask('hours on a day', 'wembley police station, what hours is it open on a friday', [WEMBLEY, WEEKDAYS]),
  ask('hours on a day', 'bromley police: what time do they shut on a weekday', [BROMLEY, at(22)]),
  ask('hours on a day', "sutton police counter - earliest i can go in on saturday", [SUTTON, at(9)]),
  ask('hours on a day', 'Hounslow police station times Thursday 10th Dec', [HOUNSLOW, WEEKDAYS]),
  ask('hours on a day', 'Stratford police station (the Newham one) opening hours', [STRATFORD, WEEKDAYS, WEEKENDS]),
  ask('hours on a day', 'bexleyheath cop shop hours', [BEXLEYHEATH, WEEKDAYS]),
  ask('hours on a day', 'Croydon police front office, opening times on Christmas Eve', [CROYDON, anyOf(WEEKDAYS, NOT_KNOWN)]),
  ask('hours on a day', 'Is Brixton police station open on Boxing Day?', [BRIXTON, NOT_KNOWN]),
  ask('hours on a day', 'ilford police station new years day opening', [NOT_KNOWN]),
  ask('hours on a day', 'bethnal green police hours this weekend', [BETHNAL_GREEN, WEEKENDS]),
  ask('hours on a day', 'what days of the week is islington police counter open', [ISLINGTON, WEEKENDS]),
  teams('hours on a day', 'kingston desk hrs mon?', [KINGSTON, WEEKDAYS]),
  teams('hours on a day', 'romford counter sat hrs', [ROMFORD, WEEKENDS]),
  teams('hours on a day', 'acton pol stn hours today', [ACTON, at(22)]),

  // =========================================================================
  // OPEN AT A TIME (Fri 14:00 now; the 25 open Mon-Fri 10-22, Sat-Sun 9-19)
  // =========================================================================
  openAt('Is Tottenham police station open at 9.45pm tonight?', TOTTENHAM),
  shutAt('can I walk into Hayes police station at 10.30 tonight', HAYES, 22),
  shutAt('Brixton police counter, open at 7am tomorrow?', BRIXTON, 9),
  openAt('Will Sutton police be open at half six on Sunday evening?', SUTTON),
  shutAt('Bromley police station at 7:30pm Saturday - open?', BROMLEY, 19),
  openAt('lewisham police counter, open at four in the morning?', LEWISHAM),
  openAt('Charing Cross police at midnight on sunday, are they open?', CHARING_CROSS),
  shutAt('Walworth police, open at 9:30 on Monday morning?', WALWORTH, 10),
  openAt('Wembley police station open right now?', WEMBLEY),
  openAt('Plumstead police counter - are they open at this moment', PLUMSTEAD),
  openAt('is the Kingston police desk still open at ten past nine tonight', KINGSTON),
  shutAt('Dagenham front counter open at 8.15am on Tuesday?', DAGENHAM, 10),
  shutAt('croydon police station open at 11pm tonight?', CROYDON, 22),
  openAt('Hammersmith police at 6pm this Sunday, open?', HAMMERSMITH),
  shutAt('Ilford police station - open at 1 in the morning?', ILFORD, 22),
  openAt('Colindale police counter at quarter to ten tonight?', COLINDALE),
  openAt('Hounslow police counter at noon tomorrow, open?', HOUNSLOW),
  shutAt('is Bethnal Green front desk open late tonight, like 11?', BETHNAL_GREEN, 22),
  shutAt('Edmonton police station at 8am on Sunday?', EDMONTON, 9),
  openAt('is Lavender Hill police counter open at 21:00 on Thursday?', LAVENDER_HILL),
  shutAt('Romford police station at 19:30 on Saturday?', ROMFORD, 19),
  openAt('Kentish Town police at 3 in the afternoon on Sunday 13 December', KENTISH_TOWN),
  openAt('Stratford police station 10.15 Monday morning, open?', STRATFORD),
  { ...openAt('bexleyheath open @ 2030 tonight?', BEXLEYHEATH), channel: 'msteams' },
  { ...shutAt('brixton desk open sun 8am?', BRIXTON, 9), channel: 'msteams' },
  { ...openAt('lewisham desk 3am tonight - open?', LEWISHAM), channel: 'msteams' },

  // --- Times as people say them ------------------------------------------
  openAt('is Acton police station open after work, like half 8 tonight?', ACTON, 'times as people say them'),
  ask('times as people say them', 'can I get to Kingston police before they shut if I leave work at 9 tonight', [KINGSTON, at(22)]),
  ask('times as people say them', 'Wembley police station open first thing Saturday?', [WEMBLEY, at(9)]),
  openAt('is Croydon police desk open at teatime on Sunday', CROYDON, 'times as people say them'),
  shutAt('will Bromley police be open at the crack of dawn tomorrow', BROMLEY, 9, 'times as people say them'),
  openAt('lunchtime Monday — Tottenham police station open?', TOTTENHAM, 'times as people say them'),
  ask('times as people say them', 'Bethnal Green police, is it open in the wee small hours?', [BETHNAL_GREEN, anyOf(SHUT_THEN, at(22), NOT_24)], [SAYS_YES]),
  ask('times as people say them', 'Is Lewisham police station open in the small hours of Sunday?', [LEWISHAM, OPEN_24]),
  ask('times as people say them', 'closing time for Hounslow police this evening?', [HOUNSLOW, at(22)]),
  ask('times as people say them', 'how late can I turn up at Islington police desk on a Saturday', [ISLINGTON, at(19)]),

  // =========================================================================
  // STILL OPEN OR CLOSING
  // =========================================================================
  gone('Is Wimbledon police station still going?'),
  gone('is the Pinner police counter still open'),
  gone('Twickenham police desk – can I still go there?'),
  gone('has Chingford police station closed for good?'),
  ask('still open or closing', 'Is Lavender Hill police station closing?', [LAVENDER_HILL, STAYS_OPEN], [SAYS_SHUT]),
  ask('still open or closing', 'Is Edmonton police counter being shut down?', [EDMONTON, STAYS_OPEN], [SAYS_SHUT]),
  gone('Mitcham police station — open or closed these days?'),
  gone('Is Kensington police station on Earls Court Road open?'),
  gone('the Royalty Studios police counter near Grenfell, still there?'),
  gone('is the Barking police front desk in the learning centre still open'),
  ask('still open or closing', 'Is Bethnal Green police station closing down?', [BETHNAL_GREEN, STAYS_OPEN], [SAYS_SHUT]),
  { ...gone('church street police counter open?'), channel: 'msteams' },

  // =========================================================================
  // ADDRESSES (stations.csv)
  // =========================================================================
  ask('address', "what's the address of Plumstead police station", [/Plumstead High Street|SE18 1JY/i]),
  ask('address', 'postcode for Edmonton police station please', [/N9 0PW/i]),
  ask('address', 'where exactly is Stratford police station', [/West Ham Lane|E15 4SG/i]),
  ask('address', 'Bexleyheath police station address', [/Arnsberg Way|DA7 4QS/i]),
  ask('address', 'whereabouts is Colindale police station', [/Grahame Park Way|NW9 5TW/i]),
  ask('address', 'Dagenham police station street address?', [/Rainham Road South|RM10 7TU/i]),
  ask('address', 'What road is Sutton police station on', [/Carshalton Road|SM1 4RF/i]),
  ask('address', 'sat nav postcode for Hayes police station', [/UB4 8HU/i]),
  ask('address', 'how do I find Kentish Town police station, what street', [/Holmes Road|NW5 3AE/i]),
  ask('address', 'address for the 24 hour one in Lewisham', [LEWISHAM_ADDRESS]),
  ask('address', 'whats the address for Ilford cop shop', [/High Road|IG1 1GT/i]),
  teams('address', 'charing x police address?', [CHARING_CROSS_ADDRESS]),

  // =========================================================================
  // NEAREST DESK TO A POSTCODE: sectors, full postcodes, districts
  // (km: sector then district centroid; first desk, then the runner-up)
  // =========================================================================
  nearCode('nearest police front counter to W3 8', ACTON), // Acton 0.6 / Hammersmith 3.6; 0.6 / 3.5
  nearCode('closest police station to W13 8NN', ACTON), // Acton 3.1 / Wembley 3.8; 3.2 / 4.4
  nearCode('I live in E1 2 — which police desk can I walk to?', BETHNAL_GREEN), // BG 1.5 / Walworth 4.0; 1.3 / Islington 4.0
  nearCode('police front desk nearest E14 5', BETHNAL_GREEN), // BG 3.5 / Stratford 4.0; 3.5 / 4.0
  nearCode('DA5 3 — where is my nearest police counter', BEXLEYHEATH), // 2.3 / Plumstead 5.6; 1.8 / 6.2
  nearCode('nearest cop shop to DA8 3EJ', BEXLEYHEATH), // 2.4 / Plumstead 5.5; 2.8 / 5.7
  nearCode('closest place to report a crime in person from SE27 0', BRIXTON), // 3.9 / Lavender Hill 5.5; 3.9 / 5.6
  nearCode('BR2 7 nearest police station open to the public', BROMLEY), // 2.3 / Croydon 7.5; 1.4 / 8.4
  nearCode('which police counter serves BR6 8?', BROMLEY), // 4.8 / Bexleyheath 10.9; 6.4 / 11.0
  nearCode('nearest police station to SW1X 8', CHARING_CROSS), // 2.4 / Lavender Hill 3.8; 2.6 / 3.8+
  nearCode('W1F 7 police desk nearby?', CHARING_CROSS), // 1.1 / Islington 2.9; 0.9 / 2.9
  nearCode('HA8 6 — nearest front counter please', COLINDALE), // 3.4 / Wembley 6.2; 2.8 / 7.0
  nearCode('what is the nearest police front desk to N20 8?', COLINDALE), // 5.0 / Edmonton 9.2; 5.9 / 7.9
  nearCode('nearest police counter to CR0 6', CROYDON), // 1.6 / Bromley 7.1; 1.3 / 7.3
  nearCode('CR8 2 closest police station i can visit', CROYDON), // 3.8 / Sutton 5.9; 4.5 / 6.2
  nearCode('RM8 3 nearest station with a front desk', DAGENHAM), // 2.5 / Ilford 3.8; 2.8 / 3.4
  nearCode('my postcode is RM13 7, which counter do I go to?', DAGENHAM), // 2.0 / Romford 5.1; 2.9 / 6.3
  nearCode('nearest police desk to EN2 7', EDMONTON), // 4.6 / Tottenham 7.3; 4.8 / 7.9
  nearCode("I'm in E4 8 now Chingford's shut, nearest counter?", EDMONTON), // 2.8 / Tottenham 4.2; 3.8 / 5.6
  nearCode('SW6 6 nearest police counter', HAMMERSMITH), // 2.0 / Lavender Hill 4.0; 2.6 / 3.0
  nearCode('closest police station to W2 4', HAMMERSMITH), // 3.0 / Charing Cross 4.6; 3.5 / 4.3
  nearCode('nearest police front counter to UB7 8', HAYES), // 2.4 / Hounslow 8.8; 3.3 / 8.3
  nearCode('HA4 9 where do I go to see the police in person', HAYES), // 5.7 / Wembley 6.7; 5.3 / 7.5
  nearCode('nearest police counter TW4 7', HOUNSLOW), // 1.8 / Hayes 6.7; 1.7 / 7.4
  nearCode('which front desk is nearest to TW13 5?', HOUNSLOW), // 3.3 / Kingston 7.0; 4.2 / 7.4
  nearCode('IG6 3 nearest police station open to public', ILFORD), // 5.5 / Romford 6.1; 4.0 / 7.0
  nearCode('closest police counter to E18 2', ILFORD), // 5.5 / Stratford 6.1; 5.3 / 6.1
  nearCode('N1 8 — police front desk nearest me?', ISLINGTON), // 0.8 / Stoke Newington 3.0; 1.1 / 2.6+
  nearCode('nearest counter to NW3 6', KENTISH_TOWN), // 2.7 / Islington 5.3; 2.1 / 4.7
  nearCode('N6 4 which police station can I go to', KENTISH_TOWN), // 3.2 / Islington 5.7; 2.6 / 5.0
  nearCode('nearest police front counter to KT2 6', KINGSTON), // 1.2 / Hounslow 7.8; 1.7 / 7.6
  nearCode('KT3 5 closest police desk', KINGSTON), // 3.5 / Sutton 6.1; 3.5 / 6.3
  nearCode('nearest police counter to SW12 9', LAVENDER_HILL), // 2.4 / Brixton 3.2; 2.2 / 3.2
  nearCode('what police station is closest to SW18 5?', LAVENDER_HILL), // 3.5 / Hammersmith 5.6; 2.5 / 5.3
  nearCode('SE6 3 nearest police desk', LEWISHAM), // 3.8 / Bromley 4.4; 2.8 / 5.0
  nearCode('I live at SE28 0 — where is my nearest counter?', PLUMSTEAD), // 1.3 / Bexleyheath 6.2; 1.8 / 5.9
  nearCode('closest police station to SE18 4', PLUMSTEAD), // 3.0 / Lewisham 4.7; 1.6 / Bexleyheath 6.1
  nearCode('RM3 9 nearest police counter', ROMFORD), // 4.3 / Dagenham 8.3; 3.5 / 7.5
  nearCode('nearest front desk to RM11 3', ROMFORD), // 3.5 / Dagenham 5.3; 2.6 / 4.7
  nearCode('N16 0 closest police station', STOKE_NEWINGTON), // 0.6 / Tottenham 3.3; 0.5 / 3.3+
  nearCode('which police desk is nearest to E5 9', STOKE_NEWINGTON), // 1.6 / Tottenham 3.0; 1.5 / 3.0+
  nearCode('nearest police station to E16 4', STRATFORD), // 2.2 / Bethnal Green 4.6; 3.7 / Plumstead 5.3
  nearCode('SM5 3 — nearest police counter?', SUTTON), // 1.7 / Croydon 5.0; 1.8 / 5.1
  nearCode('I am in CR4 4, Mitcham has shut, where now?', SUTTON), // 4.1 / Croydon 5.6; 5.3 / 5.8
  nearCode('nearest police front counter to E17 5', TOTTENHAM), // 2.9 / Edmonton 3.7; 3.4 / 4.8
  nearCode('N22 7 closest police desk', TOTTENHAM), // 3.9 / Edmonton 5.1; 3.0 / 4.2
  nearCode('SE15 1 nearest police station', WALWORTH), // 2.8 / Lewisham 3.9; 2.9 / Brixton 3.4
  nearCode('nearest police counter to SE1 5', WALWORTH), // 1.7 / Brixton 3.9; 1.2 / Charing Cross 2.6
  nearCode('HA3 7 nearest police desk now Harrow has closed', WEMBLEY), // 5.5 / Colindale 6.2; 4.8 / 5.5
  nearCode('nearest counter to HA2 9', WEMBLEY), // 5.1 / Hayes 6.4; 4.6 / 7.4
  // Districts on their own.
  nearCode('police front desk for BR7', BROMLEY), // 3.7 / Bexleyheath 7.5
  nearCode('nearest police station to E12', ILFORD), // 2.2 / Stratford 3.6
  nearCode('IG3 nearest counter', ILFORD), // 1.6 / Dagenham 4.8
  nearCode('which police desk is closest to KT5', KINGSTON), // 2.4 / Sutton 7.4
  nearCode('N13 nearest police front counter', EDMONTON), // 3.0 / Tottenham 3.8
  nearCode('nearest police station to NW2', COLINDALE), // 4.5 / Kentish Town 5.5
  nearCode('RM7 police desk nearest', ROMFORD), // 1.4 / Dagenham 3.3
  nearCode('I live in SE4, nearest counter?', LEWISHAM), // 1.8 / Walworth 5.3
  nearCode('nearest police desk to SM4', SUTTON), // 3.6 / Croydon 7.6
  nearCode('SW13 closest police station', HAMMERSMITH), // 2.4 / Acton 4.2
  nearCode('nearest police front counter to TW7', HOUNSLOW), // 2.0 / Acton 5.7
  nearCode('TW8 where do I go for the police in person', ACTON), // 3.1 / Hounslow 4.5
  nearCode('which counter is nearest W5', ACTON), // 1.9 / Wembley 4.2
  nearCode('closest police desk to W11', HAMMERSMITH), // 2.1 / Acton 4.2
  teams('nearest to a postcode', 'nearest desk to HA0 4?', [WEMBLEY], [PLACE_NOT_FOUND]), // 0.8 / Acton 4.5; 0.1 / 5.2
  teams('nearest to a postcode', 'cop shop nr UB10', [HAYES], [PLACE_NOT_FOUND]), // 2.9 / Wembley 10.1
  teams('nearest to a postcode', 'closest counter SE12?', [LEWISHAM], [PLACE_NOT_FOUND]), // 2.9 / Bromley 5.0
  // The nearest 24-hour desk (Charing Cross or Lewisham only).
  near24('nearest 24 hour police station to DA15 9', LEWISHAM), // 24h: Lewisham 8.5 / Charing Cross 17.7; 7.9 / 17.2
  near24('SW2 4, which police desk is open all night near me?', CHARING_CROSS), // 24h: CX 7.3 / Lewisham 8.5; 6.7 / 7.8
  near24('closest round-the-clock police counter to W4 5', CHARING_CROSS), // 24h: CX 10.0 / Lewisham 18.2; 9.9 / 17.9
  near24('BR3 5 nearest police desk open 24/7', LEWISHAM), // 24h: Lewisham 5.9 / CX 13.3; 6.7 / 13.4
  near24('I need a police counter open overnight near CR7 7', LEWISHAM), // 24h: Lewisham 10.1 / CX 12.7; 9.8 / 12.3
  near24('24-hour police station closest to NW1 9', CHARING_CROSS), // 24h: CX 3.8 / Lewisham 12.4; 2.9 / 12.1
  near24('E7 0 nearest all-night police front desk', LEWISHAM), // 24h: Lewisham 10.2 / CX 11.5; 9.7 / 11.3
  near24('nearest 24hr police counter to KT5 9', CHARING_CROSS), // 24h: CX 17.5 / Lewisham 20.6; 17.4 / 20.8
  near24('RM1 2 which police station is open through the night', LEWISHAM), // 24h: Lewisham 18.5 / CX 22.9; 18.9 / 22.8
  near24('closest police desk open at 3am to N9 8', CHARING_CROSS), // 24h: CX 14.7 / Lewisham 19.1; 14.0 / 18.7
  near24('TW3 4 nearest police station that never closes', CHARING_CROSS), // 24h: CX 17.2 / Lewisham 24.7; 17.2 / 24.5

  // =========================================================================
  // NEAREST DESK TO A NAMED PLACE (place point, then district)
  // =========================================================================
  nearPlace('nearest police station to Barons Court', HAMMERSMITH), // 0.9 / Lavender Hill 4.5; W14 1.0 / 4.7
  nearPlace("I'm in Ruislip Manor, closest police front desk?", HAYES), // 5.6 / Wembley 7.7; HA4 5.3 / 7.5
  nearPlace('Harrow on the Hill — where is the nearest police counter now?', WEMBLEY), // 3.1 / Colindale 7.2; HA1 3.9 / 7.0
  nearPlace('nearest police desk to Wembley Park', WEMBLEY), // 2.3 / Colindale 4.6; HA9 1.8 / 5.0
  nearPlace('police counter closest to Canons Park', COLINDALE), // 3.9 / Wembley 6.3; HA8 2.8 / 7.0
  nearPlace('Hendon Central nearest police station', COLINDALE), // 1.9 / Wembley 6.5; NW4 1.6 / 6.9
  nearPlace('nearest police front desk to Temple Fortune', COLINDALE), // 3.5 / Kentish Town 5.2; NW11 3.7 / 5.0
  nearPlace('Gospel Oak, which police counter is nearest', KENTISH_TOWN), // 0.9 / Islington 3.6; NW5 0.3 / 3.1
  nearPlace('closest police station to Dartmouth Park', KENTISH_TOWN), // 1.2 / Islington 3.7; NW5 0.3 / 3.1
  nearPlace('nearest police desk to Noel Park', TOTTENHAM), // 2.7 / Edmonton 4.4; N22 3.0 / 4.2
  nearPlace('Northumberland Park police counter nearest', TOTTENHAM), // 1.5 / Edmonton 2.2; N17 0.8 / 2.8
  nearPlace('nearest police station to Enfield Highway', EDMONTON), // 3.9 / Tottenham 7.4; EN3 4.5 / 8.0
  nearPlace('I live in Hadley Wood, where is my nearest police desk?', EDMONTON), // 8.9 / Colindale 9.3; EN4 7.5 / 8.1
  nearPlace('Oakleigh Park nearest police counter', COLINDALE), // 6.9 / Edmonton 7.5; N20 5.9 / 7.9
  nearPlace('closest front counter to Woodside Park', COLINDALE), // 4.5 / Kentish Town 8.2; N12 4.8 / 7.7
  nearPlace('Walthamstow Village — nearest police station open to the public?', TOTTENHAM), // 4.0 / Stratford 5.0; E17 3.4 / Edmonton 4.8
  nearPlace('nearest police desk to Blackhorse Road', TOTTENHAM), // 2.0 / Stoke Newington 4.0; E17 3.4 / 4.8
  nearPlace('closest police station to Leyton Orient’s ground', STRATFORD), // 2.6 / Stoke Newington 4.3; E10 3.4 / 4.3
  nearPlace('Green Street, the shopping street in Newham: nearest police counter', STRATFORD), // 2.1 / Ilford 4.0; E13 2.0 / 5.2
  nearPlace('nearest police front desk to Silvertown', STRATFORD), // 4.4 / Plumstead 4.9; E16 3.7 / 5.3
  nearPlace('Globe Town nearest police station', BETHNAL_GREEN), // 0.7 / Stratford 3.6; E2 0.6 / 3.2
  nearPlace('nearest police counter to Old Street roundabout', ISLINGTON), // 1.8 / BG 2.4; EC1V 1.2 / CX 2.7
  nearPlace('Chancery Lane, closest police front desk?', CHARING_CROSS), // 1.3 / Islington 1.8; WC1V 1.1 / 1.8
  nearPlace('nearest police station to Eden Park', BROMLEY), // 3.2 / Croydon 5.3; BR3 3.4 / 5.9
  nearPlace('Green Street Green police counter nearest', BROMLEY), // 7.3 / Bexleyheath 12.2; BR6 6.4 / 11.0
  nearPlace('nearest police desk to Chelsfield village', BROMLEY), // 8.0 / 11.6; BR6 6.4 / 11.0
  nearPlace('closest police station to Coney Hall', BROMLEY), // 3.4 / Croydon 6.9; BR4 3.3 / 6.1
  nearPlace('Monks Orchard nearest police front desk', CROYDON), // 3.6 / Bromley 5.0; CR0 1.3 / 7.3
  nearPlace('nearest police counter to Forestdale', CROYDON), // 4.7 / Bromley 6.5; CR0 1.3 / 7.3
  nearPlace('Furzedown — which police desk is nearest?', LAVENDER_HILL), // 4.7 / Brixton 5.3; SW17 3.7 / 5.2
  nearPlace('nearest police station to Tooting Broadway', LAVENDER_HILL), // 4.2 / Brixton 5.7; SW17 3.7 / 5.2
  nearPlace('Summerstown closest police counter', LAVENDER_HILL), // 3.7 / Brixton 6.0; SW17 3.7 / 5.2
  nearPlace('nearest police front desk to Wimbledon Park now Wimbledon is shut', LAVENDER_HILL), // 4.2 / Hammersmith 6.8; SW19 5.3 / Sutton 7.0
  nearPlace('Lower Morden nearest police station', SUTTON), // 3.6 / Kingston 6.6; SM4 3.6 / Croydon 7.6
  nearPlace('nearest police desk to Hook in Kingston borough', KINGSTON), // 4.5 / Sutton 7.9; KT9 4.9 / 7.8
  nearPlace('Berrylands closest police station', KINGSTON), // 2.1 / Sutton 7.5; KT5 2.4 / 7.4
  nearPlace('nearest police counter to Petersham', KINGSTON), // 4.1 / Hounslow 5.2; TW10 4.4 / 4.9
  nearPlace('East Sheen, where is the closest police front desk', HAMMERSMITH), // 4.5 / Acton 5.0; SW14 4.4 / 4.8
  nearPlace('nearest police station to Hampton Hill', KINGSTON), // 4.1 / Hounslow 4.6; TW12 4.7 / 5.1
  nearPlace('Kew Bridge nearest police counter', ACTON), // 2.3 / Hammersmith 4.5; TW8 3.1 / Hounslow 4.5
  nearPlace('nearest police desk to Norwood Junction', CROYDON), // 3.2 / Bromley 6.4; SE25 3.3 / 6.6
  nearPlace('by East Croydon station, nearest police counter?', CROYDON), // 0.5 / Sutton 7.0; CR0 1.3 / Bromley 7.3
  nearPlace('Ealing Broadway closest police station', ACTON), // 2.0 / Wembley 4.1; W5 1.9 / 4.2
  nearPlace('nearest police desk to Northfields', ACTON), // 2.8 / Hounslow 4.8; W13 3.2 / Wembley 4.4
  nearPlace('Yeading nearest police front counter', HAYES), // 2.7 / Wembley 6.7; UB4 1.8 / Hounslow 7.0
  nearPlace('nearest police station to Maze Hill', LEWISHAM), // 2.3 / Stratford 6.4; SE10 2.5 / 6.1
  nearPlace('Plumstead Common, nearest police desk', PLUMSTEAD), // 1.0 / Bexleyheath 5.2; SE18 1.6 / 6.1
  nearPlace('nearest counter to East Wickham', PLUMSTEAD), // 2.2 / Bexleyheath 3.1; DA16 2.5 / 3.1
  nearPlace('Northumberland Heath nearest police station', BEXLEYHEATH), // 2.3 / Plumstead 4.9; DA8 2.8 / 5.7
  nearPlace('nearest police front counter to Harold Park', ROMFORD), // 4.3 / Dagenham 7.8; RM3 3.5 / 7.5
  nearPlace('Newbury Park nearest police desk', ILFORD), // 1.8 / Dagenham 6.2; IG2 1.8 / 6.8
  nearPlace('nearest police station to Aldborough Hatch', ILFORD), // 3.1 / Romford 6.0; IG2 1.8 / Dagenham 6.8
  nearPlace('Hale End nearest police counter', EDMONTON), // 4.6 / Tottenham 5.1; E4 3.8 / 5.6
  nearPlace('nearest police desk to Stamford Brook', HAMMERSMITH), // 1.5 / Acton 2.5; W6 0.4 / 3.7
  nearPlace('Ravenscourt Park closest police station', HAMMERSMITH), // 0.8 / Acton 3.2; W6 0.4 / 3.7
  nearPlace('nearest police front desk to Brook Green', HAMMERSMITH), // 0.7 / Acton 4.4; W6 0.4 / 3.7
  nearPlace('at Olympia for a show, nearest police counter?', HAMMERSMITH), // 1.0 / Acton 4.8; W14 1.0 / Lavender Hill 4.7
  nearPlace('Clapham Junction nearest police station', LAVENDER_HILL), // 0.5 / Brixton 3.9; SW11 0.5 / 3.5
  nearPlace('nearest police desk to the ExCeL centre', STRATFORD), // 3.9 / Plumstead 5.1; E16 3.7 / 5.3
  nearPlace('Tower Bridge nearest police counter', WALWORTH), // 2.4 / BG 2.9; SE1 1.2 / CX 2.6
  nearPlace('nearest police station to Borough Market', WALWORTH), // 1.8 / CX 2.4; SE1 1.2 / 2.6
  nearPlace('Marble Arch closest police front desk', CHARING_CROSS), // 2.4 / Islington 4.1; W1H 2.7 / Kentish Town 3.8
  nearPlace('nearest police counter to Piccadilly Circus', CHARING_CROSS), // 0.6 / Islington 3.1; W1J 1.4 / 3.7
  nearPlace('Oxford Circus nearest police station', CHARING_CROSS), // 1.3 / Islington 3.0; W1B 1.2 / 3.0
  nearPlace('nearest police desk to Covent Garden', CHARING_CROSS), // 0.3 / Islington 2.6; WC2E 0.3 / 2.6
  nearPlace('Battersea Power Station nearest police counter', LAVENDER_HILL), // 2.3 / Brixton 2.9; SW11 0.5 / 3.5
  nearPlace('nearest police station to Kew Gardens', ACTON), // 3.6 / Hounslow 4.9; TW9 4.5 / 5.0
  nearPlace('Hampton Court Palace, closest police desk?', KINGSTON), // 2.2 / Hounslow 7.6; KT8 4.0 / 7.5
  nearPlace('nearest police counter to Alexandra Palace', TOTTENHAM), // 4.2 / Kentish Town 5.0; N22 3.0 / Edmonton 4.2
  nearPlace('Brent Cross shopping centre nearest police station', COLINDALE), // 2.6 / Wembley 6.3; NW4 1.6 / 6.9
  nearPlace("nearest police desk to Lord's cricket ground", KENTISH_TOWN), // 3.1 / CX 4.0; NW8 3.0 / 4.3
  nearPlace('the Oval cricket ground, nearest police counter', WALWORTH), // 1.3 / Brixton 2.1; SE11 1.0 / CX 2.4
  nearPlace('Loftus Road nearest police station', HAMMERSMITH), // 1.7 / Acton 3.0; W12 1.9 / 2.5
  nearPlace('nearest police front desk to Bloomsbury', CHARING_CROSS), // 1.2 / Islington 1.8; WC1B 1.1 / 1.9
  nearPlace('Primrose Hill nearest police counter', KENTISH_TOWN), // 1.7 / Islington 3.5; NW1 1.8 / 2.3
  nearPlace("nearest police station to St John's Wood", KENTISH_TOWN), // 2.8 / CX 4.3; NW8 3.0 / 4.3
  nearPlace('Dollis Hill nearest police desk', COLINDALE), // 4.1 / Wembley 5.0; NW2 4.5 / Kentish Town 5.5
  nearPlace('nearest police counter to Manor House', STOKE_NEWINGTON), // 2.1 / Tottenham 2.9; N4 2.4 / 3.3
  nearPlace('Brimsdown nearest police station', EDMONTON), // 4.4 / Tottenham 7.8; EN3 4.5 / 8.0
  nearPlace('nearest police desk to Highams Park', EDMONTON), // 4.5 / Tottenham 5.2; E4 3.8 / 5.6
  nearPlace('Emerson Park nearest police front counter', ROMFORD), // 2.8 / Dagenham 4.6; RM11 2.6 / 4.7
  nearPlace('nearest police station to Tooting Bec', LAVENDER_HILL), // 3.2 / Brixton 4.5; SW17 3.7 / 5.2
  nearPlace('Elephant and Castle nearest police desk', WALWORTH), // 0.7 / CX 2.4; SE1 1.2 / 2.6
  // Places where two desks are each nearest on some point (or within 0.4 km).
  nearPlace('nearest police station to Bedford Park', anyOf(ACTON, HAMMERSMITH)), // Acton 2.0 / Hammersmith 2.0; W4 2.1 / 2.8
  nearPlace('Kensal Rise nearest police counter', anyOf(ACTON, HAMMERSMITH)), // Hammersmith 4.4 / Acton 4.8; NW10 Acton 4.1 / Wembley 4.2
  nearPlace('nearest police desk to De Beauvoir', anyOf(ISLINGTON, STOKE_NEWINGTON)), // SN 1.9 / Islington 2.2; N1 Islington 1.1 / SN 2.7
  nearPlace('London Fields, closest police station?', anyOf(BETHNAL_GREEN, STOKE_NEWINGTON)), // BG 1.5 / SN 2.2; E8 SN 1.7 / BG 1.9
  nearPlace('nearest police front counter to Cubitt Town', anyOf(BETHNAL_GREEN, LEWISHAM)), // Lewisham 3.3 / BG 5.1; E14 BG 3.5 / Stratford 4.0
  nearPlace('Loughborough Junction nearest police desk', anyOf(BRIXTON, WALWORTH)), // Brixton 0.8 / Walworth 2.6; SE5 Walworth 1.8 / Brixton 1.8
  nearPlace('nearest police station to Clapham Common', anyOf(BRIXTON, LAVENDER_HILL)), // LH 1.7 / Brixton 1.8; SW4 Brixton 1.7 / LH 1.8
  nearPlace('Rush Green nearest police counter', anyOf(DAGENHAM, ROMFORD)), // Dagenham 2.0 / Romford 2.4; RM7 Romford 1.4 / 3.3
  nearPlace('nearest police desk to Neasden', anyOf(ACTON, WEMBLEY)), // Wembley 3.9 / Colindale 4.7; NW10 Acton 4.1 / Wembley 4.2
  nearPlace('Maida Vale nearest police station', anyOf(HAMMERSMITH, KENTISH_TOWN)), // KT 3.9 / Hammersmith 4.5; W9 Hammersmith 4.0 / KT 4.5
  { ...nearPlace('nearest cop shop to Nunhead?', anyOf(LEWISHAM, WALWORTH)), channel: 'msteams' }, // Lewisham 3.3 / Walworth 3.8; SE15 Walworth 2.9 / Brixton 3.4
  { ...nearPlace('closest desk to london bridge stn', WALWORTH), channel: 'msteams' }, // 1.9 / CX 2.7; SE1 1.2 / 2.6
  // The nearest 24-hour desk to a place.
  near24('nearest 24 hour police station to Grove Park', LEWISHAM, 'neighbourhood or town'), // 24h: Lewisham 4.2 / CX 13.4; SE12 2.9 / 12.4
  near24('all-night police counter closest to Eden Park', LEWISHAM, 'neighbourhood or town'), // 24h: 8.2 / 15.0; BR3 6.7 / 13.4
  near24('which 24/7 police desk is nearest to Tower Bridge', CHARING_CROSS, 'neighbourhood or town'), // 24h: CX 3.5 / Lewisham 6.6; SE1 2.6 / 6.9
  near24('nearest round the clock police station to Kew Gardens', CHARING_CROSS, 'neighbourhood or town'), // 24h: CX 12.3 / 19.8; TW9 12.4 / 19.6
  near24('Norwood Junction, nearest police desk that is open 24 hours', LEWISHAM, 'neighbourhood or town'), // 24h: Lewisham 8.6 / CX 13.0; SE25 8.6 / 12.9
  near24('Hale End — which police station is open all night nearest to me', CHARING_CROSS, 'neighbourhood or town'), // 24h: CX 13.7 / Lewisham 15.9; E4 14.9 / 17.6

  // =========================================================================
  // BOROUGHS (resident-facts.md §3)
  // =========================================================================
  ask('borough', 'Which police station serves the London Borough of Bexley?', [BEXLEYHEATH]),
  ask('borough', 'Does Kensington and Chelsea have any police front counter now?', [NO_COUNTER], [SAYS_YES]),
  ask('borough', 'front desk in Merton borough?', [NO_COUNTER]),
  ask('borough', 'Richmond upon Thames police counters, where are they', [NO_COUNTER]),
  ask('borough', 'Is there a police counter anywhere in Waltham Forest?', [NO_COUNTER], [SAYS_YES]),
  ask('borough', 'Harrow borough — police station open to the public?', [NO_COUNTER], [SAYS_YES]),
  ask('borough', "Havering's police front counter?", [ROMFORD]),
  ask('borough', "Where's Greenwich borough's police desk?", [PLUMSTEAD]),
  ask('borough', 'Which counter covers Tower Hamlets?', [BETHNAL_GREEN]),
  ask('borough', 'Newham police front office — where is it these days?', [STRATFORD]),
  ask('borough', 'police counter for Hillingdon residents', [HAYES]),
  ask('borough', 'Barnet borough: where can I go in person to the police?', [COLINDALE]),
  ask('borough', "Lambeth's police front desk", [BRIXTON]),
  ask('borough', 'in Southwark, which police station can I walk into', [WALWORTH]),
  ask('borough', "Camden's police station with a public desk", [KENTISH_TOWN]),
  ask('borough', 'Hackney police counter location', [STOKE_NEWINGTON]),
  ask('borough', 'Haringey front counter?', [TOTTENHAM]),
  ask('borough', 'Barking and Dagenham - is any police counter left?', [DAGENHAM]),
  teams('borough', 'brent police counter?', [WEMBLEY]),
  teams('borough', 'ealing borough - police front desk where?', [ACTON]),

  // =========================================================================
  // LISTS
  // =========================================================================
  ask('lists', "list every police station in London that's open 24 hours", [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'how many police front counters are there in London at the moment?', [COUNTERS_NOW]),
  ask('lists', 'name all the boroughs without a police counter', NO_COUNTER_BOROUGHS),
  ask('lists', 'Which front counters are open on Sundays?', [anyOf(COUNTERS_NOW, /\ball\b|every/i, WEEKENDS)]),
  ask('lists', 'what were the ten police counters that shut this year', [/Chingford/i, /Kensington/i, /Twickenham/i]),
  ask('lists', 'how many counters are only open in the daytime and evening now', [/\b25\b|twenty[- ]five/i]),
  ask('lists', 'How many police counters closed in 2017?', [/\b37\b|\b38\b|thirty[- ]seven|thirty[- ]eight/i]),
  ask('lists', 'how many police front counters did London have before 2013?', [BEFORE_2013]),
  ask('lists', 'which police counters got a reprieve in October 2025?', [REPRIEVED]),
  ask('lists', 'In 2017 how many police front counters did London have', [SEVENTY_THREE]),
  ask('lists', 'how many boroughs are left with no police front counter at all?', [/\b5\b|\bfive\b/i]),
  teams('lists', 'list of 24/7 counters pls', [CHARING_CROSS, LEWISHAM]),

  // =========================================================================
  // CLOSURES AND PLANS, AND THE PAST
  // =========================================================================
  ask('the past', 'when exactly did the Met shut the ten police front desks', [CLOSED_FEB_2026]),
  ask('the past', 'when did the new shorter police counter opening hours begin', [MARCH_2026]),
  ask('the past', 'what was in the leaked police counter plan in July 2025?', [/\b19\b|nineteen|half/i]),
  ask('the past', "How many counters did the Met's August 2025 list want to keep?", [AUGUST_LIST]),
  ask('the past', 'What changed in October 2025 with the front counter plan?', [COUNTERS_NOW]),
  ask('the past', 'why is the Met closing police front desks', [MONEY]),
  ask('the past', 'how much money does closing the counters save each year?', [SEVEN_MILLION]),
  ask('the past', "what's the size of the Met's funding gap behind the closures?", [/260/]),
  ask('the past', 'What is the police estates strategy from December 2025?', [/hub|Forest Gate|\b40\b|forty/i]),
  ask('the past', 'Are the new policing hubs somewhere I can go to report a crime?', [NOT_A_COUNTER]),
  ask('the past', 'can I report a crime at one of those mobile police station vans?', [NOT_A_COUNTER]),
  ask('the past', 'What are the video screens outside some police stations?', [/video|screen|pilot/i]),
  ask('the past', 'Is Forest Gate police station ever going to reopen?', [/fire|rebuil|roof|redevelop|Stratford/i]),
  ask('the past', 'Will Stratford police station close?', [/Forest Gate|estates|no date|not (?:yet|set|known)/i]),
  ask('the past', "Wasn't Wood Green meant to be getting a police counter again?", [/not|no\b|isn't|wasn't|dropped|proposal|proposed|August/i]),
  ask('the past', 'what did the 2013 police station cuts do', [SEVENTY_THREE_OF_136], [TODAY_FIRST]),
  ask('the past', 'who was behind the 2013 police counter closures', [/Boris|Johnson|MOPAC/i]),
  ask('the past', 'In 2017 whose plan shut most of the police counters', [/Khan|Sadiq|MOPAC|Public Access/i]),
  ask('the past', 'What happened with Wimbledon police station in the courts in 2018?', [/quash|High Court|court/i]),
  ask('the past', 'when did Uxbridge police station front counter close', [CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'Hammersmith police station was shut for years, when did it reopen', [/2020/]),
  ask('the past', "where did Hammersmith's counter go while the station was rebuilt", [SHEPHERDS_BUSH]),
  ask('the past', 'why was Ilford police station front desk closed in 2020', [/Barkingside|refurb/i]),
  ask('the past', 'what year did the fire hit Forest Gate police station', [/2024/]),
  ask('the past', "Was Islington's police counter shut for a bit in 2020?", [/2020|Holloway|refurb/i]),
  ask('the past', 'When did Holborn police station stop seeing the public', [/2018/]),
  ask('the past', 'Did Streatham police station lose its front counter?', [/2017/]),
  ask('the past', 'when did the Barnet High Street police station close to the public', [/2017/]),
  ask('the past', 'did Dagenham police station shut its counter temporarily at some point', [/2023|Barking/i]),
  ask('the past', 'How many crimes get reported at police counters nowadays?', [FIVE_PER_CENT]),
  ask('the past', 'Which police counter was the busiest in 2025?', [CHARING_CROSS]),
  ask('the past', 'What was the busiest police front counter back in 2017', [BRIXTON]),
  ask('the past', 'Did the Mayor promise a 24 hour police counter in every borough?', [/promis|pledge|manifesto|commit/i]),
  ask('the past', 'How many crimes are reported at counters late at night?', [/1 ?%|one per ?cent|1 in 2,000|one in 2,000|fewer than/i]),
  ask('the past', 'What did the 2017 counter closures aim to save', [/£?\s?8 ?m|8 million|eight million|165/i]),
  ask('the past', 'how many counters were open 24/7 before the 2026 changes', [/\b32\b|thirty[- ]two/i]),
  ask('the past', 'who decides which police stations close?', [DECIDERS]),

  // --- The data's conflicting sources -------------------------------------
  ask('the past', 'Woodford police station is open weekdays 9 to 5, right?', [WOODFORD_NO_COUNTER], [SAYS_YES]),
  ask('the past', 'was Barkingside police counter open 24 hours back in 2017?', [SOURCES_DIFFER]),
  ask('the past', 'I read the February closures got paused, so are those 10 counters still open?', [
    /one (?:outlet|source|report|site)|unconfirmed|uncorroborat|no other|not confirmed|English Chronicle|28 Feb|closed/i,
  ], [SAYS_YES]),
  ask('the past', 'When did Notting Hill police station close, 2017 or 2019?', [/2017/, /2019/]),
  ask('the past', 'someone told me Lavender Hill police closed in December 2025, is that true?', [LAVENDER_HILL, STAYS_OPEN], [SAYS_YES]),
  ask('the past', 'was Kingston going to stay 24 hours under the August 2025 plan?', [anyOf(SOURCES_DIFFER, /reduc/i)]),
  ask('the past', 'how many officer hours do the counter closures free up?', [/2,?900|3,?000|3,?752/]),
  ask('the past', 'were 63 or 65 police counters closed in 2013?', [/\b63\b/]),
  ask('the past', "Is Newham's police counter still at Forest Gate?", [STRATFORD]),

  // =========================================================================
  // COMPARISONS
  // =========================================================================
  ask('comparison', 'Which is open later on a Saturday, Croydon or Lewisham?', [LEWISHAM, OPEN_24]),
  ask('comparison', 'Do Acton and Hammersmith police stations keep the same hours?', [SAME]),
  // Eden Park: Bromley 3.2 / Croydon 5.3; BR3 3.4 / 5.9.
  ask('comparison', 'From Eden Park, is Bromley or Croydon police station nearer?', [anyOf(saysNearer(BROMLEY), firstLine(BROMLEY))], [saysNearer(CROYDON)]),
  // Hendon Central: Colindale 1.9 / Kentish Town 6.9; NW4 1.6 / 7.1.
  ask('comparison', 'Which is nearer to Hendon Central, Colindale or Kentish Town police?', [anyOf(saysNearer(COLINDALE), firstLine(COLINDALE))], [saysNearer(KENTISH_TOWN)]),
  // Noel Park: Tottenham 2.7 / Edmonton 4.4; N22 3.0 / 4.2.
  ask('comparison', 'Tottenham or Edmonton, which police desk is closer to Noel Park?', [anyOf(saysNearer(TOTTENHAM), firstLine(TOTTENHAM))], [saysNearer(EDMONTON)]),
  // Maze Hill 24h: Lewisham 2.3 / Charing Cross 9.4; SE10 2.5 / 9.1.
  ask('comparison', 'Charing Cross or Lewisham: which 24 hour desk is nearer Maze Hill?', [anyOf(saysNearer(LEWISHAM), firstLine(LEWISHAM))], [saysNearer(CHARING_CROSS)]),
  ask('comparison', 'Romford or Dagenham police station, which opens earlier on a Sunday', [SAME]),
  ask('comparison', 'is Sutton police counter open longer than Kingston on weekdays?', [SAME]),
  ask('comparison', 'Which has longer hours, Charing Cross or Brixton police station?', [CHARING_CROSS, OPEN_24]),
  ask('comparison', 'are the weekend hours shorter than weekday hours at Hayes police station?', [WEEKENDS]),
  // The Oval: Walworth 1.3 / Brixton 2.1; SE11 Walworth 1.0 / Brixton 2.8.
  ask('comparison', 'is Walworth or Brixton police station closer to the Oval?', [anyOf(saysNearer(WALWORTH), firstLine(WALWORTH))], [saysNearer(BRIXTON)]),
  ask('comparison', 'compare the opening hours of Stratford and Ilford police stations', [SAME]),

  // =========================================================================
  // ABOUT THE SERVICE
  // =========================================================================
  ask('about the service', "who's behind this chat service?", [anyOf(A_BOT, SOURCES, /not (?:the Met|official|run by)|independent/i)]),
  ask('about the service', 'where do you get your police station info from', [SOURCES]),
  ask('about the service', 'how current is your information about the counters', [UP_TO_DATE]),
  ask('about the service', 'do you save what I type in here?', [PRIVACY]),
  ask('about the service', 'are you run by the Metropolitan Police?', [anyOf(A_BOT, SOURCES, /not|independent|official/i)]),
  ask('about the service', 'what sort of things can you do for me', [SAYS_WHAT_IT_DOES]),
  ask('about the service', 'Can I trust the opening times you give?', [anyOf(ONLINE, /check|announced|confirm/i)]),
  ask('about the service', 'When were your facts last checked?', [UP_TO_DATE]),
  ask('about the service', 'is this an actual person replying to me?', [A_BOT]),
  ask('about the service', 'do you know police stations outside London as well?', [/London/i]),
  ask('about the service', 'which news outlets do you rely on?', [SOURCES]),
  ask('about the service', 'what languages can you understand', [anyOf(/English/i, /Language ?Line|interpret/i)]),
  ask('about the service', 'will you remember me next time I come back', [PRIVACY]),
  teams('about the service', 'bot, what info do u have?', [SAYS_WHAT_IT_DOES]),
  teams('about the service', 'data source?', [SOURCES]),

  // =========================================================================
  // SMALL TALK
  // =========================================================================
  ask('small talk', 'good afternoon to you!', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'cheers for sorting that', [THANKS_REPLY]),
  ask('small talk', "you've been really useful, ta very much", [THANKS_REPLY]),
  ask('small talk', 'ok that is all, bye now', [BYE]),
  ask('small talk', "how's your day going, bot?", [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'yo yo yo bot', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'are you a robot or what', [A_BOT]),
  ask('small talk', 'nice one, laters', [BYE]),
  teams('small talk', "mornin' everyone :)", [SAYS_WHAT_IT_DOES]),
  teams('small talk', 'thx v much', [THANKS_REPLY]),

  // =========================================================================
  // OFF-TOPIC
  // =========================================================================
  ask('out of scope', "where's the best pie and mash near Highams Park", OFF_TOPIC_REPLY),
  ask('out of scope', 'can you recommend a good divorce solicitor', OFF_TOPIC_REPLY),
  ask('out of scope', 'who won the Champions League last season', OFF_TOPIC_REPLY),
  ask('out of scope', 'how do I renew my passport quickly', OFF_TOPIC_REPLY),
  ask('out of scope', 'which night bus runs from Lee Green to Nunhead', OFF_TOPIC_REPLY),
  ask('out of scope', 'write me a little poem about autumn leaves', OFF_TOPIC_REPLY),
  ask('out of scope', 'how much is council tax band D in Hackney', OFF_TOPIC_REPLY),
  ask('out of scope', 'is the Jubilee line running normally today', OFF_TOPIC_REPLY),
  ask('out of scope', 'how do I get a residents parking permit', OFF_TOPIC_REPLY),
  teams('out of scope', "what's the guest wifi password", OFF_TOPIC_REPLY),

  // =========================================================================
  // REQUESTS IT CANNOT CARRY OUT
  // =========================================================================
  ask('cannot do', 'Can you book me an appointment with an officer at Brixton?', [DECLINE, NON_URGENT]),
  ask('cannot do', 'please report my stolen bike for me, it went from outside Ealing Broadway station', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you send an officer round to my house tomorrow', [DECLINE, NON_URGENT]),
  ask('cannot do', 'ring Walworth police station for me and ask if my wallet got handed in', [DECLINE]),
  ask('cannot do', 'I want to give my witness statement through this chat', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you find out if my friend has been arrested and is being held at Croydon', [DECLINE]),
  ask('cannot do', 'get me a crime reference number please', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can I pay my speeding fine through you', [DECLINE]),
  ask('cannot do', 'update the address on my bail conditions please', [DECLINE]),
  ask('cannot do', 'could you email the full list of counter hours to my work address', [DECLINE]),
  ask('cannot do', 'can you text me when Ilford police counter opens tomorrow', [DECLINE]),
  teams('cannot do', 'can u log a complaint about an officer for me', [DECLINE]),

  // =========================================================================
  // OUTSIDE LONDON
  // =========================================================================
  outside('nearest police front desk to Bracknell RG12 7'),
  outside('HP19 8 police counter opening times'),
  outside('is the police station in Maidenhead open now'),
  outside('closest police desk to SL6 1'),
  outside("Bishop's Stortford police station hours, CM23 3"),
  outside('police front counter in Hitchin SG5 1?'),
  outside('nearest police station to MK9 3'),
  outside('I live in Billericay, where can I go to the police in person?'),
  ask('outside the Met', 'Does the Met run the police station in Egham?', [NOT_LONDON]),
  ask('outside the Met', 'Dorking police front desk opening hours please', [NOT_LONDON]),
  ask('outside the Met', 'is there a 24 hour police desk in Welwyn Garden City', [NOT_LONDON]),
  ask('outside the Met', 'Horley police station by Gatwick, open on Saturday?', [NOT_LONDON]),

  // =========================================================================
  // THE CITY OF LONDON (its own force; nearest Met desks noted)
  // =========================================================================
  // Bank: CX 2.5 / Walworth 2.7; EC2R Islington 2.4 / CX 2.4.
  ask('City of London', 'police front desk near Bank station?', [CITY(CHARING_CROSS, ISLINGTON)]),
  // St Paul's: CX 1.9 / Islington 2.4; EC4M 1.8 / 2.3.
  ask('City of London', "I work by St Paul's Cathedral, nearest police counter?", [CITY(CHARING_CROSS)]),
  ask('City of London', 'Is there a Met police counter in the Square Mile?', [CITY(CHARING_CROSS, ISLINGTON, BETHNAL_GREEN, WALWORTH)]),
  // EC2V 5: Islington 2.3 / CX 2.3; EC2V CX 2.2 / Islington 2.4.
  ask('City of London', 'EC2V 5 nearest police desk', [CITY(CHARING_CROSS, ISLINGTON)]),
  // Leadenhall Market: BG 2.6 / Walworth 2.8; EC3V CX 2.7 / Walworth 2.8.
  ask('City of London', 'Leadenhall Market, closest police station open now?', [CITY(BETHNAL_GREEN, CHARING_CROSS, WALWORTH)]),
  // Moorgate 24h: CX 2.6 / Lewisham ~8.
  ask('City of London', 'Moorgate office — closest 24 hour police counter?', [CITY(CHARING_CROSS)]),
  // Monument: Walworth 2.4 / CX 2.7; EC3R Walworth 2.6 / BG 2.8.
  teams('City of London', 'monument - nearest cop shop?', [CITY(WALWORTH, CHARING_CROSS, BETHNAL_GREEN)]),

  // =========================================================================
  // NONSENSE
  // =========================================================================
  ask('nonsense', 'lkjhgf dsa poiuy', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '🚨👮‍♀️🤷', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'police potato station wibble', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '??!!??', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'qwerty uiop polic', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'the the the the', [SAYS_WHAT_IT_DOES]),

  // =========================================================================
  // OTHER LANGUAGES (the answer, or a pointer to English, Language Line or 101)
  // =========================================================================
  ask('non-English', '¿A qué hora cierra hoy la comisaría de Brixton?', [LANGUAGE_REPLY(BRIXTON)]), // Spanish
  ask('non-English', 'Tottenham karakolu cumartesi kaçta açılıyor?', [LANGUAGE_REPLY(TOTTENHAM)]), // Turkish
  ask('non-English', 'La stazione di polizia di Charing Cross è aperta di notte?', [LANGUAGE_REPLY(CHARING_CROSS)]), // Italian
  ask('non-English', 'Τι ώρα κλείνει το αστυνομικό τμήμα του Hammersmith;', [LANGUAGE_REPLY(HAMMERSMITH)]), // Greek
  ask('non-English', 'Kada dirba Romford policijos nuovada?', [LANGUAGE_REPLY(ROMFORD)]), // Lithuanian
  ask('non-English', 'Goorma ayuu furan yahay saldhigga booliska ee Stratford?', [LANGUAGE_REPLY(STRATFORD)]), // Somali
  ask('non-English', 'বেথনাল গ্রিন থানা কখন খোলা থাকে?', [LANGUAGE_REPLY(BETHNAL_GREEN)]), // Bengali
  ask('non-English', 'ما هي ساعات عمل مركز شرطة Ilford؟', [LANGUAGE_REPLY(ILFORD)]), // Arabic
  ask('non-English', 'Kur hapet stacioni i policisë në Croydon të dielën?', [LANGUAGE_REPLY(CROYDON)]), // Albanian
  ask('non-English', 'Wembley காவல் நிலையம் எப்போது திறந்திருக்கும்?', [LANGUAGE_REPLY(WEMBLEY)]), // Tamil
  ask('non-English', 'Hounslow પોલીસ સ્ટેશન ક્યારે ખુલે છે?', [LANGUAGE_REPLY(HOUNSLOW)]), // Gujarati

  // =========================================================================
  // ROADS
  // =========================================================================
  ask('station by its road', 'the police station on Tolpuddle Street, is it open Sunday?', [ISLINGTON, WEEKENDS]),
  ask('station by its road', 'cop shop on Manor Place — what are the hours?', [WALWORTH]),
  ask('station by its road', 'Montague Road police desk, is it a 24 hour one?', [HOUNSLOW, NOT_24]),
  ask('station by its road', 'police station on Holmes Road, what time does it close today', [KENTISH_TOWN, at(22)]),
  ask('station by its road', 'Grahame Park Way police counter open on Sunday?', [COLINDALE, WEEKENDS]),
  ask('station by its road', 'West Ham Lane police front desk hours', [STRATFORD]),
  ask('station by its road', 'the police station on Victoria Park Square', [BETHNAL_GREEN]),
  ask('station by its road', 'police on Arnsberg Way, open now?', [BEXLEYHEATH, OPEN], [SAYS_SHUT]),
  ask('station by its road', 'Rainham Road South police, what time on Saturday?', [DAGENHAM, WEEKENDS]),

  // =========================================================================
  // TWO QUESTIONS IN ONE
  // =========================================================================
  ask('two questions in one', 'What time does Brixton close tonight and is Walworth open on Sunday?', [inOrder(BRIXTON, WALWORTH), at(22), WEEKENDS]),
  // KT2 6 24h: CX 15.7 / Lewisham 20.4; 15.3 / 20.1.
  ask('two questions in one', 'Is Kingston police open tomorrow morning, and where is the nearest 24 hour desk to KT2 6?', [KINGSTON, at(9), CHARING_CROSS, OPEN_24]),
  ask('two questions in one', "Sutton police station's hours, and its address?", [SUTTON, WEEKDAYS, /Carshalton Road|SM1 4RF/i]),
  ask('two questions in one', 'Is Hayes police open on Sunday and is Hounslow open on Monday?', [inOrder(HAYES, HOUNSLOW), WEEKENDS, WEEKDAYS]),
  // SE8 5: Lewisham 3.1 / Walworth 4.2; 2.5 / 4.8.
  ask('two questions in one', 'nearest desk to SE8 5 and how late is it open today', [LEWISHAM, OPEN_24]),
  ask('two questions in one', 'When did Twickenham police counter close and where should Richmond people go now?', [CLOSED_FEB_2026, anyOf(KINGSTON, ACTON, SUTTON, HOUNSLOW)]),
  // RM3 9: Romford 4.3 / Dagenham 8.3; 3.5 / 7.5. Saturday 20:00 is after 19:00.
  ask('two questions in one', 'Which counter is nearest to RM3 9, and is it open at 8pm on Saturday?', [ROMFORD, anyOf(SHUT_THEN, at(19))]),
  ask('two questions in one', 'Is Lewisham open overnight, and how about Plumstead?', [inOrder(LEWISHAM, PLUMSTEAD), OPEN_24]),
  ask('two questions in one', 'address of Tottenham police station and is it open Sunday', [/High Road|N17 9JA/i, WEEKENDS]),
  ask('two questions in one', 'how many police counters are left and how many of them are 24/7', [COUNTERS_NOW, TWO]),
  teams('two questions in one', 'islington hrs + address?', [ISLINGTON, /Tolpuddle|N1 0YY/i, WEEKDAYS]),

  // =========================================================================
  // AMBIGUOUS NAMES
  // =========================================================================
  // Hayes in Bromley (BR2): Bromley 2.6 / Croydon 7.7; BR2 1.4 / 8.4.
  ask('ambiguous name', "I'm in Hayes, the Bromley one not Hillingdon — nearest police desk?", [BROMLEY]),
  ask('ambiguous name', 'Richmond police station opening hours', [anyOf(NO_COUNTER, CLOSED)], [SAYS_YES]),
  ask('ambiguous name', 'Southwark police station hours', [anyOf(WALWORTH, CLOSED)]),
  ask('ambiguous name', 'what hours does the Newham police station keep', [STRATFORD]),
  ask('ambiguous name', 'Barking police station open today?', [anyOf(CLOSED, DAGENHAM)], [SAYS_YES]),
  ask('ambiguous name', "Shepherd's Bush police counter hours", [anyOf(HAMMERSMITH, CLOSED, /2020/)]),
  ask('ambiguous name', 'Harrow police open today?', [CLOSED], [SAYS_YES]),
  ask('ambiguous name', 'Wood Green police station front desk times', [anyOf(CLOSED, TOTTENHAM)], [SAYS_YES]),
  ask('ambiguous name', 'Croydon police — the Park Lane one or the Windmill Road one?', [CROYDON, anyOf(/Park Lane/i, CLOSED)]),

  // =========================================================================
  // CONVERSATIONS (two and three turns)
  // =========================================================================
  // DA15 9: Bexleyheath 3.1 / Plumstead 4.8; 3.9 / 5.0. 24h: Lewisham 8.5 / CX 17.7.
  talk([
    { say: 'nearest police desk to DA15 9', must: [BEXLEYHEATH] },
    { say: "and the nearest one that's open all night?", must: [LEWISHAM, OPEN_24] },
  ]),
  // CR8 2: Croydon 3.8 / Sutton 5.9; 4.5 / 6.2.
  talk([
    { say: "where's my closest police counter, please", must: [ASKS_WHERE] },
    { say: 'CR8 2', must: [CROYDON] },
  ]),
  talk([
    { say: 'Hammersmith police station opening times today', must: [HAMMERSMITH, at(22)] },
    { say: 'what about sunday', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'is Ilford police counter open at 9pm tonight', must: [ILFORD, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and at 11?', must: [SHUT_THEN], mustNot: [SAYS_YES] },
  ]),
  // Northumberland Park: Tottenham 1.5 / Edmonton 2.2; N17 0.8 / 2.8.
  talk([
    { say: 'which front counter is nearest to me?', must: [ASKS_WHERE] },
    { say: "I'm in Northumberland Park", must: [TOTTENHAM] },
  ]),
  // E13 9: Stratford 2.3 / Ilford 4.7; 2.0 / 5.2. 24h: Lewisham 8.0 / CX 11.2; 7.6 / 10.7.
  talk([
    { say: 'nearest police counter to E13 9', must: [STRATFORD] },
    { say: 'what time does it shut on Saturday', must: [at(19)] },
    { say: 'and the closest 24 hour one?', must: [LEWISHAM, OPEN_24] },
  ]),
  talk([
    { say: 'is Tottenham police station open tomorrow', must: [TOTTENHAM, WEEKENDS] },
    DANGER_TURN("hang on someone's smashing the window downstairs right now"),
  ]),
  // SW2 4: Brixton 2.5 / Lavender Hill 3.2; 1.8 / 3.4.
  talk([
    { say: 'how far is Brixton police station from SW2 4', must: [BRIXTON] },
    DANGER_TURN("oh god my ex has just turned up and he's punching the door"),
  ]),
  talk([
    { say: 'Croydon police hours on a Sunday?', must: [CROYDON, WEEKENDS] },
    { say: 'same question for Sutton', must: [SUTTON, WEEKENDS] },
  ]),
  // Northwood Hills: Hayes 8.6 / Wembley 9.0; HA6 9.7 / 10.5 (within 0.4 km on the point: both accepted).
  talk([
    { say: 'when did Pinner police counter close', must: [CLOSED_FEB_2026] },
    { say: "so where's the nearest one for Northwood Hills now?", must: [anyOf(HAYES, WEMBLEY)] },
  ]),
  talk([
    { say: "what's the postcode of Bromley police station", must: [/BR1 1ER/i] },
    { say: 'and is it open at 8 on Sunday morning?', must: [anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] },
  ]),
  // KT3 5: Kingston 3.5 / Sutton 6.1; 3.5 / 6.3.
  talk([
    { say: 'hello, quick one for you', must: [SAYS_WHAT_IT_DOES] },
    { say: 'need the police station closest to KT3 5', must: [KINGSTON] },
  ]),
  talk([
    { say: 'Is Wembley police station open on Saturday at 6.30pm?', must: [WEMBLEY, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'what about 7.30?', must: [SHUT_THEN], mustNot: [SAYS_YES] },
  ]),
  // N20 8: Colindale 5.0 / Edmonton 9.2; 5.9 / 7.9. Tonight 21:30 is before 22:00.
  talk([
    { say: 'I need to hand in a wallet I found, nearest counter to N20 8?', must: [COLINDALE] },
    { say: 'will they still be open at 9.30pm?', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'which police desk covers Havering', must: [ROMFORD] },
    DANGER_TURN("he's back. he's got a bat and he's standing right outside the car"),
  ]),
  // Merton Park: Sutton 5.3 / Lavender Hill 6.7; SW19 Lavender Hill 5.3 / Sutton 7.0.
  talk([
    { say: 'which police stations closed in Merton', must: [/Wimbledon|Mitcham/i] },
    { say: 'where do I go instead if I live in Merton Park?', must: [anyOf(SUTTON, LAVENDER_HILL)] },
  ]),
  // Maze Hill: Lewisham 2.3 / Stratford 6.4; SE10 2.5 / 6.1.
  talk([
    { say: 'nearest police counter to Maze Hill', must: [LEWISHAM] },
    { say: 'is that one open all night?', must: [OPEN_24] },
  ]),
  talk([
    { say: 'opening hours for Kentish Town police', must: [KENTISH_TOWN, WEEKDAYS] },
    { say: 'and on Christmas Day?', must: [NOT_KNOWN] },
  ]),
  talk([
    { say: 'where can I go in person to the police in Hillingdon?', must: [HAYES] },
    { say: 'address?', must: [/Uxbridge Road|UB4 8HU/i] },
  ]),
  // Leicester Square: Charing Cross 0.3 / Islington 2.8; WC2H 0.4 / 2.6.
  talk([
    { say: "I'm at Leicester Square, which police counter is nearest?", must: [CHARING_CROSS] },
    { say: 'what time does it close?', must: [OPEN_24] },
  ]),
  // TW4 7: Hounslow 1.8 / Hayes 6.7; 1.7 / 7.4.
  talk(
    [
      { say: 'nearest desk TW4 7', must: [HOUNSLOW] },
      { say: 'open sat?', must: [WEEKENDS] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'walworth open now?', must: [WALWORTH, OPEN], mustNot: [SAYS_SHUT] },
      { say: 'and 10.30pm?', must: [SHUT_THEN], mustNot: [SAYS_YES] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'stoke newington hrs today', must: [STOKE_NEWINGTON, at(22)] },
      DANGER_TURN('scratch that, guy in our office is threatening to stab my manager'),
    ],
    'msteams',
  ),
  talk([
    { say: 'how many front desks were axed in 2017', must: [/\b37\b|\b38\b|thirty[- ]seven|thirty[- ]eight/i] },
    { say: 'and which one was saved by a court case?', must: [/Wimbledon/i] },
  ]),
  talk([
    { say: 'tell me about the 2025 police counter cuts', must: [anyOf(COUNTERS_NOW, CLOSED_FEB_2026, /2025/)] },
    { say: 'why did they do it', must: [MONEY] },
  ]),
  talk([
    { say: 'Is Charing Cross police station open now?', must: [CHARING_CROSS, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and Lewisham?', must: [LEWISHAM, OPEN], mustNot: [SAYS_SHUT] },
  ]),
  // Harold Park: Romford 4.3 / Dagenham 7.8; RM3 3.5 / 7.5. 24h: Lewisham 22.9 / CX 27.3; 22.4 / 26.2.
  talk([
    { say: 'closest police front desk to Harold Park', must: [ROMFORD] },
    { say: 'what about one that is open 24 hours?', must: [LEWISHAM, OPEN_24] },
  ]),
  // SE28 0: Plumstead 1.3 / Bexleyheath 6.2; 1.8 / 5.9. Sunday 17:00 is open.
  talk([
    { say: 'tell me the nearest police counter', must: [ASKS_WHERE] },
    { say: 'SE28 0', must: [PLUMSTEAD] },
    { say: 'is it open on sunday at 5?', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'bexleyheath police station hours please', must: [BEXLEYHEATH, WEEKDAYS] },
    { say: 'and saturday?', must: [WEEKENDS] },
    DANGER_TURN("wait there's a man climbing over our back fence with a crowbar"),
  ]),
  // Petersham: Kingston 4.1 / Hounslow 5.2; TW10 4.4 / 4.9.
  talk([
    { say: 'Does Richmond borough have a police front desk?', must: [NO_COUNTER] },
    { say: "ok so where's closest for Petersham", must: [KINGSTON] },
  ]),
  // Globe Town: Bethnal Green 0.7 / Stratford 3.6; E2 0.6 / 3.2.
  talk([
    { say: 'Which is the nearest counter to Globe Town?', must: [BETHNAL_GREEN] },
    { say: 'was that one closed for a while?', must: [/2020|2021|refurb|Shoreditch/i] },
  ]),
  talk([
    { say: 'is Hammersmith police station open at 9 tonight', must: [HAMMERSMITH, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'ok what about tomorrow at 9am', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  // E1 8: Bethnal Green 2.0 / Walworth 3.3; 1.3 / Islington 4.0. 24h: CX 3.9 / Lewisham 6.8; 4.6 / 6.9.
  talk([
    { say: "what's open near E1 8 right now", must: [BETHNAL_GREEN] },
    { say: 'and in the middle of the night?', must: [CHARING_CROSS, OPEN_24] },
  ]),
  talk([
    { say: 'when do the police counters in Lewisham open?', must: [LEWISHAM, OPEN_24] },
    { say: 'thank you so much for that', must: [THANKS_REPLY] },
  ]),
  // Silvertown 24h: Lewisham 5.2 / CX 10.7; E16 5.9 / 10.7.
  talk([
    { say: 'is there a 24 hour police desk near Silvertown', must: [LEWISHAM] },
    DANGER_TURN("never mind, my brother's just been glassed outside the pub and he's bleeding loads"),
  ]),
  // Hook: Kingston 4.5 / Sutton 7.9; KT9 4.9 / 7.8.
  talk([
    { say: 'nearest police station to Hook please', must: [KINGSTON] },
    { say: 'is it open on Sunday?', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'Which counter is the Newham one?', must: [STRATFORD] },
    { say: 'is it moving back to Forest Gate?', must: [/Forest Gate/i, /no date|not (?:yet|known|set)|once|when|rebuil|redevelop|estates/i] },
  ]),
  talk([
    { say: 'Edmonton police opening hours', must: [EDMONTON, WEEKDAYS] },
    { say: 'is it closing down?', must: [STAYS_OPEN], mustNot: [SAYS_YES] },
  ]),
  // EC1V 9: Islington 1.7 / BG 2.6; 1.2 / CX 2.7. 24h: CX 2.9 / Lewisham 8.9.
  talk(
    [
      { say: 'closest cop shop to EC1V 9', must: [ISLINGTON] },
      { say: '24hr one?', must: [CHARING_CROSS, OPEN_24] },
    ],
    'msteams',
  ),
  talk([
    { say: 'hours for Plumstead police on Sunday', must: [PLUMSTEAD, WEEKENDS] },
    { say: 'and Monday?', must: [WEEKDAYS] },
  ]),
  // Tooting Broadway: Lavender Hill 4.2 / Brixton 5.7; SW17 3.7 / 5.2.
  talk([
    { say: 'I need to sign on for bail, which desk is nearest Tooting Broadway?', must: [LAVENDER_HILL] },
    { say: 'what time does it open on Saturday?', must: [at(9)] },
  ]),
  // Clapham Junction: Lavender Hill 0.5 / Brixton 3.9; SW11 0.5 / 3.5.
  talk([
    { say: 'Hola, ¿dónde está la comisaría más cercana a Clapham Junction?', must: [LANGUAGE_REPLY(LAVENDER_HILL)] },
    DANGER_TURN('¡Hay un hombre pegando a una mujer en la calle ahora mismo!'),
  ]),
  // Furzedown 24h: Charing Cross 9.8 / Lewisham 10.7; SW17 9.2 / 11.4.
  talk([
    { say: 'which police counters are open 24/7?', must: [CHARING_CROSS, LEWISHAM] },
    { say: 'which of the two is closer to Furzedown?', must: [CHARING_CROSS], mustNot: [saysNearer(LEWISHAM)] },
  ]),
  talk([
    { say: 'what time does Acton police close on a Sunday', must: [ACTON, at(19)] },
    { say: 'and on weekdays?', must: [at(22)] },
  ]),
  talk([
    { say: 'Dagenham police front desk open at quarter past ten on Monday morning?', must: [DAGENHAM, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and at quarter to ten?', must: [SHUT_THEN], mustNot: [SAYS_YES] },
  ]),
  // W13 8: Acton 3.1 / Wembley 3.8; 3.2 / 4.4. UB10: Hayes 2.9 / Wembley 10.1.
  talk([
    { say: 'nearest police desk to W13 8', must: [ACTON] },
    { say: 'and for my mum in UB10?', must: [HAYES] },
  ]),
  talk(
    [
      { say: 'romford desk open sunday?', must: [ROMFORD, WEEKENDS] },
      DANGER_TURN('update: visitor just punched our receptionist and is still here kicking off'),
    ],
    'msteams',
  ),
  // Valentines Park: Ilford 1.1 / Stratford 5.6; IG1 0.5 / 5.3.
  talk([
    { say: "I'd like to report something in person, what's nearest to Valentines Park?", must: [ILFORD] },
    { say: 'can I book an appointment there through you?', must: [DECLINE] },
  ]),
  talk([
    { say: 'who makes the decisions on closing police counters?', must: [DECIDERS] },
    { say: 'and when was the last big round of closures?', must: [anyOf(CLOSED_FEB_2026, /2026/)] },
  ]),
  // HA2 9: Wembley 5.1 / Hayes 6.4; 4.6 / 7.4.
  talk([
    { say: 'is South Harrow police station open today?', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'ok, nearest open one to HA2 9 then?', must: [WEMBLEY] },
  ]),
  talk(
    [
      { say: 'kentish town desk hrs sat', must: [KENTISH_TOWN, WEEKENDS] },
      { say: 'and tmrw at 8pm?', must: [SHUT_THEN], mustNot: [SAYS_YES] },
    ],
    'msteams',
  ),
];
