/**
 * THE HELD-OUT SET, TWENTY-FOURTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-07 (twenty-first session), after batches 1 to 23, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation tests,
 * the golden recordings or the README's lists of questions that work) and
 * never ran the bot or anything that plays questions through it. Read:
 * heldoutSet.ts; heldoutSet.test.ts in full (it plays nothing through the bot:
 * its tests judge fixed texts and the cases' shape, so it was run);
 * heldoutPatterns.ts; lines 1-305 of batch 23 (its header and helpers; its
 * questions begin at line 306, so the lines read hold no question, and its
 * helpers are copied from there); lines 90-135 of heldoutQuestions.ts (the
 * HeldoutTopic union and the HeldoutCase interface). playHeldout.ts and
 * replyText.ts were allowed but not opened. Earlier batches and
 * /work/shared/examples/resident-questions.tsv were only searched with grep -o
 * (matched strings or counts only, never whole lines) for full postcodes,
 * districts, road, landmark and language names; one such grep -o, run without
 * -h, printed each earlier batch's file name beside the matched district.
 * All facts come from /work/shared/data: stations.csv (addresses, coordinates,
 * notes), resident-facts.md (§1 Crimestoppers and Language Line, §3 the 27
 * counters and their hours, §4 hubs and vans, §5 money and usage, §6 counts),
 * london-sectors.csv and london-outcodes.csv.
 *
 * Slips, told honestly: (1) heldoutSet.test.ts's uniqueness tests failed on 48
 * first messages of this batch that an earlier batch, the development set or
 * the unseen tables already opened with (among them 'yo', 'whats ur name',
 * 'lol ok', 'thanks for that', 'how many counters now', 'asdfjkl;',
 * 'kingston police address', 'high road police station hours' and '<at>
 * StationDesk</at> nearest counter'), and on three first rewordings; the test
 * printed only this batch's own colliding strings, and each was reworded until
 * unique, so it is known those strings were asked before; no expectation
 * changed. Before that run 'hi' (named by batch 23 as a development-set
 * message) was already reworded to 'hiii bot'. (2) The danger messages in
 * other languages were written by the helper from its own knowledge, without
 * a native speaker; several (Tigre, Makhuwa, Kimbundu, Umbundu, Lozi,
 * Tumbuka, Teochew) are surely clumsy or mixed with a neighbouring language,
 * though each says a man is in the home, threatens to kill, and asks the
 * police to come quickly. (3) The brief's example languages were not checked
 * one by one against the headers; instead each language used was checked with
 * grep -o -i over every heldoutQuestions*.ts (zero hits each, also for the
 * spellings Morisien, Kreol and Seselwa).
 * Every expectation was written before the bot was run on any of these
 * questions; none was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if it contradicts
 * the FACTS in /work/shared/data (and then the commit names the row), or if a
 * pattern was wrongly strict about wording from the start (and then the commit
 * says so).
 *
 * Same clock as batches 1 to 23 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Bank holidays are not in the data: a fair answer says it does
 * not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters' coordinates
 * (stations.csv) to each sector's London-only centroid (london-sectors.csv;
 * sectors of fewer than 30 postcodes, under 99% in London, or whose centroid
 * lies over 3 km from their district's were left out), to each district's
 * London-only centroid (london-outcodes.csv) for a road or landmark, or to a
 * closed counter's own coordinates. A postcode names one desk where it wins
 * by at least 1.5 km; a road or landmark (the data holds no coordinates for
 * one) accepts every desk within 0.8 km of the nearest on its district's
 * centroid, or a request for a postcode, and in the City also the City of
 * London Police. A nearest 24-hour desk is named only where Charing Cross or
 * Lewisham wins by at least 1.5 km. Distances are noted beside cases.
 *
 * 657 cases: 64 about danger (61 alone: 33 in English - slang, typos,
 * indirect, about to happen, to other people, buried in a long message -, 5
 * where the resident cannot speak, 9 on Teams, 14 in other languages; 3
 * arising mid-way through a conversation, one of them on Teams), 26 safe look-
 * alikes (figurative violence, games, films, sports, cooking, crimes already
 * reported), 55 conversations (6 on Teams: another day, time or desk; the
 * 24-hour desk after the nearest; a postcode given after being asked;
 * corrections; 'the other one', 'the first one', 'the second one', 'that
 * one', 'there'; closures, moves and the past; danger arising mid-way), 56
 * played on Teams (53 with the '<at>StationDesk</at>' text Teams puts in a
 * message that mentions the bot, one '@StationDesk', two with nothing), 109
 * roads, landmarks and neighbourhoods (82 outside the City as 'neighbourhood
 * or town', three of them near but not at a closed station, and 27 about the
 * City of London), 73 about the nearest desk to a postcode (10 nearest
 * 24-hour desks), 56 about the past, 30 about the service (sources,
 * freshness, privacy, Crimestoppers, Language Line), 22 requests it cannot
 * carry out, 16 off topic, 14 comparisons, 13 lists, 14 two questions in one
 * (three mixing a crime already reported with a present question), 15
 * ambiguous names, 14 small talk, 4 nonsense, 4 non-danger questions in other
 * languages, 5 outside London, 17 boroughs, 22 still open or closing (two of
 * them a hub and a van, which are not counters), and hours, times and
 * addresses for each of the 25 reduced-hours desks and the two 24-hour ones.
 * No danger message uses the words help, knife, 999 or emergency.
 *
 * Danger in 14 other languages none of which batches 1 to 23 name (grep -o -i
 * over heldoutQuestions*.ts, zero hits each): Mauritian Creole (Morisien),
 * Seychellois Creole (Kreol Seselwa), Réunion Creole, Chavacano, Picard,
 * Shanghainese, Teochew, Fante, Tumbuka, Lozi, Umbundu, Kimbundu, Makhuwa
 * and Tigre. The brief's examples (Chichewa, Kinyarwanda, Basque, Maltese...)
 * had been named before (every name checked but Slovene, which 'Slovenian'
 * covers), so none is used.
 *
 * Postcodes: as batches 21 to 23 found, no geographic London sector is left
 * that an earlier batch or the examples do not name, so the full postcodes
 * here reuse earlier sectors with units invented and checked (grep -o) against
 * every full postcode in the earlier batches and the examples. Outside London:
 * ME15 6, ME15 7, HP1 1, CO1 1 and TN9 1 (districts ME15, HP1, CO1 and TN9
 * not named before). New roads and landmarks (grep -o -i -F, zero hits in the
 * earlier batches and the examples): Sewardstone Road, Larkshall Road, Hale
 * End Road, Pole Hill, Bourne Hill, Hoppers Road, Fox Lane, Green Dragon
 * Lane, Cockfosters Road, Oakwood Park, Southgate Green, Friern Barnet Lane,
 * Totteridge Lane, Mill Hill Circus, Highwood Hill, Edgwarebury Lane,
 * Brockley Hill, Stanmore Hill, Uxbridge Road Stanmore, Old Redding, Pinner
 * Hill, West End Lane Pinner, Breakspear Road, Hillingdon Hill, Cowley Mill,
 * Bedfont Lane, Hanworth Park, Hampton Hill High Street, Waldegrave Road,
 * Sheen Lane, Upper Richmond Road West, Mortlake High Street, Roehampton
 * Lane, Priory Lane, Dover House Road, West Hill Wandsworth, Wimbledon
 * Village, Kingston Road Merton, Grand Drive, Martin Way, Cannon Hill Common,
 * Lower Morden Lane, Cheam Common Road, Portsmouth Road, Canbury Park, Robin
 * Hood Way, Elgin Crescent, Ladbroke Square, Pembridge Villas, Campden Hill,
 * Phillimore Gardens, Abingdon Road, Stratford Road Kensington, Cromwell
 * Crescent, Redcliffe Square, Edith Grove, Beaufort Street, Cheyne Walk,
 * Sloane Avenue, Draycott Avenue, Walton Street, Royal Hospital Road, Flood
 * Street, Oakley Street, Tite Street, Cale Street, Elystan Place, Pont
 * Street, Cadogan Square; in the City Size Lane, Vine Street, Fenchurch
 * Place, Plantation Place, St Dunstan's Hill, Bury Court, Heneage Lane, Harp
 * Lane, Lime Street Passage, Ship Tavern Passage, Sherborne Lane, Martin Lane,
 * Bush Lane, Angel Court, Telegraph Street, Great Swan Alley, Masons Avenue,
 * Russia Row, Trump Street, Honey Lane, Groveland Court, Cloak Lane, Little
 * Trinity Lane, Paternoster Row, New Fetter Lane and Dorset Rise.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, TWO, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CHARING_CROSS, CITY_POLICE, CLOSED, CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH, HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026, NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD, ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STAYS_OPEN, STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, TEN, WALWORTH, WEEKDAYS, WEEKENDS, WEMBLEY, anyOf, at, firstLine, CRIMESTOPPERS, SHEPHERDS_BUSH, name,
} from './heldoutPatterns';

// Helpers copied from lines 1-305 of batch 23, as batch 12 wrote them (the shared patterns are in heldoutPatterns.ts).
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


// Helpers this batch adds.
/** A danger message in another language. */
const abroad = danger;

// ---------------------------------------------------------------------------

