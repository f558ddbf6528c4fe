/**
 * THE HELD-OUT SET, TWENTY-FIFTH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-07 (twenty-second session), after batches 1 to 24, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation tests,
 * the golden recordings or the README's lists of questions that work) and
 * never ran the bot or anything that plays questions through it. Read:
 * heldoutSet.ts (its imports and its last batches' entries); heldoutSet.test.ts
 * (enough to see it plays nothing through the bot: its tests judge fixed texts
 * and the cases' shape, so it was run, and it imports playHeldout.ts, which
 * imports the test harness, though no question is played); heldoutPatterns.ts;
 * lines 1-282 of batch 24 (its header and helpers: its questions begin at line
 * 283, so the lines read hold no question; its helpers are copied from there);
 * lines 90-135 of heldoutQuestions.ts (the HeldoutTopic union and the
 * HeldoutCase interface); the import lines of playHeldout.ts. replyText.ts was
 * allowed but not opened. Earlier batches and
 * /work/shared/examples/resident-questions.tsv were only searched with grep -o
 * -h (matched strings or counts only, never whole lines) for full postcodes,
 * road, landmark and language names.
 * All facts come from /work/shared/data: stations.csv (addresses, boroughs,
 * coordinates, notes), events.csv (the 14 Dec 2017 closures and what came after
 * each), resident-facts.md (§1 Crimestoppers, the Silent Solution, Relay UK,
 * Language Line; §3 the 27 counters and their hours; §4 hubs and vans; §5
 * money and usage; §6 counts and dates of each plan), SOURCES.md (38 counters
 * on 2017-12-31), london-sectors.csv and london-outcodes.csv.
 *
 * Slips, told honestly: (1) heldoutSet.test.ts's uniqueness tests first failed
 * on 38 first messages that an earlier batch, the development set or the
 * unseen tables already opened with (among them 'who are you', 'gm bot',
 * 'how many counters now', 'tottenham police hours', 'merton counter?',
 * 'is twickenham still open' and '<at>StationDesk</at> morning all'), and
 * then on five of the rewordings (among them 'cheers bruv appreciate it');
 * the test printed only this batch's own colliding strings, and each was
 * reworded until unique, so those strings are known to have been asked
 * before; no expectation changed. (2)
 * The danger messages in other languages were written by the helper from its
 * own knowledge, without a native speaker; most are surely clumsy or mixed
 * with a neighbouring language, though each says a man is in the home,
 * threatens to kill, and asks the police to come quickly. Aranese is a variety
 * of Occitan, and Dyula is close to Bambara, both named by earlier batches;
 * the other twelve are named by no earlier batch. (3) A first draft of the
 * neighbourhood block used well-known neighbourhoods (Thamesmead, Herne Hill,
 * Surbiton...) that grep -o then showed earlier batches had named; all but
 * five were replaced by roads and landmarks with zero hits before commit. The
 * three Teams neighbourhood messages and two Teams City ones (West Ham Park,
 * Ponders End, Eel Pie Island, Leadenhall, Smithfield) were not replaced, and
 * four of those five names were used before. (4) A few nearest-desk questions
 * for a closed counter (Mitcham: Sutton 4.64 km v Croydon 5.91; Twickenham:
 * Hounslow 3.38 v Kingston 4.67) name one desk on a margin under 1.5 km
 * (though over 0.8 km), and also accept a request for a postcode.
 * Every expectation was written before the bot was run on any of these
 * questions; none was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if it contradicts
 * the FACTS in /work/shared/data (and then the commit names the row), or if a
 * pattern was wrongly strict about wording from the start (and then the commit
 * says so).
 *
 * Same clock as batches 1 to 24 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Bank holidays are not in the data: a fair answer says it does
 * not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters' coordinates
 * (stations.csv) to each sector's London-only centroid (london-sectors.csv;
 * sectors of fewer than 30 postcodes or under 99% in London left out), to each
 * district's London-only centroid (london-outcodes.csv) for a road or
 * landmark, which every such message names with its district, or to a closed
 * counter's own coordinates. A postcode or a district names one desk where it
 * wins by at least 1.5 km; in the City (where no desk wins so) every desk
 * within 0.8 km of the nearest on the district's centroid, the City of London
 * Police, or a request for a postcode. A nearest 24-hour desk is named only
 * where Charing Cross or Lewisham wins by at least 1.5 km. Distances are noted
 * beside the postcode cases.
 *
 * 717 cases: 66 with danger (62 alone: 34 in English - slang, typos,
 * indirect, about to happen, to other people, buried in a long message -, 5
 * where the resident cannot speak, 9 on Teams, 14 in other languages; 4
 * arising mid-way through a conversation, one of them on Teams), 27 safe look-
 * alikes (figurative violence, games, films, sports, cooking, idioms, crimes
 * already reported), 58 conversations (7 on Teams: another day, time or desk;
 * the 24-hour desk after the nearest; a postcode given after being asked;
 * corrections; 'the first one', 'the other one', 'that one', 'there';
 * closures, moves and the past; danger arising mid-way; a crime reported last
 * week with a present question), 46 played on Teams (45 with the
 * '<at>StationDesk</at>' text Teams puts in a message that mentions the bot,
 * one '@StationDesk'), 135 roads, landmarks and neighbourhoods outside the
 * City (three on Teams) and 26 about the City of London (two on Teams), 66
 * about the nearest desk to a postcode (10 nearest 24-hour desks, 6 on
 * Teams), 48 about the past, 35 about the service (what it is, sources,
 * freshness, privacy, Crimestoppers, Language Line, Relay UK), 23 requests it
 * cannot carry out, 17 off topic, 15 comparisons, 14 lists, 14 two questions
 * in one (three mixing a crime already reported with a present question), 15
 * ambiguous names, 16 small talk, 4 nonsense, 4 non-danger questions in other
 * languages, 5 outside London, 16 boroughs, 23 still open or closing (a hub
 * and a van, which are not counters; closed counters and where to go
 * instead), and hours, times and open-or-shut for each of the 25
 * reduced-hours desks and the two 24-hour ones. No danger message uses the
 * words help, knife, 999 or emergency.
 *
 * Danger in 14 other languages: Kikamba, Kalenjin, Kimeru, Mooré, Dyula,
 * Newar (Nepal Bhasa), Marwari, Garhwali, Northern Sami, Aranese, Ladin,
 * Marshallese, Tiv and Dinka (grep -o -i -w over the earlier heldoutQuestions
 * files: zero hits for each name and for Kamba, Meru, Mossi, Jula, Sámi and
 * Saami; see slip 2 for Aranese and Dyula). Luo, Sotho and Swati were dropped
 * when Dholuo, Sesotho and siSwati turned up in earlier batches.
 *
 * Postcodes: as batches 21 to 24 found, no geographic London sector is left
 * that an earlier batch or the examples do not name, so the full postcodes
 * here reuse earlier sectors with units invented and checked (grep -o) against
 * every full postcode in the earlier batches and the examples. Outside London:
 * ME15 7RT, HP1 1QA, CO1 1XY, TN9 1AB and Watford town centre. Roads and
 * landmarks (grep -o -i -F, zero hits in the earlier batches and the
 * examples), each with its district: Eastern Way, Knee Hill, Plumstead
 * Common Road, Crofton Park Road, Whitefoot Lane, Manor Lane, Blackwall
 * Lane, Courthill Road, Westcombe Park Road, Half Moon Lane, Croxted Road,
 * Norwood High Street, Brixton Water Lane, Landor Road, Portland Road,
 * Shirley Road, Brigstock Road, Croham Road, Eden Park Avenue, Burnt Ash
 * Lane, Hayes Lane, Glebe Way, Chipperfield Road, Royal Parade, Brampton
 * Road, Long Lane Bexleyheath, Bexley Road, Hurst Road, Throwley Way,
 * Gander Green Lane, Wrythe Lane, Central Road, Penrhyn Road, Blagdon Road,
 * Red Lion Road, Leatherhead Road, Broad Street Teddington, Hospital Bridge
 * Road, Treaty Centre, Martindale Road, Cranford Lane, South Street
 * Isleworth, Feltham High Street, Faggs Road, Dawley Road, Kingshill
 * Avenue, Harmondsworth Lane, Belmont Road, Hercies Road, Oldfield Lane,
 * Empire Way, College Road, Alexandra Avenue, Victoria Road Ruislip, Marsh
 * Lane, Hale Lane, Great North Way, Bittacy Hill, Colindale Avenue, Tally
 * Ho, Vicars Moor Lane, Lincoln Road, Windmill Hill, Mollison Avenue, Page
 * Green, Highgate High Street, Hornsey Lane, Englands Lane, Grafton Road,
 * Belsize Road, Lower Clapton Road, Albion Road, Packington Street,
 * Vallance Road, Jubilee Street, Wapping High Street, Chobham Manor, Prince
 * Regent Lane, Greengate Street, Woodgrange Road, Mortlake Road, Horns
 * Road, Goodmayes Road, Manford Way, Ripple Road, Mercury Gardens, Balgores
 * Lane, Gooshays Drive, Clockhouse Lane, Mawney Road, Oxlow Lane, Upminster
 * Road South, Battersea Rise, Old York Road, Haydons Road, Lonsdale Road,
 * Addison Road, Talbot Road, Holland Street, South Ealing Road, Wardour
 * Street, Curzon Street, South Audley Street, Hanover Square, Great
 * Marlborough Street, Neal Street, Long Acre, Drury Lane, Pall Mall,
 * Birchmere Park, Belair Park, Keston Ponds, Coombe Hill, Hanworth Air
 * Park, Hayes and Harlington Station, Uxbridge Pavilions, Brent Civic
 * Centre, Finchley Lido, Dollis Brook, Angel Tube, Southside Shopping
 * Centre, Portobello Market, Kensington High Street, Lyric Theatre,
 * Riverside Studios, Selfridges, Royal Opera House; in the City Bleeding
 * Heart Yard, Ely Place, Cloth Court, Pilgrim Street, Wardrobe Place,
 * Sermon Lane, Ludgate Broadway, Sise Lane, St Swithin's Lane, Skinners
 * Lane, St Michael's Alley, Bell Inn Yard, Pope's Head Alley, Finch Lane,
 * Moorgate Place, Love Lane, Addle Street, Gutter Lane, St Helen's Place,
 * Cursitor Street, Norwich Street, Red Lion Court, the Bloomberg building
 * and St Bartholomew the Great, and five more names with zero hits (the big
 * Asda in SE28, Beckton gas works, St Pauls Cray, East Bedfont, Upper
 * Edmonton).
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, TWO, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CHARING_CROSS, CITY_POLICE, CLOSED, CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH, HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026, NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD, ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STAYS_OPEN, STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, TEN, WALWORTH, WEEKDAYS, WEEKENDS, WEMBLEY, anyOf, at, firstLine, CRIMESTOPPERS, RELAY,
} from './heldoutPatterns';

// Helpers copied from lines 1-282 of batch 24 (which copied them from batch 23, as batch 12 wrote them) (the shared patterns are in heldoutPatterns.ts).
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
/** The desks as residents type them, with the pattern that names each (the 25 reduced-hours desks; resident-facts.md §3). */
const REDUCED: [string, RegExp][] = [
  ['dagenham', DAGENHAM], ['colindale', COLINDALE], ['bexley heath', BEXLEYHEATH], ['wembley', WEMBLEY], ['bromley', BROMLEY],
  ['kentish town', KENTISH_TOWN], ['croydon', CROYDON], ['acton', ACTON], ['edmonton', EDMONTON], ['plumstead', PLUMSTEAD],
  ['stoke newington', STOKE_NEWINGTON], ['hammersmith', HAMMERSMITH], ['tottenham', TOTTENHAM], ['romford', ROMFORD], ['hayes', HAYES],
  ['hounslow', HOUNSLOW], ['islington', ISLINGTON], ['kingston', KINGSTON], ['brixton', BRIXTON], ['stratford', STRATFORD],
  ['ilford', ILFORD], ['walworth', WALWORTH], ['sutton', SUTTON], ['bethnal green', BETHNAL_GREEN], ['lavender hill', LAVENDER_HILL],
];
/** Saturday or Sunday hours of a reduced-hours desk, or its weekend opening or closing hour. */
const WEEKEND_SHUT = anyOf(WEEKENDS, at(9), at(19));
/** A weekday's hours of a reduced-hours desk, or its weekday opening or closing hour. */
const WEEKDAY_SHUT = anyOf(WEEKDAYS, at(10), at(22));

