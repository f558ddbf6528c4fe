/**
 * THE HELD-OUT SET, TWENTY-SECOND BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (nineteenth session), after batches 1 to 21, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation
 * tests, the golden recordings or the README's lists of questions that
 * work), who read only heldoutSet.ts, heldoutSet.test.ts (its table and
 * tests; it plays nothing through the bot, so it was run), heldoutPatterns.ts,
 * lines 1-278 of batch 21 (its header and helpers; its questions begin at
 * line 279, so lines 1-278 hold no question) and lines 90-135 of
 * heldoutQuestions.ts (the HeldoutTopic union and the HeldoutCase
 * interface). playHeldout.ts and replyText.ts were allowed but not opened.
 * Earlier batches and /work/shared/examples/resident-questions.tsv were only
 * searched with grep -o / grep -c for postcodes, place and language names
 * (counts of matched strings only). Slips, told honestly: (1) heldoutSet.test.ts's
 * uniqueness tests failed on 29 first messages of this batch that an earlier
 * batch, the earlier unseen tables or the development set already open with
 * (greetings, thanks, and some plain questions), then on five of their
 * rewordings; only this batch's own colliding messages were printed, and
 * each was reworded until unique. So it is known that those strings were
 * asked before; no expectation changed. (2) The danger messages in other
 * languages were written by the helper from its own knowledge of those
 * languages, without a native speaker; some may be clumsy, though each says
 * someone is in the home or nearby and threatening to kill or hurt. The bot was never run. Every expectation was written
 * before the bot was run on any of these questions; none was taken from what
 * the bot says. Add cases, never edit an expectation to match the bot: an
 * expectation changes only if it contradicts the FACTS in /work/shared/data
 * (and then the commit names the row), or if a pattern was wrongly strict
 * about wording from the start (and then the commit says so).
 *
 * Same clock as batches 1 to 21 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Facts only from /work/shared/data: stations.csv (addresses,
 * coordinates, notes: closures by date, moves such as Hammersmith at
 * Shepherd's Bush 2016-2020, Ilford at Barkingside from 2 Nov 2020,
 * Islington's 2020 refurbishment, Bethnal Green at Shoreditch, Stoke
 * Newington reopened 3 Sep 2022, Dagenham's counter shut until 3 Jul 2023,
 * Forest Gate's fire of 6 Mar 2024), resident-facts.md (§1 contact routes,
 * Crimestoppers, Language Line and press 55; §3 the 27 counters, Charing
 * Cross and Lewisham 24 hours, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun
 * 09:00-19:00, the ten closed on 28 Feb 2026 and the five boroughs without
 * one; §4 hubs and vans; §5-§6 money, plans and counts: 136 before 2013, 73
 * after, 33 at 24/7 in 2015, 37 or 38 closed in 2017, 38 at the end of 2017,
 * 37 in 2025, the August 2025 proposal of 20, 27 now; §6 pledges),
 * london-sectors.csv and london-outcodes.csv. Bank holidays are not in the
 * data: a fair answer says it does not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters'
 * coordinates (stations.csv) to each sector's London-only centroid
 * (london-sectors.csv), to each district's London-only centroid
 * (london-outcodes.csv) for a road or landmark, or to a closed counter's own
 * coordinates. A postcode names one desk where it wins by at least 1 km; a
 * road or landmark (which the data holds no coordinates for) accepts every
 * desk within 0.8 km of the nearest on its district's centroid, or a request
 * for a postcode, and in the City also the City of London Police. A nearest
 * 24-hour desk is named only where Charing Cross or Lewisham wins by at
 * least 1.5 km. Distances are noted beside cases.
 *
 * 613 cases: 65 about danger (62 alone: 32 in English, 5 where the resident
 * cannot speak, 9 on Teams, 16 in other languages; 3 arising mid-way through
 * a conversation, one of them on Teams), 25 safe look-alikes (figurative
 * violence, games, films, sports, cooking, memes, past crimes already
 * reported), 52 conversations (10 on Teams: another day or desk, the
 * 24-hour desk after the nearest, a postcode given after being asked,
 * corrections, "the other one", "the first one", "that one", "there",
 * closures, moves and the past, danger arising mid-way), 61 played on Teams
 * (most with the "<at>StationDesk</at>" text Teams puts in a message that
 * mentions the bot, as batches 19 to 21 do; one "@StationDesk", a few with
 * nothing), 117 roads, landmarks and neighbourhoods (95 outside the City
 * counted as 'neighbourhood or town', 22 in the City of London), 89 about
 * the nearest desk to a postcode (13 nearest 24-hour desks), 39 about the
 * past (one on Teams), 20 about the service (3 on Teams), 16 requests it cannot
 * carry out, 12 off topic, 11 comparisons, 9 lists, 10 two questions in one
 * (three mixing a crime already reported with a present question), 10
 * ambiguous names, 11 small talk, 4 nonsense, 4 non-danger questions in
 * other languages, 4 outside London, and hours, times and addresses for each
 * of the 25 reduced-hours desks. No danger message uses the words help,
 * knife, 999 or emergency.
 *
 * Danger in 16 other languages none of which batches 1 to 21 name (grep -o
 * -i -w over heldoutQuestions*.ts, zero hits each): Bashkir, Chuvash,
 * Ossetian, Chechen, Tibetan, Balochi, Saraiki, Kashmiri, Assamese, Odia,
 * Dhivehi, Aymara, Greenlandic, Alsatian, Venda and Tulu. The brief's
 * examples (Chichewa, Kinyarwanda, Malagasy, Khmer, Burmese, Basque,
 * Maltese, Cebuano...) were all named before, so none is used.
 *
 * Postcodes: as batch 21 found, no geographic London sector is left that an
 * earlier batch or the examples do not name, so the full postcodes here reuse
 * earlier sectors with units invented and checked (grep -o) against every
 * full postcode in the earlier batches and the examples; non-geographic
 * districts (UB18, E98, CR90, N81, NW26, SW95, W1A, ...P) are left out.
 * Outside London, AL3 5, HP2 4, SG1 3 and RG1 3 were not named before.
 * New roads and landmarks (grep -o -i -F, zero hits in the earlier batches
 * and the examples): Bellenden Road, Choumert Road, Brookmill Road, Loampit
 * Vale, Dartmouth Road, Kent House Road, Penge High Street, Mottingham Lane,
 * Halfway Street, Pier Road Erith, Yarnton Way, Beresford Square, Charlton
 * Church Lane, Tranquil Vale, Deptford High Street, Creekside, Westcombe
 * Park, Woolwich Common, Bakers Arms, Leyton Midland Road, Wood Street
 * Walthamstow, Sewardstone, Hackney Downs, Chatsworth Road, Kingsland High
 * Street, Whitechapel Road, Green Street Upton Park, High Street North East
 * Ham, High Road Chadwell Heath, Station Lane Hornchurch, Corbets Tey, Hacton
 * Lane, Silver Street Edmonton, Church Street Enfield, Green Lanes Palmers
 * Green, Aldermans Hill, Stroud Green Road, Kentish Town Road, Camden High
 * Street, Willesden Lane, High Road Willesden, Craven Park Road, Church Road
 * Neasden, The Hyde Hendon, Station Road Edgware, Uxbridge Road Southall, The
 * Broadway Southall, Coldharbour Lane Hayes, Station Road Hayes, Bath Road
 * Harlington, High Street Yiewsley, London Road Isleworth, King Street
 * Hammersmith, Uxbridge Road Acton, Horn Lane, Northfield Avenue, Lillie
 * Road, Munster Road, Wandsworth Bridge Road, St Johns Road Clapham Junction,
 * Upper Richmond Road, Mitcham Road Tooting, Coldharbour Lane Brixton,
 * Kennington Park Road, London Road Croydon, Brighton Road Purley, Norbury
 * Avenue, London Road Mitcham, Sutton High Street, Cheam Road, Clarence
 * Street Kingston, Eden Street, Tolworth Rise, Hook Road, New Malden High
 * Street, Coombe Lane, Worple Road, Nunhead Cemetery, Connaught Water,
 * Camberwell Beauty, Lordship Lane Dulwich, Redbridge roundabout, Kings
 * Cross Coal Drops, Clerkenwell Green, Mount Pleasant, Bloomsbury Square,
 * Brunswick Centre, Charlotte Street, Soho Square, Berwick Street, Covent
 * Garden piazza, Horse Guards, St James's Park, Shepherd Market, Grosvenor
 * Square; in the City Leadenhall Street, Cullum Street, Lovat Lane, Copthall
 * Avenue, Great Winchester Street, Fenchurch Avenue, Rood Lane, Undershaft,
 * Distaff Lane, Warwick Lane, Cock Lane, Hosier Lane, St Bride Street,
 * Temple Avenue, Breams Buildings, Furnival Street, Dukes Place, Byward
 * Street and Swan Lane (plus Cornhill and St Pauls, named before).
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CHARING_CROSS, CITY_POLICE, CLOSED, CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH, HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026, NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD, ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STAYS_OPEN, STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, TEN, WALWORTH, WEEKDAYS, WEEKENDS, WEMBLEY, anyOf, at, firstLine, CRIMESTOPPERS, SHEPHERDS_BUSH,
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
/** The 2025-26 saving and gap (resident-facts.md §5). */
const SEVEN_MILLION = /£\s?7\s?m|£?7 million|seven million/i;
/** About 5% of crimes reported at counters, roughly 50,000 a year (resident-facts.md §5). */
const FIVE_PER_CENT = /\b5 ?%|5 per ?cent|five per ?cent|50,000|50 000|fifty thousand/i;


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
/** A closed counter: where to go instead (the desks nearest its own coordinates, within the margin). */
const instead = (say: string, ...desks: RegExp[]): HeldoutCase => ({ topic: 'still open or closing', turns: [{ say, must: [anyOf(...desks, ASKS_POSTCODE)] }] });

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

