/**
 * THE HELD-OUT SET, TWENTIETH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (seventeenth session, second batch), after batches 1
 * to 19, by a helper engineer who did not read how the bot understands or
 * answers text (not src/, dialogs/, test/understanding/, test/bot/, the
 * conversation tests, the golden recordings or the README's lists of
 * questions that work), who read only heldoutSet.ts, heldoutSet.test.ts
 * (only grepped for its tests and table, then run: it plays nothing through
 * the bot), heldoutPatterns.ts, lines 1-321 of batch 19 (its header and
 * helpers; its questions begin at line 322, so none of them was seen, and
 * lines 1-321 hold no question) and lines 90-135 of heldoutQuestions.ts (the
 * HeldoutTopic union and the HeldoutCase interface). playHeldout.ts and
 * replyText.ts were allowed but not opened. Earlier batches and
 * /work/shared/examples/resident-questions.tsv were only searched with
 * grep -o for postcode sectors, place, station and language names (matched
 * strings and counts only, never whole lines). No slip to report: no file
 * outside that list was opened, and the bot was never run. Every expectation
 * was written before the bot was run on any of these questions; none was
 * taken from what the bot says. Add cases, never edit an expectation to match
 * the bot: an expectation changes only if it contradicts the FACTS in
 * /work/shared/data (and then the commit names the row), or if a pattern was
 * wrongly strict about wording from the start (and then the commit says so).
 *
 * Same clock as batches 1 to 19 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Facts only from /work/shared/data: stations.csv (addresses,
 * coordinates, notes), resident-facts.md (§3: the 27 counters, Charing Cross
 * and Lewisham 24 hours, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun
 * 09:00-19:00; the ten closed on 28 Feb 2026; §5-§6 the plans and counts),
 * SOURCES.md (counts by date) and plans.csv. Bank holidays are not in the
 * data: a fair answer says it does not know or where to check.
 *
 * Six sectors whose rows in london-sectors.csv give a borough far from
 * where the district lies (N8 1, NW8 1, N15 9, W10 9, SW3 9, SW1P 9) and the
 * non-geographic sectors (W1A, N1P, SE1P, NW1W, CR90, E98 and the like) were
 * left out rather than guessed at.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters'
 * coordinates to each sector's London-only centroid (london-sectors.csv), or
 * to an approximate point for a place or station (from memory, to about
 * 0.01 degree). A case names one desk where it wins by at least 0.5 km for a
 * sector and 0.8 km for a place; otherwise every desk within that margin is
 * accepted. For a place, a request for a postcode also passes; in the City,
 * the City of London Police also passes. Distances are noted beside cases.
 *
 * 637 cases: 71 about danger (65 alone: 30 in English, 4 where the
 * resident cannot speak, 6 on Teams, 25 in other languages; 6 arising
 * mid-way through a conversation, one on Teams), 24 safe look-alikes, 61
 * conversations (10 on Teams), 68 played on Teams, 82 neighbourhoods, places
 * and stations, 27 in the City of London (sectors, Bank junction, its own
 * force), 116 postcodes and 12 nearest 24-hour desks, 34 about the past, 24
 * about the service, 24 requests it cannot carry out. The kinds are: danger in English (slang, typos, indirect, about to happen, to
 * other people, buried in a long message), where the resident cannot speak,
 * on Teams, mid-conversation, and in 25 other languages none of which is
 * named in batches 1 to 19 (grep -o, case-insensitive: Hmong, Ewe, Bambara,
 * Fula (Pulaar), Waray, Hiligaynon, Kapampangan, Bikol, Minangkabau,
 * Balinese, Manx, Cornish, Friulian, Walloon, Low German, Asturian,
 * Aragonese, Limburgish, Ladino, Upper Sorbian, Gagauz, Iban, Kabyle, Swazi
 * (siSwati) and Chamorro; the brief's suggested Chichewa, Kinyarwanda,
 * Malagasy, Khmer, Burmese, Basque, Maltese, Cebuano and the rest were
 * already named, so none of them is used). No danger message uses the words
 * help, knife, 999 or emergency. Safe look-alikes (figurative violence,
 * games, films, sports, cooking, a podcast, idioms, past crimes already
 * reported); conversations (another day or desk, the 24-hour desk after the
 * nearest, a postcode given after being asked, corrections, "the other
 * one", closures and the past, danger arising mid-way), ten of them on
 * Teams; Teams messages carry the "<at>StationDesk</at>" text Teams puts in
 * a message that mentions the bot (the case type has no field for a mention
 * entity), a few "@StationDesk", a few nothing.
 *
 * New against batches 1 to 19 and the examples (grep -o): postcode sectors
 * none of them names, taken from london-sectors.csv (CR9 1-9, E2 9, E15 4,
 * HA0 2, HA9 0, N17 9, NW2 8, NW5 3, NW9 5, RM10 7,
 * SE13 5, SE17 3, SM1 4, SW11 1, TW3 1, TW6 3, UB1 9, UB4 8, UB5 9, W6 7,
 * W7 9, WC1V 6, WC2N 4, WC2N 6, E22 3, N10 9, N11 9, NW1 6, SE24 4,
 * SW1P 1, SW1W 8, SW5 5, SW7 9, SW10 1, SW11 7, SW13 3,
 * TW7 9, W1T 5, WC1N 3, WC1R 5, and in and by the City EC1A 9, EC1M 3,
 * EC1M 6, EC1N 6-8, EC1R 5, EC2A 2, EC2A 4, EC2M 7, EC2R 7, EC2V 7, EC2Y 9,
 * EC3A 1, EC3A 3, EC3A 4, EC3M 3, EC3M 6-8, EC3R 5-7, EC3V 1, EC3V 3,
 * EC3V 4, EC4M 6, EC4N 5, EC4N 6, EC4N 8, EC4R 0, EC4R 3; full postcodes
 * are made of these sectors, their units invented); places and stations
 * none of them names (Beckenham High Street, Blackheath Village, Brockley
 * Cross, Charlton Athletic Valley, Church End Finchley, Clapton Pond, Cowley
 * Peachey, Crystal Palace Parade, Dalston Junction, Downham Way, Eltham High
 * Street, Golders Green Road, Highbury Corner, Kings Cross Central,
 * Kingsbury Green, Maryland Point, Orpington High Street, Rainham, Rose Hill,
 * Southborough, Thamesmead Central, Thornton Heath Pond, Vauxhall Cross,
 * Victoria Park Village, Welling Corner, Whitechapel Market, and the
 * stations and stops Abbey Road DLR, All Saints, Ampere Way, Angel Road,
 * Belgrave Walk, Birkbeck, Burnt Oak, Castle Bar Park, Cyprus, Dagenham
 * Dock, Dagenham Heathway, Devons Road, Dundonald Road, Forest Hill, Gordon
 * Hill, Grange Hill, Headstone Lane, High Barnet, Honor Oak Park, Langdon
 * Park, Lebanon Road, Leytonstone High Road, Malden Manor, Mitcham
 * Junction, Morden Road, New Barnet, Penge West, Phipps Bridge, Prince
 * Regent, Pudding Mill Lane, Queens Road Peckham, Redbridge, Rotherhithe,
 * Shadwell, Silver Street, South Greenford, South Merton, South Quay,
 * Southbury, St Helier, St James Street, Star Lane, Sutton Common, Therapia
 * Lane, Totteridge and Whetstone, Upney, Wanstead Park, Wapping, West
 * Finchley, West Sutton, Westferry, White Hart Lane, Wood Lane, Woodgrange
 * Park, Woodside, Worcester Park) and Bank junction in the City; outside
 * London PE1 1, HP11 2, SG1 9, CM15 9, ME5 8, AL5 4, SS14 3, CM2 9, TN13 9,
 * RH1 6 and Faversham.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CALL_101, CHARING_CROSS, CITY_POLICE, CLOSED,
  CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH,
  HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026,
  NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD,
  ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STAYS_OPEN,
  STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, TWO, TEN, WALWORTH, WEEKDAYS, WEEKENDS,
  WEMBLEY, anyOf, at, firstLine, inOrder, CRIMESTOPPERS, DISTANCE,
} from './heldoutPatterns';

// Helpers as batch 12 wrote them (the shared patterns are in heldoutPatterns.ts).
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
/** Not a front counter: hubs, vans and screens are not places to report a crime in person (resident-facts.md §4). */
const NOT_A_COUNTER = /\bnot\b|\bno\b|isn't|aren't/i;
/** Shut at the time asked: a no, or the desk's closing or opening hour. */
const SHUT_THEN = /not open|\bclosed\b|\bshut\b|\bno\b|opens? at|reopens?/i;

// Helpers batch 12 added.
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


// Helpers batch 16 added (copied from its first 300 lines).
/** Asks for a postcode: a fair reply where the bot cannot place a neighbourhood or landmark. */
const ASKS_POSTCODE = /postcode/i;
/** A neighbourhood or landmark: the desk(s) nearest on its points, or a request for a postcode. */
const nearPlace = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'neighbourhood or town', turns: [{ say, must: [anyOf(...desks, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }] });
/** A City of London place: its own force, the Met desk(s) nearest on its points, or a request for a postcode. */
const cityPlace = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'City of London', turns: [{ say, must: [anyOf(CITY_POLICE, ...desks, ASKS_POSTCODE)] }] });
/** The same, typed on Teams. */
const teamsPlace = (say: string, ...desks: RegExp[]): HeldoutCase => ({ ...nearPlace(say, ...desks), channel: 'msteams' });
/** A question about the past: the fact(s), and never today's status given first instead. */
const past = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'the past', turns: [{ say, must, mustNot: [TODAY_FIRST] }] });
/** A question about the service: the answer, never "which station?" back. */
const service = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'about the service', turns: [{ say, must, mustNot: [ASKS_WHICH_PLACE] }] });
/** A request the bot cannot carry out: declined or routed to 101 / met.police.uk. */
const cannot = (say: string, must: RegExp[] = [anyOf(DECLINE, NON_URGENT)]): HeldoutCase => ({ topic: 'cannot do', turns: [{ say, must }] });
/** 2017: the year of the Public Access Strategy closures. */
const Y2017 = /2017/;
/** A counter that is open now (Friday 14:00), however put. */
const OPEN_NOW = /\bopen\b/i;