export const HELDOUT_CASES_25: HeldoutCase[] = [
  // ---- Danger, in English: slang, typos, indirect, about to happen, to other people, buried ----
  danger('theres a geezer kicking my front door in rn he says hes gonna do me'),
  danger('my ex just turned up drunk banging on the window screaming hes gonna burn the flat down with me in it'),
  danger('mate got glassed outside the pub on the corner hes pouring blood and not waking up'),
  danger('someone is climbing over my back fence with a machete i can see him from upstairs'),
  danger('my dad has locked himself in the bathroom and said goodbye to us all, he has pills and wont open'),
  danger('two lads just dragged a girl into a van on my road, white transit, heading towards the main road'),
  danger('im hiding under the bed, theres someone downstairs going through the drawers'),
  danger('neighbour is beating his wife again i can hear her screaming through the wall right now'),
  danger('guy on the bus has pulled a blade on the driver'),
  danger('my little brother got stabbed in the park hes on the floor near the swings'),
  danger('somebody set fire to the bins under our block and the smoke is coming in and the stairwell is full'),
  danger('bf has his hands round my throat when he gets angry and hes coming back tonight, said he will finish it'),
  danger('i think my flatmate overdosed hes gone blue and hes not breathing properly'),
  danger('theres a man outside the school gates with a gun in his waistband i saw it'),
  danger('gang of 6 with balaclavas chasing a kid down the high street they got bats'),
  danger('Sorry to bother you, long day, I was going to ask about opening times for the counter near me but actually the man upstairs has just come down with a hammer and is smashing my door and shouting he will kill me'),
  danger('ok so first of all thanks for the info earlier about the desk hours, really useful, anyway my sister just rang crying, her husband has hit her and locked her in the bedroom and she says he is getting the car keys to come for the kids'),
  danger('elderly lady next door has fallen and someone pushed her, the man is still in there'),
  danger('my mates are going to jump a lad from the other estate in like ten minutes, they got shanks, i dont want anyone to die'),
  danger('hes tied me up before and hes got the rope out again, hes in the kitchen, i am in the loo'),
  danger('car just mounted the pavement and hit people outside the station, driver ran off, lots of people on the ground'),
  danger('some1 tryna break in thru the balcony door NOW'),
  danger('ma son is being held by some older boys they sent a video of him with his face all bloody they want money or theyll kill him'),
  danger('a woman is standing on the edge of the bridge over the canal and says she is going to jump'),
  danger('can smell gas everywhere and my neighbour said hes gonna light it to take us all with him'),
  danger('there is a drunk man hitting a child at the bus stop and nobody is doing anything'),
  danger('im being followed home by a guy who grabbed me earlier, hes still behind me and its dark'),
  danger('just heard gunshots on the estate, someones lying on the walkway'),
  danger('my carer slapped my mum and wont let me in the room, im scared what shes doing'),
  danger('a dog is mauling a little boy in the park and the owner is laughing'),
  danger('road rage guy pulled me out of my car and is stamping on my husbands head'),
  danger('im 15 and my step dad said when he gets home hes going to batter me like last time, he is 5 min away'),
  danger('crowd fighting with bottles outside the chicken shop, one lad is down'),
  danger('pretty sure theres someone in the loft, we heard footsteps and the hatch is open, we are in the kids room'),
  // ---- Danger where the resident cannot speak ----
  silentDanger('cant talk hes in the next room, if i ring and say nothing will anyone come'),
  silentDanger('he is listening to everything i say on the phone, can i call and just breathe'),
  silentDanger('whispering... intruder downstairs, i cannot make noise, what do i press'),
  silentDanger('my husband took my phone once for calling, if i ring now i cant speak, hes right there'),
  silentDanger('someone has broken in and i have to stay quiet, can the police hear me if i dont speak'),
  // ---- Danger on Teams ----
  teamsDanger(`${AT}guy in reception just punched the security guard and is going up the stairs shouting he will kill the manager`),
  teamsDanger(`${AT}my colleague texted me that her ex is outside our office with a crowbar waiting for her`),
  teamsDanger(`${AT}someone collapsed in the car park after being hit with a bat, attacker still around`),
  teamsDanger(`${AT} man threatening staff at the front desk with a broken bottle right now`),
  teamsDanger(`${AT}fire in the bin store and a guy is blocking the exit, says nobody leaves`),
  teamsDanger(`${AT}a customer has grabbed one of our team by the hair and is dragging her outside`),
  teamsDanger(`${AT}im on the 3rd floor and there is someone with a gun in the lobby`),
  teamsDanger('@StationDesk there is a bloke trying to strangle someone in the stairwell of our building'),
  teamsDanger(`${AT}van driver rammed the gate and is attacking the warehouse lads with a pole`),
  // ---- Danger in other languages none of batches 1 to 24 name (Kikamba, Kalenjin, Kimeru, Mooré, Dyula, Newar, Marwari, Garhwali, Northern Sami, Aranese, Ladin, Marshallese, Tiv, Dinka) ----
  abroad('Mundu ũmwe e vaa nyũmba yakwa na ena kavyũ, ekwenda kũmbũaa. Tũmai asikali vala vala!'),
  abroad('Mi chito ne ng\'wan go, mamoche ibar. Ong\'ete polis kooi kooi!'),
  abroad('Muntu ari nyumba yakwa, akwenda kunjuraga. Tumeni ashikari narua!'),
  abroad('Ned n be m yiri, a rat n kʋ maam. Bilf bilf, tʋms-y polis!'),
  abroad('Cɛ dɔ bɛ n ka so kɔnɔ, a b\'a fɛ ka n faga. Polisi ci joona!'),
  abroad('जिगु छेँय् छम्ह मनू दु, वं जित: स्याये धाल। याकनं पुलिस छ्वया दिसँ!'),
  abroad('म्हारै घर में एक आदमी घुसग्यो है, म्हनै मारबा री धमकी देवै है। जल्दी पुलिस भेजो!'),
  abroad('मेरा घौर मा एक आदमी घुसि गे, मि तैं मारणा की धमकी दीणू च। जल्दी पुलिस भेजा!'),
  abroad('Olmmoš lea mu viesus ja áitá goddit mu. Sádde poliissa jođánit!'),
  abroad('I a un òme en mèn ostau e me menace de tuar-me. Mandatz era policia lèu!'),
  abroad('L é n om te mi cèsa che menacia de me copé. Mandà la polizia sobito!'),
  abroad('Ewōr juon emmaan ilo mweo imō im ej kōnaan mane eō. Jilkinlok būlijmaan ṃōkaj!'),
  abroad('Or môm ngu ken ya wam, nan soo u wuan mo. Tindi polis fele fele!'),
  abroad('Raan tɔ ë baai dië, ke wïc ba ɣa nɔ̈k. Tuɔɔc apolith enɔɔn!'),

  // ---- Safe look-alikes: must not lead with 999 ----
  calm('my boss is gonna kill me if im late, whats the nearest desk to SE18 7PR', [PLUMSTEAD], []),
  calm('just murdered a whole cheesecake lol anyway is walworth open sunday', [WALWORTH, WEEKEND_SHUT]),
  calm('that new john wick film where he shoots everyone was mad, is charing cross really open all night', [CHARING_CROSS, OPEN_24]),
  calm('getting absolutely slaughtered at fifa by my cousin, when does ilford station close on a weekday', [ILFORD, WEEKDAY_SHUT]),
  calm('chopping onions and crying my eyes out, what time does tottenham police desk open saturday', [TOTTENHAM, WEEKEND_SHUT]),
  calm('we got battered 4-0 by arsenal yesterday, unrelated but is islington counter open now', [ISLINGTON, OPEN]),
  calm('my nan is killing it at bingo, she wants to hand in a purse she found, where in romford', [ROMFORD]),
  calm('this heat is murder lol... jk its december. kingston front desk hours pls', [KINGSTON, anyOf(WEEKDAYS, WEEKENDS)]),
  calm('reported a stabbing that happened back in 2019 to a journalist, just want the sutton counter address', [SUTTON]),
  calm('i was burgled last month and its all been dealt with, does bromley station still have a front desk', [BROMLEY]),
  calm('my lad is dying to see the new batman, is there a police counter near the cinema in N9 0HW', [EDMONTON]),
  calm('lol im dead 💀 that meme killed me. where is the nearest station to RM1 1UR', [ROMFORD]),
  calm('in call of duty i blew up the whole map, anyway is bethnal green police open on sundays', [BETHNAL_GREEN, WEEKEND_SHUT]),
  calm('recipe says to beat the eggs violently and stab the potatoes with a fork, is lewisham open 24 hrs', [LEWISHAM, OPEN_24]),
  calm('knocked it out the park at work today 🥊 brixton police opening times?', [BRIXTON, anyOf(WEEKDAYS, WEEKENDS)]),
  calm('our team got murdered in the pub quiz on crime novels, fun fact how many counters are left in london', [COUNTERS_NOW]),
  calm('writing a crime thriller where a detective walks into a front counter at 3am, which ones are actually open then', [CHARING_CROSS, LEWISHAM]),
  calm('the assault on my ears from the neighbours drill is unreal, is croydon desk open on saturday', [CROYDON, WEEKEND_SHUT]),
  calm('got shot down by a girl at the bar last night haha, anyway whats the address of hammersmith police', [HAMMERSMITH]),
  calm('ive been robbed blind by my phone contract, is that something i report at acton lol', [anyOf(ACTON, NON_URGENT, DECLINE, /not (?:a )?(?:crime|police)/i)]),
  calm('the boxing at the o2 was a bloodbath, is the police desk in stratford open today', [STRATFORD, OPEN]),
  calm('reported my bike nicked online last week, got a crime number, do i still need to go to hounslow', [anyOf(HOUNSLOW, NON_URGENT)]),
  calm('our gran does self defence classes and floors men twice her size 😂 does wembley police still do walk ins', [WEMBLEY]),
  calm('that knockout in the ufc was brutal, is dagenham station open on a sunday afternoon', [DAGENHAM, WEEKEND_SHUT]),
  calm('the chess club is a war zone tbh, what time does colindale police close friday', [COLINDALE, WEEKDAY_SHUT]),
  calm('my sister totally smashed her exams, she wants to do work experience at kentish town police, when are they open', [KENTISH_TOWN]),
  calm('the zombie apocalypse game on my phone has me shook, is plumstead station open saturday morning', [PLUMSTEAD, WEEKEND_SHUT]),

  // ---- Nearest desk to a postcode (new full units in sectors used before; margin >= 1.5 km on the sector's London centroid; km noted) ----
  nearCode('CR0 1EY nearest police front counter', CROYDON), // 0.27 v Sutton 6.43
  nearCode('closest police desk to TW13 6TJ pls', HOUNSLOW), // 4.21 v Kingston 6.25
  nearCode('sw13 8uu where do i go to report in person', HAMMERSMITH), // 1.26 v Acton 4.16
  nearCode('SE1 5QN whats my nearest counter', WALWORTH), // 1.71 v Brixton 3.95
  nearCode('tw4 5gh police station near me', HOUNSLOW), // 1.65 v Kingston 7.45
  nearCode('nearest cop shop NW3 4ZT', KENTISH_TOWN), // 1.65 v Islington 4.11
  nearCode('I live at NW6 1NZ, which station can I walk into?', KENTISH_TOWN), // 3.64 v Colindale 5.99
  nearCode('e16 1yd front counter nearest', STRATFORD), // 3.26 v Bethnal Green 5.29
  nearCode('HA4 6ED - nearest police station with a desk?', HAYES), // 4.33 v Wembley 7.32
  nearCode('br6 1fp nearest police station open to public', BROMLEY), // 6.17 v Bexleyheath 9.57
  nearCode('whats closest to BR1 4FX', BROMLEY), // 2.34 v Lewisham 5.04
  nearCode('CR0 5ZU police counter', CROYDON), // 1.63 v Bromley 7.12
  nearCode('KT5 8EE nearest station pls x', KINGSTON), // 1.86 v Sutton 7.93
  nearCode('w2 4xr where can i report a crime face to face', HAMMERSMITH), // 3.00 v Charing Cross 4.65
  nearCode('postcode is N6 5YB, nearest desk?', KENTISH_TOWN), // 2.75 v Stoke Newington 4.85
  nearCode('UB7 0NR which police station do i use', HAYES), // 4.96 v Hounslow 7.66
  nearCode('TW10 7DR closest front counter', KINGSTON), // 3.34 v Hounslow 4.96
  nearCode('n1 0ty nearest station', ISLINGTON), // 0.42 v Kentish Town 2.39
  nearCode('W6 8NZ where is my nearest police counter', HAMMERSMITH), // 0.96 v Lavender Hill 4.56
  nearCode('ig6 1ey closest police', ILFORD), // 2.70 v Romford 7.26
  nearCode('E8 2JR police desk near me??', STOKE_NEWINGTON), // 0.90 v Bethnal Green 2.72
  nearCode('w4 5xt front desk nearest please', ACTON), // 1.40 v Hammersmith 3.01
  nearCode('n20 8jl which counter is closest to me', COLINDALE), // 4.97 v Edmonton 9.22
  nearCode('UB3 9UR nearest police front desk', HAYES), // 2.79 v Hounslow 5.18
  nearCode('rm13 9bl closest station', DAGENHAM), // 3.96 v Romford 7.14
  nearCode('EN5 2GP where do i go', COLINDALE), // 6.03 v Edmonton 10.29
  nearCode('HA8 8FE police station counter near', COLINDALE), // 3.84 v Wembley 8.26
  nearCode('im in w1b 4af nearest desk', CHARING_CROSS), // 1.01 v Islington 3.20
  nearCode('E1W 9QS closest police station to walk in', BETHNAL_GREEN), // 1.06 v Islington 4.00
  nearCode('se10 8zx nearest cop station', LEWISHAM), // 1.30 v Walworth 6.14
  nearCode('W5 5ER front counter near me', ACTON), // 2.01 v Wembley 4.75
  nearCode('sw11 3tg which station', LAVENDER_HILL), // 1.16 v Hammersmith 4.29
  nearCode('RM3 9BS nearest police front counter plz', ROMFORD), // 4.25 v Dagenham 8.32
  nearCode('N9 9YR whats the nearest', EDMONTON), // 0.76 v Tottenham 3.95
  nearCode('w13 9fd police station nearest', ACTON), // 3.06 v Hounslow 5.13
  nearCode('IG2 6RY nearest desk', ILFORD), // 1.89 v Stratford 6.25
  nearCode('HA2 6LR which police station is closest', WEMBLEY), // 5.77 v Colindale 7.87
  nearCode('en2 6pn police counter closest to this postcode', EDMONTON), // 3.66 v Tottenham 6.86
  nearCode('E1 2HF nearest front desk', BETHNAL_GREEN), // 1.50 v Walworth 3.95
  nearCode('SE23 1HD closest police counter', LEWISHAM), // 2.96 v Brixton 5.31
  nearCode('da5 1ej nearest station', BEXLEYHEATH), // 1.33 v Plumstead 5.54
  nearCode('TW14 0BN police desk nearest', HOUNSLOW), // 3.17 v Hayes 7.85
  nearCode('ub4 9sr where do i report in person', HAYES), // 2.82 v Wembley 6.70
  nearCode('CR2 0UA nearest police counter', CROYDON), // 2.83 v Sutton 7.26
  nearCode('sw18 5lz closest', LAVENDER_HILL), // 3.47 v Hammersmith 5.56
  nearCode('DA8 2NS police front counter near here', BEXLEYHEATH), // 3.29 v Plumstead 6.69
  nearCode('kt1 3wh nearest police station open', KINGSTON), // 1.40 v Sutton 8.43
  nearCode('NW4 4TD nearest desk please', COLINDALE), // 1.08 v Wembley 6.69
  nearCode('sm1 4bn police counter', SUTTON), // 0.55 v Croydon 6.28
  nearCode('NW7 4XG which is my nearest police counter', COLINDALE), // 2.77 v Wembley 8.95
  // Nearest 24-hour desks (Charing Cross or Lewisham ahead by >= 1.5 km).
  near24('which 24 hr police desk is closest to SE13 6UD', LEWISHAM), // Lewisham ahead of Charing Cross by 9.11
  near24('nearest all night police station to WC2R 0WS', CHARING_CROSS), // 9.13
  near24('24 hour counter nearest N19 5JP?', CHARING_CROSS), // 8.21
  near24('open all night station near BR1 1ZJ', LEWISHAM), // 8.45
  near24('im in W6 6PD which round the clock station is nearest', CHARING_CROSS), // 8.03
  near24('DA8 2NT closest station open 24/7', LEWISHAM), // sector DA8 2: 8.30
  near24('HA8 4AX nearest 24 hour police', CHARING_CROSS), // 9.30
  near24('SE18 7PS 24hr desk nearest?', LEWISHAM), // sector SE18 7: 7.65
  near24('nearest station thats open at 3am from NW4 4TE', CHARING_CROSS), // sector NW4 4: 9.25
  near24('BR6 1FQ whats the nearest open-all-hours counter', LEWISHAM), // sector BR6 1: 9.20

  // ---- Neighbourhoods, roads and landmarks named with their postcode district (margin >= 1.5 km on the district's London centroid; no place name here is in an earlier batch or the examples) ----
  nearPlace('nearest police front desk to eastern way SE28', PLUMSTEAD), // SE28, district centroid
  nearPlace('im on knee hill se2 where do i report something in person', PLUMSTEAD), // SE2, district centroid
  nearPlace('plumstead common road se18 closest police station', PLUMSTEAD), // SE18, district centroid
  nearPlace('police counter near crofton park road, SE4', LEWISHAM), // SE4, district centroid
  nearPlace('whats the nearest cop shop to whitefoot lane (se6)', LEWISHAM), // SE6, district centroid
  nearPlace('manor lane se12 nearest station open to the public', LEWISHAM), // SE12, district centroid
  nearPlace('any police desk near blackwall lane SE10?', LEWISHAM), // SE10, district centroid
  nearPlace('just off courthill road in se13, nearest police counter pls', LEWISHAM), // SE13, district centroid
  nearPlace('walking distance police station from westcombe park road se3', LEWISHAM), // SE3, district centroid
  nearPlace('I work on half moon lane, SE24. Which police front counter is nearest?', BRIXTON), // SE24, district centroid
  nearPlace('nearest police front desk to croxted road se21', BRIXTON), // SE21, district centroid
  nearPlace('im on norwood high street se27 where do i report something in person', BRIXTON), // SE27, district centroid
  nearPlace('brixton water lane SW2 closest police station', BRIXTON), // SW2, district centroid
  nearPlace('police counter near landor road, sw9', BRIXTON), // SW9, district centroid
  nearPlace('whats the nearest cop shop to portland road (se25)', CROYDON), // SE25, district centroid
  nearPlace('shirley road CR0 nearest station open to the public', CROYDON), // CR0, district centroid
  nearPlace('any police desk near brigstock road cr7?', CROYDON), // CR7, district centroid
  nearPlace('just off croham road in cr2, nearest police counter pls', CROYDON), // CR2, district centroid
  nearPlace('walking distance police station from eden park avenue BR3', BROMLEY), // BR3, district centroid
  nearPlace('I work on burnt ash lane, BR1. Which police front counter is nearest?', BROMLEY), // BR1, district centroid
  nearPlace('nearest police front desk to hayes lane br2', BROMLEY), // BR2, district centroid
  nearPlace('im on glebe way BR4 where do i report something in person', BROMLEY), // BR4, district centroid
  nearPlace('chipperfield road br5 closest police station', BROMLEY), // BR5, district centroid
  nearPlace('police counter near royal parade, br7', BROMLEY), // BR7, district centroid
  nearPlace('whats the nearest cop shop to brampton road (DA6)', BEXLEYHEATH), // DA6, district centroid
  nearPlace('long lane bexleyheath da7 nearest station open to the public', BEXLEYHEATH), // DA7, district centroid
  nearPlace('any police desk near bexley road da8?', BEXLEYHEATH), // DA8, district centroid
  nearPlace('just off hurst road in DA14, nearest police counter pls', BEXLEYHEATH), // DA14, district centroid
  nearPlace('walking distance police station from throwley way sm1', SUTTON), // SM1, district centroid
  nearPlace('I work on gander green lane, SM3. Which police front counter is nearest?', SUTTON), // SM3, district centroid
  nearPlace('nearest police front desk to wrythe lane SM5', SUTTON), // SM5, district centroid
  nearPlace('im on central road sm4 where do i report something in person', SUTTON), // SM4, district centroid
  nearPlace('penrhyn road kt1 closest police station', KINGSTON), // KT1, district centroid
  nearPlace('police counter near blagdon road, KT3', KINGSTON), // KT3, district centroid
  nearPlace('whats the nearest cop shop to red lion road (kt5)', KINGSTON), // KT5, district centroid
  nearPlace('leatherhead road kt9 nearest station open to the public', KINGSTON), // KT9, district centroid
  nearPlace('any police desk near broad street teddington TW11?', KINGSTON), // TW11, district centroid
  nearPlace('just off hospital bridge road in tw2, nearest police counter pls', HOUNSLOW), // TW2, district centroid
  nearPlace('walking distance police station from treaty centre tw3', HOUNSLOW), // TW3, district centroid
  nearPlace('I work on martindale road, TW4. Which police front counter is nearest?', HOUNSLOW), // TW4, district centroid
  nearPlace('nearest police front desk to cranford lane tw5', HOUNSLOW), // TW5, district centroid
  nearPlace('im on south street isleworth tw7 where do i report something in person', HOUNSLOW), // TW7, district centroid
  nearPlace('feltham high street TW13 closest police station', HOUNSLOW), // TW13, district centroid
  nearPlace('police counter near faggs road, tw14', HOUNSLOW), // TW14, district centroid
  nearPlace('whats the nearest cop shop to dawley road (ub3)', HAYES), // UB3, district centroid
  nearPlace('kingshill avenue UB4 nearest station open to the public', HAYES), // UB4, district centroid
  nearPlace('any police desk near harmondsworth lane ub7?', HAYES), // UB7, district centroid
  nearPlace('just off belmont road in ub8, nearest police counter pls', HAYES), // UB8, district centroid
  nearPlace('walking distance police station from hercies road UB10', HAYES), // UB10, district centroid
  nearPlace('I work on oldfield lane, UB6. Which police front counter is nearest?', WEMBLEY), // UB6, district centroid
  nearPlace('nearest police front desk to empire way ha9', WEMBLEY), // HA9, district centroid
  nearPlace('im on college road HA1 where do i report something in person', WEMBLEY), // HA1, district centroid
  nearPlace('alexandra avenue ha2 closest police station', WEMBLEY), // HA2, district centroid
  nearPlace('police counter near victoria road ruislip, ha4', HAYES), // HA4, district centroid
  nearPlace('whats the nearest cop shop to marsh lane (HA7)', COLINDALE), // HA7, district centroid
  nearPlace('hale lane ha8 nearest station open to the public', COLINDALE), // HA8, district centroid
  nearPlace('any police desk near great north way nw4?', COLINDALE), // NW4, district centroid
  nearPlace('just off bittacy hill in NW7, nearest police counter pls', COLINDALE), // NW7, district centroid
  nearPlace('walking distance police station from colindale avenue nw9', COLINDALE), // NW9, district centroid
  nearPlace('I work on tally ho, N12. Which police front counter is nearest?', COLINDALE), // N12, district centroid
  nearPlace('nearest police front desk to vicars moor lane N21', EDMONTON), // N21, district centroid
  nearPlace('im on lincoln road en1 where do i report something in person', EDMONTON), // EN1, district centroid
  nearPlace('windmill hill en2 closest police station', EDMONTON), // EN2, district centroid
  nearPlace('police counter near mollison avenue, EN3', EDMONTON), // EN3, district centroid
  nearPlace('whats the nearest cop shop to page green (n15)', TOTTENHAM), // N15, district centroid
  nearPlace('highgate high street n6 nearest station open to the public', KENTISH_TOWN), // N6, district centroid
  nearPlace('any police desk near hornsey lane N19?', KENTISH_TOWN), // N19, district centroid
  nearPlace('just off englands lane in nw3, nearest police counter pls', KENTISH_TOWN), // NW3, district centroid
  nearPlace('walking distance police station from grafton road nw5', KENTISH_TOWN), // NW5, district centroid
  nearPlace('I work on belsize road, NW6. Which police front counter is nearest?', KENTISH_TOWN), // NW6, district centroid
  nearPlace('nearest police front desk to lower clapton road e5', STOKE_NEWINGTON), // E5, district centroid
  nearPlace('im on albion road n16 where do i report something in person', STOKE_NEWINGTON), // N16, district centroid
  nearPlace('packington street N1 closest police station', ISLINGTON), // N1, district centroid
  nearPlace('police counter near vallance road, e2', BETHNAL_GREEN), // E2, district centroid
  nearPlace('whats the nearest cop shop to jubilee street (e1)', BETHNAL_GREEN), // E1, district centroid
  nearPlace('wapping high street E1W nearest station open to the public', BETHNAL_GREEN), // E1W, district centroid
  nearPlace('any police desk near chobham manor e20?', STRATFORD), // E20, district centroid
  nearPlace('just off prince regent lane in e16, nearest police counter pls', STRATFORD), // E16, district centroid
  nearPlace('walking distance police station from greengate street E13', STRATFORD), // E13, district centroid
  nearPlace('I work on woodgrange road, E7. Which police front counter is nearest?', STRATFORD), // E7, district centroid
  nearPlace('nearest police front desk to mortlake road ig1', ILFORD), // IG1, district centroid
  nearPlace('im on horns road IG2 where do i report something in person', ILFORD), // IG2, district centroid
  nearPlace('goodmayes road ig3 closest police station', ILFORD), // IG3, district centroid
  nearPlace('police counter near manford way, ig6', ILFORD), // IG6, district centroid
  nearPlace('whats the nearest cop shop to ripple road (IG11)', ILFORD), // IG11, district centroid
  nearPlace('mercury gardens rm1 nearest station open to the public', ROMFORD), // RM1, district centroid
  nearPlace('any police desk near balgores lane rm2?', ROMFORD), // RM2, district centroid
  nearPlace('just off gooshays drive in RM3, nearest police counter pls', ROMFORD), // RM3, district centroid
  nearPlace('walking distance police station from clockhouse lane rm5', ROMFORD), // RM5, district centroid
  nearPlace('I work on mawney road, RM7. Which police front counter is nearest?', ROMFORD), // RM7, district centroid
  nearPlace('nearest police front desk to oxlow lane RM9', DAGENHAM), // RM9, district centroid
  nearPlace('im on upminster road south rm13 where do i report something in person', DAGENHAM), // RM13, district centroid
  nearPlace('battersea rise sw11 closest police station', LAVENDER_HILL), // SW11, district centroid
  nearPlace('police counter near old york road, SW18', LAVENDER_HILL), // SW18, district centroid
  nearPlace('whats the nearest cop shop to haydons road (sw19)', LAVENDER_HILL), // SW19, district centroid
  nearPlace('lonsdale road sw13 nearest station open to the public', HAMMERSMITH), // SW13, district centroid
  nearPlace('any police desk near addison road W14?', HAMMERSMITH), // W14, district centroid
  nearPlace('just off talbot road in w11, nearest police counter pls', HAMMERSMITH), // W11, district centroid
  nearPlace('walking distance police station from holland street w8', HAMMERSMITH), // W8, district centroid
  nearPlace('I work on south ealing road, W5. Which police front counter is nearest?', ACTON), // W5, district centroid
  nearPlace('nearest police front desk to wardour street w1d', CHARING_CROSS), // W1D, district centroid
  nearPlace('im on curzon street w1j where do i report something in person', CHARING_CROSS), // W1J, district centroid
  nearPlace('south audley street W1K closest police station', CHARING_CROSS), // W1K, district centroid
  nearPlace('police counter near hanover square, w1s', CHARING_CROSS), // W1S, district centroid
  nearPlace('whats the nearest cop shop to great marlborough street (w1b)', CHARING_CROSS), // W1B, district centroid
  nearPlace('neal street WC2H nearest station open to the public', CHARING_CROSS), // WC2H, district centroid
  nearPlace('any police desk near long acre wc2e?', CHARING_CROSS), // WC2E, district centroid
  nearPlace('just off drury lane in wc2b, nearest police counter pls', CHARING_CROSS), // WC2B, district centroid
  nearPlace('walking distance police station from pall mall SW1Y', CHARING_CROSS), // SW1Y, district centroid
  nearPlace('nearest police station to birchmere park SE28', PLUMSTEAD), // SE28, district centroid
  nearPlace('im at belair park SE21 closest front counter?', BRIXTON), // SE21, district centroid
  nearPlace('keston ponds BR2 police desk near', BROMLEY), // BR2, district centroid
  nearPlace('nearest police station to coombe hill KT2', KINGSTON), // KT2, district centroid
  nearPlace('im at hanworth air park TW13 closest front counter?', HOUNSLOW), // TW13, district centroid
  nearPlace('hayes and harlington station UB3 police desk near', HAYES), // UB3, district centroid
  nearPlace('nearest police station to uxbridge pavilions UB8', HAYES), // UB8, district centroid
  nearPlace('im at brent civic centre HA9 closest front counter?', WEMBLEY), // HA9, district centroid
  nearPlace('finchley lido N12 police desk near', COLINDALE), // N12, district centroid
  nearPlace('nearest police station to dollis brook N3', COLINDALE), // N3, district centroid
  nearPlace('im at angel tube N1 closest front counter?', ISLINGTON), // N1, district centroid
  nearPlace('southside shopping centre SW18 police desk near', LAVENDER_HILL), // SW18, district centroid
  nearPlace('nearest police station to portobello market W11', HAMMERSMITH), // W11, district centroid
  nearPlace('im at kensington high street W8 closest front counter?', HAMMERSMITH), // W8, district centroid
  nearPlace('lyric theatre W6 police desk near', HAMMERSMITH), // W6, district centroid
  nearPlace('nearest police station to riverside studios W6', HAMMERSMITH), // W6, district centroid
  nearPlace('im at selfridges W1C closest front counter?', CHARING_CROSS), // W1C, district centroid
  nearPlace('royal opera house WC2E police desk near', CHARING_CROSS), // WC2E, district centroid
  nearPlace('im by the big asda in SE28 whats the nearest police desk', PLUMSTEAD),
  nearPlace('nearest station to beckton gas works area E16', STRATFORD),
  nearPlace('st pauls cray BR5 nearest desk', BROMLEY),
  nearPlace('east bedfont TW14 nearest police station', HOUNSLOW),
  nearPlace('upper edmonton N18 closest counter', EDMONTON),

  // ---- The City of London (its own force, the Met desk(s) within 0.8 km of the nearest on the district's centroid, or a postcode asked) ----
  cityPlace('bloomberg building EC4N nearest police front desk', CHARING_CROSS, WALWORTH),
  cityPlace('st bartholomew the great EC1A police counter near', ISLINGTON, CHARING_CROSS),
  cityPlace("police front counter near bleeding heart yard EC1N", ISLINGTON, CHARING_CROSS),
  cityPlace("im on ely place in the city (EC1N) where do i go to report a theft in person", ISLINGTON, CHARING_CROSS),
  cityPlace("cloth court EC1A nearest police desk", ISLINGTON, CHARING_CROSS),
  cityPlace("closest police station to pilgrim street EC4V?", CHARING_CROSS, ISLINGTON),
  cityPlace("police front counter near wardrobe place EC4V", CHARING_CROSS, ISLINGTON),
  cityPlace("im on sermon lane in the city (EC4M) where do i go to report a theft in person", CHARING_CROSS, ISLINGTON),
  cityPlace("ludgate broadway EC4M nearest police desk", CHARING_CROSS, ISLINGTON),
  cityPlace("closest police station to sise lane EC4N?", CHARING_CROSS, WALWORTH),
  cityPlace("police front counter near st swithin's lane EC4N", CHARING_CROSS, WALWORTH),
  cityPlace("im on skinners lane in the city (EC4R) where do i go to report a theft in person", CHARING_CROSS, WALWORTH),
  cityPlace("st michael's alley EC3V nearest police desk", CHARING_CROSS, WALWORTH),
  cityPlace("closest police station to bell inn yard EC3V?", CHARING_CROSS, WALWORTH),
  cityPlace("police front counter near pope's head alley EC3V", CHARING_CROSS, WALWORTH),
  cityPlace("im on finch lane in the city (EC3V) where do i go to report a theft in person", CHARING_CROSS, WALWORTH),
  cityPlace("moorgate place EC2R nearest police desk", ISLINGTON, CHARING_CROSS),
  cityPlace("closest police station to love lane EC2V?", CHARING_CROSS, ISLINGTON),
  cityPlace("police front counter near addle street EC2V", CHARING_CROSS, ISLINGTON),
  cityPlace("im on gutter lane in the city (EC2V) where do i go to report a theft in person", CHARING_CROSS, ISLINGTON),
  cityPlace("st helen's place EC3A nearest police desk", BETHNAL_GREEN, ISLINGTON),
  cityPlace("closest police station to cursitor street EC4A?", CHARING_CROSS, ISLINGTON),
  cityPlace("police front counter near norwich street EC4A", CHARING_CROSS, ISLINGTON),
  cityPlace("im on red lion court in the city (EC4A) where do i go to report a theft in person", CHARING_CROSS, ISLINGTON),

  // ---- Hours, times and open-or-shut for each of the 25 reduced-hours desks (Mon-Fri 10-22, Sat-Sun 9-19 since 3 Mar 2026) ----
  // Clock: Friday 4 Dec 2026, 14:00 (HELDOUT_NOW).
  ...REDUCED.map(([desk, re], i): HeldoutCase => hoursOn([
    `${desk} police front desk hrs on a wednesday?`,
    `wat time does ${desk} station shut on tuesdays`,
    `${desk} counter times mon-fri pls`,
    `how late is ${desk} police open on a thursday evening`,
    `${desk} front counter what time open weekday mornings`,
  ][i % 5], re, WEEKDAY_SHUT)),
  ...REDUCED.map(([desk, re], i): HeldoutCase => hoursOn([
    `${desk} police sunday times??`,
    `is ${desk} front desk even open at the weekend, what hours`,
    `what time does ${desk} cop shop close on a saturday`,
    `${desk} station sat n sun opening hrs`,
    `till when is ${desk} counter open sunday evening`,
  ][i % 5], re, WEEKEND_SHUT)),
  ...REDUCED.filter((_, i) => i % 2 === 0).map(([desk, re], i): HeldoutCase => shutAt([
    `can i pop into ${desk} police at half 10 tonight`,
    `${desk} desk open at 8 tomorrow morning? (saturday)`,
    `is ${desk} station open at 11pm tonight`,
    `${desk} counter at 7.30pm tomorrow sat still open?`,
  ][i % 4], re, [22, 9, 22, 19][i % 4])),
  ...REDUCED.filter((_, i) => i % 2 === 1).map(([desk, re], i): HeldoutCase => openAt([
    `${desk} police open rn?`,
    `is ${desk} front desk open this afternoon`,
    `${desk} station open at 6pm today`,
    `can i go to ${desk} police on sunday at noon`,
  ][i % 4], re)),
  // The two 24-hour desks.
  hoursOn('charing x police counter hours on xmas week? is it still all night', CHARING_CROSS, anyOf(OPEN_24, HOLIDAY_UNKNOWN)),
  hoursOn('lewisham police front desk open 4am monday?', LEWISHAM, OPEN_24, 'open at a time'),
  hoursOn('what hours is the agar street police desk', CHARING_CROSS, OPEN_24),
  hoursOn('lewisham high st police station sunday night hours', LEWISHAM, OPEN_24),
  ask('address', 'whats the full address for charing cross police so i can put it in my maps', [CHARING_CROSS_ADDRESS]),
  ask('address', 'lewisham police station postcode plz', [LEWISHAM_ADDRESS]),
  ask('address', 'newham police counter where exactly is it now', [STRATFORD, /West Ham Lane|E15 4SG/i]),
  ask('address', 'dagenham police address for a taxi', [DAGENHAM, /Rainham Road South|RM10 7TU/i]),
  hoursOn('is charing cross desk or lewisham open at 2 in the morning on boxing day', anyOf(CHARING_CROSS, LEWISHAM), anyOf(OPEN_24, HOLIDAY_UNKNOWN)),
  when('are the stations open on new years day', [HOLIDAY_UNKNOWN]),
  when('bank holiday monday hours for sutton police?', [SUTTON, HOLIDAY_UNKNOWN]),
  when('xmas day is romford front desk open', [ROMFORD, HOLIDAY_UNKNOWN]),
  when('since when have the counters had these shorter hrs', [MARCH_2026]),

  // ---- The past: closures by year, moves, counts then and now ----
  past('when did catford police station stop having a front counter', [CLOSED_DEC_2017]),
  past('eltham police shut in what year', [Y2017]),
  past('deptford station on amersham vale, when did that close to the public', [CLOSED_DEC_2017]),
  past('peckham police counter closed when exactly', [CLOSED_DEC_2017]),
  past('kilburn police station front desk, what year did it go', [Y2017]),
  past('chiswick police counter closing date?', [CLOSED_DEC_2017]),
  past('when did wandsworth police stop seeing the public', [Y2017]),
  past('southall station front desk closed in which year', [Y2017]),
  past('ealing police counter when did it shut down', [Y2017]),
  past('barnet police station, my dad says it closed years ago, when', [Y2017]),
  past('limehouse police front counter closing year', [Y2017]),
  past('hornsey police station when did the desk close', [Y2017]),
  past('belgravia police front counter when did it close', [Y2017]),
  past('plaistow police shut in 2017 or 2018?', [Y2017]),
  past('southwark police station on borough high st, when did the counter go', [Y2017]),
  past('how many front counters did london have back before the 2013 cuts', [BEFORE_2013]),
  past('how many counters were left after boris closed them in 2013', [SEVENTY_THREE]),
  past('how many stations did sadiq close in 2017', [CLOSED_IN_2017]),
  past('how many front desks were there in 2025 before the latest closures', [THIRTY_SEVEN]),
  past('counters in 2017 vs now, how many then how many now', [anyOf(SEVENTY_THREE, THIRTY_EIGHT), COUNTERS_NOW]),
  past('how many closed in feb 2026', [TEN]),
  past('which ones closed on 28 feb this year', [/Chingford/i, /Kensington/i, /Wimbledon/i]),
  past('when did chingford police counter close', [CLOSED_FEB_2026]),
  past('twickenham police front desk closed when', [CLOSED_FEB_2026]),
  past('pinner police counter, volunteers ran it right? when did it close', [CLOSED_FEB_2026]),
  past('mitcham station counter closing date', [CLOSED_FEB_2026]),
  past('royalty studios police desk when did that shut', [CLOSED_FEB_2026]),
  past('forest gate police station what happened to it', [/fire|roof|6 Mar(?:ch)? 2024/i]),
  past('why is newhams counter in stratford not forest gate anymore', [/fire|roof/i]),
  past('dagenham station was shut for a while wasnt it, when did the desk reopen', [/3 Jul(?:y)? 2023|2023/i]),
  past('what was the original plan in aug 2025, how many counters were going to stay', [/\b20\b|twenty/i]),
  past('when was the list of closures first announced in 2025', [/6 Aug(?:ust)? 2025|17 Jul(?:y)? 2025|August 2025/i]),
  past('when were the 2025 closure plans revised', [/15 Oct(?:ober)? 2025|October 2025/i]),
  past('how many were open 24 hours in 2015', [/\b33\b|thirty[- ]three/i]),
  past('didnt sadiq promise a 24 hour counter in every borough', [/borough/i]),
  past('why did they close all these stations in 2025', [MONEY]),
  past('how much money do the 2026 closures save', [SEVEN_MILLION]),
  past('what did the 2013 closures save per year', [/£\s?60\s?m|60 million/i]),
  past('how many crimes were reported at counters back in 2016 as a percent', [/\b8 ?%|8 per ?cent|eight per ?cent/i]),
  past('back in 2017 which front desk took the most crime reports', [BRIXTON]),
  past('was wimbledon not saved in court back in 2017', [/court|quash|judicial/i]),
  past('which two were saved from closure in the 2013 plan', [/Gipsy Hill/i, DAGENHAM]),
  past('west wickham police office when did it close', [CLOSED_17_DEC_2017]),
  past('reported a burglary at eltham station back in 2015, is it still there', [CLOSED]),
  past('how many counters were there at the end of 2017', [THIRTY_EIGHT]),
  past('what share of crimes got reported at front desks before they cut them last year', [FIVE_PER_CENT]),

  // ---- The service: what it is, where the facts come from, how fresh, what it keeps ----
  service('hold on am i typing to an actual human rn or a bot', [A_BOT]),
  service('who made this chatbot', [anyOf(A_BOT, SOURCES)]),
  service('where do u lot get ur station info from', [SOURCES]),
  service('how up to date are these opening times', [UP_TO_DATE]),
  service('when was the info in here last refreshed', [UP_TO_DATE]),
  service('is this the official met police website or something else', [anyOf(A_BOT, SOURCES)]),
  service('do you save what i type here', [PRIVACY]),
  service('will the police see my postcode if i put it in', [PRIVACY]),
  service('do u keep my messages or delete them', [PRIVACY]),
  service('is this chat being recorded somewhere im a bit paranoid', [PRIVACY]),
  service('can i trust these hours or should i double check somewhere', [anyOf(ONLINE, SOURCES, UP_TO_DATE)]),
  service('how sure are you about newham being at stratford', [anyOf(STRATFORD, SOURCES, ONLINE, NOT_KNOWN)]),
  service('so what can you actually do for me then', [SAYS_WHAT_IT_DOES]),
  service('can i report a crime through this chat', [anyOf(NON_URGENT, DECLINE)]),
  service('i want to report something anonymously, is there a way', [CRIMESTOPPERS]),
  service('my mum only speaks polish can she get an interpreter at the station or on the phone', [LANGUAGE_LINE]),
  service('is this run by the met or the council', [anyOf(A_BOT, SOURCES)]),
  service('your info might be old, how do i check the latest', [anyOf(ONLINE, UP_TO_DATE)]),
  service('do you know about closures after february 2026', [anyOf(UP_TO_DATE, NOT_KNOWN, ONLINE)]),
  service('does this bot use ai', [A_BOT]),
  service('can i talk to a human instead', [anyOf(NON_URGENT, DECLINE, A_BOT)]),
  service('is this chat anonymous or do you know who i am', [PRIVACY]),
  service('what data do you hold on me', [PRIVACY]),
  service('where did you get the closure dates from', [SOURCES]),
  service('are your hours from the met or just some blog', [SOURCES]),
  service('how do u know which counters are open', [SOURCES]),
  service('can i get this info in a different language', [anyOf(LANGUAGE_LINE, /English|language/i)]),
  service('im deaf how do i contact the police', [anyOf(RELAY, NON_URGENT)]),
  service('r u tracking my location when i use this', [PRIVACY]),
  service('is the info about the 27 counters confirmed or just announced', [anyOf(/announc/i, ONLINE, UP_TO_DATE)]),
  service('why should i believe a chatbot about police hours', [anyOf(SOURCES, ONLINE)]),
  service('whats your privacy policy', [PRIVACY]),

  // ---- Requests it cannot carry out ----
  cannot('book me an appointment at brixton for tomorrow 11am'),
  cannot('can you send an officer round to my house about my stolen bike'),
  cannot('pls ring the station and tell them im running late for my bail signing'),
  cannot('can you check if my son is being held at croydon custody'),
  cannot('update my crime report with a new photo'),
  cannot('cancel my 101 callback'),
  cannot('get me my crime reference number, i lost it'),
  cannot('can you tell the officer on my case to call me back'),
  cannot('i need a copy of my police certificate for a visa, can you email it'),
  cannot('please pass this message to the front desk at sutton: the lost dog was found'),
  cannot('can u file a noise complaint about my neighbours party for me'),
  cannot('remove my caution from my record'),
  cannot('can you look up who owns the number plate LD19 something'),
  cannot('send me the cctv from outside ilford station from last night'),
  cannot('arrange a video call with an officer for me'),
  cannot('tell me if theres a warrant out for my brother'),
  cannot('transfer me to a detective please'),
  cannot('check if my lost wallet was handed in at hammersmith'),
  cannot('can you pay my parking fine from the council for me'),
  cannot('book a slot with a pcso at the ward drop in'),
  cannot('reset the password on my met police online account'),
  cannot('could you order the police to tow the car blocking my drive'),

  // ---- Off topic ----
  offTopic('whats the weather in london tomorrow'),
  offTopic('recommend a good curry house in brick lane'),
  offTopic('how do i renew my kids passport quickest'),
  offTopic('what time does the tube stop running tonight'),
  offTopic('can you help me write a cv'),
  offTopic('who won the arsenal spurs game on sunday'),
  offTopic('how do i get a parking permit from the council'),
  offTopic('when is bin collection in my road'),
  offTopic('how much is a taxi from heathrow to the city'),
  offTopic('tell me a joke about cats'),
  offTopic('whats the best school in hackney'),
  offTopic('how do i apply for council housing'),
  offTopic('is the a&e at the royal london busy right now'),
  offTopic('whats 17 times 23 quick'),
  offTopic('translate good morning into spanish'),
  offTopic('where can i get my car mot done cheap'),

  // ---- Comparisons ----
  compare('which closes later on a saturday, romford or dagenham', [ROMFORD, DAGENHAM, anyOf(SAME, at(19))]),
  compare('brixton vs lavender hill hours', [BRIXTON, LAVENDER_HILL, anyOf(SAME, WEEKDAYS)]),
  compare('is lewisham desk open longer hours than bromley one', [LEWISHAM, BROMLEY, OPEN_24]),
  compare('charing cross or islington, which is open at midnight', [CHARING_CROSS, OPEN_24]),
  compare('which is nearer to SE1 5QN, walworth or brixton', [saysNearer(WALWORTH)], [saysNearer(BRIXTON)]),
  compare('from N9 9YR is edmonton or tottenham closer', [saysNearer(EDMONTON)], [saysNearer(TOTTENHAM)]),
  compare('ilford or stratford from IG2 6RY which is closer', [saysNearer(ILFORD)], [saysNearer(STRATFORD)]),
  compare('do hayes and hounslow have the same sunday hours', [HAYES, HOUNSLOW, anyOf(SAME, WEEKENDS)]),
  compare('kingston or sutton, which opens earlier on a sunday', [KINGSTON, SUTTON, anyOf(SAME, at(9))]),
  compare('croydon v bromley on a tuesday night whos open later', [CROYDON, BROMLEY, anyOf(SAME, at(22))]),
  compare('acton vs hammersmith which one is open 24 hrs', [ACTON, HAMMERSMITH, NOT_24]),
  compare('is colindale or wembley nearer to HA8 8FE', [saysNearer(COLINDALE)], [saysNearer(WEMBLEY)]),
  compare('which is closer to W4 5XT, acton or hammersmith', [saysNearer(ACTON)], [saysNearer(HAMMERSMITH)]),
  compare('how many counters in 2013 compared to now', [BEFORE_2013, COUNTERS_NOW]),

  // ---- Lists ----
  list('list every single police front counter still open in london pls', [ACTON, WEMBLEY, SUTTON, CHARING_CROSS]),
  list('which ones are open 24 hours', [CHARING_CROSS, LEWISHAM]),
  list('how many of the counters left are open round the clock, and which', [TWO, CHARING_CROSS, LEWISHAM]),
  list('all the stations that closed in feb 2026 pls', [/Chingford/i, /Twickenham/i, /Mitcham/i]),
  list('what boroughs dont have a counter anymore', NO_COUNTER_BOROUGHS),
  list('list of police counters in south london', [BRIXTON, CROYDON]),
  list('east london police stations with a front desk', [BETHNAL_GREEN, STRATFORD, ILFORD]),
  list('which counters are in north london', [EDMONTON, TOTTENHAM, ISLINGTON]),
  list('police counters open sunday in west london', [ACTON, HAMMERSMITH]),
  list('which stations closed in the 2017 cuts, a few examples', [/Catford|Eltham|Deptford|Peckham|Kilburn|Chiswick|Ealing|Southall|Barnet|Wandsworth/i]),
  list('name all the counters that close at 10pm on weekdays', [DAGENHAM, KINGSTON, WALWORTH]),
  list('what alternatives are there if my counter closed', [anyOf(NON_URGENT, /phone|appointment|video/i)]),
  list('what are the counters in south east london', [LEWISHAM, PLUMSTEAD, BEXLEYHEATH]),

  // ---- Two questions in one ----
  two('is kentish town open sunday and whats the address', [KENTISH_TOWN, WEEKEND_SHUT]),
  two('what time does acton shut tonight and is it open tomorrow', [ACTON, at(22)]),
  two('where is the nearest desk to TW3 3WG and what time does it close today', [HOUNSLOW, at(22)]),
  two('how many counters are left and which ones are 24hr', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  two('when did mitcham close and where do i go now', [CLOSED_FEB_2026, anyOf(SUTTON, CROYDON, ASKS_POSTCODE)]),
  two('I reported my car stolen last week online, is there a counter near RM1 2NH and what are its hours', [ROMFORD, anyOf(WEEKDAYS, WEEKENDS)]),
  two('already gave a statement at the station in october about the assault, is brixton open saturday and until when', [BRIXTON, WEEKEND_SHUT]),
  two('had my phone nicked on monday, reported it online, whats the nearest counter to E15 4BN and is it open now', [STRATFORD, OPEN]),
  two('is islington open now and does it close later than stoke newington', [ISLINGTON, STOKE_NEWINGTON]),
  two('hounslow sunday hours + address pls', [HOUNSLOW, WEEKEND_SHUT]),
  two('whats the number for non emergency and where is croydon police', [NON_URGENT, CROYDON]),
  two('did kensington police close and whats nearest instead', [CLOSED, anyOf(HAMMERSMITH, ASKS_POSTCODE)]),
  two('is walworth 24/7 and if not which is', [NOT_24, CHARING_CROSS]),
  two('sutton hours on saturday and sunday', [SUTTON, WEEKEND_SHUT]),

  // ---- Ambiguous names ----
  ambiguous('hayes police', HAYES, BROMLEY),
  ambiguous('whats open in sutton', SUTTON),
  ambiguous('bromley by bow police counter', BETHNAL_GREEN, STRATFORD, BROMLEY),
  ambiguous('richmond police front desk', RICHMOND_DESKS, /Richmond/i),
  ambiguous('romford road police station', STRATFORD, ROMFORD, ILFORD),
  ambiguous('walworth road station', WALWORTH),
  ambiguous('brixton hill police', BRIXTON),
  ambiguous('kingston road police counter', KINGSTON, /Kingston Road/i),
  ambiguous('the high street police station', /High Street/i),
  ambiguous('stratford police opening hours (london one not shakespeare)', STRATFORD),
  ambiguous('croydon road station hours', CROYDON),
  ambiguous('wembley park police', WEMBLEY),
  ambiguous('acton town police desk', ACTON),
  ambiguous('is the harrow road station open', /Harrow/i, WEMBLEY, NO_COUNTER),
  ambiguous('islington or highbury, same counter?', ISLINGTON),

  // ---- Small talk, as typed on a phone ----
  chat('heyyy whats up', SAYS_WHAT_IT_DOES),
  chat('gm gm bot', SAYS_WHAT_IT_DOES),
  chat('ty sm 🙏', THANKS_REPLY),
  chat('cheers bruv thats sorted me out', THANKS_REPLY),
  chat('ok bye now take care', BYE),
  chat('how r u doing on this cold friday bot', SAYS_WHAT_IT_DOES, /good|fine|well|thanks/i),
  chat('oi u still there? hellooo', SAYS_WHAT_IT_DOES, /yes|here/i),
  chat('nice one ta', THANKS_REPLY),
  chat('are you sentient lol', A_BOT),
  chat('good night x', BYE),
  chat('appreciate u', THANKS_REPLY),
  chat('hiya love you alright', SAYS_WHAT_IT_DOES),
  chat('what are you called', A_BOT, SAYS_WHAT_IT_DOES),
  chat('sound 👍 laters', BYE),
  nonsense('ghjghjghj'),
  nonsense('?????!!'),
  nonsense('🚓🚓🚓🚨'),
  nonsense('pppppppppppp'),

  // ---- Other languages, not danger ----
  foreign('¿A qué hora abre la comisaría de Brixton el domingo?', BRIXTON),
  foreign('Jaki jest adres posterunku policji w Ilford?', ILFORD),
  foreign('Est-ce que le commissariat de Croydon est ouvert ce soir ?', CROYDON),
  foreign('Wembley polis karakolu saat kaçta kapanıyor?', WEMBLEY),

  // ---- Outside London ----
  outside('nearest police station to ME15 7RT'),
  outside('im in hemel HP1 1QA where do i go'),
  outside('colchester CO1 1XY police counter'),
  outside('tonbridge TN9 1AB police desk hours'),
  outside('is there a front counter in watford town centre'),

  // ---- Boroughs ----
  borough('waltham forest police counter', [WALTHAM_FOREST_DESKS]),
  borough('does harrow borough have a police station i can walk into', [NO_COUNTER]),
  borough('merton police front counter', [NO_COUNTER]),
  borough('richmond upon thames police desk open?', [RICHMOND_DESKS]),
  borough('kensington and chelsea front counter', [NO_COUNTER]),
  borough('police counter in the borough of havering', [ROMFORD]),
  borough('bexley borough police station', [BEXLEYHEATH]),
  borough('greenwich borough front desk', [PLUMSTEAD]),
  borough('hillingdon borough police counter where', [HAYES]),
  borough('which counter serves enfield', [EDMONTON]),
  borough('redbridge police station public desk', [ILFORD]),
  borough('lambeth counters?', [BRIXTON]),
  borough('camden police front desk', [KENTISH_TOWN]),
  borough('wandsworth borough police counter', [LAVENDER_HILL]),
  borough('barking and dagenham front counter', [DAGENHAM]),

  // ---- Still open or closing; closed counters and where to go instead ----
  gone('is barking learning centre police counter still going'),
  gone('can i still go to south harrow police'),
  gone('church street police counter in westminster open?'),
  gone('is wimbledon police station front desk open'),
  gone('twickenham police station opening times'),
  gone('pinner police desk hours please'),
  gone('is eltham police open today'),
  gone('catford police station hours'),
  instead('chingford closed, where do i go now', EDMONTON),
  instead('barking counter shut so where do i report stuff', ILFORD),
  instead('south harrow police gone, nearest one?', WEMBLEY),
  instead('kensington police closed, where instead', HAMMERSMITH),
  instead('mitcham counter closed whats closest', SUTTON),
  instead('twickenham shut, nearest police desk?', HOUNSLOW),
  instead('deptford police closed ages ago where do i go', LEWISHAM),
  instead('plaistow police is shut, nearest?', STRATFORD),
  instead('southwark police station closed what now', WALWORTH),
  instead('barnet police station gone, closest?', COLINDALE),
  ask('still open or closing', 'is the kidbrooke village police hub a front counter', [NOT_A_COUNTER]),
  ask('still open or closing', 'can i report a crime at the mobile police van', [NOT_A_COUNTER]),
  ask('still open or closing', 'is dagenham closing too', [DAGENHAM, STAYS_OPEN]),
  ask('still open or closing', 'are they closing lewisham next', [LEWISHAM, STAYS_OPEN]),

  // ---- On Teams (the mention as Teams writes it into the text) ----
  teams('hours on a day', `${AT}walworth hrs sat`, [WALWORTH, WEEKEND_SHUT]),
  teams('hours on a day', `${AT}kingston desk sunday?`, [KINGSTON, WEEKEND_SHUT]),
  teams('open at a time', `${AT}is bromley open atm`, [BROMLEY, OPEN], [SAYS_SHUT]),
  teams('open at a time', `${AT}tottenham police open 11pm tonight?`, [TOTTENHAM, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  teams('nearest to a postcode', `${AT}nearest counter EN1 1TT`, [EDMONTON]),
  teams('nearest to a postcode', `${AT}closest police desk SW1Y 5JT`, [CHARING_CROSS]),
  teams('nearest to a postcode', `${AT}N18 3XZ nearest police`, [EDMONTON]),
  teams('nearest to a postcode', `${AT}IG11 9FN nearest station`, [ILFORD]),
  teams('nearest to a postcode', `${AT}ub4 8pt closest counter`, [HAYES]),
  teams('nearest to a postcode', `${AT}which desk for RM7 7XL`, [ROMFORD]),
  teams('address', `${AT}bexleyheath police address`, [BEXLEYHEATH]),
  teams('lists', `${AT}list 24h counters`, [CHARING_CROSS, LEWISHAM]),
  teams('the past', `${AT}when did wandsworth nick close`, [Y2017], [TODAY_FIRST]),
  teams('the past', `${AT}how many counters closed in 2026`, [TEN], [TODAY_FIRST]),
  teams('about the service', `${AT}where is this data from`, [SOURCES], [ASKS_WHICH_PLACE]),
  teams('about the service', `${AT}do u store my chats`, [PRIVACY], [ASKS_WHICH_PLACE]),
  teams('about the service', `${AT}how current is this stuff`, [UP_TO_DATE], [ASKS_WHICH_PLACE]),
  teams('cannot do', `${AT}book me in at croydon`, [anyOf(DECLINE, NON_URGENT)]),
  teams('out of scope', `${AT}anyone know whats for lunch in the 4th floor canteen`, OFF_TOPIC_REPLY),
  teams('small talk', `${AT}morning all happy friday`, [SAYS_WHAT_IT_DOES]),
  teams('small talk', `${AT}thanks legend`, [THANKS_REPLY]),
  teams('borough', `${AT}merton counter?`, [NO_COUNTER]),
  teams('still open or closing', `${AT}is royalty studios desk open`, [CLOSED], [SAYS_YES]),
  teams('comparison', `${AT}plumstead vs bexleyheath sunday`, [PLUMSTEAD, BEXLEYHEATH, anyOf(SAME, WEEKENDS)]),
  teamsPlace(`${AT}nearest police to west ham park E7`, STRATFORD),
  teamsPlace(`${AT}closest desk to ponders end EN3`, EDMONTON),
  teamsPlace(`${AT}im near eel pie island TW1 which station`, HOUNSLOW),
  { ...cityPlace(`${AT}nearest counter to leadenhall EC3V`, CHARING_CROSS, WALWORTH), channel: 'msteams' },
  { ...cityPlace(`${AT}police desk for smithfield EC1A`, ISLINGTON, CHARING_CROSS), channel: 'msteams' },
  teams('hours on a day', `${AT} lavender hill counter tues hrs`, [LAVENDER_HILL, WEEKDAY_SHUT]),

  // ---- Conversations: another day, time or desk; the 24-hour desk after the nearest; a postcode after being asked; corrections; 'that one', 'the other one', 'there'; the past; danger mid-way ----
  talk([{ say: 'nearest police station to me pls', must: [ASKS_WHERE] }, { say: 'SE10 8ZX', must: [LEWISHAM] }]),
  talk([{ say: 'wheres my closest front desk', must: [ASKS_WHERE] }, { say: 'its N1 1BY', must: [ISLINGTON] }]),
  talk([{ say: 'i need the nearest counter pls', must: [ASKS_WHERE] }, { say: 'W1J 0WE', must: [CHARING_CROSS] }]),
  talk([{ say: 'closest police desk?', must: [ASKS_WHERE] }, { say: 'postcode SM4 5AP', must: [SUTTON] }]),
  talk([{ say: 'which station should i go to then', must: [ASKS_WHERE] }, { say: 'EN3 5FR', must: [EDMONTON] }]),
  talk([{ say: 'nearest police to N9 0HW', must: [EDMONTON] }, { say: 'and whats the nearest 24 hour one', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'closest counter to SE13 6UD', must: [LEWISHAM] }, { say: 'is that one open all night', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'nearest station to KT1 3WH', must: [KINGSTON] }, { say: 'what time does it close today', must: [at(22)] }]),
  talk([{ say: 'whats nearest to IG4 5HF', must: [ILFORD] }, { say: 'is it open sunday', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'nearest to DA5 1EJ', must: [BEXLEYHEATH] }, { say: 'address of that one?', must: [BEXLEYHEATH] }]),
  talk([{ say: 'nearest front desk to W6 9LA', must: [HAMMERSMITH] }, { say: 'is there a 24hr one', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'acton hours', must: [ACTON] }, { say: 'and on sunday?', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'croydon police saturday hours', must: [CROYDON, WEEKEND_SHUT] }, { say: 'what about monday', must: [WEEKDAY_SHUT] }]),
  talk([{ say: 'romford desk open tonight at 9?', must: [ROMFORD, OPEN] }, { say: 'and at 11?', must: [anyOf(SHUT_THEN, at(22))] }]),
  talk([{ say: 'is islington open at 8pm', must: [ISLINGTON, OPEN] }, { say: 'what about stoke newington', must: [STOKE_NEWINGTON] }]),
  talk([{ say: 'brixton opening times sat', must: [BRIXTON, WEEKEND_SHUT] }, { say: 'and walworth?', must: [WALWORTH, WEEKEND_SHUT] }]),
  talk([{ say: 'hayes police sunday', must: [HAYES, WEEKEND_SHUT] }, { say: 'sorry i meant hounslow', must: [HOUNSLOW] }]),
  talk([{ say: 'tottenham police hours mate', must: [TOTTENHAM] }, { say: 'no wait edmonton', must: [EDMONTON] }]),
  talk([{ say: 'nearest to NW6 2AR', must: [KENTISH_TOWN] }, { say: 'oops i mean NW7 4XG', must: [COLINDALE] }]),
  talk([{ say: 'which are the 24 hour ones', must: [CHARING_CROSS, LEWISHAM] }, { say: 'the first one, whats the address', must: [CHARING_CROSS_ADDRESS] }]),
  talk([{ say: 'which counters never close', must: [CHARING_CROSS, LEWISHAM] }, { say: 'and the other one where is it', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'is lewisham 24 hours', must: [LEWISHAM, OPEN_24] }, { say: 'whats the address there', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'list counters in east london', must: [STRATFORD] }, { say: 'the first one, is it open sunday', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'when did peckham police close', must: [Y2017] }, { say: 'where do i go instead', must: [anyOf(WALWORTH, BRIXTON, ASKS_POSTCODE)] }]),
  talk([{ say: 'is chingford police open', must: [CLOSED] }, { say: 'when did it shut', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'so how many front desks has london got left now then', must: [COUNTERS_NOW] }, { say: 'and how many before the cuts last year', must: [THIRTY_SEVEN] }]),
  talk([{ say: 'how many front counters in 2017', must: [anyOf(SEVENTY_THREE, THIRTY_EIGHT)] }, { say: 'and today', must: [COUNTERS_NOW] }]),
  talk([{ say: 'did wimbledon police station close', must: [CLOSED] }, { say: 'nearest one to there now?', must: [anyOf(LAVENDER_HILL, SUTTON, KINGSTON, ASKS_POSTCODE)] }]),
  talk([{ say: 'is twickenham still open or not', must: [CLOSED] }, { say: 'why did they close it', must: [MONEY] }]),
  talk([{ say: 'bromley opening hours', must: [BROMLEY] }, { say: 'is that one 24/7', must: [NOT_24] }]),
  talk([{ say: 'sutton police address please x', must: [SUTTON] }, { say: 'open now?', must: [OPEN] }]),
  talk([{ say: 'colindale police hours weekdays', must: [COLINDALE, WEEKDAY_SHUT] }, { say: 'thanks!', must: [THANKS_REPLY] }]),
  talk([{ say: 'is kentish town open saturday', must: [KENTISH_TOWN, WEEKEND_SHUT] }, { say: 'and the sunday after?', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'where can i report a crime in person in hackney', must: [STOKE_NEWINGTON] }, { say: 'hours there?', must: [anyOf(WEEKDAYS, WEEKENDS)] }]),
  talk([{ say: 'whats in redbridge', must: [ILFORD] }, { say: 'and havering', must: [ROMFORD] }]),
  talk([{ say: 'merton counter any?', must: [NO_COUNTER] }, { say: 'so where do i go', must: [anyOf(LAVENDER_HILL, SUTTON, KINGSTON, ASKS_POSTCODE, CROYDON)] }]),
  talk([{ say: 'is stratford the newham counter', must: [STRATFORD] }, { say: 'what happened to forest gate', must: [/fire|roof/i] }]),
  talk([{ say: 'who are you exactly', must: [A_BOT] }, { say: 'where does your info come from', must: [SOURCES] }]),
  talk([{ say: 'where do your hours come from', must: [SOURCES] }, { say: 'how recent', must: [UP_TO_DATE] }]),
  talk([{ say: 'can i report online', must: [ONLINE] }, { say: 'and if i want to do it anonymously', must: [CRIMESTOPPERS] }]),
  talk([{ say: 'nearest station to HA4 7HL', must: [HAYES] }, { say: 'reported a theft there last week, can i go back tomorrow saturday at 8am', must: [anyOf(SHUT_THEN, at(9))] }]),
  talk([{ say: 'ilford police hours wk days', must: [ILFORD] }, { say: 'and the one in dagenham', must: [DAGENHAM] }]),
  talk([{ say: 'plumstead open sunday?', must: [PLUMSTEAD, WEEKEND_SHUT] }, { say: 'the other one near me is bexleyheath, same?', must: [BEXLEYHEATH, anyOf(SAME, WEEKENDS)] }]),
  talk([{ say: 'nearest counter to EN5 3UJ', must: [COLINDALE] }, { say: 'thats far, anything closer thats open at night', must: [anyOf(CHARING_CROSS, OPEN_24, /no|not|none|nearest/i)] }]),
  talk([{ say: 'nearest desk to RM1 1UR', must: [ROMFORD] }, { say: 'and from my work, E1 2HF', must: [BETHNAL_GREEN] }]),
  talk([{ say: 'hey hey its me again', must: [SAYS_WHAT_IT_DOES] }, { say: 'is walworth open', must: [WALWORTH] }, { say: 'and tomorrow?', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'when did eltham close', must: [Y2017] }, { say: 'and catford?', must: [Y2017] }]),
  talk([{ say: 'how many closed in 2013', must: [/\b63\b|sixty[- ]three/i] }, { say: 'and in 2017', must: [CLOSED_IN_2017] }]),
  // Danger arising mid-way.
  talk([{ say: 'what time does lewisham desk close', must: [LEWISHAM] }, DANGER_TURN('forget that, someones kicking the door in and shouting my name, hes got a bat')]),
  talk([{ say: 'nearest counter to SE23 1HD', must: [LEWISHAM] }, DANGER_TURN('actually my partner just came home raging and grabbed me by the neck, hes in the next room')]),
  talk([{ say: 'is brixton open sunday', must: [BRIXTON] }, DANGER_TURN('wait there are lads with machetes outside my flat right now trying to get in')]),
  // On Teams.
  teamsTalk([{ say: `${AT}nearest desk`, must: [ASKS_WHERE] }, { say: `${AT}CR0 3JG`, must: [CROYDON] }]),
  teamsTalk([{ say: `${AT}hammersmith hrs`, must: [HAMMERSMITH] }, { say: `${AT}and sunday`, must: [WEEKEND_SHUT] }]),
  teamsTalk([{ say: `${AT}24hr counters?`, must: [CHARING_CROSS, LEWISHAM] }, { say: `${AT}address of the first one`, must: [CHARING_CROSS_ADDRESS] }]),
  teamsTalk([{ say: `${AT}is pinner open`, must: [CLOSED] }, { say: `${AT}since when`, must: [CLOSED_FEB_2026] }]),
  teamsTalk([{ say: `${AT}bethnal green open now?`, must: [BETHNAL_GREEN, OPEN] }, { say: `${AT}what about at 10.30pm`, must: [anyOf(SHUT_THEN, at(22))] }]),
  teamsTalk([{ say: `${AT}kingston address`, must: [KINGSTON] }, { say: `${AT}ok there is a guy in our office kicking off and hitting people with a chair`, emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }]),
  teamsTalk([{ say: `${AT}where do you get your info`, must: [SOURCES] }, { say: `${AT}and do you keep my messages`, must: [PRIVACY] }]),
];
