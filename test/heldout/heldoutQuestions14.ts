/**
 * THE HELD-OUT SET, FOURTEENTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (fourteenth session), after batches 1 to 13, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/understanding/, src/answers/, src/replies/, dialogs/,
 * test/understanding/, test/bot/, the conversation tests, the golden
 * recording or the README's lists of questions that work), who read only
 * heldoutSet.ts, heldoutSet.test.ts, playHeldout.ts, heldoutPatterns.ts,
 * replyText.ts, lines 1-300 of batch 13 (its header and helpers, copied below
 * as each batch does; none of its questions read) and, to learn the case
 * type, the type declarations of heldoutQuestions.ts (the HeldoutTopic union
 * and the HeldoutCase interface, no question), and who committed every
 * expectation before the bot was run on any of these questions. Earlier
 * batches and the development set were only searched, by grep -o and counts,
 * for postcode, sector and place strings, to avoid them; no earlier question
 * was printed or read. No expectation was taken from what the bot says. Add
 * cases, never edit an expectation to match the bot: an expectation changes
 * only if it contradicts the FACTS in /work/shared/data (and then the commit
 * names the row), or if a pattern was wrongly strict about wording from the
 * start (and then the commit says so).
 *
 * Spread over every kind, with fresh phrasings, weighted a little towards the
 * kinds that were weakest (the past, requests it cannot carry out, the
 * service, small talk, lists, still open or closing, neighbourhoods and
 * landmarks, the City of London, follow-ups): danger however it is put
 * (slang, typos, indirect, about to happen, to other people, buried in a long
 * message, a resident who cannot speak, in Italian, Greek, Hindi, Tamil,
 * Gujarati, Lithuanian, Bulgarian, Albanian, Chinese, Twi, Hungarian, Dutch,
 * German, Russian, Ukrainian, Swahili and English, on Teams, and arising
 * mid-way through a conversation, in English, Italian, Hindi and on Teams),
 * safe look-alikes (figurative violence, video and board games, films, TV,
 * boxing, rugby, cricket, cooking, gardening, past crimes reported for the
 * record), two- and three-turn conversations (another day, another time,
 * another desk, the nearest 24-hour desk after the nearest one, a postcode
 * given after being asked, closures and the past, danger arising mid-way),
 * hours by day and time, open now and at a time, times as people say them,
 * nearest open and 24-hour desks by full postcode, sector, district and
 * place, boroughs, closures and plans, the past, the data's conflicting
 * sources (Notting Hill's 2017 or 2019, Shoreditch's November or December
 * 2017, Paddington Green's hotel-blog hours, Barkingside's weekday or 24/7,
 * Woodford's 2017 hours, the reported February pause, the Dec 2025 Lavender
 * Hill "closure" note, Kingston's 24/7 listing, the officer hours freed),
 * lists, comparisons, the service, small talk, off-topic, requests it cannot
 * carry out, places outside London, the City of London, nonsense, other
 * languages, roads, two questions in one and ambiguous names (the City of
 * London Cemetery, which is in Newham; Leather Lane, in Camden; HMS Belfast
 * and London Bridge station, south of the river; Kingston Bridge; Hampton
 * Wick's KT1 4, in Richmond borough).
 *
 * New against batches 1 to 13 and the development set: postcode sectors none
 * of them uses (BR1 9, BR2 8, BR4 9, BR5 3, CR0 2, CR0 8, CR5 2, CR8 5,
 * DA17 6, E1W 3, E2 8, E3 3, E11 2, E15 1, E17 4, EN1 9, EN2 8, EN3 7, EN4 9,
 * EN5 3, HA1 2, HA3 0, HA7 3, HA8 9, HA9 8, IG8 0, KT1 4, N1 4, N3 1, N4 4,
 * N6 6, N7 9, N8 7, N9 7, N10 2, N11 2, N12 7, N14 7, N16 8, N18 1, N21 2,
 * NW1 7, NW2 5, NW3 1, NW4 2, NW5 4, NW6 6, NW8 7, NW9 4, NW10 3, NW11 8,
 * RM6 5, RM12 5, SE5 0, SE9 2, SE15 5, SE16 2, SE18 3, SE19 3, SM6 7, SW1P 3,
 * SW1V 4, SW1W 9, SW3 1, SW4 0, SW5 0, SW6 5, SW7 1, SW8 3, SW10 9, SW11 4,
 * SW13 0, SW15 5, SW16 3, SW19 6, SW20 9, TW3 9, TW4 6, TW7 4, TW12 3, UB1 2,
 * UB3 5, UB4 9, UB6 7, UB7 0, UB8 3, W1B 4, W1D 3, W1K 2, W1U 6, W2 6, W7 2,
 * W10 4, W11 3, WC1H 8, WC1N 2, WC2A 3, WC2H 9; full postcodes are made of
 * these sectors, their units invented), districts none of them names (W1C,
 * WC1N, WC2A; every other London district appears in some earlier batch),
 * places none of them names (Chingford Hatch, Childs Hill, Colney Hatch,
 * Crews Hill, Cann Hall, Cudham, Cyprus, Gallions Reach, Havering-atte-Bower,
 * Headstone, Lamorbey, North Harrow, Pratts Bottom, Queen's Park, Ruxley,
 * Sands End, Somers Town, Spring Grove, Spring Park, Telegraph Hill, Upper
 * Belvedere, Wennington, West Heath, West Kensington, Worton, Beddington);
 * landmarks none of them names (Chiswick House, Marble Hill, Strawberry Hill
 * House, Eel Pie Island, Morden Hall Park, Nonsuch Park, the Whitgift Centre,
 * Croydon Airport, Down House, the Crystal Palace dinosaurs, Burgess Park,
 * Clissold Park, the Whitechapel Gallery, Thames Barrier Park, Forty Hall,
 * Myddelton House, Capel Manor, Bruce Castle, Markfield Park, Walthamstow
 * Marshes, the William Morris Gallery, Queen Elizabeth's Hunting Lodge,
 * Harrow School, Bentley Priory, Fryent Country Park, Gladstone Park, Neasden
 * Temple, Roundwood Park, Horsenden Hill, Pitzhanger Manor, Boston Manor,
 * Southall Broadway, Cranford Park, Swakeleys, the Battle of Britain Bunker,
 * Brunel University, Crane Park, Hounslow Heath, the Bentall Centre, Canbury
 * Gardens, Chessington World of Adventures, Mitcham Common, Cannizaro Park,
 * the All England Club, Carshalton Ponds, Addington Palace, Norwood Grove,
 * the US Embassy, the MI6 building, Brixton Academy, Windrush Square, Dulwich
 * Village, Sydenham Hill Woods, Ladywell Fields, Hilly Fields, Goldsmiths,
 * the Royal Observatory, Severndroog Castle, Avery Hill, the Red House, Foots
 * Cray Meadows, Erith Pier, Southmere, Charlton Lido, Maryon Park, Barking
 * Abbey, Eastbrookend, Valence House, Mayesbrook Park, Raphael Park, the
 * Queen's Theatre Hornchurch, Bedfords Park, Hainault Forest, Fairlop Waters,
 * Wanstead Flats, the City of London Cemetery, West Ham Park, Newham General,
 * Queen Mary University, Mile End Park, Limehouse Basin, the Brunel Museum,
 * Surrey Docks Farm, Southwark Park, Maltby Street, HMS Belfast); in the City
 * Temple Church, the Leadenhall Building, the Sky Garden, St Bride's, Bow
 * Lane, the Minories, Garlick Hill, Queenhithe, Paternoster Square,
 * Aldermanbury, Bevis Marks, Cornhill, Lothbury, St Mary Axe, Cloth Fair,
 * Carter Lane, Walbrook, Old Jewry, Wood Street, Moor Lane, Mark Lane,
 * Gracechurch Street, Fish Street Hill, Crutched Friars, Creechurch Lane,
 * Austin Friars, Golden Lane, Whitefriars, Tudor Street, the Inner Temple,
 * Dr Johnson's House, the Millennium Bridge; outside London Glasgow, Dover,
 * Hastings, Margate, Exeter, Plymouth, Swansea, Aberdeen, Dundee, Dublin,
 * Bournemouth, Peterborough, Tunbridge Wells, Cobham, Radlett, Hatfield,
 * Ongar, Rayleigh, Tilbury, Purfleet, Greenhithe, Northfleet, and WD7 8,
 * AL10 9, RM18 7, RM19 1, DA9 9, DA11 9, CT9 1, KT11 2, SS6 7, CM5 0).
 *
 * Same clock as batches 1 to 13 (HELDOUT_NOW in playHeldout.ts): Friday
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
 * conflicts, plans.csv, resident-facts.md and SOURCES.md. Nearest desks:
 * straight-line (haversine, R = 6371.0088 km) distances, worked out with a
 * small script of the writer's own (in /tmp, not committed), from each of the
 * 27 open counters' coordinates (stations.csv) to the sector centroid
 * (london-sectors.csv, London-only centroid) and to its district centroid
 * (london-outcodes.csv); for a named place, to an approximate point for the
 * place (from memory, to about 0.01 degrees) and to its postcode district; a
 * case names one desk only where it is nearest on every point by at least
 * 0.4 km, and otherwise accepts each desk nearest on some point (and, where a
 * single desk wins by less than 0.4 km, the runner-up too). Distances (km)
 * are noted beside cases: sector (or place point) first, then district; "24h"
 * gives the same for Charing Cross and Lewisham only. Where the bot cannot
 * place a neighbourhood or landmark, a fair answer asks for a postcode; such
 * a reply passes here (nearPlace, cityPlace).
 *
 * The shape test's duplicate check was run before committing: 37 opening
 * messages it found the same as an earlier batch's, the development set's or
 * the earlier unseen tables' (short greetings, thanks, nonsense and a few
 * plain questions) were reworded before the commit, with no expectation
 * changed.
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
/** Who decided: the Met, with the Mayor or MOPAC (plans.csv). */
const DECIDERS = /\bMet\b|Metropolitan Police|MPS|MOPAC|Mayor/i;

// Helpers batch 12 added (second group).
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

// Helpers batch 13 added.
/** A conversation played on Teams. */
const teamsTalk = (turns: HeldoutCase['turns']): HeldoutCase => talk(turns, 'msteams');
/** Says where to check instead (met.police.uk, 101) or that it does not know: a bank holiday, a case the data has no value for. */
const CHECK = anyOf(NOT_KNOWN, NON_URGENT);
/** Names the February 2026 closures: four of the ten, however listed. */
const FEB_2026_LIST = [/Chingford/i, /Wimbledon/i, /Twickenham/i, /Mitcham/i];
/** The four mobile police stations (vans) of Nov 2024, not front counters (resident-facts.md §4). */
const VANS = /\bvan|mobile/i;
/** Busiest counter in 2025: Charing Cross, about 15 crime reports a day (resident-facts.md §5). */
const FIFTEEN = /\b15\b|fifteen/i;


// Helpers new in this batch.
/** Brixton, the busiest counter of 2017, about 7 crime reports a day (resident-facts.md §5). */
const SEVEN_A_DAY = /\b7\b|seven/i;
/** The 2017 strategy's saving: about £8m a year, the cost of 140 PCs (resident-facts.md §5, plans.csv). */
const EIGHT_MILLION = /£\s?8\s?m|£?8 million|eight million|\b140\b/i;
/** The 2013 plan's saving: about £60m a year in building costs (resident-facts.md §5). */
const SIXTY_MILLION = /£\s?60\s?m|£?60 million|sixty million/i;
/** The officer time freed, as the sources give it: 3,000, 3,752 or 2,900 hours a month (resident-facts.md §5). */
const HOURS_FREED = /3,?000|3,?752|2,?900|three thousand/i;
/** A closure or change put in the past: the year it happened, never today's hours as the answer. */
const past = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'the past', turns: [{ say, must, mustNot: [TODAY_FIRST] }] });
/** A request the bot cannot carry out: declined, never station information first. */
const cannot = (say: string, extra: RegExp[] = []): HeldoutCase => ({ topic: 'cannot do', turns: [{ say, must: [WONT_DO, ...extra], mustNot: [STATION_INFO_FIRST] }] });
/** A question about the service: answered, never read as "which station?". */
const service = (say: string, must: RegExp[]): HeldoutCase => ({ topic: 'about the service', turns: [{ say, must, mustNot: [ASKS_WHICH_PLACE] }] });
/** Off-topic: declined, with what the bot does cover. */
const offTopic = (say: string): HeldoutCase => ({ topic: 'out of scope', turns: [{ say, must: OFF_TOPIC_REPLY }] });
/** Another language: the answer itself, or a pointer to English, Language Line or 101. */
const foreign = (say: string, desk: RegExp): HeldoutCase => ({ topic: 'non-English', turns: [{ say, must: [LANGUAGE_REPLY(desk)] }] });
/** Every one of the Met counters in the City's neighbourhood that some point makes nearest. */
const CITY_EAST = CITY(BETHNAL_GREEN, WALWORTH);
const CITY_WEST = CITY(CHARING_CROSS, ISLINGTON);

