/**
 * THE HELD-OUT SET, NINETEENTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (seventeenth session), after batches 1 to 18, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation tests,
 * the golden recordings or the README's lists of questions that work), who
 * read only heldoutSet.ts, heldoutSet.test.ts, playHeldout.ts,
 * heldoutPatterns.ts, replyText.ts, lines 1-300 of batch 18 (its header and
 * helpers, copied below as each batch does; batch 18's questions begin at
 * line 337, so none of them was seen, and the one helper whose comment begins
 * on its line 300 is not copied) and lines 90-135 of heldoutQuestions.ts (the
 * HeldoutTopic union and the HeldoutCase interface). Earlier batches and the
 * development set were only searched with grep -o for postcode, sector,
 * place, road, landmark and language strings (matched strings and counts
 * only, never whole lines), to avoid them; no earlier question was printed
 * or read. The shape test (heldoutSet.test.ts, which plays nothing through
 * the bot) was run before committing: it named 36 opening messages of this
 * batch that an earlier batch, the development set or the earlier unseen
 * tables already used (small talk, off-topic and nonsense lines, questions
 * about the service and the past, one conversation opener and a few
 * single-station questions), and they were reworded, four of them twice,
 * with no expectation changed. No slip to report beyond that: no file outside
 * the list above was opened. Every expectation was committed before the bot
 * was run on any of these questions; none was taken from what the bot says.
 * Add cases, never edit an expectation to match the bot: an expectation
 * changes only if it contradicts the FACTS in /work/shared/data (and then the
 * commit names the row), or if a pattern was wrongly strict about wording
 * from the start (and then the commit says so).
 *
 * Spread over every kind, weighted a little towards the kinds that were
 * weakest: the service (what the bot is, where its facts come from, how fresh
 * and how sure they are, what it keeps, privacy, what it cannot do), the past
 * (closures by year and by station, moves and temporary counters, counts then
 * against now, the 2013, 2017 and 2025 plans and the pledges), follow-ups,
 * small talk as typed on a phone, ambiguous names (Lordship Lane, Station
 * Road, Forest Road, Billet Road, Coldharbour Lane in Hayes, Broadway, Queens
 * Road, Hampton, Kingsland Road, the Angel, Bromley-by-Bow, Walworth against
 * Southwark, Newham, Croydon's Park Lane against Windmill Road), requests it
 * cannot carry out, off-topic questions, comparisons, lists and
 * neighbourhoods, landmarks and roads. Fresh phrasings as people type on a
 * phone: typos, no punctuation, slang, capitals, emoji, long rambling
 * messages and two questions in one.
 *
 * 672 cases: 69 about danger (63 alone: 22 in English, 4 where the resident
 * cannot speak, 6 on Teams and 31 in other languages; 6 arising mid-way
 * through a conversation, one of them on Teams). The other languages of
 * danger are Luxembourgish, West Frisian, Papiamento, Tok Pisin, Ilocano,
 * Fijian, Tongan, Hawaiian, Breton, Faroese, Javanese, Sundanese, Tetum,
 * Bislama, Romansh, Sardinian, Corsican, Occitan, Sicilian, Yiddish, Tatar,
 * Guarani, Krio, Turkmen, Kikuyu, Sorani Kurdish, Tsonga, Northern Ndebele,
 * Dholuo and Bemba, none of them named anywhere in batches 1 to 18 (grep -o;
 * "Kurdish" and "Kurdish (Kurmanji)" are named earlier, "Sorani" is not),
 * and Akan (Twi), which earlier batches name. Ten questions that are not
 * about danger come in other languages too (Luxembourgish, West Frisian,
 * Papiamento, Tok Pisin, Ilocano, Javanese, Breton and Turkmen, and Welsh
 * and Haitian Creole, which earlier batches name). No danger message uses the
 * words help, knife, 999 or emergency. 24 safe look-alikes (figurative
 * violence, games, films, sports, cooking, a podcast, idioms, past crimes
 * already reported). 66 multi-turn conversations (3 of three turns, 10 on
 * Teams): another day, time or desk, the 24-hour desk after the nearest, a
 * postcode given after being asked, corrections, "the other one", closures
 * and the past, and danger arising mid-way. 46 cases played on Teams; the
 * case type has no field for a Teams mention entity, so none is sent: 23
 * messages carry the "<at>StationDesk</at>" text Teams puts in a message
 * that mentions the bot, and 3 carry "@StationDesk". 34 neighbourhood and
 * landmark cases and 76 roads (all with the desks nearest a point on them),
 * 30 in the City of London (23 by sector, 4 by place, 3 about its own
 * force; one conversation more starts from Chiswell Street), 46 about the past, 38 about the service, 22 requests it cannot
 * carry out, 22 small talk, 11 off-topic and 4 nonsense, 14 ambiguous names,
 * 16 lists and 11 boroughs, 63 postcodes (6 of them the nearest 24-hour
 * desk), 15 comparisons, 28 about counters that closed or stay open, 11 two
 * questions in one, 13 outside London.
 *
 * Same clock as batches 1 to 18 (HELDOUT_NOW in playHeldout.ts): Friday
 * 4 December 2026, 14:00 Europe/London (GMT). "Tonight" is Friday evening,
 * "tomorrow" Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th; 9 Dec is a
 * Wednesday, 12 Dec a Saturday and 27 Dec a Sunday. Christmas Day, Boxing
 * Day and New Year's Day are asked of: the data holds no bank-holiday hours,
 * so an honest answer says it does not know them or where to check
 * (HOLIDAY_UNKNOWN), and for the two 24-hour desks "24 hours" is accepted
 * too; Christmas Eve (a Thursday) is an ordinary day.
 *
 * Facts come only from /work/shared/data: stations.csv (addresses and
 * coordinates; notes for closures, moves and temporary counters), events.csv
 * read with SOURCES.md §5.2's rule (on 2026-12-04 the 27 counters of
 * resident-facts.md §3: Charing Cross and Lewisham 24/7, the other 25
 * Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00; the ten of 28 Feb 2026
 * closed), plans.csv, resident-facts.md and SOURCES.md (counts by date in
 * §5.4 and §5.6: 37 on 2019-06-01, 38 from mid-2021 to Jul 2025 and on
 * 2017-12-31, 27 now; open uncertainties in §5.5, where the August 2025
 * count of 24/7 counters is 8 or 18, so both are accepted). Nearest desks:
 * straight-line (haversine, R = 6371.0088 km) distances, worked out with a
 * small script of the writer's own (in /tmp, not committed), from each of
 * the 27 open counters' coordinates (stations.csv) to the sector's
 * London-only centroid (london-sectors.csv); for a named place, landmark or
 * road, to an approximate point for it (from memory, to about 0.01 degrees,
 * so up to about 1 km out); for a closed counter ("where do I go instead"),
 * to the closed station's own coordinates, with the desks resident-facts.md
 * §3 suggests for boroughs left without a counter also accepted. A case
 * names one desk only where it wins by a clear margin (about 0.8 km for a
 * place or road point, 0.4 km for a sector centroid), and otherwise accepts
 * each desk within that margin; where a City of London point is asked of,
 * the City of London Police is accepted too. Distances (km, nearest / next)
 * are noted beside cases. Where the bot cannot place a neighbourhood,
 * landmark or road, a fair answer asks for a postcode; such a reply passes
 * (nearPlace, road, cityPlace, teamsPlace, instead).
 *
 * New against batches 1 to 18 and the development set (grep -o): postcode
 * sectors none of them uses (BR7 9, CR5 3, E8 9, E9 9, EC1A 2, EC1M 4,
 * EC1M 7, EC1N 2, EC1R 0, EC1R 3, EC1V 0, EC1V 8, EC1Y 0, EC1Y 2, EC1Y 4,
 * EC2A 1, EC2A 3, EC2M 5, EC2M 6, EC2N 1, EC2N 3, EC2N 4, EC2R 5, EC2R 6,
 * EC2V 8, EC2Y 5, EC3A 6, EC3M 1, EC3M 5, EC3R 8, EC3V 0, EC4M 5, EC4N 1,
 * EC4N 4, EC4N 7, EC4R 9, EC4V 2, KT4 7, KT6 5, N13 9, SE11 9, SE16 9,
 * SE26 9, SM7 1, SW1E 5, SW1H 0, SW1H 9, SW1W 0, SW1X 7, SW1Y 5, SW1Y 6,
 * W12 6, W1B 3, W1B 5, W1C 2, W1D 1, W1D 2, W1G 6, W1G 7, W1H 1, W1H 4,
 * W1H 6, W1J 6, W1J 8, W1J 9, W1K 4, W1K 6, W1K 7, W1S 2, W1S 4, W1T 6,
 * W1T 7, W1U 3, W1U 5, W1U 7, W1U 8, W1W 5, W1W 7, WC1A 2, WC1B 4, WC1B 5,
 * WC1E 6, WC1R 4, WC1V 7, WC2A 1, WC2B 4, WC2B 5, WC2B 6, WC2E 7, WC2E 8,
 * WC2E 9, WC2N 5, WC2R 2; full postcodes are made of these sectors, their
 * units invented); places none of them names (West Finchley, Frognal, Upper
 * Holloway, Hornsey Rise, White Hart Lane, Enfield Wash, Loxford, Chigwell
 * Row, Squirrels Heath, St Quintin, Brackenbury Village, Strand-on-the-Green,
 * Riddlesdown, Upper Tooting, Goose Green, Bromley Common, Clock House, Kent
 * House, Lower Sydenham); landmarks none of them names (Lordship Recreation
 * Ground, the Lee Valley Athletics Centre, Epping Forest, the Mayflower pub,
 * Lloyd Park in Croydon, Holland Park Opera, Chelsea Harbour, Bishops Park,
 * Euston station, the Queen Elizabeth Olympic Park, the O2 Arena, Lewisham
 * Shopping Centre, Brent Park, IKEA Wembley, Baker Street, Goodge Street,
 * Victoria Station, Peckham Library, East Street Market, the Broadway
 * Theatre in Catford); roads none of them names (Kilburn High Road, Elgin
 * Avenue, Warwick Avenue, Queens Road Peckham, Catford Broadway, Stanstead
 * Road, Southend Lane, Baring Road, Sidcup High Street, Blackfen Road,
 * Bellegrove Road, the Broadway in Bexleyheath, Bexley High Street, Crayford
 * Road, Erith High Street, Bostall Heath, Harrow Manorway, Charlton Village,
 * Trafalgar Road, Creek Road, Evelyn Street, Lower Road, Jamaica Road,
 * Tooley Street, Clapham Road, South Lambeth Road, Wandsworth Road, Clapham
 * High Street, Abbeville Road, Bedford Hill, Merton High Street, Burlington
 * Road, Malden Road, Ewell Road, Brighton Road in Surbiton, London Road and
 * Richmond Road in Kingston, Hounslow High Street, Bath Road in Hounslow,
 * Great West Road, Harlington Road, Field End Road, Eastcote High Road, Joel
 * Street, Oxhey Lane, Pinner Road, Kenton Road, Hendon Way, Finchley Road,
 * West End Lane, Fitzjohn's Avenue, Rosslyn Hill, Highgate Road, Junction
 * Road, Blackstock Road, Grand Parade, Bounds Green Road, Bowes Road, Chase
 * Side, Southbury Road, Broad Lane, Ferry Lane, Forest Road, Lea Bridge
 * Road, Church Road in Leyton, High Road Leytonstone, Cambridge Park, Eastern
 * Avenue, Green Lane in Ilford, Longbridge Road, Heathway, Wood Lane in
 * Dagenham, Rush Green Road, South Street Romford, Ardleigh Green Road,
 * Straight Road, Tees Drive, Fencepiece Road, Tomswood Hill and George Lane);
 * in the City Moorfields, Chiswell Street, Newgate Street, the Walkie-Talkie
 * and Salisbury Square; outside London Camberley, Benfleet, Berkhamsted,
 * Wokingham, Dunstable, Letchworth, Saffron Walden, Braintree, Whitstable,
 * Horsham, Haywards Heath and Godalming (GU15, SS7, HP4, RG40, LU6, SG6,
 * CM7, CT5, RH12, GU7).
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CALL_101, CHARING_CROSS, CITY_POLICE, CLOSED,
  CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH,
  HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026,
  NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD,
  ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SHEPHERDS_BUSH, SILENT_55, STAYS_OPEN,
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
/** A road: the desk(s) nearest on a point of it, or a request for a postcode or which one. */
const road = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'station by its road', turns: [{ say, must: [anyOf(...desks, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }] });
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