export const HELDOUT_CASES_24: HeldoutCase[] = [
  // --- Danger in English: slang, typos, indirect, about to happen, to others, buried in a long message.
  ...[
    'my ex is kicking the front door in rn and the kids r screaming',
    'bruv theres a geezer outside wiv a machete swinging it at ppl',
    'someone just got jumped outside the chicken shop hes not moving',
    'he says if i leave hes gonna end me tonight and i believe him',
    'theres smoke coming out the flat below and someone is still inside banging on the window',
    'the man next door has got my neighbour by the throat in the stairwell',
    'a lad just pulled a blade on my son at the bus stop on the high road',
    'im locked in the bathroom hes trying to break the door down',
    'i can hear a woman screaming get off me in the alley behind my house',
    'my dad collapsed on the floor not breathing properly what do i do',
    'some guy is following me and my daughter home been on us for 20 mins',
    'my mate said hes gonna jump off the bridge at hammersmith he sent me a goodbye msg',
    'theres a car on its roof on the a406 and people trapped inside',
    'masked men are smashing up the jewellers on the parade right now',
    'my flatmate took loads of pills and now she wont wake up',
    'gang outside my block shouting they gonna shank someone tonight',
    'hes got a gun i saw it in his waistband, hes in the shop now',
    'a little kid is wandering on the motorway slip road on his own',
    'my husband threw boiling water at me and is still in the kitchen',
    'someone set fire to the bins and its spreading to the cars',
    'plz hurry theres blood everywhere my brother got stabbed',
    'guy trying to force a girl into his van on my road, she is crying',
    'im at the station and a man keeps grabbing me and wont let go',
    'they r about to batter my little brother outside the school gates rite now',
    'he just rang and said hes on his way round to finish me off',
    'elderly man next door fell down the stairs and theres no answer at his door just groaning',
    'so basically i was gonna ask about hours for kentish town because i lost my wallet last week but actually right now there is a man in my hallway with a hammer who doesnt live here and he is shouting',
    'sorry long msg, moved to acton in the summer, lovely area, was going to ask where the nearest counter is, but my partner has just hit me again and locked the front door and took my phone, typing on my ipad',
    'drunk bloke swinging a broken bottle at people in the pub garden',
    'i think my neighbour is being held in her flat, i saw her at the window mouthing please and a man pulled her back',
    'my cousin just texted saying his mates are gonna rob the corner shop in 10 mins with a machete',
    'lads on mopeds circling my house saying theyll torch it tonight with us inside',
    'my nans carer is hitting her, its happening right now in the next room',
  ].map(danger),
  // --- Danger where the resident cannot speak (Silent Solution, press 55).
  ...[
    'cant talk hes in the next room, if i ring will they know i cant speak',
    'if i ring and just stay quiet because hes listening what happens',
    'hiding under the bed someone broke in i cant make any noise',
    'he is right next to me i can only type, he said he will hurt me if i call',
    'i dialled but couldnt say anything because they were outside the door, what do i press',
  ].map(silentDanger),
  // --- Danger on Teams.
  ...[
    `${AT}someone is attacking a guy outside our office on the street now`,
    `${AT}colleague just collapsed at her desk and is not breathing`,
    `${AT} man in reception threatening staff with a blade`,
    `${AT}fire alarm going and we can see flames on the 3rd floor people still up there`,
    `${AT}guy in the car park smashing windows and threatening to kill the security guard`,
    'my manager just told me her ex is downstairs and said he will kill her',
    `${AT}intruder in the building, he has a weapon and we locked ourselves in the meeting room`,
    `${AT}theres a woman being dragged across the road outside the window`,
    '@StationDesk somebody has just been hit by a car outside the office and is bleeding',
  ].map(teamsDanger),
  // --- Danger in other languages (none named in batches 1 to 23).
  ...[
    // Mauritian Creole (Morisien)
    'Ena enn misie dan mo lakaz, li pe dir li pou touy mwa, lapolis vinn vit!',
    // Seychellois Creole (Kreol Seselwa)
    'En zonm i dan mon lakaz, i pe dir i pou touy mwan, polis vin vit!',
    // Réunion Creole
    'Néna in boug dann mon kaz, li di li sa tué amoin, la police vien vit!',
    // Chavacano
    'Tiene un hombre aqui na mi casa, ta habla le ay mata le conmigo, policia vene ya pronto!',
    // Picard
    "Y a un homme din m'moaison, i dit qu'i va m'tuer, el police, v'nez vite!",
    // Shanghainese
    '阿拉屋里向有个男人，伊讲要杀脱我，警察快点来！',
    // Teochew
    '阮厝內底有一個查埔人，伊講愛刣死我，警察緊來！',
    // Fante
    'Barima bi wɔ me fie, ɔse ɔbɛkum me, polisifo mbra ntɛm!',
    // Tumbuka
    'Pali mwanalume mu nyumba yane, wakuti wanikoma, ba polisi zani luwiro!',
    // Lozi
    'Ku na ni munna mwa ndu yaka, u li u ka ni bulaya, mapolisa mu tahe kapili!',
    // Umbundu
    'Kuli ulume vonjo yange, wati o ndi ipa, vapolisia, enyi lonjanga!',
    // Kimbundu
    'Kwala diiala mu inzo iami, wambe kuila wa-ngi-jiba, ipolisia, zuenu lusolo!',
    // Makhuwa
    'Ookhala mulopwana empa mwaka, onihimya wira onrowa okiiva, apolisia murwe wowakuveya!',
    // Tigre
    'ፍርዕ ሰብ ዲብ ቤትዬ ሀለ፡ እቀትለኪ ልብል፡ ፖሊስ ብዕጅል ምጽኡ!',
  ].map(abroad),

  // --- Safe look-alikes: must NOT lead with 999.
  calm('my nan absolutely murdered the karaoke last night is brixton open 2moro', [BRIXTON]),
  calm('that new drill track is fire lol anyway what time does tottenham station shut today', [TOTTENHAM]),
  calm('i got killed 12 times in warzone last night, unrelated but is croydon open sunday', [CROYDON, WEEKENDS]),
  calm('watched a heist film where they rob the bank of england, is there actually a police desk in the city', [anyOf(CITY_POLICE, CHARING_CROSS)]),
  calm('my mum will kill me if i lose my oyster again, where do i hand in lost property near islington', [ISLINGTON]),
  calm('chelsea got robbed by the ref on saturday smh. how many counters are left in london', [COUNTERS_NOW]),
  calm('the chilli at that curry house is lethal, anyway is walworth open saturday morning', [WALWORTH, WEEKENDS]),
  calm('reporting a stabbing that happened 3 weeks ago, police already know, do i need to go to a counter to give a statement or can i do it online', [NON_URGENT]),
  calm('my car was nicked last month and i already got a crime number, where can i show my documents in person near romford', [ROMFORD]),
  calm('my boss is gonna slaughter me if im late lol, is hounslow open at 9 on a weekday', [HOUNSLOW]),
  calm('i chopped my onions too fast and now im crying ha, what time does sutton shut tonight', [SUTTON, at(22)]),
  calm('dying to know when bexleyheath opens on sundays', [BEXLEYHEATH, at(9)]),
  calm('my sister is killing it at her new job, she works near wembley - is that counter open weekends', [WEMBLEY, WEEKENDS]),
  calm('the assassins creed london level has a police station in it is that real lol, whats open near lambeth', [BRIXTON]),
  calm('we had a burglary in 2019 and it was sorted, just curious whether kingston is still open', [KINGSTON, STAYS_OPEN]),
  calm('my wifi keeps dying, anyway can you tell me the address of lewisham police', [LEWISHAM_ADDRESS]),
  calm('our team got absolutely destroyed 5-0 at hackney marshes lmao, is stoke newington open sat', [STOKE_NEWINGTON, WEEKENDS]),
  calm('that escape room was terrifying we were trapped for an hour haha. whats the 24 hr station', [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24]),
  calm('reading a true crime book about the krays, were there more police stations back in the day', [anyOf(BEFORE_2013, SEVENTY_THREE, /more/i)]),
  calm('my phone got smashed when i dropped it on the tube, not a crime i know, is dagenham open tomorrow', [DAGENHAM, WEEKENDS]),
  calm('the bomb in my cooking game went off lol. is plumstead police open 24 hours', [PLUMSTEAD, NOT_24]),
  calm('shooting a short film near hammersmith next week, do we need to tell the police station there', [HAMMERSMITH]),
  calm('lost a fight with the self checkout today haha, where is the closest desk to SE18 1', [PLUMSTEAD]),
  calm('my son got his bike stolen in august, it was reported then, can we ask about it at edmonton', [EDMONTON]),
  calm('that bake off episode was a massacre, so many soggy bottoms. what are bromley police hours', [BROMLEY, WEEKDAYS]),
  calm('i had my pocket picked on oxford street in september and reported it online already, is charing cross still 24 hours though', [CHARING_CROSS, OPEN_24]),

  // --- Nearest desk to a postcode (sectors reused, units invented and checked against every earlier full postcode).
  nearCode('nearest police desk to BR1 3QZ', BROMLEY), // 1.15 vs 6.29 km
  nearCode('br1 4jw whats my closest counter', BROMLEY), // 2.34 vs 5.04
  nearCode('im in BR2 0XR where do i go to report something', BROMLEY), // 1.07 vs 6.94
  nearCode('BR6 8UF police station near me?', BROMLEY), // 4.75 vs 10.93
  nearCode('br7 5ZN closest front desk pls', BROMLEY), // 3.16 vs 7.37
  nearCode('cr0 7QY nearest station', CROYDON), // 3.23 vs 5.30
  nearCode('CR2 0WD which police counter is nearest', CROYDON), // 2.83 vs 7.26
  nearCode('cr7 8XT where can i go in person', CROYDON), // 3.77 vs 6.75
  nearCode('DA6 7ZQ nearest open counter', BEXLEYHEATH), // 0.33 vs 5.04
  nearCode('e12 5YQ closest police station?', ILFORD), // 2.02 vs 3.80
  nearCode('E13 0ZX nearest front counter', STRATFORD), // 1.53 vs 5.12
  nearCode('e15 3QW where is the nearest desk', STRATFORD), // 0.78 vs 4.39
  nearCode('E16 1ZW police counter near me', STRATFORD), // 3.26 vs 5.29
  nearCode('e20 1YZ nearest place to report a crime in person', STRATFORD), // 1.24 vs 3.69
  nearCode('E7 0XW which counter is closest', STRATFORD), // 2.14 vs 3.79
  nearCode('en1 3WZ nearest police station', EDMONTON), // 4.01 vs 7.44
  nearCode('EN2 6YX closest counter', EDMONTON), // 3.66 vs 6.86
  nearCode('en3 4ZU where do i go', EDMONTON), // 2.72 vs 6.21
  nearCode('EN5 2QX police desk nearest', COLINDALE), // 6.03 vs 10.29
  nearCode('ha4 6WZ nearest front counter?', HAYES), // 4.33 vs 7.32
  nearCode('HA7 4XZ closest police counter', COLINDALE), // 5.12 vs 7.45
  nearCode('ha9 0ZW nearest station to me', WEMBLEY), // 1.99 vs 5.01
  nearCode('IG1 4YW nearest counter', ILFORD), // 0.62 vs 5.70
  nearCode('ig3 8QZ whats closest', ILFORD), // 1.71 vs 5.14
  nearCode('KT1 9ZX police station nearby?', KINGSTON), // 0.73 vs 8.44
  nearCode('n1 8ZW nearest counter pls', ISLINGTON), // 0.84 vs 3.00
  nearCode('N12 9XW where is my nearest police desk', COLINDALE), // 5.34 vs 7.52
  nearCode('n18 2ZY closest station', EDMONTON), // 1.00 vs 2.60
  nearCode('N20 9WQ nearest counter', COLINDALE), // 6.25 vs 7.82
  nearCode('n21 3ZQ where can i report in person', EDMONTON), // 2.73 vs 4.81
  nearCode('NW3 3ZW nearest front counter', KENTISH_TOWN), // 1.79 vs 3.93
  nearCode('nw6 3XQ closest police counter', KENTISH_TOWN), // 3.07 vs 5.28
  nearCode('NW8 0ZW nearest police desk?', KENTISH_TOWN), // 3.08 vs 4.93
  nearCode('nw9 5YZ which station is nearest', COLINDALE), // 0.50 vs 6.62
  nearCode('RM1 2XQ nearest counter', ROMFORD), // 0.99 vs 3.58
  nearCode('rm10 9ZW closest front desk', DAGENHAM), // 1.23 vs 5.56
  nearCode('RM13 8WZ police counter near me', DAGENHAM), // 2.40 vs 6.37
  nearCode('rm14 1ZX nearest station', ROMFORD), // 5.69 vs 7.32
  nearCode('RM3 7QZ closest police', ROMFORD), // 3.20 vs 7.49
  nearCode('se10 0ZW nearest counter', LEWISHAM), // 3.49 vs 5.27
  nearCode('SE23 2ZX where do i go in person', LEWISHAM), // 3.86 vs 5.65
  nearCode('se6 2XZ closest desk', LEWISHAM), // 2.62 vs 5.05
  nearCode('SM1 4ZW nearest police counter', SUTTON), // 0.55 vs 6.28
  nearCode('sw11 9QZ closest station', LAVENDER_HILL), // 0.15 vs 3.55
  nearCode('SW13 8ZW nearest front counter', HAMMERSMITH), // 1.26 vs 4.16
  nearCode('sw18 3ZQ where is the closest police', LAVENDER_HILL), // 2.51 vs 5.18
  nearCode('SW19 7ZX nearest counter now wimbledon shut', LAVENDER_HILL), // 5.28 vs 7.22
  nearCode('sw6 7ZW closest counter', HAMMERSMITH), // 1.89 vs 3.63
  nearCode('SW9 7ZQ nearest desk', BRIXTON), // 0.45 vs 2.50
  nearCode('tw1 9ZW nearest police now twickenham closed', HOUNSLOW), // 2.80 vs 5.30
  nearCode('TW11 8ZX closest front counter', KINGSTON), // 3.07 vs 4.85
  nearCode('tw13 7ZY nearest station', HOUNSLOW), // 4.63 vs 7.77
  nearCode('TW4 5ZW closest police counter', HOUNSLOW), // 1.65 vs 7.45
  nearCode('ub10 8ZQ nearest counter', HAYES), // 4.42 vs 10.03
  nearCode('UB3 3ZW where is the nearest police', HAYES), // 2.40 vs 5.53
  nearCode('w11 2ZQ nearest front desk', HAMMERSMITH), // 2.42 vs 4.76
  nearCode('W14 8ZY closest station', HAMMERSMITH), // 1.21 vs 4.84
  nearCode('w2 4ZW nearest police counter', HAMMERSMITH), // 3.00 vs 4.65
  nearCode('WC2E 8ZW closest police desk', CHARING_CROSS), // 0.24 vs 2.60
  nearCode('wc1x 9ZQ nearest counter', ISLINGTON), // 0.59 vs 2.27
  // Nearest 24-hour desk (Charing Cross or Lewisham winning by at least 1.5 km).
  near24('whats the nearest 24 hour station to SE3', LEWISHAM), // 2.2 vs 11.0
  near24('open all night counter closest to BR6 9ZW', LEWISHAM), // 12.9 vs 21.9 (district)
  near24('24hr police near W4 pls', CHARING_CROSS), // 9.9 vs 17.9
  near24('nearest station open right through the night from N6', CHARING_CROSS), // 7.2 vs 15.4
  near24('which 24/7 desk is closest to SE25', LEWISHAM), // 8.6 vs 12.9
  near24('DA14 nearest round the clock counter', LEWISHAM), // 9.4 vs 18.9
  near24('im in SW18 whats the closest 24 hour one', CHARING_CROSS), // 8.0 vs 12.7
  near24('nearest always open police station to NW3', CHARING_CROSS), // 5.8 vs 15.0
  near24('RM3 nearest 24h counter?', LEWISHAM), // 22.4 vs 26.2
  near24('SE9 which of the two 24 hour ones is nearer', LEWISHAM), // 4.9 vs 14.4

  // --- Postcodes outside London.
  outside('nearest police station to ME15 6'),
  outside('HP1 1 closest counter'),
  outside('whats the nearest desk to CO1 1'),
  outside('TN9 1 police station near me'),
  outside('staying in ME15 7 this week where is the nearest front counter'),

  // --- Roads, landmarks and neighbourhoods no earlier batch named (desks within 0.8 km of the nearest on the district's centroid).
  nearPlace('nearest police counter to sewardstone road', EDMONTON), // E4: 3.82 vs 5.52
  nearPlace('i live off larkshall road chingford where do i go now', EDMONTON), // E4
  nearPlace('hale end road, which station is closest', EDMONTON), // E4
  nearPlace('walking my dog on pole hill found a bag of someones stuff, nearest desk?', EDMONTON), // E4
  nearPlace('bourne hill palmers green nearest police', EDMONTON, TOTTENHAM), // N13: 3.01 vs 3.85
  nearPlace('hoppers road winchmore hill closest front counter', EDMONTON), // N21: 3.11 vs 5.50
  nearPlace('fox lane nearest police station', EDMONTON, TOTTENHAM), // N13
  nearPlace('green dragon lane - is there a counter near there', EDMONTON), // N21
  nearPlace('cockfosters road where can i report in person', EDMONTON, COLINDALE), // EN4: 7.44 vs 8.09
  nearPlace('oakwood park nearest counter', EDMONTON), // N14: 5.00 vs 6.42
  nearPlace('southgate green closest police desk', EDMONTON), // N14
  nearPlace('friern barnet lane police counter near', TOTTENHAM, EDMONTON), // N11: 5.40 vs 5.45
  nearPlace('totteridge lane nearest police', COLINDALE), // N20: 5.86 vs 7.85
  nearPlace('mill hill circus which counter do i go to', COLINDALE), // NW7: 2.05 vs 8.61
  nearPlace('highwood hill nearest front desk', COLINDALE), // NW7
  nearPlace('edgwarebury lane closest police station', COLINDALE), // HA8: 2.77 vs 7.01
  nearPlace('brockley hill stanmore nearest counter', COLINDALE), // HA7: 5.05 vs 6.65
  nearPlace('stanmore hill where is the nearest police desk now harrow shut', COLINDALE), // HA7
  nearPlace('uxbridge road stanmore closest counter', COLINDALE), // HA7
  nearPlace('old redding harrow weald nearest police', WEMBLEY, COLINDALE), // HA3: 4.81 vs 5.51
  nearPlace('pinner hill nearest station', WEMBLEY), // HA5: 7.37 vs 8.46
  nearPlace('west end lane pinner closest counter', WEMBLEY), // HA5
  nearPlace('breakspear road ruislip nearest front counter', HAYES), // HA4: 5.29 vs 7.54
  nearPlace('hillingdon hill where do i report something', HAYES), // UB10: 2.93 vs 10.11
  nearPlace('cowley mill nearest police counter', HAYES), // UB8: 2.89 vs 10.55
  nearPlace('bedfont lane feltham closest desk', HOUNSLOW), // TW14: 4.33 vs 8.04
  nearPlace('hanworth park nearest police station', HOUNSLOW), // TW13: 4.24 vs 7.43
  nearPlace('hampton hill high street nearest counter', KINGSTON, HOUNSLOW), // TW12: 4.66 vs 5.14
  nearPlace('waldegrave road teddington closest police', KINGSTON), // TW11: 2.65 vs 5.27
  nearPlace('sheen lane nearest front counter', HAMMERSMITH, ACTON), // SW14: 4.39 vs 4.83
  nearPlace('upper richmond road west where is nearest police', HAMMERSMITH, ACTON), // SW14
  nearPlace('mortlake high street nearest station', HAMMERSMITH, ACTON), // SW14
  nearPlace('roehampton lane closest counter', HAMMERSMITH, LAVENDER_HILL), // SW15: 4.20 vs 4.68
  nearPlace('priory lane roehampton nearest police desk', HAMMERSMITH, LAVENDER_HILL), // SW15
  nearPlace('dover house road putney nearest counter', HAMMERSMITH, LAVENDER_HILL), // SW15
  nearPlace('west hill wandsworth closest police station', LAVENDER_HILL), // SW18: 2.50 vs 5.31
  nearPlace('wimbledon village nearest counter now wimbledon station closed', LAVENDER_HILL), // SW19: 5.31 vs 7.05
  nearPlace('kingston road merton nearest police', KINGSTON, SUTTON, LAVENDER_HILL), // SW20: 5.49 vs 6.09 (SW19 side: Lavender Hill)
  nearPlace('grand drive raynes park closest desk', KINGSTON, SUTTON), // SW20
  nearPlace('martin way morden nearest front counter', SUTTON), // SM4: 3.58 vs 7.61
  nearPlace('cannon hill common nearest police', SUTTON), // SM4
  nearPlace('lower morden lane where do i go', SUTTON), // SM4
  nearPlace('cheam common road nearest counter', SUTTON), // KT4: 3.92 vs 5.68
  nearPlace('portsmouth road surbiton closest police', KINGSTON), // KT6: 2.33 vs 8.17
  nearPlace('canbury park nearest station', KINGSTON), // KT2: 1.65 vs 7.56
  nearPlace('robin hood way closest police counter', KINGSTON, HAMMERSMITH, LAVENDER_HILL), // KT2 or SW15
  nearPlace('elgin crescent nearest police now kensington shut', HAMMERSMITH), // W11: 2.06 vs 4.21
  nearPlace('ladbroke square closest counter', HAMMERSMITH), // W11
  nearPlace('pembridge villas nearest front desk', HAMMERSMITH), // W11
  nearPlace('campden hill nearest police station', HAMMERSMITH), // W8: 2.20 vs 4.63
  nearPlace('phillimore gardens closest counter', HAMMERSMITH), // W8
  nearPlace('abingdon road kensington nearest police', HAMMERSMITH), // W8
  nearPlace('stratford road kensington - not the east london one - nearest counter', HAMMERSMITH), // W8
  nearPlace('cromwell crescent closest police desk', HAMMERSMITH), // SW5: 2.27 vs 3.63
  nearPlace('redcliffe square nearest station', LAVENDER_HILL, HAMMERSMITH), // SW10: 2.55 vs 3.12
  nearPlace('edith grove nearest counter', LAVENDER_HILL, HAMMERSMITH), // SW10
  nearPlace('beaufort street chelsea closest police', LAVENDER_HILL), // SW3: 2.76 vs 3.65
  nearPlace('cheyne walk nearest front counter', LAVENDER_HILL), // SW3
  nearPlace('sloane avenue where is nearest police desk', LAVENDER_HILL), // SW3
  nearPlace('draycott avenue nearest station', LAVENDER_HILL), // SW3
  nearPlace('walton street chelsea closest counter', LAVENDER_HILL), // SW3
  nearPlace('royal hospital road nearest police', LAVENDER_HILL), // SW3
  nearPlace('flood street nearest counter', LAVENDER_HILL), // SW3
  nearPlace('oakley street chelsea closest desk', LAVENDER_HILL), // SW3
  nearPlace('tite street nearest police station', LAVENDER_HILL), // SW3
  nearPlace('cale street closest counter', LAVENDER_HILL), // SW3
  nearPlace('elystan place nearest police', LAVENDER_HILL), // SW3
  nearPlace('pont street nearest front counter', CHARING_CROSS), // SW1X: 2.57 vs 3.75
  nearPlace('cadogan square closest police desk', CHARING_CROSS), // SW1X
  // A place near, not at, a station.
  nearPlace('im at the cafe round the corner from where wimbledon police station used to be, where now', LAVENDER_HILL, SUTTON),
  nearPlace('near the old chingford station on kings head hill, which one is open now', EDMONTON, ILFORD, STRATFORD),
  nearPlace('few streets from the old twickenham police station, nearest open desk?', HOUNSLOW, KINGSTON),
  // Teams.
  teamsPlace(`${AT}nearest counter to hoppers road`, EDMONTON),
  teamsPlace(`${AT}closest police to sheen lane?`, HAMMERSMITH, ACTON),
  teamsPlace(`${AT} cheyne walk nearest desk`, LAVENDER_HILL),
  teamsPlace(`${AT}waldegrave road nearest police station`, KINGSTON),
  teamsPlace('nearest desk to martin way pls', SUTTON),
  teamsPlace(`${AT}edgwarebury lane nearest counter`, COLINDALE),
  teamsPlace(`${AT}canbury park closest police`, KINGSTON),
  teamsPlace(`${AT}larkshall road nearest`, EDMONTON),
  teamsPlace(`${AT}phillimore gardens closest front counter`, HAMMERSMITH),
  teamsPlace(`${AT}breakspear road nearest police`, HAYES),

  // --- The City of London.
  cityPlace('size lane nearest police counter', CHARING_CROSS, WALWORTH, ISLINGTON), // EC4N: 2.33 / 2.65 / 2.70
  cityPlace('vine street EC3 closest desk', BETHNAL_GREEN, WALWORTH), // EC3N: 2.41 / 2.89
  cityPlace('fenchurch place where do i report something', BETHNAL_GREEN, WALWORTH, CHARING_CROSS), // EC3M: 2.67 / 2.73 / 2.95
  cityPlace('plantation place nearest police', BETHNAL_GREEN, WALWORTH, CHARING_CROSS), // EC3M
  cityPlace("st dunstan's hill closest counter", WALWORTH, BETHNAL_GREEN, CHARING_CROSS), // EC3R: 2.56 / 2.84 / 2.85
  cityPlace('bury court nearest front desk', BETHNAL_GREEN, ISLINGTON), // EC3A: 2.36 / 2.99
  cityPlace('heneage lane nearest police station', BETHNAL_GREEN, ISLINGTON), // EC3A
  cityPlace('harp lane city closest police', WALWORTH, BETHNAL_GREEN, CHARING_CROSS), // EC3R
  cityPlace('lime street passage nearest counter', CHARING_CROSS, WALWORTH, BETHNAL_GREEN), // EC3V: 2.71 / 2.76 / 2.78
  cityPlace('ship tavern passage where is the nearest police desk', CHARING_CROSS, WALWORTH, BETHNAL_GREEN), // EC3V
  cityPlace('sherborne lane closest police', CHARING_CROSS, WALWORTH, ISLINGTON), // EC4N
  cityPlace('martin lane nearest station', CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R: 2.37 / 2.46 / 2.92
  cityPlace('bush lane city nearest front counter', CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R
  cityPlace('angel court EC2 nearest desk', ISLINGTON, CHARING_CROSS, BETHNAL_GREEN), // EC2R: 2.39 / 2.43 / 2.91
  cityPlace('telegraph street closest counter', ISLINGTON, CHARING_CROSS, BETHNAL_GREEN), // EC2R
  cityPlace('great swan alley nearest police', ISLINGTON, CHARING_CROSS, BETHNAL_GREEN), // EC2R
  cityPlace('masons avenue where do i go', CHARING_CROSS, ISLINGTON, WALWORTH), // EC2V: 2.24 / 2.36 / 2.93
  cityPlace('russia row nearest counter', CHARING_CROSS, ISLINGTON, WALWORTH), // EC2V
  cityPlace('trump street closest police station lol real street', CHARING_CROSS, ISLINGTON, WALWORTH), // EC2V
  cityPlace('groveland court nearest desk', CHARING_CROSS, ISLINGTON), // EC4M: 1.81 / 2.31
  cityPlace('little trinity lane nearest police', CHARING_CROSS, ISLINGTON), // EC4V: 1.73 / 2.49
  cityPlace('paternoster row closest counter', CHARING_CROSS, ISLINGTON), // EC4M
  cityPlace('new fetter lane nearest station', CHARING_CROSS, ISLINGTON), // EC4A: 1.32 / 2.02
  cityPlace('dorset rise nearest police counter', CHARING_CROSS), // EC4Y: 1.15 / 2.33
  cityPlace('does the met even have a counter in the square mile or is it someone else', CHARING_CROSS),
  { ...cityPlace(`${AT}honey lane nearest police desk`, CHARING_CROSS, ISLINGTON, WALWORTH), channel: 'msteams' }, // EC2V
  { ...cityPlace(`${AT}cloak lane closest counter`, CHARING_CROSS, WALWORTH, ISLINGTON), channel: 'msteams' }, // EC4R

  // --- Instead of a closed counter (the open desks nearest its own coordinates).
  instead('chingford police is shut now right? where do i go instead', EDMONTON, ILFORD, STRATFORD), // 4.23 vs 6.54; Ilford/Stratford per resident-facts §3
  instead('wimbledon cop shop closed so wheres the next one', LAVENDER_HILL, SUTTON), // 5.61 vs 6.73
  instead('used to go to the barking learning centre counter, whats nearest now', ILFORD), // 2.67 vs 5.25
  instead('mitcham station gone, alternative?', SUTTON, CROYDON), // 4.64 vs 5.91
  instead('where do people in south harrow go now the station there closed', WEMBLEY), // 3.50 vs 7.67
  instead('kensington police on earls court road closed, nearest one?', HAMMERSMITH), // 1.87 vs 4.35
  instead('holborn used to be my local, which counter replaced it', CHARING_CROSS, ISLINGTON, KENTISH_TOWN), // 1.32 vs 1.52
  instead('kilburn police station closed years ago where now', HAMMERSMITH, KENTISH_TOWN), // 4.66 vs 4.67
  // --- Closed or not.
  gone('pinner police desk still going or nah'),
  gone('church street counter lisson grove open?'),
  gone('royalty studios police counter still running?'),
  gone('twickenham station open on saturdays still?'),
  gone('can i still go to eltham police station'),
  gone('southall police front desk open today?'),
  gone('is the new malden counter still a thing'),
  gone('streatham high road police counter open?'),
  { topic: 'still open or closing', turns: [{ say: 'is lavender hill closing too?', must: [LAVENDER_HILL, STAYS_OPEN], mustNot: [SAYS_SHUT] }] },
  { topic: 'still open or closing', turns: [{ say: 'heard tottenham was on the list to close, did it?', must: [TOTTENHAM, STAYS_OPEN], mustNot: [SAYS_SHUT] }] },
  { topic: 'still open or closing', turns: [{ say: 'plumstead survived the cuts didnt it', must: [PLUMSTEAD, STAYS_OPEN], mustNot: [SAYS_SHUT] }] },

  // --- The past: closures by year, moves, counts then and now.
  past('which counters shut on 28 feb 2026', [CLOSED_FEB_2026, TEN]),
  past('how many front counters did london have before 2013', [BEFORE_2013]),
  past('after the 2013 cuts how many were left', [SEVENTY_THREE]),
  past('how many got closed back in 2013', [/\b63\b|sixty[- ]three/i]),
  past('how many counters closed under the 2017 strategy', [CLOSED_IN_2017]),
  past('how many were there in 2025 before this years closures', [THIRTY_SEVEN]),
  past('what did the met first propose in august 2025, how many counters', [/\b20\b|twenty/i]),
  past('in the august 2025 plan how many would have been 24/7', [/\b8\b|eight/i]),
  past('when was the plan changed to 27 counters', [/Oct(?:ober)? 2025/i]),
  past('when did barnet police station counter close', [/Dec(?:ember)? 2017/i]),
  past('when did holborn stop taking the public', [/2018/]),
  past('when did kilburn counter shut', [anyOf(CLOSED_DEC_2017, /2017/)]),
  past('when did hammersmith close for the rebuild', [/2016/]),
  past('when did hammersmith reopen', [/2020/]),
  past('where was the hammersmith counter while it was rebuilt', [SHEPHERDS_BUSH]),
  past('when did the wood green counter at fishmongers arms open', [/2010/]),
  past('old sidcup cop shop on main road, what year did that shut', [/2012/]),
  past('walthamstow police station closed what year', [/2011/]),
  past('leyton police station closed in which year again', [/2012/]),
  past('what year did leytonstone station shut', [/2014/]),
  past('wanstead front counter closed when?', [/2013/]),
  past('when did the streatham counter open and when did it close', [/2015/, /2017/]),
  past('wasnt wimbledon saved by a court case? when', [/2018/]),
  past('when was twickenham first closed for refurb', [/2020/]),
  past('when was islington shut for refurbishment and where did people go', [/2020/, name('Holloway')]),
  past('where did ilford counter go in november 2020', [name('Barkingside')]),
  past('when bethnal green was being done up where was the counter', [name('Shoreditch')]),
  past('what date did stoke newington reopen after the refurb', [/2022/]),
  past('dagenham counter was shut for a while, when did it come back', [/2023/]),
  past('forest gate station fire, when was that exactly', [/2024/]),
  past('when did uxbridge counter close and where did it move', [/2017/, HAYES]),
  past('chiswick police counter when did it close', [/2017/]),
  past('fulham portacabin counter, when did that shut', [/2017/]),
  past('the kennington police building on kennington road, when did it finally close', [/2019/]),
  past('when was the barking police station replaced by the learning centre', [/2013/]),
  past('when did the paddington green counter move to church street', [anyOf(/2017/, NOT_KNOWN)]),
  past('when did notting hill police close', [/2017|2019/]),
  past('what % of crimes were reported at counters in 2016', [/\b8 ?%|8 per ?cent|eight per ?cent/i]),
  past('how many crimes a day did brixton take in 2017', [/\b7\b|seven/i]),
  past('2017 closures were supposed to save how much per year', [/£\s?8\s?m|£?8 million|eight million/i]),
  past('the 2013 closures under boris saved how much a year', [/£\s?60\s?m|£?60 million|sixty million/i]),
  past('how many 24/7 counters were there in 2015', [/\b33\b|thirty[- ]three/i]),
  past('did the mayor promise a 24 hour counter in every borough?', [anyOf(/2024/, /2017/, /pledge|promise|manifesto|commit/i)]),
  past('which 2 stations were saved in the 2013 plan', [name('Gipsy Hill'), DAGENHAM]),
  past('when was the twenty-seven counter plan announced vs when they actually shut the 10', [/Oct(?:ober)? 2025/i, CLOSED_FEB_2026]),
  past('when did hayes become 24 hour', [/2017/]),
  past('when did the reduced hours start', [MARCH_2026]),
  { ...past(`${AT}how many counters did london have in 2013 vs now`, [BEFORE_2013, COUNTERS_NOW]), channel: 'msteams' },
  { ...past(`${AT}when did harrow police shut`, [CLOSED_FEB_2026]), channel: 'msteams' },
  { ...past(`${AT}why did they close so many in 2026`, [MONEY]), channel: 'msteams' },

  // --- The service: what it is, where its facts come from, how fresh, what it keeps.
  service('wait who actually made u', [anyOf(A_BOT, SOURCES)]),
  service('r u run by the met or some random company', [anyOf(A_BOT, SOURCES, /not (?:the|run by)/i)]),
  service('where u getting ur info from tho', [SOURCES]),
  service('how old is ur info, is it updated', [UP_TO_DATE]),
  service('when was this last checked', [UP_TO_DATE]),
  service('can i trust what you say about opening hours', [anyOf(SOURCES, ONLINE, /check/i)]),
  service('do u save my postcode', [PRIVACY]),
  service('is this chat being recorded by the police', [PRIVACY]),
  service('will actual coppers read what i type here', [anyOf(PRIVACY, /not (?:the police|sent|passed|shared)/i)]),
  service('if i tell you about a crime does that count as reporting it', [anyOf(NON_URGENT, /not (?:a )?report|doesn't count|does not count|isn't (?:a )?report/i)]),
  service('am i talking to a human rn', [A_BOT]),
  service('is this ai', [A_BOT]),
  service('so what can u actually do for me', [SAYS_WHAT_IT_DOES]),
  service('do u know about every station in london or just some', [anyOf(COUNTERS_NOW, /front counter/i)]),
  service('how do u know the 10 closed, did the met tell you', [SOURCES]),
  service('ur info says march 2026 is that the latest', [anyOf(UP_TO_DATE, ONLINE)]),
  service('do you keep a record of what i asked yesterday', [PRIVACY]),
  service('can i delete this conversation', [PRIVACY]),
  service('is my ip address logged', [PRIVACY]),
  service('does this work in welsh or only english', [/English/i]),
  service('are you the same as the met website', [anyOf(SOURCES, A_BOT, ONLINE)]),
  service('who pays for this bot', [anyOf(A_BOT, SOURCES, NOT_KNOWN)]),
  { ...service(`${AT}where does ur station data come from`, [SOURCES]), channel: 'msteams' },
  { ...service(`${AT}do you store what i type in teams`, [PRIVACY]), channel: 'msteams' },
  { ...service(`${AT}how current is this`, [UP_TO_DATE]), channel: 'msteams' },
  { ...service(`${AT}are you a person`, [A_BOT]), channel: 'msteams' },

  // --- Requests it cannot carry out.
  cannot('can u book me an appointment at croydon for tomorrow'),
  cannot('pls send an officer round to take my statement'),
  cannot('can you log my stolen bike for me pls'),
  cannot('can u get me my crime ref number from last month'),
  cannot('ring brixton and tell them im running late'),
  cannot('check if my son is being held in custody'),
  cannot('can you look up who owns this number plate'),
  cannot('text me when islington opens'),
  cannot('can u tell the officer dealing with my case to call me back'),
  cannot('i need a copy of my police record'),
  cannot('book me a slot to hand in a firearm'),
  cannot('can you get my car released from the pound'),
  cannot('send my dashcam footage to the police for me'),
  cannot('cancel my appointment at hounslow'),
  cannot('can you tell me who reported me'),
  cannot('pay my parking fine'),
  cannot('remind me at 9 to go to the station'),
  cannot('can u find out if my neighbour has a record'),
  cannot('please forward my complaint about an officer'),
  cannot('open a case for my missing parcel'),
  { ...cannot(`${AT}book a meeting room at charing cross police`), channel: 'msteams' },
  { ...cannot(`${AT}set a reminder to visit walworth`), channel: 'msteams' },

  // --- Out of scope: things a resident might really ask.
  offTopic('whens the next bus to brixton'),
  offTopic('is the northern line running tonight or is it strikes again'),
  offTopic('where do i renew my daughters passport in london'),
  offTopic('what time is bin collection in lewisham'),
  offTopic('where can i get a covid jab'),
  offTopic('what council tax band is my flat in'),
  offTopic('how do i apply for a parking permit in islington'),
  offTopic('nearest a&e to croydon'),
  offTopic('best pizza near kingston'),
  offTopic('how do i become a police officer'),
  offTopic('can i get a blue badge'),
  offTopic('whats the weather like in sutton'),
  offTopic('how do i contact my mp'),
  offTopic('where is the nearest post office to romford'),
  { ...offTopic(`${AT}whats for lunch in the canteen today`), channel: 'msteams' },
  { ...offTopic(`${AT}book me an uber`), channel: 'msteams' },

  // --- Comparisons.
  compare('which is open longer on a sunday, lewisham or bromley', [LEWISHAM, BROMLEY, OPEN_24]),
  compare('brixton vs walworth hours', [BRIXTON, WALWORTH, SAME]),
  compare('is charing cross open later than islington tonight', [CHARING_CROSS, ISLINGTON, OPEN_24]),
  compare('croydon or sutton which is nearer to CR0 7', [saysNearer(CROYDON)]),
  compare('ilford or stratford closer to IG1 4', [saysNearer(ILFORD)]),
  compare('hayes or hounslow nearer for UB3 3', [saysNearer(HAYES)]),
  compare('do tottenham and edmonton have the same weekend hours', [TOTTENHAM, EDMONTON, SAME]),
  compare('romford vs dagenham which opens earlier on saturday', [ROMFORD, DAGENHAM, SAME]),
  compare('how many counters now compared to 2017', [COUNTERS_NOW, SEVENTY_THREE]),
  compare('how many 24 hour counters before vs after the 2026 changes', [TWO, /\b32\b|thirty[- ]two/i]),
  compare('was the saving bigger in 2017 or 2026', [/£\s?8\s?m|£?8 million|eight million/i, SEVEN_MILLION]),
  compare('kentish town or islington, which is closer to NW3 3', [saysNearer(KENTISH_TOWN)]),
  compare('lavender hill or brixton for SW11 9', [saysNearer(LAVENDER_HILL)]),
  { ...compare(`${AT}kingston vs sutton hours`, [KINGSTON, SUTTON, SAME]), channel: 'msteams' },

  // --- Lists.
  list('list every single counter thats open 24 hours', [CHARING_CROSS, LEWISHAM]),
  list('which boroughs have no counter at all', NO_COUNTER_BOROUGHS),
  list('name all the ones that closed in feb', [name('Chingford'), name('Mitcham'), name('Pinner'), name('Wimbledon'), name('Twickenham')]),
  list('all counters in south london pls', [BRIXTON, LEWISHAM, WALWORTH]),
  list('which stations are open after 10pm', [CHARING_CROSS, LEWISHAM]),
  list('list the ones in east london', [BETHNAL_GREEN, STRATFORD, ILFORD]),
  list('which counters are open on sunday', [anyOf(WEEKENDS, COUNTERS_NOW)]),
  list('which stations got reprieved in october 2025', [EDMONTON, TOTTENHAM, PLUMSTEAD]),
  list('all the desks in north london', [EDMONTON, TOTTENHAM, ISLINGTON, KENTISH_TOWN]),
  list('list of counters in west london', [ACTON, HAMMERSMITH, HOUNSLOW, HAYES]),
  list('give me every open counter', [COUNTERS_NOW]),
  { ...list(`${AT}list the 24/7 ones`, [CHARING_CROSS, LEWISHAM]), channel: 'msteams' },

  // --- Two questions in one (some mixing a crime reported before with a present question).
  two('is brixton open sunday and whats the address', [BRIXTON, WEEKENDS, /Brixton Road|SW9/i]),
  two('what time does hayes open tomorrow and is it 24 hours', [HAYES, at(9), NOT_24]),
  two('how many counters are left and which are 24 hr', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  two('when did wimbledon close and whats nearest now for SW19 7', [CLOSED_FEB_2026, LAVENDER_HILL]),
  two('reported a break in last week online, do i still need to go in? and is kingston open saturday', [KINGSTON, WEEKENDS]),
  two('my bike got nicked monday i already reported it, wheres the nearest desk to N18 2 and what time does it close', [EDMONTON, at(22)]),
  two('had a crime number from october, can i take paperwork to bethnal green and is it open sunday', [BETHNAL_GREEN, WEEKENDS]),
  two('is lewisham open now and where exactly is it', [LEWISHAM, LEWISHAM_ADDRESS]),
  two('charing cross address + is it open at 4am', [CHARING_CROSS_ADDRESS, OPEN_24]),
  two('is edmonton still open and is it 24/7', [EDMONTON, NOT_24]),
  two('which borough is colindale in and when does it shut tonight', [/Barnet/i, at(22)]),
  two('romford hours weekday and weekend', [ROMFORD, WEEKDAYS, WEEKENDS]),
  two('did kilburn close and whats closest to NW6 3', [/2017/, KENTISH_TOWN]),
  two('is acton open tomorrow morning and is there anywhere open all night', [ACTON, at(9), OPEN_24]),

  // --- Ambiguous names.
  ambiguous('is richmond police open', NO_COUNTER, CLOSED, /Sovereign Gate/i),
  ambiguous('stratford station hours', STRATFORD),
  ambiguous('the harrow road one is it open', WEMBLEY, /Paddington|Church Street/i),
  ambiguous('kensington station?', HAMMERSMITH, CLOSED),
  ambiguous('the high road police station, hours?', TOTTENHAM, ILFORD),
  ambiguous('barnet police', COLINDALE, CLOSED),
  ambiguous('is the church street one still there', CLOSED),
  ambiguous('uxbridge road police station', HAYES, SHEPHERDS_BUSH, CLOSED),
  ambiguous('park lane police station hours', CROYDON),
  ambiguous('the fore street station', EDMONTON),
  ambiguous('victoria police station open?', CLOSED, /Belgravia/i),
  ambiguous('west ham lane or west ham police', STRATFORD),
  ambiguous('is clapham junction police open', LAVENDER_HILL),
  ambiguous('the main road police station, which one is that', ROMFORD, CLOSED),
  ambiguous('newham police station hrs this weekend', STRATFORD),

  // --- Small talk as typed on a phone.
  chat('yo bot wag1', SAYS_WHAT_IT_DOES),
  chat('gm bot', SAYS_WHAT_IT_DOES),
  chat('cheers mate all sorted now', THANKS_REPLY, BYE),
  chat('ta very much hun x', THANKS_REPLY, BYE),
  chat('lol ok fair enough then', SAYS_WHAT_IT_DOES, BYE, THANKS_REPLY),
  chat('nite nite bot', BYE),
  chat('u there bot??', SAYS_WHAT_IT_DOES, /yes|here/i),
  chat('whats ur name then bot', A_BOT, SAYS_WHAT_IT_DOES),
  chat('ur actually quite useful tbh', THANKS_REPLY),
  chat('🙏🙏🙏', THANKS_REPLY, SAYS_WHAT_IT_DOES, BYE),
  chat('happy friday bot', SAYS_WHAT_IT_DOES, THANKS_REPLY),
  chat('morning!! 😊', SAYS_WHAT_IT_DOES),
  { ...chat(`${AT}hiya`, SAYS_WHAT_IT_DOES), channel: 'msteams' },
  { ...chat(`${AT}thx bot`, THANKS_REPLY, BYE), channel: 'msteams' },

  // --- Nonsense.
  nonsense('asdfjkl;qwer'),
  nonsense('bnmbnmbnm'),
  nonsense('...?'),
  nonsense('qqqqqq 123'),

  // --- Not about danger, in other languages.
  foreign('Ki ler lapolis Brixton ouver samdi?', BRIXTON), // Morisien
  foreign('Kote i ena stasyon lapolis pli pros Croydon?', CROYDON), // Seychellois Creole
  foreign('A ki heure i ouvre el police d’Lewisham?', LEWISHAM), // Picard
  foreign('伦敦还有几个警察局柜台开着？', COUNTERS_NOW), // Mandarin (written characters)

  // --- Boroughs.
  borough('merton got any counter left', [NO_COUNTER]),
  borough('is there anything in waltham forest now', [WALTHAM_FOREST_DESKS]),
  borough('richmond borough police counter', [RICHMOND_DESKS]),
  borough('harrow borough where do i go', [anyOf(NO_COUNTER, WEMBLEY)]),
  borough('what police counter does havering have now', [ROMFORD]),
  borough('enfield police front desk', [EDMONTON]),
  borough('bexley borough counter', [BEXLEYHEATH]),
  borough('greenwich council area police counter', [PLUMSTEAD]),
  borough('hillingdon counter', [HAYES]),
  borough('camden police counter', [KENTISH_TOWN]),
  borough('hackney borough police front desk where', [STOKE_NEWINGTON]),
  borough('barking and dagenham counter now', [DAGENHAM]),
  borough('redbridge police desk', [ILFORD]),
  borough('tower hamlets front counter which one', [BETHNAL_GREEN]),
  borough('kensington and chelsea any counter?', [anyOf(NO_COUNTER, HAMMERSMITH)]),
  { ...borough(`${AT}southwark counter`, [WALWORTH]), channel: 'msteams' },
  { ...borough(`${AT}wandsworth police desk`, [LAVENDER_HILL]), channel: 'msteams' },

  // --- Hours, times and addresses for the 25 reduced-hours desks and the two 24-hour ones (clock: Friday 4 Dec 2026, 14:00).
  hoursOn('dagenham police opening times weekdays', DAGENHAM, WEEKDAYS),
  hoursOn('colindale hours sat', COLINDALE, WEEKENDS),
  hoursOn('BEXLEYHEATH POLICE HOURS MONDAY', BEXLEYHEATH, WEEKDAYS),
  hoursOn('wembley station sunday hrs', WEMBLEY, WEEKENDS),
  hoursOn('kentish town opening hrs tmrw', KENTISH_TOWN, WEEKENDS),
  hoursOn('croydon police times on a wednesday', CROYDON, WEEKDAYS),
  hoursOn('acton front counter hours weekend', ACTON, WEEKENDS),
  hoursOn('edmonton police hrs thursday', EDMONTON, WEEKDAYS),
  hoursOn('what r plumstead hours on sat', PLUMSTEAD, WEEKENDS),
  hoursOn('stokey police opening times', STOKE_NEWINGTON, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('hammersmith counter hours tuesday', HAMMERSMITH, WEEKDAYS),
  hoursOn('tottenham police hours sunday', TOTTENHAM, WEEKENDS),
  hoursOn('romford police station times today', ROMFORD, WEEKDAYS),
  hoursOn('hayes end police hours on monday', HAYES, WEEKDAYS),
  hoursOn('hounslow station opening hours sat n sun', HOUNSLOW, WEEKENDS),
  hoursOn('angel police station hours', ISLINGTON, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('kingston police times weekday', KINGSTON, WEEKDAYS),
  hoursOn('brixton cop shop hours today', BRIXTON, WEEKDAYS),
  hoursOn('newham counter opening hours', STRATFORD, anyOf(WEEKDAYS, WEEKENDS)),
  hoursOn('ilford police hours this sunday', ILFORD, WEEKENDS),
  hoursOn('walworth police hrs friday', WALWORTH, WEEKDAYS),
  hoursOn('sutton police station hours weekend', SUTTON, WEEKENDS),
  hoursOn('bethnal green counter times thursday', BETHNAL_GREEN, WEEKDAYS),
  hoursOn('battersea police hours saturday', LAVENDER_HILL, WEEKENDS),
  hoursOn('bromley police opening times sunday', BROMLEY, WEEKENDS),
  openAt('is dagenham open at 8pm tonight', DAGENHAM),
  openAt('colindale open at half 6 on saturday?', COLINDALE),
  openAt('can i go to wembley at 10am sunday', WEMBLEY),
  openAt('bromley police open at 9.30pm tonight?', BROMLEY),
  openAt('is croydon open now', CROYDON),
  openAt('acton open at 5pm sunday', ACTON),
  openAt('lewisham at 3am tues open?', LEWISHAM),
  openAt('charing cross at 2 in the morning christmas eve', CHARING_CROSS),
  openAt('islington at 11am sat', ISLINGTON),
  openAt('is hammersmith open rn', HAMMERSMITH),
  shutAt('edmonton open at 11pm tonight?', EDMONTON, 22),
  shutAt('plumstead at 7.30pm sunday open?', PLUMSTEAD, 19),
  shutAt('can i go to stoke newington at 9am monday', STOKE_NEWINGTON, 10),
  shutAt('tottenham open at 8am saturday', TOTTENHAM, 9),
  shutAt('romford at midnight?', ROMFORD, 22),
  shutAt('hayes at 6am tomorrow', HAYES, 9),
  shutAt('hounslow open 8 in the evening on sunday', HOUNSLOW, 19),
  shutAt('kingston at half 10 tonight', KINGSTON, 22),
  shutAt('brixton open at 7am weekday?', BRIXTON, 10),
  shutAt('ilford at 9pm saturday open?', ILFORD, 19),
  when('is walworth open till late tonight', [WALWORTH, at(22)]),
  when('sutton after work tonight like 7ish?', [SUTTON, anyOf(OPEN, at(22))], [SAYS_SHUT]),
  when('bethnal green first thing tomorrow', [BETHNAL_GREEN, at(9)]),
  when('lavender hill this arvo', [LAVENDER_HILL, anyOf(OPEN, WEEKDAYS)], [SAYS_SHUT]),
  when('kentish town on my lunch break 1pm monday', [KENTISH_TOWN, OPEN], [SAYS_SHUT]),
  when('bexleyheath over the weekend', [BEXLEYHEATH, WEEKENDS]),
  when('is newham counter open boxing day', [HOLIDAY_UNKNOWN]),
  when('new years day is colindale open', [HOLIDAY_UNKNOWN]),
  when('christmas day hours for bromley', [HOLIDAY_UNKNOWN]),
  ask('address', 'wheres dagenham police exactly', [/Rainham Road South|RM10 7TU/i]),
  ask('address', 'colindale station address pls', [/Grahame Park Way|NW9 5TW/i]),
  ask('address', 'bexleyheath police postcode for the sat nav', [/DA7 4QS/i]),
  ask('address', 'address for wembley police', [/Harrow Road|HA0 2HH/i]),
  ask('address', 'kentish town police whats the street', [/Holmes Road|NW5 3AE/i]),
  ask('address', 'croydon police postcode for my satnav', [/CR9 1BP|Park Lane/i]),
  ask('address', 'where is acton police exactly', [/High Street|W3 9BH/i]),
  ask('address', 'edmonton police address', [/Fore Street|N9 0PW/i]),
  ask('address', 'plumstead police postcode', [/SE18 1JY|Plumstead High Street/i]),
  ask('address', 'stoke newington police full address', [/Stoke Newington High Street|N16 8DS/i]),
  ask('address', 'hammersmith police postcode', [/W6 7NX|Shepherds Bush Road/i]),
  ask('address', 'tottenham police station address pls', [/High Road|N17 9JA/i]),
  ask('address', 'romford police street name', [/Main Road|RM1 3BJ/i]),
  ask('address', 'hayes police address', [/Uxbridge Road|UB4 8HU/i]),
  ask('address', 'hounslow police postcode', [/TW3 1LB|Montague Road/i]),
  ask('address', 'islington police station where is it', [/Tolpuddle Street|N1 0YY/i]),
  ask('address', 'kingston police address and street', [/High Street|KT1 1LB/i]),
  ask('address', 'brixton police postcode', [/SW9 7DD|Brixton Road/i]),
  ask('address', 'newham front counter address', [/West Ham Lane|E15 4SG/i]),
  ask('address', 'ilford police postcode', [/IG1 1GT|High Road/i]),
  ask('address', 'walworth police where', [/Manor Place|SE17 3BB/i]),
  ask('address', 'sutton police address', [/Carshalton Road|SM1 4RF/i]),
  ask('address', 'bethnal green police address', [/Victoria Park Square|E2 9NZ/i]),
  ask('address', 'lavender hill police postcode', [/SW11 1JX|Lavender Hill/i]),
  ask('address', 'bromley police address', [/High Street|BR1 1ER/i]),
  ask('address', 'lewisham police postcode please', [LEWISHAM_ADDRESS]),
  ask('address', 'charing cross police street', [CHARING_CROSS_ADDRESS]),
  teams('hours on a day', `${AT}croydon hours saturday`, [CROYDON, WEEKENDS]),
  teams('hours on a day', `${AT}stratford counter times mon`, [STRATFORD, WEEKDAYS]),
  teams('open at a time', `${AT}is brixton open at 9pm`, [BRIXTON, OPEN], [SAYS_SHUT]),
  teams('open at a time', `${AT}walworth open at 11pm?`, [WALWORTH, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  teams('address', `${AT}address of islington police`, [/Tolpuddle Street|N1 0YY/i]),
  teams('address', `${AT}kentish town postcode`, [/NW5 3AE/i]),
  teams('nearest to a postcode', `${AT}nearest counter to SE18 1`, [PLUMSTEAD]),
  teams('nearest to a postcode', `${AT}closest police desk TW3 3`, [HOUNSLOW]),
  teams('nearest to a postcode', `${AT}nearest 24/7 police to W1D 6`, [CHARING_CROSS, OPEN_24]),
  teams('still open or closing', `${AT}is mitcham still open`, [CLOSED], [SAYS_YES]),
  teams('the past', `${AT}when did the 10 counters close`, [CLOSED_FEB_2026]),
  teams('lists', `${AT}which boroughs have no front counter`, NO_COUNTER_BOROUGHS),

  // --- Conversations: another day, time or desk; the 24-hour desk after the nearest; a postcode given after being asked; corrections; 'that one', 'the first one', 'there'; the past; danger arising mid-way.
  talk([{ say: 'whats the nearest counter to me', must: [ASKS_WHERE] }, { say: 'RM2 5XZ', must: [ROMFORD] }]), // 0.81 vs 4.78
  talk([{ say: 'where can i go to report something in person', must: [ASKS_WHERE] }, { say: 'im in sm1 1ZQ', must: [SUTTON] }]), // 0.56 vs 6.91
  talk([{ say: 'closest police station pls', must: [ASKS_WHERE] }, { say: 'e15 1ZW', must: [STRATFORD] }]), // 0.87 vs 4.47
  talk([{ say: 'need the nearest desk', must: [ASKS_WHERE] }, { say: 'its SE18 1ZW', must: [PLUMSTEAD] }, { say: 'is that one open sunday', must: [WEEKENDS] }]),
  talk([{ say: 'nearest to N9 0ZX', must: [EDMONTON] }, { say: 'and whats the nearest 24 hour one', must: [CHARING_CROSS, OPEN_24] }]), // 14.0 vs 18.7
  talk([{ say: 'SE3 closest counter?', must: [LEWISHAM] }, { say: 'is it open all night', must: [OPEN_24] }]),
  talk([{ say: 'nearest to W6 7ZQ', must: [HAMMERSMITH] }, { say: 'open sunday?', must: [WEEKENDS] }, { say: 'and the address', must: [/W6 7NX|Shepherds Bush Road/i] }]),
  talk([{ say: 'what time does bromley shut today', must: [BROMLEY, at(22)] }, { say: 'and tomorrow?', must: [at(19)] }]),
  talk([{ say: 'is acton open on sunday', must: [ACTON, WEEKENDS] }, { say: 'what about the other days', must: [WEEKDAYS] }]),
  talk([{ say: 'hounslow hours', must: [HOUNSLOW] }, { say: 'sorry i meant hayes', must: [HAYES] }]),
  talk([{ say: 'is kingston open at 9pm sat', must: [KINGSTON, anyOf(SHUT_THEN, at(19))], mustNot: [SAYS_YES] }, { say: 'what about 6pm then', must: [OPEN] }]),
  talk([{ say: 'croydon vs sutton hours', must: [CROYDON, SUTTON] }, { say: 'which is 24 hours then', must: [anyOf(/neither|none|no(?:t| one)/i, CHARING_CROSS, LEWISHAM)] }]),
  talk([{ say: 'ilford police address', must: [/IG1 1GT|High Road/i] }, { say: 'and the other one in redbridge?', must: [anyOf(/Barkingside/i, CLOSED, /only|just one/i, ILFORD)] }]),
  talk([{ say: 'tell me about brixton and walworth', must: [BRIXTON, WALWORTH] }, { say: 'address of the first one', must: [/SW9 7DD|Brixton Road/i] }]),
  talk([{ say: 'brixton and walworth hours', must: [BRIXTON, WALWORTH] }, { say: 'wheres the second one', must: [/SE17 3BB|Manor Place/i] }]),
  talk([{ say: 'what are the two 24 hour ones', must: [CHARING_CROSS, LEWISHAM] }, { say: 'whats the postcode of that second one', must: [/SE13 5JZ/i] }]),
  talk([{ say: 'is tottenham open now', must: [TOTTENHAM, OPEN] }, { say: 'when does it close there', must: [at(22)] }]),
  talk([{ say: 'dagenham hours', must: [DAGENHAM] }, { say: 'wasnt that one shut for ages', must: [/2023/] }]),
  talk([{ say: 'was wimbledon closed in 2017', must: [/2018|quash|court|not/i] }, { say: 'so when did it actually close', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'where is the newham counter', must: [STRATFORD] }, { say: 'why not forest gate', must: [/fire|2024/i] }]),
  talk([{ say: 'hammersmith opening times', must: [HAMMERSMITH] }, { say: 'was it always there?', must: [anyOf(/2016/, /2020/, SHEPHERDS_BUSH)] }]),
  talk([{ say: 'how many counters are there now then', must: [COUNTERS_NOW] }, { say: 'and in 2017?', must: [SEVENTY_THREE] }]),
  talk([{ say: 'how many counters were there in 2025', must: [THIRTY_SEVEN] }, { say: 'and how many closed in feb', must: [TEN] }]),
  talk([{ say: 'which closed in feb 2026', must: [CLOSED_FEB_2026] }, { say: 'why', must: [MONEY] }]),
  talk([{ say: 'is twickenham open', must: [CLOSED], mustNot: [SAYS_YES] }, { say: 'where do i go instead from TW1 9ZQ', must: [HOUNSLOW] }]), // 2.80 vs 5.30
  talk([{ say: 'is chingford still open', must: [CLOSED], mustNot: [SAYS_YES] }, { say: 'so where now, i live E4', must: [EDMONTON] }]),
  talk([{ say: 'mitcham police open?', must: [CLOSED], mustNot: [SAYS_YES] }, { say: 'nearest from CR4', must: [anyOf(SUTTON, CROYDON)] }]),
  talk([{ say: 'nearest desk to HA9 0ZQ', must: [WEMBLEY] }, { say: 'is that one 24hrs', must: [NOT_24] }, { say: 'which is then', must: [CHARING_CROSS] }]),
  talk([{ say: 'hiii bot', must: [SAYS_WHAT_IT_DOES] }, { say: 'wheres open near UB10 8', must: [HAYES] }]),
  talk([{ say: 'kentish town hours sat', must: [KENTISH_TOWN, WEEKENDS] }, { say: 'no sorry i meant islington', must: [ISLINGTON] }]),
  talk([{ say: 'is stratford the newham one', must: [STRATFORD] }, { say: 'open sunday there?', must: [WEEKENDS] }]),
  talk([{ say: 'closest to IG3 8ZW', must: [ILFORD] }, { say: 'did it ever move', must: [anyOf(/Barkingside/i, /2020/)] }]),
  talk([{ say: 'bethnal green hours', must: [BETHNAL_GREEN] }, { say: 'was it shut for a refurb at some point', must: [anyOf(/2020/, /2021/, /Shoreditch/i)] }]),
  talk([{ say: 'stoke newington address', must: [/N16 8DS|Stoke Newington High Street/i] }, { say: 'when did it reopen', must: [/2022/] }]),
  talk([{ say: 'islington police hours', must: [ISLINGTON] }, { say: 'was that the one closed in 2020', must: [/2020/] }]),
  talk([{ say: 'is colindale open 24/7', must: [NOT_24] }, { say: 'was it before', must: [anyOf(/yes|was|24\/7|24 hours/i, MARCH_2026)] }]),
  talk([{ say: 'thanks for that bot', must: [THANKS_REPLY] }, { say: 'one more thing, is lewisham open at 4am', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'do u store my messages', must: [PRIVACY] }, { say: 'ok then whats nearest to SW9 7ZW', must: [BRIXTON] }]),
  talk([{ say: 'where does this info come from', must: [SOURCES] }, { say: 'and when was it updated', must: [UP_TO_DATE] }]),
  talk([{ say: 'can u book me in at croydon', must: [anyOf(DECLINE, NON_URGENT)] }, { say: 'fine what are its hours then', must: [CROYDON] }]),
  talk([{ say: 'whats the weather', must: OFF_TOPIC_REPLY }, { say: 'ok whats open near KT1 9', must: [KINGSTON] }]),
  talk([{ say: 'i reported a theft online last week', must: [anyOf(NON_URGENT, SAYS_WHAT_IT_DOES)] }, { say: 'can i bring the receipt to walworth today', must: [WALWORTH] }]),
  talk([{ say: 'nearest to BR1 3ZX', must: [BROMLEY] }, { say: 'and the nearest 24 hr one', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'richmond police', must: [anyOf(NO_COUNTER, CLOSED, /Sovereign Gate/i, /which|do you mean/i)] }, { say: 'i mean richmond the borough', must: [RICHMOND_DESKS] }]),
  talk([{ say: 'nearest to RM10 8ZW', must: [DAGENHAM] }, { say: 'what about for my mum in RM1 2ZX', must: [ROMFORD] }]),
  talk([{ say: 'is plumstead open tmrw', must: [PLUMSTEAD, WEEKENDS] }, { say: 'and sunday', must: [WEEKENDS] }, { say: 'and monday', must: [WEEKDAYS] }]),
  talk([{ say: 'so how many shut in 2013 then', must: [/\b63\b|sixty[- ]three/i] }, { say: 'and 2017', must: [CLOSED_IN_2017] }, { say: 'and this year', must: [TEN] }]),
  // Danger arising mid-way.
  talk([{ say: 'what time does edmonton close', must: [EDMONTON, at(22)] }, DANGER_TURN('actually forget that someone is trying to get in through my window right now')]),
  talk([{ say: 'nearest to SE6 2ZQ', must: [LEWISHAM] }, DANGER_TURN('omg a man just punched a woman outside and shes on the floor')]),
  // Teams conversations.
  teamsTalk([{ say: `${AT}nearest counter to me`, must: [ASKS_WHERE] }, { say: `${AT}WC2H 9ZQ`, must: [CHARING_CROSS] }]), // 0.49 vs 2.42
  teamsTalk([{ say: `${AT}sutton hours`, must: [SUTTON] }, { say: `${AT}and on sunday`, must: [WEEKENDS] }]),
  teamsTalk([{ say: `${AT}is kingston open now`, must: [KINGSTON, OPEN] }, { say: `${AT}and at 11pm?`, must: [anyOf(SHUT_THEN, at(22))] }]),
  teamsTalk([{ say: `${AT}when did harrow close`, must: [CLOSED_FEB_2026] }, { say: `${AT}so where now for HA9`, must: [WEMBLEY] }]),
  teamsTalk([{ say: `${AT}how many counters are open`, must: [COUNTERS_NOW] }, { say: `${AT}which are 24/7`, must: [CHARING_CROSS, LEWISHAM] }]),
  teamsTalk([{ say: `${AT}romford address`, must: [/Main Road|RM1 3BJ/i] }, DANGER_TURN(`${AT}wait someone just came in with a bat and is smashing the shop up`)]),
  // --- More the resident may really ask: anonymity, interpreters, hubs and vans, usage, 2017's end.
  ask('about the service', 'i know who did it but i dont want them knowing it was me, who do i tell', [CRIMESTOPPERS]),
  ask('about the service', 'can i tip off the police without giving my name', [CRIMESTOPPERS]),
  ask('about the service', 'my mum only speaks tigrinya can she still report stuff', [LANGUAGE_LINE]),
  ask('about the service', 'does the phone outside the station have translators', [LANGUAGE_LINE]),
  ask('still open or closing', 'is the new police hub in woodford a front counter i can walk into', [NOT_A_COUNTER]),
  ask('still open or closing', 'the mobile police van at the market, can i report a crime there like a counter', [NOT_A_COUNTER]),
  past('what share of crime gets reported at a front desk nowadays', [FIVE_PER_CENT]),
  past('which year was the big public access strategy', [Y2017]),
  past('how many counters were left at the end of 2017', [anyOf(THIRTY_EIGHT, /\b35\b|thirty[- ]five/i)]),
  past('when did the penge counter at copperfield house shut', [CLOSED_17_DEC_2017]),
  past('west wickham police office closed when exactly', [CLOSED_17_DEC_2017]),
];