export const HELDOUT_CASES_22: HeldoutCase[] = [
  nearCode("nearest police station to sw10 0dp", LAVENDER_HILL), // 2.3 km vs hammersmith 3.3 km
  nearCode("UB9 6TH whats closest desk", HAYES), // 9.1 km vs wembley 13.3 km
  nearCode("closest front counter KT3 9EE pls", KINGSTON), // 3.7 km vs sutton 6.2 km
  nearCode("im in se19 2sh where do i go to report something in person", CROYDON), // 5.0 km vs brixton 6.1 km
  { ...nearCode(AT + "W1F 9QS", CHARING_CROSS), channel: 'msteams' }, // 0.9 km vs islington 3.0 km
  nearCode("nearest cop shop to SW17 8WT?", LAVENDER_HILL), // 3.6 km vs brixton 4.8 km
  nearCode("which station is nearest sw18 1sy ta", LAVENDER_HILL), // 2.3 km vs hammersmith 4.4 km
  nearCode("front desk near HA3 3SA that is actually open", WEMBLEY), // 4.1 km vs colindale 6.2 km
  nearCode("N19 3XH - nearest counter?", KENTISH_TOWN), // 2.4 km vs stoke-newington 3.9 km
  nearCode("where can i go in person near n18 9uj", EDMONTON), // 1.0 km vs tottenham 2.5 km
  nearCode("nearest police station to UB10 0EQ", HAYES), // 2.0 km vs hounslow 9.9 km
  nearCode("BR3 5PL whats closest desk", BROMLEY), // 2.7 km vs Lewisham 5.9 km
  nearCode("closest front counter en1 1an pls", EDMONTON), // 2.7 km vs tottenham 6.2 km
  { ...nearCode(AT + "im in SE13 7AG where do i go to report something in person", LEWISHAM), channel: 'msteams' }, // 0.5 km vs walworth 6.2 km
  nearCode("SW11 3UB", LAVENDER_HILL), // 1.2 km vs hammersmith 4.3 km
  nearCode("nearest cop shop to br1 4tq?", BROMLEY), // 2.3 km vs Lewisham 5.0 km
  nearCode("which station is nearest SW1W 0RU ta", CHARING_CROSS), // 2.1 km vs walworth 3.5 km
  nearCode("front desk near KT1 9LP that is actually open", KINGSTON), // 0.7 km vs hounslow 8.4 km
  nearCode("ha8 8qw - nearest counter?", COLINDALE), // 3.8 km vs wembley 8.3 km
  nearCode("where can i go in person near W5 9UR", ACTON), // 2.2 km vs wembley 4.4 km
  nearCode("nearest police station to N20 9SN", COLINDALE), // 6.2 km vs edmonton 7.8 km
  nearCode("nw4 9nt whats closest desk", COLINDALE), // 1.7 km vs kentish-town 7.0 km
  { ...nearCode(AT + "closest front counter RM2 5XU pls", ROMFORD), channel: 'msteams' }, // 0.8 km vs dagenham 4.8 km
  nearCode("im in NW9 6LW where do i go to report something in person", COLINDALE), // 1.2 km vs wembley 5.6 km
  nearCode("e4 6us", EDMONTON), // 4.4 km vs tottenham 6.3 km
  nearCode("nearest cop shop to W1K 3SS?", CHARING_CROSS), // 1.6 km vs islington 3.6 km
  nearCode("which station is nearest SM5 9QE ta", SUTTON), // 2.7 km vs croydon 4.1 km
  nearCode("front desk near ec4y 9uw that is actually open", CHARING_CROSS), // 1.0 km vs islington 2.4 km
  nearCode("CR4 4FY - nearest counter?", SUTTON), // 4.1 km vs croydon 5.6 km
  nearCode("where can i go in person near SW2 3ZR", BRIXTON), // 2.6 km vs lavender-hill 4.1 km
  nearCode("nearest police station to cr9 2zu", CROYDON), // 1.0 km vs sutton 6.3 km
  { ...nearCode(AT + "TW9 1LY whats closest desk", HOUNSLOW), channel: 'msteams' }, // 4.4 km vs acton 5.5 km
  nearCode("closest front counter W12 6PJ pls", ACTON), // 3.2 km vs wembley 4.3 km
  nearCode("im in tw3 1th where do i go to report something in person", HOUNSLOW), // 0.4 km vs acton 7.2 km
  nearCode("SE1 4HJ", WALWORTH), // 1.1 km vs Charing Cross 2.9 km
  nearCode("nearest cop shop to UB5 4YZ?", WEMBLEY), // 3.9 km vs hayes 5.9 km
  nearCode("which station is nearest tw10 7xu ta", KINGSTON), // 3.3 km vs hounslow 5.0 km
  nearCode("front desk near SE1 6EU that is actually open", WALWORTH), // 0.7 km vs Charing Cross 2.4 km
  nearCode("TW14 9TQ - nearest counter?", HOUNSLOW), // 4.2 km vs hayes 8.1 km
  nearCode("where can i go in person near ig4 5yg", ILFORD), // 3.0 km vs stratford 5.6 km
  { ...nearCode(AT + "nearest police station to SE18 1SB", PLUMSTEAD), channel: 'msteams' }, // 0.3 km vs bexleyheath 5.1 km
  nearCode("W10 6GD whats closest desk", HAMMERSMITH), // 2.7 km vs acton 4.1 km
  nearCode("closest front counter nw7 1ps pls", COLINDALE), // 2.5 km vs kentish-town 8.4 km
  nearCode("im in WC2E 7WL where do i go to report something in person", CHARING_CROSS), // 0.3 km vs islington 2.6 km
  nearCode("CR0 1XF", CROYDON), // 0.3 km vs sutton 6.4 km
  nearCode("nearest cop shop to ha9 0ng?", WEMBLEY), // 2.0 km vs colindale 5.0 km
  nearCode("which station is nearest N21 1YS ta", EDMONTON), // 3.9 km vs tottenham 6.2 km
  nearCode("front desk near N21 9LS that is actually open", EDMONTON), // 2.9 km vs tottenham 5.1 km
  nearCode("sw9 7da - nearest counter?", BRIXTON), // 0.4 km vs walworth 2.5 km
  { ...nearCode(AT + "where can i go in person near SE10 0NE", LEWISHAM), channel: 'msteams' }, // 3.5 km vs stratford 5.3 km
  nearCode("nearest police station to WD3 1US", HAYES), // 10.0 km vs wembley 12.2 km
  nearCode("se10 8ed whats closest desk", LEWISHAM), // 1.3 km vs walworth 6.1 km
  nearCode("closest front counter E15 3DB pls", STRATFORD), // 0.8 km vs bethnal-green 4.4 km
  nearCode("im in SW20 0BT where do i go to report something in person", KINGSTON), // 4.9 km vs sutton 6.7 km
  nearCode("da7 5qt", BEXLEYHEATH), // 1.9 km vs plumstead 3.4 km
  nearCode("nearest cop shop to SW1Y 5PL?", CHARING_CROSS), // 0.7 km vs walworth 3.1 km
  nearCode("which station is nearest HA0 1NQ ta", WEMBLEY), // 1.5 km vs acton 3.7 km
  nearCode("front desk near se17 3pu that is actually open", WALWORTH), // 0.4 km vs brixton 2.6 km
  { ...nearCode(AT + "N14 6FX - nearest counter?", EDMONTON), channel: 'msteams' }, // 4.4 km vs tottenham 5.9 km
  nearCode("where can i go in person near N18 1HX", EDMONTON), // 1.6 km vs tottenham 2.7 km
  nearCode("nearest police station to da15 9tb", BEXLEYHEATH), // 3.1 km vs plumstead 4.8 km
  nearCode("CR8 5NQ whats closest desk", CROYDON), // 5.7 km vs sutton 7.7 km
  nearCode("closest front counter WC1B 3BN pls", CHARING_CROSS), // 1.0 km vs islington 2.1 km
  nearCode("im in wc2r 0sg where do i go to report something in person", CHARING_CROSS), // 0.2 km vs islington 2.7 km
  nearCode("SW18 4DH", LAVENDER_HILL), // 2.8 km vs hammersmith 5.6 km
  nearCode("nearest cop shop to W1U 4NN?", CHARING_CROSS), // 2.2 km vs islington 3.3 km
  nearCode("which station is nearest w1t 1qu ta", CHARING_CROSS), // 1.1 km vs islington 2.4 km
  { ...nearCode(AT + "front desk near TW4 7XN that is actually open", HOUNSLOW), channel: 'msteams' }, // 1.8 km vs hayes 6.7 km
  nearCode("E8 2RL - nearest counter?", STOKE_NEWINGTON), // 0.9 km vs bethnal-green 2.7 km
  nearCode("where can i go in person near se4 1bb", LEWISHAM), // 1.5 km vs walworth 5.6 km
  nearCode("nearest police station to DA6 7GH", BEXLEYHEATH), // 0.3 km vs plumstead 5.0 km
  nearCode("WC2N 5BQ whats closest desk", CHARING_CROSS), // 0.2 km vs walworth 2.8 km
  nearCode("closest front counter se2 8be pls", PLUMSTEAD), // 1.5 km vs bexleyheath 5.5 km
  nearCode("im in SE8 3PG where do i go to report something in person", LEWISHAM), // 2.6 km vs walworth 4.9 km
  nearCode("SW6 6AJ", HAMMERSMITH), // 2.0 km vs lavender-hill 4.0 km
  near24("nearest 24 hour desk to SE19 2JX", LEWISHAM), // 7.2 km vs 11.1 km
  near24("BR3 5DY which one is open all night", LEWISHAM), // 5.9 km vs 13.3 km
  near24("whats the closest place open 24/7 from SE13 7TA", LEWISHAM), // 0.5 km vs 9.0 km
  near24("24hr station near N11 1LL?", CHARING_CROSS), // 12.2 km vs 19.6 km
  near24("i work nights near BR1 4EF, closest 24 hour counter", LEWISHAM), // 5.0 km vs 13.6 km
  near24("N20 9YY round the clock desk nearest", CHARING_CROSS), // 14.2 km vs 22.1 km
  near24("nearest 24 hour desk to NW9 6NB", CHARING_CROSS), // 12.1 km vs 21.5 km
  near24("CR8 4ZE which one is open all night", LEWISHAM), // 17.1 km vs 20.4 km
  near24("whats the closest place open 24/7 from EC4Y 1ZF", CHARING_CROSS), // 1.2 km vs 8.9 km
  near24("24hr station near W10 6PZ?", CHARING_CROSS), // 6.6 km vs 15.7 km
  near24("i work nights near EC1A 7GP, closest 24 hour counter", CHARING_CROSS), // 2.0 km vs 8.7 km
  near24("N21 1UU round the clock desk nearest", CHARING_CROSS), // 14.7 km vs 20.9 km
  near24("nearest 24 hour desk to N21 9XS", CHARING_CROSS), // 13.8 km vs 19.9 km
  nearPlace("nearest police station to bellenden road", WALWORTH, BRIXTON), // SE15 centroid: walworth 2.9, brixton 3.4, Lewisham 4.0
  nearPlace("im by Choumert Road where can i report something", WALWORTH, BRIXTON), // SE15 centroid: walworth 2.9, brixton 3.4, Lewisham 4.0
  teamsPlace(AT + "Brookmill Road closest front desk?", LEWISHAM), // SE8 centroid: Lewisham 2.5, walworth 4.8, bethnal-green 5.4
  nearPlace("whats the nearest counter to Loampit Vale pls", LEWISHAM), // SE13 centroid: Lewisham 0.4, walworth 6.9, bromley 7.0
  nearPlace("near dartmouth road - where do i go in person", LEWISHAM), // SE23 centroid: Lewisham 3.6, brixton 5.1, walworth 6.3
  nearPlace("staying near Kent House Road this week, nearest station?", LEWISHAM, BRIXTON), // SE26 centroid: Lewisham 5.0, brixton 5.8, bromley 5.9
  nearPlace("Penge High Street nearest cop shop", CROYDON, BROMLEY), // SE20 centroid: croydon 5.2, bromley 5.6, Lewisham 6.6
  nearPlace("which desk is closest if im on Mottingham Lane", LEWISHAM, PLUMSTEAD, BROMLEY), // SE9 centroid: Lewisham 4.9, plumstead 5.4, bromley 5.7
  nearPlace("nearest police station to halfway street", BEXLEYHEATH), // DA15 centroid: bexleyheath 3.9, plumstead 5.0, bromley 7.3
  teamsPlace(AT + "im by Pier Road Erith where can i report something", BEXLEYHEATH), // DA8 centroid: bexleyheath 2.8, plumstead 5.7, dagenham 7.7
  nearPlace("Yarnton Way closest front desk?", PLUMSTEAD), // SE28 centroid: plumstead 1.8, bexleyheath 5.9, dagenham 6.4
  nearPlace("whats the nearest counter to Beresford Square pls", PLUMSTEAD), // SE18 centroid: plumstead 1.6, bexleyheath 6.1, Lewisham 6.2
  nearPlace("near charlton church lane - where do i go in person", LEWISHAM, PLUMSTEAD), // SE7 centroid: Lewisham 3.8, plumstead 4.3, stratford 6.5
  nearPlace("staying near Tranquil Vale this week, nearest station?", LEWISHAM), // SE3 centroid: Lewisham 2.2, plumstead 5.6, bromley 7.7
  nearPlace("Deptford High Street nearest cop shop", LEWISHAM), // SE8 centroid: Lewisham 2.5, walworth 4.8, bethnal-green 5.4
  nearPlace("which desk is closest if im on Creekside", LEWISHAM), // SE8 centroid: Lewisham 2.5, walworth 4.8, bethnal-green 5.4
  teamsPlace(AT + "nearest police station to westcombe park", LEWISHAM), // SE3 centroid: Lewisham 2.2, plumstead 5.6, bromley 7.7
  nearPlace("im by Woolwich Common where can i report something", PLUMSTEAD), // SE18 centroid: plumstead 1.6, bexleyheath 6.1, Lewisham 6.2
  nearPlace("Bakers Arms closest front desk?", STRATFORD), // E10 centroid: stratford 3.4, stoke-newington 4.3, tottenham 4.6
  nearPlace("whats the nearest counter to Leyton Midland Road pls", STRATFORD), // E10 centroid: stratford 3.4, stoke-newington 4.3, tottenham 4.6
  nearPlace("near wood street walthamstow - where do i go in person", TOTTENHAM), // E17 centroid: tottenham 3.4, edmonton 4.8, stoke-newington 4.9
  nearPlace("staying near Sewardstone this week, nearest station?", EDMONTON), // E4 centroid: edmonton 3.8, tottenham 5.5, stoke-newington 8.5
  nearPlace("Hackney Downs nearest cop shop", STOKE_NEWINGTON), // E5 centroid: stoke-newington 1.5, bethnal-green 3.5, tottenham 3.7
  teamsPlace(AT + "which desk is closest if im on Chatsworth Road", STOKE_NEWINGTON), // E5 centroid: stoke-newington 1.5, bethnal-green 3.5, tottenham 3.7
  nearPlace("nearest police station to kingsland high street", STOKE_NEWINGTON, BETHNAL_GREEN), // E8 centroid: stoke-newington 1.7, bethnal-green 1.9, islington 3.3
  nearPlace("im by Whitechapel Road where can i report something", BETHNAL_GREEN), // E1 centroid: bethnal-green 1.3, islington 4.0, walworth 4.1
  nearPlace("Green Street Upton Park closest front desk?", STRATFORD), // E13 centroid: stratford 2.0, ilford 5.2, bethnal-green 5.6
  nearPlace("whats the nearest counter to High Street North East Ham pls", STRATFORD, ILFORD), // E6 centroid: stratford 3.7, ilford 4.2, plumstead 5.3
  nearPlace("near high road chadwell heath - where do i go in person", ILFORD, ROMFORD, DAGENHAM), // RM6 centroid: ilford 3.8, romford 4.0, dagenham 4.2
  nearPlace("staying near Station Lane Hornchurch this week, nearest station?", DAGENHAM, ROMFORD), // RM12 centroid: dagenham 3.0, romford 3.6, ilford 8.8
  teamsPlace(AT + "Corbets Tey nearest cop shop", ROMFORD), // RM14 centroid: romford 5.6, dagenham 6.5, ilford 12.2
  nearPlace("which desk is closest if im on Hacton Lane", DAGENHAM, ROMFORD), // RM12 centroid: dagenham 3.0, romford 3.6, ilford 8.8
  nearPlace("nearest police station to silver street edmonton", EDMONTON), // N18 centroid: edmonton 1.0, tottenham 2.6, stoke-newington 6.2
  nearPlace("im by Church Street Enfield where can i report something", EDMONTON), // EN2 centroid: edmonton 4.8, tottenham 7.9, stoke-newington 11.4
  nearPlace("Green Lanes Palmers Green closest front desk?", EDMONTON), // N13 centroid: edmonton 3.0, tottenham 3.8, stoke-newington 7.0
  nearPlace("whats the nearest counter to Aldermans Hill pls", EDMONTON), // N13 centroid: edmonton 3.0, tottenham 3.8, stoke-newington 7.0
  nearPlace("near stroud green road - where do i go in person", STOKE_NEWINGTON), // N4 centroid: stoke-newington 2.4, tottenham 3.3, kentish-town 3.5
  teamsPlace(AT + "staying near Kentish Town Road this week, nearest station?", KENTISH_TOWN), // NW5 centroid: kentish-town 0.3, islington 3.1, Charing Cross 4.9
  nearPlace("Camden High Street nearest cop shop", KENTISH_TOWN, ISLINGTON), // NW1 centroid: kentish-town 1.8, islington 2.3, Charing Cross 2.9
  nearPlace("which desk is closest if im on Willesden Lane", KENTISH_TOWN), // NW6 centroid: kentish-town 3.8, hammersmith 5.6, islington 6.0
  nearPlace("nearest police station to high road willesden", ACTON, WEMBLEY), // NW10 centroid: acton 4.1, wembley 4.2, hammersmith 5.4
  nearPlace("im by Craven Park Road where can i report something", ACTON, WEMBLEY), // NW10 centroid: acton 4.1, wembley 4.2, hammersmith 5.4
  nearPlace("Church Road Neasden closest front desk?", ACTON, WEMBLEY), // NW10 centroid: acton 4.1, wembley 4.2, hammersmith 5.4
  nearPlace("whats the nearest counter to The Hyde Hendon pls", COLINDALE), // NW9 centroid: colindale 1.3, wembley 5.4, kentish-town 8.9
  teamsPlace(AT + "near station road edgware - where do i go in person", COLINDALE), // HA8 centroid: colindale 2.8, wembley 7.0, kentish-town 11.4
  nearPlace("staying near Uxbridge Road Southall this week, nearest station?", HAYES), // UB1 centroid: hayes 4.4, hounslow 5.2, wembley 6.2
  nearPlace("The Broadway Southall nearest cop shop", HAYES), // UB1 centroid: hayes 4.4, hounslow 5.2, wembley 6.2
  nearPlace("which desk is closest if im on Coldharbour Lane Hayes", HAYES), // UB3 centroid: hayes 2.3, hounslow 5.8, wembley 9.7
  nearPlace("nearest police station to station road hayes", HAYES), // UB3 centroid: hayes 2.3, hounslow 5.8, wembley 9.7
  nearPlace("im by Bath Road Harlington where can i report something", HAYES), // UB3 centroid: hayes 2.3, hounslow 5.8, wembley 9.7
  nearPlace("High Street Yiewsley closest front desk?", HAYES), // UB7 centroid: hayes 3.3, hounslow 8.3, wembley 12.5
  teamsPlace(AT + "whats the nearest counter to London Road Isleworth pls", HOUNSLOW), // TW7 centroid: hounslow 2.0, acton 5.7, kingston 7.5
  nearPlace("near king street hammersmith - where do i go in person", HAMMERSMITH), // W6 centroid: hammersmith 0.4, acton 3.7, lavender-hill 5.5
  nearPlace("staying near Uxbridge Road Acton this week, nearest station?", ACTON), // W3 centroid: acton 0.6, hammersmith 3.5, wembley 5.2
  nearPlace("Horn Lane nearest cop shop", ACTON), // W3 centroid: acton 0.6, hammersmith 3.5, wembley 5.2
  nearPlace("which desk is closest if im on Northfield Avenue", ACTON), // W13 centroid: acton 3.2, wembley 4.4, hounslow 5.7
  nearPlace("nearest police station to lillie road", HAMMERSMITH, LAVENDER_HILL), // SW6 centroid: hammersmith 2.6, lavender-hill 3.0, brixton 6.2
  nearPlace("im by Munster Road where can i report something", HAMMERSMITH, LAVENDER_HILL), // SW6 centroid: hammersmith 2.6, lavender-hill 3.0, brixton 6.2
  teamsPlace(AT + "Wandsworth Bridge Road closest front desk?", HAMMERSMITH, LAVENDER_HILL), // SW6 centroid: hammersmith 2.6, lavender-hill 3.0, brixton 6.2
  nearPlace("whats the nearest counter to St Johns Road Clapham Junction pls", LAVENDER_HILL), // SW11 centroid: lavender-hill 0.5, brixton 3.5, walworth 5.1
  nearPlace("near upper richmond road - where do i go in person", HAMMERSMITH, LAVENDER_HILL), // SW15 centroid: hammersmith 4.2, lavender-hill 4.7, acton 6.6
  nearPlace("staying near Mitcham Road Tooting this week, nearest station?", LAVENDER_HILL), // SW17 centroid: lavender-hill 3.7, brixton 5.2, sutton 8.0
  nearPlace("Coldharbour Lane Brixton nearest cop shop", BRIXTON), // SW9 centroid: brixton 0.5, walworth 2.5, lavender-hill 3.4
  nearPlace("which desk is closest if im on Kennington Park Road", WALWORTH), // SE11 centroid: walworth 1.0, Charing Cross 2.4, brixton 2.8
  nearPlace("nearest police station to london road croydon", CROYDON), // CR0 centroid: croydon 1.3, bromley 7.3, sutton 8.0
  teamsPlace(AT + "im by Brighton Road Purley where can i report something", CROYDON), // CR8 centroid: croydon 4.5, sutton 6.2, bromley 11.9
  nearPlace("Norbury Avenue closest front desk?", BRIXTON, LAVENDER_HILL), // SW16 centroid: brixton 5.0, lavender-hill 5.3, croydon 6.1
  nearPlace("whats the nearest counter to London Road Mitcham pls", SUTTON, CROYDON), // CR4 centroid: sutton 5.3, croydon 5.8, lavender-hill 6.7
  nearPlace("near sutton high street - where do i go in person", SUTTON), // SM1 centroid: sutton 0.7, croydon 6.7, kingston 9.1
  nearPlace("staying near Cheam Road this week, nearest station?", SUTTON), // SM1 centroid: sutton 0.7, croydon 6.7, kingston 9.1
  nearPlace("Clarence Street Kingston nearest cop shop", KINGSTON), // KT1 centroid: kingston 0.6, hounslow 8.2, sutton 9.0
  nearPlace("which desk is closest if im on Eden Street", KINGSTON), // KT1 centroid: kingston 0.6, hounslow 8.2, sutton 9.0
  teamsPlace(AT + "nearest police station to tolworth rise", KINGSTON), // KT5 centroid: kingston 2.4, sutton 7.4, hounslow 10.3
  nearPlace("im by Hook Road where can i report something", KINGSTON), // KT9 centroid: kingston 5.0, sutton 7.8, hounslow 12.5
  nearPlace("New Malden High Street closest front desk?", KINGSTON), // KT3 centroid: kingston 3.5, sutton 6.3, lavender-hill 9.8
  nearPlace("whats the nearest counter to Coombe Lane pls", KINGSTON, SUTTON), // SW20 centroid: kingston 5.5, sutton 6.1, lavender-hill 7.5
  nearPlace("near worple road - where do i go in person", LAVENDER_HILL), // SW19 centroid: lavender-hill 5.3, sutton 7.0, kingston 7.4
  cityPlace("police desk near Leadenhall Street in the city?", BETHNAL_GREEN, ISLINGTON, WALWORTH, CHARING_CROSS), // EC3A centroid: bethnal-green 2.4, islington 3.0, walworth 3.1
  cityPlace("work on Cullum Street - where do i report a theft in person", BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // EC3M centroid: bethnal-green 2.7, walworth 2.7, Charing Cross 3.0
  { ...cityPlace(AT + "Lovat Lane EC nearest front counter", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), channel: 'msteams' }, // EC3R centroid: walworth 2.6, bethnal-green 2.8, Charing Cross 2.9
  cityPlace("nearest station to Copthall Avenue (city of london)", ISLINGTON, CHARING_CROSS, BETHNAL_GREEN, WALWORTH), // EC2R centroid: islington 2.4, Charing Cross 2.4, bethnal-green 2.9
  cityPlace("lost my wallet near Great Winchester Street, where do i hand in / report", BETHNAL_GREEN, ISLINGTON, CHARING_CROSS, WALWORTH), // EC2N centroid: bethnal-green 2.6, islington 2.7, Charing Cross 2.8
  cityPlace("police desk near Fenchurch Avenue in the city?", BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // EC3M centroid: bethnal-green 2.7, walworth 2.7, Charing Cross 3.0
  cityPlace("work on Rood Lane - where do i report a theft in person", BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // EC3M centroid: bethnal-green 2.7, walworth 2.7, Charing Cross 3.0
  { ...cityPlace(AT + "Undershaft EC nearest front counter", BETHNAL_GREEN, ISLINGTON, WALWORTH, CHARING_CROSS), channel: 'msteams' }, // EC3A centroid: bethnal-green 2.4, islington 3.0, walworth 3.1
  cityPlace("nearest station to Distaff Lane (city of london)", CHARING_CROSS, ISLINGTON), // EC4V centroid: Charing Cross 1.7, islington 2.5, walworth 2.6
  cityPlace("lost my wallet near Warwick Lane, where do i hand in / report", CHARING_CROSS, ISLINGTON), // EC4M centroid: Charing Cross 1.8, islington 2.3, walworth 2.8
  cityPlace("police desk near Cock Lane in the city?", ISLINGTON, CHARING_CROSS), // EC1A centroid: islington 1.5, Charing Cross 1.9, walworth 3.5
  cityPlace("work on Hosier Lane - where do i report a theft in person", ISLINGTON, CHARING_CROSS), // EC1A centroid: islington 1.5, Charing Cross 1.9, walworth 3.5
  { ...cityPlace(AT + "St Bride Street EC nearest front counter", CHARING_CROSS, ISLINGTON), channel: 'msteams' }, // EC4A centroid: Charing Cross 1.3, islington 2.0, walworth 3.0
  cityPlace("nearest station to Temple Avenue (city of london)", CHARING_CROSS), // EC4Y centroid: Charing Cross 1.1, islington 2.3, walworth 2.7
  cityPlace("lost my wallet near Breams Buildings, where do i hand in / report", CHARING_CROSS, ISLINGTON), // EC4A centroid: Charing Cross 1.3, islington 2.0, walworth 3.0
  cityPlace("police desk near Furnival Street in the city?", CHARING_CROSS, ISLINGTON), // EC4A centroid: Charing Cross 1.3, islington 2.0, walworth 3.0
  cityPlace("work on Dukes Place - where do i report a theft in person", BETHNAL_GREEN, ISLINGTON, WALWORTH, CHARING_CROSS), // EC3A centroid: bethnal-green 2.4, islington 3.0, walworth 3.1
  { ...cityPlace(AT + "Byward Street EC nearest front counter", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), channel: 'msteams' }, // EC3R centroid: walworth 2.6, bethnal-green 2.8, Charing Cross 2.9
  cityPlace("nearest station to Swan Lane (city of london)", CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R centroid: Charing Cross 2.4, walworth 2.5, islington 2.9
  nearPlace("staying near Nunhead Cemetery this week, nearest station?", WALWORTH, BRIXTON), // SE15 centroid: walworth 2.9, brixton 3.4, Lewisham 4.0
  nearPlace("Connaught Water nearest cop shop", EDMONTON), // E4 centroid: edmonton 3.8, tottenham 5.5, stoke-newington 8.5
  teamsPlace(AT + "which desk is closest if im on Camberwell Beauty", WALWORTH, BRIXTON), // SE5 centroid: walworth 1.8, brixton 1.8, Charing Cross 4.6
  nearPlace("nearest police station to lordship lane dulwich", BRIXTON), // SE22 centroid: brixton 3.0, walworth 4.2, Lewisham 4.4
  nearPlace("im by Redbridge roundabout where can i report something", ILFORD), // IG4 centroid: ilford 3.0, stratford 5.6, tottenham 8.4
  nearPlace("Kings Cross Coal Drops closest front desk?", ISLINGTON), // N1 centroid: islington 1.1, stoke-newington 2.7, bethnal-green 3.2
  nearPlace("whats the nearest counter to Clerkenwell Green pls", ISLINGTON), // EC1R centroid: islington 1.0, Charing Cross 2.0, kentish-town 3.6
  nearPlace("near mount pleasant - where do i go in person", ISLINGTON), // WC1X centroid: islington 0.9, Charing Cross 2.0, kentish-town 3.2
  nearPlace("staying near Bloomsbury Square this week, nearest station?", CHARING_CROSS, ISLINGTON), // WC1A centroid: Charing Cross 1.2, islington 1.6, kentish-town 3.6
  teamsPlace(AT + "Brunswick Centre nearest cop shop", ISLINGTON, CHARING_CROSS), // WC1N centroid: islington 1.4, Charing Cross 1.5, kentish-town 3.3
  nearPlace("which desk is closest if im on Charlotte Street", CHARING_CROSS), // W1T centroid: Charing Cross 1.4, islington 2.3, kentish-town 3.3
  nearPlace("nearest police station to soho square", CHARING_CROSS), // W1D centroid: Charing Cross 0.7, islington 2.7, walworth 3.6
  nearPlace("im by Berwick Street where can i report something", CHARING_CROSS), // W1F centroid: Charing Cross 0.9, islington 2.9, walworth 3.8
  nearPlace("Covent Garden piazza closest front desk?", CHARING_CROSS), // WC2E centroid: Charing Cross 0.3, islington 2.6, walworth 3.1
  nearPlace("whats the nearest counter to Horse Guards pls", CHARING_CROSS), // SW1A centroid: Charing Cross 0.8, walworth 2.9, islington 3.6
  nearPlace("near st james's park - where do i go in person", CHARING_CROSS), // SW1H centroid: Charing Cross 1.4, walworth 2.7, brixton 4.0
  teamsPlace(AT + "staying near Shepherd Market this week, nearest station?", CHARING_CROSS), // W1J centroid: Charing Cross 1.4, islington 3.7, walworth 3.9
  nearPlace("Grosvenor Square nearest cop shop", CHARING_CROSS), // W1K centroid: Charing Cross 1.8, islington 3.8, kentish-town 4.3
  hoursOn("dagenham cop shop sunday times?", DAGENHAM, WEEKENDS),
  shutAt("is dagenham open at 11pm tonight", DAGENHAM, 22),
  openAt("is dagenham open right now", DAGENHAM),
  ask('address', "address for dagenham police station", [DAGENHAM, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("what time does colindale open on a saturday morning", COLINDALE, WEEKENDS),
  shutAt("colindale still open at half 10 tonight?", COLINDALE, 22),
  openAt("colindale open atm?", COLINDALE),
  ask('still open or closing', "they shutting colindale or is it staying", [COLINDALE, STAYS_OPEN], [SAYS_YES]),
  hoursOn("bexleyheath weekend hours pls", BEXLEYHEATH, WEEKENDS),
  shutAt("can i go to bexleyheath at 7am tomorrow morning", BEXLEYHEATH, 9),
  openAt("can i pop into bexleyheath this afternoon", BEXLEYHEATH),
  ask('address', "whats the address of bexleyheath cop shop", [BEXLEYHEATH, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("is wembley desk open sat or just weekdays", WEMBLEY, WEEKENDS),
  shutAt("wembley at 8 in the morning saturday open?", WEMBLEY, 9),
  openAt("wembley desk open now or not", WEMBLEY),
  hoursOn("bromley hrs on sun", BROMLEY, WEEKENDS),
  shutAt("bromley open at 3am?", BROMLEY, 22),
  openAt("is bromley open at 6pm today", BROMLEY),
  ask('address', "where exactly is bromley station", [BROMLEY, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  ask('still open or closing', "they shutting bromley or is it staying", [BROMLEY, STAYS_OPEN], [SAYS_YES]),
  hoursOn("kentish town station opening times this weekend", KENTISH_TOWN, WEEKENDS),
  shutAt("kentish town open 23:30 tonight", KENTISH_TOWN, 22),
  openAt("kentish town open at 9pm tonight?", KENTISH_TOWN),
  hoursOn("when does croydon shut on sunday", CROYDON, WEEKENDS),
  shutAt("is croydon open at 11pm tonight", CROYDON, 22),
  openAt("is croydon open right now", CROYDON),
  ask('address', "address for croydon police station", [CROYDON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("acton open sat? what time till", ACTON, WEEKENDS),
  shutAt("acton still open at half 10 tonight?", ACTON, 22),
  openAt("acton open atm?", ACTON),
  ask('still open or closing', "they shutting acton or is it staying", [ACTON, STAYS_OPEN], [SAYS_YES]),
  hoursOn("edmonton cop shop sunday times?", EDMONTON, WEEKENDS),
  shutAt("can i go to edmonton at 7am tomorrow morning", EDMONTON, 9),
  openAt("can i pop into edmonton this afternoon", EDMONTON),
  ask('address', "whats the address of edmonton cop shop", [EDMONTON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("what time does plumstead open on a saturday morning", PLUMSTEAD, WEEKENDS),
  shutAt("plumstead at 8 in the morning saturday open?", PLUMSTEAD, 9),
  openAt("plumstead desk open now or not", PLUMSTEAD),
  hoursOn("stoke newington weekend hours pls", STOKE_NEWINGTON, WEEKENDS),
  shutAt("stoke newington open at 3am?", STOKE_NEWINGTON, 22),
  openAt("is stoke newington open at 6pm today", STOKE_NEWINGTON),
  ask('address', "where exactly is stoke newington station", [STOKE_NEWINGTON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  ask('still open or closing', "they shutting stoke newington or is it staying", [STOKE_NEWINGTON, STAYS_OPEN], [SAYS_YES]),
  hoursOn("is hammersmith desk open sat or just weekdays", HAMMERSMITH, WEEKENDS),
  shutAt("hammersmith open 23:30 tonight", HAMMERSMITH, 22),
  openAt("hammersmith open at 9pm tonight?", HAMMERSMITH),
  hoursOn("tottenham hrs on sun", TOTTENHAM, WEEKENDS),
  shutAt("is tottenham open at 11pm tonight", TOTTENHAM, 22),
  openAt("is tottenham open right now", TOTTENHAM),
  ask('address', "address for tottenham police station", [TOTTENHAM, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("romford station opening times this weekend", ROMFORD, WEEKENDS),
  shutAt("romford still open at half 10 tonight?", ROMFORD, 22),
  openAt("romford open atm?", ROMFORD),
  ask('still open or closing', "they shutting romford or is it staying", [ROMFORD, STAYS_OPEN], [SAYS_YES]),
  hoursOn("when does hayes shut on sunday", HAYES, WEEKENDS),
  shutAt("can i go to hayes at 7am tomorrow morning", HAYES, 9),
  openAt("can i pop into hayes this afternoon", HAYES),
  ask('address', "whats the address of hayes cop shop", [HAYES, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("hounslow open sat? what time till", HOUNSLOW, WEEKENDS),
  shutAt("hounslow at 8 in the morning saturday open?", HOUNSLOW, 9),
  openAt("hounslow desk open now or not", HOUNSLOW),
  hoursOn("islington cop shop sunday times?", ISLINGTON, WEEKENDS),
  shutAt("islington open at 3am?", ISLINGTON, 22),
  openAt("is islington open at 6pm today", ISLINGTON),
  ask('address', "where exactly is islington station", [ISLINGTON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  ask('still open or closing', "they shutting islington or is it staying", [ISLINGTON, STAYS_OPEN], [SAYS_YES]),
  hoursOn("what time does kingston open on a saturday morning", KINGSTON, WEEKENDS),
  shutAt("kingston open 23:30 tonight", KINGSTON, 22),
  openAt("kingston open at 9pm tonight?", KINGSTON),
  hoursOn("brixton weekend hours pls", BRIXTON, WEEKENDS),
  shutAt("is brixton open at 11pm tonight", BRIXTON, 22),
  openAt("is brixton open right now or have i missed it", BRIXTON),
  ask('address', "address for brixton police station", [BRIXTON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("is stratford desk open sat or just weekdays", STRATFORD, WEEKENDS),
  shutAt("stratford still open at half 10 tonight?", STRATFORD, 22),
  openAt("stratford open atm?", STRATFORD),
  ask('still open or closing', "they shutting stratford or is it staying", [STRATFORD, STAYS_OPEN], [SAYS_YES]),
  hoursOn("ilford hrs on sun", ILFORD, WEEKENDS),
  shutAt("can i go to ilford at 7am tomorrow morning", ILFORD, 9),
  openAt("can i pop into ilford this afternoon", ILFORD),
  ask('address', "whats the address of ilford cop shop", [ILFORD, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  hoursOn("walworth station opening times this weekend", WALWORTH, WEEKENDS),
  shutAt("walworth at 8 in the morning saturday open?", WALWORTH, 9),
  openAt("walworth desk open now or not", WALWORTH),
  hoursOn("when does sutton shut on sunday", SUTTON, WEEKENDS),
  shutAt("sutton open at 3am?", SUTTON, 22),
  openAt("is sutton open at 6pm today", SUTTON),
  ask('address', "where exactly is sutton station", [SUTTON, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  ask('still open or closing', "they shutting sutton or is it staying", [SUTTON, STAYS_OPEN], [SAYS_YES]),
  hoursOn("bethnal green open sat? what time till", BETHNAL_GREEN, WEEKENDS),
  shutAt("bethnal green open 23:30 tonight", BETHNAL_GREEN, 22),
  openAt("bethnal green open at 9pm tonight?", BETHNAL_GREEN),
  hoursOn("lavender hill cop shop sunday times?", LAVENDER_HILL, WEEKENDS),
  shutAt("is lavender hill open at 11pm tonight", LAVENDER_HILL, 22),
  openAt("is lavender hill open right now", LAVENDER_HILL),
  ask('address', "address for lavender hill police station", [LAVENDER_HILL, /\d|Road|Street|Lane|Hill|High|Way|Broadway|[A-Z]{1,2}\d/i]),
  // ----- danger, in English (no help, knife, 999 or emergency)
  danger('theres a guy kicking my front door in rn and my kids are upstairs'),
  danger('my ex just turned up drunk n hes got a bat, hes outside the window'),
  danger('some1 been stabbed outside the chicken shop on the corner bleeding loads'),
  danger('neighbour screaming thru the wall sounds like hes killing her'),
  danger('man followin me from the bus stop n wont go away im scared hes gonna grab me'),
  danger('CAR JUST MOUNTED THE PAVEMENT AND HIT PEOPLE'),
  danger('theres smoke n someone trapped in the flat above, can hear them banging'),
  danger('lads with machetes chasing a kid down the estate right now'),
  danger('my mate took a load of pills and says he wants to end it tonight, hes on the bridge'),
  danger('hes gonna do her in i swear, hes got her by the neck in the car park'),
  danger('someone is trying the back door handle, i live alone and its 2am'),
  danger('gonna be a fight outside the pub in like 5 mins theyre getting tooled up'),
  danger('bloke waving a gun about on the high street 😨😨'),
  danger('my dad hit my mum again and now hes locked us in the kitchen'),
  danger('i think my flatmate is going to hurt himself, hes got the razor blades out'),
  danger('old lady collapsed after being mugged, lads ran off towards the station, shes not moving'),
  danger('sorry long msg, been meaning to ask about opening times for ages cos i lost my bank card last month, but anyway right now theres a man in my garden with a crowbar looking in the windows and my husband is away'),
  danger('my daughter texted saying shes been locked in a room by some older men and doesnt know where she is'),
  danger('moped gang just smashed the jewellers window and are still inside grabbing stuff'),
  danger('im hiding in the toilet at work, a customer is going crazy with a hammer'),
  danger('brother just rang sayin 3 guys are about to jump him outside the station'),
  danger('think someones bein kidnapped, they dragged a woman into a van on my road just now'),
  danger('my son hasnt come home, got a message saying theyll hurt him if we dont pay'),
  danger('stalker ex is parked outside AGAIN and just slashed my tyres, hes still sitting there'),
  danger('acid thrown at someone on the platform, theyre screaming'),
  danger('hes threatening to burn the house down with us in it, he poured petrol'),
  danger('can you send someone my husband is choking me every night and tonight its worse he said he will finish it'),
  danger('wat do i do a man just pulled out a blade on the night bus'),
  danger('kid on a bike just got shot at, we re on the estate by the shops'),
  danger('my friend is being held against her will at a house party, shes texting me from the bathroom'),
  silentDanger('cant talk hes in the next room. he said if i make a sound he will kill me'),
  silentDanger('i cant speak out loud someone broke in and im hiding under the bed'),
  silentDanger('typing this quietly, my partner has locked me in and is getting violent, cant call and talk'),
  silentDanger('deaf? no, just cant talk - hes standing right outside the wardrobe im in'),
  silentDanger('if i phone and whisper will they hear me? man in my flat with a weapon rn'),
  teamsDanger(AT + 'someone has just attacked a colleague in reception, theres blood everywhere'),
  teamsDanger(AT + 'guy in the car park threatening staff with a screwdriver right now'),
  teamsDanger('<at>StationDesk</at> armed man in our office lobby, we have locked the doors'),
  teamsDanger(AT + 'my coworker said her ex is on his way here to hurt her, he is 5 mins away'),
  teamsDanger('@StationDesk there is a fire and people stuck on the 4th floor of our building'),
  teamsDanger(AT + 'a visitor collapsed after a fight in the lobby, the attacker is still here'),
  teamsDanger('suspicious bag left ticking by the lifts and a man ran off'),
  teamsDanger(AT + 'intruder on site going desk to desk, security cant find him, staff hiding'),
  // ----- danger in other languages none of batches 1-21 name
  danger('Ярҙам итегеҙ! Бер кеше ишекте ватып инде, мине үлтерәм ти'), // Bashkir
  danger('Пулăшăр! Пĕр арçын мана вĕлеретĕп тесе кăшкăрать, алăк патĕнче тăрать'), // Chuvash
  danger('Баххуыс кæнут! Иу лæг мæ хæдзармæ бахызт æмæ мæ марынмæ хъавы'), // Ossetian
  danger('Гӏо дейша! Цхьа стаг сан цӏа чу веана, иза со вен воллу'), // Chechen
  danger('ང་ལ་རོགས་རམ་གནང་རོགས། མི་ཞིག་གིས་ང་གསོད་རྒྱུ་ཡིན་ཟེར། ཁོ་སྒོ་ཁར་འདུག'), // Tibetan
  danger('منی کمک کنیت! یک مردے منی لوگا پترتگ و منا کُشگ لوٹیت'), // Balochi
  danger('میکوں بچاؤ! ہک بندہ گھر اچ وڑ آئے تے آہدے میکوں مار ڈیساں'), // Saraiki
  danger('مےٚ بچٲیِو! اَکھ نَفَر چھُ گرِ اَندر اَژان تہٕ وَنان مےٚ مارَے'), // Kashmiri
  danger('মোক বচাওক! এজন মানুহ ঘৰত সোমাইছে আৰু মোক মাৰি পেলাম বুলি কৈছে'), // Assamese
  danger('ମୋତେ ବଞ୍ଚାନ୍ତୁ! ଜଣେ ଲୋକ ଘରେ ପଶିଛି ଆଉ ମୋତେ ମାରିଦେବ ବୋଲି କହୁଛି'), // Odia
  danger('ޖެހިލާ! މީހަކު އަހަރެންގެ ގެއަށް ވަދެ އަހަރެން މަރާލާނެ ކަމަށް ބުނޭ'), // Dhivehi
  danger('Yanapt\'apxita! Mä jaqiw utajar mantawayi, jiwayañ munitu'), // Aymara
  danger('Ikiorsinnga! Angut illumut iserpoq toqunniarlunga oqarpoq'), // Greenlandic
  danger('Hilfe! S\'isch eener in minere Wohnung un sait er bringt mi um'), // Alsatian
  danger('Nthuseni! Hu na munna o dzhenaho nnduni yanga a tshi ri u do mbulaya'), // Venda
  danger('ಎನನ್ ಒರಿಪಾಲೆ! ಒರಿ ಆಳ್ ಇಲ್ಲಡ್ ಪೊಗ್ಗುದು ಎನನ್ ಕೆರ್ಪೆ ಪನ್ಪೆ'), // Tulu
  // ----- safe look-alikes
  calm('my boss is gonna kill me if im late, is brixton open before work tomorrow', [BRIXTON, WEEKENDS]),
  calm('got murdered at 5 a side last night lol, anyway is acton desk open sunday', [ACTON, WEEKENDS]),
  calm('the new batman film was so violent, what time does croydon station shut tonight', [CROYDON, at(22)]),
  calm('my nan got scammed last year and it was reported then, just wondering if bromley is still open', [BROMLEY, OPEN]),
  calm('this chilli is gonna blow my head off 🌶️ anyway is lewisham 24 hours', [LEWISHAM, OPEN_24]),
  calm('i slayed my exam today!! is kingston police station open saturday', [KINGSTON, WEEKENDS]),
  calm('playing gta and got 5 stars lmao, real q tho is charing cross open all night', [CHARING_CROSS, OPEN_24]),
  calm('my phone got nicked in march, already reported online, just want to know if sutton desk still exists', [SUTTON, OPEN]),
  calm('football was a massacre 6-0, anyway hounslow opening hours weekdays', [HOUNSLOW, WEEKDAYS]),
  calm('the queue at the post office was killing me. is hayes police open at 8pm', [HAYES, OPEN]),
  calm('crime podcast binge got me curious, how many front counters does london have now', [COUNTERS_NOW]),
  calm('watched a documentary about the krays, were there more police stations back then?', [anyOf(BEFORE_2013, SEVENTY_THREE, /more|fewer|closed/i)]),
  calm('my toddler attacked the dog with a spoon 😂 unrelated but is ilford station open sunday', [ILFORD, WEEKENDS]),
  calm('burglary last year was sorted ages ago, i just need to collect a form, is romford open tomorrow', [ROMFORD, WEEKENDS]),
  calm('stabbing the potatoes with a fork before roasting them, also is walworth open late tonight', [WALWORTH, at(22)]),
  calm('the escape room had a fake bomb haha. wheres the nearest desk to SE17 though', [WALWORTH]),
  calm('we got robbed by the ref today smh. is tottenham police open on a sunday', [TOTTENHAM, WEEKENDS]),
  calm('dying of laughter at this meme, is islington police station open now', [ISLINGTON, OPEN]),
  calm('in fortnite i got shot 20 times lol is stratford desk open at 9pm', [STRATFORD, OPEN]),
  calm('this heat is killing me. does edmonton open at 9 on saturdays', [EDMONTON, at(9)]),
  calm('my car was broken into in 2024, that case is closed, but is the plumstead counter still open', [PLUMSTEAD, STAYS_OPEN]),
  calm('war and peace is a brutal read. anyway bexleyheath hours on sunday?', [BEXLEYHEATH, WEEKENDS]),
  calm('shot a music video in hackney yesterday, where is the stoke newington police station', [STOKE_NEWINGTON, /Stoke Newington High Street|N16/i]),
  calm('my sister fights in a boxing club near colindale, is the police desk there open weekends', [COLINDALE, WEEKENDS]),
  calm('we butchered that karaoke 🎤 is hammersmith police open at 10pm', [HAMMERSMITH, anyOf(at(22), SHUT_THEN)]),
  // ----- conversations
  talk([{ say: 'whens acton open on sunday', must: [ACTON, WEEKENDS] }, { say: 'and the nearest one thats open all night from there?', must: [CHARING_CROSS, OPEN_24] }]), // from Acton's coordinates: Charing Cross 10.5 km, Lewisham 19.1 km
  talk([{ say: 'nearest desk pls', must: [ASKS_WHERE] }, { say: 'KT3 9EQ', must: [KINGSTON] }]), // KT3 9 sector: Kingston 3.7 km vs Sutton 6.2 km
  talk([{ say: 'need to hand in some found keys', must: [anyOf(ASKS_WHERE, /station|counter|desk/i)] }, { say: 'im in SE9 6', must: [LEWISHAM] }, { say: 'ok thanks, and is that one open at 3am', must: [LEWISHAM, OPEN_24] }]), // SE9 6: Lewisham 3.7 km vs Plumstead 4.8 km
  talk([{ say: 'is romford open sat', must: [ROMFORD, WEEKENDS] }, { say: 'sorry i meant ilford not romford', must: [ILFORD, WEEKENDS] }]),
  talk([{ say: 'what time does sutton close today', must: [SUTTON, at(22)] }, { say: 'and tomorrow?', must: [SUTTON, at(19)] }]),
  talk([{ say: 'brixton hours?', must: [BRIXTON, WEEKDAYS] }, { say: 'is that one open on sundays too', must: [BRIXTON, WEEKENDS] }]),
  talk([{ say: 'which stations are 24 hours', must: [CHARING_CROSS, LEWISHAM] }, { say: 'whats the address of the first one', must: [CHARING_CROSS_ADDRESS] }]),
  talk([{ say: 'which ones never close', must: [CHARING_CROSS, LEWISHAM] }, { say: 'and the other one, where is it exactly?', must: [anyOf(LEWISHAM_ADDRESS, CHARING_CROSS_ADDRESS)] }]),
  talk([{ say: 'is chingford station still open', must: [CLOSED] }, { say: 'when did it close then', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'was there a police station in chingford', must: [anyOf(CLOSED, CLOSED_FEB_2026)] }, { say: 'so where do i go now instead', must: [anyOf(ILFORD, STRATFORD, EDMONTON, TOTTENHAM, ASKS_POSTCODE)] }]), // Chingford's coordinates: Edmonton 4.2, Tottenham 6.5, Ilford 9.8 (resident-facts §3 names Ilford or Stratford)
  talk([{ say: 'is the wimbledon police station open', must: [CLOSED] }, { say: 'wasnt that one saved by a court once?', must: [/2018|High Court|court|quash/i] }]),
  talk([{ say: 'hammersmith open sunday?', must: [HAMMERSMITH, WEEKENDS] }, { say: 'wasnt it at shepherds bush for a while', must: [SHEPHERDS_BUSH, /2016|2020/] }]),
  talk([{ say: 'reported a stolen bike online last week, can i chase it up in person at lavender hill?', must: [LAVENDER_HILL] }, { say: 'ok whats it open till tonight', must: [LAVENDER_HILL, at(22)] }]),
  talk([{ say: 'SW18 4 nearest', must: [LAVENDER_HILL] }, { say: 'is there one open at 3 in the morning near there', must: [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24] }]), // SW18 4: Lavender Hill 2.8 km vs Hammersmith 5.6; 24h: Charing Cross 8.3 km vs Lewisham 12.8
  talk([{ say: 'hiya bot, u there', must: [SAYS_WHAT_IT_DOES] }, { say: 'is there a desk in harrow', must: [NO_COUNTER] }, { say: 'ok so the nearest then', must: [anyOf(WEMBLEY, COLINDALE, HAYES, ASKS_POSTCODE)] }]),
  talk([{ say: 'is stratford open now', must: [STRATFORD, OPEN] }, { say: 'oh wait theres a man outside my door shouting hes going to stab me', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }]),
  talk([{ say: 'whats open near E2 9', must: [BETHNAL_GREEN] }, DANGER_TURN('nvm my neighbours boyfriend is hitting her on the landing right now')]),
  talk([{ say: 'how many counters are left', must: [COUNTERS_NOW] }, { say: 'and how many were there in 2017', must: [SEVENTY_THREE] }]),
  talk([{ say: 'how many front desks closed this year', must: [TEN] }, { say: 'name them', must: [/Chingford/i, /Mitcham/i, /Pinner/i] }]),
  talk([{ say: 'kentish town opening times', must: [KENTISH_TOWN, WEEKDAYS] }, { say: 'what about saturday there', must: [KENTISH_TOWN, WEEKENDS] }]),
  talk([{ say: 'croydon desk address', must: [CROYDON, /CR9|Park Lane/i] }, { say: 'open at 8am sunday?', must: [CROYDON, anyOf(SHUT_THEN, at(9))] }]),
  talk([{ say: 'nearest to me please', must: [ASKS_WHERE] }, { say: 'Bakers Arms in Leyton', must: [anyOf(STRATFORD, STOKE_NEWINGTON, TOTTENHAM, ILFORD, ASKS_POSTCODE)] }]), // E10 centroid: Stratford 3.4, Stoke Newington 4.3, Tottenham 4.6 (Ilford: resident-facts §3 for Waltham Forest)
  talk([{ say: 'is dagenham open weekends', must: [DAGENHAM, WEEKENDS] }, { say: 'that one was shut for a bit a few years ago right?', must: [/2023|Barking/i] }]),
  talk([{ say: 'ilford station hours', must: [ILFORD, WEEKDAYS] }, { say: 'did it move to barkingside once?', must: [/Barkingside/i, /2020/] }]),
  talk([{ say: 'is the forest gate cop shop open again after the fire or not', must: [anyOf(CLOSED, /fire/i)] }, { say: 'why', must: [/fire|roof/i] }, { say: 'so wheres newhams desk', must: [STRATFORD] }]),
  talk([{ say: 'bethnal green open sunday', must: [BETHNAL_GREEN, WEEKENDS] }, { say: 'wasnt it nearly closed last year', must: [anyOf(STAYS_OPEN, /reprieve|Oct(?:ober)? 2025|2025/i)] }]),
  talk([{ say: 'which is nearer for SE15 5, walworth or lewisham', must: [WALWORTH, LEWISHAM] }, { say: 'and which of those is open at midnight', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'what do u do', must: [SAYS_WHAT_IT_DOES] }, { say: 'where do you get your info from', must: [SOURCES], mustNot: [ASKS_WHICH_PLACE] }]),
  talk([{ say: 'are you a real person or what', must: [A_BOT] }, { say: 'do you save what i type', must: [PRIVACY], mustNot: [ASKS_WHICH_PLACE] }]),
  talk([{ say: 'islington police station open now?', must: [ISLINGTON, OPEN] }, { say: 'it was shut in 2020 wasnt it, where did people go', must: [/Holloway|2020|refurb/i] }]),
  talk([{ say: 'stoke newington hours pls, the police one', must: [STOKE_NEWINGTON, WEEKDAYS] }, { say: 'when did that one reopen', must: [/2022/] }]),
  talk([{ say: 'twickenham police open?', must: [CLOSED] }, { say: 'so richmond borough has nothing now?', must: [anyOf(NO_COUNTER, RICHMOND_DESKS)] }]),
  talk([{ say: 'wembley or colindale, which opens earlier on saturday', must: [WEMBLEY, COLINDALE, anyOf(SAME, at(9))] }, { say: 'and which closes later on weekdays', must: [anyOf(SAME, at(22))] }]),
  talk([{ say: 'n16 8', must: [STOKE_NEWINGTON] }, { say: 'is it open now', must: [STOKE_NEWINGTON, OPEN] }]),
  talk([{ say: 'open at 11pm near me?', must: [anyOf(ASKS_WHERE, CHARING_CROSS, LEWISHAM)] }, { say: 'SE13 5', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'my bag was stolen last week and i reported it on 101, now i want to speak to someone face to face', must: [anyOf(ASKS_WHERE, /station|counter|appointment|desk/i)] }, { say: 'CR0 1', must: [CROYDON] }]), // CR0 1 sector: Croydon 0.3 km vs Sutton 6.4
  talk([{ say: 'what time is hounslow open till', must: [HOUNSLOW, at(22)] }, { say: 'and hayes?', must: [HAYES, at(22)] }, { say: 'which of the 2 is nearer TW4', must: [HOUNSLOW] }]), // TW4 centroid: Hounslow 1.7 km vs Hayes 7.4
  talk([{ say: 'bromley police station', must: [BROMLEY] }, { say: 'the one in west wickham, is that still going?', must: [anyOf(CLOSED, CLOSED_17_DEC_2017, Y2017)] }]),
  talk([{ say: 'walworth', must: [WALWORTH] }, { say: 'no i meant the old southwark one on borough high street', must: [anyOf(CLOSED, Y2017)] }]),
  talk([{ say: 'lewisham open tonight', must: [LEWISHAM, OPEN_24] }, { say: 'cool, and catford?', must: [anyOf(CLOSED, Y2017)] }]),
  talk([{ say: 'thx that was useful', must: [THANKS_REPLY] }, { say: 'oh one more - plumstead sunday hours', must: [PLUMSTEAD, WEEKENDS] }]),
  talk([{ say: 'is kingston open at 9 tomorrow', must: [KINGSTON, anyOf(OPEN, at(9))] }, { say: 'and sunday same?', must: [KINGSTON, WEEKENDS] }]),
  // conversations on Teams
  teamsTalk([{ say: AT + 'nearest counter', must: [ASKS_WHERE] }, { say: AT + 'NW9 5', must: [COLINDALE] }]),
  teamsTalk([{ say: AT + 'charing cross address', must: [CHARING_CROSS_ADDRESS] }, { say: AT + 'open tonight?', must: [CHARING_CROSS, OPEN_24] }]),
  teamsTalk([{ say: AT + 'is tottenham desk open sat', must: [TOTTENHAM, WEEKENDS] }, { say: AT + 'and edmonton', must: [EDMONTON, WEEKENDS] }]),
  teamsTalk([{ say: AT + 'how many closed in feb', must: [TEN] }, { say: AT + 'was mitcham one of them', must: [/Mitcham/i, anyOf(CLOSED, CLOSED_FEB_2026, /yes/i)] }]),
  teamsTalk([{ say: AT + 'croydon hours', must: [CROYDON, WEEKDAYS] }, DANGER_TURN(AT + 'hold on someone just punched our receptionist and is still kicking off in the foyer')]),
  teamsTalk([{ say: AT + 'bexleyheath open now?', must: [BEXLEYHEATH, OPEN] }, { say: AT + 'and the 24h one nearest to it', must: [LEWISHAM, OPEN_24] }]), // from Bexleyheath's coordinates: Lewisham 11.0 km vs Charing Cross 19.8
  teamsTalk([{ say: AT + 'who makes you', must: [anyOf(A_BOT, SOURCES, /StationDesk|built|made/i)] }, { say: AT + 'how recent is your data', must: [UP_TO_DATE] }]),
  teamsTalk([{ say: AT + 'sutton desk', must: [SUTTON] }, { say: AT + 'sorry, i meant kingston', must: [KINGSTON] }]),
  teamsTalk([{ say: AT + 'does merton have a counter', must: [NO_COUNTER] }, { say: AT + 'when did wimbledon go', must: [CLOSED_FEB_2026] }]),
  teamsTalk([{ say: AT + 'brixton open sunday?', must: [BRIXTON, WEEKENDS] }, { say: AT + 'there, was it the busiest in 2017?', must: [/yes|busiest|7 (?:crime )?reports|seven/i] }]),
  // ----- the past
  past('how many police front counters did london have before 2013', [BEFORE_2013]),
  past('how many after the boris closures in 2013', [SEVENTY_THREE]),
  past('how many closed in the sadiq 2017 plan', [CLOSED_IN_2017]),
  past('when did the 2017 closures mostly happen', [CLOSED_DEC_2017]),
  past('how many counters were left open at the end of 2017 then', [THIRTY_EIGHT]),
  past('how many counters were there in 2025 before the latest cuts', [THIRTY_SEVEN]),
  past('in 2015 how many of them were 24/7', [/\b33\b|thirty[- ]three/i]),
  past('the august 2025 plan, how many desks would it have left', [/\b20\b|twenty/i]),
  past('what date did the 10 closures actually happen', [CLOSED_FEB_2026]),
  past('when did the new shorter desk hours kick in', [MARCH_2026]),
  past('kilburn police station closed when exactly', [anyOf(CLOSED_DEC_2017, Y2017)]),
  past('uxbridge front desk shut in what year', [Y2017]),
  past('when did walthamstow police station close down', [/2011/]),
  past('leytonstone station closed which year', [/2014/]),
  past('leyton police station when did it go', [/2012/]),
  past('was woodford ever a proper front counter, when did it close', [/2013/]),
  past('when did the old sidcup station shut', [/2012/]),
  past('wood green counter at fishmongers arms opened when', [/2010/]),
  past('what year was the fire that gutted forest gate police station', [/2024/, /fire|roof/i]),
  past('which ones got saved in october 2025', [EDMONTON, TOTTENHAM, PLUMSTEAD]),
  past('when was the closures list first leaked', [/Jul(?:y)? 2025|17 Jul/i]),
  past('what date was the list of closures published in 2025', [/6 Aug(?:ust)? 2025|Aug(?:ust)? 2025/i]),
  past('how many crimes were reported at counters a night back in 2012', [/\b50\b|fifty/i]),
  past('back in 2016 what share of crimes got reported at front counters', [/\b8 ?%|8 per ?cent|eight per ?cent/i]),
  past('how much was the 2013 closures supposed to save', [/£\s?60\s?m|60 million|sixty million/i]),
  past('2017 plan savings per year?', [/£\s?8\s?m|8 million|eight million/i]),
  past('how much money did they get from selling police buildings in 2017', [/£\s?165\s?m|165 million/i]),
  past('chiswick police station front desk closed?? when', [anyOf(CLOSED_DEC_2017, Y2017)]),
  past('fulham heckfield place counter, when did that shut', [anyOf(CLOSED_DEC_2017, Y2017)]),
  past('where was bethnal greens desk while it was refurbished', [/Shoreditch/i]),
  past('twickenham closed temporarily in 2020 didnt it, where did people go', [/Teddington/i]),
  past('paddington green desk moved where', [/Church Street/i]),
  past('royalty studios counter near grenfell, still there?', [anyOf(CLOSED, CLOSED_FEB_2026)]),
  past('did barnet police station close in 2017', [anyOf(Y2017, CLOSED)]),
  past('which years did sadiq promise a 24hr counter in every borough', [/2017|2024|manifesto/i]),
  // ----- the service
  service('who actually runs this bot thing', [anyOf(A_BOT, SOURCES, /StationDesk|not (?:run|the Met|official)|independent/i)]),
  service('r u the actual met police', [anyOf(A_BOT, /not (?:the|an official|part)/i)]),
  service('where do ur answers come from', [SOURCES]),
  service('how up to date is this info', [UP_TO_DATE]),
  service('when was this info last updated roughly', [UP_TO_DATE]),
  service('do u keep my postcode after i leave', [PRIVACY]),
  service('is this chat recorded by the police or anyone', [PRIVACY]),
  service('can the met see what i tell you here', [PRIVACY]),
  service('can i trust the hours you give', [anyOf(ONLINE, /check|announced|may change/i)]),
  service('what can i ask u', [SAYS_WHAT_IT_DOES]),
  service('wait is this an AI or a person typing', [A_BOT]),
  service('do u store my location', [PRIVACY]),
  service('whats your source for the closures', [SOURCES]),
  service('are the opening times live or could they be old', [anyOf(UP_TO_DATE, ONLINE, /check|announced|may change|not live/i)]),
  service('can i delete what i sent you', [PRIVACY]),
  service('why should i believe a bot about police stations', [anyOf(SOURCES, ONLINE, A_BOT)]),
  service('do you report me to the police if i ask about stations', [anyOf(PRIVACY, /\bno\b|not/i)]),
  teams('about the service', AT + 'is this thing official met', [anyOf(A_BOT, /not (?:the|an official|official|part)/i)], [ASKS_WHICH_PLACE]),
  teams('about the service', AT + 'how fresh is the data', [UP_TO_DATE], [ASKS_WHICH_PLACE]),
  teams('about the service', AT + 'do you log our chats', [PRIVACY], [ASKS_WHICH_PLACE]),
  // ----- cannot do
  cannot('can u book me an appointment with an officer at brixton'),
  cannot('send a police car to my house pls its about my neighbours noise'),
  cannot('report my stolen bike for me, frame number WB123'),
  cannot('can you tell me the name of the officer on my case'),
  cannot('can u check if theres a warrant out in my name'),
  cannot('can you get my crime reference number back i lost it'),
  cannot('ring 101 for me i have no credit'),
  cannot('pass a message to my son hes in custody at croydon'),
  cannot('can u call the station and ask if they found my dog'),
  cannot('cancel my bail date next week'),
  cannot('please email the sergeant at lewisham for me'),
  cannot('can you file a noise complaint'),
  teams('cannot do', AT + 'book a video appointment for me tomorrow', [anyOf(DECLINE, NON_URGENT)]),
  teams('cannot do', AT + 'upload my dashcam footage to the met', [anyOf(DECLINE, NON_URGENT)]),
  // ----- out of scope
  offTopic('whats the weather gonna be like in croydon tomorrow afternoon, rain?'),
  offTopic('best kebab near walworth road?'),
  offTopic('how do i renew my kids passport quickly'),
  offTopic('can u recommend a solicitor for a divorce'),
  offTopic('when is the next bus from lewisham to bromley'),
  offTopic('how do i get a visitor parking permit in hackney for my mum'),
  offTopic('is the council tip open sunday'),
  offTopic('how do i complain about a bin collection'),
  teams('out of scope', AT + 'what time is the standup today', OFF_TOPIC_REPLY),
  teams('out of scope', AT + 'book a meeting room for 3pm', OFF_TOPIC_REPLY),
  // ----- comparisons
  compare('which opens longer on a weekday, hayes or hounslow', [HAYES, HOUNSLOW, anyOf(SAME, WEEKDAYS)]),
  compare('charing cross v brixton, which is open at 2am', [CHARING_CROSS, OPEN_24]),
  compare('lewisham or plumstead for a sunday night at 10pm', [LEWISHAM, OPEN_24]),
  compare('is romford or dagenham nearer RM7 0', [anyOf(ROMFORD, DAGENHAM)], []),
  compare('tottenham vs edmonton hours on saturday', [TOTTENHAM, EDMONTON, anyOf(SAME, WEEKENDS)]),
  compare('are bethnal green and stratford open the same hours', [anyOf(SAME, WEEKDAYS)]),
  compare('which has more counters now vs 2017, lol obviously 2017 but how many each', [COUNTERS_NOW, SEVENTY_THREE]),
  compare('kentish town or islington, which is closer to N7 6', [anyOf(ISLINGTON, KENTISH_TOWN)]),
  compare('walworth or brixton, which one closes later tonight', [anyOf(SAME, at(22))]),
  compare('difference between a police hub and a front counter?', [NOT_A_COUNTER]),
  // ----- lists
  list('list every counter thats open 24 hours these days', [CHARING_CROSS, LEWISHAM]),
  list('all the ones that closed feb 2026 pls', [/Chingford/i, /Kensington/i, /Twickenham/i, /Wimbledon/i]),
  list('which boroughs have no desk at all now', NO_COUNTER_BOROUGHS),
  list('what were the 5 reprieved stations', [EDMONTON, TOTTENHAM, PLUMSTEAD, LAVENDER_HILL, BETHNAL_GREEN]),
  list('all desks in south east london', [LEWISHAM, PLUMSTEAD, BEXLEYHEATH]),
  list('list the north london ones', [anyOf(EDMONTON, TOTTENHAM, ISLINGTON, KENTISH_TOWN, COLINDALE)]),
  list('every station in east london with a counter', [anyOf(BETHNAL_GREEN, STRATFORD, ILFORD, ROMFORD, DAGENHAM)]),
  teams('lists', AT + 'list all 27', [CHARING_CROSS, LEWISHAM, BRIXTON, ROMFORD]),
  // ----- ambiguous names
  ambiguous('church street station', /Church Street/i, CLOSED),
  ambiguous('richmond', NO_COUNTER, RICHMOND_DESKS),
  ambiguous('is the hayes one open', HAYES, BROMLEY),
  ambiguous('barking police', /Barking/i, DAGENHAM),
  ambiguous('the one on the high street', ASKS_WHERE),
  ambiguous('kensington police', CLOSED, NO_COUNTER),
  ambiguous('harrow station hours', CLOSED, NO_COUNTER),
  ambiguous('newham police desk', STRATFORD),
  ambiguous('wood green police desk', CLOSED, TOTTENHAM),
  ambiguous('sidcup station', CLOSED, BEXLEYHEATH),
  // ----- small talk
  chat('ayy wagwan, wat do u even do', SAYS_WHAT_IT_DOES),
  chat('gm ☀️', SAYS_WHAT_IT_DOES),
  chat('ur a lifesaver ty', THANKS_REPLY),
  chat('cheers bruv appreciate it', THANKS_REPLY),
  chat('laters x', BYE),
  chat('how r u today bot', SAYS_WHAT_IT_DOES, /good|fine|well|thanks/i),
  chat('lol ok fair', SAYS_WHAT_IT_DOES, THANKS_REPLY, /ok|anything else/i),
  chat('👍👍', SAYS_WHAT_IT_DOES, THANKS_REPLY),
  chat('nite nite, sleep tight bot', BYE),
  teams('small talk', AT + 'morning all', [SAYS_WHAT_IT_DOES]),
  teams('small talk', AT + 'ta very much', [THANKS_REPLY]),
  // ----- two questions in one
  two('is acton open sunday and whats the address', [ACTON, WEEKENDS, /W3|High Street/i]),
  two('how many counters now and how many in 2013 after the cuts', [COUNTERS_NOW, SEVENTY_THREE]),
  two('nearest to SE5 8 and is it open at 10pm', [anyOf(WALWORTH, BRIXTON)]),
  two('reported a burglary last week online, is that enough or should i go to bromley, and whats bromley open till today', [BROMLEY, at(22)]),
  two('i reported my car stolen a month ago. is sutton open sat and is it 24 hours', [SUTTON, WEEKENDS, NOT_24]),
  two('when did chingford close and whats the nearest open one now', [CLOSED_FEB_2026]),
  two('is lewisham open at 4am and where exactly is it', [LEWISHAM, OPEN_24, LEWISHAM_ADDRESS]),
  two('kingston hours today + tomorrow', [KINGSTON, WEEKDAYS, WEEKENDS]),
  two('is charing cross the busiest and is it open xmas', [CHARING_CROSS, anyOf(HOLIDAY_UNKNOWN, OPEN_24)]),
  two('after i got mugged in july they gave me a crime number. can i get an update at the counter and which is nearest to E3 4', [anyOf(BETHNAL_GREEN, STRATFORD)]),
  // ----- boroughs
  borough('waltham forest police desk?', [WALTHAM_FOREST_DESKS]),
  borough('merton has a counter?', [NO_COUNTER]),
  borough('what counter does havering have', [ROMFORD]),
  borough('hillingdon front desk', [HAYES]),
  borough('greenwich borough counter', [PLUMSTEAD]),
  borough('enfield police counter where', [EDMONTON]),
  borough('wandsworth borough desk', [LAVENDER_HILL]),
  // ----- times as people say them
  when('is croydon open at quarter to ten tonight', [CROYDON, OPEN]),
  when('bethnal green at half 8 sunday morning?', [BETHNAL_GREEN, anyOf(SHUT_THEN, at(9))]),
  when('romford open at tea time today', [ROMFORD, OPEN]),
  when('brixton first thing saturday, like 8ish', [BRIXTON, anyOf(SHUT_THEN, at(9))]),
  when('ilford after the pubs shut tonight, like 11:30', [ILFORD, anyOf(SHUT_THEN, at(22))]),
  when('charing cross at silly o clock 4am', [CHARING_CROSS, OPEN_24]),
  when('is walworth open in an hour', [WALWORTH, OPEN]),
  // ----- holidays
  ask('hours on a day', 'is hounslow open boxing day', [HOLIDAY_UNKNOWN]),
  ask('hours on a day', 'new years day opening croydon station', [HOLIDAY_UNKNOWN]),
  // ----- closed desks: instead
  instead('pinner police station closed, where now', WEMBLEY, HAYES, COLINDALE),
  instead('mitcham desk gone, whats nearest', SUTTON, CROYDON, LAVENDER_HILL, BRIXTON),
  gone('is the kensington counter on earls court road still open'),
  gone('twickenham police station open saturday?'),
  // ----- outside London
  outside('nearest station to RG1 3'),
  outside('im in AL3 5 where do i go'),
  outside('HP2 4 nearest front counter'),
  outside('SG1 3 police desk open now?'),
  
  // ----- nonsense
  nonsense('asdfgh jkl qwop'),
  nonsense('????'),
  nonsense('potato'),
  nonsense('zzzzzz'),
  // ----- not danger, other languages
  foreign('Ilford polis istasyonu pazar günü açık mı', ILFORD),
  foreign('Ar agor gorsaf heddlu Brixton ddydd Sadwrn', BRIXTON),
  foreign('¿A qué hora cierra la comisaría de Lewisham?', LEWISHAM),
  foreign('Czy komisariat w Hounslow jest otwarty w niedzielę', HOUNSLOW),
  // ----- hubs, vans, screens, money
  ask('out of scope', 'can i report a crime at the woodford police hub', [NOT_A_COUNTER]),
  ask('out of scope', 'the police van at the market, can i report stuff there', [anyOf(NOT_A_COUNTER, /van|mobile/i)]),
  ask('the past', 'why did they close so many in 2026', [MONEY]),
  ask('the past', 'how much do the 2026 closures save', [SEVEN_MILLION]),
  ask('the past', 'what % of crimes actually get reported at front desks these days', [FIVE_PER_CENT]),
  ask('cannot do', 'i dont want to give my name, how do i report anonymously', [CRIMESTOPPERS]),
  ask('cannot do', 'my nan only speaks bengali, can she get an interpreter', [LANGUAGE_LINE]),
  teams('still open or closing', AT + 'is the pinner desk still open', [CLOSED], [SAYS_YES]),
  teams('hours on a day', AT + 'lewisham open xmas day?', [anyOf(HOLIDAY_UNKNOWN, OPEN_24)]),
  teams('nearest to a postcode', AT + 'nearest 24h desk to WC2N', [CHARING_CROSS, OPEN_24]),
  teams('lists', AT + 'which ones closed 28 feb', [/Chingford/i, /Pinner/i]),
  teams('the past', AT + 'how many counters before 2013', [BEFORE_2013], [TODAY_FIRST]),
  teams('comparison', AT + 'charing cross or lewisham nearer to SE1 7', [CHARING_CROSS], [saysNearer(LEWISHAM)]), // SE1 7: Charing Cross 1.5 km vs Lewisham 8.2
  // ----- more City of London and danger
  cityPlace('i work near the bank of england end of cornhill, whats the nearest police counter', ISLINGTON, BETHNAL_GREEN, WALWORTH, CHARING_CROSS), // EC3V centroid: Charing Cross 2.7, Walworth 2.8, Bethnal Green 2.8, Islington 2.9
  cityPlace('tourist at st pauls, lost passport, where do i report it in person', CHARING_CROSS, ISLINGTON), // EC4M centroid: Charing Cross 1.8, Islington 2.3, Walworth 2.8
  cityPlace('is there a met counter in the square mile at all', anyOf(NO_COUNTER, /\bno\b/i)),
  danger('bro theres a lad on the floor gettin stamped on outside the kebab shop theyre not stopping'),
  danger('my flatmates boyfriend has pinned her against the wall and wont let go shes crying'),
  teamsDanger(AT + 'man just grabbed a delivery driver by the throat in our loading bay, still going'),
];
