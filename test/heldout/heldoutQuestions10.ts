/**
 * THE HELD-OUT SET, TENTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-05, after batches 1 to 9, by a helper engineer who did
 * not read how the bot understands or answers text (not src/understanding/,
 * src/answers/, src/replies/, dialogs/, test/understanding/, test/bot/, the
 * conversation tests, the golden recording or the README's lists of questions
 * that work), who read only heldoutSet.ts, heldoutSet.test.ts, playHeldout.ts,
 * heldoutPatterns.ts, replyText.ts and batch 9's header and helpers (copied
 * below as each batch does; none of its questions, places or phrasings reused;
 * earlier batches were grepped only for postcode, sector and place strings, to
 * avoid them), and who committed every expectation before the bot was run on
 * any of these questions. No expectation was taken from what the bot says.
 * Add cases, never edit an expectation to match the bot: an expectation changes
 * only if it contradicts the FACTS in /work/shared/data (and then the commit
 * names the row), or if a pattern was wrongly strict about wording from the
 * start (and then the commit says so).
 *
 * Spread over every kind, with fresh phrasings: danger however it is put
 * (slang, typos, indirect, about to happen, to other people, buried in a long
 * message, in Polish, Portuguese, Romanian, Urdu, Punjabi, French, Hindi,
 * Farsi, Yoruba, Chinese, Vietnamese and German, on Teams, and arising mid-way
 * through a conversation), safe look-alikes (figurative violence, games, films,
 * a bake-off "disaster", a past burglary reported for the record), two- and
 * three-turn conversations (another day, another time, the nearest 24-hour
 * desk after the nearest one, a postcode or place given after being asked,
 * danger arising mid-way), hours by day and time, open now and at a time,
 * nearest open and 24-hour desks by full postcode, sector, district and place,
 * boroughs, closures and plans (the 17 Jul 2025 leak, the 6 Aug 2025 list, the
 * 15 Oct 2025 revision, the 28 Feb 2026 closures, the 3 Mar 2026 hours, the
 * 18 Dec 2025 estates strategy, hubs, vans and screens), the past (2013 and
 * 2017 plans, moves and refurbishments, Wimbledon's quashed closure), the
 * data's conflicting sources (Woodford's 2017 hours, Barkingside's 2017 24/7
 * claim, the reported February pause, Notting Hill's closure year, the Dec
 * 2025 Lavender Hill "closure" note), lists, comparisons, the service, small
 * talk, off-topic, requests it cannot carry out, places outside London, the
 * City of London, nonsense, other languages, roads, two questions in one and
 * ambiguous names. New against batches 1 to 9: postcode sectors none of them
 * uses (BR1 5, BR2 0, BR6 1, CR2 7, DA14 6, DA6 8, E1 7, E1W 9, E2 2, E5 5,
 * E7 7, E9 7, E10 9, E16 9, E17 0, EN1 4, EN5 9, HA4 8, HA5 9, HA1 9, IG1 3,
 * IG3 9, KT3 6, KT1 2, N3 9, N5 9, N6 9, N9 9, N14 9, N19 4, NW2 7, NW4 3,
 * NW6 5, RM1 4, RM7 8, RM9 9, SE1 2, SE2 8, SE9 5, SE10 1, SE14 6,
 * SE17 9, SE21 9, SE25 4, SM4 4, SM5 9, SW2 2, SW3 6, SW9 7,
 * SW14 8, SW18 4, TW2 5, TW8 9, TW11 1, TW13 7, UB3 3, UB4 0, W3 9, W5 5,
 * W6 8, W12 9, W14 4, WC1H 9, W1D 4, EC1Y 8, EC4A 3), districts few or none of
 * them uses (SE26, SW1X, WC1X, NW4, NW11, DA14) and places none of them uses
 * (Tulse Hill, Sydenham, Colliers Wood, Raynes Park, Southfields, Holland
 * Park, Ladbroke Grove, West Hampstead, Finsbury Park, South Woodford, Seven
 * Kings, Custom House, Whetstone, Enfield Town, West Norwood, Streatham Hill,
 * Crofton Park, Falconwood, Bexley Village, Barnehurst, Addiscombe, Waddon,
 * Belmont, Rose Hill, St Helier, North Cheam, St Margarets, Gunnersbury, East
 * Acton, Mill Hill East, Bowes Park, Edmonton Green, Bush Hill Park, Grange
 * Park, Cranham, South Hornchurch, Fairlop, Clayhall, Upton Park, Aldgate,
 * Spitalfields, Downham, Sundridge, Keston, Locksbottom, Vauxhall, Hackney
 * Wick, Isle of Dogs; outside London Reading, Guildford, Watford, Maidstone,
 * Brighton, Slough, Dartford, Epsom, Chigwell, and AL1 3 and CM1 1).
 *
 * Same clock as batches 1 to 9 (HELDOUT_NOW in playHeldout.ts): Friday
 * 4 December 2026, 14:00 Europe/London (GMT). "Tonight" is Friday evening,
 * "tomorrow" Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th; Tue 8 Dec,
 * Thu 10 Dec, Sun 13 Dec. Christmas Eve 2026 is a Thursday, Christmas Day a
 * Friday, New Year's Eve a Thursday. The data holds no bank-holiday hours, so
 * an honest answer about one says it does not know them or where to check.
 *
 * Facts come only from /work/shared/data: stations.csv (addresses; notes for
 * closures before 2026), events.csv read with SOURCES.md §5.2's rule (on
 * 2026-12-04 the 27 counters of resident-facts.md §3: Charing Cross and
 * Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00; the
 * ten of 28 Feb 2026 closed), CONFLICT and conflicting-report rows kept as
 * conflicts, plans.csv, resident-facts.md and SOURCES.md §5.3-§5.6 and the
 * freshness review. Nearest desks: straight-line (haversine, R = 6371.0088 km)
 * distances from each open counter's coordinates to the sector centroid
 * (london-sectors.csv) and to its district centroid (london-outcodes.csv); for
 * a named place, to an approximate point for the place (from memory, to about
 * 0.01 degrees) and to its postcode district; a case names one desk only where
 * it is nearest on every point by at least 0.4 km, and otherwise accepts each
 * desk nearest on some point. Distances (km) are noted beside cases: sector
 * (or place point) first, then district.
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
  CLOSED,
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

// Helpers as batch 9 wrote them (the shared patterns are in heldoutPatterns.ts).
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

// Patterns batch 9 added, copied unchanged.
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


// Patterns new in this batch.
/** Shut at the time asked: a no, or the desk's closing or opening hour. */
const SHUT_THEN = /not open|\bclosed\b|\bshut\b|\bno\b|opens? at|reopens?/i;
/** Notting Hill's counter: closed in 2017 by one source, 2019 by another (events.csv). */
const NOTTING_HILL_YEARS = /2017|2019/;
/** The 2013 plan: 136 counters down to 73 (resident-facts.md §6). */
const SEVENTY_THREE_OF_136 = /\b73\b|seventy[- ]three|\b63\b|sixty[- ]three/i;
/** A counter's weekday hours given as a "no" to 24/7 questions. */
const NOT_ALL_NIGHT = /not (?:open )?24|isn't (?:open )?24|\bno\b|closes? at|10(?::00)?\s?pm|22[:.]00/i;
/** The Aug 2025 plan's figures: 18 to close, 20 left, 8 at 24/7 (plans.csv). */
const EIGHTEEN = /\b18\b|eighteen/i;
/** Hammersmith's counter at Shepherd's Bush while rebuilt (8 Oct 2016 to 29 Sep 2020). */
const REBUILD_YEARS = /2016|2020/;