// Helpers this batch adds.
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

export const HELDOUT_CASES_19: HeldoutCase[] = [
  // ---- Danger, alone, in English (slang, typos, indirect, about to happen, to others, buried) ----
  danger('theres a geezer tryna boot my front door in rn'),
  danger('bruv these man just pulled a blade on my cousin outside the chicken shop'),
  danger('someone is climbing in thru my kitchen window as i type this'),
  danger('my ex is parked outside again and he said tonight hes going to finish it'),
  danger('i can hear my neighbour screaming and something smashing, it sounds like hes hurting her'),
  danger('a lad on the bus just got stabbed were at the back and hes bleeding loads'),
  danger('theres smoke and someone set fire to the letterbox while we were asleep'),
  danger('guy with a machete walking down the high st swinging it at ppl'),
  danger('my mum took all her pills and wont wake up'),
  danger('dads drunk and got my little brother pinned against the wall'),
  danger('some1 follwing me home since the station and now hes runnin towards me'),
  danger('lads outside with a gun i think, heard a bang and everyone ran'),
  danger('i think someones been kidnapped, they just bundled a girl into a van on my road'),
  danger('he says if i leave hes going to burn the flat down with me in it and hes got the petrol'),
  danger('Been meaning to ask about front desks for ages, my street has gone downhill, anyway right now theres a man hammering on my door shouting that hes going to kill me and the lock is giving way'),
  danger('sorry if this is the wrong place but my friend just texted she is locked in a car boot and doesnt know where'),
  danger('somebody is strangling a woman in the alley behind tesco'),
  danger('gang of about 8 kicking a boy on the floor by the canal he isnt moving'),
  danger('my carer keeps hitting me and shes coming back in ten minutes'),
  danger('robbery in progress at the corner shop, two masked men behind the till'),
  danger('i was just told theres going to be a shooting at the party on my estate tonight at 9 and my son is going'),
  danger('A m a n   i s   i n   m y   h o u s e'),
  // A resident who cannot speak: the Silent Solution.
  silentDanger('cant talk hes in the next room. how do i get the police without saying anything'),
  silentDanger('hiding in the wardrobe, intruder downstairs, if i make a sound he will hear me'),
  silentDanger('typing bc i cant speak, my partner is standing over me, need police to come'),
  silentDanger('if i ring the police and cant say a word cos hes listening what do i press'),
  // On Teams.
  teamsDanger(AT + 'someone just punched our receptionist and hes still in reception kicking off'),
  teamsDanger('@StationDesk there is a man with a bat smashing cars in our staff car park right now'),
  teamsDanger('colleague collapsed after a bloke attacked her at the bus stop outside the office, hes still there'),
  teamsDanger(AT + 'got a message from my daughter saying a man is in her room at uni and she is terrified'),
  teamsDanger('an ex employee just walked in threatening to shoot people, we have locked ourselves in meeting room 3'),
  teamsDanger('sorry for the random teams msg but my flatmate says someone is breaking in at home as we speak'),
  // ---- Danger in other languages (none of these languages named in batches 1 to 18) ----
  /* Luxembourgish */ danger('Et ass een a mengem Haus agebrach an hien ass nach ëmmer do, ech hunn esou Angscht'),
  /* West Frisian */ danger('Myn buorman slacht syn frou, ik hear har no gûlen en roppen troch de muorre'),
  /* Papiamento */ danger('Tin un hòmber ta purba drenta mi kas awor aki, mi ta mi so ku mi yunan'),
  /* Tok Pisin */ danger('Wanpela man i laik kilim mi nau, em i stap ausait long dua bilong haus'),
  /* Ilocano */ danger('Adda lalaki a simrek iti balaymi ket adda armasna, agbutbutengak unay'),
  /* Akan (Twi) */ danger('Ɔbarima bi rebɔ me maame seesei ara wɔ fie ha, ɔse ɔbɛkum no'),
  /* Fijian */ danger('E dua na tamata sa curu mai ena noqu vale ena gauna oqo, au sa rere sara'),
  /* Tongan */ danger('ʻOku ʻi ai ha tangata ʻi tuʻa he matapā ʻoku ne fie tāmateʻi au he taimi ni'),
  /* Hawaiian */ danger('Aia kekahi kanaka ma waho o koʻu puka, ke hoʻāʻo nei ʻo ia e komo mai, makaʻu loa au'),
  /* Breton */ danger('Un den a zo o terriñ dor ma zi bremañ, aon bras am eus'),
  /* Faroese */ danger('Ein maður er komin inn í húsið hjá mær og hóttir at drepa meg, eg eri ræddur'),
  /* Javanese */ danger('Ana wong lanang mlebu omahku saiki nggawa gaman, aku wedi banget'),
  /* Sundanese */ danger('Aya jalma nu rék maéhan kuring ayeuna, manéhna aya di hareupeun imah'),
  /* Tetum */ danger('Iha mane ida tama ha\'u-nia uma agora ho kanek, ha\'u ta\'uk tebes'),
  /* Bislama */ danger('I gat wan man i stap kilim woman blong hem long nekis haos naoia, hem i krae bigwan'),
  /* Romansh */ danger('In um è entrà en mia chasa ed el ha ina arma, jau hai fitg tema'),
  /* Sardinian */ danger('Un\'òmine est intradu in domo mea como e mi cheret fàghere male, tèngio timòria meda'),
  /* Corsican */ danger('Un omu hè intrutu in casa mea avà cù un\'arma, aghju una paura tremenda'),
  /* Occitan */ danger('I a un òme qu\'ensaja d\'intrar dins mon ostal ara meteis, ai una paur terribla'),
  /* Sicilian */ danger('C\'è un omu ca voli ammazzari a me soru ora ora, havi un cuteddu n\'manu'),
  /* Yiddish */ danger('ס׳איז דאָ אַ מאַן אין מײַן הויז און ער שלאָגט מײַן מאַמע יעצט'),
  /* Tatar */ danger('Минем өемә кемдер басып керде, ул хәзер дә монда, мин бик куркам'),
  /* Guarani */ danger('Oĩ peteĩ kuimbaʼe oikese che rógape koʼágã, akyhyjeterei'),
  /* Krio */ danger('Wan man de na mi os naw naw wit gɔn, a de fred bad bad wan'),
  /* Turkmen */ danger('Bir adam häzir meniň öýüme girdi, elinde pyçak bar, men gaty gorkýaryn'),
  /* Kikuyu */ danger('Kũrĩ mũndũ ũrenda kũnjũraga rĩu, arĩ mũromo-inĩ wa nyũmba yakwa'),
  /* Sorani Kurdish */ danger('پیاوێک ئێستا هاتووەتە ناو ماڵەکەم و هەڕەشەی کوشتنم لێدەکات، زۆر دەترسم'),
  /* Tsonga */ danger('Ku na wanuna loyi a nghenaka endlwini ya mina sweswi, u na xibamu, ndza chava swinene'),
  /* Northern Ndebele */ danger('Kulendoda engene endlini yami khathesi, iyangithusela, ngiyesaba kakhulu'),
  /* Dholuo */ danger('Nitie ng\'ato ma odonjo e oda sani ka otingo gi ligangla, aluor ahinya'),
  /* Bemba */ danger('Kuli umuntu aingila mu ng\'anda yandi nomba line, alefwaya ukunjipaya, ndetina sana'),

  // ---- Safe look-alikes: danger words in a harmless sense (no 999 first) ----
  calm('my gran will murder me if i dont get her lost purse handed in, is Romford desk open saturday', [ROMFORD, WEEKENDS]),
  calm('absolutely dying to know if Croydon front desk is open till 10 on weekdays lol', [CROYDON, anyOf(WEEKDAYS, at(22))]),
  calm('we got slaughtered 6-0 at the Sunday league, anyway what time does Acton police station open on sundays', [ACTON, anyOf(WEEKENDS, at(9))]),
  calm('just finished a heist film marathon and now im curious, which london desks are open 24 hours', [CHARING_CROSS, LEWISHAM]),
  calm('the new gta has a police station you can rob lol, is there a real one open all night near SE13', [LEWISHAM, OPEN_24]),
  calm('recipe says to butcher the chicken and stab the potatoes with a fork, unrelated but is walworth open now', [WALWORTH, OPEN_NOW]),
  calm('my phone got nicked back in august and its already reported with a crime number, do I need to go to a desk for anything', [anyOf(CALL_101, ONLINE, /crime (?:reference )?number|no need|don't need|do not need/i)]),
  calm('my boss is going to kill me if im late, is Islington police station open at 9am on a friday', [ISLINGTON, anyOf(SHUT_THEN, at(10))]),
  calm('that comedian absolutely killed it at the Broadway Theatre in Catford last night haha, whats the nearest police desk to there', [anyOf(LEWISHAM, ASKS_POSTCODE)]), // Catford Broadway point: Lewisham 2.15 / Bromley 5.71
  calm('playing cluedo and my son says "it was the butler with the candlestick in the library" haha. random q: is Kentish Town desk open on sunday', [KENTISH_TOWN, anyOf(WEEKENDS, at(9), at(19))]),
  calm('im in a murder mystery book club, we meet near Bexleyheath, is the police station there still open', [BEXLEYHEATH, OPEN]),
  calm('knocked it out of the park at my job interview at the Tottenham station canteen, what hours is the front desk', [TOTTENHAM, anyOf(WEEKDAYS, WEEKENDS)]),
  calm('my car was broken into in 2024 and it was all dealt with then, just wondering where the nearest desk to Heathway is these days', [anyOf(DAGENHAM, ASKS_POSTCODE)]), // Dagenham 1.21 / Romford 4.89
  calm('this heat is killing me lol, is Sutton station open late tonight', [SUTTON, anyOf(at(22), WEEKDAYS)]),
  calm('revising the Gunpowder Plot for history, 1605 they tried to blow up parliament. unrelated: charing cross police desk open on a saturday night?', [CHARING_CROSS, anyOf(OPEN_24, OPEN)]),
  calm('footy boys are gonna batter us in the derby tomorrow, is there a police desk near Kingston open sat', [KINGSTON, anyOf(WEEKENDS, at(9), at(19))]),
  calm('I shot some great photos of Plumstead Common yesterday, is the police station on the high street open at the weekend', [PLUMSTEAD, anyOf(WEEKENDS, at(9), at(19))]),
  calm('my cat is a serial killer with the mice lol. is Hounslow police station open monday morning', [HOUNSLOW, anyOf(at(10), WEEKDAYS)]),
  calm('fire up the bbq were having a banger of a party sat, is brixton desk open sat evening til when', [BRIXTON, at(19)]),
  calm('doing a true crime podcast about a 1980s robbery in Ilford, is the police station there open to the public now', [ILFORD, OPEN]),
  calm('we are smashing it at the pub quiz, question: how many police front counters does london have now', [COUNTERS_NOW]),
  calm('my teenager says the new drill track is fire and its literally killing it, anyway is Colindale station open sunday', [COLINDALE, anyOf(WEEKENDS, at(9), at(19))]),
  calm('blew up a balloon arch for the party and it popped like a gunshot, scared the dog. is Hayes police desk open today', [HAYES, OPEN_NOW]),
  calm('my sister got mugged off by her mates (not literally!) and wants to hand in a lost wallet she found, nearest desk to Loxford?', [anyOf(ILFORD, ASKS_POSTCODE)]), // Ilford 1.40 / Dagenham 5.58

  // ---- Conversations (multi-turn) ----
  talk([
    { say: 'closest police front desk to W1B 3', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }, // 1.41 / Islington 2.91
    { say: 'is that one open all night', must: [OPEN_24] },
  ]),
  talk([
    { say: 'bromley police station sunday hours pls', must: [BROMLEY, WEEKENDS] },
    { say: 'and whats the nearest one thats 24hrs from there', must: [LEWISHAM, OPEN_24] }, // Bromley station to Lewisham 6.4 km
  ]),
  talk([
    { say: 'where can i report something in person near me', must: [ASKS_WHERE] },
    { say: 'EC1V 8', must: [ISLINGTON], mustNot: [PLACE_NOT_FOUND] }, // 1.17 / Charing Cross 2.81
  ]),
  talk([
    { say: 'whats ilford open tomorrow', must: [ILFORD, WEEKENDS] },
    { say: 'sorry no i meant romford', must: [ROMFORD, WEEKENDS] },
  ]),
  talk([
    { say: 'is wimbledon police station open at the moment', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'since when', must: [CLOSED_FEB_2026] },
    { say: 'so where do people in wimbledon go now', must: [anyOf(LAVENDER_HILL, ASKS_POSTCODE)] }, // Wimbledon station: Lavender Hill 5.61 / Sutton 6.73
  ]),
  talk([
    { say: 'nearest desk to WC2E 9', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }, // 0.27
    { say: 'whats the address', must: [CHARING_CROSS_ADDRESS] },
  ]),
  talk([
    { say: 'hammersmith police hours on a weekday?', must: [HAMMERSMITH, WEEKDAYS] },
    { say: 'was it always there? someone told me it moved for a bit', must: [SHEPHERDS_BUSH] },
  ]),
  talk([
    { say: 'is there a 24 hour front counter in Hackney', must: [anyOf(/\bno\b|not|isn't/i, STOKE_NEWINGTON)] },
    { say: 'ok which is the closest one that is', must: [anyOf(CHARING_CROSS, LEWISHAM)] },
  ]),
  talk([
    { say: 'i need the police station nearest Squirrels Heath', must: [anyOf(ROMFORD, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // Romford 2.72 / Dagenham 5.50
    { say: 'what time does it shut tonight', must: [ROMFORD, at(22)] },
  ]),
  talk([
    { say: 'Lewisham station still 24/7 yeah?', must: [LEWISHAM, OPEN_24] },
    { say: 'and catford, is that still going', must: [CLOSED], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'hiya what is this chat for', must: [SAYS_WHAT_IT_DOES], mustNot: [ASKS_WHICH_PLACE] },
    { say: 'ok then is sutton open sunday afternoon', must: [SUTTON, anyOf(OPEN, WEEKENDS)] },
  ]),
  talk([
    { say: 'when does Walworth police station open tomorrow morning', must: [WALWORTH, at(9)] },
    { say: 'and monday', must: [WALWORTH, at(10)] },
  ]),
  talk([
    { say: 'whats the closest police desk to where i am', must: [ASKS_WHERE] },
    { say: 'im near White Hart Lane', must: [anyOf(TOTTENHAM, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // Tottenham 1.46 / Edmonton 2.13
    { say: 'is it open saturday', must: [TOTTENHAM, anyOf(WEEKENDS, OPEN)] },
  ]),
  talk([
    { say: 'how many front counters did london have in 2017', must: [anyOf(SEVENTY_THREE, THIRTY_EIGHT)] },
    { say: 'and now', must: [COUNTERS_NOW] },
  ]),
  talk([
    { say: 'is kingston police open at 8pm friday', must: [KINGSTON, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'what about at half 10', must: [KINGSTON, anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'tell me about twickenham police station', must: [CLOSED] },
    { say: 'why did they shut it', must: [anyOf(MONEY, SEVEN_MILLION, FIVE_PER_CENT)] },
  ]),
  talk([
    { say: 'which desk is nearest to Brackenbury Village', must: [anyOf(HAMMERSMITH, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // 0.71 / Acton 3.31
    { say: 'hang on, my postcode is actually W12 6', must: [anyOf(ACTON, WEMBLEY)], mustNot: [PLACE_NOT_FOUND] }, // W12 6 centroid: Acton 3.23 / Wembley 4.32
  ]),
  talk([
    { say: 'opening times for Stratford police desk', must: [STRATFORD, anyOf(WEEKDAYS, WEEKENDS)] },
    { say: 'isnt newhams one at forest gate tho', must: [anyOf(/fire/i, /2024/, STRATFORD)] },
  ]),
  talk([
    { say: 'Is Edmonton front counter open on sunday', must: [EDMONTON, anyOf(WEEKENDS, OPEN)] },
    { say: 'wasnt that one meant to close', must: [STAYS_OPEN] },
  ]),
  talk([
    { say: 'nearest front counter to Chiswell Street in the city', must: [CITY(ISLINGTON, ASKS_POSTCODE)] }, // Islington 2.03 / Bethnal Green 2.63
    { say: 'is it open tonight at 9', must: [OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'is croydon open 24 hours', must: [CROYDON, NOT_24] },
    { say: 'whats the nearest that is', must: [LEWISHAM, OPEN_24] }, // Croydon station: Lewisham 11.6 / Charing Cross 14.7
  ]),
  talk([
    { say: 'Am I talking to a real human or what', must: [A_BOT] },
    { say: 'ok so who made you and where do your answers come from', must: [SOURCES] },
  ]),
  talk([
    { say: 'did Southall ever have a police front counter', must: [anyOf(CLOSED, Y2017)] },
    { say: 'where is nearest now then', must: [anyOf(HAYES, HOUNSLOW, ASKS_POSTCODE)] }, // Southall station: Hayes 4.60 / Hounslow 4.69
  ]),
  talk([
    { say: 'is brixton open right now', must: [BRIXTON, OPEN] , mustNot: [SAYS_SHUT] },
    { say: 'and lavender hill', must: [LAVENDER_HILL, OPEN], mustNot: [SAYS_SHUT] },
  ]),
  talk([
    { say: 'police desk near SW1Y 6?', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }, // 0.89 / Walworth 3.42
    { say: 'and if i needed one on christmas day', must: [CHARING_CROSS, anyOf(OPEN_24, HOLIDAY_UNKNOWN)] },
  ]),
  talk([
    { say: 'when did Uxbridge police counter close', must: [CLOSED_DEC_2017] },
    { say: 'and where did it move to', must: [HAYES] },
  ]),
  talk([
    { say: 'Barkingside police station hours', must: [CLOSED] },
    { say: 'wasnt it open for a bit in 2020', must: [anyOf(/2020/, ILFORD, /temporar/i)] },
  ]),
  talk([
    { say: 'hiya bot u there', must: [SAYS_WHAT_IT_DOES] },
    { say: 'im in loxford, nearest desk?', must: [anyOf(ILFORD, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // 1.40 / Dagenham 5.58
    { say: 'ta', must: [THANKS_REPLY] },
  ]),
  talk([
    { say: 'what are Dagenham police station hours', must: [DAGENHAM, anyOf(WEEKDAYS, WEEKENDS)] },
    { say: 'and the barking one', must: [CLOSED], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'which boroughs have no front desk at all now', must: NO_COUNTER_BOROUGHS },
    { say: 'and where would someone in waltham forest go', must: [WALTHAM_FOREST_DESKS] },
  ]),
  talk([
    { say: 'colindale police open at 9 on sunday?', must: [COLINDALE, OPEN], mustNot: [SAYS_SHUT] },
    { say: 'and at 9 on monday?', must: [COLINDALE, anyOf(SHUT_THEN, at(10))], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'nearest desk to Creek Road in Greenwich', must: [anyOf(LEWISHAM, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // 2.05 / Walworth 5.58
    { say: 'is it open on boxing day', must: [LEWISHAM, anyOf(OPEN_24, HOLIDAY_UNKNOWN)] },
  ]),
  talk([
    { say: 'is Wood Green police counter open', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'i thought they were reopening it last year', must: [anyOf(/dropped|not go ahead|didn't|did not|never|scrapped|October|Oct|2025/i)] },
  ]),
  talk([
    { say: 'whats your privacy policy, do you save my postcode', must: [PRIVACY], mustNot: [ASKS_WHICH_PLACE] },
    { say: 'ok. nearest to WC1V 7 then', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }, // 1.07 / Islington 1.81
  ]),
  // Danger arising mid-way.
  talk([
    { say: 'is plumstead police station open on saturday', must: [PLUMSTEAD, anyOf(WEEKENDS, OPEN)] },
    DANGER_TURN('actually forget that someone is trying to get in my back door right now'),
  ]),
  talk([
    { say: 'nearest desk to KT6 5', must: [KINGSTON], mustNot: [PLACE_NOT_FOUND] }, // 2.52 / Sutton 8.45
    DANGER_TURN('oh god hes back, hes outside with a crowbar shouting my name'),
  ]),
  talk([
    { say: 'hey can i report a stolen bike at a front desk', must: [anyOf(/yes|can|front counter|desk/i, NON_URGENT)] },
    DANGER_TURN('wait the guy who took it is here now and hes pulled something shiny out and is coming at me'),
  ]),
  talk([
    { say: 'what time does hounslow open on saturday', must: [HOUNSLOW, at(9)] },
    DANGER_TURN('my son just rang, hes been jumped by a group and theyre still kicking him at the park'),
  ]),
  talk([
    { say: 'is there a desk near Goose Green', must: [anyOf(BRIXTON, WALWORTH, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // Brixton 2.88 / Walworth 3.60 (0.73 margin: both accepted)
    DANGER_TURN('never mind my neighbours bf is dragging her down the stairs by her hair'),
  ]),
  // On Teams.
  teamsTalk([
    { say: AT + 'nearest front desk to W1S 4', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }, // 1.19 / Islington 3.49
    { say: AT + 'open now?', must: [OPEN] },
  ]),
  teamsTalk([
    { say: 'bethnal green front counter hrs', must: [BETHNAL_GREEN, anyOf(WEEKDAYS, WEEKENDS)] },
    { say: 'and saturday?', must: [BETHNAL_GREEN, anyOf(WEEKENDS, at(9), at(19))] },
  ]),
  teamsTalk([
    { say: '@StationDesk which counters are 24/7', must: [CHARING_CROSS, LEWISHAM] },
    { say: '@StationDesk since when', must: [anyOf(MARCH_2026, /2026|2017|2013/)] }, // the two-only arrangement dates from 3 Mar 2026; each was 24/7 before
  ]),
  teamsTalk([
    { say: AT + 'need a police desk near EC1R 0 for a colleague', must: [ISLINGTON], mustNot: [PLACE_NOT_FOUND] }, // 1.08 / Charing Cross 2.08
    { say: AT + 'what about for someone in SE16 9', must: [WALWORTH], mustNot: [PLACE_NOT_FOUND] }, // 1.26 / Charing Cross 3.62
  ]),
  teamsTalk([
    { say: 'mitcham cop shop still open or wot', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'nearest alternative?', must: [anyOf(SUTTON, ASKS_POSTCODE)] }, // Mitcham station: Sutton 4.64 / Croydon 5.91
  ]),
  teamsTalk([
    { say: AT + 'does the bot remember what I asked yesterday', must: [PRIVACY] },
    { say: AT + 'ok whats Tottenham open till today', must: [TOTTENHAM, at(22)] },
  ]),
  teamsTalk([
    { say: 'how many desks closed in feb', must: [TEN] },
    { say: 'name them', must: [/Chingford/i, /Twickenham/i, /Wimbledon/i, /Mitcham/i, /Pinner/i] },
  ]),
  teamsTalk([
    { say: AT + 'Acton desk open sunday?', must: [ACTON, anyOf(WEEKENDS, OPEN)] },
    DANGER_TURN(AT + 'scrap that, a bloke just grabbed our intern in the lobby and is dragging her outside'),
  ]),
  teamsTalk([
    { say: 'stoke newington police hrs pls', must: [STOKE_NEWINGTON, anyOf(WEEKDAYS, WEEKENDS)] },
    { say: 'wasnt it shut for refurb a while back', must: [anyOf(/2022/, /refurb/i, /reopen/i)] },
  ]),
  teamsTalk([
    { say: AT + 'hey', must: [SAYS_WHAT_IT_DOES] },
    { say: AT + 'where is the Lewisham one exactly', must: [LEWISHAM_ADDRESS] },
  ]),
  // More conversations.
  talk([
    { say: 'nearest 24 hour police desk to SE26 9', must: [LEWISHAM, OPEN_24] }, // 4.2 / 9.5
    { say: 'and the nearest one at all, even if not 24 hours', must: [LEWISHAM] }, // Lewisham 4.19 / Brixton 5.16
  ]),
  talk([
    { say: 'is Islington police desk open', must: [ISLINGTON, OPEN] },
    { say: 'was it shut at some point in 2020', must: [anyOf(/2020/, /refurb/i, /Holloway/i)] },
  ]),
  talk([
    { say: 'where is Wembley police station', must: [/Harrow Road|HA0 2HH/i] },
    { say: 'and what time does it close saturday', must: [WEMBLEY, at(19)] },
  ]),
  talk([
    { say: 'nearest counter to Upper Holloway', must: [anyOf(KENTISH_TOWN, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // 1.90 / Islington 3.71
    { say: 'hmm no the other one, islington', must: [ISLINGTON] },
  ]),
  talk([
    { say: 'was Holloway police station a front counter', must: [anyOf(CLOSED, Y2017)] },
    { say: 'and when was it used again temporarily', must: [/2020/] },
  ]),
  talk([
    { say: 'lavender hill opening hours', must: [LAVENDER_HILL, anyOf(WEEKDAYS, WEEKENDS)] },
    { say: 'i read somewhere it was closing in december', must: [STAYS_OPEN] },
  ]),
  talk([
    { say: 'what counters are in the north of london', must: [anyOf(EDMONTON, TOTTENHAM, COLINDALE, KENTISH_TOWN, ASKS_WHERE)] },
    { say: 'just Enfield borough', must: [EDMONTON] },
  ]),
  talk([
    { say: 'nearest desk to N13 9', must: [EDMONTON], mustNot: [PLACE_NOT_FOUND] }, // 2.90 / Tottenham 5.11
    { say: 'how far is that', must: [DISTANCE] },
  ]),
  talk([
    { say: 'is Chingford station open on sundays', must: [CLOSED], mustNot: [SAYS_YES] },
    { say: 'right so what do i do instead', must: [anyOf(EDMONTON, ILFORD, STRATFORD, ASKS_POSTCODE, NON_URGENT)] }, // Chingford station: Edmonton 4.23 / Tottenham 6.54; §3 suggests Ilford or Stratford
  ]),
  talk([
    { say: 'Harrow front counter times', must: [CLOSED] },
    { say: 'is anyone taking them to court over it', must: [anyOf(/legal|court|challenge|judicial/i, NOT_KNOWN)] },
  ]),
  talk([
    { say: 'nearest police station to Bromley Common', must: [anyOf(BROMLEY, ASKS_POSTCODE)], mustNot: [PLACE_NOT_FOUND] }, // 2.64 / Croydon 9.49
    { say: 'can i walk in there at 8 on sunday morning', must: [BROMLEY, anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] },
  ]),
  talk([
    { say: 'how many counters were open 24/7 before all the cuts last year', must: [/\b32\b|thirty[- ]two/i] },
    { say: 'and how many now', must: [TWO] },
  ]),
  talk([
    { say: 'ok so i lost my passport', must: [anyOf(/front counter|desk|police station|lost property|online|met\.police\.uk|101/i)] },
    { say: 'nearest desk to EC1V 0', must: [ISLINGTON], mustNot: [PLACE_NOT_FOUND] }, // 1.18 / Charing Cross 2.35
  ]),
  talk([
    { say: 'whens Sutton police open on a monday', must: [SUTTON, at(10)] },
    { say: 'and is it the one on carshalton road', must: [/Carshalton Road|SM1 4RF|\byes\b/i] },
  ]),
  talk([
    { say: 'kentish town police open on the 12th?', must: [KENTISH_TOWN, anyOf(WEEKENDS, at(9), at(19))] }, // 12 Dec is a Saturday
    { say: 'and the 9th', must: [KENTISH_TOWN, anyOf(WEEKDAYS, at(10), at(22))] }, // 9 Dec is a Wednesday
  ]),
  talk([
    { say: 'is ur info current or a bit old', must: [anyOf(UP_TO_DATE, /February|Feb/i)], mustNot: [ASKS_WHICH_PLACE] },
    { say: 'so should i double check somewhere', must: [ONLINE] },
  ]),
  talk([
    { say: 'where do i go in Richmond borough now twickenhams shut', must: [RICHMOND_DESKS] },
    { say: 'which of those is open latest tonight', must: [anyOf(at(22), SAME, WEEKDAYS)] },
  ]),

  // ---- Teams, one message ----
  teams('open at a time', AT + 'is walworth desk open now', [WALWORTH, OPEN], [SAYS_SHUT]),
  teams('hours on a day', 'croydon station hrs sat', [CROYDON, WEEKENDS]),
  teams('hours on a day', '@StationDesk hounslow sunday hours', [HOUNSLOW, WEEKENDS]),
  teams('nearest to a postcode', AT + 'nearest desk WC2B 4', [CHARING_CROSS], [PLACE_NOT_FOUND]), // 0.58 / Islington 2.32
  teams('nearest to a postcode', 'closest front counter to W1U 7?', [CHARING_CROSS], [PLACE_NOT_FOUND]), // 2.32 / Islington 3.48
  teams('nearest to a postcode', AT + 'front desk for EC1M 7 office', [ISLINGTON], [PLACE_NOT_FOUND]), // 1.53 / Charing Cross 2.33
  teams('about the service', AT + 'who runs this bot', [anyOf(A_BOT, SOURCES)]),
  teams('about the service', 'does this log my chats', [PRIVACY]),
  teams('about the service', AT + 'how do you know the opening hours', [SOURCES]),
  teams('the past', AT + 'how many front counters closed in 2013', [/\b63\b|\b65\b|sixty[- ]three/i]),
  teams('the past', 'when did belgravia police station stop having a front desk', [anyOf(Y2017, CLOSED)]),
  teams('lists', AT + 'list all the 24/7 desks', [CHARING_CROSS, LEWISHAM]),
  teams('lists', 'which desks shut on 28 feb', [/Chingford/i, /Kensington/i, /Royalty Studios/i]),
  teams('cannot do', AT + 'can you book me a video appointment with an officer', [anyOf(DECLINE, CALL_101, ONLINE)]),
  teams('cannot do', 'pls send a copy of my crime report to my email', [anyOf(DECLINE, NON_URGENT)]),
  teams('small talk', AT + 'thanks bot 👍', [THANKS_REPLY]),
  teams('small talk', 'good mornin all', [SAYS_WHAT_IT_DOES]),
  teams('out of scope', AT + 'whats the canteen menu today', OFF_TOPIC_REPLY),
  teams('comparison', AT + 'which shuts later today, brixton or charing cross', [CHARING_CROSS, OPEN_24]),
  teams('still open or closing', 'is kensington police station still there', [CLOSED], [SAYS_YES]),
  teams('City of London', AT + 'does the met cover the city of london', [CITY_POLICE]),
  teams('City of London', 'front counter near EC4N 7 (city office)', [CITY(CHARING_CROSS, ISLINGTON, WALWORTH, ASKS_POSTCODE)]), // CX 2.39 / Isl 2.68 / Walworth 2.72
  teams('neighbourhood or town', AT + 'police desk near Harrow Manorway', [anyOf(PLUMSTEAD, ASKS_POSTCODE)], [PLACE_NOT_FOUND]), // 1.93 / Bexleyheath 4.94
  teams('station by its road', 'nearest front desk to Tooley Street', [anyOf(WALWORTH, ASKS_POSTCODE)], [PLACE_NOT_FOUND]), // 2.04 / Charing Cross 3.16
  teams('non-London postcode', AT + 'desk near GU15 3 (camberley)', [NOT_LONDON]),
  teams('times as people say them', 'is kingston open half 9 sat morning', [KINGSTON, OPEN], [SAYS_SHUT]),
  teams('open at a time', AT + 'is Ilford desk open at 11pm tonight', [ILFORD, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  teams('borough', 'which desk covers merton now', [anyOf(NO_COUNTER, /Wimbledon/i)]),
  teamsPlace(AT + 'closest desk to the Queen Elizabeth Olympic Park for a visitor', STRATFORD), // 1.45 / Bethnal Green 3.09
  teamsPlace('Desk near the Lee Valley Athletics Centre?', EDMONTON), // 1.23 / Tottenham 4.36

  // ---- Neighbourhoods and landmarks (points approximate, ~1 km) ----
  nearPlace('which police station is nearest to West Finchley', COLINDALE), // 3.85 / Kentish Town 7.36
  nearPlace('im in frognal, wheres my closest front desk', KENTISH_TOWN), // 2.90 / Islington 5.51
  nearPlace('nearest police counter hornsey rise', KENTISH_TOWN), // 2.59 / Stoke Newington 3.66
  nearPlace('Enfield Wash - any police desk nearby?', EDMONTON), // 5.22 / Tottenham 8.74
  nearPlace('live in chigwell row (the london side) where do i report in person', ROMFORD, ILFORD), // 6.13 / 6.54
  nearPlace('police front desk for someone in St Quintin, north ken', HAMMERSMITH), // 2.83 / Acton 3.94
  nearPlace('Strand-on-the-Green closest police counter', ACTON), // 2.55 / Hammersmith 4.17
  nearPlace('riddlesdown nearest police station open to public', CROYDON), // 4.55 / Sutton 7.52
  nearPlace('upper tooting police desk?', LAVENDER_HILL), // 2.97 / Brixton 4.57
  nearPlace('clock house beckenham nearest police', BROMLEY), // 4.13 / Croydon 5.66
  nearPlace('kent house area front counter', BROMLEY), // 4.58 / Croydon 5.78
  nearPlace('Lower Sydenham - where is the nearest place to report a crime face to face', LEWISHAM, BROMLEY), // 4.60 / 4.64
  nearPlace('closest desk to Lordship Recreation Ground', TOTTENHAM), // 1.43 / Edmonton 3.37
  nearPlace('walking in epping forest (london end), nearest police counter?', EDMONTON, TOTTENHAM, ILFORD), // 6.35 / 8.15 / 8.50: a vague area
  nearPlace('had my bag taken at the Mayflower pub in Rotherhithe, nearest front desk', BETHNAL_GREEN, WALWORTH), // 2.90 / 3.39
  nearPlace('nearest station to lloyd park in croydon', CROYDON), // 1.28 / Sutton 7.73
  nearPlace('lost my phone at Holland Park Opera, where do i hand in or report', HAMMERSMITH), // 1.69 / Lavender Hill 5.02
  nearPlace('chelsea harbour nearest police front counter', LAVENDER_HILL), // 1.91 / Hammersmith 3.53
  nearPlace('bishops park fulham - closest police desk', HAMMERSMITH), // 2.76 / Lavender Hill 3.98
  nearPlace('front desk near euston station?', ISLINGTON, CHARING_CROSS, KENTISH_TOWN), // 1.73 / 2.13 / 2.47
  nearPlace('O2 Arena nearest police counter after a concert', STRATFORD, LEWISHAM), // 4.02 / 4.51
  nearPlace('in lewisham shopping centre, is there a police desk close', LEWISHAM), // 0.21
  nearPlace('Brent Park retail park nearest police station', WEMBLEY), // 2.83 / Acton 4.90
  nearPlace('ikea wembley nearest cop shop', WEMBLEY), // 2.62 / Acton 4.98
  nearPlace('baker street area police front desk', CHARING_CROSS, KENTISH_TOWN), // 2.62 / 3.24
  nearPlace('goodge street - nearest place to report something in person', CHARING_CROSS), // 1.31 / Islington 2.22
  nearPlace('just got off the coach at victoria station, nearest police desk', CHARING_CROSS), // 2.04 / Walworth 3.31
  nearPlace('peckham library nearest police counter', WALWORTH, BRIXTON), // 2.60 / 3.21
  nearPlace('east street market walworth police desk near', WALWORTH), // 0.34
  nearPlace('squirrels heath / gidea park border, nearest police station?', ROMFORD), // Squirrels Heath 2.72 / Dagenham 5.50
  nearPlace('I live on the Brackenbury side of Hammersmith — closest desk?', HAMMERSMITH), // 0.71

  // ---- Roads (a point on each, approximate) ----
  road('kilburn high road nearest police front desk', KENTISH_TOWN), // 3.91 / Hammersmith 5.89
  road('Elgin Avenue maida vale, closest counter', HAMMERSMITH, KENTISH_TOWN), // 4.13 / 4.45
  road('warwick avenue w9 police desk', KENTISH_TOWN, HAMMERSMITH, CHARING_CROSS), // 4.15 / 4.21 / 4.36
  road('queens road peckham nearest police station', WALWORTH, LEWISHAM, BRIXTON), // 3.28 / 3.48 / 4.01
  road('catford broadway police counter?', LEWISHAM), // 2.15 / Bromley 5.71
  road('stanstead road forest hill - nearest front desk', LEWISHAM), // 2.94 / Brixton 5.98
  road('southend lane nearest desk', LEWISHAM, BROMLEY), // 4.16 / 4.60
  road('baring road lee, where do i go to report in person', LEWISHAM), // 2.93 / Bromley 4.55
  road('sidcup high street nearest police front counter', BEXLEYHEATH), // 4.70 / Bromley 6.60
  road('blackfen road nearest police desk', BEXLEYHEATH, PLUMSTEAD), // 4.28 / 4.52
  road('bellegrove road welling police station nearest', PLUMSTEAD, BEXLEYHEATH), // 2.85 / 3.43
  road('the broadway in bexleyheath, is there a police desk near', BEXLEYHEATH), // 0.63
  road('bexley high street (old bexley) nearest police', BEXLEYHEATH), // 1.90
  road('crayford road police counter', BEXLEYHEATH), // 1.47
  road('erith high street nearest police station', BEXLEYHEATH), // 3.42 / Plumstead 5.72
  road('bostall heath nearest front desk', PLUMSTEAD), // 2.15 / Bexleyheath 3.05
  road('charlton village nearest police desk', LEWISHAM, PLUMSTEAD), // 3.85 / 4.05
  road('trafalgar road greenwich nearest police', LEWISHAM), // 2.57 / Stratford 6.02
  road('evelyn street deptford police counter near', LEWISHAM), // 3.16 / Walworth 4.34
  road('lower road rotherhithe front desk', WALWORTH, BETHNAL_GREEN, LEWISHAM), // 3.67 / 3.84 / 4.20
  road('jamaica road bermondsey closest police station', WALWORTH, BETHNAL_GREEN), // 2.69 / 3.29
  road('clapham road nearest police desk', BRIXTON), // 1.28 / Walworth 2.32
  road('south lambeth road police front counter', BRIXTON, WALWORTH), // 1.84 / 2.10
  road('wandsworth road nearest police', BRIXTON, LAVENDER_HILL), // 1.62 / 1.97
  road('clapham high street police station nearest', BRIXTON, LAVENDER_HILL), // 1.39 / 2.02
  road('abbeville road police desk', LAVENDER_HILL, BRIXTON), // 1.82 / 2.23
  road('bedford hill balham nearest police counter', LAVENDER_HILL), // 2.55 / Brixton 3.53
  road('merton high street nearest police desk now', LAVENDER_HILL, SUTTON), // 5.85 / 5.98
  road('burlington road new malden police station', KINGSTON, SUTTON), // 5.02 / 5.56
  road('ewell road surbiton nearest front desk', KINGSTON), // 2.40 / Sutton 7.80
  road('brighton road surbiton police counter', KINGSTON), // 1.70
  road('london road kingston nearest police', KINGSTON), // 1.01
  road('richmond road kingston police desk', KINGSTON), // 1.39
  road('hounslow high street police station', HOUNSLOW), // 0.30
  road('bath road hounslow nearest police desk', HOUNSLOW), // 0.41
  road('great west road brentford nearest front counter', ACTON, HOUNSLOW), // 3.54 / 4.01
  road('harlington road hillingdon police', HAYES), // 1.18
  road('field end road eastcote nearest police counter', HAYES), // 5.54 / Wembley 6.82
  road('eastcote high road police desk', HAYES, WEMBLEY), // 6.33 / 6.91
  road('joel street northwood hills nearest front desk', HAYES), // 6.87 / Wembley 8.10
  road('oxhey lane nearest police station', WEMBLEY, COLINDALE), // 8.72 / 9.79
  road('pinner road nearest police counter now pinners gone', WEMBLEY), // 5.68 / Colindale 8.24
  road('kenton road police desk', WEMBLEY), // 3.41 / Colindale 4.38
  road('hendon way nearest police station', COLINDALE), // 3.26 / Kentish Town 5.48
  road('finchley road nearest front counter', KENTISH_TOWN), // 2.63 / Islington 5.11
  road('west end lane west hampstead police desk', KENTISH_TOWN), // 3.39
  road("fitzjohn's avenue nearest police", KENTISH_TOWN), // 2.35
  road('rosslyn hill police counter', KENTISH_TOWN), // 1.97
  road('highgate road nearest police desk', KENTISH_TOWN), // 0.63
  road('junction road archway police front desk', KENTISH_TOWN), // 1.46 / Islington 3.55
  road('blackstock road nearest police', STOKE_NEWINGTON), // 1.76 / Islington 3.00
  road('grand parade harringay police desk', STOKE_NEWINGTON, TOTTENHAM), // 2.49 / 2.63
  road('bounds green road nearest police counter', TOTTENHAM), // 3.72 / Edmonton 4.60
  road('bowes road nearest front desk', EDMONTON, TOTTENHAM), // 4.48 / 4.66
  road('chase side enfield police station', EDMONTON), // 3.85 / Tottenham 6.93
  road('southbury road police desk', EDMONTON), // 3.14
  road('broad lane tottenham hale nearest police', TOTTENHAM), // 0.79
  road('ferry lane police counter', TOTTENHAM), // 1.43
  road('forest road walthamstow nearest police desk', TOTTENHAM), // 3.47 / Edmonton 4.85
  road('lea bridge road police station nearest', STOKE_NEWINGTON, STRATFORD, TOTTENHAM), // 3.23 / 3.80 / 3.90
  road('church road leyton nearest police desk', STRATFORD, STOKE_NEWINGTON, TOTTENHAM), // 3.67 / 4.35 / 4.44
  road('high road leytonstone police counter', STRATFORD), // 3.22 / Ilford 5.08
  road('cambridge park wanstead nearest police', STRATFORD, ILFORD), // 3.52 / 3.92
  road('eastern avenue gants hill nearest front desk', ILFORD), // 2.16
  road('green lane ilford police desk', ILFORD), // 1.01
  road('longbridge road barking nearest police station', ILFORD), // 2.17 / Dagenham 4.53
  road('wood lane dagenham police desk', DAGENHAM), // 2.38 / Ilford 3.82
  road('rush green road nearest police', DAGENHAM, ROMFORD), // 2.21 / 2.39
  road('south street romford police counter', ROMFORD), // 0.81
  road('ardleigh green road nearest police desk', ROMFORD), // 2.50
  road('straight road harold hill police station', ROMFORD), // 3.08
  road('tees drive harold hill nearest front counter', ROMFORD), // 4.59
  road('fencepiece road hainault police desk', ILFORD), // 4.43 / Romford 7.27
  road('tomswood hill nearest police station', ILFORD), // 4.97
  road('george lane south woodford police counter', ILFORD, STRATFORD), // 5.06 / 5.84

  // ---- The City of London (its own force, or the Met desks nearest) ----
  ask('City of London', 'nearest police desk to EC2M 5', [CITY(ISLINGTON, BETHNAL_GREEN, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.43 / 2.65 / 2.68
  ask('City of London', 'EC2M 6 front counter?', [CITY(ISLINGTON, BETHNAL_GREEN, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.32 / 2.62 / 2.70
  ask('City of London', 'work in EC2N 1, where do i report in person', [CITY(ISLINGTON, CHARING_CROSS, BETHNAL_GREEN)], [PLACE_NOT_FOUND]), // 2.52 / 2.66 / 2.69
  ask('City of London', 'police station near ec2n 3', [CITY(BETHNAL_GREEN, ISLINGTON, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.59 / 2.87 / 2.87
  ask('City of London', 'closest desk EC2N4', [CITY(BETHNAL_GREEN)], [PLACE_NOT_FOUND]), // 2.43 / Islington 2.86
  ask('City of London', 'nearest front desk to ec2r 5 pls', [CITY(ISLINGTON, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.27 / 2.40
  ask('City of London', 'EC2R 6 — is there a police counter near', [CITY(ISLINGTON, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.38 / 2.47
  ask('City of London', 'front desk nearest EC2V 8', [CITY(CHARING_CROSS, ISLINGTON)], [PLACE_NOT_FOUND]), // 2.26 / 2.47
  ask('City of London', 'our office is EC2Y 5, nearest police desk?', [CITY(ISLINGTON, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.14 / 2.31
  ask('City of London', 'nearest counter to ec3a 6', [CITY(BETHNAL_GREEN)], [PLACE_NOT_FOUND]), // 2.45 / Islington 2.91
  ask('City of London', 'EC3M 1 police front desk', [CITY(WALWORTH, CHARING_CROSS, BETHNAL_GREEN)], [PLACE_NOT_FOUND]), // 2.55 / 2.80 / 2.87
  ask('City of London', 'where can i go from EC3M 5 to report a theft', [CITY(BETHNAL_GREEN, WALWORTH)], [PLACE_NOT_FOUND]), // 2.53 / 2.85
  ask('City of London', 'ec3r 8 nearest police', [CITY(WALWORTH, CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.48 / 2.79
  ask('City of London', 'nearest front counter EC3V 0', [CITY(WALWORTH, CHARING_CROSS, BETHNAL_GREEN)], [PLACE_NOT_FOUND]), // 2.71 / 2.77 / 2.78
  ask('City of London', 'EC4M 5 nearest police station', [CITY(CHARING_CROSS)], [PLACE_NOT_FOUND]), // 2.02 / Islington 2.56
  ask('City of London', 'police desk EC4N 1?', [CITY(CHARING_CROSS, ISLINGTON)], [PLACE_NOT_FOUND]), // 2.26 / 2.62
  ask('City of London', 'closest police counter to ec4n 4', [CITY(CHARING_CROSS, WALWORTH)], [PLACE_NOT_FOUND]), // 2.28 / 2.63
  ask('City of London', 'EC4V 2 where is nearest police desk', [CITY(CHARING_CROSS, WALWORTH)], [PLACE_NOT_FOUND]), // 2.13 / 2.51
  ask('City of London', 'ec4r 9 front desk', [CITY(CHARING_CROSS, WALWORTH)], [PLACE_NOT_FOUND]), // 2.42 / 2.57
  ask('City of London', 'nearest desk to EC1A 2', [CITY(CHARING_CROSS, ISLINGTON)], [PLACE_NOT_FOUND]), // 1.65 / 1.93
  ask('City of London', 'ec1n 2 police counter', [CITY(CHARING_CROSS, ISLINGTON)], [PLACE_NOT_FOUND]), // 1.40 / 1.79
  ask('City of London', 'WC2A 1 nearest police desk (by the law courts)', [CITY(CHARING_CROSS)], [PLACE_NOT_FOUND]), // 1.12 / Islington 1.96
  cityPlace('moorfields eye hospital area, nearest police desk', ISLINGTON, BETHNAL_GREEN, CHARING_CROSS), // 2.37 / 2.63 / 2.70
  cityPlace('newgate street nearest front counter', CHARING_CROSS, ISLINGTON), // 1.91 / 2.15
  cityPlace('left my laptop in the walkie-talkie building, where do i report it', WALWORTH, BETHNAL_GREEN, CHARING_CROSS), // 2.62 / 2.80 / 2.85
  cityPlace('salisbury square off fleet street, nearest police desk', CHARING_CROSS), // 1.29 / Islington 2.28
  ask('City of London', 'who polices the square mile, the met or another lot', [CITY_POLICE]),
  ask('City of London', 'does the city of london have a 24 hour front counter run by the met', [anyOf(CITY_POLICE, /\bno\b|not/i)]),

  // ---- Postcodes (sectors none of batches 1 to 18 used; full postcodes with invented units) ----
  nearCode('nearest police front desk to W1B 5', CHARING_CROSS), // 0.97 / Islington 3.11
  nearCode('w1c2 police station', CHARING_CROSS), // 1.71 / 3.39
  nearCode('im at W1D 1, closest counter?', CHARING_CROSS), // 1.03 / 2.60
  nearCode('W1D 2LQ nearest desk', CHARING_CROSS), // 1.04 / 2.68
  nearCode('front desk for w1g 6', CHARING_CROSS), // 2.17 / 3.03
  nearCode('W1G 7 police', CHARING_CROSS), // 2.00 / 2.86
  nearCode('nearest police to W1H 1', CHARING_CROSS), // 2.80 / Kentish Town 3.55
  nearCode('where do i go from W1H 4DN', CHARING_CROSS), // 2.95 / 3.70
  nearCode('W1H 6 nearest front counter', CHARING_CROSS), // 2.18 / 3.65
  nearCode('w1j 6 police desk', CHARING_CROSS), // 1.40 / 3.51
  nearCode('closest police station W1J 8', CHARING_CROSS), // 1.34
  nearCode('W1J 9BR', CHARING_CROSS), // 0.93
  nearCode('w1k4 nearest cop shop', CHARING_CROSS), // 1.59
  nearCode('nearest police counter W1K 6', CHARING_CROSS), // 2.03
  nearCode('W1K 7 where to report in person', CHARING_CROSS), // 2.17
  nearCode('W1S 2 front desk', CHARING_CROSS), // 1.27
  nearCode('w1t 6 nearest police front desk', CHARING_CROSS), // 1.82 / Islington 2.41
  nearCode('W1T 7 police counter', CHARING_CROSS), // 1.38 / 2.16
  nearCode('nearest to W1U 3', CHARING_CROSS), // 2.11
  nearCode('W1U 5 desk', CHARING_CROSS), // 2.36 / Kentish Town 3.22
  nearCode('police front counter w1u 8', CHARING_CROSS), // 2.45 / 3.68
  nearCode('W1W 5 nearest', CHARING_CROSS), // 1.90 / Islington 2.59
  nearCode('W1W 7 police station near', CHARING_CROSS), // 1.47
  nearCode('wc1a 2 nearest front desk', CHARING_CROSS), // 0.95 / 1.93
  nearCode('WC1B 4 police counter', CHARING_CROSS), // 1.18 / 1.71
  nearCode('WC1B 5 nearest desk', CHARING_CROSS), // 1.24 / 1.73
  nearCode('police desk nearest wc1e 6', CHARING_CROSS), // 1.54 / 2.01
  nearCode('WC1R 4 front counter', CHARING_CROSS), // 1.20 / 1.65
  nearCode('WC2B 5 nearest police', CHARING_CROSS), // 0.65
  nearCode('wc2b6', CHARING_CROSS), // 0.76
  nearCode('police near WC2E 7', CHARING_CROSS), // 0.29
  nearCode('WC2E 8 desk?', CHARING_CROSS), // 0.24
  nearCode('nearest police front desk WC2N 5', CHARING_CROSS), // 0.19
  nearCode('WC2R 2 police station', CHARING_CROSS), // 0.68
  nearCode('SW1E 5 nearest counter', CHARING_CROSS), // 1.81 / Walworth 3.18
  nearCode('sw1h 0 police desk', CHARING_CROSS), // 1.48
  nearCode('SW1H 9 front counter nearest', CHARING_CROSS), // 1.27
  nearCode('sw1w0 nearest police', CHARING_CROSS), // 2.07 / 3.46
  nearCode('SW1X 7 police station nearest', CHARING_CROSS), // 2.29 / Lavender Hill 4.02
  nearCode('SW1Y 5 desk', CHARING_CROSS), // 0.70
  nearCode('EC1R 3 nearest police front desk', ISLINGTON), // 1.15 / Charing Cross 1.89
  nearCode('ec1m 4 police counter', ISLINGTON), // 1.48 / 2.02
  nearCode('EC1Y 0 nearest desk', ISLINGTON), // 1.60 / 2.47
  nearCode('ec1y 2 police', ISLINGTON), // 1.88 / Bethnal Green 2.55
  nearCode('EC1Y 4 front desk', ISLINGTON), // 2.04 / 2.64
  nearCode('EC2A 1 nearest police station', ISLINGTON), // 1.33 / 2.13
  nearAny('ec2a 3 nearest counter', BETHNAL_GREEN, ISLINGTON), // 1.89 / 2.32
  nearCode('E9 9 police desk', BETHNAL_GREEN), // 0.69 / Stoke Newington 2.97
  nearCode('nearest police to e8 9', BETHNAL_GREEN), // 0.82 / 2.80
  nearCode('SE11 9 front desk', WALWORTH), // 0.07
  nearCode('br7 9 nearest police front counter', BROMLEY), // 0.99 / Lewisham 6.41
  nearCode('CR5 3 police desk', SUTTON), // 5.84 / Croydon 7.24 (the London part of the sector)
  nearAny('KT4 7 nearest counter', KINGSTON, SUTTON), // 4.73 / 4.89 (the London part)
  nearCode('KT6 5AB police station', KINGSTON), // 2.52 / Sutton 8.45
  // The nearest 24-hour desk.
  near24('nearest 24/7 desk to BR7 9', LEWISHAM), // 6.4 / 15.0
  near24('24 hr police counter closest to E9 9', CHARING_CROSS), // 5.1 / 8.5
  near24('which all night front desk is nearest ec3a 6', CHARING_CROSS), // 3.0 / 7.6
  near24('nearest round the clock counter to SE11 9', CHARING_CROSS), // 2.9 / 6.8
  near24('24hr desk nearest KT6 5', CHARING_CROSS), // 18.7 / 22.3
  near24('nearest desk open through the night from SM7 1', anyOf(LEWISHAM, CHARING_CROSS)), // 20.5 / 20.6: too close to call on distance, so either
  // Outside London.
  outside('nearest police front counter to camberley GU15'),
  outside('SS7 1 benfleet police station hours'),
  outside('is there a met desk in Berkhamsted HP4'),
  outside('wokingham RG40 police counter'),
  outside('dunstable LU6 nearest police station'),
  outside('Letchworth SG6 front desk'),
  outside('saffron walden police station open?'),
  outside('front counter in braintree CM7'),
  outside('whitstable CT5 police desk'),
  outside('Horsham RH12 nearest police station'),
  outside('haywards heath police front counter'),
  outside('police station in Godalming GU7'),

  // ---- The service: what it is, sources, freshness, what it keeps ----
  service('wait am i chatting to a machine or an actual officer', [A_BOT]),
  service('r u AI', [A_BOT]),
  service('is this chat thing official met police or not', [anyOf(A_BOT, /not (?:the )?official|not (?:run|operated) by|independent|not the Met/i, SOURCES)]),
  service('where does the info u give come from', [SOURCES]),
  service('what sources do you use for closures', [SOURCES]),
  service('who decides what u say', [anyOf(SOURCES, A_BOT)]),
  service('how old is ur data', [anyOf(UP_TO_DATE, /February|Feb/i)]),
  service('last time ur facts got updated?', [anyOf(UP_TO_DATE, /February|Feb/i)]),
  service('are the opening hours you give definitely right', [ONLINE]),
  service('can i trust what you say about hours or should i ring', [anyOf(ONLINE, CALL_101)]),
  service('do u keep hold of what i type in here', [PRIVACY]),
  service('is my postcode stored anywhere after i tell you', [PRIVACY]),
  service('will the police see this conversation', [anyOf(PRIVACY, /not (?:sent|passed|shared|a report)|doesn't (?:go|reach)|won't/i)]),
  service('if i tell you about a crime here does that count as reporting it', [anyOf(NON_URGENT, /not (?:a )?report|doesn't count|does not count|can't take|cannot take/i)]),
  service('can the police trace me through this chat', [anyOf(PRIVACY, /not (?:connected|linked|part of)|no\b/i)]),
  service('can u speak other languages than english', [anyOf(/English/i, LANGUAGE_LINE)]),
  service('do you work on whatsapp', [anyOf(/web|Teams|chat|here|no\b|not/i, SAYS_WHAT_IT_DOES)]),
  service('what can i ask you exactly', [SAYS_WHAT_IT_DOES]),
  service('whats the point of this bot', [SAYS_WHAT_IT_DOES]),
  service('do you know about things after feb 2026', [anyOf(/February|Feb/i, UP_TO_DATE, ONLINE)]),
  service('how sure are you that newham is at stratford', [anyOf(/least certain|uncertain|not (?:certain|sure)|check/i, ONLINE, STRATFORD)]),
  service('do you get the hours straight from the met', [SOURCES]),
  service('is this run by the mayor', [anyOf(A_BOT, SOURCES, /not/i)]),
  service('how do you work out which station is nearest', [anyOf(/straight|distance|as the crow flies|postcode|centre|closest/i, DISTANCE)]),
  service('do you use my location', [anyOf(PRIVACY, /postcode|don't|do not|not/i)]),
  service('can i delete what ive told you', [PRIVACY]),
  service('are you on 24 hours?', [anyOf(/any ?time|24|always|round the clock|day or night/i, A_BOT, OPEN_24)]),
  service('are u connected to 999', [anyOf(/not|no\b|can't|cannot/i, /999/)]),
  service('how many stations do u know about', [anyOf(COUNTERS_NOW, /\b\d+\b/)]),
  service('do you know about the city of london police as well', [CITY_POLICE]),
  service('what are you not able to do', [anyOf(DECLINE, SAYS_WHAT_IT_DOES)]),
  service('which bits of your info are least reliable', [anyOf(/Newham|Stratford|Forest Gate|uncertain|least certain|check/i, ONLINE)]),
  service('wots ur name bot', [anyOf(/StationDesk|Station Desk/i, A_BOT, SAYS_WHAT_IT_DOES)]),
  service('can i give feedback on this bot somewhere', [anyOf(/feedback|can't|cannot|not able|don't|contact|met\.police\.uk/i)]),
  service('is this chat anonymous', [anyOf(PRIVACY, CRIMESTOPPERS, /anonym/i)]),

  // ---- The past: closures by year, moves, counts then and now ----
  past('how many front desks did london have back before the 2013 cuts', [BEFORE_2013]),
  past('in 2015 how many desks were 24 hour', [/\b33\b|thirty[- ]three/i]),
  past('how many front desks did the met have in 2019', [THIRTY_SEVEN]),
  past('number of counters in 2022', [THIRTY_EIGHT]),
  past('how many counters at the end of 2017', [THIRTY_EIGHT]),
  past('how many closed under sadiq khans 2017 plan', [CLOSED_IN_2017]),
  past('boris closures 2013 how many went', [/\b63\b|\b65\b|sixty[- ]three/i]),
  past('when did the 2013 closures actually happen', [anyOf(/June|Jun/i, /2013/)]),
  past('what date in 2017 did most desks shut', [CLOSED_DEC_2017]),
  past('kilburn police desk salusbury road when did it shut', [CLOSED_DEC_2017]),
  past('when did fulham police station front desk shut', [CLOSED_DEC_2017]),
  past('chiswick police station when did it close to the public', [CLOSED_DEC_2017]),
  past('when did West Wickham police office close', [CLOSED_17_DEC_2017]),
  past('penge copperfield house police counter closed when', [CLOSED_17_DEC_2017]),
  past('when did holborn police station close its desk', [anyOf(/2018/, /January|Jan/i)]),
  past('when did Walthamstow police station close', [/2011/]),
  past('leytonstone police station closure year', [/2014/]),
  past('when did Leyton police station shut', [/2012/]),
  past('old sidcup police station main road when did it close', [anyOf(/16 Mar(?:ch)? 2012/i, /2012/)]),
  past('when did wanstead lose its front counter', [/2013/]),
  past('forest gate police station whats going on with it', [anyOf(/fire/i, /2024/)]),
  past('when was the forest gate fire', [/6 Mar(?:ch)? 2024|March 2024|Mar 2024/i]),
  past('why was the shepherds bush desk open between 2016 and 2020', [HAMMERSMITH]),
  past('when did hammersmith station reopen after the rebuild', [/2020/]),
  past('when did stoke newington reopen after refurbishment', [/2022/]),
  past('when was dagenham front counter shut temporarily', [/2023/]),
  past('where was Tower Hamlets counter while bethnal green was being refurbished', [/Shoreditch/i]),
  past('when did bethnal green police station reopen after its refurb', [/2021/]),
  past('where did ilford counter move in 2020', [/Barkingside/i]),
  past('when did twickenham shut for refurbishment', [/2020/]),
  past('when did wood green fishmongers arms counter open', [/2010/]),
  past('was Wimbledon police station meant to close in 2017', [anyOf(/High Court|court|quashed/i, /2018/)]),
  past('when was the 2025 closure list first leaked', [/17 Jul(?:y)? 2025|July 2025|Jul 2025/i]),
  past('when did the met announce the closure list', [/6 Aug(?:ust)? 2025|August 2025|Aug 2025/i]),
  past('when did they change their minds and save some', [/15 Oct(?:ober)? 2025|October 2025|Oct 2025/i]),
  past('how many were going to be 24/7 under the august plan', [/\b8\b|eight|\b18\b/i]), // 8 (plans.csv); one source says 18 (SOURCES.md §5.5)
  past('which ones got saved in october', [REPRIEVED]),
  past('what was the yearly saving from the 2017 closures', [/£\s?8\s?m|8 million|eight million/i]),
  past('how much money did the 2013 closures save', [/£\s?60\s?m|60 million|sixty million/i]),
  past('what did sadiq promise about 24 hour counters in 2024', [anyOf(/every borough|each borough|per borough/i, OPEN_24)]),
  past('when did paddington green stop being a front counter', [anyOf(/Church Street/i, NOT_KNOWN)]),
  past('was notting hill police counter closed in 2017 or 2019', [anyOf(/2017/, /2019/)]),
  past('kennington police station building closed when', [/2019/]),
  past('when did royalty studios police counter close', [CLOSED_FEB_2026]),

  // ---- Requests it cannot carry out ----
  cannot('can you ring the station for me and tell them im coming'),
  cannot('pls file my crime report for me, my bikes been nicked'),
  cannot('book me an appointment at brixton for tuesday at 3'),
  cannot('can u send an officer round to mine tomorrow about the noise'),
  cannot('get me my crime reference number'),
  cannot('check if my lost wallet has been handed in at croydon'),
  cannot('tell me if my son is being held at a police station'),
  cannot('can you pay my speeding fine'),
  cannot('cancel my bail appointment at ilford'),
  cannot('forward my statement to the officer on my case'),
  cannot('can you open the walworth desk early for me'),
  cannot('chase up my complaint against the police'),
  cannot('look up who owns this number plate'),
  cannot('can u get my car released from the pound'),
  cannot('print me a copy of my police certificate'),
  cannot('fill in a shotgun licence application for me pls'),
  cannot('text me when charing cross is quiet'),
  cannot('reserve me a video call with an officer for tonight'),
  cannot('arrest my neighbour he keeps parking on my drive'),
  cannot('can you remind me at 9 to go to the police station'),

  // ---- Small talk as typed on a phone ----
  chat('yo wagwan bot', SAYS_WHAT_IT_DOES),
  chat('gd evening bot', SAYS_WHAT_IT_DOES),
  chat('hellooooo anyone there', SAYS_WHAT_IT_DOES, /yes|here|hello|hi/i),
  chat('u ok?', SAYS_WHAT_IT_DOES, /good|fine|well|thanks|ok/i),
  chat('cheers mate sorted', THANKS_REPLY, BYE),
  chat('ta v much xx', THANKS_REPLY, BYE),
  chat('nice one 🙏', THANKS_REPLY, BYE),
  chat('gnight', BYE, SAYS_WHAT_IT_DOES),
  chat('laters bot ✌️', BYE, SAYS_WHAT_IT_DOES),
  chat('ngl ur actually quite useful', THANKS_REPLY, BYE, /glad|thanks|thank you/i),
  chat('this is rubbish', SAYS_WHAT_IT_DOES, /sorry|apolog/i),
  chat('🤔', SAYS_WHAT_IT_DOES),
  chat('👋👋👋 hiya', SAYS_WHAT_IT_DOES),
  chat('lolll ok', SAYS_WHAT_IT_DOES),
  chat('what u sayin', SAYS_WHAT_IT_DOES),
  chat('bless ya mate', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('happy christmas!', SAYS_WHAT_IT_DOES, /christmas|you too|thanks|thank you/i),
  chat('oops sorry meant to msg my sister', SAYS_WHAT_IT_DOES, BYE, /no problem|no worries/i),
  chat('ok', SAYS_WHAT_IT_DOES),
  chat('hmm let me think', SAYS_WHAT_IT_DOES),

  // ---- Off-topic and nonsense ----
  offTopic('whats the weather like in croydon tomorrow'),
  offTopic('arsenal score from the weekend?'),
  offTopic('can u recommend a good curry house in brick lane'),
  offTopic('how do i renew a passport thats run out'),
  offTopic('what time does the 38 bus come'),
  offTopic('whats the council tax band for my flat'),
  offTopic('write a short poem about london pigeons for me'),
  offTopic('how much is a travelcard zone 1-3'),
  offTopic('is tesco open on boxing day'),
  offTopic('whats the best way to learn python'),
  nonsense('asdfghjkl;;; zxcv'),
  nonsense('qqqqqq ppp'),
  nonsense('the the the the the'),
  nonsense('.......'),

  // ---- Names with more than one London meaning ----
  ambiguous('nearest desk to Lordship Lane', TOTTENHAM, /Dulwich/i, BRIXTON, WALWORTH, ASKS_POSTCODE),
  ambiguous('station road police desk near me', ASKS_WHERE),
  ambiguous('is there a police station near Forest Road', TOTTENHAM, ASKS_POSTCODE),
  ambiguous('front desk near Billet Road', ROMFORD, TOTTENHAM, EDMONTON, ASKS_POSTCODE), // Romford's Billet Road: Romford 2.88; Walthamstow's: Tottenham 2.29 / Edmonton 2.88
  ambiguous('police near Coldharbour Lane in Hayes', HAYES, ASKS_POSTCODE),
  ambiguous('broadway police desk', ASKS_WHERE),
  ambiguous('Queens Road police station hours', /Wimbledon|closed/i, ASKS_WHERE),
  ambiguous('nearest desk to Hampton', KINGSTON, HOUNSLOW, ASKS_POSTCODE),
  ambiguous('Kingsland Road or Kingsland High St police', STOKE_NEWINGTON, BETHNAL_GREEN, ISLINGTON, ASKS_POSTCODE), // 1.99 / 2.03 / 2.51
  ambiguous('police desk near the Angel', ISLINGTON, ASKS_POSTCODE),
  ambiguous('nearest police to Bromley-by-Bow (not bromley in kent)', BETHNAL_GREEN, STRATFORD, ASKS_POSTCODE),
  ambiguous('is Walworth the same as Southwark police station', WALWORTH, /Borough High Street|closed|not the same|different/i),
  ambiguous('what r the hours of the newham police desk', STRATFORD),
  ambiguous('croydon park lane or windmill road which is the police desk', CROYDON, /Park Lane/i),

  // ---- Lists ----
  list('list every police front desk in london', [CHARING_CROSS, LEWISHAM, BRIXTON, WEMBLEY, ROMFORD, SUTTON]),
  list('all the desks in south london pls', [anyOf(BRIXTON, LEWISHAM, WALWORTH, LAVENDER_HILL, CROYDON, SUTTON, ASKS_WHERE)]),
  list('which counters are in east london', [anyOf(BETHNAL_GREEN, STRATFORD, ILFORD, DAGENHAM, ROMFORD, ASKS_WHERE)]),
  list('west london front desks?', [anyOf(ACTON, HAMMERSMITH, HOUNSLOW, HAYES, ASKS_WHERE)]),
  list('give me the ones that open at 9 on sundays', [anyOf(/\b25\b|twenty[- ]five|all (?:the )?(?:others|other)/i, BRIXTON, CROYDON)]),
  list('which desks are open after 10pm', [CHARING_CROSS, LEWISHAM]),
  list('names of the stations that were reprieved', [BETHNAL_GREEN, EDMONTON, TOTTENHAM, LAVENDER_HILL, PLUMSTEAD]),
  list('list the 10 closures from february', [/Chingford/i, /Barking/i, /Harrow/i, /Church Street/i, /Kensington/i, /Mitcham/i, /Twickenham/i, /Pinner/i, /Wimbledon/i, /Royalty Studios/i]),
  list('what boroughs lost their last desk', NO_COUNTER_BOROUGHS),
  list('police desks in north east london', [anyOf(TOTTENHAM, EDMONTON, STOKE_NEWINGTON, ILFORD, STRATFORD, ASKS_WHERE)]),
  list('all front counters in south east', [anyOf(LEWISHAM, PLUMSTEAD, BEXLEYHEATH, BROMLEY, WALWORTH, ASKS_WHERE)]),
  list('every desk open on a sunday', [anyOf(/\b27\b|all|every/i, COUNTERS_NOW)]),
  list('which stations are the reduced hours ones', [anyOf(/\b25\b|twenty[- ]five/i, WEEKDAYS)]),
  list('which counters closed in dec 2017 in south london', [anyOf(/Streatham|Peckham|Kennington|Southwark|Wandsworth|Catford|Deptford|Eltham/i)]),

  // ---- Comparisons ----
  compare('whats open longer on saturday, bromley or lewisham', [LEWISHAM, OPEN_24]),
  compare('do croydon and sutton have the same hours', [SAME]),
  compare('which is closer to SE11 9, walworth or brixton', [WALWORTH], [notNearer(BRIXTON)]), // 0.07 / 2.88
  compare('ilford vs romford opening times', [ILFORD, ROMFORD, anyOf(SAME, WEEKDAYS)]),
  compare('is kentish town open later than islington on fridays', [anyOf(SAME, /\bno\b|same time|both/i, at(22))]),
  compare('from W1K 6 is charing cross or islington nearer', [CHARING_CROSS], [notNearer(ISLINGTON)]), // 2.03 / 3.77
  compare('from EC1V 8 which is nearer, islington or charing cross', [ISLINGTON], [notNearer(CHARING_CROSS)]), // 1.17 / 2.81
  compare('hounslow or hayes, which is nearer to Harlington Road', [HAYES], [notNearer(HOUNSLOW)]), // 1.18 / 7.31
  compare('bexleyheath or plumstead for someone on Crayford Road', [BEXLEYHEATH], [notNearer(PLUMSTEAD)]), // 1.47 / 6.22
  compare('desks at the end of 2017 compared with now, how many each', [THIRTY_EIGHT, COUNTERS_NOW]),
  compare('is charing cross busier than lewisham', [anyOf(/busiest|15 a day|busier|more/i, NOT_KNOWN)]),
  compare('difference between a police hub and a front counter', [NOT_A_COUNTER]),
  compare('compare tottenham and edmonton sunday hours', [anyOf(SAME, WEEKENDS)]),
  compare('stratford or bethnal green, which is nearer to E9 9', [BETHNAL_GREEN], [notNearer(STRATFORD)]), // 0.69 / Stratford 4.51

  // ---- Hours on a day and open at a time (clock: Friday 4 Dec 2026, 14:00) ----
  hoursOn('wot time dagenham police open sat', DAGENHAM, at(9)),
  hoursOn('colindale station hrs weekdays', COLINDALE, WEEKDAYS),
  hoursOn('Bexleyheath police sunday times?', BEXLEYHEATH, WEEKENDS),
  hoursOn('wembley police desk hours monday', WEMBLEY, WEEKDAYS),
  hoursOn('bromley police station opening times today', BROMLEY, anyOf(WEEKDAYS, at(22))),
  hoursOn('kentish town desk hours', KENTISH_TOWN, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('acton police opening hours this weekend', ACTON, WEEKENDS),
  hoursOn('Edmonton police hours wednesday', EDMONTON, WEEKDAYS),
  hoursOn('plumstead police desk thurs', PLUMSTEAD, WEEKDAYS),
  hoursOn('STOKE NEWINGTON POLICE OPENING HOURS', STOKE_NEWINGTON, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('hammersmith police station times sunday', HAMMERSMITH, WEEKENDS),
  hoursOn('romford police counter hours tues', ROMFORD, WEEKDAYS),
  hoursOn('hayes end police hours sat', HAYES, WEEKENDS),
  hoursOn('islington police counter hours on the weekend', ISLINGTON, WEEKENDS),
  hoursOn('brixton police opening hrs', BRIXTON, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('newham police desk times sunday', STRATFORD, WEEKENDS),
  hoursOn('walworth station hrs on the 27th', WALWORTH, WEEKENDS), // 27 Dec is a Sunday
  hoursOn('charing cross police hours on christmas eve', CHARING_CROSS, OPEN_24),
  hoursOn('lewisham police desk new years day hours', LEWISHAM, anyOf(OPEN_24, HOLIDAY_UNKNOWN)),
  hoursOn('tottenham police station hours on christmas day', TOTTENHAM, HOLIDAY_UNKNOWN),
  openAt('is dagenham desk open rn', DAGENHAM),
  openAt('croydon police open at 9pm tonight?', CROYDON),
  openAt('is acton open at 6pm saturday', ACTON),
  openAt('bexleyheath open 10am monday?', BEXLEYHEATH),
  openAt('can i go to stratford police at 5pm on sunday', STRATFORD),
  openAt('lewisham police desk open at 3am on a friday night?', LEWISHAM),
  openAt('charing cross open at 4 in the morning on sunday', CHARING_CROSS),
  openAt('is Ilford police desk open now', ILFORD),
  openAt('sutton police open at 12 noon sat', SUTTON),
  openAt('Wembley police station open at 21:30 tonight', WEMBLEY),
  shutAt('is romford police open at 8am tomorrow', ROMFORD, 9),
  shutAt('colindale police open at 11pm', COLINDALE, 22),
  shutAt('brixton desk open at 7.30pm sunday', BRIXTON, 19),
  shutAt('is hounslow police open at 9.30am monday', HOUNSLOW, 10),
  shutAt('kingston police open sunday 8pm', KINGSTON, 19),
  shutAt('edmonton police open at midnight', EDMONTON, 22),
  shutAt('can i go to walworth at 8:30 saturday morning', WALWORTH, 9),
  shutAt('bethnal green desk open 7am weekday', BETHNAL_GREEN, 10),
  shutAt('is islington police open at half 7 sunday evening', ISLINGTON, 19),
  shutAt('is hayes police open at 6am', HAYES, 10),

  // ---- Counters that closed, or stay open ----
  gone('pinner police station waxwell lane open today'),
  gone('church street police desk hours'),
  gone('wimbledon police front counter open tomorrow?'),
  gone('harrow police station south harrow open sat'),
  gone('barking learning centre police desk times'),
  gone('royalty studios police counter open?'),
  gone('twickenham police desk hours please'),
  gone('kensington police station earls court rd still open'),
  gone('can i go to mitcham police station tomorrow'),
  gone('is chingford police station open on monday'),
  gone('peckham police station opening hours'),
  gone('is catford police station open'),
  gone('hornsey police station hours'),
  gone('is eltham police station open on saturdays'),
  gone('west end central police station front desk open'),
  instead('catford desk shut so where do i go', LEWISHAM, BROMLEY), // Catford: no coordinates in stations.csv; Lewisham borough's counter is Lewisham
  instead('deptford police closed, nearest open one?', LEWISHAM), // 2.36 / Walworth 4.67
  instead('plaistow station gone, what now', STRATFORD), // 2.30 / Bethnal Green 5.43
  instead('limehouse desk shut years ago, where instead', BETHNAL_GREEN), // 2.59 / Stratford 3.78
  instead('ealing police station closed so where do ealing people go', ACTON), // 2.40 / Wembley 4.40
  instead('where do i go now that pinner is shut', WEMBLEY), // 7.45 / Hayes 8.69
  instead('kensington police closed, nearest alternative', HAMMERSMITH), // 1.87 / Lavender Hill 4.35
  instead('barnet police station high barnet closed, where now', COLINDALE), // 6.85 / Edmonton 10.02
  ask('still open or closing', 'is Tottenham police station closing', [STAYS_OPEN]),
  ask('still open or closing', 'plumstead police desk getting shut?', [STAYS_OPEN]),
  ask('still open or closing', 'is hayes station front counter closing down', [STAYS_OPEN]),
  ask('still open or closing', 'is Dagenham still open after all the cuts', [STAYS_OPEN]),

  // ---- Two questions in one ----
  two('is bromley open sunday and what about croydon', [inOrder(BROMLEY, CROYDON), WEEKENDS]),
  two('whats the nearest desk to W1H 6 and is it open all night', [CHARING_CROSS, OPEN_24]), // 2.18 / Islington 3.65
  two('when did wimbledon close and where do i go now', [CLOSED_FEB_2026, anyOf(LAVENDER_HILL, SUTTON, KINGSTON, ASKS_POSTCODE)]),
  two('how many desks are there now and how many are 24 hours', [COUNTERS_NOW, TWO]),
  two('are you a bot and is lewisham open now', [A_BOT, LEWISHAM]),
  two('hayes police address and hours?', [/Uxbridge Road|UB4 8HU/i, anyOf(WEEKDAYS, WEEKENDS)]),
  two('is sutton open saturday? also kingston?', [inOrder(SUTTON, KINGSTON), anyOf(WEEKENDS, SAME)]),
  two('where is stratford police station and is it the newham one', [/West Ham Lane|E15 4SG/i, /Newham|yes/i]),
  two('kentish town hours, and does camden have any other desk', [KENTISH_TOWN, anyOf(/only|no other|just|Holborn.*clos|one/i, WEEKDAYS)]),
  two('is charing cross 24/7 and whats its postcode', [OPEN_24, /WC2N 4JP/i]),
  two('hi! whats the nearest front desk to EC2A 1 and until what time tonight', [ISLINGTON, at(22)]), // 1.33 / Charing Cross 2.13

  // ---- Times as people say them ----
  when('is brixton open tmrw arvo', [BRIXTON, OPEN], [SAYS_SHUT]),
  when('lavender hill open first thing sat?', [LAVENDER_HILL, at(9)]),
  when('can i go to acton after work tonight like 8ish', [ACTON, OPEN], [SAYS_SHUT]),
  when('romford open late doors tonight', [ROMFORD, at(22)]),
  when('ilford police open crack of dawn monday', [ILFORD, anyOf(SHUT_THEN, at(10))], [SAYS_YES]),
  when('tottenham desk open teatime sunday', [TOTTENHAM, OPEN], [SAYS_SHUT]),
  when('croydon open in an hour?', [CROYDON, OPEN], [SAYS_SHUT]),
  when('is bethnal green open this evening around 10 past 10', [BETHNAL_GREEN, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  when('walworth police station open lunchtime tomorrow', [WALWORTH, OPEN], [SAYS_SHUT]),
  when('dagenham police open wee hours tonight', [DAGENHAM, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),

  // ---- Boroughs ----
  borough('police front counter in havering', [ROMFORD]),
  borough('which station covers hillingdon', [HAYES]),
  borough('front desk for bexley borough', [BEXLEYHEATH]),
  borough('desk in barnet borough?', [COLINDALE]),
  borough('enfield borough front counter', [EDMONTON]),
  borough('does harrow borough have a counter', [NO_COUNTER]),
  borough('kensington and chelsea front desk', [NO_COUNTER]),
  borough('richmond upon thames police desk', [anyOf(NO_COUNTER, RICHMOND_DESKS)]),
  borough('where do i go in waltham forest', [WALTHAM_FOREST_DESKS]),
  borough('royal borough of greenwich front counter where', [PLUMSTEAD]),

  // ---- Not about danger, in other languages ----
  foreign('Wou ass déi nächst Policewache zu London déi 24 Stonnen op ass?', anyOf(CHARING_CROSS, LEWISHAM)), // Luxembourgish
  foreign('Hoe let is it plysjeburo yn Brixton sneon iepen?', BRIXTON), // West Frisian
  foreign('Na unda e estashon di polis di Lewisham ta?', LEWISHAM), // Papiamento
  foreign('Haus polis long Croydon i op long Sande?', CROYDON), // Tok Pisin
  foreign('Ania ti oras ti estasion ti polis idiay Ilford?', ILFORD), // Ilocano
  foreign('Kantor polisi ing Walworth buka jam pira dina Setu?', WALWORTH), // Javanese
  foreign('Pegoulz e vez digor burev ar polis e Sutton disul?', SUTTON), // Breton
  foreign('Ble mae\'r orsaf heddlu agosaf sydd ar agor drwy\'r nos yn Llundain?', anyOf(CHARING_CROSS, LEWISHAM)), // Welsh (named in earlier batches; not counted as new)
  foreign('Ki kote estasyon polis Romford ye e ki lè li louvri?', ROMFORD), // Haitian Creole (named in earlier batches; not counted as new)
  foreign('Ole polis karakolu Kingstonda näçede açylýar?', KINGSTON), // Turkmen
];