export const HELDOUT_CASES_14: readonly HeldoutCase[] = [
  // ---------------------------------------------------------------------------
  // Danger, alone: slang, typos, indirect, about to happen, to other people.
  danger('theres a lad in my stairwell waving a machete at my neighbours door'),
  danger('my ex just climbed over the back fence and hes banging on the patio glass, the kids are upstairs'),
  danger('some guys are dragging a girl into a van outside the chicken shop on my road right now'),
  danger('bro im getting jumped by like 5 man outside the station pls send someone'),
  danger('my flatmate swallowed a whole packet of pills and wont wake up and her boyfriend wont let me in the room'),
  danger('someone is trying to kick my front door in, I can hear them shouting they will get me'),
  danger('there is a man with a gun in the car park of the leisure centre'),
  danger('my dad is choking my mum in the kitchen I am hiding in the bathroom'),
  danger('i think my neighbour is being murdered, the screaming just stopped and theres banging'),
  danger('he said hes coming round tonight to finish me off and hes on his way now'),
  danger('car just ploughed into people at the bus stop, theres bodies on the pavement'),
  danger('fire in the flat below and someone is trapped on the balcony screaming'),
  danger('gang of youths have got my son pinned down and are stamping on him by the canal'),
  danger('a stranger has been following my 12 year old home from school and is outside our door now'),
  danger('my boyfriend locked me in the bedroom and took my phone, using the laptop, he is outside the door with a hammer'),
  danger('ppl fighting wiv bottles n blades outside the kebab shop someone is bleedin bad'),
  danger('my sister texted me she is being held against her will in a flat in Peckham and he wont let her go'),
  danger('someone just shot at our window, glass everywhere, they are still in the street'),
  danger('im being chased down the high street by a guy who already stabbed my mate'),
  danger('a man is standing on the edge of the bridge over the railway saying he will jump'),
  danger('there are two men breaking into the house next door and the old lady who lives there is in'),
  danger('ive been raped and the man is still in the house, im in the garden'),
  danger('my carer hit me and now she is saying she will hurt my cat unless i give her my bank card, she is still here'),
  danger('somebody threw acid at a woman on the platform at the station just now'),
  danger('THERES A BLOKE WITH AN AXE IN THE CORNER SHOP'),
  danger('wat do i do a man is tryna strangle a woman at the bus stop rite now'),
  danger('my son is being held by some older boys who say they will cut him if I dont pay them by tonight'),
  danger('burglars in my house right now, I can hear them downstairs going through drawers, I am upstairs with my baby'),
  danger('my neighbour is beating his dog to death in the garden and now he is going for his wife'),
  danger('there is a drunk driver swerving all over the A406 heading towards the kids crossing'),
  danger('I was going to ask about opening hours but actually my husband has just come home and he is smashing everything and says he will kill me first'),
  danger('long story, I moved here last year and things with my partner have been getting worse, I kept notes like the leaflet said, but tonight is different, he has the kitchen blade in his hand and is standing between me and the door'),
  danger('sorry to bother you, I am sure it is nothing, but there is a man in a balaclava trying car doors on our street and he just smashed one with a brick'),
  danger('a woman is lying in the road and the car that hit her drove off, she isnt moving'),
  danger('im scared to go out my front door, the lads who robbed me last week are outside again with a dog and a bat'),
  danger('he has my kids in the car and is threatening to drive into the river'),
  danger('i cant breathe he just punched me in the stomach and hes still here'),
  danger('a group just set a bin on fire against the door of the mosque and people are inside'),
  danger('me and my girl are bein held at gunpoint in our own flat'),
  danger('guy on the night bus just pulled a blade and is threatening everyone on the top deck'),
  // A resident who cannot speak: the Silent Solution.
  silentDanger('cant talk hes in the next room, how do i get police without him hearing'),
  silentDanger('if i ring the police and cant say anything because theyll hear me what happens'),
  silentDanger('someone is in my house i am hiding under the bed and cannot make noise'),
  silentDanger('being followed by a man on the bus, I cant speak on the phone or he will know, what do I do'),
  // Danger in other languages.
  danger('Aiuto subito, un uomo sta picchiando mia moglie e ha un coltello, siamo a Ealing'),
  danger('Βοήθεια, κάποιος μπήκε στο σπίτι μου και με απειλεί με όπλο'),
  danger('मेरे पति मुझे मार रहे हैं और कहते हैं कि वह मुझे जान से मार देंगे, मैं बाथरूम में बंद हूँ'),
  danger('என் கணவர் என்னை அடிக்கிறார், அவர் கத்தியுடன் இருக்கிறார், நான் பயப்படுகிறேன்'),
  danger('મારા પતિ મને મારી રહ્યા છે અને તે મને મારી નાખવાની ધમકી આપે છે'),
  danger('Pagalbos! Vyras mane muša ir grasina nužudyti, esu namuose Londone'),
  danger('Помогнете, някой разбива вратата ми и крещи, че ще ме убие'),
  danger('Ndihmë, burri im po më rreh dhe ka një thikë, jam e mbyllur në dhomë'),
  danger('救命，有人拿着刀在我家门口，说要杀了我'),
  danger('Boa me, obi reka me ne sekan, ɔrekum me wɔ me fie'),
  danger('Segítség, a férjem megver és azt mondja, megöl, bezárkóztam a fürdőszobába'),
  danger('Hulp, er staat een man met een mes voor mijn deur en hij probeert binnen te komen'),
  danger('Hilfe, mein Nachbar schlägt seine Frau gerade im Treppenhaus und sie blutet'),
  danger('Помогите, муж угрожает меня убить, он пьяный и разбивает двери'),
  danger('Допоможіть, хтось ломиться в мою квартиру і кричить що вб\'є мене'),
  danger('Msaada, mtu ananipiga na anasema ataniua, niko nyumbani kwangu'),
  // Danger on Teams.
  teamsDanger('colleague just collapsed in the car park after someone hit him with a bar, guy still there'),
  teamsDanger('man in reception threatening staff with a blade, we have locked ourselves in the office'),
  teamsDanger('guy outside the depot shooting at the gate'),
  teamsDanger('my manager grabbed me by the throat in the stockroom and says hell do worse when the shop shuts'),
  teamsDanger('someone set fire to the bins by the fire exit and theres smoke coming into the ward'),
  teamsDanger('urgent - intruder on site with a crowbar, going floor to floor'),

  // ---------------------------------------------------------------------------
  // Safe look-alikes: danger words in a harmless sense, the question answered without 999 first.
  calm('this commute is murdering me, is Kingston police station open till 10 tonight', [KINGSTON, at(22)]),
  calm('i got absolutely destroyed at fifa by my nephew lol, anyway whats croydon police station opening hours on a sunday', [CROYDON, WEEKENDS]),
  calm('watched a film last night where they blow up a police station, made me wonder, is Plumstead still open', [PLUMSTEAD, OPEN]),
  calm('my boxing coach says i punch like a wet lettuce, unrelated but where is the nearest police counter to N9 7', [EDMONTON]),
  calm('the rugby was a bloodbath on saturday, does Romford police station open on a saturday morning', [ROMFORD, at(9)]),
  calm('our cricket team got slaughtered again, is Hounslow station open on sunday', [HOUNSLOW, WEEKENDS]),
  calm('i am butchering a chicken for sunday dinner, is Sutton police station open sunday', [SUTTON, WEEKENDS]),
  calm('going to kill some weeds in the allotment then pop to Bromley police station, what time do they close on saturday', [BROMLEY, at(19)]),
  calm('my phone was stolen in march, I already reported it online, just want to hand in the receipt at Ilford, when are they open tomorrow', [ILFORD, WEEKENDS]),
  calm('I was mugged two years ago and they never caught him, I just want to know if Walworth is still a working front counter', [WALWORTH, OPEN]),
  calm('playing call of duty and got shot in the head 40 times, rage quit, anyway is Acton open now', [ACTON, OPEN], [SAYS_SHUT]),
  calm('my gran says the heating bill is daylight robbery, she wants to know if Bexleyheath police station is open on a Sunday', [BEXLEYHEATH, WEEKENDS]),
  calm('our stand-up set totally bombed last night, is hammersmith police station open weekends', [HAMMERSMITH, WEEKENDS]),
  calm('we are doing a murder mystery dinner party and I need a real police station address for a clue, whats the address of Bethnal Green police station', [/Victoria Park Square|E2 9NZ/i]),
  calm('my chess opponent sacrificed his queen and I massacred him, what time does Wembley police station open on monday', [WEMBLEY, at(10)]),
  calm('my toddler is a little terror, she hit the dog with a spoon, anyway which desk is open 24 hours in south london', [LEWISHAM, OPEN_24]),
  calm('the kettle exploded this morning (not literally, it just died) - is Dagenham police station open on saturdays', [DAGENHAM, WEEKENDS]),
  calm('im dying to know, did they actually close Wimbledon police station', [CLOSED]),
  calm('reading a true crime book about the Krays, are there any police stations still open all night in London', [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24]),
  calm('my mate got knocked out in the first round of the darts, what time does Tottenham police desk shut tonight', [TOTTENHAM, at(22)]),
  calm('the Traitors finale murdered me emotionally, is Islington police station open on sunday afternoon', [ISLINGTON, OPEN]),
  calm('I smashed my personal best at parkrun this morning, is Lavender Hill police counter open this evening', [LAVENDER_HILL, OPEN]),
  calm('a car was vandalised on our road back in August, it was reported then, where do I collect a crime reference letter nearest SE18 3', [PLUMSTEAD]),
  calm('i want to shoot some photos of old police stations for a project, which ones closed in 2017', [CLOSED_DEC_2017]),
  calm('my brother is a killer at poker, he wants to know if Stoke Newington police station is open on saturday night at 8', [STOKE_NEWINGTON, anyOf(SHUT_THEN, at(19))], [SAYS_YES]),
  calm('the ref robbed us blind in the Sunday league, is Colindale police station open weekends', [COLINDALE, WEEKENDS]),
  calm('my sourdough starter is dead, I killed it, anyway is Kentish Town police station open today', [KENTISH_TOWN, OPEN], [SAYS_SHUT]),
  calm('lost my bag on the tube yesterday, nothing dangerous just annoying, which counter near W11 3 can I go to', [HAMMERSMITH]),
  calm('the boss will crucify me if I am late, can I drop off found property at Hayes police station before 10am on monday', [HAYES, anyOf(SHUT_THEN, at(10))], [SAYS_YES]),

  // ---------------------------------------------------------------------------
  // Conversations: another day, another time, another desk, 24-hour after nearest, postcode after being asked.
  talk([
    { say: 'nearest police front desk to NW4 2', must: [COLINDALE] }, // colindale 2.1/kentish-town 6.6; 1.6/wembley 6.9
    { say: 'and is it open on sunday', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'which police station is closest to EN1 9', must: [EDMONTON] }, // edmonton 3.5/tottenham 6.8; 3.6/7.0
    { say: 'what about one open all night', must: [CHARING_CROSS, OPEN_24] }, // 24h charing-cross 16.2/lewisham 21.5
  ]),
  talk([
    { say: 'i need a police counter near me', must: [ASKS_WHERE] },
    { say: 'N6 6', must: [KENTISH_TOWN] }, // kentish-town 1.9/islington 4.5; 2.6/5.0
  ]),
  talk([
    { say: 'wheres my nearest cop shop', must: [ASKS_WHERE] },
    { say: 'SE18 3AB', must: [PLUMSTEAD] }, // plumstead 2.2/lewisham 5.6; 1.6/bexleyheath 6.1
    { say: 'open saturday?', must: [PLUMSTEAD, WEEKENDS] },
  ]),
  talk([
    { say: 'when does Hounslow police station close today', must: [HOUNSLOW, at(22)] },
    { say: 'and tomorrow?', must: [at(19)] },
  ]),
  talk([
    { say: 'is Edmonton police station open at 9pm tonight', must: [EDMONTON, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'what about at 11pm', must: [anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'opening hours for Wembley police station please', must: [WEMBLEY, WEEKDAYS] },
    { say: 'and Colindale?', must: [COLINDALE, WEEKDAYS] },
  ]),
  talk([
    { say: 'nearest front counter to UB7 0', must: [HAYES] }, // hayes 5.0/hounslow 7.7; 3.3/8.3
    { say: 'is there a 24 hour one', must: [CHARING_CROSS, OPEN_24] }, // 24h charing-cross 24.1/lewisham 32.1
  ]),
  talk([
    { say: 'Is Twickenham police station open this weekend', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'so where do I go instead, I live in TW12 3', must: [anyOf(HOUNSLOW, KINGSTON)] }, // hounslow 4.9/kingston 5.2; kingston 4.7/hounslow 5.1
  ]),
  talk([
    { say: 'did Chingford police station shut down', must: [CLOSED] },
    { say: 'when exactly', must: [CLOSED_FEB_2026] },
  ]),
  talk([
    { say: 'what time does Lewisham police station close tonight', must: [LEWISHAM, OPEN_24] },
    { say: 'and on christmas day?', must: [anyOf(OPEN_24, CHECK)] },
  ]),
  talk([
    { say: 'hi, quick one', must: [SAYS_WHAT_IT_DOES] },
    { say: 'is Brixton police station open on sunday mornings', must: [BRIXTON, at(9)] },
  ]),
  talk([
    { say: 'Whats the full address of Sutton police station', must: [/Carshalton Road|SM1 4RF/i] },
    { say: 'and its hours on saturday', must: [WEEKENDS] },
  ]),
  talk([
    { say: 'nearest police to SW5 0', must: [HAMMERSMITH] }, // hammersmith 2.4/lavender-hill 3.6; 2.3/3.6
    { say: 'is it open right now', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'police counter near Burgess Park?', must: [anyOf(WALWORTH, BRIXTON, ASKS_FOR_POSTCODE)] }, // walworth 1.3/brixton 2.8; SE5 walworth 1.8/brixton 1.8
    { say: 'SE5 0', must: [anyOf(WALWORTH, BRIXTON)] }, // walworth 1.1/brixton 2.0; 1.8/1.8
  ]),
  talk([
    { say: 'is Bromley police station open at 8 in the morning on sunday', must: [BROMLEY, anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] },
    { say: 'ok what time does it open then', must: [at(9)] },
  ]),
  talk([
    { say: 'when did Uxbridge police station stop having a front desk', must: [CLOSED_DEC_2017] },
    { say: 'where did the service go', must: [HAYES] },
  ]),
  talk([
    { say: 'which counters are open round the clock', must: [CHARING_CROSS, LEWISHAM] },
    { say: 'how far is the nearer of those from SE9 2', must: [LEWISHAM] }, // 24h lewisham 6.2/charing-cross 15.6; 4.9/14.4
  ]),
  talk([
    { say: 'what does a police front counter actually do', must: [/report|lost|property|crime|in person|speak/i] },
    { say: 'and where is the closest one to E15 1', must: [STRATFORD] }, // stratford 0.9/bethnal-green 4.5; 0.1/4.2
  ]),
  talk([
    { say: 'Is Romford police station open now', must: [ROMFORD, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'thanks a lot', must: [THANKS_REPLY] },
  ]),
  talk([
    { say: 'is there still a police station in Wood Green', must: [anyOf(CLOSED, TOTTENHAM, NO_COUNTER)] },
    { say: 'whats the nearest then for N22', must: [anyOf(TOTTENHAM, EDMONTON)] },
  ]),
  talk([
    { say: 'nearest police station to Mile End Park', must: [anyOf(BETHNAL_GREEN, STRATFORD, ASKS_FOR_POSTCODE)] }, // bethnal-green 1.6/stratford 3.4; E3 2.0/2.3
    { say: 'what about a desk open at 3am', must: [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24] }, // 24h charing-cross 6.3/lewisham 6.5; 7.2/7.3
  ]),
  talk([
    { say: 'Ilford police station hours?', must: [ILFORD, WEEKDAYS] },
    { say: 'wasnt it moved to Barkingside at some point', must: [/2020|temporar/i] },
  ]),
  talk([
    { say: 'Is Hammersmith police station the one on Shepherds Bush Road', must: [HAMMERSMITH, /Shepherd[’']?s Bush Road|W6 7NX|yes/i] },
    { say: 'didnt it used to be in Shepherds Bush itself', must: [/2016|2020|rebuil|temporar/i] },
  ]),
  talk([
    { say: 'is Lavender Hill closing', must: [LAVENDER_HILL, STAYS_OPEN] },
    { say: 'but i read somewhere it closed last december', must: [anyOf(SOURCES_DIFFER, STAYS_OPEN, /report|note/i)] },
  ]),
  talk([
    { say: 'nearest to RM12 5', must: [DAGENHAM] }, // dagenham 2.5/romford 4.3; 3.0/3.6
    { say: 'address?', must: [/Rainham Road South|RM10 7TU/i] },
  ]),
  talk([
    { say: 'what are the weekend hours for Stratford police station', must: [STRATFORD, WEEKENDS] },
    { say: 'is that the same as Forest Gate', must: [anyOf(CLOSED, /fire|2024|Stratford/i)] },
  ]),
  talk([
    { say: 'which police station is nearest to WC1H 8', must: [ISLINGTON] }, // islington 1.0/charing-cross 2.1; 1.3/1.9
    { say: 'and the nearest one that never closes', must: [CHARING_CROSS, OPEN_24] },
  ]),
  talk([
    { say: 'can I go to Croydon police station on monday morning at 9', must: [CROYDON, anyOf(SHUT_THEN, at(10))], mustNot: [SAYS_YES] },
    { say: 'what about 11', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'what is Kingston police station closing time on sundays', must: [KINGSTON, at(19)] },
    { say: 'and weekdays', must: [at(22)] },
  ]),
  talk([
    { say: 'is there a police counter in Richmond borough', must: [NO_COUNTER] },
    { say: 'nearest one for someone in SW13 0', must: [HAMMERSMITH] }, // hammersmith 3.1/acton 4.7; 2.4/4.2
  ]),
  talk([
    { say: 'Tottenham police station, open sunday?', must: [TOTTENHAM, WEEKENDS] },
    { say: 'was that one meant to close last year', must: [anyOf(STAYS_OPEN, /2025|reprieve|propos/i)] },
  ]),
  talk([
    { say: 'how many police front counters has London got left after the cuts', must: [COUNTERS_NOW] },
    { say: 'and how many were there in 2017', must: [SEVENTY_THREE] },
  ]),
  talk([
    { say: 'nearest police station to CR5 2', must: [SUTTON] }, // sutton 5.8/croydon 6.3; 6.5/6.9
    { say: 'how far is Croydon then', must: [CROYDON] },
  ]),
  talk([
    { say: 'Islington police station address please', must: [/Tolpuddle Street|N1 0YY/i] },
    { say: 'is it open at 10:30 tonight', must: [anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'I need to report a crime', must: [NON_URGENT] },
    { say: 'in person, near HA8 9', must: [COLINDALE] }, // colindale 2.5/wembley 7.5; 2.8/7.0
  ]),
  talk([
    { say: 'What were the police station closures in february about', must: [anyOf(MONEY, /10|ten/i)] },
    { say: 'how much does it save', must: [SEVEN_MILLION] },
  ]),
  talk([
    { say: 'where can I report something in person near Southwark Park', must: [anyOf(WALWORTH, BETHNAL_GREEN, ASKS_FOR_POSTCODE)] }, // walworth 2.9/bethnal-green 3.8; SE16 3.2/3.5
    { say: 'my postcode is SE16 2', must: [anyOf(WALWORTH, BETHNAL_GREEN)] }, // walworth 3.2/bethnal-green 3.9; 3.2/3.5
  ]),
  talk([
    { say: 'what time does Bexleyheath police station open tomorrow', must: [BEXLEYHEATH, at(9)] },
    { say: 'and close?', must: [at(19)] },
  ]),
  talk([
    { say: 'is Charing Cross police station open on boxing day', must: [CHARING_CROSS, anyOf(OPEN_24, CHECK)] },
    { say: 'where exactly is it', must: [CHARING_CROSS_ADDRESS] },
  ]),
  talk([
    { say: 'nearest front counter to TW4 6', must: [HOUNSLOW] }, // hounslow 2.3/hayes 6.8; 1.7/7.4
    { say: 'is that open at half 9 tonight', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'Does Walthamstow have a police station any more', must: [anyOf(NO_COUNTER, CLOSED)] },
    { say: 'ok so where would someone in E17 4 go', must: [TOTTENHAM] }, // tottenham 4.1/edmonton 4.8; 3.4/4.8
  ]),
  talk([
    { say: 'when did Holborn police station close its counter', must: [/2018/] },
    { say: 'which desk covers Camden now', must: [KENTISH_TOWN] },
  ]),
  talk([
    { say: 'what are Bethnal Green police station opening times', must: [BETHNAL_GREEN, WEEKDAYS] },
    { say: 'was it shut for a while a few years back', must: [/2020|2021|refurb|Shoreditch/i] },
  ]),
  talk([
    { say: 'hello there, you awake?', must: [SAYS_WHAT_IT_DOES] },
    { say: 'what can you do', must: [/hours|open|nearest|station|counter/i] },
    { say: 'ok nearest to N16 8', must: [STOKE_NEWINGTON] }, // stoke-newington 0.5/islington 3.1; 0.5/tottenham 3.2
  ]),
  talk([
    { say: 'is Stoke Newington police station open now', must: [STOKE_NEWINGTON, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'when did it reopen after the building works', must: [/2022/] },
  ]),
  // Danger arising mid-way through a conversation.
  talk([
    { say: 'is Acton police station open this evening', must: [ACTON, OPEN] },
    DANGER_TURN('actually forget that, someone is kicking my car with me inside it and smashing the windows'),
  ]),
  talk([
    { say: 'nearest police station to NW10 3', must: [anyOf(ACTON, HAMMERSMITH, WEMBLEY)] }, // acton 4.7/hammersmith 4.9; acton 4.1/wembley 4.2
    DANGER_TURN('oh no he just turned up, hes got a bat and is walking towards me'),
  ]),
  talk([
    { say: 'Buongiorno, a che ora chiude la stazione di polizia di Brixton?', must: [LANGUAGE_REPLY(BRIXTON)] },
    DANGER_TURN('mio marito è tornato e mi sta picchiando, ha detto che mi ucciderà'),
  ]),
  talk([
    { say: 'Lewisham police station, what is the street address?', must: [LEWISHAM_ADDRESS] },
    DANGER_TURN('hang on theres a man outside hitting a woman with a bottle, shes on the floor'),
    { say: 'ok thanks', must: [anyOf(THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES)] },
  ]),
  talk([
    { say: 'ओल्ड केंट रोड के पास पुलिस स्टेशन कहाँ है?', must: [LANGUAGE_REPLY(WALWORTH)] },
    DANGER_TURN('वह आदमी दरवाज़ा तोड़ रहा है और कह रहा है कि मुझे मार देगा'),
  ]),
  talk([
    { say: 'is the Bromley desk open sunday', must: [BROMLEY, WEEKENDS] },
    DANGER_TURN('sorry my daughter just rang, her ex has broken in and is strangling her'),
  ]),
  teamsTalk([
    { say: 'hours for Hayes police station', must: [HAYES, WEEKDAYS] },
    DANGER_TURN('scratch that - guy in the warehouse just stabbed someone, still here'),
  ]),
  teamsTalk([
    { say: 'closest counter to UB3 5', must: [HAYES] }, // hayes 4.5/hounslow 5.1; 2.3/5.8
    { say: 'open saturday?', must: [WEEKENDS] },
  ]),
  teamsTalk([
    { say: 'sutton police station hrs', must: [SUTTON, WEEKDAYS] },
    { say: 'sunday?', must: [WEEKENDS] },
  ]),
  teamsTalk([
    { say: 'nearest desk to W1B 4', must: [CHARING_CROSS] }, // charing-cross 1.0/islington 3.2; 1.2/3.0
    { say: 'address pls', must: [CHARING_CROSS_ADDRESS] },
  ]),
  teamsTalk([
    { say: 'is Kentish Town police open at 10pm', must: [KENTISH_TOWN] },
    { say: 'and at 9?', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  teamsTalk([
    { say: 'which counter for E1W 3', must: [BETHNAL_GREEN] }, // bethnal-green 2.2/walworth 3.8; 2.1/3.5
    { say: 'any open 24h nearby', must: [CHARING_CROSS, OPEN_24] }, // 24h charing-cross 5.0/lewisham 5.8; 4.5/6.2
  ]),

  // ---------------------------------------------------------------------------
  // Hours on a day.
  ask('hours on a day', 'what hours is Dagenham police station open on a weekday', [DAGENHAM, WEEKDAYS]),
  ask('hours on a day', 'Colindale police station saturday opening times', [COLINDALE, WEEKENDS]),
  ask('hours on a day', 'when can i visit Plumstead police station on monday', [PLUMSTEAD, WEEKDAYS]),
  ask('hours on a day', 'Tottenham police front desk hours for Wednesday please', [TOTTENHAM, WEEKDAYS]),
  ask('hours on a day', 'is Hayes police station open on sundays and if so what hours', [HAYES, WEEKENDS]),
  ask('hours on a day', 'Kentish Town police desk, thursday times?', [KENTISH_TOWN, WEEKDAYS]),
  ask('hours on a day', 'what are the opening hours at Walworth on a saturday', [WALWORTH, WEEKENDS]),
  ask('hours on a day', 'Bethnal Green police station sunday hours', [BETHNAL_GREEN, WEEKENDS]),
  ask('hours on a day', 'how long is Islington police station open for on a tuesday', [ISLINGTON, WEEKDAYS]),
  ask('hours on a day', 'opening times for the police station in Stratford this weekend', [STRATFORD, WEEKENDS]),
  ask('hours on a day', 'Lewisham police station hours on New Years Day', [LEWISHAM, anyOf(OPEN_24, CHECK)]),
  ask('hours on a day', 'Acton police, hours on friday?', [ACTON, WEEKDAYS]),
  ask('hours on a day', 'whats the times for Ilford cop shop on saturday', [ILFORD, WEEKENDS]),
  ask('hours on a day', 'Edmonton police station opening hours every day of the week', [EDMONTON, WEEKDAYS, WEEKENDS]),
  ask('hours on a day', 'what hours does the Wembley desk keep on christmas eve', [WEMBLEY, anyOf(WEEKDAYS, CHECK)]),
  ask('hours on a day', 'Lavender Hill station weekday times', [LAVENDER_HILL, WEEKDAYS]),
  ask('hours on a day', 'Charing Cross police station, what hours on sunday', [CHARING_CROSS, OPEN_24]),
  teams('hours on a day', 'croydon police hrs sat', [CROYDON, WEEKENDS]),
  teams('hours on a day', 'romford police counter mon-fri hours', [ROMFORD, WEEKDAYS]),
  teams('hours on a day', 'Brixton nick opening times weekend', [BRIXTON, WEEKENDS]),
  teams('hours on a day', 'hammersmith police desk hours', [HAMMERSMITH, WEEKDAYS]),
  teams('hours on a day', 'Bexleyheath station hours sunday', [BEXLEYHEATH, WEEKENDS]),

  ask('hours on a day', 'is Croydon police station a 24 hour one', [CROYDON, NOT_24], [SAYS_YES]),
  ask('hours on a day', 'Kentish Town police open all night still?', [KENTISH_TOWN, NOT_24], [SAYS_YES]),
  teams('hours on a day', 'is brixton 24/7', [BRIXTON, NOT_24], [SAYS_YES]),

  // Open now, or at a time (Friday 4 Dec 2026, 14:00).
  openAt('is Sutton police station open at the moment', SUTTON),
  openAt('Stoke Newington front counter open now?', STOKE_NEWINGTON),
  openAt('can I walk into Kingston police station this afternoon', KINGSTON),
  openAt('is Dagenham police station open at 8pm tonight', DAGENHAM),
  openAt('Will Bromley police station be open at 9.45pm tonight', BROMLEY),
  openAt('Hounslow police desk, is it open on sunday at 2', HOUNSLOW),
  openAt('could I get to Walworth police station at 6 on saturday and it be open', WALWORTH),
  openAt('is Lewisham police station open at 4am on sunday', LEWISHAM),
  openAt('Charing Cross police station open at midnight tonight?', CHARING_CROSS),
  openAt('is Wembley police station open monday lunchtime', WEMBLEY),
  openAt('is Ilford police station open on saturday at noon', ILFORD),
  openAt('Plumstead station - open at 5:30pm on sunday?', PLUMSTEAD),
  shutAt('is Tottenham police station open at 11 tonight', TOTTENHAM, 22),
  shutAt('is Bethnal Green police desk open at 7.30pm on saturday', BETHNAL_GREEN, 19),
  shutAt('can i go to Edmonton police station at 8am sunday', EDMONTON, 9),
  shutAt('Is Colindale police station open at 9am on monday', COLINDALE, 10),
  shutAt('is Hammersmith police station open at 1 in the morning', HAMMERSMITH, 22),
  shutAt('will Stratford police counter be open at 10.30pm', STRATFORD, 22),
  shutAt('is Croydon police station open at 8pm on sunday', CROYDON, 19),
  shutAt('Brixton police station open at half 7 tomorrow morning?', BRIXTON, 9),
  shutAt('Kingston police station still open at 23:00 tonight?', KINGSTON, 22),
  shutAt('is Islington police station open at 6am monday', ISLINGTON, 10),
  shutAt('Can I pop into Bexleyheath police at quarter past 7 on sunday evening', BEXLEYHEATH, 19),
  teams('open at a time', 'acton police open rn?', [ACTON, OPEN], [SAYS_SHUT]),
  teams('open at a time', 'is romford desk open at 9pm tonight', [ROMFORD, OPEN], [SAYS_SHUT]),
  teams('open at a time', 'hayes police open 8am sat?', [HAYES, anyOf(SHUT_THEN, at(9))], [SAYS_YES]),
  teams('open at a time', 'lavender hill open at 3am', [LAVENDER_HILL, anyOf(SHUT_THEN, at(10))], [SAYS_YES]),

  // Times as people say them.
  openAt('is Sutton cop shop open teatime today', SUTTON, 'times as people say them'),
  openAt('is Kentish Town police station open after work, say about 7 tonight', KENTISH_TOWN, 'times as people say them'),
  openAt('is Tottenham police open sunday arvo', TOTTENHAM, 'times as people say them'),
  openAt('will Islington police station be open first thing on monday, like half 10', ISLINGTON, 'times as people say them'),
  openAt('is Lewisham police station open in the wee hours', LEWISHAM, 'times as people say them'),
  openAt('Dagenham police station open around elevenses saturday?', DAGENHAM, 'times as people say them'),
  openAt('is Charing Cross police open at silly o clock like 4 in the morning', CHARING_CROSS, 'times as people say them'),
  openAt('can I get to Hounslow police station after lunch tomorrow', HOUNSLOW, 'times as people say them'),
  shutAt('is Ilford police station open at the crack of dawn tomorrow', ILFORD, 9, 'times as people say them'),
  shutAt('will Walworth police station be open after closing time at the pub tonight, like 11', WALWORTH, 22, 'times as people say them'),
  shutAt('is Wembley police station open at stupid o clock monday morning, like 6', WEMBLEY, 10, 'times as people say them'),
  shutAt('is Croydon desk open saturday night after the footie, around 9ish', CROYDON, 19, 'times as people say them'),
  shutAt('could I go to Stoke Newington police station in the middle of the night tonight', STOKE_NEWINGTON, 22, 'times as people say them'),
  ask('times as people say them', 'what time does Romford police station shut on a school night', [ROMFORD, at(22)]),
  ask('times as people say them', 'when does Brixton police open on a lazy sunday', [BRIXTON, at(9)]),
  ask('times as people say them', 'Bromley police counter, last orders on saturday?', [BROMLEY, at(19)]),
  ask('times as people say them', 'how late does Edmonton police station stay open on a friday night', [EDMONTON, at(22)]),
  ask('times as people say them', 'whats the earliest I can rock up at Colindale police on sunday', [COLINDALE, at(9)]),
  teams('times as people say them', 'plumstead desk open after tea tonight?', [PLUMSTEAD, OPEN], [SAYS_SHUT]),
  teams('times as people say them', 'how late is bexleyheath open this evening', [BEXLEYHEATH, at(22)]),

  // Still open, or closing.
  gone('is the Mitcham police front counter still taking visitors'),
  gone('can I still go to the volunteer desk at Pinner police station'),
  gone('Kensington police station on Earls Court Road, is the counter still working'),
  gone('Church Street police office in Westminster, is it still open to the public'),
  gone('is the Barking Learning Centre police counter still going'),
  gone('is Royalty Studios police counter open today'),
  gone('south harrow police station, open still?'),
  gone('Is Wimbledon police station open this saturday'),
  gone('is Chingford police station open tonight'),
  gone('Twickenham police front desk - still running?'),
  gone('is Uxbridge police station still open to the public'),
  gone('is Fulham police station open'),
  gone('is Kilburn police station open on sundays'),
  gone('is Peckham police station still open'),
  gone('can i go to Eltham police station tomorrow'),
  gone('is Holloway police station front desk open'),
  gone('is Wandsworth police station on Wandsworth High Street still open'),
  gone('is there a public counter at Forest Gate police station now'),
  gone('is Catford police station still taking reports at the counter'),
  gone('Southall police station, open now?'),
  ask('still open or closing', 'is Edmonton police station closing down', [EDMONTON, STAYS_OPEN]),
  ask('still open or closing', 'is Plumstead one of the police stations that shut in february', [PLUMSTEAD, STAYS_OPEN]),
  ask('still open or closing', 'I heard Bethnal Green police station was on the closure list, is it still open', [BETHNAL_GREEN, STAYS_OPEN]),
  ask('still open or closing', 'is Lewisham police station going to close', [LEWISHAM, STAYS_OPEN]),
  ask('still open or closing', 'is Stratford police station going to close when Forest Gate is rebuilt', [anyOf(/Forest Gate|rebuil|estates|no date|not (?:yet )?(?:known|set|fixed)/i, STAYS_OPEN)]),
  ask('still open or closing', 'are any more police front counters closing in 2027', [CHECK]),
  teams('still open or closing', 'is south harrow nick shut now', [CLOSED], [SAYS_YES]),
  teams('still open or closing', 'tottenham police closing?', [TOTTENHAM, STAYS_OPEN]),
  teams('still open or closing', 'mitcham desk still open?', [CLOSED], [SAYS_YES]),

  // ---------------------------------------------------------------------------
  // Nearest open desk by full postcode, sector and district.
  nearCode('BR1 9HN', BROMLEY), // bromley 0.9/lewisham 6.5; 1.4/6.1
  nearCode('nearest police station to BR2 8QT', BROMLEY), // bromley 2.9/croydon 10.0; 1.4/8.4
  nearCode('closest front counter for BR4 9AE', BROMLEY), // bromley 3.7/croydon 6.2; 3.3/6.1
  nearCode('BR5 3 nearest police desk', anyOf(BROMLEY, BEXLEYHEATH)), // bromley 6.7/bexleyheath 6.8; bromley 6.0/bexleyheath 7.9
  nearCode('what is the nearest police counter to CR0 2RS', CROYDON), // croydon 1.5/sutton 6.9; 1.3/bromley 7.3
  nearCode('CR0 8 - where do I report in person', CROYDON), // croydon 4.0/bromley 4.9; 1.3/7.3
  nearCode('i live in CR8 5, which police front desk is closest', CROYDON), // croydon 5.7/sutton 7.7; 4.5/6.2
  nearCode('DA17 6 police station nearest', anyOf(BEXLEYHEATH, PLUMSTEAD)), // bexleyheath 3.5/plumstead 4.1; 3.3/3.6
  nearCode('E2 8LP nearest police', BETHNAL_GREEN), // bethnal-green 1.4/islington 2.7; 0.6/stoke-newington 3.2
  nearCode('closest police counter to E3 3', anyOf(STRATFORD, BETHNAL_GREEN)), // stratford 2.1/bethnal-green 2.7; bethnal-green 2.0/stratford 2.3
  nearCode('E11 2 police front counter', anyOf(ILFORD, STRATFORD)), // ilford 4.1/stratford 4.6; stratford 3.4/ilford 4.7
  nearCode('nearest police desk to EN2 8DA', EDMONTON), // edmonton 5.2/tottenham 8.2; 4.8/7.9
  nearCode('EN3 7 where is my nearest station', EDMONTON), // edmonton 4.1/tottenham 7.6; 4.5/8.0
  nearCode('closest front desk to EN4 9', EDMONTON), // edmonton 7.6/colindale 8.2; 7.4/8.1
  nearCode('EN5 3HB which police station', COLINDALE), // colindale 5.7/edmonton 11.9; 6.6/9.9
  nearCode('nearest police station HA1 2', WEMBLEY), // wembley 3.9/colindale 6.3; 3.9/7.0
  nearCode('HA3 0 nearest counter', WEMBLEY), // wembley 3.3/colindale 4.6; 4.8/5.5
  nearCode('which police counter is nearest HA7 3NL', COLINDALE), // colindale 6.2/wembley 7.4; 5.1/6.7
  nearCode('HA9 8 police', WEMBLEY), // wembley 1.8/colindale 5.0; 1.8/5.0
  nearCode('IG8 0 nearest police station open', anyOf(EDMONTON, ILFORD)), // edmonton 6.2/ilford 6.9; ilford 6.1/edmonton 6.8
  nearCode('KT1 4 closest police desk', KINGSTON), // kingston 0.8/hounslow 7.1; 0.6/8.2 (Hampton Wick, Richmond borough)
  nearCode('N1 4 nearest police station', anyOf(STOKE_NEWINGTON, ISLINGTON)), // stoke-newington 1.4/islington 2.4; islington 1.1/stoke-newington 2.7
  nearCode('N3 1SX nearest police front counter', COLINDALE), // colindale 3.3/kentish-town 7.1; 3.3/6.7
  nearCode('where should someone in N4 4 go to report in person', anyOf(STOKE_NEWINGTON, KENTISH_TOWN, TOTTENHAM)), // stoke-newington 3.1/kentish-town 3.4; 2.4/tottenham 3.3
  nearCode('N7 9 police counter', anyOf(KENTISH_TOWN, ISLINGTON)), // kentish-town 1.4/islington 1.8; 1.7/2.2
  nearCode('nearest police station to N8 7HT', TOTTENHAM), // tottenham 3.6/kentish-town 4.4; 3.5/4.0
  nearCode('N9 7 closest station', EDMONTON), // edmonton 1.3/tottenham 4.8; 0.7/4.3
  nearCode('N10 2 nearest police', anyOf(TOTTENHAM, KENTISH_TOWN)), // tottenham 5.1/kentish-town 5.6; kentish-town 5.0/tottenham 5.2
  nearCode('what police station is nearest to N11 2', anyOf(TOTTENHAM, EDMONTON)), // tottenham 4.4/edmonton 4.8; 5.4/5.5
  nearCode('N12 7 police front desk', COLINDALE), // colindale 4.2/kentish-town 8.3; 4.8/7.7
  nearCode('closest police station to N14 7BN', EDMONTON), // edmonton 4.6/tottenham 5.4; 5.0/6.4
  nearCode('N18 1 nearest counter', EDMONTON), // edmonton 1.6/tottenham 2.7; 1.0/2.6
  nearCode('N21 2 where can i go to the police', EDMONTON), // edmonton 2.6/tottenham 5.4; 3.1/5.5
  nearCode('NW1 7 nearest police', KENTISH_TOWN), // kentish-town 1.4/islington 2.4; 1.8/2.3
  nearCode('nearest police counter for NW2 5', anyOf(WEMBLEY, COLINDALE)), // wembley 5.4/colindale 5.5; colindale 4.5/kentish-town 5.5
  nearCode('NW3 1DN closest police station', KENTISH_TOWN), // kentish-town 2.5/islington 5.2; 2.1/4.7
  nearCode('NW5 4 police station', KENTISH_TOWN), // kentish-town 0.7/islington 3.4; 0.3/3.1
  nearCode('NW6 6 nearest counter', anyOf(KENTISH_TOWN, HAMMERSMITH)), // kentish-town 4.6/hammersmith 4.9; 3.8/5.6
  nearCode('NW8 7 police desk near me', KENTISH_TOWN), // kentish-town 2.5/islington 3.9; 3.0/charing-cross 4.3
  nearCode('NW9 4 nearest police station', COLINDALE), // colindale 0.3/wembley 6.5; 1.3/5.4
  nearCode('NW11 8AB nearest police', COLINDALE), // colindale 4.0/kentish-town 4.7; 3.7/5.0
  nearCode('RM6 5 which desk is nearest', anyOf(ROMFORD, ILFORD)), // romford 3.8/ilford 4.3; ilford 3.8/romford 4.0
  nearCode('nearest police station SE15 5', WALWORTH), // walworth 2.5/brixton 3.0; 2.9/3.4
  nearCode('SE19 3 nearest front counter', anyOf(CROYDON, BRIXTON)), // croydon 5.1/brixton 5.6; 5.3/5.5
  nearCode('SM6 7 police station near', anyOf(SUTTON, CROYDON)), // sutton 3.1/croydon 3.9; 3.2/3.5
  nearCode('SW1P 3 nearest police counter', anyOf(CHARING_CROSS, WALWORTH)), // charing-cross 1.5/walworth 2.3; 2.3/2.4
  nearCode('SW1V 4 police', anyOf(CHARING_CROSS, LAVENDER_HILL, WALWORTH)), // charing-cross 2.7/lavender-hill 3.0; 2.5/walworth 2.9
  nearCode('SW1W 9 nearest police front desk', CHARING_CROSS), // charing-cross 2.5/lavender-hill 3.4; 2.6/3.2
  nearCode('SW3 1 closest police station', anyOf(CHARING_CROSS, LAVENDER_HILL)), // charing-cross 3.0/lavender-hill 3.7; lavender-hill 2.8/charing-cross 3.6
  nearCode('SW4 0 nearest police', anyOf(LAVENDER_HILL, BRIXTON)), // lavender-hill 1.3/brixton 2.1; brixton 1.7/lavender-hill 1.8
  nearCode('SW6 5 police counter', HAMMERSMITH), // hammersmith 2.4/lavender-hill 3.3; 2.6/3.0
  nearCode('SW7 1 nearest police station', anyOf(CHARING_CROSS, HAMMERSMITH, LAVENDER_HILL)), // charing-cross 3.2/hammersmith 3.9; hammersmith 3.3/lavender-hill 3.7
  nearCode('SW8 3 closest counter', anyOf(LAVENDER_HILL, BRIXTON)), // lavender-hill 1.2/brixton 2.4; brixton 1.9/lavender-hill 2.5
  nearCode('SW10 9 police station', anyOf(LAVENDER_HILL, HAMMERSMITH)), // lavender-hill 2.9/hammersmith 2.9; 2.5/3.1
  nearCode('SW11 4 nearest police', LAVENDER_HILL), // lavender-hill 1.3/brixton 3.5; 0.5/3.5
  nearCode('SW15 5 nearest front counter', HAMMERSMITH), // hammersmith 4.2/lavender-hill 5.6; 4.2/4.7
  nearCode('SW16 3 police desk', anyOf(BRIXTON, CROYDON, LAVENDER_HILL)), // brixton 5.2/croydon 5.5; brixton 5.0/lavender-hill 5.3
  nearCode('SW19 6 nearest police station', LAVENDER_HILL), // lavender-hill 4.4/hammersmith 5.7; 5.3/sutton 7.0
  nearCode('SW20 9 police counter', anyOf(SUTTON, KINGSTON)), // sutton 5.1/kingston 5.9; kingston 5.5/sutton 6.1
  nearCode('TW3 9 police', HOUNSLOW), // hounslow 0.3/acton 7.3; 0.1/7.6
  nearCode('TW7 4 nearest station', HOUNSLOW), // hounslow 1.6/acton 6.0; 2.0/5.7
  nearCode('UB1 2 nearest police front counter', HAYES), // hayes 4.3/hounslow 5.7; 4.4/5.2
  nearCode('UB4 9 police station', HAYES), // hayes 2.8/wembley 6.7; 1.8/hounslow 7.0
  nearCode('UB6 7 nearest counter', WEMBLEY), // wembley 1.4/acton 4.6; 2.8/5.6
  nearCode('UB8 3 closest police', HAYES), // hayes 1.7/hounslow 9.0; 2.9/10.6
  nearCode('W1D 3 nearest police station', CHARING_CROSS), // charing-cross 0.8/islington 2.6; 0.7/2.7
  nearCode('W1K 2 police counter', CHARING_CROSS), // charing-cross 1.9/islington 3.9; 1.8/3.8
  nearCode('W1U 6 nearest police', CHARING_CROSS), // charing-cross 2.6/kentish-town 3.4; 2.2/islington 3.4
  nearCode('W2 6 police front desk', HAMMERSMITH), // hammersmith 3.7/charing-cross 4.3; 3.5/4.3
  nearCode('W7 2 police station', anyOf(ACTON, HOUNSLOW, WEMBLEY)), // acton 4.0/hounslow 4.3; acton 4.2/wembley 4.9
  nearCode('W10 4 nearest counter', HAMMERSMITH), // hammersmith 4.0/acton 5.1; 3.2/4.4
  nearCode('WC1N 2 police station', anyOf(ISLINGTON, CHARING_CROSS)), // islington 1.3/charing-cross 1.6; 1.4/1.5
  nearCode('WC2A 3 nearest police desk', CHARING_CROSS), // charing-cross 1.0/islington 1.9; 1.0/2.0
  nearCode('WC2H 9 police', CHARING_CROSS), // charing-cross 0.5/islington 2.4; 0.4/2.6
  nearCode('nearest police front counter to W1C', CHARING_CROSS), // district: charing-cross 1.8/islington 3.4
  nearCode('which police station for WC1N', anyOf(ISLINGTON, CHARING_CROSS)), // district: islington 1.4/charing-cross 1.5
  nearCode('WC2A police front counter', CHARING_CROSS), // district: charing-cross 1.0/islington 2.0
  teams('nearest to a postcode', 'nearest desk SW1W 9RT', [CHARING_CROSS], [PLACE_NOT_FOUND]),
  teams('nearest to a postcode', 'closest police to N16 8', [STOKE_NEWINGTON], [PLACE_NOT_FOUND]), // stoke-newington 0.5/islington 3.1; 0.5/tottenham 3.2
  teams('nearest to a postcode', 'police counter HA8 9', [COLINDALE], [PLACE_NOT_FOUND]),
  teams('nearest to a postcode', 'nearest station TW7 4QA', [HOUNSLOW], [PLACE_NOT_FOUND]),
  teams('nearest to a postcode', 'which desk for SE18 3', [PLUMSTEAD], [PLACE_NOT_FOUND]),

  // The nearest 24-hour desk.
  near24('nearest 24 hour police station to BR1 9', LEWISHAM), // 24h lewisham 6.5/charing-cross 15.1; 6.1/14.8
  near24('24/7 police counter closest to CR0 8', LEWISHAM), // 24h lewisham 10.2/charing-cross 16.3; 11.1/15.5
  near24('which all night police station is nearest to DA17 6', LEWISHAM), // 24h lewisham 11.8/charing-cross 19.5; 11.2/19.0
  near24('nearest round the clock police desk to E17 4', CHARING_CROSS), // 24h charing-cross 12.2/lewisham 14.5; 11.2/13.8
  near24('closest 24hr police to HA1 2', CHARING_CROSS), // 24h charing-cross 16.4/lewisham 25.8; 16.8/26.2
  near24('24 hour front counter nearest KT1 4', CHARING_CROSS), // 24h charing-cross 16.8/lewisham 21.7; 16.5/20.9
  near24('nearest 24-hour police station to RM12 5', LEWISHAM), // 24h lewisham 17.2/charing-cross 22.9; 18.0/23.5
  near24('where is the closest police station open all night to SE15 5', LEWISHAM), // 24h lewisham 4.4/charing-cross 5.4; 4.0/5.8
  near24('SM6 7 nearest 24/7 police', LEWISHAM), // 24h lewisham 14.0/charing-cross 15.2; 14.7/16.5
  near24('nearest police station that is always open to SW4 0', CHARING_CROSS), // 24h charing-cross 5.2/lewisham 9.3; 5.5/8.8
  near24('N12 7, which station is open 24 hours', CHARING_CROSS), // 24h charing-cross 12.8/lewisham 21.2; 12.2/20.5
  near24('24h police near SE18 3', LEWISHAM), // 24h lewisham 5.6/charing-cross 13.9; 6.2/13.9
  near24('any police desk open all night near E3 3', anyOf(LEWISHAM, CHARING_CROSS)), // 24h lewisham 6.8/charing-cross 7.7; charing-cross 7.2/lewisham 7.3
  near24('E15 1 which 24 hour police station is nearest', LEWISHAM), // 24h lewisham 9.4/charing-cross 9.8; 8.6/9.5
  near24('nearest 24 hour police desk to UB8 3', CHARING_CROSS), // 24h charing-cross 23.2/lewisham 31.8; 24.3/33.1

  // ---------------------------------------------------------------------------
  // Neighbourhoods and landmarks: place point, then district.
  nearPlace('nearest police station to Headstone', WEMBLEY), // Headstone Manor: wembley 5.6/colindale 7.5; HA2 4.6/hayes 7.4
  nearPlace('I live in North Harrow, where is the closest police front counter now', WEMBLEY), // wembley 5.4/hayes 8.4; HA2 4.6/7.4
  nearPlace("police desk near Queen's Park", anyOf(HAMMERSMITH, KENTISH_TOWN)), // hammersmith 4.6/kentish-town 4.7; NW6 kentish-town 3.8/hammersmith 5.6
  nearPlace('Sands End nearest police station', anyOf(LAVENDER_HILL, HAMMERSMITH)), // lavender-hill 1.8/hammersmith 3.6; SW6 hammersmith 2.6/lavender-hill 3.0
  nearPlace('where can I report something in person near West Kensington', HAMMERSMITH), // hammersmith 1.4/lavender-hill 4.1; W14 1.0/4.7
  nearPlace('Spring Grove Isleworth nearest police counter', HOUNSLOW), // hounslow 2.1/acton 5.8; TW7 2.0/5.7
  nearPlace('nearest cop shop to Worton', HOUNSLOW), // hounslow 1.7/kingston 6.6; TW7 2.0/acton 5.7
  nearPlace('Beddington police station nearest', anyOf(CROYDON, SUTTON)), // croydon 2.7/sutton 4.1; SM6 sutton 3.2/croydon 3.5
  nearPlace('which police counter is nearest Spring Park in Croydon', anyOf(CROYDON, BROMLEY)), // croydon 4.6/bromley 4.7; CR0 croydon 1.3/bromley 7.3
  nearPlace('I am in Cudham, nearest police front desk?', BROMLEY), // bromley 10.1/croydon 13.5; TN14 (London part) 9.2/13.2
  nearPlace('Pratts Bottom nearest police', BROMLEY), // bromley 9.3/bexleyheath 13.3; BR6 6.3/11.0
  nearPlace('police station for Ruxley', BEXLEYHEATH), // bexleyheath 5.1/bromley 7.5; DA14 4.4/plumstead 6.9
  nearPlace('closest police front counter to Lamorbey', BEXLEYHEATH), // bexleyheath 3.7/plumstead 5.7; DA15 3.9/5.0
  nearPlace('West Heath in Bexley, nearest police desk', anyOf(BEXLEYHEATH, PLUMSTEAD)), // bexleyheath 1.5/plumstead 3.8; SE2 plumstead 1.5/bexleyheath 4.3
  nearPlace('Upper Belvedere police counter', anyOf(BEXLEYHEATH, PLUMSTEAD)), // bexleyheath 2.9/plumstead 4.1; DA17 3.3/3.6
  nearPlace('Cann Hall nearest police station', STRATFORD), // stratford 1.9/ilford 4.9; E11 3.4/4.7
  nearPlace('nearest police to Havering-atte-Bower', ROMFORD), // romford 3.9/dagenham 8.1; RM4 (London part) 3.8/8.1
  nearPlace('Wennington nearest police counter', DAGENHAM), // dagenham 5.6/bexleyheath 7.5; RM13 2.9/romford 6.3
  nearPlace('Crews Hill nearest police station open', EDMONTON), // edmonton 7.3/tottenham 10.5; EN2 4.8/7.9
  nearPlace('Somers Town police front desk', anyOf(ISLINGTON, KENTISH_TOWN)), // islington 1.6/kentish-town 2.2; NW1 kentish-town 1.8/islington 2.3
  nearPlace('nearest police station to Telegraph Hill', LEWISHAM), // lewisham 2.4/walworth 4.4; SE14 2.7/4.1
  nearPlace('Childs Hill police counter', anyOf(KENTISH_TOWN, COLINDALE)), // kentish-town 4.4/colindale 4.7; NW2 colindale 4.5/kentish-town 5.5
  nearPlace('Colney Hatch nearest police', anyOf(TOTTENHAM, EDMONTON)), // tottenham 5.9/edmonton 6.3; N11 5.4/5.5
  nearPlace('Chingford Hatch - where is my nearest police front counter now', EDMONTON), // edmonton 4.4/tottenham 5.9; E4 3.8/5.5
  nearPlace('police station near Cyprus in Newham', anyOf(PLUMSTEAD, STRATFORD)), // plumstead 3.3/stratford 5.3; E16 stratford 3.7/plumstead 5.3
  nearPlace('Gallions Reach nearest police desk', anyOf(PLUMSTEAD, STRATFORD)), // plumstead 2.8/ilford 5.7; E16 stratford 3.7/plumstead 5.3
  nearPlace('nearest police station to Chiswick House', anyOf(HAMMERSMITH, ACTON)), // hammersmith 2.6/acton 3.0; W4 acton 2.1/hammersmith 2.8
  nearPlace('walking at Marble Hill, which police counter is nearest', HOUNSLOW), // hounslow 4.1/kingston 4.6; TW1 3.4/4.9
  nearPlace('Strawberry Hill House nearest police station', anyOf(KINGSTON, HOUNSLOW)), // kingston 3.8/hounslow 4.1; TW1 hounslow 3.4/kingston 4.9
  nearPlace('nearest police to Eel Pie Island', HOUNSLOW), // hounslow 3.8/kingston 4.3; TW1 3.4/4.9
  nearPlace('Morden Hall Park nearest police front counter', SUTTON), // sutton 4.5/croydon 7.1; SM4 3.6/7.6
  nearPlace('Nonsuch Park police station nearest', SUTTON), // sutton 3.0/kingston 7.6; SM3 2.1/7.5
  nearPlace('police desk near the Whitgift Centre', CROYDON), // croydon 0.6/sutton 6.6; CR0 1.3/bromley 7.3
  nearPlace('Croydon Airport visitor centre, nearest police station', CROYDON), // croydon 2.1/sutton 5.2; CR0 1.3/7.3
  nearPlace("Darwin's Down House, nearest police counter", BROMLEY), // bromley 8.0/croydon 11.3; BR6 6.3/bexleyheath 11.0
  nearPlace('by the Crystal Palace dinosaurs, where is the nearest police desk', anyOf(CROYDON, BROMLEY, BRIXTON)), // croydon 5.6/brixton 6.1; SE20 croydon 5.2/bromley 5.6
  nearPlace('Clissold Park nearest police station', STOKE_NEWINGTON), // stoke-newington 1.0/islington 3.4; N16 0.5/tottenham 3.2
  nearPlace('closest police counter to the Whitechapel Gallery', BETHNAL_GREEN), // bethnal-green 1.8/islington 3.5; E1 1.3/4.0
  nearPlace('Thames Barrier Park nearest police', anyOf(PLUMSTEAD, STRATFORD)), // plumstead 4.5/stratford 4.7; E16 stratford 3.7/plumstead 5.3
  nearPlace('Forty Hall Enfield nearest police station', EDMONTON), // edmonton 4.8/tottenham 8.2; EN2 4.8/7.9
  nearPlace('Myddelton House gardens, nearest police front desk', EDMONTON), // edmonton 5.1/tottenham 8.6; EN2 4.8/7.9
  nearPlace('Capel Manor college, nearest police', EDMONTON), // edmonton 6.1/tottenham 9.6; EN1 3.6/7.0
  nearPlace('Bruce Castle museum nearest police station', TOTTENHAM), // tottenham 1.2/edmonton 2.4; N17 0.8/2.8
  nearPlace('Markfield Park police counter nearest', TOTTENHAM), // tottenham 1.3/stoke-newington 2.6; N15 1.2/2.8
  nearPlace('Walthamstow Marshes nearest police desk', anyOf(STOKE_NEWINGTON, TOTTENHAM)), // stoke-newington 2.3/tottenham 2.5; E5 stoke-newington 1.5/bethnal-green 3.5
  nearPlace('William Morris Gallery, where is the nearest police station', TOTTENHAM), // tottenham 3.4/edmonton 4.5; E17 3.4/4.8
  nearPlace("Queen Elizabeth's Hunting Lodge nearest police", EDMONTON), // edmonton 5.5/tottenham 7.9; E4 3.8/5.5
  nearPlace('Harrow School nearest police front counter', WEMBLEY), // wembley 3.2/colindale 7.1; HA1 3.9/7.0
  nearPlace('Bentley Priory museum nearest police station', COLINDALE), // colindale 7.0/wembley 8.0; HA7 5.1/6.7
  nearPlace('Fryent Country Park police desk', COLINDALE), // colindale 3.0/wembley 3.7; NW9 1.3/5.4
  nearPlace('Gladstone Park nearest police', COLINDALE), // colindale 4.6/wembley 5.2; NW2 4.5/kentish-town 5.5
  nearPlace('Neasden Temple nearest police station', anyOf(WEMBLEY, ACTON)), // wembley 3.1/acton 4.5; NW10 acton 4.1/wembley 4.2
  nearPlace('Roundwood Park police counter', anyOf(ACTON, WEMBLEY)), // acton 4.5/wembley 4.8; NW10 4.1/4.2
  nearPlace('Horsenden Hill nearest police desk', WEMBLEY), // wembley 1.3/acton 5.2; UB6 2.8/5.6
  nearPlace('Pitzhanger Manor nearest police station', ACTON), // acton 2.1/wembley 4.5; W5 1.9/4.2
  nearPlace('Boston Manor nearest police', anyOf(HOUNSLOW, ACTON)), // hounslow 3.7/acton 3.9; TW8 acton 3.1/hounslow 4.5
  nearPlace('Southall Broadway police front counter', anyOf(HOUNSLOW, HAYES)), // hounslow 4.4/hayes 4.6; UB1 hayes 4.4/hounslow 5.2
  nearPlace('Cranford Park nearest police station', HOUNSLOW), // hounslow 4.1/hayes 4.7; TW5 2.1/5.8
  nearPlace('Swakeleys nearest police', HAYES), // hayes 4.3/wembley 10.5; UB10 2.9/10.1
  nearPlace('Battle of Britain Bunker Uxbridge nearest police desk', HAYES), // hayes 2.9/wembley 10.7; UB10 2.9/10.1
  nearPlace('Brunel University nearest police station', HAYES), // hayes 2.8/hounslow 10.3; UB8 2.9/10.6
  nearPlace('Crane Park nearest police counter', HOUNSLOW), // hounslow 2.7/kingston 5.9; TW2 2.6/5.4
  nearPlace('Hounslow Heath police desk', HOUNSLOW), // hounslow 1.8/kingston 7.8; TW4 1.7/hayes 7.4
  nearPlace('Bentall Centre nearest police station', KINGSTON), // kingston 0.3/hounslow 7.7; KT1 0.6/8.2
  nearPlace('Canbury Gardens nearest police', KINGSTON), // kingston 1.1/hounslow 6.9; KT2 1.7/7.6
  nearPlace('Chessington World of Adventures nearest police station', KINGSTON), // kingston 6.7/sutton 8.9; KT9 5.0/7.8
  nearPlace('Mitcham Common nearest police desk now', anyOf(CROYDON, SUTTON)), // croydon 4.1/sutton 5.0; CR4 sutton 5.3/croydon 5.8
  nearPlace('Cannizaro Park police front counter', anyOf(KINGSTON, LAVENDER_HILL)), // kingston 5.7/lavender-hill 6.4; SW19 lavender-hill 5.3/sutton 7.0
  nearPlace('All England Club nearest police station', LAVENDER_HILL), // lavender-hill 5.0/hammersmith 6.8; SW19 5.3/sutton 7.0
  nearPlace('Carshalton Ponds nearest police', SUTTON), // sutton 2.1/croydon 4.7; SM5 1.8/5.1
  nearPlace('Addington Palace nearest police station', CROYDON), // croydon 4.4/bromley 6.0; CR0 1.3/7.3
  nearPlace('Norwood Grove police desk', anyOf(BRIXTON, LAVENDER_HILL)), // brixton 5.1/lavender-hill 5.5; SW16 5.0/5.3
  nearPlace('nearest police to the US Embassy at Nine Elms', anyOf(BRIXTON, WALWORTH, LAVENDER_HILL)), // brixton 2.4/walworth 2.6; SW11 lavender-hill 0.5/brixton 3.5
  nearPlace('MI6 building Vauxhall nearest police counter', WALWORTH), // walworth 1.9/charing-cross 2.5; SE11 1.0/2.4
  nearPlace('Brixton Academy nearest police station', BRIXTON), // brixton 0.1/walworth 3.0; SW9 0.5/2.5
  nearPlace('Windrush Square police desk', BRIXTON), // brixton 0.3/walworth 3.2; SW2 1.8/lavender-hill 3.4
  nearPlace('Dulwich Village nearest police', BRIXTON), // brixton 2.6/walworth 4.6; SE21 3.3/5.6
  nearPlace('Sydenham Hill Woods nearest police station', anyOf(BRIXTON, LEWISHAM)), // brixton 4.7/lewisham 5.5; SE26 lewisham 5.0/brixton 5.8
  nearPlace('Ladywell Fields police counter', LEWISHAM), // lewisham 1.1/brixton 6.5; SE13 0.4/walworth 6.9
  nearPlace('Hilly Fields nearest police', LEWISHAM), // lewisham 1.5/brixton 5.8; SE4 1.8/walworth 5.3
  nearPlace('Goldsmiths uni nearest police station', LEWISHAM), // lewisham 2.1/walworth 4.6; SE14 2.7/4.1
  nearPlace('Royal Observatory Greenwich nearest police desk', LEWISHAM), // lewisham 1.6/bethnal-green 6.8; SE10 2.5/stratford 6.1
  nearPlace('Severndroog Castle nearest police', PLUMSTEAD), // plumstead 2.9/lewisham 5.5; SE18 1.6/bexleyheath 6.1
  nearPlace('Avery Hill park nearest police station', anyOf(PLUMSTEAD, LEWISHAM)), // plumstead 4.7/bexleyheath 5.2; SE9 lewisham 4.9/plumstead 5.4
  nearPlace("William Morris's Red House nearest police counter", BEXLEYHEATH), // bexleyheath 1.5/plumstead 4.3; DA6 0.7/4.6
  nearPlace('Foots Cray Meadows nearest police', BEXLEYHEATH), // bexleyheath 4.0/plumstead 7.1; DA14 4.4/6.9
  nearPlace('Erith Pier nearest police station', BEXLEYHEATH), // bexleyheath 3.4/plumstead 5.7; DA8 2.8/5.7
  nearPlace('Southmere lake Thamesmead nearest police desk', PLUMSTEAD), // plumstead 1.9/bexleyheath 4.7; SE2 1.5/4.3
  nearPlace('Charlton Lido nearest police station', anyOf(LEWISHAM, PLUMSTEAD)), // lewisham 3.9/plumstead 3.9; SE7 lewisham 3.8/plumstead 4.3
  nearPlace('Maryon Park police counter', anyOf(PLUMSTEAD, LEWISHAM)), // plumstead 4.0/lewisham 4.3; SE7 lewisham 3.8/plumstead 4.3
  nearPlace('Barking Abbey ruins nearest police', ILFORD), // ilford 2.8/stratford 5.0; IG11 3.0/dagenham 5.1
  nearPlace('Eastbrookend Country Park nearest police station', DAGENHAM), // dagenham 0.6/romford 3.8; RM10 0.5/4.6
  nearPlace('Valence House museum nearest police desk', anyOf(DAGENHAM, ILFORD)), // dagenham 3.0/ilford 3.4; RM8 2.8/3.4
  nearPlace('Mayesbrook Park nearest police', ILFORD), // ilford 2.8/dagenham 3.7; IG11 3.0/5.1
  nearPlace('Raphael Park Romford nearest police station', ROMFORD), // romford 0.9/dagenham 5.1; RM2 1.2/5.1
  nearPlace("Queen's Theatre Hornchurch nearest police counter", ROMFORD), // romford 3.1/dagenham 3.6; RM11 2.6/4.7
  nearPlace('Bedfords Park nearest police', ROMFORD), // romford 3.5/dagenham 7.9; RM4 (London part) 3.8/8.1
  nearPlace('Hainault Forest nearest police station', anyOf(ROMFORD, ILFORD)), // romford 5.4/ilford 7.7; IG7 ilford 6.0/romford 6.1
  nearPlace('Fairlop Waters nearest police desk', ILFORD), // ilford 4.3/romford 6.0; IG6 4.0/7.0
  nearPlace('Wanstead Flats nearest police station', STRATFORD), // stratford 2.2/ilford 3.9; E7 1.9/3.9
  nearPlace('West Ham Park nearest police', STRATFORD), // stratford 1.0/ilford 4.9; E7 1.9/3.9
  nearPlace('Newham General Hospital nearest police station', STRATFORD), // stratford 3.5/ilford 4.7; E13 2.0/5.2
  nearPlace('Queen Mary University Mile End nearest police counter', BETHNAL_GREEN), // bethnal-green 1.1/stratford 3.5; E1 1.3/islington 4.0
  nearPlace('Limehouse Basin nearest police station', BETHNAL_GREEN), // bethnal-green 2.1/stratford 4.1; E14 3.5/4.0
  nearPlace('Brunel Museum Rotherhithe nearest police', anyOf(BETHNAL_GREEN, WALWORTH)), // bethnal-green 3.0/walworth 3.4; SE16 walworth 3.2/bethnal-green 3.5
  nearPlace('Surrey Docks Farm nearest police desk', anyOf(BETHNAL_GREEN, WALWORTH)), // bethnal-green 3.2/lewisham 4.6; SE16 walworth 3.2/bethnal-green 3.5
  nearPlace('Maltby Street market nearest police station', WALWORTH), // walworth 1.9/bethnal-green 3.6; SE1 1.2/charing-cross 2.6
  teams('neighbourhood or town', 'nearest police to Hilly Fields', [anyOf(LEWISHAM, ASKS_FOR_POSTCODE)]),
  teams('neighbourhood or town', 'police desk near Bruce Castle', [anyOf(TOTTENHAM, ASKS_FOR_POSTCODE)]),
  teams('neighbourhood or town', 'closest counter to Brunel uni', [anyOf(HAYES, ASKS_FOR_POSTCODE)]),

  // ---------------------------------------------------------------------------
  // The City of London: its own force, or the Met desk(s) nearest on its points.
  cityPlace('nearest police station to Temple Church', CHARING_CROSS), // charing-cross 1.1/islington 2.3; EC4Y 1.1/2.3
  cityPlace('I work in the Leadenhall Building, where is the nearest police front counter', BETHNAL_GREEN, CHARING_CROSS, WALWORTH), // bethnal-green 2.5/walworth 3.0; EC3V charing-cross 2.7/walworth 2.8
  cityPlace('lost my wallet at the Sky Garden, where do I go to report it in person', BETHNAL_GREEN, WALWORTH), // walworth 2.6/bethnal-green 2.8; EC3M bethnal-green 2.7/walworth 2.7
  cityPlace("police desk near St Bride's church on Fleet Street", CHARING_CROSS), // charing-cross 1.4/islington 2.2; EC4Y 1.1/2.3
  cityPlace('Bow Lane nearest police station', CHARING_CROSS, ISLINGTON), // charing-cross 2.2/islington 2.6; EC4M 1.8/2.3
  cityPlace('the Minories, nearest police counter', BETHNAL_GREEN, WALWORTH), // bethnal-green 2.3/walworth 3.0; EC3N 2.4/2.9
  cityPlace('Garlick Hill nearest police', CHARING_CROSS, WALWORTH), // charing-cross 2.1/walworth 2.4; EC4V 1.7/islington 2.5
  cityPlace('Queenhithe police station nearest', CHARING_CROSS, WALWORTH), // charing-cross 2.1/walworth 2.3; EC4V 1.7/islington 2.5
  cityPlace('Paternoster Square nearest police front desk', CHARING_CROSS, ISLINGTON), // charing-cross 1.9/islington 2.3; EC4M 1.8/2.3
  cityPlace('Aldermanbury nearest police', CHARING_CROSS, ISLINGTON), // charing-cross 2.3/islington 2.3; EC2V 2.2/2.4
  cityPlace('Bevis Marks synagogue nearest police station', BETHNAL_GREEN), // bethnal-green 2.2/islington 3.1; EC3A 2.4/3.0
  cityPlace('Cornhill nearest police counter', CHARING_CROSS, WALWORTH), // charing-cross 2.6/walworth 2.7; EC3V 2.7/2.8
  cityPlace('Lothbury police desk', CHARING_CROSS, ISLINGTON), // charing-cross 2.5/islington 2.6; EC2R islington 2.4/charing-cross 2.4
  cityPlace('St Mary Axe nearest police', BETHNAL_GREEN), // bethnal-green 2.3/islington 3.0; EC3A 2.4/3.0
  cityPlace('Cloth Fair Smithfield nearest police station', ISLINGTON, CHARING_CROSS), // islington 1.8/charing-cross 2.0; EC1A 1.5/1.9
  cityPlace('Carter Lane nearest police front counter', CHARING_CROSS), // charing-cross 1.7/islington 2.4; EC4V 1.7/2.5
  cityPlace('Walbrook nearest police', CHARING_CROSS, WALWORTH), // charing-cross 2.4/walworth 2.6; EC4N 2.3/2.7
  cityPlace('Old Jewry police station nearest', CHARING_CROSS, ISLINGTON), // charing-cross 2.4/islington 2.6; EC2R islington 2.4/charing-cross 2.4
  cityPlace('Wood Street in the City, nearest police desk', CHARING_CROSS, ISLINGTON), // charing-cross 2.2/islington 2.3; EC2V 2.2/2.4
  cityPlace('Moor Lane nearest police', ISLINGTON, CHARING_CROSS), // islington 2.1/charing-cross 2.5; EC2Y 2.0/2.4
  cityPlace('Mark Lane nearest police counter', BETHNAL_GREEN, WALWORTH), // walworth 2.6/bethnal-green 2.7; EC3R 2.6/2.8
  cityPlace('Gracechurch Street nearest police station', CHARING_CROSS, WALWORTH), // walworth 2.7/charing-cross 2.8; EC3V charing-cross 2.7/walworth 2.8
  cityPlace('Fish Street Hill by the Monument, nearest police desk', BETHNAL_GREEN, CHARING_CROSS, WALWORTH), // walworth 2.4/charing-cross 2.7; EC3R walworth 2.6/bethnal-green 2.8
  cityPlace('Crutched Friars nearest police', BETHNAL_GREEN, WALWORTH), // bethnal-green 2.5/walworth 2.8; EC3N 2.4/2.9
  cityPlace('Creechurch Lane nearest police station', BETHNAL_GREEN), // bethnal-green 2.2/walworth 3.1; EC3A 2.4/islington 3.0
  cityPlace('Austin Friars nearest police counter', BETHNAL_GREEN, ISLINGTON), // bethnal-green 2.6/islington 2.6; EC2N 2.6/2.7
  cityPlace('Whitefriars nearest police', CHARING_CROSS), // charing-cross 1.3/islington 2.3; EC4Y 1.1/2.3
  cityPlace('Tudor Street nearest police station', CHARING_CROSS), // charing-cross 1.2/islington 2.4; EC4Y 1.1/2.3
  cityPlace('Inner Temple nearest police desk', CHARING_CROSS), // charing-cross 1.0/islington 2.4; EC4Y 1.1/2.3
  cityPlace("Dr Johnson's House nearest police", CHARING_CROSS), // charing-cross 1.4/islington 2.1; EC4A 1.3/2.0
  cityPlace('north end of the Millennium Bridge, nearest police station', CHARING_CROSS), // charing-cross 1.8/walworth 2.2; EC4V 1.7/islington 2.5
  ask('City of London', 'who polices the Square Mile, is it the Met', [CITY_POLICE]),
  ask('City of London', 'is there a Met front counter inside the City of London', [anyOf(CITY_POLICE, NO_COUNTER, /\bno\b|not/i)]),
  ask('City of London', 'Does the City of London have its own police force', [CITY_POLICE]),
  teams('City of London', 'police desk near Cornhill EC3V', [anyOf(CITY_WEST, CITY_EAST, ASKS_FOR_POSTCODE)]), // EC3V charing-cross 2.7/walworth 2.8
  teams('City of London', 'nearest station to St Mary Axe', [anyOf(CITY(BETHNAL_GREEN), ASKS_FOR_POSTCODE)]),
  teams('City of London', 'police counter Carter Lane EC4V', [anyOf(CITY(CHARING_CROSS), ASKS_FOR_POSTCODE)]),

  // Ambiguous names.
  ask('ambiguous name', 'nearest police station to the City of London Cemetery', [anyOf(ILFORD, STRATFORD, CITY_POLICE, ASKS_FOR_POSTCODE)]), // in Newham: ilford 2.1/stratford 3.9; E12 2.2/3.6
  ask('ambiguous name', 'Leather Lane market nearest police desk', [anyOf(CHARING_CROSS, ISLINGTON, ASKS_FOR_POSTCODE)]), // in Camden: charing-cross 1.5/islington 1.7; EC1N islington 1.6/charing-cross 1.6
  ask('ambiguous name', 'HMS Belfast nearest police station, is that the City police', [anyOf(WALWORTH, ASKS_FOR_POSTCODE)]), // south bank: walworth 2.3/bethnal-green 3.0; SE1 1.2/charing-cross 2.6
  ask('ambiguous name', 'London Bridge station nearest police counter', [anyOf(WALWORTH, ASKS_FOR_POSTCODE)]), // walworth 1.9/charing-cross 2.7; SE1 1.2/2.6
  ask('ambiguous name', 'Tower Hill nearest police station', [anyOf(BETHNAL_GREEN, WALWORTH, CITY_POLICE, ASKS_FOR_POSTCODE)]), // bethnal-green 2.5/walworth 2.7; EC3N 2.4/2.9
  ask('ambiguous name', 'Kingston Bridge nearest police station', [anyOf(KINGSTON, ASKS_FOR_POSTCODE)]), // kingston ~0.3
  ask('ambiguous name', 'Hampton Wick, is that Kingston or Richmond and which police counter', [anyOf(KINGSTON, ASKS_FOR_POSTCODE)]), // KT1 4: kingston 0.8/hounslow 7.1; 0.6/8.2
  ask('ambiguous name', 'Is Bromley police station the one in Bromley-by-Bow', [BROMLEY, /\bno\b|not|different|Kent|BR1|High Street/i]),
  ask('ambiguous name', 'is Stratford police station the one near Stratford-upon-Avon', [/\bno\b|not|West Ham Lane|E15|Newham|London/i]),
  ask('ambiguous name', 'Hayes police station, the one in Hillingdon not Kent', [HAYES, /Uxbridge Road|UB4|Hillingdon|Hayes End/i]),
  ask('ambiguous name', 'Charing Cross hospital - is that where Charing Cross police station is', [/\bno\b|not|Agar Street|WC2N|Strand/i]),

  // ---------------------------------------------------------------------------
  // Boroughs.
  ask('borough', 'which police front counter serves Barking and Dagenham now', [DAGENHAM]),
  ask('borough', 'where is the police counter for the borough of Barnet', [COLINDALE]),
  ask('borough', "Ealing borough's police station with a front desk?", [ACTON]),
  ask('borough', 'Hackney borough, which police front counter is ours', [STOKE_NEWINGTON]),
  ask('borough', 'Haringey council area - which police station can I walk into', [TOTTENHAM]),
  ask('borough', 'which police station covers Hillingdon', [HAYES]),
  ask('borough', 'Tower Hamlets police station with a public counter', [BETHNAL_GREEN]),
  ask('borough', 'Southwark police front desk, which one is it', [WALWORTH]),
  ask('borough', 'where do people in Wandsworth borough report crime in person', [LAVENDER_HILL]),
  ask('borough', 'Greenwich borough residents, which police counter do we use', [PLUMSTEAD]),
  ask('borough', 'Newham police station open to the public', [STRATFORD]),
  ask('borough', 'Redbridge front counter?', [ILFORD]),
  ask('borough', 'which police counter is in Lambeth', [BRIXTON]),
  ask('borough', 'Merton residents, where is our police front counter now', [NO_COUNTER]),
  ask('borough', 'is there any police station left in Kensington and Chelsea', [NO_COUNTER]),
  ask('borough', 'Waltham Forest has no police counter? where do we go', [anyOf(ILFORD, STRATFORD)]),
  ask('borough', 'Harrow borough police station open to public?', [NO_COUNTER]),
  ask('borough', 'Richmond upon Thames, which counter should we use', [anyOf(KINGSTON, ACTON, SUTTON, NO_COUNTER)]),
  teams('borough', 'enfield borough police counter which one', [EDMONTON]),
  teams('borough', 'havering police front desk', [ROMFORD]),
  teams('borough', 'camden police station public', [KENTISH_TOWN]),
  teams('borough', 'westminster 24h police desk', [CHARING_CROSS, OPEN_24]),

  // Lists.
  ask('lists', 'give me every police station in London that is open 24 hours', [CHARING_CROSS, LEWISHAM]),
  ask('lists', 'which ten police counters closed in February', FEB_2026_LIST),
  ask('lists', 'list the London boroughs with no police front counter', NO_COUNTER_BOROUGHS),
  ask('lists', 'which police stations got a reprieve in October 2025', [EDMONTON, TOTTENHAM, PLUMSTEAD]),
  ask('lists', 'name a police counter that was saved from closure last autumn', [REPRIEVED]),
  ask('lists', 'all police front counters in east London please', [anyOf(STRATFORD, BETHNAL_GREEN), anyOf(ILFORD, DAGENHAM, ROMFORD)]),
  ask('lists', 'which police stations in south east London still have a front counter', [LEWISHAM, anyOf(PLUMSTEAD, BEXLEYHEATH, BROMLEY)]),
  ask('lists', 'what front counters are there in north London', [anyOf(EDMONTON, TOTTENHAM, ISLINGTON, KENTISH_TOWN, STOKE_NEWINGTON, COLINDALE)]),
  ask('lists', 'list the police front counters in west London', [anyOf(ACTON, HAMMERSMITH, HAYES, HOUNSLOW)]),
  ask('lists', 'how many police front desks does London have now and which are they', [COUNTERS_NOW]),
  ask('lists', 'which police stations open at 9 on a saturday', [at(9)]),
  ask('lists', 'name the police counters in south west London', [anyOf(LAVENDER_HILL, KINGSTON, SUTTON, BRIXTON)]),
  ask('lists', 'list the counters that closed in December 2017', [anyOf(/Uxbridge|Fulham|Kilburn|Chiswick|Wandsworth|Streatham|Holborn|Plaistow|Stratford/i)]),
  ask('lists', 'which of the 2025 closures were in outer London boroughs', [anyOf(/Chingford|Harrow|Pinner|Twickenham|Mitcham|Wimbledon|Barking/i)]),
  teams('lists', 'list all 24/7 police desks', [CHARING_CROSS, LEWISHAM]),
  teams('lists', 'which counters shut feb 2026', FEB_2026_LIST),
  teams('lists', 'boroughs without a front counter?', NO_COUNTER_BOROUGHS),

  // Comparisons.
  ask('comparison', 'which shuts later tonight, Brixton or Lewisham', [LEWISHAM, OPEN_24]),
  ask('comparison', 'do Croydon and Sutton police stations keep the same hours', [SAME]),
  ask('comparison', 'is Bethnal Green or Stoke Newington nearer to E2 8', [saysNearer(BETHNAL_GREEN)], [saysNearer(STOKE_NEWINGTON)]), // bethnal-green 1.4/stoke-newington 2.8; 0.6/3.2
  ask('comparison', 'for NW3 1 is Kentish Town closer than Colindale', [saysNearer(KENTISH_TOWN)], [saysNearer(COLINDALE)]), // kentish-town 2.5/colindale 6.3; 2.1/~6.7
  ask('comparison', 'N9 7 - Edmonton or Tottenham, which is nearer', [saysNearer(EDMONTON)], [saysNearer(TOTTENHAM)]), // edmonton 1.3/tottenham 4.8; 0.7/4.3
  ask('comparison', 'HA9 8, nearer to Wembley or Colindale police', [saysNearer(WEMBLEY)], [saysNearer(COLINDALE)]), // wembley 1.8/colindale 5.0; 1.8/5.0
  ask('comparison', 'is Charing Cross open longer than Hammersmith', [CHARING_CROSS, OPEN_24]),
  ask('comparison', 'does Lewisham open earlier than Bromley on a Sunday', [LEWISHAM, anyOf(OPEN_24, /\byes\b/i)]),
  ask('comparison', 'which is busier, Charing Cross or the other counters', [anyOf(FIFTEEN, /busiest/i)]),
  ask('comparison', 'are weekend hours shorter than weekday hours at Tottenham', [anyOf(WEEKENDS, /\byes\b|shorter/i)]),
  ask('comparison', 'Romford vs Dagenham police, which has longer saturday hours', [SAME]),
  teams('comparison', 'kingston or sutton open later sat?', [SAME]),
  teams('comparison', 'which is 24h, brixton or lewisham', [LEWISHAM, OPEN_24]),

  // ---------------------------------------------------------------------------
  // The past.
  past('in what month and year did Uxbridge police station front desk close', [CLOSED_DEC_2017]),
  past('what year did Kilburn police station close to the public', [/2017/]),
  past('when did Wimbledon police station close for good', [CLOSED_FEB_2026]),
  past('back in 2013 how many front counters did London have before the cuts', [BEFORE_2013]),
  past('how many counters did Boris Johnson close in 2013', [SEVENTY_THREE_OF_136]),
  past('which two counters were saved from the 2013 closures', [/Gipsy Hill/i, DAGENHAM]),
  past('how much was the 2013 closure plan meant to save', [SIXTY_MILLION]),
  past('how much did the 2017 closures save a year', [EIGHT_MILLION]),
  past('which police station was the busiest in 2017', [BRIXTON]),
  past('how many crimes a day were reported at Brixton counter in 2017', [SEVEN_A_DAY]),
  past('was Wimbledon police station supposed to close in 2017', [anyOf(/quash|High Court|court|2018/i)]),
  past('when was the court ruling that saved Wimbledon police station', [/2018/]),
  past('when did the fire at Forest Gate police station happen', [/2024/]),
  past('what happened to the old Forest Gate police station building', [/fire|2024/i]),
  past('what date did Hammersmith police station reopen once it was rebuilt', [/2020/]),
  past('when did Stoke Newington police station reopen', [/2022/]),
  past('when was Islington police station shut for refurbishment', [/2020/]),
  past('when did the Walthamstow police station close', [/2011/]),
  past('when did Leyton police station close', [/2012/]),
  past('what year did Leytonstone police station shut', [/2014/]),
  past('when did Wanstead police station front counter close', [/2013/]),
  past('when did the old Sidcup police station close', [/2012/]),
  past('when did Holborn police station close to the public', [/2018/]),
  past('when did the Wood Green police counter at Fishmongers Arms open', [/2010/]),
  past('when did Streatham police station front counter open and close', [/2015/, /2017/]),
  past('when did Kennington police station building close', [/2019/]),
  past('when did West Wickham police counter close', [/2017/]),
  past('when did Dagenham police station reopen its counter after it was temporarily closed', [/2023/]),
  past('when was Twickenham police station temporarily closed for refurbishment', [/2020/]),
  past('what date did the new reduced hours start at London police stations', [MARCH_2026]),
  past('when did the Met first leak the plan to close front counters', [/Jul(?:y)? 2025|17 Jul/i]),
  past('when did the Met publish its list of counters to close', [/Aug(?:ust)? 2025|6 Aug/i]),
  past('when was the 2025 closure plan revised', [/Oct(?:ober)? 2025|15 Oct/i]),
  past('how many counters would have been left under the August 2025 plan', [AUGUST_LIST]),
  past('how many crimes a year used to get reported at front counters', [anyOf(FIVE_PER_CENT, /\b8 ?%|8 per ?cent|eight per ?cent|22 ?%/i)]),
  past('was Barking police station always at the Learning Centre', [/2013|Learning Centre|town[- ]centre/i]),
  past('when did the Royalty Studios counter near Grenfell open', [/2018/]),
  past('did Fulham police station have limited hours before it closed', [anyOf(/Tue|Sat|09:00|9am|17:00|limited|portacabin/i, CLOSED_DEC_2017)]),
  past('what year did the Chiswick police station counter shut', [CLOSED_DEC_2017]),
  teams('the past', 'when did eltham police counter close', [/2017/], [TODAY_FIRST]),
  teams('the past', 'year peckham police station shut?', [/2017/], [TODAY_FIRST]),
  teams('the past', 'when did shepherds bush temp counter close', [/2020/], [TODAY_FIRST]),

  // The data's conflicting sources.
  ask('the past', 'when did Notting Hill police station close', [anyOf(/2017/, /2019/)]),
  ask('the past', 'did Notting Hill police station shut in 2019', [anyOf(SOURCES_DIFFER, /2017/)]),
  ask('the past', 'was Shoreditch police counter closed in November 2017', [anyOf(SOURCES_DIFFER, /14 Dec|Dec(?:ember)? 2017/i)]),
  ask('the past', 'a hotel website says Paddington Green police station is open 8 till 6 every day, true?', [anyOf(CLOSED, SOURCES_DIFFER, /not (?:reliable|current)|old|out of date|undated|vacated|moved|Church Street/i)], [SAYS_YES]),
  ask('the past', 'was Barkingside police station ever open 24 hours', [anyOf(SOURCES_DIFFER, /2020|temporar/i)]),
  ask('still open or closing', 'Woodford police station is open Mon-Fri 9 to 5, right?', [WOODFORD_NO_COUNTER], [SAYS_YES]),
  ask('still open or closing', 'I read the February 2026 closures were paused, is that right', [anyOf(/one (?:outlet|source|report)|not (?:supported|confirmed)|no other|went ahead|closed on 28|28 Feb/i, CLOSED_FEB_2026)], [SAYS_YES]),
  ask('still open or closing', 'was Kingston police station kept 24/7 in the 2025 changes', [KINGSTON, anyOf(WEEKDAYS, /reduced|not 24|\bno\b|conflict/i)], [SAYS_YES]),
  ask('still open or closing', 'how many officer hours did closing the counters free up', [HOURS_FREED]),
  ask('still open or closing', 'someone on facebook said Lavender Hill front office closed in December, is that true', [LAVENDER_HILL, anyOf(STAYS_OPEN, SOURCES_DIFFER)], [SAYS_YES]),

  // Closures and plans.
  ask('still open or closing', 'why did the Met close so many front counters in 2026', [MONEY]),
  ask('still open or closing', 'how big was the funding gap behind the 2025 counter cuts', [/£\s?260\s?m|260 million/i]),
  ask('still open or closing', 'what share of crimes do people report at a front counter these days', [FIVE_PER_CENT]),
  ask('still open or closing', 'are policing hubs the same as front counters', [NOT_A_COUNTER]),
  ask('still open or closing', 'can I report a crime at the police van in the high street', [anyOf(VANS, NOT_A_COUNTER)]),
  ask('still open or closing', 'can I talk to an officer through a video screen outside the police station', [anyOf(/pilot|screen|video/i, CHECK)]),
  ask('still open or closing', "didn't the Mayor promise a 24 hour counter in every borough", [anyOf(/pledge|promise|manifesto|2024|2017|changed? (?:my|his) mind|facts change/i, OPEN_24)]),
  ask('still open or closing', 'who decided to cut the police counter hours', [DECIDERS]),
  ask('still open or closing', 'what do I do if my local counter is closed when I get there', [anyOf(/phone|telephone/i, NON_URGENT)]),
  ask('still open or closing', 'what is the Met estates strategy from December 2025 about', [anyOf(/hub|Forest Gate|estate|neighbourhood/i)]),
  teams('still open or closing', 'why r counters closing', [MONEY]),
  teams('still open or closing', 'are the 2 24h desks staying 24h', [CHARING_CROSS, LEWISHAM]),

  // ---------------------------------------------------------------------------
  // The service.
  service('am I chatting to an actual copper or a computer', [A_BOT]),
  service('is there a human reading these messages', [A_BOT]),
  service('where are you getting your police station facts from', [SOURCES]),
  service('how current is your information about opening hours', [anyOf(UP_TO_DATE, CHECK)]),
  service('do you keep a record of what I type here', [PRIVACY]),
  service('will the police be able to read this chat later', [anyOf(PRIVACY, A_BOT, /\bno\b|not/i)]),
  service('is this run by the Metropolitan Police', [anyOf(SOURCES, /\bnot\b|official|independent/i)]),
  service('what sort of questions can I ask you', [/hours|open|nearest|station|counter/i]),
  service('can you understand Polish', [anyOf(/English|Language ?Line|interpret|\b101\b/i, SAYS_WHAT_IT_DOES)]),
  service('are your opening hours definitely right', [CHECK]),
  service('why should I trust you over the Met website', [anyOf(ONLINE, SOURCES, CHECK)]),
  service('what happens to my postcode after I give it to you', [PRIVACY]),
  service('who built this chatbot', [anyOf(A_BOT, SOURCES, /built|made|develop|project/i)]),
  service('does this bot know about bank holiday opening', [CHECK]),
  service('do you cover police stations outside London', [anyOf(/London|Met/i)]),
  service('can you tell me about British Transport Police stations', [anyOf(/London|Met|front counter|\bonly\b|can't|cannot|don't/i)]),
  teams('about the service', 'is this an AI', [A_BOT], [ASKS_WHICH_PLACE]),
  teams('about the service', 'where does this bot data come from', [SOURCES], [ASKS_WHICH_PLACE]),
  teams('about the service', 'do u log my chats', [PRIVACY], [ASKS_WHICH_PLACE]),
  teams('about the service', 'when was this info last updated', [anyOf(UP_TO_DATE, CHECK)], [ASKS_WHICH_PLACE]),

  // Small talk.
  ask('small talk', 'good evening to you', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'hiya you alright', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'cheers for that, proper useful', [THANKS_REPLY]),
  ask('small talk', 'ta very much mate', [THANKS_REPLY]),
  ask('small talk', 'ok bye now', [BYE]),
  ask('small talk', 'nice one, laters bot', [BYE]),
  ask('small talk', 'what should I call you', [anyOf(A_BOT, SAYS_WHAT_IT_DOES)]),
  ask('small talk', 'how is your day going', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'you are rubbish you know that', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'morning, anyone in?', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'lol', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'merry christmas', [SAYS_WHAT_IT_DOES]),
  ask('small talk', 'thank u sm', [THANKS_REPLY]),
  ask('small talk', 'that was helpful ta', [THANKS_REPLY]),
  teams('small talk', 'hey there bot', [SAYS_WHAT_IT_DOES]),
  teams('small talk', 'thx v much appreciated', [THANKS_REPLY]),
  teams('small talk', 'cya later', [BYE]),
  teams('small talk', 'ok cool', [SAYS_WHAT_IT_DOES]),

  // Off-topic.
  offTopic('what time does Lidl in Peckham close'),
  offTopic('can you recommend a good curry house in Tooting'),
  offTopic('when is the next tube strike'),
  offTopic('who scored for Arsenal at the weekend'),
  offTopic('what is the capital of Australia'),
  offTopic('how do I renew my driving licence'),
  offTopic('where is my nearest GP surgery in Croydon'),
  offTopic('how much is council tax in Lewisham'),
  offTopic('whats the weather doing in London tomorrow'),
  offTopic('which bins go out on tuesday in Hackney'),
  teams('out of scope', 'whats the wifi password', OFF_TOPIC_REPLY),
  teams('out of scope', 'can u write me an email to my landlord', OFF_TOPIC_REPLY),

  // Requests it cannot carry out.
  cannot('please book me an appointment at Lewisham police station for tomorrow', [NON_URGENT]),
  cannot('can you send an officer round to my flat to take a statement', [NON_URGENT]),
  cannot('report my stolen bike for me, it was taken from outside Brixton station'),
  cannot('can you phone Croydon police station and tell them I will be late'),
  cannot('look up my crime reference number for me please'),
  cannot('can you tell me how my case is going, the officer never rang me back'),
  cannot('email Islington police station my CCTV footage'),
  cannot('check if there is a warrant out for my cousin'),
  cannot('can you get my impounded car released from the pound in Charlton'),
  cannot('please pass a message to PC Jones at Walworth'),
  cannot('book me a taxi to Stratford police station'),
  cannot('can you log a noise complaint about my neighbours for me'),
  cannot('tell the police where I am, I lost my keys and am locked out'),
  cannot('can you ask Romford police station to keep my lost bag till monday'),
  cannot('can you take down the details of the car that hit mine yesterday'),
  cannot('give me directions by bus from Catford to Lewisham police station and buy the ticket'),
  cannot('can you do a DBS check on my new nanny'),
  cannot('can you reopen Chingford police station'),
  cannot('sign my passport photo as a witness please'),
  cannot('can you text me when Hounslow police station opens'),
  teams('cannot do', 'book appt at hammersmith police pls', [WONT_DO], [STATION_INFO_FIRST]),
  teams('cannot do', 'can u file a report for me', [WONT_DO], [STATION_INFO_FIRST]),
  teams('cannot do', 'send police to the office tmrw for a talk', [WONT_DO], [STATION_INFO_FIRST]),
  teams('cannot do', 'remind me to go to Ilford police at 5', [WONT_DO], [STATION_INFO_FIRST]),

  // Places outside London.
  outside('nearest police front counter to Glasgow city centre'),
  outside('I am in Dover, which police station'),
  outside('Hastings police station opening hours'),
  outside('Margate police front desk'),
  outside('is there a police station open in Exeter'),
  outside('Plymouth police counter hours'),
  outside('Swansea police station near me'),
  outside('Aberdeen police office opening times'),
  outside('Bournemouth police station nearest'),
  outside('Peterborough police front counter'),
  outside('Tunbridge Wells police station open saturday'),
  outside('Cobham in Surrey, nearest police station'),
  outside('Radlett police station'),
  outside('Hatfield Herts police front counter'),
  outside('Rayleigh Essex nearest police'),
  outside('Tilbury police station hours'),
  outside('WD7 8 nearest police station'),
  outside('AL10 9 police front desk'),
  outside('RM18 7 nearest police'),
  outside('RM19 1 police counter near me'),
  outside('DA9 9 which police station'),
  outside('DA11 9 nearest police front counter'),
  outside('CT9 1 police'),
  outside('KT11 2 nearest police station'),
  outside('SS6 7 police front desk'),
  outside('CM5 0 police station near me'),
  teams('non-London postcode', 'nearest police to Purfleet', [NOT_LONDON]),
  teams('non-London postcode', 'greenhithe police desk', [NOT_LONDON]),
  ask('outside the Met', 'I live in Dublin, do you cover the Garda', [NOT_LONDON]),

  // Nonsense.
  ask('nonsense', 'qwpoeirutyz xv', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '??!!??!!', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'banana telephone purple giraffe', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', 'zzzzzzzzzzzz', [SAYS_WHAT_IT_DOES]),
  ask('nonsense', '12345 67890', [SAYS_WHAT_IT_DOES]),
  teams('nonsense', 'ffs mate', [SAYS_WHAT_IT_DOES]),
  teams('nonsense', '.....??', [SAYS_WHAT_IT_DOES]),

  // Other languages (no danger).
  foreign('A che ora apre la stazione di polizia di Hammersmith sabato?', HAMMERSMITH),
  foreign('Τι ώρα κλείνει το αστυνομικό τμήμα του Wood Green; Ή του Tottenham;', TOTTENHAM),
  foreign('क्या हाउंस्लो पुलिस स्टेशन आज खुला है?', HOUNSLOW),
  foreign('ஹவுன்ஸ்லோ காவல் நிலையம் ஞாயிற்றுக்கிழமை திறந்திருக்குமா?', HOUNSLOW),
  foreign('વેમ્બલી પોલીસ સ્ટેશન શનિવારે ક્યારે ખુલે છે?', WEMBLEY),
  foreign('Kada atsidaro Ilford policijos nuovada šeštadienį?', ILFORD),
  foreign('Кога отваря полицейският участък в Croydon в неделя?', CROYDON),
  foreign('Në çfarë ore mbyllet stacioni i policisë në Walworth?', WALWORTH),
  foreign('克罗伊登警察局星期六几点开门？', CROYDON),
  foreign('Mikor nyit a Brixton rendőrség vasárnap?', BRIXTON),
  foreign('Wann öffnet die Polizeiwache in Kingston am Samstag?', KINGSTON),
  foreign('Hoe laat sluit het politiebureau van Lewisham?', LEWISHAM),
  foreign('Polisi ya Stratford inafunguliwa saa ngapi Jumamosi?', STRATFORD),
  foreign('Polisi adwumayɛbea a ɛbɛn Peckham wɔ he?', WALWORTH), // Peckham: walworth nearest (SE15 5 2.5/brixton 3.0)
  teams('non-English', 'Ora di apertura polizia Acton?', [LANGUAGE_REPLY(ACTON)]),

  // Roads.
  ask('station by its road', 'the police station on West Ham Lane, is it open saturday', [STRATFORD, WEEKENDS]),
  ask('station by its road', 'the police station on Holmes Road, hours please', [KENTISH_TOWN, WEEKDAYS]),
  ask('station by its road', 'is the Agar Street police station open all night', [CHARING_CROSS, OPEN_24]),
  ask('station by its road', 'Manor Place police station opening times', [WALWORTH, WEEKDAYS]),
  ask('station by its road', 'Tolpuddle Street police, is it open sunday', [ISLINGTON, WEEKENDS]),
  ask('station by its road', 'Arnsberg Way police station hours', [BEXLEYHEATH, WEEKDAYS]),
  ask('station by its road', 'Grahame Park Way police front desk, open now?', [COLINDALE, OPEN]),
  ask('station by its road', 'Montague Road police station Hounslow saturday hours', [HOUNSLOW, WEEKENDS]),
  ask('station by its road', 'Victoria Park Square police station, open tonight until when', [BETHNAL_GREEN, at(22)]),
  ask('station by its road', 'police station on Rainham Road South, what time does it close', [DAGENHAM, at(22)]),
  ask('station by its road', 'Fore Street police station opening hours', [EDMONTON, WEEKDAYS]),
  ask('station by its road', 'the police station on Carshalton Road, weekend hours', [SUTTON, WEEKENDS]),
  ask('station by its road', 'police on Lewisham High Street, are they open 24/7', [LEWISHAM, OPEN_24]),
  teams('station by its road', 'west ham lane police desk hrs', [STRATFORD, WEEKDAYS]),
  teams('station by its road', 'shepherds bush road police open sunday?', [HAMMERSMITH, WEEKENDS]),

  // Two questions in one.
  ask('two questions in one', 'what time does Acton police station open tomorrow and close on sunday', [ACTON, at(9), at(19)]),
  ask('two questions in one', 'is Romford open now and where exactly is it', [ROMFORD, OPEN, /Main Road|RM1 3BJ/i]),
  ask('two questions in one', 'nearest police to NW9 4 and is it open on sunday', [COLINDALE, WEEKENDS]),
  ask('two questions in one', 'is Mitcham still open and if not which is nearest for CR4', [CLOSED, anyOf(CROYDON, SUTTON)]),
  ask('two questions in one', 'hours of Tottenham and Edmonton police stations', [TOTTENHAM, EDMONTON, WEEKDAYS]),
  ask('two questions in one', 'Is Lewisham open 24 hours and is Brixton?', [LEWISHAM, OPEN_24, BRIXTON]),
  ask('two questions in one', 'whats the address of Hayes police station and its saturday hours', [/Uxbridge Road|UB4 8HU/i, WEEKENDS]),
  ask('two questions in one', 'when did Kensington police counter close and where do I go now from SW5 0', [CLOSED_FEB_2026, HAMMERSMITH]),
  ask('two questions in one', 'open now? Kingston and Sutton police', [KINGSTON, SUTTON, OPEN]),
  ask('two questions in one', 'nearest police to SW11 4 and nearest 24 hour one', [LAVENDER_HILL, CHARING_CROSS]), // lavender-hill 1.3/brixton 3.5; 24h charing-cross 4.4/lewisham 10.5
  ask('two questions in one', 'which police station is 24/7 in south London and how do I get there from SE13', [LEWISHAM, OPEN_24]),
  teams('two questions in one', 'brixton hrs + address', [BRIXTON, WEEKDAYS, /Brixton Road|SW9 7DD/i]),
  teams('two questions in one', 'croydon open sat? and sun?', [CROYDON, WEEKENDS]),

  // Addresses.
  ask('address', 'postcode for Edmonton police station', [/N9 0PW/i]),
  ask('address', 'what street is Plumstead police station on', [/Plumstead High Street|SE18 1JY/i]),
  ask('address', 'Kingston police station street address', [/High Street|KT1 1LB/i]),
  ask('address', 'where is Stoke Newington police station exactly', [/Stoke Newington High Street|N16 8DS/i]),
  ask('address', 'Ilford police station address please', [/High Road|IG1 1GT/i]),
  ask('address', 'Hounslow police station postcode', [/TW3 1LB/i]),
  ask('address', 'address of Colindale police station', [/Grahame Park Way|NW9 5TW/i]),
  ask('address', 'where is Lavender Hill police station', [/Lavender Hill|SW11 1JX/i]),
  ask('address', 'Acton police station, what road', [/High Street|W3 9BH/i]),
  ask('address', 'Walworth police station address', [/Manor Place|SE17 3BB/i]),
  teams('address', 'tottenham police address', [/High Road|N17 9JA/i]),
  teams('address', 'bexleyheath police postcode', [/DA7 4QS/i]),
];