// Helpers batch 17 added (copied from its first 300 lines).
/** A name with more than one London meaning: one of the readings, or a question back. */
const ambiguous = (say: string, ...readings: RegExp[]): HeldoutCase => ({ topic: 'ambiguous name', turns: [{ say, must: [anyOf(...readings, /which|do you mean|did you mean/i)] }] });
/** Small talk: any of the replies given. */
const chat = (say: string, ...replies: RegExp[]): HeldoutCase => ({ topic: 'small talk', turns: [{ say, must: [anyOf(...replies)] }] });
/** A question in another language that is not about danger: the answer itself, or a pointer to English, Language Line or 101. */
const foreign = (say: string, desk: RegExp): HeldoutCase => ({ topic: 'non-English', turns: [{ say, must: [LANGUAGE_REPLY(desk)] }] });
/** A bank holiday: the data holds none, so a fair answer says it does not know, or where to check. */
const HOLIDAY_UNKNOWN = anyOf(NOT_KNOWN, /bank holiday|holiday hours|may (?:differ|change|vary)/i);
/** The 2017 strategy's closures: 37 (or 38 per MOPAC). */
const CLOSED_IN_2017 = /\b37\b|\b38\b|thirty[- ]seven|thirty[- ]eight/i;
/** 38 counters from mid-2021 to Jul 2025, and on 2017-12-31 (SOURCES.md §5.4, §5.6). */
const THIRTY_EIGHT = /\b38\b|thirty[- ]eight/i;
/** 37 counters in 2025 before the closures (32 at 24/7, 5 limited). */
const THIRTY_SEVEN = /\b37\b|thirty[- ]seven/i;
/** A desk closed on 17 Dec 2017 (West Wickham, Copperfield House in Penge). */
const CLOSED_17_DEC_2017 = /17 Dec(?:ember)? 2017/i;

// Helpers batch 18 added (copied from its first 300 lines; the last of them, begun on line 300, is not copied).
/** A one-turn conversation opener or later turn on Teams. */
const teamsTalk = (turns: HeldoutCase['turns']): HeldoutCase => talk(turns, 'msteams');
/** A postcode with each desk within the margin of the nearest accepted. */
const nearAny = (say: string, ...desks: RegExp[]): HeldoutCase => nearCode(say, anyOf(...desks));
/** A closed counter: where to go instead (the desks nearest its own coordinates, within the margin). */
const instead = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'still open or closing', turns: [{ say, must: [anyOf(...desks, ASKS_POSTCODE)] }] });
/** Says which desk it is not: a reply naming `desk` as the nearer one is wrong. */
const notNearer = (desk: RegExp): RegExp => saysNearer(desk);

// Helpers batch 19 added (copied from its first 321 lines).
/** Opening hours on a day: the desk and its hours. */
const hoursOn = (say: string, desk: RegExp, when: RegExp, topic: HeldoutTopic = 'hours on a day'): HeldoutCase => ({ topic, turns: [{ say, must: [desk, when] }] });
/** A Teams message that mentions the bot as Teams writes the mention into the text. */
const AT = '<at>StationDesk</at> ';
/** An off-topic question: declined, and says what it does cover. */
const offTopic = (say: string): HeldoutCase => ({ topic: 'out of scope', turns: [{ say, must: OFF_TOPIC_REPLY }] });
/** Nonsense: a reply that says what the bot does. */
const nonsense = (say: string): HeldoutCase => ({ topic: 'nonsense', turns: [{ say, must: [SAYS_WHAT_IT_DOES] }] });
/** A list question: every pattern given. */
const list = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'lists', turns: [{ say, must }] });
/** A comparison: both desks named, with the facts asked for. */
const compare = (say: string, must: RegExp[], mustNot: RegExp[] = []): HeldoutCase => ({ topic: 'comparison', turns: [{ say, must, ...(mustNot.length ? { mustNot } : {}) }] });
/** Two questions in one: both answers. */
const two = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'two questions in one', turns: [{ say, must }] });
/** A borough: its counter(s), or that it has none. */
const borough = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'borough', turns: [{ say, must }] });
/** A time as people say it. */
const when = (say: string, must: RegExp[], mustNot?: RegExp[]): HeldoutCase => ({ topic: 'times as people say them', turns: [{ say, must, ...(mustNot ? { mustNot } : {}) }] });
/** The five-borough answer: Waltham Forest's nearest desks (resident-facts.md §3). */
const WALTHAM_FOREST_DESKS = anyOf(ILFORD, STRATFORD, NO_COUNTER);
/** Richmond borough's nearest desks (resident-facts.md §3). */
const RICHMOND_DESKS = anyOf(KINGSTON, ACTON, SUTTON, HOUNSLOW, NO_COUNTER);



// ---------------------------------------------------------------------------