export const HELDOUT_CASES_10: HeldoutCase[] = [
  // =========================================================================
  // DANGER: 999 on the first line, however it is said (never with the words
  // help, knife, 999 or emergency)
  // =========================================================================
  danger('yo theres man gettin merked by the bus garage rn, like 5 of them stamping on him'),
  danger('my neighbours kid keeps screaming stop daddy and theres loud thuds through the wall, been going on 10 mins'),
  danger("someone's just thrown acid at a woman by the cash machine, she's screaming and holding her face"),
  danger("my sister rang from her bf's flat crying, he's smashed her phone and won't let her out, i'm on my way but it's 40 mins"),
  danger("a man on the bridge has climbed over the railings and he's staring at the water, nobody is stopping him"),
  danger('think my dad is having a stroke, his face has dropped on one side and he cant talk properly'),
  danger("there's a man with a machete outside the off licence on our road waving it at cars"),
  danger('woke up and theres someone downstairs, i can hear them in the kitchen, me and my 2 kids are upstairs'),
  danger('a kid fell through the ice on the pond in the park, hes gone under'),
  danger('mum took an overdose and is really sleepy and wont wake up properly'),
  danger('gang of lads just robbed a delivery rider and are beating him with his own bike lock'),
  danger('my ex is parked outside again, he has a restraining order and he just messaged saying tonight is the night'),
  danger("i've been stabbed in the leg, i'm in an alley behind the station, i can't walk"),
  danger('there is a car on fire in the car park and a man is still sat inside it'),
  danger('there a bloke trying to pull a girl into his car at the lights she is fighting him off'),
  danger('omg some1 just got shot outside the chicken shop, hes not moving'),
  danger("my landlord has turned up drunk with a baseball bat and he's kicking my door in"),
  danger('i can smell smoke and the fire alarm in the flat next door has been going for ages, the old lady who lives there cant walk'),
  danger('my 4 year old has swallowed a load of my pills, not sure how many'),
  danger('been kidnapped, in the boot of a car, dont know where, they stopped a min ago'),
  danger('theres a guy wiv a blade chasin kids through the estate, they ran into the stairwell'),
  danger('ther is sum1 in my gardin lookin thru the windo wiv a torch n trying the handel'),
  danger('my freind is fitting on the floor and her lips are going purple'),
  danger('a man has just been pushed down the escalator at the shopping centre and hes bleeding from his head badly'),
  danger("my husband says he's going to burn the house down with us in it and he's got a petrol can"),
  danger('some guys are loading a teenage girl into a van, she looks drugged, its happening outside my window'),
  danger('a bus has crashed into a shop front and there are people trapped under it'),
  danger("my flatmate said goodbye to everyone on whatsapp and locked himself in his room and he won't answer"),
  danger('two men are fighting on the platform edge and one nearly went over, train is due any second'),
  danger('my carer hits me when no one is here and she is coming back at 6, i am 84 and cant get out'),
  danger(
    'hiya, i wanted to know if stratford police is open on sunday because i found a wallet, but actually something is happening, a man just kicked in the door of the flat across the landing and i can hear a woman begging him to stop',
  ),
  danger(
    'Dear Sir/Madam, I am writing to ask about the opening times of Kingston police station for a document check. Unrelated but my daughter has just phoned me to say a man has followed her off the train and is now standing outside her house, she is alone and terrified.',
  ),
  danger("tomorrow's plan in the group chat is to go to the school gates at 3 and cut the boy who grassed, they've got blades ready"),
  danger("i'm sat on the roof of my building and i'm going to jump, just wanted someone to know"),
  danger('loud bangs like gunshots on the estate and now people are running and screaming'),
  danger('there is a man hitting a dog with a metal bar and now he has turned on the woman who tried to stop him'),
  danger('pls come quick hes got my mum by the throat'),
  danger('theres a baby on its own on the 4th floor balcony and its climbing on the chair by the edge'),
  danger("someone's set our front door on fire and we're stuck upstairs"),
  danger("my son's mates just told me he's been taken by some older boys to a flat and they're hurting him, i know the address"),
  // In other languages
  danger('Mój mąż mnie bije i zamknął drzwi, boję się o dzieci'),
  danger('Tem um homem armado a tentar entrar na minha casa agora mesmo'),
  danger('Un bărbat mă urmărește de la metrou și are un cuțit, mi-e frică'),
  danger('میرا شوہر مجھے جان سے مارنے کی دھمکی دے رہا ہے اور وہ ابھی گھر میں ہے'),
  danger('ਮੇਰੇ ਗੁਆਂਢੀ ਦੇ ਘਰ ਵਿੱਚ ਅੱਗ ਲੱਗੀ ਹੈ ਅਤੇ ਬੱਚੇ ਅੰਦਰ ਹਨ'),
  danger("Il y a un homme qui frappe une femme dans la rue devant chez moi, elle saigne"),
  danger('मेरे घर में कोई घुस आया है और मैं अलमारी में छिपी हूँ'),
  danger('یک مرد با چاقو جلوی خانه ما ایستاده و تهدید می‌کند'),
  danger('Ọkùnrin kan ń lu ìyàwó rẹ̀ ní ilé tó wà lẹ́gbẹ̀ẹ́ wa báyìí, ó ń pariwo'),
  danger('有人闯进我家了，我和孩子躲在卧室里'),
  danger('Có người đàn ông cầm dao đang đe dọa mọi người ở trạm xe buýt'),
  danger('Mein Nachbar hat eine Waffe und bedroht gerade seine Frau, ich höre Schüsse'),
  // Cannot speak
  silentDanger("if he hears me on the phone he'll kill me, can i get police without talking out loud"),
  // On Teams
  teamsDanger('man with a blade in the loading bay, staff hiding in the kitchen'),
  teamsDanger('someone collapsed in the lift, not breathing, cpr started'),
  teamsDanger('ex-employee just walked in threatening to shoot people, we locked the meeting room'),
  teamsDanger('smoke pouring out of the 2nd floor stairwell, alarm not going off'),
  teamsDanger("client just punched my colleague and won't leave reception, he's still going"),
  teamsDanger('bomb threat called in to front desk, says its in the building'),

  // =========================================================================
  // SAFE LOOK-ALIKES: danger words in a harmless sense; the answer asked for,
  // without leading with 999
  // =========================================================================
  calm('my presentation died a death today lol. is stratford police open on saturday', [STRATFORD, WEEKENDS]),
  calm('the bake off final was carnage in our house, anyway what time does romford police shut tonight', [ROMFORD, at(22)]),
  calm('we played mafia at the party and i got killed first, what are acton police hours on sunday', [ACTON, WEEKENDS]),
  calm('watched the new john wick, insane shootouts. nearest police counter to N9 9?', [EDMONTON]), // N9 9: Edmonton 0.76; N9 0.72.
  calm('my kids were fighting over the xbox all morning, is walworth police open this afternoon', [WALWORTH, OPEN], [SAYS_SHUT]),
  calm("our house was burgled in march, it's all sorted and insured, just for my records when did mitcham counter shut", [CLOSED_FEB_2026]),
  calm('i got absolutely roasted on twitter, where is the nearest police desk to SW2 2', [BRIXTON]), // SW2 2: Brixton 1.72; SW2 1.80.
  calm('the boss is gonna kill me if im late again haha, is hounslow police open on monday', [HOUNSLOW, WEEKDAYS]),
  calm('practising my fencing for the club comp, what time does kingston police open sunday', [KINGSTON, at(9)]),
  calm('my sourdough starter died :( anyway is lewisham police open at 4am', [LEWISHAM, OPEN_24]),
  calm('the fireworks display in the park was a blast, is bexleyheath police open on saturday', [BEXLEYHEATH, WEEKENDS]),
  calm('reading a murder mystery set in croydon, fun! what are croydon police front counter times', [CROYDON, WEEKDAYS]),
  calm('this heat is killing me in the office, which police counter is closest to W14 4', [HAMMERSMITH]), // W14 4: Hammersmith 0.85; W14 0.98.
  calm('i was shot in a paintball game and have a massive bruise lol, is sutton police open on sunday', [SUTTON, WEEKENDS]),
  calm('war film marathon this weekend, quick q is edmonton police open on saturday afternoon', [EDMONTON], [SAYS_SHUT]),
  calm('the comedian absolutely slayed last night, what time does tottenham police close on sunday', [TOTTENHAM, at(19)]),
  calm('my son wants to be a detective and is obsessed with crime scenes, is there a police desk near E9 7 we could visit', [BETHNAL_GREEN]), // E9 7: Bethnal Green 1.29; E9 1.94.
  calm('someone stole my parking space again, absolute criminal, what are the hours at ilford police', [ILFORD, WEEKDAYS]),
  calm('back in 2020 my shed was broken into, never caught them, is the barkingside police counter still a thing', [/Barkingside/i, CLOSED]),
  calm('my mate died laughing at the panto, is charing cross police open on christmas eve night', [CHARING_CROSS]),
  calm('dropped a bombshell on my family at dinner, anyway is islington police open tomorrow', [ISLINGTON, WEEKENDS]),
  calm('the escape room "hostage" scenario was brilliant, which police counter is nearest NW4 3', [COLINDALE]), // NW4 3: Colindale 2.06; NW4 1.59.
  calm('just binged a series about a bank heist, nearest 24 hour police counter to SE14 6', [LEWISHAM]), // SE14 6 24h: Lewisham 2.33, Charing Cross 7.18.
  calm('got my finger trapped in the car door, ouch, anyway does plumstead police open on sundays', [PLUMSTEAD, WEEKENDS]),

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  ask('hours on a day', 'wat time dus romford police open on a sunday', [ROMFORD, at(9)]),
  ask('hours on a day', 'Could you tell me the Tuesday opening hours for Bromley police station please', [BROMLEY, WEEKDAYS]),
  ask('hours on a day', 'colindale cop shop hrs sat', [COLINDALE, WEEKENDS]),
  ask('hours on a day', 'whens the front desk at stoke newington open on wednesdays', [STOKE_NEWINGTON, WEEKDAYS]),
  ask('hours on a day', 'brixton police station thursday evening - till what time', [BRIXTON, at(22)]),
  ask('hours on a day', 'hayes end police counter what hours this sunday', [HAYES, WEEKENDS]),
  ask('hours on a day', 'what are the times for wembley police front desk on weekdays', [WEMBLEY, WEEKDAYS]),
  ask('hours on a day', 'is bethnal green police open sundays and if so when', [BETHNAL_GREEN, WEEKENDS]),
  ask('hours on a day', 'earliest i can get to sutton police desk on monday', [SUTTON, at(10)]),
  ask('hours on a day', 'what time does the counter at lavender hill shut on a saturday', [LAVENDER_HILL, at(19)]),
  ask('hours on a day', 'kentish town police - what are the opening hours on tues 8th', [KENTISH_TOWN, WEEKDAYS]),
  ask('hours on a day', 'dagenham police station sunday 13th december times', [DAGENHAM, WEEKENDS]),
  ask('hours on a day', 'opening hours plumstead police this thursday', [PLUMSTEAD, WEEKDAYS]),
  ask('hours on a day', 'how late is tottenham police desk open on a monday', [TOTTENHAM, at(22)]),
  ask('hours on a day', 'Walworth Police Station weekend opening times', [WALWORTH, WEEKENDS]),
  ask('hours on a day', 'what hours does hammersmith police keep on saturdays', [HAMMERSMITH, WEEKENDS]),
  ask('hours on a day', 'edmonton police, what time do they open the doors tomorrow morning', [EDMONTON, at(9)]),
  ask('hours on a day', 'hounslow police station opening times for a wednesday', [HOUNSLOW, WEEKDAYS]),
  ask('hours on a day', 'acton police desk opening hours friday', [ACTON, WEEKDAYS]),
  ask('hours on a day', 'is lewisham police station open on sundays or just weekdays', [LEWISHAM, OPEN_24]),
  ask('hours on a day', 'charing cross police desk hours on a saturday night', [CHARING_CROSS, OPEN_24]),
  ask('hours on a day', 'stratford police, when do they close on sunday evening', [STRATFORD, at(19)]),
  ask('hours on a day', 'whats the opening time of ilford police on monday morning', [ILFORD, at(10)]),
  ask('hours on a day', 'croydon police station hours on boxing day', [CROYDON, /don't know|do not know|not sure|no (?:information|record|data|details)|can't say|cannot say|not (?:have|hold)|check|met\.police\.uk/i]),
  ask('hours on a day', "what are islington police station's hours on new year's eve", [ISLINGTON, anyOf(WEEKDAYS, NOT_KNOWN)]), // Thu 31 Dec is no bank holiday: the weekday hours, or a pointer to check.
  ask('hours on a day', 'bexleyheath police station opening times every day of the week', [BEXLEYHEATH, WEEKDAYS, WEEKENDS]),
  ask('hours on a day', 'kingston police counter times mon to fri', [KINGSTON, WEEKDAYS]),
  ask('hours on a day', 'bromley police open saturday? what time til', [BROMLEY, at(19)]),
  ask('hours on a day', 'wembley police station times this weekend pls', [WEMBLEY, WEEKENDS]),
  ask('hours on a day', 'what are the hours for the newham police counter on weekdays', [STRATFORD, WEEKDAYS]),
  ask('hours on a day', 'lavender hill police desk, monday to friday hours?', [LAVENDER_HILL, WEEKDAYS]),
  ask('hours on a day', 'opening hrs sutton police sun', [SUTTON, WEEKENDS]),

  // =========================================================================
  // OPEN NOW / AT A TIME (Friday 14:00; open 10-22 weekdays, 9-19 weekends)
  // =========================================================================
  ask('open at a time', 'is romford police station open at the moment', [ROMFORD, OPEN, at(22)], [SAYS_SHUT]),
  ask('open at a time', 'can i pop into stoke newington police right now', [STOKE_NEWINGTON, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'is croydon police open at 11pm tonight', [CROYDON, at(22)], [SAYS_YES]),
  ask('open at a time', 'will colindale police be open at 9pm this evening', [COLINDALE, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'is hammersmith police open at 8am tomorrow', [HAMMERSMITH, at(9)], [SAYS_YES]),
  ask('open at a time', 'bethnal green police open at half 9 on monday morning?', [BETHNAL_GREEN, at(10)], [SAYS_YES]),
  ask('open at a time', 'is lewisham police open at 3 in the morning on sunday', [LEWISHAM, OPEN_24], [SAYS_SHUT]),
  ask('open at a time', 'tottenham police open at 6pm sunday?', [TOTTENHAM, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'is kingston police open at 8pm on saturday', [KINGSTON, at(19)], [SAYS_YES]),
  ask('open at a time', 'can i go to hayes police at 10:30pm tonight', [HAYES, at(22)], [SAYS_YES]),
  ask('open at a time', 'is dagenham police counter open now', [DAGENHAM, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'charing cross police open at midnight tonight', [CHARING_CROSS, OPEN_24], [SAYS_SHUT]),
  ask('open at a time', 'is brixton police open at 7am on tuesday', [BRIXTON, at(10)], [SAYS_YES]),
  ask('open at a time', 'is acton police station open this minute', [ACTON, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'will wembley police desk be open at noon on sunday', [WEMBLEY, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'is bromley police open at 1am', [BROMLEY, SHUT_THEN], [SAYS_YES]),
  ask('open at a time', 'is plumstead police open right now or have they shut for lunch', [PLUMSTEAD, OPEN], [SAYS_SHUT]),
  ask('open at a time', 'stratford police open at 9.30 tonight?', [STRATFORD, OPEN], [SAYS_SHUT]),

  // =========================================================================
  // TIMES AS PEOPLE SAY THEM
  // =========================================================================
  ask('times as people say them', 'can i get to sutton police after work, like quarter to ten tonight', [SUTTON, OPEN], [SAYS_SHUT]),
  ask('times as people say them', 'is islington police open first thing tomorrow, like 8ish', [ISLINGTON, at(9)], [SAYS_YES]),
  ask('times as people say them', 'edmonton police open at teatime on sunday?', [EDMONTON, at(19)], [SAYS_SHUT]),
  ask('times as people say them', 'could i get to walworth police after the school run tomorrow, say half nine', [WALWORTH, OPEN], [SAYS_SHUT]),
  ask('times as people say them', 'lavender hill police open late tonight? like gone 10', [LAVENDER_HILL, at(22)], [SAYS_YES]),
  ask('times as people say them', 'hounslow police open in the wee hours?', [HOUNSLOW, NOT_ALL_NIGHT]),
  ask('times as people say them', 'kentish town police at lunchtime sunday, open?', [KENTISH_TOWN, OPEN], [SAYS_SHUT]),
  ask('times as people say them', 'ilford police after the pub shuts tonight, anyone there?', [ILFORD, at(22)], [SAYS_YES]),
  ask('times as people say them', 'is lewisham police open in the early hours of saturday', [LEWISHAM, OPEN_24], [SAYS_SHUT]),
  ask('times as people say them', 'can i get to croydon police by 7 in the evening on saturday, will it still be open', [CROYDON, at(19)]),

  // =========================================================================
  // STILL OPEN OR CLOSING
  // =========================================================================
  ask('still open or closing', 'has chingford police counter gone for good', [/Chingford/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'twickenham police desk still running?', [/Twickenham/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'did the barking learning centre police counter close down', [/Barking/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'south harrow police station front desk still open?', [/Harrow/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'is there still a police counter on church street nw8', [/Church Street/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'Is the Royalty Studios counter by Grenfell still open to the public', [/Royalty Studios/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'wimbledon police desk shut?', [/Wimbledon/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'pinner police volunteers desk still going', [/Pinner/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'is kensington police station counter closed now', [/Kensington/i, CLOSED_FEB_2026]),
  ask('still open or closing', 'mitcham police open saturday?', [/Mitcham/i, CLOSED_FEB_2026], [SAYS_YES]),
  ask('still open or closing', 'is bromley police station closing down soon', [BROMLEY, STAYS_OPEN]),
  ask('still open or closing', 'are they closing sutton police front counter', [SUTTON, STAYS_OPEN]),
  ask('still open or closing', 'i heard lavender hill police front office is closing, is that right', [LAVENDER_HILL, STAYS_OPEN]),
  ask('still open or closing', 'is bethnal green police counter being shut', [BETHNAL_GREEN, STAYS_OPEN]),
  ask('still open or closing', 'is the forest gate police counter open', [STRATFORD]),
  ask('still open or closing', 'eltham police station still open to public?', [/Eltham/i, /2017/, CLOSED]),
  ask('still open or closing', 'catford police open?', [/Catford/i, /2017/, CLOSED]),
  ask('still open or closing', 'is there a counter at kennington police still', [/Kennington/i, /2017/]),
  ask('still open or closing', 'southall police front counter, still open?', [/Southall/i, /2017/]),
  ask('still open or closing', 'can i still go to ealing police station to report something', [/Ealing/i, /2017/]),
  ask('still open or closing', 'hornsey police station still have a desk', [/Hornsey/i, /2017/]),
  ask('still open or closing', 'is deptford police station open', [/Deptford/i, /2017/]),
  ask('still open or closing', 'are the police in limehouse still taking walk ins', [/Limehouse/i, /2017/]),
  ask('still open or closing', 'can i walk into wood green police these days', [/Wood Green/i, anyOf(CLOSED, /2017/)]),
  ask('still open or closing', 'will stratford police station close when forest gate is rebuilt', [STRATFORD, /Forest Gate/i]),
  ask('still open or closing', 'is stratford police open 24 hours still', [STRATFORD, NOT_24]),
  ask('still open or closing', 'can i report a crime at the woodford policing hub', [NOT_A_COUNTER]),
  ask('still open or closing', 'the mobile police station van, is that a proper front counter', [NOT_A_COUNTER, /van|mobile/i]),
  ask('still open or closing', 'is charing cross police counter closing too', [CHARING_CROSS, OPEN_24]),
  ask('still open or closing', 'i read the 28 feb closures were paused, so is twickenham police still open', [/Twickenham/i, CLOSED_FEB_2026], [SAYS_YES]),

  // =========================================================================
  // NEAREST TO A POSTCODE (full postcode, sector, district)
  // =========================================================================
  nearCode('nearest police front counter to E1 7QX', BETHNAL_GREEN), // E1 7: Bethnal Green 1.94; E1 1.26.
  nearCode('BR2 0 police station near me', BROMLEY), // BR2 0: Bromley 1.07; BR2 1.38.
  nearCode('closest cop shop to N19 4', KENTISH_TOWN), // N19 4: Kentish Town 2.01; N19 1.92.
  nearCode('which police desk do i go to from E2 2', BETHNAL_GREEN), // E2 2: Bethnal Green 0.69; E2 0.64.
  nearCode('im in BR6 1, where can i report something in person', BROMLEY), // BR6 1: Bromley 6.17; BR6 6.35.
  nearCode('nearest police counter to N6 9', KENTISH_TOWN), // N6 9: Kentish Town 2.33; N6 2.64.
  nearCode('i live in IG1 3 whats my nearest police station with a desk', ILFORD), // IG1 3: Ilford 1.73; IG1 0.49.
  nearCode('E16 9 nearest front counter', STRATFORD), // E16 9: Stratford 3.14; E16 3.66.
  nearCode('police desk for KT3 6 please', KINGSTON), // KT3 6: Kingston 4.55; KT3 3.55.
  nearCode('W6 8 police front office', HAMMERSMITH), // W6 8: Hammersmith 0.96; W6 0.37.
  nearCode('where is my nearest police station E17 0', TOTTENHAM), // E17 0: Tottenham 3.64; E17 3.41.
  nearCode('nearest police counter DA14 6', BEXLEYHEATH), // DA14 6: Bexleyheath 4.96; DA14 4.40.
  nearCode('SE17 9 police station walk in', WALWORTH), // SE17 9: Walworth 0.07; SE17 0.31.
  nearCode('postcode EN5 9, closest police counter pls', COLINDALE), // EN5 9: Colindale 7.06; EN5 6.63.
  nearCode('HA5 9 nearest police front desk now harrow has none', WEMBLEY), // HA5 9: Wembley 7.31; HA5 7.37.
  nearCode('W5 5 police counter', ACTON), // W5 5: Acton 2.01; W5 1.91.
  nearCode('nearest police desk to TW8 9DY', ACTON), // TW8 9: Acton 3.08; TW8 3.14.
  nearCode('i am at NW2 7, which front counter is closest', COLINDALE), // NW2 7: Colindale 3.57; NW2 4.53.
  nearCode('SE21 9 nearest police', BRIXTON), // SE21 9: Brixton 3.64; SE21 3.34.
  nearCode('N14 9 police station with a front desk', EDMONTON), // N14 9: Edmonton 4.73; N14 5.00.
  nearCode('closest police counter to EN1 4', EDMONTON), // EN1 4: Edmonton 5.15; EN1 3.58.
  nearCode('SW18 4 where do i go to hand in lost property', LAVENDER_HILL), // SW18 4: Lavender Hill 2.81; SW18 2.50.
  nearCode('nearest police desk to se10 1', LEWISHAM), // SE10 1: Lewisham 3.48; SE10 2.49.
  nearCode('BR1 5 closest front counter', BROMLEY), // BR1 5: Bromley 3.18, Lewisham 4.22; BR1 1.42.
  nearCode('sw14 8 police front desk', HAMMERSMITH), // SW14 8: Hammersmith 4.15, Acton 4.85; SW14 4.39, 4.83.
  nearCode('W12 9 nearest police counter open today', HAMMERSMITH), // W12 9: Hammersmith 1.65; W12 1.87.
  nearCode('SE1 2 police counter near me', WALWORTH), // SE1 2: Walworth 2.06; SE1 1.18.
  nearCode('HA4 8 police station desk', HAYES), // HA4 8: Hayes 5.99; HA4 5.29.
  nearCode('se9 5 nearest police', LEWISHAM), // SE9 5: Lewisham 4.25; SE9 4.92.
  nearCode('CR2 7 police front counter', CROYDON), // CR2 7: Croydon 1.80; CR2 2.72.
  nearCode('TW13 7 police desk nearest', HOUNSLOW), // TW13 7: Hounslow 4.63; TW13 4.24.
  nearCode('nearest cop shop SE25 4', CROYDON), // SE25 4: Croydon 3.63; SE25 3.27.
  nearCode('UB3 3 front counter', HAYES), // UB3 3: Hayes 2.40; UB3 2.35.
  nearCode('N5 9 closest police station open to the public', STOKE_NEWINGTON), // N5 9: Stoke Newington 1.73; N5 1.70.
  nearCode('nw6 5 police counter', KENTISH_TOWN), // NW6 5: Kentish Town 4.00; NW6 3.84.
  nearCode('E1W 9 police station nearest', BETHNAL_GREEN), // E1W 9: Bethnal Green 1.06; E1W 2.12.
  nearCode('TW11 1 nearest police front desk', KINGSTON), // TW11 1: Kingston 2.79; TW11 2.65.
  nearCode('E10 9 police counter', STRATFORD), // E10 9: Stratford 3.65; E10 3.42.
  nearCode('police desk near N3 9', COLINDALE), // N3 9: Colindale 3.24; N3 3.30.
  nearCode('SM5 9 nearest police counter', SUTTON), // SM5 9: Sutton 2.67; SM5 1.75.
  nearCode('RM7 8 police front desk', ROMFORD), // RM7 8: Romford 2.01; RM7 1.44.
  nearCode('RM9 9 nearest police', DAGENHAM), // RM9 9: Dagenham 1.86; RM9 2.22.
  nearCode('SE2 8 front counter police', PLUMSTEAD), // SE2 8: Plumstead 1.46; SE2 1.46.
  nearCode('police counter nearest to EC1Y 8', ISLINGTON), // EC1Y 8: Islington 1.76; EC1Y 1.75.
  nearCode('HA1 9 police station open to public', WEMBLEY), // HA1 9: Wembley 4.16; HA1 3.93.
  nearCode('TW2 5 where is the nearest police desk', HOUNSLOW), // TW2 5: Hounslow 3.30; TW2 2.62.
  nearCode('IG3 9 police front counter', ILFORD), // IG3 9: Ilford 1.66; IG3 1.59.
  nearCode('E7 7 nearest police desk', STRATFORD), // E7 7: Stratford 1.73; E7 1.85.
  nearCode('E5 5 police counter', STOKE_NEWINGTON), // E5 5: Stoke Newington 1.22; E5 1.48.
  nearCode('SW9 7 police station desk', BRIXTON), // SW9 7: Brixton 0.45; SW9 0.50.
  nearCode('KT1 2 police front counter near', KINGSTON), // KT1 2: Kingston 0.54; KT1 0.60.
  nearCode('UB4 0 nearest police', HAYES), // UB4 0: Hayes 2.17; UB4 1.84.
  nearCode('DA6 8 closest police station', BEXLEYHEATH), // DA6 8: Bexleyheath 1.25; DA6 0.72.
  nearCode('W3 9 police desk', ACTON), // W3 9: Acton 0.18; W3 0.63.
  nearCode('nearest police counter to the SE26 area', LEWISHAM), // SE26: Lewisham 5.02, Brixton 5.79.
  nearCode('WC1X police front desk', ISLINGTON), // WC1X: Islington 0.85, Charing Cross 1.99.
  nearCode('NW11 nearest police station', COLINDALE), // NW11: Colindale 3.66, Kentish Town 4.99.
  nearCode('SW1X nearest police counter', CHARING_CROSS), // SW1X: Charing Cross 2.57, Lavender Hill 3.75.
  // The nearest 24-hour desk
  ask('nearest to a postcode', 'nearest 24 hour police counter to IG1 3', [LEWISHAM]), // 24h IG1 3: Lewisham 12.60, Charing Cross 14.26.
  ask('nearest to a postcode', 'which police station is open all night nearest KT3 6', [CHARING_CROSS]), // 24h KT3 6: Charing Cross 15.22, Lewisham 17.97.
  ask('nearest to a postcode', 'DA14 6 nearest 24/7 police desk', [LEWISHAM]), // 24h DA14 6: Lewisham 8.76, Charing Cross 18.24.
  ask('nearest to a postcode', 'i need a police counter open through the night near E1 7', [CHARING_CROSS]), // 24h E1 7: Charing Cross 3.53, Lewisham 7.44.
  ask('nearest to a postcode', 'round the clock police desk closest to BR6 1', [LEWISHAM]), // 24h BR6 1: Lewisham 12.22, Charing Cross 21.43.
  ask('nearest to a postcode', 'W14 4 nearest 24hr police station', [CHARING_CROSS]), // 24h W14 4: Charing Cross 6.26, Lewisham 14.52.
  ask('nearest to a postcode', 'nearest police counter open at 3am to SE9 5', [LEWISHAM]), // 24h SE9 5: Lewisham 4.25, Charing Cross 13.70.
  ask('nearest to a postcode', 'which desk is open 24 hours nearest to N14 9', [CHARING_CROSS]), // 24h N14 9: Charing Cross 13.43, Lewisham 20.33.
  ask('nearest to a postcode', 'E16 9 closest 24 hour counter', [LEWISHAM]), // 24h E16 9: Lewisham 5.97, Charing Cross 10.15.
  ask('nearest to a postcode', 'nearest police desk open now to RM1 4', [ROMFORD]), // RM1 4: Romford 1.19; RM1 0.21. Open now (Fri 14:00).
  ask('nearest to a postcode', 'W1D 4 nearest police station', [CHARING_CROSS]), // W1D 4: Charing Cross 0.64; W1D 0.68.
  ask('nearest to a postcode', 'WC1H 9 police front counter', [ISLINGTON]), // WC1H 9: Islington 1.28, Charing Cross 1.93; WC1H 1.28, 1.90.
  ask('nearest to a postcode', 'nearest police desk to SM4 4 since mitcham closed', [SUTTON]), // SM4 4: Sutton 3.87; SM4 3.58.
  ask('nearest to a postcode', 'SW3 6 which police front desk is nearest', [LAVENDER_HILL]), // SW3 6: Lavender Hill 2.74; SW3 2.76.

  // =========================================================================
  // NEIGHBOURHOOD OR TOWN (place point, then district)
  // =========================================================================
  nearPlace('nearest police counter to tulse hill', BRIXTON), // Tulse Hill: Brixton 2.88; SE27 3.88.
  nearPlace('sydenham police desk nearest', LEWISHAM), // Sydenham: Lewisham 5.08, Brixton 5.84; SE26 5.02, 5.79.
  nearPlace('colliers wood - where do i report stuff in person now', LAVENDER_HILL), // Colliers Wood: Lavender Hill 5.30; SW19 5.31.
  nearPlace('raynes park nearest police station with a counter', KINGSTON), // Raynes Park: Kingston 5.33, Sutton 5.96; SW20 5.49, 6.09.
  nearPlace('i live in southfields, closest police desk?', LAVENDER_HILL), // Southfields: Lavender Hill 3.74; SW18 2.50.
  nearPlace('holland park nearest police front counter', HAMMERSMITH), // Holland Park: Hammersmith 1.69; W11 2.06.
  nearPlace('ladbroke grove police station to walk into', HAMMERSMITH), // Ladbroke Grove: Hammersmith 2.68; W10 3.21.
  nearPlace('west hampstead nearest police desk', KENTISH_TOWN), // West Hampstead: Kentish Town 3.40; NW6 3.84.
  nearPlace('finsbury park police counter closest', STOKE_NEWINGTON), // Finsbury Park: Stoke Newington 2.26, Kentish Town 2.96; N4 2.42.
  nearPlace('south woodford, nearest place to report a crime face to face', ILFORD), // South Woodford: Ilford 5.03; E18 5.26.
  nearPlace('seven kings police station near me', ILFORD), // Seven Kings: Ilford 1.22; IG3 1.59.
  nearPlace('custom house nearest police desk', STRATFORD), // Custom House: Stratford 3.61; E16 3.66.
  nearPlace('whetstone nearest cop shop', COLINDALE), // Whetstone: Colindale 5.82; N20 5.86.
  nearPlace('enfield town police counter', EDMONTON), // Enfield Town: Edmonton 3.55; EN2 4.78.
  nearPlace('west norwood police station open to the public', BRIXTON), // West Norwood: Brixton 3.72; SE27 3.88.
  nearPlace('streatham hill nearest police', BRIXTON), // Streatham Hill: Brixton 3.14, Lavender Hill 3.84; SW2 1.80.
  nearPlace('crofton park nearest front desk', LEWISHAM), // Crofton Park: Lewisham 2.04; SE4 1.78.
  nearPlace('falconwood police desk', anyOf(PLUMSTEAD, BEXLEYHEATH)), // Falconwood: Plumstead 3.27, Bexleyheath 4.86; DA16 2.52, 3.10.
  nearPlace('bexley village nearest police station with a desk', BEXLEYHEATH), // Bexley village: Bexleyheath 1.90; DA5 1.84.
  nearPlace('barnehurst police counter near', BEXLEYHEATH), // Barnehurst: Bexleyheath 1.16; DA7 0.98.
  nearPlace('addiscombe police front counter', CROYDON), // Addiscombe: Croydon 1.83; CR0 1.27.
  nearPlace('waddon nearest police station', CROYDON), // Waddon: Croydon 1.53; CR0 1.27.
  nearPlace('belmont sutton nearest police desk', SUTTON), // Belmont: Sutton 2.01; SM2 1.18.
  nearPlace('rose hill nearest police counter', SUTTON), // Rose Hill: Sutton 3.21; SM4 3.58.
  nearPlace('st helier estate police station near', SUTTON), // St Helier: Sutton 3.29; SM5 1.75.
  nearPlace('north cheam where is the nearest police counter', SUTTON), // North Cheam: Sutton 2.34; SM3 2.08.
  nearPlace('st margarets twickenham nearest police desk open', HOUNSLOW), // St Margarets: Hounslow 3.45, Kingston 5.27; TW1 3.36, 4.92.
  nearPlace('gunnersbury police counter', ACTON), // Gunnersbury: Acton 1.83; W4 2.09.
  nearPlace('east acton nearest police station', ACTON), // East Acton: Acton 2.21, Hammersmith 2.94; W3 0.63.
  nearPlace('mill hill east nearest police desk', COLINDALE), // Mill Hill East: Colindale 2.49; NW7 2.05.
  nearPlace('bowes park nearest police', TOTTENHAM), // Bowes Park: Tottenham 3.90, Edmonton 4.41; N22 2.96, 4.21.
  nearPlace('edmonton green police counter', EDMONTON), // Edmonton Green: Edmonton 0.19; N9 0.72.
  nearPlace('bush hill park police station', EDMONTON), // Bush Hill Park: Edmonton 2.25; EN1 3.58.
  nearPlace('grange park nearest police front counter', EDMONTON), // Grange Park: Edmonton 3.30; N21 3.11.
  nearPlace('cranham police counter nearest', ROMFORD), // Cranham: Romford 5.44; RM14 6.14.
  nearPlace('south hornchurch nearest police desk', DAGENHAM), // South Hornchurch: Dagenham 2.55; RM13 2.88.
  nearPlace('fairlop police station near me', ILFORD), // Fairlop: Ilford 4.04; IG6 4.01.
  nearPlace('clayhall nearest police desk', ILFORD), // Clayhall: Ilford 3.39; IG5 3.64.
  nearPlace('upton park nearest police counter', STRATFORD), // Upton Park: Stratford 2.20; E13 2.01.
  nearPlace('aldgate nearest met police front desk', anyOf(BETHNAL_GREEN, CITY_POLICE)), // Aldgate: Bethnal Green 2.20; E1 1.26 (City police for the Square Mile).
  nearPlace('spitalfields police counter', BETHNAL_GREEN), // Spitalfields: Bethnal Green 1.73; E1 1.26.
  nearPlace('downham nearest police station', BROMLEY), // Downham: Bromley 3.31, Lewisham 4.09; BR1 1.42.
  nearPlace('sundridge park police desk nearest', BROMLEY), // Sundridge: Bromley 2.13; BR1 1.42.
  nearPlace('keston nearest police counter', BROMLEY), // Keston: Bromley 4.46; BR2 1.38.
  nearPlace('locksbottom police station', BROMLEY), // Locksbottom: Bromley 4.62; BR6 6.35.
  nearPlace('vauxhall nearest police front desk', WALWORTH), // Vauxhall: Walworth 1.80, Brixton 2.45; SE11 0.97.
  nearPlace('hackney wick police counter', anyOf(BETHNAL_GREEN, STRATFORD)), // Hackney Wick: E9 Bethnal Green 1.94, Stratford 3.27 (the place sits by the Olympic Park).
  nearPlace('isle of dogs nearest police desk', anyOf(LEWISHAM, BETHNAL_GREEN)), // Isle of Dogs: Lewisham 3.61, Bethnal Green 4.49; E14 Bethnal Green 3.46.
  ask('neighbourhood or town', 'nearest 24 hour police counter to sydenham', [LEWISHAM]), // 24h Sydenham: Lewisham 5.08, Charing Cross 10.40.
  ask('neighbourhood or town', 'which all-night police desk is nearest holland park', [CHARING_CROSS]), // 24h Holland Park: Charing Cross 5.54, Lewisham 14.16.
  ask('neighbourhood or town', 'cranham, is there a police desk open all night anywhere near', [LEWISHAM]), // 24h Cranham: Lewisham 21.83, Charing Cross 27.30.

  // =========================================================================
  // BOROUGH
  // =========================================================================
  ask('borough', 'where is the police front counter for camden borough', [KENTISH_TOWN]),
  ask('borough', 'southwark council area police desk', [WALWORTH]),
  ask('borough', 'which station has the front counter in tower hamlets', [BETHNAL_GREEN]),
  ask('borough', 'hackney police front counter where', [STOKE_NEWINGTON]),
  ask('borough', 'royal borough of greenwich police station open to public', [PLUMSTEAD]),
  ask('borough', 'havering police counter', [ROMFORD]),
  ask('borough', 'hillingdon borough police front desk', [HAYES]),
  ask('borough', 'police station for brent residents with a counter', [WEMBLEY]),
  ask('borough', 'barnet police front counter where is it', [COLINDALE]),
  ask('borough', 'enfield borough police desk', [EDMONTON]),
  ask('borough', 'which haringey police station still has a desk for the public', [TOTTENHAM]),
  ask('borough', 'lambeth - which police counter is still open', [BRIXTON]),
  ask('borough', 'i live in the borough of wandsworth, where is our police desk', [LAVENDER_HILL]),
  ask('borough', 'bexley police station with a public desk', [BEXLEYHEATH]),
  ask('borough', "redbridge residents - where's our police front desk", [ILFORD]),
  ask('borough', 'newham borough police front desk address', [STRATFORD, /West Ham Lane|E15\s?4SG/i]),
  ask('borough', 'barking & dagenham borough, police counter where', [DAGENHAM]),
  ask('borough', 'does merton have any police front desk now', [NO_COUNTER]),
  ask('borough', "we're in richmond upon thames borough, is there a police desk we can go to", [NO_COUNTER]),
  ask('borough', 'waltham forest front counter police, where do we go', [NO_COUNTER]),
  ask('borough', 'harrow borough police station with a desk', [NO_COUNTER]),
  ask('borough', 'kensington and chelsea police front counter open', [NO_COUNTER]),
  ask('borough', 'hammersmith and fulham police desk', [HAMMERSMITH]),
  ask('borough', 'ealing borough police counter', [ACTON]),
  ask('borough', 'which boroughs have no police counter left', NO_COUNTER_BOROUGHS),

  // =========================================================================
  // LISTS
  // =========================================================================
  ask('lists', 'list every police counter open 24 hours in london', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'how many police front desks are left in london now', [COUNTERS_NOW]),
  ask('lists', 'which police counters shut on the 28th of february', [/Chingford/i, /Wimbledon/i, /Twickenham/i]),
  ask('lists', 'all the police stations in london that open on sundays', [anyOf(COUNTERS_NOW, WEEKENDS)]),
  ask('lists', 'how many police counters closed this year', [/\b10\b|\bten\b/i]),
  ask('lists', 'give me all the police desks in south east london', [LEWISHAM, anyOf(PLUMSTEAD, BROMLEY, BEXLEYHEATH)]),
  ask('lists', 'which police front counters close at 10pm on weekdays', [anyOf(COUNTERS_NOW, /\b25\b|twenty[- ]five/i, WEEKDAYS)]),
  ask('lists', 'what police counters are open right now', [anyOf(COUNTERS_NOW, CHARING_CROSS)]),
  ask('lists', 'which met counters are 24/7 these days', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'the list of stations that lost their counter in feb 2026', [/Pinner/i, /Mitcham/i, /Kensington/i]),
  ask('lists', 'how many police counters are open all night', [TWO, CHARING_CROSS]),
  ask('lists', 'police desks in north london list please', [anyOf(TOTTENHAM, EDMONTON, ISLINGTON, KENTISH_TOWN, COLINDALE)]),

  // =========================================================================
  // THE PAST (and the data's conflicting sources)
  // =========================================================================
  ask('the past', 'when did chiswick police station stop having a front desk', [/Chiswick/i, CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'kilburn police counter, when did that close', [/Kilburn/i, CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'what year did streatham police front counter close', [/Streatham/i, /2017/], [TODAY_FIRST]),
  ask('the past', 'when did fulham police station close to the public', [/Fulham/i, /2017/], [TODAY_FIRST]),
  ask('the past', 'uxbridge police front counter closure date', [/Uxbridge/i, CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'when did wandsworth high street police counter shut', [/Wandsworth/i, CLOSED_DEC_2017], [TODAY_FIRST]),
  ask('the past', 'when did holborn police station counter close', [/Holborn/i, /2018/], [TODAY_FIRST]),
  ask('the past', 'west wickham police office, when did it close', [/West Wickham/i, /17 Dec(?:ember)? 2017/i], [TODAY_FIRST]),
  ask('the past', 'was wimbledon police station meant to close in 2017? what happened', [/Wimbledon/i, /quash|High Court|court|2018/i]),
  ask('the past', 'my nan swears woodford police had a front desk open 9 to 5 on weekdays in 2017, was she right', [WOODFORD_NO_COUNTER], [SAYS_YES]),
  ask('the past', 'was barkingside police station open 24 hours in 2017', [/Barkingside/i, SOURCES_DIFFER]),
  ask('the past', 'when did notting hill police station counter close, 2017 or 2019', [NOTTING_HILL_YEARS]),
  ask('the past', 'did notting hill police counter shut in 2019', [/2017/]),
  ask('the past', 'when was forest gate police station damaged by fire', [/Forest Gate/i, /6 Mar(?:ch)? 2024|March 2024|2024/i], [TODAY_FIRST]),
  ask('the past', 'where was the hammersmith police counter while they rebuilt the station', [SHEPHERDS_BUSH, REBUILD_YEARS]),
  ask('the past', 'hammersmith nick reopened after being knocked down and rebuilt, when was that', [HAMMERSMITH, /29 Sep(?:tember)? 2020|Sep(?:tember)? 2020|2020/i]),
  ask('the past', 'when ilford police was being refurbished where did people go', [/Barkingside/i, /2020/]),
  ask('the past', 'where was the islington police counter during the 2020 works', [/Holloway/i]),
  ask('the past', 'when did bethnal green police station reopen after refurbishment', [BETHNAL_GREEN, /2021/]),
  ask('the past', 'stoke newington police station reopened when after its refit', [STOKE_NEWINGTON, /2022/]),
  ask('the past', 'dagenham police counter was shut for a while, when did it reopen', [DAGENHAM, /2023/]),
  ask('the past', 'how many police front counters were there in london before 2013', [BEFORE_2013]),
  ask('the past', 'how many police counters did london have in 2017 before that round of closures', [SEVENTY_THREE]),
  ask('the past', 'if the august 2025 plan had gone ahead how many counters would be left', [AUGUST_LIST]),
  ask('the past', 'how many counters did the 2013 plan leave', [SEVENTY_THREE_OF_136]),
  ask('the past', 'how many police counters were open 24 hours in 2015', [/\b33\b|thirty[- ]three/i]),
  ask('the past', 'how many front counters closed in the 2017 shake up', [/\b37\b|\b38\b|thirty[- ]seven|thirty[- ]eight/i]),
  ask('the past', 'when was the 2017 closures decision made', [/31 Oct(?:ober)? 2017|Oct(?:ober)? 2017|1 Nov(?:ember)? 2017/i]),
  ask('the past', 'which two stations were saved from closure in 2013', [/Gipsy Hill/i, DAGENHAM]),
  ask('the past', 'when did the news first leak about the latest counter closures', [/17 Jul(?:y)? 2025|Jul(?:y)? 2025/i]),
  ask('the past', 'when was the list of closing police counters announced in 2025', [/6 Aug(?:ust)? 2025|Aug(?:ust)? 2025/i]),
  ask('the past', 'when did the met change its mind and keep more counters open', [/15 Oct(?:ober)? 2025|Oct(?:ober)? 2025/i]),
  ask('the past', 'how many counters were in the august 2025 plan to close', [EIGHTEEN]),
  ask('the past', 'when did the new reduced hours start at police counters', [MARCH_2026]),
  ask('the past', 'was kingston police station open 24 hours before the changes', [KINGSTON, OPEN_24]),
  ask('the past', 'twickenham police closed in 2020 for a refurb, right?', [/Twickenham/i, /2020/]),
  ask('the past', 'what did the mayor promise about a 24 hour counter in every borough', [/borough/i, /2024|2017|manifesto|pledge|promise|commit/i]),
  ask('the past', 'why did the met shut so many front desks', [MONEY]),
  ask('the past', 'how much is the met saving a year by shutting these desks', [/£\s?7\s?m|7 million/i]),
  ask('the past', 'what share of crimes get reported at front desks these days', [/\b5\s?%|5 per ?cent|five per ?cent/i]),
  ask('the past', 'which was the busiest police counter in 2025', [CHARING_CROSS]),
  ask('the past', 'when did the met publish its estates strategy with the policing hubs', [/18 Dec(?:ember)? 2025|Dec(?:ember)? 2025/i]),

  // =========================================================================
  // COMPARISON
  // =========================================================================
  ask('comparison', 'SE10 1 - which is nearer, lewisham or plumstead police', [saysNearer(LEWISHAM)]), // SE10 1: Lewisham 3.48, Plumstead 5.39.
  ask('comparison', 'is tottenham or edmonton police closer to N9 9', [saysNearer(EDMONTON)]), // N9 9: Edmonton 0.76, Tottenham 3.95.
  ask('comparison', 'from W5 5 is acton or wembley police closer', [saysNearer(ACTON)]), // W5 5: Acton 2.01, Wembley 4.75.
  ask('comparison', 'does brixton stay open later than croydon police on saturday', [SAME]),
  ask('comparison', 'is romford police open longer hours than dagenham', [SAME]),
  ask('comparison', 'which is open later tonight, lewisham or bromley police', [LEWISHAM, OPEN_24]),
  ask('comparison', 'charing cross vs islington police opening hours', [CHARING_CROSS, OPEN_24, ISLINGTON, WEEKDAYS]),
  ask('comparison', 'do ilford and stratford police keep the same hours on sunday', [SAME, WEEKENDS]),
  ask('comparison', 'which opens earlier on a saturday, sutton or kingston police', [SAME]),
  ask('comparison', 'is walworth or brixton nearer to SE17 9', [saysNearer(WALWORTH)]), // SE17 9: Walworth 0.07, Brixton 2.88.
  ask('comparison', 'hounslow vs hayes police desk, which is closer to TW13 7', [saysNearer(HOUNSLOW)]), // TW13 7: Hounslow 4.63, Hayes 9.88.
  ask('comparison', 'are there more police counters now than in 2017', [/fewer|less|down|\b27\b|\b38\b|no\b/i]),

  // =========================================================================
  // ABOUT THE SERVICE
  // =========================================================================
  ask('about the service', 'am i chatting to an actual copper', [A_BOT]),
  ask('about the service', 'r u a robot', [A_BOT]),
  ask('about the service', 'do you keep my postcode after i close this', [PRIVACY]),
  ask('about the service', 'where does all this station info come from', [SOURCES]),
  ask('about the service', 'how current are your opening times', [UP_TO_DATE]),
  ask('about the service', 'what sort of things can i ask you', [SAYS_WHAT_IT_DOES]),
  ask('about the service', 'what do ppl actually go to a police front desk for', [COUNTER_USES]),
  ask('about the service', 'can i trust these hours or should i double check', [ONLINE]),
  ask('about the service', 'is this run by the met police', [anyOf(A_BOT, SOURCES)]),
  ask('about the service', 'can you speak other languages', [anyOf(LANGUAGE_LINE, /English/i)]),
  ask('about the service', 'does this chat get read by police officers', [anyOf(A_BOT, PRIVACY, /not (?:monitored|read|seen)|no one|nobody/i)]),
  ask('about the service', 'is this the same as reporting a crime', [NON_URGENT]),
  ask('about the service', 'why should i use you instead of google', [SAYS_WHAT_IT_DOES]),

  // =========================================================================
  // SMALL TALK
  // =========================================================================
  ask('small talk', 'mornin, hows it going', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'sorted, cheers for that mate', [THANKS_REPLY]),
  ask('small talk', 'ta very much x', [THANKS_REPLY]),
  ask('small talk', 'that was actually useful, nice one', [THANKS_REPLY]),
  ask('small talk', 'ok laters', [BYE]),
  ask('small talk', 'good evening, anyone there?', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'how r u doing today bot', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'nah that was useless', [anyOf(ONLINE, CALL_101, SAYS_WHAT_IT_DOES, /sorry/i)]),

  // =========================================================================
  // OUT OF SCOPE
  // =========================================================================
  ask('out of scope', 'is it gonna rain in london tmrw', OFF_TOPIC_REPLY),
  ask('out of scope', 'can you recommend a good curry house in brick lane', OFF_TOPIC_REPLY),
  ask('out of scope', 'what time is the next train from euston to manchester', OFF_TOPIC_REPLY),
  ask('out of scope', 'how do i get my passport renewed quickly', OFF_TOPIC_REPLY),
  ask('out of scope', 'who won the arsenal game last night', OFF_TOPIC_REPLY),
  ask('out of scope', 'when is my bin collection in lewisham', OFF_TOPIC_REPLY),

  // =========================================================================
  // CANNOT DO
  // =========================================================================
  ask('cannot do', 'can u book me a slot to see an officer at ilford police tomorrow', [anyOf(DECLINE, CALL_101)]),
  ask('cannot do', 'please report my stolen bike for me, it was taken outside tesco', [NON_URGENT], [STATION_INFO_FIRST]),
  ask('cannot do', 'send an officer round to mine about the noisy neighbours', [anyOf(DECLINE, CALL_101)]),
  ask('cannot do', 'can you tell me when my bail date is', [anyOf(DECLINE, CALL_101)]),
  ask('cannot do', 'what happened with my crime report from last week, ref 4419', [anyOf(DECLINE, CALL_101, ONLINE)]),
  ask('cannot do', 'can you ring colindale police and tell them im running late', [anyOf(DECLINE, CALL_101)]),
  ask('cannot do', 'i want to hand in a found phone, can you log it for me', [anyOf(DECLINE, ONLINE, CALL_101, /hand (?:it )?in|front counter|police station/i)]),
  ask('cannot do', 'can you check if my son has been arrested', [anyOf(DECLINE, CALL_101)]),
  ask('cannot do', 'pls file a complaint for me about the officer who was rude to me', [anyOf(DECLINE, ONLINE, CALL_101)]),
  ask('cannot do', 'can you get me a crime reference number', [anyOf(DECLINE, ONLINE, CALL_101)]),
  ask('cannot do', 'give me the phone number for the desk at brixton police', [anyOf(CALL_101, DECLINE)]),
  ask('cannot do', 'can you email me the opening hours', [anyOf(DECLINE, /met\.police\.uk|here/i)]),
  ask('cannot do', 'i want to report something anonymously, can you pass it on', [CRIMESTOPPERS]),
  ask('cannot do', 'my mum is deaf, how can she contact police', [RELAY]),
  ask('cannot do', 'i need an interpreter to talk to the police, is that possible', [LANGUAGE_LINE]),

  // =========================================================================
  // NON-LONDON POSTCODES AND PLACES; OUTSIDE THE MET; THE CITY OF LONDON
  // =========================================================================
  outside('reading police station front desk hours'),
  outside('is guildford police station open on saturdays'),
  outside('watford police counter near me'),
  outside('nearest police station to AL1 3'),
  outside('CM1 1 police front counter'),
  outside('maidstone police station opening hours'),
  outside('brighton police front desk'),
  outside('SL1 2 nearest police desk'),
  ask('outside the Met', 'is dartford police station open now', [anyOf(NOT_LONDON, BEXLEYHEATH)]), // Dartford is in Kent; DA1 is 21% London (Bexley), so Bexleyheath is accepted too.
  ask('outside the Met', 'epsom police station hours please', [NOT_LONDON]),
  ask('outside the Met', 'im in chigwell which police desk', [anyOf(NOT_LONDON, ILFORD)]),
  ask('outside the Met', 'does the met run the police desk in slough', [NOT_LONDON]),
  ask('City of London', 'bishopsgate police station front counter', [anyOf(CITY_POLICE, NOT_LONDON)]),
  ask('City of London', 'EC4A 3 nearest police', [anyOf(CITY_POLICE, CHARING_CROSS)]), // EC4A 3: Charing Cross 1.35, Islington 2.00; EC4A 1.32.
  ask('City of London', 'i work near bank station, which police deal with the square mile', [CITY_POLICE]),
  ask('City of London', 'police front desk in the city of london for lost property', [anyOf(CITY_POLICE, CHARING_CROSS)]),
  ask('City of London', 'is there a met counter near st pauls cathedral', [anyOf(CITY_POLICE, CHARING_CROSS, ISLINGTON)]),

  // =========================================================================
  // NONSENSE AND BAD INPUT
  // =========================================================================
  ask('nonsense', 'zzzzzzzz', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '?? ?? ??', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'blorp fnargle police', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'XX9 9ZZ', [anyOf(PLACE_NOT_FOUND, /postcode|not (?:a )?(?:valid|recognised|London)/i)]),
  ask('nonsense', '1234567890', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'asdf jkl; qwerty', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '🙃🙃🙃', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'police police police police', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'nearest to', [ASKS_WHERE]),
  ask('nonsense', 'the the the', [SAYS_WHAT_IT_DOES]),

  // =========================================================================
  // OTHER LANGUAGES (not danger)
  // =========================================================================
  ask('non-English', 'O której otwiera się komisariat policji w Ilford w niedzielę?', [LANGUAGE_REPLY(ILFORD)]),
  ask('non-English', 'A esquadra de polícia de Stratford está aberta amanhã?', [LANGUAGE_REPLY(STRATFORD)]),
  ask('non-English', 'La ce oră se închide secția de poliție din Romford?', [LANGUAGE_REPLY(ROMFORD)]),
  ask('non-English', 'À quelle heure ouvre le commissariat de Brixton le samedi ?', [LANGUAGE_REPLY(BRIXTON)]),
  ask('non-English', 'ساؤتھ آل کے قریب کون سا پولیس اسٹیشن کھلا ہے؟', [anyOf(LANGUAGE_REPLY(HAYES), HOUNSLOW, ACTON)]),
  ask('non-English', 'ਹਾਊਂਸਲੋ ਪੁਲਿਸ ਸਟੇਸ਼ਨ ਕਦੋਂ ਖੁੱਲ੍ਹਦਾ ਹੈ?', [LANGUAGE_REPLY(HOUNSLOW)]),
  ask('non-English', 'वेम्बली पुलिस स्टेशन रविवार को कब खुलता है?', [LANGUAGE_REPLY(WEMBLEY)]),
  ask('non-English', 'ایستگاه پلیس کرویدن چه ساعتی باز است؟', [LANGUAGE_REPLY(CROYDON)]),
  ask('non-English', '刘易舍姆警察局晚上开门吗？', [LANGUAGE_REPLY(LEWISHAM)]),
  ask('non-English', 'Wann öffnet die Polizeiwache in Kingston am Sonntag?', [LANGUAGE_REPLY(KINGSTON)]),

  // =========================================================================
  // STATION BY ITS ROAD; ADDRESS
  // =========================================================================
  ask('station by its road', 'the police station on holmes road, what time does it shut', [KENTISH_TOWN, at(22)]),
  ask('station by its road', 'cop shop on manor place open sunday?', [WALWORTH, WEEKENDS]),
  ask('station by its road', 'west ham lane police open now?', [STRATFORD, OPEN], [SAYS_SHUT]),
  ask('station by its road', 'police on tolpuddle street hours', [ISLINGTON, WEEKDAYS]),
  ask('station by its road', 'the one on fore street edmonton, is it open saturday', [EDMONTON, WEEKENDS]),
  ask('station by its road', 'police station on arnsberg way opening times', [BEXLEYHEATH, WEEKDAYS]),
  ask('station by its road', 'the police on grahame park way - open tomorrow?', [COLINDALE, WEEKENDS]),
  ask('station by its road', 'police station on montague road hounslow sunday hours', [HOUNSLOW, WEEKENDS]),
  ask('station by its road', 'is the police on rainham road south open tonight', [DAGENHAM, at(22)]),
  ask('address', 'whats the full address of tottenham police', [/398 High Road/i, /N17\s?9JA/i]),
  ask('address', 'hayes police station postcode', [/UB4\s?8HU/i]),
  ask('address', 'address of plumstead police station pls', [/Plumstead High Street/i, /SE18\s?1JY/i]),
  ask('address', 'where exactly is romford police station', [/Main Road/i, /RM1\s?3BJ/i]),
  ask('address', 'sutton police address for satnav', [/Carshalton Road/i, /SM1\s?4RF/i]),
  ask('address', 'what road is acton police station on', [/High Street/i]),
  ask('address', 'lavender hill police station address and postcode', [/176 Lavender Hill/i, /SW11\s?1JX/i]),
  ask('address', 'charing cross police station, where is it exactly', [CHARING_CROSS_ADDRESS]),
  ask('address', 'lewisham police street address please', [LEWISHAM_ADDRESS]),
  ask('address', 'croydon police station exact address', [/Park Lane/i, /CR9\s?1BP/i]),

  // =========================================================================
  // TWO QUESTIONS IN ONE; AMBIGUOUS NAMES
  // =========================================================================
  ask('two questions in one', 'is bromley police open sunday and whats the address', [BROMLEY, WEEKENDS, /High Street|BR1\s?1ER/i]),
  ask('two questions in one', 'when does hounslow police open tomorrow and when does it close', [HOUNSLOW, at(9), at(19)]),
  ask('two questions in one', 'is ilford police open now and which is the nearest 24 hour one to it', [ILFORD, OPEN, LEWISHAM]), // 24h from Ilford station: Lewisham 12.48, Charing Cross 15.26.
  ask('two questions in one', 'what are wembley police hours and is harrow police still open', [inOrder(WEMBLEY, /Harrow/i), CLOSED_FEB_2026]),
  ask('two questions in one', 'kingston police saturday hours, and sutton police sunday hours', [inOrder(KINGSTON, SUTTON), WEEKENDS]),
  ask('two questions in one', 'nearest police to TW11 1 and is it open on sunday', [KINGSTON, WEEKENDS]), // TW11 1: Kingston 2.79.
  ask('two questions in one', 'did chingford close and where should chingford people go now', [/Chingford/i, CLOSED_FEB_2026, anyOf(EDMONTON, ILFORD, STRATFORD, TOTTENHAM)]), // From Chingford station: Edmonton 4.23, Tottenham 6.54; resident-facts.md §3 names Ilford or Newham.
  ask('two questions in one', 'is plumstead open tonight and is it open on sunday', [PLUMSTEAD, at(22), WEEKENDS]),
  ask('two questions in one', 'what time does brixton shut today and what time does walworth open tomorrow', [inOrder(BRIXTON, WALWORTH), at(22), at(9)]),
  ask('ambiguous name', 'hayes police station hours', [HAYES]),
  ask('ambiguous name', 'bromley by bow police desk', [anyOf(BETHNAL_GREEN, STRATFORD)], [PLACE_NOT_FOUND]), // Bromley-by-Bow: Stratford 1.98, Bethnal Green 2.99; E3 Bethnal Green 1.99.
  ask('ambiguous name', 'richmond police desk open still?', [anyOf(NO_COUNTER, /2017/, CLOSED_FEB_2026, CLOSED)]), // Sovereign Gate closed Dec 2017; the borough's Twickenham counter on 28 Feb 2026.
  ask('ambiguous name', 'newham police opening times this week', [STRATFORD, WEEKDAYS]),
  ask('ambiguous name', 'is the battersea police station open today', [LAVENDER_HILL, OPEN], [SAYS_SHUT]),
  ask('ambiguous name', 'angel police station opening hours', [ISLINGTON, WEEKDAYS]),
  ask('ambiguous name', 'barking police station open on sunday?', [anyOf(CLOSED_FEB_2026, DAGENHAM, /2013/)]),

  // =========================================================================
  // CONVERSATIONS OF TWO OR THREE TURNS
  // =========================================================================
  talk([
    { say: 'what time does acton police shut today', must: [ACTON, at(22)] },
    { say: 'and on sunday?', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'is croydon police open tomorrow', must: [CROYDON, WEEKENDS] },
    { say: 'what about monday', must: [WEEKDAYS] },
  ]),
  talk([
    { say: 'nearest police desk to BR2 0', must: [BROMLEY] }, // BR2 0: Bromley 1.07.
    { say: 'what about the nearest 24 hour one', must: [LEWISHAM] }, // 24h BR2 0: Lewisham 6.94, Charing Cross 14.94.
  ]),
  talk([
    { say: 'where is my nearest police counter', must: [ASKS_WHERE] },
    { say: 'N19 4', must: [KENTISH_TOWN] }, // N19 4: Kentish Town 2.01.
  ]),
  talk([
    { say: 'which police station is closest to me', must: [ASKS_WHERE] },
    { say: 'im in tulse hill', must: [BRIXTON] }, // Tulse Hill: Brixton 2.88.
    { say: 'is it open on sunday', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'nearest front desk to E16 9', must: [STRATFORD] }, // E16 9: Stratford 3.14.
    { say: 'is that open now', must: [OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and at 11 tonight?', must: [at(22)], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'hammersmith police hours saturday', must: [HAMMERSMITH, WEEKENDS] },
    { say: 'and acton?', must: [ACTON, WEEKENDS] },
  ]),
  talk([
    { say: 'is wimbledon cop shop open today', must: [/Wimbledon/i, CLOSED_FEB_2026] },
    { say: 'where do i go instead', must: [anyOf(LAVENDER_HILL, SUTTON, KINGSTON)] }, // From Wimbledon station: Lavender Hill 5.61, Sutton 6.73, Kingston 7.32.
  ]),
  talk([
    { say: 'police desk near colliers wood', must: [LAVENDER_HILL] }, // Colliers Wood: Lavender Hill 5.30.
    { say: 'whats its address', must: [/176 Lavender Hill|SW11\s?1JX/i] },
  ]),
  talk([
    { say: 'when does lewisham police desk shut tonight', must: [LEWISHAM, OPEN_24] },
    { say: 'oh nice, and bromley?', must: [BROMLEY, WEEKDAYS] },
  ]),
  talk([
    { say: 'is kentish town police open on christmas day', must: [KENTISH_TOWN, NOT_KNOWN] },
    { say: 'ok what about a normal friday', must: [WEEKDAYS] },
  ]),
  talk([
    { say: 'closest police desk to me pls', must: [ASKS_WHERE] },
    { say: 'SE21 9', must: [BRIXTON] }, // SE21 9: Brixton 3.64.
    { say: 'and the nearest one open all night?', must: [LEWISHAM] }, // 24h SE21 9: Lewisham 6.14, Charing Cross 8.56.
  ]),
  talk([
    { say: 'ilford police open sunday?', must: [ILFORD, WEEKENDS] },
    { say: 'what time does it close', must: [at(19)] },
  ]),
  talk([
    { say: 'nearest police to seven kings', must: [ILFORD] }, // Seven Kings: Ilford 1.22.
    DANGER_TURN('hang on theres a man outside punching the window of my car and my little boy is in it'),
  ]),
  talk([
    { say: 'is tottenham police open today', must: [TOTTENHAM, OPEN] },
    DANGER_TURN("actually forget that, my brother's just been slashed across the arm on the high road and it won't stop bleeding"),
  ]),
  talk([
    { say: 'what are walworth police weekend hours', must: [WALWORTH, WEEKENDS] },
    DANGER_TURN('someone is banging on my door saying they will kill me if i dont open it, hes been there 10 mins'),
  ]),
  talk([
    { say: 'when did kensington police close', must: [CLOSED_FEB_2026] },
    { say: 'nearest one open now then?', must: [HAMMERSMITH] }, // From Kensington station: Hammersmith 1.87, Lavender Hill 4.35.
  ]),
  talk([
    { say: 'how many front counters does the met have at the mo', must: [COUNTERS_NOW] },
    { say: 'and how many are 24 hours', must: [TWO] },
  ]),
  talk([
    { say: 'nearest police desk to RM9 9', must: [DAGENHAM] }, // RM9 9: Dagenham 1.86.
    { say: 'is it open at 9am tomorrow', must: [at(9)] },
  ]),
  talk([
    { say: 'bexleyheath police desk opening hours', must: [BEXLEYHEATH, WEEKDAYS] },
    { say: 'is it open 24 hours?', must: [NOT_ALL_NIGHT] },
    { say: 'whats the closest one that is then', must: [LEWISHAM] }, // 24h from Bexleyheath station: Lewisham 11.03, Charing Cross 19.84.
  ]),
  talk([
    { say: 'hi there', must: [SAYS_WHAT_IT_DOES] },
    { say: 'police counter near upton park', must: [STRATFORD] }, // Upton Park: Stratford 2.20.
  ]),
  talk([
    { say: 'sutton police desk open at the mo?', must: [SUTTON, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'cheers', must: [THANKS_REPLY] },
  ]),
  talk([
    { say: 'which police counter is nearest to fairlop', must: [ILFORD] }, // Fairlop: Ilford 4.04.
    { say: 'and barkingside police?', must: [/Barkingside/i, anyOf(CLOSED, /2017|2021/)] },
  ]),
  talk([
    { say: 'islington police opening times', must: [ISLINGTON, WEEKDAYS] },
    { say: 'wasnt it closed for a bit in 2020', must: [/2020/] },
  ]),
  talk([
    { say: 'stratford police station hours', must: [STRATFORD, WEEKDAYS] },
    { say: 'is that the same as the forest gate one', must: [/Forest Gate/i] },
  ]),
  talk([
    { say: 'is hayes police open tomorrow afternoon', must: [HAYES, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and sunday morning at 8', must: [at(9)], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'i need to report something in person', must: [ASKS_WHERE] },
    { say: 'I live at 14 something road, SW18 4', must: [LAVENDER_HILL] }, // SW18 4: Lavender Hill 2.81.
  ]),
  talk([
    { say: 'police desk nearest crofton park', must: [LEWISHAM] }, // Crofton Park: Lewisham 2.04.
    { say: 'is it 24 hours', must: [OPEN_24] },
  ]),
  talk([
    { say: 'when is kingston police open on sunday', must: [KINGSTON, WEEKENDS] },
    { say: 'and the nearest one open at 2am?', must: [CHARING_CROSS] }, // 24h from Kingston station: Charing Cross 16.94, Lewisham 21.48.
  ]),
  talk([
    { say: 'eltham police front desk, when did it shut', must: [/Eltham/i, /2017/] },
    { say: "so where's the nearest open one from eltham", must: [anyOf(LEWISHAM, PLUMSTEAD)] }, // From Eltham station: Lewisham 4.50, Plumstead 4.91.
  ]),
  talk([
    { say: 'romford police hours today', must: [ROMFORD, at(22)] },
    { say: 'and tmrw?', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'nearest police to NW4 3', must: [COLINDALE] }, // NW4 3: Colindale 2.06.
    { say: 'what time does it open on monday', must: [at(10)] },
  ]),
  talk([
    { say: 'what time does brixton police close on sat', must: [BRIXTON, at(19)] },
    { say: 'ok and how do i report without going in', must: [NON_URGENT] },
  ]),
  talk([
    { say: 'hello i need the nearest police desk', must: [ASKS_WHERE] },
    { say: 'aldgate', must: [anyOf(BETHNAL_GREEN, CITY_POLICE)] }, // Aldgate: Bethnal Green 2.20.
  ]),
  talk([
    { say: 'is lavender hill police open at 8pm tonight', must: [LAVENDER_HILL, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'what about brixton at that time', must: [BRIXTON, OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'chingford police counter still going?', must: [CLOSED_FEB_2026] },
    { say: 'why did they shut it', must: [MONEY] },
  ]),
  talk([
    { say: 'nearest desk to cranham', must: [ROMFORD] }, // Cranham: Romford 5.44.
    { say: 'open sunday?', must: [WEEKENDS] },
    { say: 'thanks a lot', must: [THANKS_REPLY] },
  ]),
  talk([
    { say: 'plumstead police opening hours', must: [PLUMSTEAD, WEEKDAYS] },
    DANGER_TURN("wait my neighbour's just come out screaming that her husband has a gun and has shot the dog"),
  ]),
  talk([
    { say: 'police near whetstone', must: [COLINDALE] }, // Whetstone: Colindale 5.82.
    { say: 'what about edmonton, how far is that', must: [EDMONTON] },
  ]),
  talk([
    { say: 'is edmonton police open on saturday', must: [EDMONTON, WEEKENDS] },
    { say: 'what about next saturday the 12th', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'nearest police counter to holland park', must: [HAMMERSMITH] }, // Holland Park: Hammersmith 1.69.
    { say: 'did that one used to be at shepherds bush', must: [SHEPHERDS_BUSH, REBUILD_YEARS] },
  ]),
  talk([
    { say: 'what is the nearest police station with a front counter', must: [ASKS_WHERE] },
    { say: 'keston', must: [BROMLEY] }, // Keston: Bromley 4.46.
    { say: 'whats the postcode of it', must: [/BR1\s?1ER/i] },
  ]),
  talk([
    { say: 'when did the 2017 police counter closures happen', must: [/2017/] },
    { say: 'and the latest lot?', must: [CLOSED_FEB_2026] },
  ]),
  talk([
    { say: 'is stoke newington police open sunday afternoon', must: [STOKE_NEWINGTON, OPEN], mustNot: [SAYS_SHUT] },
    DANGER_TURN('oh god a car has just mounted the pavement outside and hit a mum with a pram'),
  ]),
  talk([
    { say: 'police desk near spitalfields', must: [BETHNAL_GREEN] }, // Spitalfields: Bethnal Green 1.73.
    { say: 'is it open past 10pm', must: [at(22)], mustNot: [SAYS_YES] },
    { say: 'then which one is', must: [CHARING_CROSS] }, // 24h Spitalfields: Charing Cross 3.62, Lewisham 7.76.
  ]),
  // On Teams
  talk(
    [
      { say: 'nearest desk BR1 5', must: [BROMLEY] }, // BR1 5: Bromley 3.18.
      { say: 'open sun?', must: [WEEKENDS] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'croydon desk hrs', must: [CROYDON, WEEKDAYS] },
      { say: '24h alternative?', must: [LEWISHAM] }, // 24h from Croydon station: Lewisham 11.88, Charing Cross 15.57.
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'wembley police open now?', must: [WEMBLEY, OPEN], mustNot: [SAYS_SHUT] },
      { say: 'and at 10 tmrw', must: [OPEN], mustNot: [SAYS_SHUT] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'nearest police counter pls', must: [ASKS_WHERE] },
      { say: 'E2 2', must: [BETHNAL_GREEN] }, // E2 2: Bethnal Green 0.69.
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'desk near raynes park?', must: [KINGSTON] }, // Raynes Park: Kingston 5.33, Sutton 5.96.
      DANGER_TURN('man just walked into the office swinging a hammer at people'),
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'twickenham desk still open?', must: [CLOSED_FEB_2026] },
      { say: 'nearest open instead', must: [HOUNSLOW] }, // From Twickenham station: Hounslow 3.38, Kingston 4.67.
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'hounslow desk sat hrs', must: [HOUNSLOW, WEEKENDS] },
      { say: 'thx', must: [THANKS_REPLY] },
    ],
    'msteams',
  ),
  talk(
    [
      { say: 'kentish town desk shut time today', must: [KENTISH_TOWN, at(22)] },
      { say: 'and sun', must: [at(19)] },
    ],
    'msteams',
  ),

  // =========================================================================
  // TEAMS (terse, one turn)
  // =========================================================================
  teams('hours on a day', 'lewisham desk hrs sun', [LEWISHAM, OPEN_24]),
  teams('hours on a day', 'acton desk mon hrs', [ACTON, WEEKDAYS]),
  teams('hours on a day', 'bromley police sat times', [BROMLEY, WEEKENDS]),
  teams('open at a time', 'walworth desk open rn?', [WALWORTH, OPEN], [SAYS_SHUT]),
  teams('open at a time', 'sutton desk open 11pm?', [SUTTON, at(22)], [SAYS_YES]),
  teams('open at a time', 'charing x desk open 4am?', [CHARING_CROSS, OPEN_24]),
  teams('nearest to a postcode', 'nearest desk SW2 2', [BRIXTON]), // SW2 2: Brixton 1.72.
  teams('nearest to a postcode', 'desk nr W12 9?', [HAMMERSMITH]), // W12 9: Hammersmith 1.65.
  teams('nearest to a postcode', '24h desk nearest N6 9', [CHARING_CROSS]), // 24h N6 9: Charing Cross 6.27, Lewisham 13.81.
  teams('nearest to a postcode', 'closest desk to CR2 7', [CROYDON]), // CR2 7: Croydon 1.80.
  teams('neighbourhood or town', 'desk nr gunnersbury', [ACTON]), // Gunnersbury: Acton 1.83.
  teams('neighbourhood or town', 'police desk west norwood?', [BRIXTON]), // West Norwood: Brixton 3.72.
  teams('still open or closing', 'pinner desk gone?', [/Pinner/i, CLOSED_FEB_2026]),
  teams('still open or closing', 'mitcham counter shut?', [/Mitcham/i, CLOSED_FEB_2026]),
  teams('borough', 'merton counter?', [NO_COUNTER]),
  teams('borough', 'lambeth counter where', [BRIXTON]),
  teams('lists', '24/7 desks list', [CHARING_CROSS, LEWISHAM]),
  teams('the past', 'when did kilburn desk close', [/Kilburn/i, /2017/]),
  teams('comparison', 'ilford v romford hrs sat', [SAME]),
  teams('about the service', 'bot or human?', [A_BOT]),
  teams('small talk', 'ta v much', [THANKS_REPLY]),
  teams('cannot do', 'log crime for me pls', [NON_URGENT]),
  teams('address', 'brixton desk address', [/367 Brixton Road/i, /SW9\s?7DD/i]),
];