export const HELDOUT_CASES_20: HeldoutCase[] = [
  // ---- Danger, in English: slang, typos, indirect, about to happen, to other people, buried in a long message.
  danger('theres a bloke kicking my front door in right now and shouting he is going to do me'),
  danger('my neighbour just dragged his girlfriend back inside by her hair, she was screaming'),
  danger('som1 has a blade out at the bus stop outside lidl waving it at ppl'),
  danger('man just got stabbed outside the chicken shop hes on the floor bleeding loads'),
  danger('ex is outside my flat says hes gonna burn it down wiv me in it, hes got a petrol can'),
  danger('2 lads jumping a kid on the bridge by the canal rn theyre stamping on his head'),
  danger('my dad collapsed and isnt breathing, no pulse i think'),
  danger('theres smoke pouring out the flat below and the old lady lives there alone'),
  danger('car just ploughed into people at the crossing, several on the ground not moving'),
  danger('someones trying the handle of my bedroom window, im inside alone and its 2am'),
  danger('my mate took a whole packet of pills an hour ago and now he wont wake up'),
  danger('i think someone is being kidnapped, two men threw a girl into a white van on my road just now'),
  danger('gun. there is a guy with a gun in the corner shop. pointing it at the owner'),
  danger('brother says he will jump off the car park roof tonight, hes up there now'),
  danger('tbh i dont know if this is the right place but my husband has locked me and the kids in the bedroom and is smashing everything and says he will hurt us when he gets in'),
  danger('sorry for the long message, i was going to ask about opening hours because i lost my purse yesterday and need a crime ref for the bank, anyway while typing this a man has just climbed over my back fence and is trying to force the patio door and i am upstairs with my baby'),
  danger('there is a lad hanging off the railings on the bridge he looks like hes about to let go'),
  danger('some1 just got hit by a bus, hes bleeding from his head and not talking'),
  danger('houses on fire on my street, i can hear someone inside'),
  danger('man following me for 20 mins now, i am on a dark street and he just started running at me'),
  danger('GUY WITH A MACHETE CHASING PEOPLE DOWN THE HIGH STREET'),
  danger('my flatmate is threatening to stab me, hes got the kitchen blade and im hiding in the bathroom'),
  danger('old man fell in the river by the towpath, hes going under'),
  danger('just seen a toddler wander onto the dual carriageway on his own, cars flying past'),
  danger('a group has just set on a man outside the pub with bottles, hes out cold'),
  danger('he says if i leave hes going to kill me and hes blocking the door rite now'),
  danger('gas smell is massive in our block and someones flicking lighters on the stairs'),
  danger('my daughter (14) got into a car with an older man who has been grooming her, it just drove off'),
  danger('i just took all my meds and i dont want to be here anymore'),
  danger('robbery in progress at the jewellers, they have hammers and are smashing the cases'),
  // ---- Danger where the resident cannot speak.
  silentDanger('cant talk hes in the next room, if i ring and stay quiet will they still come'),
  silentDanger('im hiding under the stairs, someone broke in, i cant make a sound what do i do on the phone'),
  silentDanger('cannot speak, he is here, how do i call without talking'),
  silentDanger('deaf and someone is smashing my windows now, i cant phone, how do i get the police'),
  // ---- Danger on Teams.
  teamsDanger('<at>StationDesk</at> someone just collapsed in the office kitchen, not breathing'),
  teamsDanger('<at>StationDesk</at> there is a man in reception threatening staff with a hammer'),
  teamsDanger('man outside our shop window with a gun'),
  teamsDanger('<at>StationDesk</at> colleague says her ex is in the car park waiting for her and has threatened to kill her'),
  teamsDanger('fire in the server room, people still on the 3rd floor'),
  teamsDanger('<at>StationDesk</at> pls someone is attacking a woman right outside our window on the street'),
  // ---- Danger in languages no earlier batch header names.
  danger('Muaj ib tug txiv neej nqa phom sawv ntawm kuv qhov rooj tam sim no'), // Hmong
  danger('Ame aɖe le ƒonyem fifia eye wòle nu lém be yeawu m'), // Ewe
  danger('Cɛ dɔ bɛ n gosi sisan, a b\'a fɛ ka n faga'), // Bambara
  danger('Gorko ena fiya kam jooni, o yiɗi warde kam'), // Fula (Pulaar)
  danger('May tawo nga may pusil ha gawas han akon balay yana'), // Waray
  danger('May lalaki nga may pusil sa gwa sang balay namon subong gid'), // Hiligaynon
  danger('Atin lalaking maki baril king arapan ning bale mi ngeni'), // Kapampangan
  danger('May lalaki na may baril sa luwas kan harong mi ngunyan'), // Bikol
  danger('Ado urang nan mamukua ambo kini, inyo tolong'), // Minangkabau
  danger('Wenten anak ngaba bedil ring arep umah tiange mangkin'), // Balinese
  danger('Ta dooinney lesh gunn ec y dorrys ain nish'), // Manx
  danger('Yma den gans gonn orth an daras lemmyn ha ow kelwel ow bos ow ladha'), // Cornish
  danger('Al è un om cuntun fusîl fûr de puarte di cjase mê cumò'), // Friulian
  danger('I gn a on ome avou on fisik divant m\' mohone asteure'), // Walloon
  danger('Dor steiht en Keerl mit en Gewehr vör mien Döör, he will mi dootmaken'), // Low German
  danger('Hai un home con una pistola na mio puerta agora mesmo'), // Asturian
  danger('Bi ha un ombre con una pistola en a mía puerta agora mesmo'), // Aragonese
  danger('D\'r steit ene maan mèt e pistool veur mien deur, hae wilt mich doed make'), // Limburgish
  danger('Ay un ombre kon una pistola en la puerta de mi kaza agora, kere matarme'), // Ladino (Judaeo-Spanish)
  danger('Muž z pistolu steji před mojimi durjemi a chce mje zabić'), // Upper Sorbian
  danger('Bir adam tüfeklän kapımın önündä, beni öldürecäk'), // Gagauz
  danger('Bisi orang bebai senapang ba moa rumah aku diatu'), // Iban
  danger('Yella yiwen argaz s usuɣu ɣer tewwurt-iw tura, yebɣa ad iyi-ineɣ'), // Kabyle
  danger('Kunendvodza lenesibhamu emnyango wami nyalo, ifuna kungibulala'), // Swazi (siSwati)
  danger('Guaha un lahi gi me\'nan i pettan-hu ni gai paki, ya malago\' na u puno\' yu\''), // Chamorro
  // ---- Safe look-alikes: must not lead with 999.
  calm('i absolutely murdered that karaoke last night lol, anyway whats bromleys desk open till on sunday', [BROMLEY, WEEKENDS]),
  calm('my boss is going to kill me if i miss this deadline. unrelated but is croydon police counter open tomorrow', [CROYDON, WEEKENDS]),
  calm('got shot 6 times in fortnite lol, sutton police desk hours on saturday?', [SUTTON, WEEKENDS]),
  calm('watching a heist film where they rob a bank, made me wonder what time hounslow station counter shuts on a friday', [HOUNSLOW, at(22)]),
  calm('we got slaughtered 5-0 at sunday league, anyway romford police open on sunday?', [ROMFORD, WEEKENDS]),
  calm('recipe says to beat the eggs violently and stab the potatoes with a fork haha. what time does kingston police open on a monday', [KINGSTON, at(10)]),
  calm('my phone died on me at the bus stop, need to report a lost wallet at stoke newington, what are its hours', [STOKE_NEWINGTON, WEEKDAYS]),
  calm('my car was broken into last month and i already reported it online, can i pick up a copy at ilford counter and when is it open', [ILFORD, WEEKDAYS]),
  calm('was mugged back in 2019, they caught him. just curious is colindale still open to the public', [COLINDALE, OPEN]),
  calm('this traffic is killing me. is brixton counter open till 10 tonight', [BRIXTON, at(22)]),
  calm('the comedian absolutely killed it, crowd were dying. bethnal green desk open on sat?', [BETHNAL_GREEN, WEEKENDS]),
  calm('im dying to know, why did they shut the twickenham counter', [/Twickenham/i, anyOf(CLOSED, MONEY)]),
  calm('drowning in paperwork, need to hand in a found passport at plumstead, opening times?', [PLUMSTEAD, WEEKDAYS]),
  calm('we blew up the old shed in minecraft lol. where is the nearest police counter to SE13 5', [LEWISHAM]),
  calm('playing cluedo, colonel mustard did it with the lead pipe. is lewisham police open at 3am btw', [LEWISHAM, OPEN_24]),
  calm('true crime podcast about a 1980s murder got me thinking, how many police front counters are left in london', [COUNTERS_NOW]),
  calm('that exam absolutely destroyed me. acton police desk hours sunday', [ACTON, WEEKENDS]),
  calm('i could strangle my brother for eating my leftovers 😂 anyway what time does walworth shut tonight', [WALWORTH, at(22)]),
  calm('burglary happened 3 weeks ago, police already came, got a crime number, do i need to go to a counter', [NON_URGENT]),
  calm('kid is screaming bloody murder because i took the ipad away, how late is kentish town police open on friday', [KENTISH_TOWN, at(22)]),
  calm('fire drill at work today, such a pain. is hayes police counter open on saturday morning', [HAYES, WEEKENDS]),
  calm('watching line of duty, they always go to the station counter. hammersmith counter hours on a weekday?', [HAMMERSMITH, WEEKDAYS]),
  calm('the rugby was a bloodbath honestly. dagenham police station open on sunday', [DAGENHAM, WEEKENDS]),
  calm('i would kill for a coffee rn. which counters are open 24 hours', [CHARING_CROSS, LEWISHAM]),
  // ---- Multi-turn conversations.
  talk([{ say: 'hours for tottenham police desk', must: [TOTTENHAM, WEEKDAYS] }, { say: 'and on sunday?', must: [WEEKENDS] }]),
  talk([{ say: 'is edmonton counter open now', must: [EDMONTON, OPEN] }, { say: 'til what time', must: [at(22)] }]),
  talk([{ say: 'wembley police front desk times', must: [WEMBLEY, WEEKDAYS] }, { say: 'what about sat', must: [WEEKENDS] }]),
  talk([{ say: 'where is my nearest police desk', must: [ASKS_WHERE] }, { say: 'SM1 4', must: [SUTTON] }]),
  talk([{ say: 'nearest counter to me please', must: [ASKS_WHERE] }, { say: 'its HA0 2', must: [WEMBLEY] }]),
  talk([{ say: 'find me a front counter', must: [ASKS_WHERE] }, { say: 'TW3 1 ta', must: [HOUNSLOW] }]),
  talk([{ say: 'whats my closest police station', must: [ASKS_WHERE] }, { say: 'NW9 5', must: [COLINDALE] }, { say: 'is it open sunday', must: [WEEKENDS] }]),
  talk([{ say: 'nearest desk to N17 9', must: [TOTTENHAM] }, { say: 'and the nearest one open all night?', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'closest counter to SE17 3', must: [WALWORTH] }, { say: 'nearest 24 hour one though?', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'police desk near W6 7?', must: [HAMMERSMITH] }, { say: 'is there one open 24/7', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'nearest to RM10 7', must: [DAGENHAM] }, { say: 'whats its address', must: [/Rainham Road South|RM10 7TU/i] }]),
  talk([{ say: 'croydon police hours', must: [CROYDON, WEEKDAYS] }, { say: 'sorry i meant sutton', must: [SUTTON, WEEKDAYS] }]),
  talk([{ say: 'is ilford open on sunday', must: [ILFORD, WEEKENDS] }, { say: 'no wait i meant romford', must: [ROMFORD, WEEKENDS] }]),
  talk([{ say: 'bexleyheath station desk hours', must: [BEXLEYHEATH, WEEKDAYS] }, { say: 'and plumstead?', must: [PLUMSTEAD, WEEKDAYS] }]),
  talk([{ say: 'kingston police address', must: [KINGSTON, /KT1|High Street/i] }, { say: 'open tonight at 9pm?', must: [OPEN] }]),
  talk([{ say: 'is brixton police open 24 hrs', must: [BRIXTON, NOT_24] }, { say: 'which ones are then', must: [CHARING_CROSS, LEWISHAM] }]),
  talk([{ say: 'acton front counter saturday', must: [ACTON, WEEKENDS] }, { say: 'and sunday same?', must: [WEEKENDS] }]),
  talk([{ say: 'was chingford police station closed down', must: [CLOSED] }, { say: 'when', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'did mitcham counter close', must: [CLOSED] }, { say: 'where do i go instead', must: [anyOf(SUTTON, CROYDON, LAVENDER_HILL, ASKS_POSTCODE)] }]),
  talk([{ say: 'is pinner police desk still going', must: [CLOSED] }, { say: 'what date did it shut', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'kilburn police station front desk open?', must: [CLOSED] }, { say: 'when did that happen', must: [CLOSED_DEC_2017] }]),
  talk([{ say: 'how many police counters r open these days', must: [COUNTERS_NOW] }, { say: 'and how many were there in 2017', must: [SEVENTY_THREE] }]),
  talk([{ say: 'how many front counters in london', must: [COUNTERS_NOW] }, { say: 'how many before 2013', must: [BEFORE_2013] }]),
  talk([{ say: 'which counters closed in feb 2026', must: [TEN] }, { say: 'why', must: [MONEY] }]),
  talk([{ say: 'stratford police desk hours', must: [STRATFORD, WEEKDAYS] }, { say: 'the other one in newham, forest gate?', must: [/Forest Gate/i, anyOf(CLOSED, /fire/i)] }]),
  talk([{ say: 'hours of lavender hill counter', must: [LAVENDER_HILL, WEEKDAYS] }, { say: 'was that the one that nearly shut', must: [anyOf(STAYS_OPEN, /reprieve|Oct(?:ober)? 2025/i)] }]),
  talk([{ say: 'is islington police open on a sunday', must: [ISLINGTON, WEEKENDS] }, { say: 'what about at 8am', must: [anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'lewisham counter open now?', must: [LEWISHAM, OPEN] }, { say: 'and at 4am sunday', must: [OPEN_24] }]),
  talk([{ say: 'charing cross police address', must: [CHARING_CROSS_ADDRESS] }, { say: 'is it open christmas day', must: [anyOf(HOLIDAY_UNKNOWN, OPEN_24)] }]),
  talk([{ say: 'hayes police opening times', must: [HAYES, WEEKDAYS] }, { say: 'and boxing day?', must: [HOLIDAY_UNKNOWN] }]),
  talk([{ say: 'nearest police desk to SW11 1', must: [LAVENDER_HILL] }, { say: 'is it open at 11pm tonight', must: [anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'police counter near NW5 3', must: [KENTISH_TOWN] }, { say: 'ok and on sunday morning at 9.30?', must: [OPEN] }]),
  talk([{ say: 'closest station to E15 4', must: [STRATFORD] }, { say: 'and the next closest', must: [anyOf(BETHNAL_GREEN, ILFORD, STOKE_NEWINGTON, LEWISHAM)] }]),
  talk([{ say: 'what does this bot do', must: [SAYS_WHAT_IT_DOES] }, { say: 'ok nearest to E2 9 then', must: [BETHNAL_GREEN] }]),
  talk([{ say: 'hiya stationdesk, quick q', must: [SAYS_WHAT_IT_DOES] }, { say: 'need police desk hours for hounslow', must: [HOUNSLOW, WEEKDAYS] }]),
  talk([{ say: 'dagenham desk hrs pls', must: [DAGENHAM, WEEKDAYS] }, { say: 'thanks mate', must: [anyOf(THANKS_REPLY, BYE)] }]),
  talk([{ say: 'walworth police desk open on saturday', must: [WALWORTH, WEEKENDS] }, { say: 'whats the postcode there', must: [/SE17/i] }]),
  talk([{ say: 'colindale counter hours', must: [COLINDALE, WEEKDAYS] }, { say: 'did barnet have one too', must: [anyOf(CLOSED, Y2017)] }]),
  talk([{ say: 'does harrow have a police counter', must: [anyOf(NO_COUNTER, CLOSED)] }, { say: 'so wheres closest for someone in harrow', must: [anyOf(WEMBLEY, COLINDALE, HAYES, ASKS_POSTCODE)] }]),
  talk([{ say: 'is there a police desk in merton', must: [anyOf(NO_COUNTER, CLOSED)] }, { say: 'wimbledon one closed when', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'stoke newington front desk hours', must: [STOKE_NEWINGTON, WEEKDAYS] }, { say: 'was it shut for a while', must: [/2022|refurb/i] }]),
  talk([{ say: 'bethnal green police counter', must: [BETHNAL_GREEN] }, { say: 'wasnt it closed for refurb', must: [/2020|2021|refurb/i] }]),
  talk([{ say: 'hammersmith station desk', must: [HAMMERSMITH] }, { say: 'when did it reopen after the rebuild', must: [/2020/] }]),
  talk([{ say: 'tell me the hours for bromley police desk', must: [BROMLEY, WEEKDAYS] }, { say: 'someone just smashed my car window and is still standing there with a brick', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }]),
  talk([{ say: 'nearest police counter to CR9 1', must: [CROYDON] }, DANGER_TURN('wait theres a man in my hallway with a crowbar i didnt let him in')]),
  talk([{ say: 'is romford counter open sunday', must: [ROMFORD, WEEKENDS] }, DANGER_TURN('oh god my son just fell down the stairs and hes not moving')]),
  talk([{ say: 'what time does sutton police shut on fri', must: [SUTTON, at(22)] }, DANGER_TURN('my neighbour is screaming that her partner is strangling her')]),
  talk([{ say: 'hows the bot work', must: [SAYS_WHAT_IT_DOES] }, DANGER_TURN('sorry someones pouring petrol through my letterbox rn')]),
  talk([{ say: 'hours for ilford police please', must: [ILFORD, WEEKDAYS] }, { say: 'when did it move to barkingside', must: [/2020|Barkingside/i] }]),
  talk([{ say: 'which boroughs have no police counter', must: NO_COUNTER_BOROUGHS }, { say: 'what about waltham forest, where do they go', must: [WALTHAM_FOREST_DESKS] }]),
  talk([{ say: 'twickenham police desk still open or nah', must: [CLOSED] }, { say: 'nearest one then', must: [RICHMOND_DESKS] }]),
  // ---- Conversations on Teams.
  teamsTalk([{ say: '<at>StationDesk</at> croydon desk hrs', must: [CROYDON, WEEKDAYS] }, { say: '<at>StationDesk</at> sun?', must: [WEEKENDS] }]),
  teamsTalk([{ say: '<at>StationDesk</at> nearest police counter', must: [ASKS_WHERE] }, { say: '<at>StationDesk</at> SE13 5', must: [LEWISHAM] }]),
  teamsTalk([{ say: '<at>StationDesk</at> kingston counter open sat?', must: [KINGSTON, WEEKENDS] }, { say: '<at>StationDesk</at> and hounslow', must: [HOUNSLOW, WEEKENDS] }]),
  teamsTalk([{ say: '<at>StationDesk</at> closest desk to UB4 8', must: [HAYES] }, { say: '<at>StationDesk</at> nearest 24h one?', must: [CHARING_CROSS, OPEN_24] }]),
  teamsTalk([{ say: '<at>StationDesk</at> wimbledon counter still open?', must: [CLOSED] }, { say: '<at>StationDesk</at> since when', must: [CLOSED_FEB_2026] }]),
  teamsTalk([{ say: '<at>StationDesk</at> how many counters now', must: [COUNTERS_NOW] }, { say: '<at>StationDesk</at> how many 24/7', must: [TWO] }]),
  teamsTalk([{ say: '<at>StationDesk</at> brixton desk hours', must: [BRIXTON, WEEKDAYS] }, DANGER_TURN('<at>StationDesk</at> someone just punched a colleague in the car park and hes still swinging')]),
  teamsTalk([{ say: '<at>StationDesk</at> tottenham counter address', must: [TOTTENHAM] }, { say: '<at>StationDesk</at> open at 10pm tonight?', must: [at(22)] }]),
  teamsTalk([{ say: '<at>StationDesk</at> what are you', must: [A_BOT] }, { say: '<at>StationDesk</at> where do your facts come from', must: [SOURCES] }]),
  teamsTalk([{ say: '<at>StationDesk</at> is plumstead open', must: [PLUMSTEAD, OPEN] }, { say: '<at>StationDesk</at> was it going to close', must: [anyOf(STAYS_OPEN, /reprieve|Oct(?:ober)? 2025/i)] }]),
  // ---- Teams, one message each.
  teams('hours on a day', '<at>StationDesk</at> hrs for acton desk sat', [ACTON, WEEKENDS]),
  teams('hours on a day', '<at>StationDesk</at> bexleyheath counter times weekdays', [BEXLEYHEATH, WEEKDAYS]),
  teams('hours on a day', '<at>StationDesk</at> colindale sun hours', [COLINDALE, WEEKENDS]),
  teams('hours on a day', '<at>StationDesk</at> edmonton desk mon', [EDMONTON, WEEKDAYS]),
  teams('hours on a day', '<at>StationDesk</at> hayes police front desk, tues hours', [HAYES, WEEKDAYS]),
  teams('hours on a day', '<at>StationDesk</at> islington counter opening sat', [ISLINGTON, WEEKENDS]),
  teams('hours on a day', '<at>StationDesk</at> kentish town desk on wednesday?', [KENTISH_TOWN, WEEKDAYS]),
  teams('hours on a day', '<at>StationDesk</at> stratford counter hours sunday', [STRATFORD, WEEKENDS]),
  teams('hours on a day', '<at>StationDesk</at> sutton desk hrs thurs', [SUTTON, WEEKDAYS]),
  teams('hours on a day', '<at>StationDesk</at> wembley police counter sat 5th', [WEMBLEY, WEEKENDS]),
  teams('open at a time', '<at>StationDesk</at> lewisham desk open 3am?', [LEWISHAM, OPEN_24]),
  teams('open at a time', '<at>StationDesk</at> charing x open midnight sat', [CHARING_CROSS, OPEN_24]),
  teams('open at a time', '<at>StationDesk</at> is romford open 11pm tonight', [ROMFORD, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  teams('open at a time', '<at>StationDesk</at> tottenham open 8am sunday?', [TOTTENHAM, anyOf(SHUT_THEN, at(9))], [SAYS_YES]),
  teams('open at a time', '<at>StationDesk</at> walworth open 6pm sat', [WALWORTH, OPEN]),
  teams('open at a time', '<at>StationDesk</at> hammersmith desk open 9pm weds', [HAMMERSMITH, OPEN]),
  teams('open at a time', '<at>StationDesk</at> is ilford counter open at 8pm sunday', [ILFORD, anyOf(SHUT_THEN, at(19))], [SAYS_YES]),
  teams('address', '<at>StationDesk</at> address for walworth police', [/Manor Place|SE17 3BB/i]),
  teams('address', '<at>StationDesk</at> where exactly is lewisham police station', [LEWISHAM_ADDRESS]),
  teams('address', '<at>StationDesk</at> charing cross station address pls', [CHARING_CROSS_ADDRESS]),
  teams('still open or closing', '<at>StationDesk</at> kensington counter still open?', [CLOSED], [SAYS_YES]),
  teams('still open or closing', '<at>StationDesk</at> is barking learning centre counter open', [CLOSED], [SAYS_YES]),
  teams('still open or closing', '<at>StationDesk</at> church st police counter westminster', [CLOSED], [SAYS_YES]),
  teams('still open or closing', '<at>StationDesk</at> royalty studios desk open?', [CLOSED], [SAYS_YES]),
  teams('lists', '<at>StationDesk</at> list 24hr counters', [CHARING_CROSS, LEWISHAM]),
  teams('lists', '<at>StationDesk</at> which desks shut in feb', [/Chingford/i, /Wimbledon/i, /Twickenham/i]),
  teams('about the service', '<at>StationDesk</at> how up to date is this', [UP_TO_DATE]),
  teams('about the service', '<at>StationDesk</at> do you keep what i type', [PRIVACY]),
  teams('about the service', '@StationDesk are you a real person', [A_BOT]),
  teams('the past', '<at>StationDesk</at> how many desks in 2019', [THIRTY_SEVEN]),
  teams('the past', '<at>StationDesk</at> when were the big closures in 2017', [CLOSED_DEC_2017]),
  teams('borough', '<at>StationDesk</at> counter in richmond borough?', [anyOf(NO_COUNTER, CLOSED)]),
  teams('borough', '<at>StationDesk</at> greenwich borough desk', [PLUMSTEAD]),
  teams('cannot do', '<at>StationDesk</at> can u book me an appointment at croydon', [anyOf(DECLINE, NON_URGENT)]),
  teams('cannot do', '@StationDesk report my stolen laptop for me', [anyOf(DECLINE, NON_URGENT)]),
  teams('out of scope', '<at>StationDesk</at> whats for lunch in the canteen', OFF_TOPIC_REPLY),
  teams('small talk', '<at>StationDesk</at> ty', [anyOf(THANKS_REPLY, BYE)]),
  teams('City of London', '<at>StationDesk</at> police desk for someone at bank junction', [anyOf(CITY_POLICE, CHARING_CROSS, WALWORTH, BETHNAL_GREEN, ISLINGTON, ASKS_POSTCODE)]),
  teams('City of London', '@StationDesk who polices the square mile', [CITY_POLICE]),
  teams('non-London postcode', '<at>StationDesk</at> nearest desk to HP11 2 pls', [NOT_LONDON]),
  teams('comparison', '<at>StationDesk</at> brixton v lewisham, which is 24h', [LEWISHAM, OPEN_24]),
  teams('two questions in one', '<at>StationDesk</at> bromley hrs sat + address', [BROMLEY, WEEKENDS]),
  // ---- Hours on a day, open at a time, times as people say them.
  hoursOn('wat time does dagenham police open on tuesday', DAGENHAM, at(10)),
  hoursOn('bexleyheath police open sunday??', BEXLEYHEATH, WEEKENDS),
  hoursOn('how late is the croydon desk open on weds 9th', CROYDON, at(22)),
  hoursOn('edmonton counter times for this saturday', EDMONTON, WEEKENDS),
  hoursOn('plumstead police front desk monday opening hrs', PLUMSTEAD, WEEKDAYS),
  hoursOn('whens stoke newington desk open on sat 12th', STOKE_NEWINGTON, WEEKENDS),
  hoursOn('hounslow station counter hours on a thursday', HOUNSLOW, WEEKDAYS),
  hoursOn('brixton police desk times sunday 27th', BRIXTON, WEEKENDS),
  hoursOn('kingston police counter opening times christmas eve', KINGSTON, WEEKDAYS),
  hoursOn('bethnal green front counter tuesday hours pls', BETHNAL_GREEN, WEEKDAYS),
  hoursOn('lavender hill counter hours on sat', LAVENDER_HILL, WEEKENDS),
  hoursOn('colindale desk open what time monday morning', COLINDALE, at(10)),
  openAt('is romford police desk open at half 2 today', ROMFORD),
  openAt('stratford counter open at 7 this evening?', STRATFORD),
  openAt('is wembley open at noon tomorrow', WEMBLEY),
  openAt('charing cross desk open at 4 in the morning on sunday', CHARING_CROSS),
  openAt('lewisham police open at 1am tonight?', LEWISHAM),
  openAt('kentish town open at quarter to 10 tonight', KENTISH_TOWN),
  shutAt('is acton desk open at 7am monday', ACTON, 10),
  shutAt('bromley counter open at half 10 tonight?', BROMLEY, 22),
  shutAt('hayes police open at 8pm on sunday', HAYES, 19),
  shutAt('sutton desk open at 8 in the morning tomorrow', SUTTON, 9),
  shutAt('is islington police counter open at midnight', ISLINGTON, 22),
  shutAt('edmonton desk open at 11 tonight', EDMONTON, 22),
  when('tottenham counter, is it open after work like 9ish tonight', [TOTTENHAM, OPEN]),
  when('can i go to walworth desk first thing sat, like 8', [WALWORTH, anyOf(SHUT_THEN, at(9))], [SAYS_YES]),
  when('hammersmith police open teatime sunday? like 5', [HAMMERSMITH, OPEN]),
  when('dagenham desk open lunchtime monday', [DAGENHAM, OPEN]),
  when('ilford counter open in the small hours', [ILFORD, anyOf(SHUT_THEN, WEEKDAYS, NOT_24)]),
  when('plumstead desk still open at 10 to 10 tonight', [PLUMSTEAD, OPEN]),
  // ---- The service.
  service('hey whats this chat actually', [SAYS_WHAT_IT_DOES]),
  service('r u a bot or a copper', [A_BOT]),
  service('is this run by the met police or someone else', [anyOf(SOURCES, A_BOT)]),
  service('where do u get ur station info from', [SOURCES]),
  service('when did u last check all this info', [UP_TO_DATE]),
  service('how sure are you that these hours are right', [anyOf(NOT_KNOWN, ONLINE, /announced|March 2026|sure|certain/i)]),
  service('do you save my postcode anywhere', [PRIVACY]),
  service('will the police see what i type here', [PRIVACY]),
  service('can i delete what i told you', [PRIVACY]),
  service('is this chat private', [PRIVACY]),
  service('can you actually pass a message to the police', [anyOf(DECLINE, NON_URGENT, /not (?:part of|connected|linked)/i)]),
  service('what sort of stuff can i ask u exactly', [SAYS_WHAT_IT_DOES]),
  service('are your answers official', [anyOf(SOURCES, ONLINE, /not official|unofficial/i)]),
  service('do u know about hours after march 2026', [anyOf(MARCH_2026, UP_TO_DATE, ONLINE)]),
  service('which languages can u reply in', [anyOf(/English/i, LANGUAGE_LINE)]),
  service('can i use this on my work teams', [anyOf(/Teams/i, SAYS_WHAT_IT_DOES)]),
  service('whats the catch, do you sell my data', [PRIVACY]),
  service('who made you lol', [anyOf(A_BOT, SOURCES)]),
  service('is this info from the met website', [SOURCES]),
  service('how do you work out which desk is nearest', [anyOf(/distance|straight|postcode|as the crow/i, DISTANCE)]),
  // ---- The past.
  past('how many counters did london have in 2015', [SEVENTY_THREE]),
  past('how many front counters were there on new years eve 2017', [THIRTY_EIGHT]),
  past('how many desks were there in mid 2021', [THIRTY_EIGHT]),
  past('how many stations shut under the 2013 plan', [/\b63\b|sixty[- ]three/i]),
  past('boris plan 2013 how many counters before and after', [BEFORE_2013, SEVENTY_THREE]),
  past('when was the 2017 closure decision made', [/31 Oct(?:ober)? 2017|Oct(?:ober)? 2017/i]),
  past('how much did the 2017 strategy save a year', [/£\s?8\s?m|8 million|eight million/i]),
  past('when was the 2025 review leaked', [/17 Jul(?:y)? 2025|Jul(?:y)? 2025/i]),
  past('from what date did the desks go to shorter hours', [MARCH_2026]),
  past('what did the august 2025 plan propose, how many counters', [/\b20\b|twenty/i]),
  past('when were the 2025 closures revised', [/15 Oct(?:ober)? 2025|Oct(?:ober)? 2025/i]),
  past('which 5 stations got saved in october 2025', [EDMONTON, TOTTENHAM, PLUMSTEAD, LAVENDER_HILL, BETHNAL_GREEN]),
  past('west wickham volunteer police office closing date?', [CLOSED_17_DEC_2017]),
  past('penge copperfield house counter when did that go', [CLOSED_17_DEC_2017]),
  past('when did uxbridge front counter shut', [CLOSED_DEC_2017]),
  past('chiswick police counter closing date', [CLOSED_DEC_2017]),
  past('wandsworth police station counter, when did it close', [CLOSED_DEC_2017]),
  past('whatever happened to forest gate cop shop', [/fire|roof/i]),
  past('when did the forest gate fire happen', [/6 Mar(?:ch)? 2024|Mar(?:ch)? 2024/i]),
  past('why was wimbledon not closed in 2017', [/court|quash/i]),
  past('when was islington counter shut for refurbishment', [/2020/]),
  past('whens the last time dagenham counter was closed temporarily', [/2023/]),
  past('shepherds bush police counter - what was that', [/Hammersmith|temporar|2016/i]),
  past('what year did the fishmongers arms police counter in wood green open', [/2010/]),
  past('why did the met close counters in 2026', [MONEY]),
  past('what share of crimes get reported at front counters', [FIVE_PER_CENT]),
  past('how much does closing the ten save', [SEVEN_MILLION]),
  past('how many 24 hour counters were proposed in august 2025', [/\b8\b|\b18\b|eight|eighteen/i]),
  past('how many counters were 24/7 in 2015', [/\b33\b|thirty[- ]three/i]),
  past('did kennington police station close', [anyOf(CLOSED, /2019|2017/)]),
  // ---- Small talk as typed on a phone.
  chat('yooo stationdesk', SAYS_WHAT_IT_DOES),
  chat('gm', SAYS_WHAT_IT_DOES, BYE),
  chat('ta v much 🙏', THANKS_REPLY, BYE),
  chat('cheers bruv', THANKS_REPLY, BYE),
  chat('u still there??', SAYS_WHAT_IT_DOES, /yes|here/i),
  chat('ok bye x', BYE),
  chat('lol ok then ta x', SAYS_WHAT_IT_DOES, THANKS_REPLY, BYE),
  chat('nice one 👍', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('safe g', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('hello?? anyone', SAYS_WHAT_IT_DOES),
  chat('evening all, good evening', SAYS_WHAT_IT_DOES),
  chat('wassup', SAYS_WHAT_IT_DOES),
  chat('hows ur friday going bot', SAYS_WHAT_IT_DOES, /good|well|fine|thanks/i),
  chat('ur useless', SAYS_WHAT_IT_DOES, /sorry/i),
  chat('thanks that sorted it', THANKS_REPLY, BYE),
  chat('laters then', BYE),
  chat('😀', SAYS_WHAT_IT_DOES),
  chat('much appreciated x', THANKS_REPLY, BYE),
  // ---- Requests it cannot carry out.
  cannot('book me a slot at the sutton desk for monday'),
  cannot('can you log my stolen e-bike with the police for me'),
  cannot('send a patrol car to my house'),
  cannot('give me my crime reference number'),
  cannot('tell the officer on my case to ring me back'),
  cannot('check if my son has been arrested'),
  cannot('can you look up a car number plate'),
  cannot('email me the opening hours'),
  cannot('can u ring walworth police for me'),
  cannot('cancel my appointment at brixton station'),
  cannot('can u file a complaint about a rude officer for me'),
  cannot('find out if my neighbour has a criminal record'),
  cannot('renew my firearms licence pls'),
  cannot('can you get my confiscated phone back'),
  cannot('text me when kingston opens'),
  cannot('track my lost parcel that got nicked'),
  cannot('can i pay my speeding fine thru u'),
  cannot('can you unlock my car that was towed'),
  cannot('arrange a translator for me at tottenham station tomorrow'),
  cannot('sign my passport photo form'),
  // ---- Off topic and nonsense.
  offTopic('whats the weather in london tmrw'),
  offTopic('recommend a decent curry place near tooting bec'),
  offTopic('whos gonna win the premier league'),
  offTopic('how do i renew my provisional driving licence'),
  offTopic('best way to get to heathrow from here'),
  offTopic('can u help with my maths homework'),
  offTopic('what time does the post office open'),
  offTopic('how much is band c council tax in lewisham'),
  offTopic('when is bin day'),
  offTopic('write me a short poem about autumn leaves'),
  nonsense('asdfghjkl;;'),
  nonsense('qqqqqqq'),
  nonsense('?? ?? ?? ??'),
  nonsense('bnmbnm vcvc'),
  // ---- Ambiguous names.
  ambiguous('hours for the station on the high road', ASKS_WHERE, ASKS_POSTCODE),
  ambiguous('police desk in hayes', HAYES),
  ambiguous('is the sutton one open', SUTTON),
  ambiguous('richmond road police station', KINGSTON, ASKS_POSTCODE),
  ambiguous('the police station on the broadway', ASKS_POSTCODE, ASKS_WHERE),
  ambiguous('nearest police to church street', CLOSED, ASKS_POSTCODE),
  ambiguous('barking police counter', CLOSED, DAGENHAM),
  ambiguous('green lanes police desk', ASKS_POSTCODE, STOKE_NEWINGTON, TOTTENHAM),
  ambiguous('kingsland police station', STOKE_NEWINGTON, ASKS_POSTCODE),
  ambiguous('is the holloway road one open', ISLINGTON, CLOSED, ASKS_POSTCODE),
  ambiguous('police near the angel', ISLINGTON, ASKS_POSTCODE),
  ambiguous('the one on mare street', BETHNAL_GREEN, STOKE_NEWINGTON, ASKS_POSTCODE),
  // ---- Lists, boroughs, comparisons, two questions in one.
  list('list all police counters in south london pls', [LEWISHAM, BRIXTON, CROYDON]),
  list('all the ones that closed in feb 2026', [/Chingford/i, /Mitcham/i, /Pinner/i, /Kensington/i]),
  list('which front desks are open sunday', [WEEKENDS]),
  list('give me every police counter in east london', [BETHNAL_GREEN, STRATFORD, ILFORD]),
  list('which boroughs got left with zero counters', NO_COUNTER_BOROUGHS),
  list('name the 24 hour police desks', [CHARING_CROSS, LEWISHAM]),
  list('stations that were reprieved', [EDMONTON, TOTTENHAM, PLUMSTEAD]),
  list('north london police counters list', [EDMONTON, TOTTENHAM, ISLINGTON]),
  list('west london front counters', [HAMMERSMITH, ACTON, HOUNSLOW]),
  list('what counters does the met have in outer east london', [ROMFORD, DAGENHAM, ILFORD]),
  borough('police counter in havering', [ROMFORD]),
  borough('counter in bexley borough', [BEXLEYHEATH]),
  borough('barnet police desk', [COLINDALE]),
  borough('hillingdon front counter', [HAYES]),
  borough('k&c police front counter', [anyOf(NO_COUNTER, CLOSED)]),
  borough('waltham forest counter', [anyOf(NO_COUNTER, CLOSED, WALTHAM_FOREST_DESKS)]),
  borough('camden borough police desk', [KENTISH_TOWN]),
  borough('southwark police counter', [WALWORTH]),
  borough('newham desk hours', [STRATFORD]),
  borough('tower hamlets front counter', [BETHNAL_GREEN]),
  compare('croydon or sutton, which is open later on sat', [SAME]),
  compare('is brixton or walworth open longer on a weekday', [SAME]),
  compare('lewisham v bromley at 11pm', [LEWISHAM, OPEN_24]),
  compare('charing cross or islington at 3am', [CHARING_CROSS, OPEN_24]),
  compare('which is closer to SE13 5, lewisham or bromley', [LEWISHAM], [notNearer(BROMLEY)]),
  compare('hammersmith or acton nearer to W6 7', [HAMMERSMITH], [notNearer(ACTON)]),
  compare('sutton or croydon closer for CR9 1', [CROYDON], [notNearer(SUTTON)]),
  compare('kentish town vs islington sunday hours', [SAME]),
  compare('how many counters now vs 2017', [COUNTERS_NOW, SEVENTY_THREE]),
  compare('2019 vs now how many desks', [THIRTY_SEVEN, COUNTERS_NOW]),
  two('whats ilford address and is it open sunday', [ILFORD, WEEKENDS]),
  two('nearest to NW9 5 and whats its hours', [COLINDALE, WEEKDAYS]),
  two('is lewisham 24 hour and where is it', [LEWISHAM_ADDRESS, OPEN_24]),
  two('hours for romford and for dagenham', [ROMFORD, DAGENHAM]),
  two('how many counters are left and which are 24/7', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  two('when did chingford close and where do i go now', [CLOSED_FEB_2026, anyOf(WALTHAM_FOREST_DESKS, EDMONTON)]),
  two('is wembley open sat and sun', [WEMBLEY, WEEKENDS]),
  two('croydon desk times + is it open christmas', [CROYDON, HOLIDAY_UNKNOWN]),
  // ---- Outside London.
  outside('nearest police counter to PE1 1'),
  outside('police desk near HP11 2'),
  outside('im in SG1 9 whats the nearest station'),
  outside('CM15 9 police front counter'),
  outside('closest police desk to ME5 8'),
  outside('im in faversham, police desk?'),
  outside('AL5 4 nearest station'),
  outside('police counter near SS14 3'),
  outside('front desk hours near CM2 9'),
  outside('nearest front counter to TN13 9 or RH1 6'),
  // ---- Counters that closed, and where to go instead.
  gone('is south harrow police station still open'),
  gone('mitcham police counter open today?'),
  gone('wimbledon police desk hours sat'),
  gone('chingford police station front desk open?'),
  gone('pinner police counter times'),
  gone('kensington police desk earls court road open now'),
  gone('twickenham police station counter open'),
  gone('holborn police front counter hours'),
  gone('peckham police counter open?'),
  gone('southall police station front desk'),
  instead('kensington closed so where now', HAMMERSMITH),
  instead('pinner shut, where do i go', WEMBLEY, HAYES),
  instead('south harrow gone, nearest desk?', WEMBLEY),
  instead('chingford counter closed wheres next nearest', EDMONTON, WALTHAM_FOREST_DESKS),
  instead('barking learning centre desk closed where instead', ILFORD),
  instead('mitcham shut, nearest other desk', SUTTON),
  // ---- Other languages, not about danger.
  foreign('Sutton police ing pirang jam bukak dina Setu?', SUTTON), // Minangkabau/Indonesian mix
  foreign('Kuv yuav mus rau Croydon tub ceev xwm thaum twg qhib?', CROYDON), // Hmong
  foreign('Lewisham kpovitɔwo ƒe dɔwɔƒe ʋuna gaƒoƒo ka me?', LEWISHAM), // Ewe
  foreign('Wanneir geit de Bromley politie open op zaoterdag?', BROMLEY), // Limburgish
  foreign('Quando abre a comisaría de Brixton el sábado?', BRIXTON), // Asturian/Galician-ish
  foreign('Hora pila an Walworth police office ha Sabado?', WALWORTH), // Waray
  // ---- Postcodes: sectors and full postcodes no earlier batch used.
  nearCode('nearest police front counter to CR9 1', CROYDON), // croydon 0.45 km / sutton 6.37 km
  nearCode('which front counter is closest to me, postcode CR9 1AD', CROYDON),
  nearCode('CR9 2 wheres my closest police station desk', CROYDON), // croydon 0.98 km / sutton 6.28 km
  nearCode('any police desk near CR9 2AE', CROYDON),
  nearCode('closest place to report something in person from CR9 3?', CROYDON), // croydon 1.15 km / sutton 6.14 km
  nearCode('NEAREST POLICE STATION cr9 3af', CROYDON),
  nearCode('im in CR9 4, which station desk is nearest', CROYDON), // croydon 1.84 km / sutton 4.87 km
  nearCode('where do i go in person near CR9 4AG to report a theft', CROYDON),
  nearCode('police counter near CR9 5 pls', CROYDON), // croydon 0.67 km / sutton 7.36 km
  nearCode('live in CR9 5AH where is the nearest counter', CROYDON),
  nearCode('whats the nearest cop shop to CR9 6', CROYDON), // croydon 0.96 km / sutton 7.4 km
  nearCode('cr9 6aj nearest station thats open to the public', CROYDON),
  nearCode('CR9 7 - nearest front desk?', CROYDON), // croydon 1.03 km / sutton 7.45 km
  nearCode('near CR9 7AL, whats the closest police front office', CROYDON),
  nearCode('nearest station i can walk into from CR9 8', CROYDON), // croydon 3.02 km / bromley 5.49 km
  nearCode('nearest police front counter to CR9 8AN', CROYDON),
  nearCode('which front counter is closest to me, postcode CR9 9', CROYDON), // croydon 1.45 km / sutton 5.72 km
  nearCode('cr9 9ap wheres my closest police station desk', CROYDON),
  nearCode('any police desk near E2 9', BETHNAL_GREEN), // bethnal-green 0.46 km / stoke-newington 3.16 km
  nearCode('closest place to report something in person from E2 9AQ?', BETHNAL_GREEN),
  nearCode('NEAREST POLICE STATION E15 4', STRATFORD), // stratford 0.41 km / bethnal-green 4.57 km
  nearCode('im in E15 4AR, which station desk is nearest', STRATFORD),
  nearCode('where do i go in person near HA0 2 to report a theft', WEMBLEY), // wembley 0.79 km / acton 5.94 km
  nearCode('police counter near ha0 2as pls', WEMBLEY),
  nearCode('live in HA9 0 where is the nearest counter', WEMBLEY), // wembley 1.99 km / colindale 5.01 km
  nearCode('whats the nearest cop shop to HA9 0AT', WEMBLEY),
  nearCode('nearest police front counter to N17 9', TOTTENHAM), // tottenham 0.54 km / edmonton 3.32 km
  nearCode('which front counter is closest to me, postcode N17 9AX', TOTTENHAM),
  nearCode('NW2 8 wheres my closest police station desk', COLINDALE), // colindale 3.15 km / kentish-town 6.01 km
  nearCode('any police desk near NW2 8AY', COLINDALE),
  nearCode('closest place to report something in person from NW5 3?', KENTISH_TOWN), // kentish-town 0.43 km / islington 2.96 km
  nearCode('NEAREST POLICE STATION nw5 3az', KENTISH_TOWN),
  nearCode('police counter near NW9 5 pls', COLINDALE), // colindale 0.5 km / wembley 6.62 km
  nearCode('live in NW9 5BB where is the nearest counter', COLINDALE),
  nearCode('whats the nearest cop shop to RM10 7', DAGENHAM), // dagenham 1.19 km / romford 3.66 km
  nearCode('rm10 7bd nearest station thats open to the public', DAGENHAM),
  nearCode('SE13 5 - nearest front desk?', LEWISHAM), // lewisham 0.7 km / bromley 6.81 km
  nearCode('near SE13 5BE, whats the closest police front office', LEWISHAM),
  nearCode('nearest station i can walk into from SE17 3', WALWORTH), // walworth 0.36 km / brixton 2.57 km
  nearCode('nearest police front counter to SE17 3BF', WALWORTH),
  nearCode('which front counter is closest to me, postcode SM1 4', SUTTON), // sutton 0.55 km / croydon 6.28 km
  nearCode('sm1 4bg wheres my closest police station desk', SUTTON),
  nearCode('any police desk near SW11 1', LAVENDER_HILL), // lavender-hill 0.56 km / brixton 3.86 km
  nearCode('closest place to report something in person from SW11 1BH?', LAVENDER_HILL),
  nearCode('NEAREST POLICE STATION TW3 1', HOUNSLOW), // hounslow 0.41 km / acton 7.18 km
  nearCode('im in TW3 1BJ, which station desk is nearest', HOUNSLOW),
  nearCode('where do i go in person near TW6 3 to report a theft', HOUNSLOW), // hounslow 6.45 km / hayes 7.39 km
  nearCode('police counter near tw6 3bl pls', HOUNSLOW),
  nearCode('live in UB1 9 where is the nearest counter', HAYES), // hayes 2.79 km / hounslow 5.18 km
  nearCode('whats the nearest cop shop to UB1 9BN', HAYES),
  nearCode('UB4 8 nearest station thats open to the public', HAYES), // hayes 0.8 km / hounslow 8.03 km
  nearCode('UB4 8BP - nearest front desk?', HAYES),
  nearCode('near UB5 9, whats the closest police front office', WEMBLEY), // wembley 4.53 km / hayes 5.03 km
  nearCode('nearest station i can walk into from ub5 9ab', WEMBLEY),
  nearCode('nearest police front counter to W6 7', HAMMERSMITH), // hammersmith 0.33 km / acton 3.84 km
  nearCode('which front counter is closest to me, postcode W6 7AD', HAMMERSMITH),
  nearCode('W7 9 wheres my closest police station desk', ACTON), // acton 3.97 km / hounslow 4.5 km
  nearCode('any police desk near W7 9AE', ACTON),
  nearCode('im in WC1A 9, which station desk is nearest', ISLINGTON), // islington 1.03 km / charing-cross 1.86 km
  nearCode('where do i go in person near WC1A 9AG to report a theft', ISLINGTON),
  nearCode('police counter near WC1V 6 pls', CHARING_CROSS), // charing-cross 1.08 km / islington 1.79 km
  nearCode('live in WC1V 6AH where is the nearest counter', CHARING_CROSS),
  nearCode('whats the nearest cop shop to WC2N 4', CHARING_CROSS), // charing-cross 0.14 km / islington 2.82 km
  nearCode('wc2n 4aj nearest station thats open to the public', CHARING_CROSS),
  nearCode('WC2N 6 - nearest front desk?', CHARING_CROSS), // charing-cross 0.17 km / walworth 2.79 km
  nearCode('near WC2N 6AL, whats the closest police front office', CHARING_CROSS),
  nearAny('nearest station i can walk into from N10 9', KENTISH_TOWN, TOTTENHAM), // kentish-town 4.73 km / tottenham 5.05 km
  nearAny('nearest police front counter to N10 9AN', KENTISH_TOWN, TOTTENHAM),
  nearAny('which front counter is closest to me, postcode N11 9', TOTTENHAM, EDMONTON), // tottenham 3.48 km / edmonton 3.72 km
  nearAny('n11 9ap wheres my closest police station desk', TOTTENHAM, EDMONTON),
  nearAny('any police desk near NW1 6', CHARING_CROSS, KENTISH_TOWN), // charing-cross 3.07 km / kentish-town 3.26 km
  nearAny('closest place to report something in person from NW1 6AQ?', CHARING_CROSS, KENTISH_TOWN),
  nearAny('NEAREST POLICE STATION SE24 4', BRIXTON, WALWORTH), // brixton 1.51 km / walworth 1.71 km
  nearAny('im in SE24 4AR, which station desk is nearest', BRIXTON, WALWORTH),
  nearAny('where do i go in person near SW1P 1 to report a theft', CHARING_CROSS, WALWORTH), // charing-cross 2.27 km / walworth 2.71 km
  nearAny('police counter near sw1p 1as pls', CHARING_CROSS, WALWORTH),
  nearAny('SW1W 8 nearest station thats open to the public', CHARING_CROSS, LAVENDER_HILL), // charing-cross 2.92 km / lavender-hill 2.95 km
  nearAny('SW1W 8AU - nearest front desk?', CHARING_CROSS, LAVENDER_HILL),
  nearAny('nearest police front counter to SW5 5', LAVENDER_HILL, HAMMERSMITH), // lavender-hill 2.68 km / hammersmith 3.03 km
  nearAny('which front counter is closest to me, postcode SW5 5AX', LAVENDER_HILL, HAMMERSMITH),
  nearAny('SW7 9 wheres my closest police station desk', HAMMERSMITH, CHARING_CROSS, LAVENDER_HILL), // hammersmith 3.47 km / charing-cross 3.69 km
  nearAny('any police desk near SW7 9AY', HAMMERSMITH, CHARING_CROSS, LAVENDER_HILL),
  nearAny('closest place to report something in person from SW10 1?', LAVENDER_HILL, HAMMERSMITH), // lavender-hill 2.68 km / hammersmith 3.03 km
  nearAny('NEAREST POLICE STATION sw10 1az', LAVENDER_HILL, HAMMERSMITH),
  nearAny('im in SW11 7, which station desk is nearest', BRIXTON, WALWORTH, LAVENDER_HILL), // brixton 2.33 km / walworth 2.65 km
  nearAny('where do i go in person near SW11 7BA to report a theft', BRIXTON, WALWORTH, LAVENDER_HILL),
  nearAny('police counter near SW13 3 pls', HAMMERSMITH, ACTON), // hammersmith 4.04 km / acton 4.41 km
  nearAny('live in SW13 3BB where is the nearest counter', HAMMERSMITH, ACTON),
  nearAny('whats the nearest cop shop to TW7 9', HOUNSLOW, ACTON), // hounslow 3.65 km / acton 4.05 km
  nearAny('tw7 9bd nearest station thats open to the public', HOUNSLOW, ACTON),
  nearAny('W1T 5 - nearest front desk?', CHARING_CROSS, ISLINGTON), // charing-cross 1.83 km / islington 2.24 km
  nearAny('near W1T 5BE, whats the closest police front office', CHARING_CROSS, ISLINGTON),
  nearAny('nearest station i can walk into from WC1N 3', CHARING_CROSS, ISLINGTON), // charing-cross 1.37 km / islington 1.47 km
  nearAny('nearest police front counter to WC1N 3BF', CHARING_CROSS, ISLINGTON),
  nearAny('which front counter is closest to me, postcode WC1R 5', CHARING_CROSS, ISLINGTON), // charing-cross 1.36 km / islington 1.57 km
  nearAny('wc1r 5bg wheres my closest police station desk', CHARING_CROSS, ISLINGTON),
  { topic: 'nearest to a postcode', turns: [{ say: 'im working in EC1M 3, closest police station counter?', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // Camden: islington 1.49 / charing-cross 1.76 km
  { topic: 'nearest to a postcode', turns: [{ say: 'city of london EC1M 6 nearest front counter', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // Islington: islington 1.63 / charing-cross 2.0 km
  { topic: 'nearest to a postcode', turns: [{ say: 'EC1N 6 which police do i go to in person', must: [CITY(CHARING_CROSS, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // Camden: charing-cross 1.57 / islington 1.72 km
  { topic: 'nearest to a postcode', turns: [{ say: 'is there a police counter near EC1N 7', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // Camden: islington 1.5 / charing-cross 1.53 km
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police desk to EC1N 8 in the city', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // Camden: islington 1.52 / charing-cross 1.64 km
  { topic: 'nearest to a postcode', turns: [{ say: 'EC1R 5 where can i report something in person', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // Camden: islington 1.27 / charing-cross 1.72 km
  { topic: 'nearest to a postcode', turns: [{ say: 'im working in EC2A 2, closest police station counter?', must: [CITY(BETHNAL_GREEN, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // Hackney: bethnal-green 2.13 / islington 2.4 km
  { topic: 'nearest to a postcode', turns: [{ say: 'city of london EC2A 4 nearest front counter', must: [CITY(BETHNAL_GREEN, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // Hackney: bethnal-green 2.15 / islington 2.16 km
  // ---- The nearest 24-hour desk.
  near24('CR9 1 whats the closest station open all night', LEWISHAM), // lewisham 11.86 / charing-cross 15.28 km
  near24('which counter near CR9 2 is open 24/7', LEWISHAM), // lewisham 11.55 / charing-cross 14.74 km
  near24('open round the clock police desk closest to CR9 3?', LEWISHAM), // lewisham 11.6 / charing-cross 14.65 km
  near24('nearest 24 hour police desk to CR9 4', LEWISHAM), // lewisham 12.99 / charing-cross 15.56 km
  near24('CR9 5 whats the closest station open all night', LEWISHAM), // lewisham 11.41 / charing-cross 15.48 km
  near24('which counter near CR9 6 is open 24/7', LEWISHAM), // lewisham 10.93 / charing-cross 14.88 km
  near24('open round the clock police desk closest to CR9 7?', LEWISHAM), // lewisham 10.85 / charing-cross 14.82 km
  near24('nearest 24 hour police desk to CR9 8', LEWISHAM), // lewisham 9.56 / charing-cross 14.95 km
  near24('CR9 9 whats the closest station open all night', LEWISHAM), // lewisham 11.89 / charing-cross 14.67 km
  near24('which counter near E2 9 is open 24/7', CHARING_CROSS), // charing-cross 5.35 / lewisham 8.28 km
  near24('open round the clock police desk closest to E15 4?', LEWISHAM), // lewisham 8.77 / charing-cross 9.88 km
  near24('nearest 24 hour police desk to HA0 2', CHARING_CROSS), // charing-cross 14.11 / lewisham 23.49 km
  // ---- The City of London by sector.
  { topic: 'City of London', turns: [{ say: 'EC1A 9 where can i report something in person', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: islington 1.8 / charing-cross 1.87 km
  { topic: 'City of London', turns: [{ say: 'EC2M 7 which police do i go to in person', must: [CITY(BETHNAL_GREEN, ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.43 / islington 2.55 km
  { topic: 'City of London', turns: [{ say: 'is there a police counter near EC2R 7', must: [CITY(ISLINGTON, CHARING_CROSS, BETHNAL_GREEN)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: islington 2.41 / charing-cross 2.5 km
  { topic: 'City of London', turns: [{ say: 'nearest police desk to EC2V 7 in the city', must: [CITY(CHARING_CROSS, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.23 / islington 2.3 km
  { topic: 'City of London', turns: [{ say: 'EC2Y 9 where can i report something in person', must: [CITY(ISLINGTON, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: islington 2.11 / charing-cross 2.59 km
  { topic: 'City of London', turns: [{ say: 'im working in EC3A 1, closest police station counter?', must: [CITY(BETHNAL_GREEN, WALWORTH)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.49 / walworth 2.92 km
  { topic: 'City of London', turns: [{ say: 'city of london EC3A 3 nearest front counter', must: [CITY(ISLINGTON, BETHNAL_GREEN, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: islington 2.57 / bethnal-green 2.66 km
  { topic: 'City of London', turns: [{ say: 'EC3A 4 which police do i go to in person', must: [CITY(BETHNAL_GREEN, WALWORTH)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.47 / walworth 2.95 km
  { topic: 'City of London', turns: [{ say: 'is there a police counter near EC3M 3', must: [CITY(WALWORTH, BETHNAL_GREEN, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.67 / bethnal-green 2.75 km
  { topic: 'City of London', turns: [{ say: 'nearest police desk to EC3M 6 in the city', must: [CITY(WALWORTH, BETHNAL_GREEN, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.69 / bethnal-green 2.73 km
  { topic: 'City of London', turns: [{ say: 'EC3M 7 where can i report something in person', must: [CITY(BETHNAL_GREEN, WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.66 / walworth 2.77 km
  { topic: 'City of London', turns: [{ say: 'im working in EC3M 8, closest police station counter?', must: [CITY(WALWORTH, BETHNAL_GREEN, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.61 / bethnal-green 2.82 km
  { topic: 'City of London', turns: [{ say: 'city of london EC3R 5 nearest front counter', must: [CITY(WALWORTH, BETHNAL_GREEN, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.55 / bethnal-green 2.78 km
  { topic: 'City of London', turns: [{ say: 'EC3R 6 which police do i go to in person', must: [CITY(WALWORTH, CHARING_CROSS, BETHNAL_GREEN)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.55 / charing-cross 2.59 km
  { topic: 'City of London', turns: [{ say: 'is there a police counter near EC3R 7', must: [CITY(BETHNAL_GREEN, WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.66 / walworth 2.68 km
  { topic: 'City of London', turns: [{ say: 'nearest police desk to EC3V 1 in the city', must: [CITY(BETHNAL_GREEN, WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.69 / walworth 2.78 km
  { topic: 'City of London', turns: [{ say: 'EC3V 3 where can i report something in person', must: [CITY(CHARING_CROSS, BETHNAL_GREEN, WALWORTH)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.69 / bethnal-green 2.78 km
  { topic: 'City of London', turns: [{ say: 'im working in EC3V 4, closest police station counter?', must: [CITY(BETHNAL_GREEN, WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: bethnal-green 2.56 / walworth 2.91 km
  { topic: 'City of London', turns: [{ say: 'city of london EC4M 6 nearest front counter', must: [CITY(CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.06 / walworth 2.59 km
  { topic: 'City of London', turns: [{ say: 'EC4N 5 which police do i go to in person', must: [CITY(CHARING_CROSS, WALWORTH, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.43 / walworth 2.55 km
  { topic: 'City of London', turns: [{ say: 'is there a police counter near EC4N 6', must: [CITY(CHARING_CROSS, WALWORTH, ISLINGTON)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.28 / walworth 2.6 km
  { topic: 'City of London', turns: [{ say: 'nearest police desk to EC4N 8 in the city', must: [CITY(CHARING_CROSS, ISLINGTON, WALWORTH)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: charing-cross 2.32 / islington 2.64 km
  { topic: 'City of London', turns: [{ say: 'EC4R 0 where can i report something in person', must: [CITY(WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.47 / charing-cross 2.49 km
  { topic: 'City of London', turns: [{ say: 'im working in EC4R 3, closest police station counter?', must: [CITY(WALWORTH, CHARING_CROSS)], mustNot: [PLACE_NOT_FOUND] }] }, // City of London: walworth 2.35 / charing-cross 2.39 km
  // ---- Neighbourhoods, places and stations.
  nearPlace('nearest police station to beckenham high street', BROMLEY), // 3.2 / 6.2 km
  nearPlace('Blackheath Village closest police desk?', LEWISHAM), // 1.3 / 6.5 km
  nearPlace('im near Brockley Cross where can i report something in person', LEWISHAM), // 2.0 / 4.9 km
  nearPlace('police front counter near Charlton Athletic Valley??', PLUMSTEAD, LEWISHAM), // 4.1 / 4.1 km
  teamsPlace('<at>StationDesk</at> whats the nearest counter to church end finchley pls', COLINDALE), // 3.4 / 6.6 km
  nearPlace('by Clapton Pond, which station can i walk into', STOKE_NEWINGTON, BETHNAL_GREEN), // 2.0 / 2.7 km
  nearPlace('closest cop shop from Cowley Peachey', HAYES), // 3.0 / 9.7 km
  nearPlace('Crystal Palace Parade - nearest open police desk', BRIXTON, CROYDON, LEWISHAM), // 5.6 / 5.9 km
  nearPlace('which police station is nearest dalston junction', STOKE_NEWINGTON), // 1.3 / 2.5 km
  nearPlace('any front counter close to Downham Way', BROMLEY, LEWISHAM), // 3.5 / 3.8 km
  nearPlace('nearest police station to Eltham High Street', LEWISHAM, PLUMSTEAD), // 4.6 / 4.9 km
  nearPlace('Golders Green Road closest police desk?', COLINDALE), // 3.6 / 5.0 km
  nearPlace('im near highbury corner where can i report something in person', ISLINGTON), // 1.4 / 2.4 km
  teamsPlace('<at>StationDesk</at> police front counter near Kings Cross Central??', ISLINGTON), // 1.1 / 1.9 km
  nearPlace('whats the nearest counter to Kingsbury Green pls', COLINDALE), // 2.8 / 4.2 km
  nearPlace('by Maryland Point, which station can i walk into', STRATFORD), // 0.8 / 4.6 km
  nearPlace('closest cop shop from orpington high street', BROMLEY), // 6.2 / 9.8 km
  nearPlace('Rainham (havering) - nearest open police desk', DAGENHAM), // 3.6 / 7.2 km
  nearPlace('which police station is nearest Rose Hill in sutton', SUTTON), // 2.5 / 6.3 km
  nearPlace('any front counter close to Southborough in bromley', BROMLEY), // 2.4 / 9.0 km
  nearPlace('nearest police station to thamesmead central', PLUMSTEAD), // 2.3 / 5.6 km
  nearPlace('Thornton Heath Pond closest police desk?', CROYDON), // 2.6 / 6.5 km
  teamsPlace('<at>StationDesk</at> im near Vauxhall Cross where can i report something in person', WALWORTH, BRIXTON, CHARING_CROSS), // 1.9 / 2.5 km
  nearPlace('police front counter near Victoria Park Village??', BETHNAL_GREEN), // 1.4 / 3.1 km
  nearPlace('whats the nearest counter to welling corner pls', PLUMSTEAD, BEXLEYHEATH), // 2.7 / 3.4 km
  nearPlace('by Whitechapel Market, which station can i walk into', BETHNAL_GREEN), // 1.4 / 3.9 km
  nearPlace('closest cop shop from Abbey Road DLR', STRATFORD), // 0.8 / 4.0 km
  nearPlace('All Saints DLR - nearest open police desk', STRATFORD, BETHNAL_GREEN), // 3.4 / 3.4 km
  nearPlace('which police station is nearest ampere way', CROYDON), // 1.9 / 5.6 km
  nearPlace('any front counter close to Angel Road', EDMONTON), // 1.4 / 2.8 km
  nearPlace('nearest police station to Belgrave Walk', SUTTON), // 4.7 / 6.5 km
  teamsPlace('<at>StationDesk</at> Birkbeck station closest police desk?', CROYDON, BROMLEY), // 4.6 / 5.1 km
  nearPlace('im near burnt oak station where can i report something in person', COLINDALE), // 1.7 / 6.4 km
  nearPlace('police front counter near Castle Bar Park??', WEMBLEY, ACTON), // 3.6 / 4.2 km
  nearPlace('whats the nearest counter to Cyprus DLR pls', PLUMSTEAD), // 3.3 / 5.4 km
  nearPlace('by Dagenham Dock, which station can i walk into', DAGENHAM), // 2.5 / 5.6 km
  nearPlace('closest cop shop from dagenham heathway station', DAGENHAM), // 1.3 / 5.1 km
  nearPlace('Devons Road - nearest open police desk', STRATFORD, BETHNAL_GREEN), // 2.4 / 2.6 km
  nearPlace('which police station is nearest Dundonald Road', LAVENDER_HILL, SUTTON, KINGSTON), // 6.2 / 6.3 km
  nearPlace('any front counter close to Forest Hill station', LEWISHAM), // 4.0 / 5.0 km
  teamsPlace('<at>StationDesk</at> nearest police station to gordon hill', EDMONTON), // 5.1 / 8.2 km
  nearPlace('Grange Hill closest police desk?', ILFORD), // 5.9 / 7.3 km
  nearPlace('im near Headstone Lane where can i report something in person', WEMBLEY), // 6.7 / 8.0 km
  nearPlace('police front counter near High Barnet station??', COLINDALE), // 6.8 / 9.7 km
  nearPlace('whats the nearest counter to honor oak park pls', LEWISHAM), // 2.9 / 5.0 km
  nearPlace('by Langdon Park, which station can i walk into', STRATFORD, BETHNAL_GREEN), // 2.9 / 3.1 km
  nearPlace('closest cop shop from Lebanon Road tram stop', CROYDON), // 0.9 / 7.6 km
  nearPlace('Leytonstone High Road station - nearest open police desk', STRATFORD), // 2.7 / 5.0 km
  nearPlace('which police station is nearest malden manor', KINGSTON), // 4.1 / 5.5 km
  teamsPlace('<at>StationDesk</at> any front counter close to Mitcham Junction', SUTTON, CROYDON), // 4.2 / 4.9 km
  nearPlace('nearest police station to Morden Road tram stop', SUTTON), // 5.4 / 6.5 km
  nearPlace('New Barnet closest police desk?', COLINDALE, EDMONTON), // 7.4 / 8.2 km
  nearPlace('im near penge west where can i report something in person', CROYDON, BROMLEY, LEWISHAM, BRIXTON), // 5.7 / 5.8 km
  nearPlace('police front counter near Phipps Bridge??', SUTTON), // 4.7 / 6.9 km
  nearPlace('whats the nearest counter to Prince Regent DLR pls', STRATFORD), // 3.9 / 5.0 km
  nearPlace('by Pudding Mill Lane DLR, which station can i walk into', STRATFORD), // 1.3 / 2.8 km
  nearPlace('closest cop shop from queens road peckham station', WALWORTH, LEWISHAM, BRIXTON), // 3.3 / 3.5 km
  nearPlace('Redbridge station - nearest open police desk', ILFORD), // 3.0 / 5.0 km
  teamsPlace('<at>StationDesk</at> which police station is nearest Rotherhithe station', BETHNAL_GREEN, WALWORTH), // 3.0 / 3.4 km
  nearPlace('any front counter close to Shadwell Overground', BETHNAL_GREEN), // 1.9 / 3.7 km
  nearPlace('nearest police station to silver street station', EDMONTON), // 0.9 / 2.7 km
  nearPlace('South Greenford closest police desk?', WEMBLEY), // 2.9 / 5.1 km
  nearPlace('im near South Merton where can i report something in person', SUTTON), // 4.7 / 7.1 km
  nearPlace('police front counter near South Quay??', BETHNAL_GREEN, LEWISHAM, STRATFORD), // 3.9 / 4.2 km
  nearPlace('whats the nearest counter to southbury station pls', EDMONTON), // 3.0 / 6.5 km
  nearPlace('by St Helier station, which station can i walk into', SUTTON), // 3.2 / 7.5 km
  nearPlace('closest cop shop from St James Street', TOTTENHAM), // 2.8 / 3.9 km
  teamsPlace('<at>StationDesk</at> Star Lane DLR - nearest open police desk', STRATFORD), // 2.0 / 4.1 km
  nearPlace('which police station is nearest sutton common', SUTTON), // 1.6 / 7.0 km
  nearPlace('any front counter close to Therapia Lane', CROYDON), // 2.7 / 5.2 km
  nearPlace('nearest police station to Totteridge and Whetstone', COLINDALE), // 5.7 / 8.2 km
  nearPlace('Upney closest police desk?', ILFORD), // 2.8 / 4.5 km
  nearPlace('im near wanstead park station where can i report something in person', STRATFORD), // 2.1 / 3.9 km
  nearPlace('police front counter near Wapping Overground??', BETHNAL_GREEN, WALWORTH), // 2.7 / 3.3 km
  nearPlace('whats the nearest counter to West Finchley station pls', COLINDALE), // 3.9 / 7.4 km
  nearPlace('by West in sutton, which station can i walk into', SUTTON), // 1.1 / 7.6 km
  teamsPlace('<at>StationDesk</at> closest cop shop from westferry', BETHNAL_GREEN), // 2.8 / 3.9 km
  nearPlace('White Hart Lane station - nearest open police desk', TOTTENHAM, EDMONTON), // 1.6 / 2.0 km
  nearPlace('which police station is nearest Wood Lane station', HAMMERSMITH), // 1.7 / 3.6 km
  nearPlace('any front counter close to Woodgrange Park', ILFORD, STRATFORD), // 2.8 / 3.0 km
  nearPlace('nearest police station to woodside tram stop', CROYDON), // 2.8 / 5.9 km
  nearPlace('Worcester Park station closest police desk?', SUTTON), // 4.4 / 5.2 km
  // ---- A few more, with the helpers copied from batch 19.
  cityPlace('police desk nearest bank junction', ISLINGTON, CHARING_CROSS, WALWORTH, BETHNAL_GREEN), // point 51.513,-0.089: about 2.4 / 2.5 / 2.6 / 2.7 km
  ask('cannot do', 'can i tell u about a drug dealer on my estate without giving my name', [anyOf(CRIMESTOPPERS, CALL_101, ONLINE)]),
  ask('cannot do', 'not urgent, how do i report my bike nicked without going in', [CALL_101]),
  ask('about the service', 'is the police van parked on the high street every tuesday a front counter', [NOT_A_COUNTER]),
  past('which counters were saved from closure last october', [REPRIEVED]),
  past('how many front counters shut in the 2017 cuts', [CLOSED_IN_2017]),
  ask('open at a time', 'is hounslow desk open right this minute', [HOUNSLOW, OPEN_NOW]),
  compare('which one is always open, lewisham or bromley', [inOrder(LEWISHAM, OPEN_24)]),
  teams('hours on a day', `${AT}romford hrs sunday`, [ROMFORD, WEEKENDS]),
];
