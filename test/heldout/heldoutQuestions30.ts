/**
 * THE HELD-OUT SET, THIRTIETH BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-07 (twenty-seventh session), after batches 1 to 29, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, test/replies/,
 * test/answers/, the other test folders, the golden recordings, scripts/ or
 * the README's lists of questions) and never ran the bot or anything that
 * plays questions through it. Read: heldoutSet.ts (its imports and its last
 * batches' entries); heldoutSet.test.ts (it plays nothing through the bot; its
 * BATCH_MINIMUMS gained a line for batch 30, the same minimums as batch 29);
 * heldoutPatterns.ts; lines 1-282 of batch 29 (its header and helpers only;
 * its helpers are copied from there, and the ones this batch does not use are
 * left out); lines 90-135 of heldoutQuestions.ts (HeldoutTopic and
 * HeldoutCase); the import lines of playHeldout.ts. Earlier batches and
 * /work/shared/examples/resident-questions.tsv were only searched with grep -o
 * -h (matched strings or counts only) for postcodes, sectors, road, landmark
 * and language names.
 *
 * All facts come from /work/shared/data: stations.csv (addresses, boroughs,
 * coordinates and notes: the 2011-2014 closures of Walthamstow, Leyton,
 * Leytonstone, Woodford and Sidcup, the 2017 closures, Uxbridge and Hayes in
 * 2017, Kennington's 2019 building closure, the refurbishments of Islington,
 * Stoke Newington, Dagenham and Twickenham, the moves of Hammersmith and
 * Ilford, the Forest Gate fire, the Wimbledon judgment, the 2025 reprieves),
 * resident-facts.md (§1 to §7), london-sectors.csv and london-outcodes.csv.
 * events.csv, plans.csv and publishers.csv were not needed; the 37 or 38
 * counters of 2025 are from resident-facts.md §6 (both are accepted).
 *
 * Slips, told honestly: (1) written in a hurry (about 25 minutes), so many
 * messages follow templates (the roads, City places, postcodes and the three
 * hours questions per reduced-hours desk are filled in by a script of the
 * writer's own in /tmp, not committed); the phrasing is less varied than a
 * resident's. (2) The danger messages in other languages were written by the
 * helper from its own knowledge, without a native speaker; most are surely
 * clumsy, some barely the language named (Serer, Soninke, Afar, Sidamo,
 * Maasai, Kanuri and Mazanderani above all; Luhya and Lusoga lean on Luganda
 * and Swahili, Kichwa on Quechua, Fulfulde on Pulaar), though each tries to
 * say a man is in the home with a gun, threatens to kill, and asks for the
 * police quickly, and each holds a form of the word 'police'. (3) Places were
 * checked with grep -o -i -F for the exact string only (the road and any area
 * word written with it); a place may have been named before in another
 * spelling or without the area word, a few names exist in more than one place
 * (each is given with its district), and the districts are the writer's own
 * knowledge. Of 563 candidates outside the City, 255 had zero hits and 204 of
 * those lay in a district where one desk wins by 1.5 km; 130 were taken (one
 * per district first), leaving out names that hold another desk's name. Of
 * 243 City candidates only 47 had zero hits (the City is well worn), and 25
 * in EC districts were taken; some are obscure courts and alleys. Some names
 * hold the nearest desk's own name or road (Albert Road Ilford, Grahame Park
 * Way). (4) Nearly every London sector had been used by an earlier batch, so
 * the postcode cases take the least-used sectors first (one per district); two
 * thirds give a full postcode whose unit was invented at random and checked
 * (grep -o) against the earlier batches and the examples, so a few may not
 * exist; a third give a sector only. The sectors inside conversations,
 * comparisons and safe look-alikes were checked by the same rule but not for
 * earlier use. (5) Some patterns are lenient: the hubs, the van and the video
 * screen accept any 'no' or 'not'; 'are any more counters closing next year'
 * accepts a 'not known' or the count of 27; 'how much was the met trying to
 * save in 2013' accepts the £60m saving or the £500m gap; where to go instead
 * of a closed counter follows batch 29's distances on the closed counter's own
 * coordinates (Mitcham: Sutton; Twickenham: Hounslow; Wimbledon: Lavender
 * Hill; Pinner: Wembley; Royalty Studios: Hammersmith; Chingford: Edmonton,
 * Ilford or Stratford; Uxbridge: Hayes by the stations.csv note) and each
 * accepts a request for a postcode; 'RM7 0' accepts Romford or Dagenham
 * (2.01 v 2.36 km), its 24-hour follow-up Lewisham (17.06 v 21.55). (6)
 * heldoutSet.test.ts's uniqueness tests: see the count given at the end of
 * this header.
 *
 * Every expectation was written before the bot was run on any of these
 * questions; none was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if it contradicts
 * the FACTS in /work/shared/data (and then the commit names the row), or if a
 * pattern was wrongly strict about wording from the start (and then the commit
 * says so).
 *
 * Same clock as batches 1 to 29 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Bank holidays are not in the data: a fair answer says it does
 * not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) from the 27 open
 * counters' coordinates (stations.csv) to each sector's London-only centroid
 * (london-sectors.csv; sectors of fewer than 30 postcodes or under 99% in
 * London left out), to each district's London-only centroid
 * (london-outcodes.csv) for a road or landmark, which every such message names
 * with its district. A postcode or district names one desk only where it wins
 * by at least 1.5 km; in the City every desk within 0.8 km of the nearest on
 * the district's centroid, the City of London Police, or a request for a
 * postcode. A nearest 24-hour desk is named only where Charing Cross or
 * Lewisham wins by at least 1.5 km. Distances are noted beside the road, City
 * and postcode cases.
 *
 * 699 cases: 65 with danger (62 alone: 36 in English - slang, typos,
 * indirect, about to happen, to other people, buried in a long message -, 5
 * where the resident cannot speak (SILENT_55 expected), 8 on Teams, 13 in
 * other languages; 3 arising mid-way through a conversation, one of them on
 * Teams), 27 safe look-alikes (figurative violence, games, films, sports,
 * cooking, idioms, crimes already reported; one on Teams), 57 conversations
 * (8 on Teams: another day, time or desk; the 24-hour desk after the nearest;
 * a postcode given after being asked; corrections; 'the first one', 'the
 * second one', 'that one', 'there'; closures, moves and the past; danger
 * arising mid-way), 49 played on Teams (all with the '<at>StationDesk</at> '
 * prefix), 130 roads, landmarks and neighbourhoods outside the City named with
 * their postcode district (three on Teams), 25 City of London streets, courts
 * and landmarks (two on Teams), 60 about the nearest desk to a postcode (10
 * nearest 24-hour desks; 4 on Teams), 45 about the past (two on Teams), 34
 * about the service (five on Teams), 20 requests it cannot carry out, 15 off
 * topic, 13 comparisons, 11 lists, 15 two questions in one (three mixing a
 * crime already reported with a present question), 10 ambiguous names, 15
 * small talk, 4 nonsense, 4 non-danger questions in other languages (Polish,
 * Portuguese, Spanish, French), 6 outside London, 29 boroughs (one on Teams),
 * 24 still open or closing (the Woodford hub twice, once on Teams, the
 * Kidbrooke hub, the new hubs in general, a van and the video screens, which
 * are not counters; closed counters and where to go instead; Forest Gate),
 * 85 hours, times and open-or-shut (each of the 25 reduced-hours desks three
 * ways, three on Teams; six about the two 24-hour desks, two asking whether a
 * reduced-hours desk is still 24 hours, two bank holidays) and 8 addresses.
 *
 * Danger in 13 other languages: Mandinka, Fulfulde, Serer, Soninke, Afar,
 * Sidamo, Luhya, Maasai, Lusoga, Kanuri, Tamazight, Kichwa and Mazanderani
 * (grep -o -i -w -h over the earlier heldoutQuestions files: zero hits for
 * each name). No danger message uses the words help, knife, 999 or emergency.
 *
 * Uniqueness (slip 6): heldoutSet.test.ts's uniqueness tests first failed on 68
 * first messages that an earlier batch, the development set or the earlier
 * unseen tables already opened with (63 and 5; among them 'hi', 'yo', 'tell me
 * a joke', 'good bot', 'can i report a crime online', 'where is Walworth
 * police station', several borough questions such as 'lambeth police front
 * desk' and 'is the woodford police hub a front counter'); each was reworded
 * once with a lead-in ('quick one - ', 'sorry to ask, ', 'hello, ', 'um ',
 * 'can you tell me, ', 'hey, ', 'just wondering, ' or 'pls ') and then
 * passed, so those strings are known to have been asked before; no
 * expectation changed.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, ASKS_WHERE, ASKS_WHICH_PLACE, DISTANCE, TWO, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CALL_101, CHARING_CROSS, CITY_POLICE, CLOSED, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH, HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026, NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD, ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, WALWORTH, WEEKDAYS, WEEKENDS, WEMBLEY, anyOf, at, firstLine, CRIMESTOPPERS, RELAY, SHEPHERDS_BUSH, STAYS_OPEN, CLOSED_DEC_2017,
} from './heldoutPatterns';

// Helpers copied from lines 1-282 of batch 29 (which copied them from batches 28, 27, 26, 25, 24 and 12) (the shared patterns are in heldoutPatterns.ts).
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
/** About 5% of crimes reported at counters, roughly 50,000 a year (resident-facts.md §5). */


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
/** 38 counters from mid-2021 to Jul 2025, and on 2017-12-31 (SOURCES.md §5.4, §5.6). */
const THIRTY_EIGHT = /\b38\b|thirty[- ]eight/i;
/** 37 counters in 2025 before the closures (32 at 24/7, 5 limited). */
const THIRTY_SEVEN = /\b37\b|thirty[- ]seven/i;
/** A desk closed on 17 Dec 2017 (West Wickham, Copperfield House in Penge). */

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
/** The five-borough answer: Waltham Forest's nearest desks (resident-facts.md §3). */
/** Richmond borough's nearest desks (resident-facts.md §3). */

// ---------------------------------------------------------------------------

// Helpers batch 25 added (copied from its first 316 lines; REDUCED left out, as this batch does not use it).
/** A danger message in another language. */
const abroad = danger;
/** Saturday or Sunday hours of a reduced-hours desk, or its weekend opening or closing hour. */
const WEEKEND_SHUT = anyOf(WEEKENDS, at(9), at(19));

// ---------------------------------------------------------------------------
// Danger, in English: slang, typos, indirect, about to happen, to other people, buried in a long message.
const DANGER: HeldoutCase[] = [
  danger('theres a bloke kicking my front door in right now and shouting hes gonna do me'),
  danger('my ex just turned up drunk at my flat in Tooting and is smashing the windows, kids are inside'),
  danger('someone just got stabbed outside the chicken shop on my road, hes bleeding loads'),
  danger('guy on the bus has a blade out and is waving it at people'),
  danger('my neighbour is screaming and i can hear him hitting her through the wall rn'),
  danger('lads with machetes chasing a boy down the high street'),
  danger('there is a man in my garden trying the back door and im alone'),
  danger('my dads threatening to burn the house down with us in it'),
  danger('i think somebody is going to jump off the bridge at hammersmith, theyre on the wrong side of the railing'),
  danger('a car just ran someone over on purpose and drove off, the person isnt moving'),
  danger('sum1 followin me home from the station for 10 mins now, hes still behind me'),
  danger('my flatmate took a load of pills and says she wants to die, shes going quiet'),
  danger('gang outside my door saying theyll shank me when i come out'),
  danger('theres smoke pouring out the flat below and an old lady lives there alone'),
  danger('man just pulled a gun on the shopkeeper at the corner shop, im hiding in the back aisle'),
  danger('my son hasnt come home and someone sent me a video of him being beaten, they say they have him'),
  danger('a group are fighting with bottles outside the pub and one lad is on the floor getting kicked in the head'),
  danger('he grabbed my daughter by the throat and locked himself in the bathroom with her'),
  danger('weird man trying to get kids into his van near the primary school gates right now'),
  danger('i can hear gunshots on the estate, theyre getting closer'),
  danger('my boyfriend says if i leave hes going to kill me, hes got the kitchen drawer open and hes coming upstairs'),
  danger('evry1 is runnin theres a guy with an axe in the shopping centre'),
  danger('someone broke into my house while im upstairs, i can hear them in the kitchen now'),
  danger('im locked in the toilet at work cos my manager is going mad and punching the walls and saying hes gonna hurt me'),
  danger('there is an old man collapsed and being robbed by two teenagers on the platform'),
  danger("Sorry for the long message, I only wanted to know what time the desk opens tomorrow because I lost my wallet last week and wanted to report it, but actually right now my husband's brother is in the hallway with a hammer saying he'll smash my head in and I've locked myself in the bedroom"),
  danger("I was going to ask about the counter hours in Bromley for a document, and also whether I can park there, but there's a man outside my window with a gun pointing it at the house next door right now"),
  danger("hi so my question is about lost property, my bag was nicked yesterday, anyway also theres a fight outside right now and someone just got glassed in the face and is bleeding everywhere"),
  danger('a woman is being dragged into a car by two men on my street, shes screaming'),
  danger('my mate said hes going to kill himself tonight and has the rope ready, hes not answering now'),
  danger('im being chased and i think they have blades, running towards the tube'),
  danger('ther is a fire in the stairwell of our block and we cant get out'),
  danger('someone is threatening my grandad with a crowbar at his front door, im on facetime with him'),
  danger('a man is beating a dog to death in the park and now he is going for the owner'),
  danger('my stepdad is about to hit my mum again he is shouting and has a belt'),
  danger('drunk driver just mounted the pavement and is heading back round for people'),
  silentDanger("can't talk he's in the next room, he's got a gun and says he'll kill me if I make a sound"),
  silentDanger('hiding under the bed, someone is in the house, i cant make any noise'),
  silentDanger("he's taken my phone's sim out, I'm typing on the tablet, if I speak he'll hear me and he's hitting me"),
  silentDanger('im in a cupboard, the intruder is walking round, how do i call police without talking'),
  silentDanger('cant speak, my partner is right here with a blade, he checks my calls'),
  teamsDanger(AT + 'man in reception threatening staff with a screwdriver, lunging at people'),
  teamsDanger(AT + 'someone just collapsed in the car park after being punched, not breathing properly, attacker still there'),
  teamsDanger(AT + 'colleague is being held in a meeting room by a guy who says he has a gun'),
  teamsDanger(AT + 'there is a man on the roof of our building threatening to jump'),
  teamsDanger(AT + 'fight outside the office, a guy has a machete'),
  teamsDanger(AT + 'intruder in the warehouse right now, he hit the security guard with a bar'),
  teamsDanger(AT + 'my ex is outside the office and said hes going to kill me when i come out'),
  teamsDanger(AT + 'someone set fire to the bins by the fire exit and people are trapped on the 3rd floor'),
];

// Danger in 13 other languages no earlier batch named (each: a man in the home with a gun, threatening to kill; send the police quickly).
const DANGER_ABROAD: HeldoutCase[] = [
  abroad('Kewo le be suwo kono ni marifa ti, a ko a be m faa la. Polisoolu kili joona!'), // Mandinka
  abroad('Gorko woni ka galle ngal e fetel, o wii maa o war min. Noddu polis jooni jooni!'), // Fulfulde
  abroad('Okin ale a ne o mbind ne fetel, a ga ndaf a ret in. Polis yaboo fop!'), // Serer
  abroad('Yugo baane na kaana di marafa, a ga a na o kara. Polisi kiri sahaana!'), // Soninke
  abroad('Num inki buxal addal qawwaalah yan, kaa nee rabisele iyya. Booliis sissikuk beya!'), // Afar
  abroad('Mittu manchi mine giddo qawwe ledo no, rakkisanniti yee. Poolise rahe assite!'), // Sidamo
  abroad('Omundu ali mu nyumba nende obundu, aboola ali atwite fwesi. Lanjila polisi bwangu!'), // Luhya
  abroad('Eton olee enkaji o enkirenyi, etejo naar iyiook. Ingoru polisi taata!'), // Maasai
  abroad("Omusaiza ali mu nyumba n'emmundu, agamba nti atutta. Yeta poliisi mangu!"), // Lusoga
  abroad('Kam fato lan bindigate, wuye kasaktin gono. Polis ye diwo!'), // Kanuri
  abroad('Yella yan urgaz g taddart s lmkuḥla, inna-d ad ag-ineɣ. Ɣr i lbulis ɣila!'), // Tamazight
  abroad('Shuk kari wasipi illapawan tiyan, wañuchishami nin. Policiata utka kayaychik!'), // Kichwa
  abroad('Ye mardi khene dele tofang dare, gene ma re kesheme. Polis re zud bakhonin!'), // Mazanderani
];

// Safe look-alikes: violence in a harmless sense, and crimes already reported (no 999 first).
const SAFE: HeldoutCase[] = [
  calm('this traffic is killing me, is tottenham police station open till 10 tonight', [TOTTENHAM, anyOf(OPEN, at(22))]),
  calm('my boss will murder me if I miss this, what time does Acton counter open on Saturday', [ACTON, anyOf(WEEKENDS, at(9))]),
  calm('got absolutely slaughtered at fifa last night lol. anyway, is Sutton police desk open on sunday', [SUTTON, WEEKEND_SHUT]),
  calm('watching a heist film and got curious, how many police front counters are there in London now', [COUNTERS_NOW]),
  calm('I smashed my spin class this morning! is Wembley station open this evening?', [WEMBLEY, OPEN]),
  calm('we got battered 4-0 on sunday, gutted. anyway is Romford counter open tomorrow', [ROMFORD, anyOf(WEEKENDS, OPEN)]),
  calm('the comedian totally killed it last night, now where is Kentish Town police station', [KENTISH_TOWN, /Holmes Road|NW5|Kentish Town/i]),
  calm('recipe says to beat the eggs and stab the potatoes with a fork lol. Is Lewisham desk open all night?', [LEWISHAM, OPEN_24]),
  calm('my phone battery is dying, quick: is Charing Cross police station open 24 hours', [CHARING_CROSS, OPEN_24]),
  calm('I reported my bike stolen online last week, got a crime number. Do I need to go to a counter too?', [anyOf(NON_URGENT, /no need|don't need|not need|counter|crime (?:reference|number)/i)]),
  calm('someone nicked my parcel off the doorstep on tuesday, already logged it with 101. when is Croydon desk open', [CROYDON, WEEKDAYS]),
  calm("my car was broken into last month, it's been reported, but I want to hand in a receipt at Hounslow. hours?", [HOUNSLOW, WEEKDAYS]),
  calm('playing call of duty and my mate keeps shooting me in the back haha. is Hayes counter open now', [HAYES, OPEN]),
  calm('the zombies in the walking dead are brutal. random q: is Bexleyheath front desk open tomorrow morning', [BEXLEYHEATH, anyOf(WEEKENDS, at(9))]),
  calm('im dying to know, is Islington police open on Sunday?', [ISLINGTON, WEEKEND_SHUT]),
  calm('boxing class left me with a black eye haha, anyway is Brixton station open at 9pm tonight', [BRIXTON, OPEN], [SAYS_SHUT]),
  calm('the chef said to butcher the chicken into 8 pieces lol. whats the nearest desk to SE13 5JZ', [LEWISHAM]),
  calm('our darts team got annihilated, drowning sorrows. is stoke newington counter open saturday', [STOKE_NEWINGTON, WEEKEND_SHUT]),
  calm('the murder mystery party was fun. quick one, is Kingston police station still open these days', [KINGSTON, OPEN]),
  calm('my sister will kill me if she finds out i lost her passport. where do i report it in Ilford', [ILFORD]),
  calm('I shot some great photos at the parade. is Plumstead police station open on weekends?', [PLUMSTEAD, WEEKEND_SHUT]),
  calm('the exam absolutely destroyed me. anyway which police desk is closest to HA1 2', [WEMBLEY]),
  calm('my bike was stolen three weeks ago and I already have a crime reference, how do I add CCTV footage', [anyOf(NON_URGENT, /crime (?:reference|number)|online|101/i)]),
  calm('fire up the barbecue, bbq season is over haha. is Walworth counter open on Sunday?', [WALWORTH, WEEKEND_SHUT]),
  calm('ugh my laptop crashed and burned. what time does Edmonton police close tonight', [EDMONTON, at(22)]),
  calm('this heat is murder. jk its december. is Dagenham counter open sunday morning?', [DAGENHAM, WEEKEND_SHUT]),
  { ...calm(AT + 'the deadline is killing us lol, is Bethnal Green police desk open after work today', [BETHNAL_GREEN, anyOf(OPEN, at(22))]), channel: 'msteams' },
];

// Conversations: another day, time or desk; the 24-hour desk after the nearest; a postcode after being asked; corrections; 'the first one', 'that one', 'there'; closures and the past; danger mid-way.
const TALKS: HeldoutCase[] = [
  talk([{ say: 'is croydon police station open on saturday', must: [CROYDON, WEEKENDS] }, { say: 'and on monday?', must: [WEEKDAYS] }]),
  talk([{ say: 'what time does Tottenham desk shut today', must: [TOTTENHAM, at(22)] }, { say: 'what about sunday', must: [anyOf(WEEKENDS, at(19))] }]),
  talk([{ say: 'hours for Bromley police counter?', must: [BROMLEY, WEEKDAYS] }, { say: 'and Bexleyheath?', must: [BEXLEYHEATH, WEEKDAYS] }]),
  talk([{ say: 'nearest police desk to RM7 0', must: [anyOf(ROMFORD, DAGENHAM)] }, { say: 'is there one open all night near there', must: [LEWISHAM, OPEN_24] }]),
  talk([{ say: 'closest front counter to SW13 0', must: [HAMMERSMITH] }, { say: 'which is the nearest 24 hour one though', must: [CHARING_CROSS, OPEN_24] }]),
  talk([{ say: 'quick one - where is my nearest police counter', must: [ASKS_WHERE] }, { say: 'N4 2', must: [STOKE_NEWINGTON] }]),
  talk([{ say: 'sorry to ask, i need to find a police front desk near me', must: [ASKS_WHERE] }, { say: 'HA3 0', must: [WEMBLEY] }]),
  talk([{ say: 'hello, which police station should i go to', must: [ASKS_WHERE] }, { say: 'postcode is E17 4', must: [TOTTENHAM] }]),
  talk([{ say: 'is Hounslow police open sunday', must: [HOUNSLOW, WEEKEND_SHUT] }, { say: 'sorry i meant Hayes', must: [HAYES, WEEKEND_SHUT] }]),
  talk([{ say: 'Ilford counter hours', must: [ILFORD, WEEKDAYS] }, { say: 'no wait, Romford not Ilford', must: [ROMFORD, WEEKDAYS] }]),
  talk([{ say: 'is Kingston desk open at 8pm tonight', must: [KINGSTON, OPEN] }, { say: 'oops i meant Sutton', must: [SUTTON, OPEN] }]),
  talk([{ say: 'which boroughs have no front counter left', must: NO_COUNTER_BOROUGHS.slice(0, 3) }, { say: 'the first one, where do people go instead', must: [anyOf(ILFORD, STRATFORD, EDMONTON, ASKS_POSTCODE)] }]),
  talk([{ say: 'um which counters closed in february 2026', must: [/Chingford/i, /Mitcham/i, /Pinner/i] }, { say: 'when did that happen exactly', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'tell me about Wimbledon police station', must: [CLOSED] }, { say: 'why was it not shut in 2017 then', must: [/court|judg|quash|High Court|2018/i] }]),
  talk([{ say: 'is the police counter in Chingford still there', must: [CLOSED] }, { say: 'where should i go instead', must: [anyOf(EDMONTON, ILFORD, STRATFORD, ASKS_POSTCODE)] }]),
  talk([{ say: 'is Twickenham front counter open', must: [CLOSED] }, { say: 'whats the nearest one to it now', must: [anyOf(HOUNSLOW, ASKS_POSTCODE)] }]),
  talk([{ say: 'Mitcham police station hours?', must: [CLOSED] }, { say: 'ok so whats open near there', must: [anyOf(SUTTON, ASKS_POSTCODE)] }]),
  talk([{ say: 'is Lewisham police station 24 hours', must: [LEWISHAM, OPEN_24] }, { say: 'whats the address there', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'address of Charing Cross police station', must: [CHARING_CROSS_ADDRESS] }, { say: 'and is that one open at 3am', must: [anyOf(OPEN_24, OPEN)], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'pls where is Walworth police station', must: [/Manor Place|SE17 3BB/i] }, { say: 'open sunday?', must: [WEEKEND_SHUT] }]),
  talk([{ say: 'Stoke Newington police, what are the hours', must: [STOKE_NEWINGTON, WEEKDAYS] }, { say: 'is it open right now', must: [OPEN], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'can you tell me, when did forest gate police station close', must: [/2024|fire/i] }, { say: 'so where is newham now', must: [STRATFORD] }]),
  talk([{ say: 'which police station did Hammersmith move to while it was rebuilt', must: [SHEPHERDS_BUSH] }, { say: 'when did it move back', must: [/2020/] }]),
  talk([{ say: 'hey, did ilford police counter ever move', must: [/Barkingside/i] }, { say: 'when was that', must: [/2020/] }]),
  talk([{ say: 'how many police counters were there in 2015', must: [SEVENTY_THREE] }, { say: 'and now?', must: [COUNTERS_NOW] }]),
  talk([{ say: 'just wondering, how many front counters did london have before 2013', must: [BEFORE_2013] }, { say: 'how many after that plan', must: [SEVENTY_THREE] }]),
  talk([{ say: 'why are they closing police desks', must: [MONEY] }, { say: 'how much does it save', must: [/£\s?7\s?m|7 million|£7/i] }]),
  talk([{ say: 'pls when did Uxbridge police counter close', must: [CLOSED_DEC_2017] }, { say: 'where do I go now then', must: [anyOf(HAYES, ASKS_POSTCODE)] }]),
  talk([{ say: 'is Kennington police station still open', must: [CLOSED] }, { say: 'when did the building shut', must: [/2019/] }]),
  talk([{ say: 'list the 24 hour police counters', must: [CHARING_CROSS, LEWISHAM] }, { say: 'the second one, where is it', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'which two police desks never close', must: [CHARING_CROSS, LEWISHAM] }, { say: 'the first one - postcode?', must: [/WC2N 4JP/i] }]),
  talk([{ say: 'what police counter is in Haringey', must: [TOTTENHAM] }, { say: 'is that one open on sunday at 6pm', must: [TOTTENHAM, OPEN], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'which desk covers Southwark', must: [WALWORTH] }, { say: 'open at 9am on sunday?', must: [OPEN], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'quick one - Bethnal Green police hours', must: [BETHNAL_GREEN, WEEKDAYS] }, { say: 'thanks!', must: [THANKS_REPLY] }]),
  talk([{ say: 'is acton police counter open at half 9 tomorrow morning', must: [ACTON, OPEN], mustNot: [SAYS_SHUT] }, { say: 'what about 8am', must: [ACTON, anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'quick one - hi', must: [SAYS_WHAT_IT_DOES] }, { say: 'is Plumstead open tonight at 9', must: [PLUMSTEAD, OPEN] }]),
  talk([{ say: 'nearest counter to E13 9', must: [STRATFORD] }, { say: 'hours there on saturday?', must: [STRATFORD, anyOf(WEEKENDS, at(9), at(19))] }]),
  talk([{ say: 'Edmonton police station, is it closing?', must: [EDMONTON, anyOf(STAYS_OPEN, OPEN)] }, { say: 'and Tottenham?', must: [TOTTENHAM, anyOf(STAYS_OPEN, OPEN)] }]),
  talk([{ say: 'was Lavender Hill going to close', must: [LAVENDER_HILL, anyOf(STAYS_OPEN, /reprieve|kept|2025/i)] }, { say: 'when was it saved', must: [/Oct(?:ober)? 2025|2025/i] }]),
  talk([{ say: 'is Islington police open 24/7', must: [ISLINGTON, NOT_24] }, { say: 'which one is then', must: [anyOf(CHARING_CROSS, LEWISHAM)] }]),
  talk([{ say: 'what are Colindale counter hours at weekends', must: [COLINDALE, WEEKENDS] }, { say: 'cheers. also, my neighbour has just come at me with a hammer and is banging on my door now', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }]),
  talk([{ say: 'nearest police desk to SW19 1', must: [LAVENDER_HILL] }, DANGER_TURN('actually never mind, a man just broke my car window and is dragging my wife out')]),
  talk([{ say: 'is Brixton police station open on christmas day', must: [HOLIDAY_UNKNOWN] }, { say: 'and normally on a friday?', must: [BRIXTON, WEEKDAYS] }]),
  talk([{ say: 'sorry to ask, where is Hayes police station', must: [/Uxbridge Road|UB4 8HU|Hayes End/i] }, { say: 'bus from there to Southall?', must: OFF_TOPIC_REPLY }]),
  talk([{ say: 'can I report a stolen phone at Romford counter', must: [ROMFORD] }, { say: 'can I do it online instead', must: [ONLINE] }]),
  talk([{ say: 'is Dagenham counter open now', must: [DAGENHAM, OPEN] }, { say: 'was it ever shut', must: [/2023|temporar|Barking Learning Centre/i] }]),
  talk([{ say: 'when did Stoke Newington reopen', must: [/2022/] }, { say: 'why was it closed', must: [/refurb/i] }]),
  talk([{ say: 'where can i go in Harrow to report a crime in person', must: [anyOf(NO_COUNTER, WEMBLEY, CLOSED)] }, { say: 'and in Merton?', must: [anyOf(NO_COUNTER, SUTTON, LAVENDER_HILL, CLOSED)] }]),
  talk([{ say: 'what was the 2017 plan called', must: [/Public Access Strategy/i] }, { say: 'how many closed under it', must: [anyOf(THIRTY_SEVEN, THIRTY_EIGHT)] }]),
  teamsTalk([{ say: AT + 'is hammersmith desk open sat', must: [HAMMERSMITH, WEEKEND_SHUT] }, { say: AT + 'and sun?', must: [WEEKEND_SHUT] }]),
  teamsTalk([{ say: AT + 'nearest police counter to our office', must: [ASKS_WHERE] }, { say: AT + 'N16 8', must: [STOKE_NEWINGTON] }]),
  teamsTalk([{ say: AT + 'kingston counter hours today', must: [KINGSTON, anyOf(WEEKDAYS, at(22))] }, { say: AT + 'and the nearest 24hr one?', must: [anyOf(CHARING_CROSS, LEWISHAM), OPEN_24] }]),
  teamsTalk([{ say: AT + 'which 10 counters closed in feb', must: [/Chingford/i, /Twickenham/i] }, { say: AT + 'when exactly', must: [CLOSED_FEB_2026] }]),
  teamsTalk([{ say: AT + 'Bromley desk open now?', must: [BROMLEY, OPEN] }, { say: AT + 'sorry meant Croydon', must: [CROYDON, OPEN] }]),
  teamsTalk([{ say: AT + 'where is Sutton police station', must: [/Carshalton Road|SM1 4RF/i] }, DANGER_TURN(AT + 'wait, someone is attacking a guy with a bat outside our office right now')]),
  teamsTalk([{ say: AT + 'whats the status of Pinner police counter', must: [CLOSED] }, { say: AT + 'closest alternative?', must: [anyOf(WEMBLEY, ASKS_POSTCODE)] }]),
  teamsTalk([{ say: AT + 'how many counters does the Met have open', must: [COUNTERS_NOW] }, { say: AT + 'how many at 24h', must: [TWO] }]),
];

// The past: closures and moves by year, counts then and now.
const PAST: HeldoutCase[] = [
  past('how many police front counters were there in london back in 2012', [BEFORE_2013]),
  past('how many closed in the 2013 shake-up', [/\b63\b|sixty[- ]three/i]),
  past('what year did Boris close all the police stations', [/2013/]),
  past('how many counters were left after 2013', [SEVENTY_THREE]),
  past('hello, how many counters were open 24 hours in 2015', [/\b33\b|thirty[- ]three/i]),
  past('when did sadiq khan announce the police station closures', [/2017/]),
  past('what date did most counters shut in 2017', [CLOSED_DEC_2017]),
  past('how many front desks did the 2017 strategy close', [anyOf(THIRTY_SEVEN, THIRTY_EIGHT)]),
  past('how many counters were there just before the feb 2026 closures', [anyOf(THIRTY_SEVEN, THIRTY_EIGHT)]),
  past('how many of them were 24 hour in 2025', [/\b32\b|thirty[- ]two/i]),
  past('when did the new reduced opening hours start', [MARCH_2026]),
  past('when was the 2025 counter closure list first leaked', [/17 Jul(?:y)? 2025|July 2025/i]),
  past('when did the met publish the list of counters to close in 2025', [/6 Aug(?:ust)? 2025|August 2025/i]),
  past('when was the closure plan revised', [/15 Oct(?:ober)? 2025|October 2025/i]),
  past('how many counters did the met originally want to keep in august 2025', [/\b20\b|twenty/i]),
  past('in the first 2025 plan how many were going to be 24/7', [/\b8\b|eight/i]),
  past('um which counters got a reprieve in october 2025', [EDMONTON, TOTTENHAM]),
  past('can you tell me, when did Chingford police counter close', [CLOSED_FEB_2026]),
  past('when did Barking police counter shut', [CLOSED_FEB_2026]),
  past('Royalty Studios police counter - when did it close', [CLOSED_FEB_2026]),
  past('when was Kensington police station closed to the public', [CLOSED_FEB_2026]),
  past('what happened to South Harrow police counter', [anyOf(CLOSED_FEB_2026, CLOSED)]),
  past('when did Wood Green police counter close', [/2017/]),
  past('Chiswick police station counter - when did that go', [CLOSED_DEC_2017]),
  past('when did Kilburn police front desk close', [CLOSED_DEC_2017]),
  past('when did the West Wickham police office close', [/17 Dec(?:ember)? 2017|Dec(?:ember)? 2017/i]),
  past('what year did leyton police station close', [/2012/]),
  past('hey, when did Leytonstone police station shut', [/2014/]),
  past('just wondering, when did Walthamstow police station close down', [/2011/]),
  past('when did the Woodford police front counter close', [/2013/]),
  past('when did old Sidcup police station on Main Road close', [/2012/]),
  past('why did Hammersmith police move to Shepherds Bush', [/rebuil|redevelop|refurb/i]),
  past('when did Hammersmith police station reopen', [/29 Sep(?:tember)? 2020|2020/i]),
  past('what date did ilford counter move to barkingside', [/2 Nov(?:ember)? 2020|Nov(?:ember)? 2020/i]),
  past('pls when was Islington police station shut for refurbishment', [/2020/]),
  past('quick one - when did the fire at Forest Gate police station happen', [/6 Mar(?:ch)? 2024|March 2024|2024/i]),
  past('when did the High Court stop Wimbledon closing', [/20 Jul(?:y)? 2018|July 2018|2018/i]),
  past('when did Twickenham police station temporarily close', [/24 Jan(?:uary)? 2020|January 2020|2020/i]),
  past('when did Hayes become 24 hours', [CLOSED_DEC_2017]),
  past('what percentage of crimes were reported at counters in 2006', [/22\s?%|22 per ?cent/i]),
  past('in 2016 what share of crimes got reported at a front desk', [/\b8\s?%|8 per ?cent/i]),
  past('how many crimes did brixton counter take a day back in 2017', [/\b7\b|seven/i]),
  past('how much was the met trying to save in 2013', [/£?\s?60\s?m|60 million|£500\s?m|500 million/i]),
  { ...past(AT + 'when did dagenham counter reopen after being shut', [/3 Jul(?:y)? 2023|July 2023|2023/i]), channel: 'msteams' },
  { ...past(AT + 'how many counters in 2017 vs now', [SEVENTY_THREE, COUNTERS_NOW]), channel: 'msteams' },
];

// The service: what it is, sources, freshness, privacy, Crimestoppers, Language Line, Relay UK, the Silent Solution.
const SERVICE: HeldoutCase[] = [
  service('am i chatting to a real officer?', [A_BOT]),
  service('r u a robot or a person', [A_BOT]),
  service('what is this chat for', [/front counter|police station|opening|nearest/i]),
  service('sorry to ask, where do you get your information from', [SOURCES]),
  service('how old is your info on station hours', [UP_TO_DATE]),
  service('is this up to date for december', [anyOf(UP_TO_DATE, ONLINE)]),
  service('hello, do you save what i type here', [PRIVACY]),
  service('um will the police see this conversation', [PRIVACY]),
  service('can i report something anonymously', [CRIMESTOPPERS]),
  service('is there a number to tip off police without giving my name', [CRIMESTOPPERS]),
  service("what's the crimestoppers number", [/0800 555 111/]),
  service('my mum only speaks Polish, can she get an interpreter when she calls the police', [LANGUAGE_LINE]),
  service('do police have translators on the phone', [LANGUAGE_LINE]),
  service('can you tell me, im deaf, how do i contact the police', [RELAY]),
  service('how can someone with a speech impairment call 101', [RELAY]),
  service('hey, what is relay uk', [RELAY]),
  service('how do i register my phone to text the police', [RELAY]),
  service('just wondering, what does pressing 55 do', [SILENT_55]),
  service('pls what is the silent solution', [SILENT_55]),
  service('whats the non emergency police number', [CALL_101]),
  service('sorry to ask, can i report a crime online', [ONLINE]),
  service('who made this bot', [anyOf(A_BOT, SOURCES, /StationDesk|built|made/i)]),
  service('are the opening hours confirmed or just announced', [anyOf(ONLINE, /announc|check/i)]),
  service('what if the counter is shut when i get there', [/phone|101|999|online|met\.police\.uk/i]),
  service('quick one - what is a police front counter actually for', [/report|lost property|document|crime|in person/i]),
  service('can i book an appointment with an officer instead of going in', [anyOf(CALL_101, /appointment|video/i)]),
  service('is there a phone outside closed police stations', [/phone/i]),
  service('sorry to ask, what languages do you speak', [anyOf(/English/i, LANGUAGE_LINE)]),
  service('how accurate are your distances', [anyOf(/straight|as the crow|approximate|roughly|estimate|postcode/i, DISTANCE)]),
  { ...service(AT + 'what data do you keep on me', [PRIVACY]), channel: 'msteams' },
  { ...service(AT + 'hello, where does your data come from', [SOURCES]), channel: 'msteams' },
  { ...service(AT + 'anonymous tip line?', [CRIMESTOPPERS]), channel: 'msteams' },
  { ...service(AT + 'interpreter for a visitor who speaks farsi', [LANGUAGE_LINE]), channel: 'msteams' },
  { ...service(AT + 'colleague is hard of hearing, how does she reach police', [RELAY]), channel: 'msteams' },
];

// Requests it cannot carry out.
const CANNOT: HeldoutCase[] = [
  cannot('um can you send an officer round to my flat'),
  cannot('please report my stolen bike for me'),
  cannot('book me an appointment at Acton police station for tomorrow'),
  cannot('can you ring the police for me im scared to call'),
  cannot('give me a crime reference number'),
  cannot('check if my car has been towed'),
  cannot('can you tell me, can you find out if my son has been arrested'),
  cannot('tell the officer on my case to call me back'),
  cannot('hey, I want to make a complaint about an officer, can you log it'),
  cannot('cancel my bail appointment at Brixton'),
  cannot('can you run a check on my new boyfriend'),
  cannot('send me a copy of the police report for my accident'),
  cannot('can you let the desk in Croydon know im coming'),
  cannot('please pass this message to Lewisham police: my neighbour is selling drugs'),
  cannot('can i upload my dashcam video here'),
  cannot('just wondering, renew my shotgun licence'),
  cannot('track my stolen phone please'),
  cannot('pls can you unlock my impounded car'),
  { ...cannot(AT + 'log a lost laptop report for me'), channel: 'msteams' },
  { ...cannot(AT + 'can you email the Islington counter for me'), channel: 'msteams' },
];

// Off topic: requests residents really make.
const OFF: HeldoutCase[] = [
  offTopic('what time does Tesco in Brixton close'),
  offTopic('quick one - whats the weather in london tomorrow'),
  offTopic('sorry to ask, how do i renew my passport'),
  offTopic('which bus goes to Heathrow from Hounslow'),
  offTopic('hello, can you recommend a good solicitor in Croydon'),
  offTopic('is the Northern line running tonight'),
  offTopic('um how do i apply for council tax reduction'),
  offTopic('where can i get my parking ticket appealed'),
  offTopic('hello, tell me a joke'),
  offTopic('how do i join the met police as a special constable'),
  offTopic('what time is the arsenal game'),
  offTopic('best kebab near Stratford?'),
  offTopic('can you tell me, who is the mayor of london'),
  offTopic('whats the number for the council noise team'),
  { ...offTopic(AT + 'hey, book a meeting room for 3pm'), channel: 'msteams' },
];

// Comparisons.
const COMPARE: HeldoutCase[] = [
  compare('is Charing Cross or Brixton open later tonight', [CHARING_CROSS, BRIXTON, OPEN_24]),
  compare('do Acton and Hammersmith have the same hours', [SAME]),
  compare('which is open longer on a saturday, Lewisham or Bromley', [LEWISHAM, OPEN_24]),
  compare('Ilford vs Romford, which one shuts first on sunday', [SAME]),
  compare('whats the difference between Lewisham and Walworth opening times', [LEWISHAM, WALWORTH, OPEN_24, WEEKDAYS]),
  compare('are weekend hours shorter than weekday hours at Kingston', [anyOf(WEEKENDS, /shorter|yes|earlier/i)]),
  compare('which closes earlier on a friday, Sutton or Croydon', [SAME]),
  compare('more counters now or in 2017?', [anyOf(SEVENTY_THREE, /fewer|more in 2017|less/i)]),
  compare('is Tottenham or Edmonton nearer to N17 6', [saysNearer(TOTTENHAM)], [saysNearer(EDMONTON)]),
  compare('from SE18 is Plumstead or Lewisham closer', [saysNearer(PLUMSTEAD)], [saysNearer(LEWISHAM)]),
  compare('Colindale or Wembley, which is nearest to NW9 5', [saysNearer(COLINDALE)], [saysNearer(WEMBLEY)]),
  compare('did more counters close in 2013 or in 2026', [/\b63\b|2013/]),
  { ...compare(AT + 'stratford vs bethnal green hours', [SAME]), channel: 'msteams' },
];

// Lists.
const LISTS: HeldoutCase[] = [
  list('just wondering, list every police front counter still open in london', [ACTON, WEMBLEY, PLUMSTEAD, LAVENDER_HILL]),
  list('which counters are open 24 hours now', [CHARING_CROSS, LEWISHAM]),
  list('pls all the police desks in south london please', [BRIXTON, CROYDON]),
  list('which stations in east london have a counter', [STRATFORD, ILFORD]),
  list('name the counters that shut on 28 feb', [/Chingford/i, /Wimbledon/i, /Kensington/i]),
  list('which boroughs lost their last front counter', [/Waltham Forest/i, /Richmond/i]),
  list('police counters in north london?', [TOTTENHAM, EDMONTON]),
  list('which counters open at 9 on saturday', [anyOf(WEEKENDS, at(9))]),
  list('all counters that got reprieved last year', [PLUMSTEAD, LAVENDER_HILL]),
  list('west london front desks list', [ACTON, HAMMERSMITH]),
  { ...list(AT + 'list of open counters pls', [COUNTERS_NOW]), channel: 'msteams' },
];

// Two questions in one.
const TWO_IN_ONE: HeldoutCase[] = [
  two('is Brixton open sunday and where is it', [BRIXTON, WEEKEND_SHUT, /Brixton Road|SW9 7DD/i]),
  two('what time does Bromley open saturday and what time does it close', [BROMLEY, WEEKENDS]),
  two('nearest desk to IG1 4 and is it open now', [ILFORD, OPEN]),
  two('whats the address of Walworth police and is it open 24 hours', [/Manor Place|SE17 3BB/i, NOT_24]),
  two('when did Pinner counter close and where do i go now', [CLOSED_FEB_2026, anyOf(WEMBLEY, ASKS_POSTCODE)]),
  two('is Lewisham open all night and whats the postcode', [OPEN_24, /SE13 5JZ/i]),
  two('how many counters are open and which ones are 24/7', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  two('Kentish Town hours today and tomorrow?', [KENTISH_TOWN, WEEKDAYS, WEEKENDS]),
  two('Does Hayes take lost property and what time does it close tonight', [HAYES, at(22)]),
  two('which borough is Edmonton police in and what are its hours', [/Enfield/i, WEEKDAYS]),
  two('is Hounslow open at 10pm and is Kingston open at 10am tomorrow', [HOUNSLOW, KINGSTON]),
  two('my car got keyed last week and i reported it online, but where is the closest desk to W3 9 and is it open sunday', [ACTON, WEEKEND_SHUT]),
  two('I already gave a statement about my burglary, now I need to drop off a list of stolen items: Stratford hours, and the address?', [STRATFORD, /West Ham Lane|E15 4SG/i]),
  two('my wallet was nicked a month ago, got a crime number; is Ilford open tomorrow and until when', [ILFORD, anyOf(WEEKENDS, at(19))]),
  { ...two(AT + 'charing cross address + is it open at 4am', [CHARING_CROSS_ADDRESS, anyOf(OPEN_24, OPEN)]), channel: 'msteams' },
];

// Ambiguous names.
const AMBIGUOUS: HeldoutCase[] = [
  ambiguous('is the Hayes police station open', HAYES, /Bromley|Kent|Hillingdon|Middlesex/i),
  ambiguous('police desk in Kingsbury', WEMBLEY, COLINDALE),
  ambiguous('Sutton police counter, the one in London', SUTTON),
  ambiguous('Newham police station, Forest Gate or Stratford?', STRATFORD, CLOSED),
  ambiguous('quick one - Church Street police counter', CLOSED),
  ambiguous('Hammersmith or Shepherds Bush police, which is open', HAMMERSMITH),
  ambiguous('Stratford police counter opening times', STRATFORD),
  ambiguous('whats open at Barking', anyOf(CLOSED, DAGENHAM)),
  ambiguous('sorry to ask, Richmond police station hours', anyOf(CLOSED, NO_COUNTER, KINGSTON, ACTON, SUTTON)),
  ambiguous('Harrow police front counter', anyOf(CLOSED, NO_COUNTER, WEMBLEY)),
];

// Small talk as typed on a phone.
const SMALL: HeldoutCase[] = [
  chat('hello, hiya stationdesk', SAYS_WHAT_IT_DOES),
  chat('um morning!', SAYS_WHAT_IT_DOES, /morning|hello|hi/i),
  chat('ty so much x', THANKS_REPLY),
  chat('cheers mate thats sorted', THANKS_REPLY, BYE),
  chat('ok ta bye', BYE),
  chat('can you tell me, what can u do', SAYS_WHAT_IT_DOES),
  chat('hey, how r u today', SAYS_WHAT_IT_DOES, /good|well|fine|thanks/i),
  chat('just wondering, you are useless', SAYS_WHAT_IT_DOES, /sorry/i),
  chat('pls lol ok', SAYS_WHAT_IT_DOES, THANKS_REPLY, BYE),
  chat('quick one - night night', BYE, SAYS_WHAT_IT_DOES),
  chat('thx for nothing', SAYS_WHAT_IT_DOES, /sorry/i, BYE),
  chat('um yo', SAYS_WHAT_IT_DOES),
  chat('sorry to ask, good bot', THANKS_REPLY, /thank/i),
  { ...chat(AT + 'hey there', SAYS_WHAT_IT_DOES), channel: 'msteams' },
  { ...chat(AT + 'thanks that was quick', THANKS_REPLY), channel: 'msteams' },
];

// Nonsense, non-danger questions in other languages, outside London.
const ODD: HeldoutCase[] = [
  nonsense('jkjkjk qwop'),
  nonsense('????!!!'),
  nonsense('hello, banana telephone purple'),
  nonsense('asdfgh 123'),
  foreign('Dzień dobry, o której otwiera się posterunek policji w Ealingu?', ACTON),
  foreign('Bom dia, a esquadra de Stockwell está aberta ao domingo?', BRIXTON),
  foreign('Buenas tardes, ¿a qué hora cierra la comisaría de Lewisham?', LEWISHAM),
  foreign('Salut, est-ce que le commissariat de Croydon est ouvert samedi ?', CROYDON),
  outside('nearest police counter to CM2 0'),
  outside('police desk in Luton please'),
  outside('is there a police front counter in Guildford'),
  outside('nearest station to ME4 4'),
  outside('Watford police counter hours'),
  outside('front desk near SL1 1'),
];

// Boroughs.
const BOROUGHS: HeldoutCase[] = [
  borough('what front counter is in Barking and Dagenham', [DAGENHAM]),
  borough('police desk for Barnet borough', [COLINDALE]),
  borough('Bexley police counter', [BEXLEYHEATH]),
  borough('which counter serves Brent', [WEMBLEY]),
  borough('where is the counter for Camden', [KENTISH_TOWN]),
  borough('Ealing borough police desk?', [ACTON]),
  borough('Enfield front counter', [EDMONTON]),
  borough('which station in Greenwich borough has a desk', [PLUMSTEAD]),
  borough('police counter for Hackney residents', [STOKE_NEWINGTON]),
  borough('front desk in Hammersmith and Fulham', [HAMMERSMITH]),
  borough('um Havering police counter', [ROMFORD]),
  borough('Hillingdon front counter where', [HAYES]),
  borough('can you tell me, Lambeth police front desk', [BRIXTON]),
  borough('Newham police counter', [STRATFORD]),
  borough('Redbridge front desk', [ILFORD]),
  borough('hey, Southwark police counter', [WALWORTH]),
  borough('just wondering, Tower Hamlets police front desk', [BETHNAL_GREEN]),
  borough('Wandsworth counter', [LAVENDER_HILL]),
  borough('Westminster police front counter', [CHARING_CROSS]),
  borough('where can people in Waltham Forest go now', [anyOf(ILFORD, STRATFORD, NO_COUNTER)]),
  borough('pls Kensington and Chelsea police front desk', [anyOf(NO_COUNTER, CLOSED)]),
  borough('does Merton have a police counter', [anyOf(NO_COUNTER, CLOSED)]),
  borough('quick one - richmond upon thames police desk', [anyOf(NO_COUNTER, CLOSED, KINGSTON, ACTON, SUTTON)]),
  borough('Harrow borough front counter', [anyOf(NO_COUNTER, CLOSED)]),
  borough('how many boroughs have no counter', [/\b5\b|five/i]),
  borough('which borough is Lavender Hill police in', [/Wandsworth/i]),
  borough('which borough is Colindale station in', [/Barnet/i]),
  borough('which borough does Plumstead counter cover', [/Greenwich/i]),
  { ...borough(AT + 'Kingston borough counter', [KINGSTON]), channel: 'msteams' },
];

// Still open or closing: hubs and vans are not counters; closed counters and where to go instead.
const STILL: HeldoutCase[] = [
  ask('still open or closing', 'sorry to ask, is the Woodford police hub a front counter', [NOT_A_COUNTER]),
  ask('still open or closing', 'can i report a crime at the Kidbrooke police hub', [NOT_A_COUNTER]),
  ask('still open or closing', 'are the new police hubs replacing stations', [NOT_A_COUNTER]),
  ask('still open or closing', 'is the mobile police van a front counter', [NOT_A_COUNTER]),
  ask('still open or closing', 'can i report a crime at the police video screen', [anyOf(NOT_A_COUNTER, NOT_KNOWN, /pilot/i)]),
  ask('still open or closing', 'hello, is Forest Gate police station open again', [anyOf(CLOSED, STRATFORD)]),
  ask('still open or closing', 'will Stratford police counter close', [anyOf(STRATFORD, NOT_KNOWN)]),
  ask('still open or closing', 'are any more counters closing next year', [anyOf(NOT_KNOWN, COUNTERS_NOW)]),
  ask('still open or closing', 'is Plumstead still open or did it close', [PLUMSTEAD, anyOf(STAYS_OPEN, OPEN)]),
  ask('still open or closing', 'is Tottenham police counter shutting down', [TOTTENHAM, anyOf(STAYS_OPEN, OPEN)]),
  gone('Chingford police station open today?'),
  gone('um is the Barking Learning Centre police desk open'),
  gone('Kensington police counter open on saturday?'),
  gone('Wimbledon police station open at 10am'),
  gone('is Church Street police counter open'),
  gone('Holloway police station front desk hours'),
  gone('Catford police station opening hours'),
  instead('Mitcham counter is shut, where now?', SUTTON),
  instead('Twickenham desk closed, nearest alternative?', HOUNSLOW),
  instead('where do i go now Wimbledon police front desk is gone', LAVENDER_HILL),
  instead('Pinner counter has closed, where else', WEMBLEY),
  instead('Royalty Studios desk is gone, what is near', HAMMERSMITH),
  { ...ask('still open or closing', AT + 'is woodford hub open to the public', [NOT_A_COUNTER]), channel: 'msteams' },
  { ...gone(AT + 'harrow police counter still open?'), channel: 'msteams' },
];

// The two 24-hour desks, reduced-hours desks asked as if 24 hours, bank holidays, addresses.
const ROUND_THE_CLOCK: HeldoutCase[] = [
  ask('open at a time', 'is Charing Cross police station open at 2am on sunday', [CHARING_CROSS, anyOf(OPEN_24, OPEN)], [SAYS_SHUT]),
  ask('open at a time', 'can you tell me, lewisham police desk open at 5 in the morning?', [LEWISHAM, anyOf(OPEN_24, OPEN)], [SAYS_SHUT]),
  ask('hours on a day', 'charing cross station hours on saturday', [CHARING_CROSS, OPEN_24]),
  ask('hours on a day', 'Lewisham counter times on boxing day', [LEWISHAM, anyOf(OPEN_24, HOLIDAY_UNKNOWN)]),
  ask('still open or closing', 'is Lewisham still 24 hours after the changes', [LEWISHAM, OPEN_24]),
  ask('still open or closing', 'is Wembley still a 24 hour desk', [WEMBLEY, NOT_24]),
  ask('still open or closing', 'is Croydon police station open all night', [CROYDON, NOT_24]),
  ask('hours on a day', 'is Bromley police open on new years day', [HOLIDAY_UNKNOWN]),
  { ...ask('open at a time', AT + 'charing cross desk open at midnight?', [CHARING_CROSS, anyOf(OPEN_24, OPEN)], [SAYS_SHUT]), channel: 'msteams' },
  { ...ask('hours on a day', AT + 'lewisham hours sunday', [LEWISHAM, OPEN_24]), channel: 'msteams' },
  ask('address', 'address for Bexleyheath police station', [/Arnsberg Way|DA7 4QS/i]),
  ask('address', 'whats the postcode of Edmonton police', [/N9 0PW/i]),
  ask('address', 'hey, where exactly is Romford police station', [/Main Road|RM1 3BJ/i]),
  ask('address', 'just wondering, Islington police station address please', [/Tolpuddle Street|N1 0YY/i]),
  ask('address', 'what road is Hounslow police on', [/Montague Road|TW3 1LB/i]),
  ask('address', 'full address of Tottenham police station', [/High Road|N17 9JA/i]),
  ask('address', 'Kingston police station postcode', [/KT1 1LB/i]),
  ask('address', 'where is Bethnal Green police station located', [/Victoria Park Square|E2 9NZ/i]),
];
// Hours, times and open-or-shut: each of the 25 reduced-hours desks three ways (Mon-Fri 10-22, Sat-Sun 9-19; the clock is Friday 4 Dec 2026, 14:00).
const HOURS: HeldoutCase[] = [
  hoursOn("what are Dagenham police station's hours on a wednesday", DAGENHAM, WEEKDAYS),
  hoursOn("dagenham police sunday hours", DAGENHAM, WEEKEND_SHUT),
  shutAt("could i get to Dagenham police desk at 11pm tonight", DAGENHAM, 22),
  hoursOn("colindale front desk times tuesday?", COLINDALE, WEEKDAYS),
  shutAt("is Colindale counter open at half 8 on sunday morning", COLINDALE, 9),
  shutAt("is the counter at Colindale open at 7 tomorrow morning", COLINDALE, 9),
  hoursOn("when does Bexleyheath counter shut on weekdays", BEXLEYHEATH, anyOf(WEEKDAYS, at(22))),
  shutAt("can i walk into Bexleyheath police station at 8pm on a saturday", BEXLEYHEATH, 19),
  openAt("Bexleyheath police open at 3pm tomorrow?", BEXLEYHEATH),
  hoursOn("how late is the Wembley police desk open mon to fri", WEMBLEY, anyOf(WEEKDAYS, at(22))),
  { ...hoursOn(AT + "Wembley desk weekend hours?", WEMBLEY, WEEKENDS), channel: 'msteams' },
  openAt("is Wembley police station open right now", WEMBLEY, 'still open or closing'),
  hoursOn("Bromley police station thursday opening times pls", BROMLEY, WEEKDAYS),
  hoursOn("what time does Bromley police station open on saturday morning", BROMLEY, anyOf(WEEKENDS, at(9)), 'times as people say them'),
  openAt("bromley front counter open at 9 tonight?", BROMLEY),
  hoursOn("what are Kentish Town police station's hours on a wednesday", KENTISH_TOWN, WEEKDAYS),
  hoursOn("kentish town police sunday hours", KENTISH_TOWN, WEEKEND_SHUT),
  shutAt("could i get to Kentish Town police desk at 11pm tonight", KENTISH_TOWN, 22),
  hoursOn("croydon front desk times tuesday?", CROYDON, WEEKDAYS),
  shutAt("is Croydon counter open at half 8 on sunday morning", CROYDON, 9),
  shutAt("is the counter at Croydon open at 7 tomorrow morning", CROYDON, 9),
  hoursOn("when does Acton counter shut on weekdays", ACTON, anyOf(WEEKDAYS, at(22))),
  shutAt("can i walk into Acton police station at 8pm on a saturday", ACTON, 19),
  openAt("Acton police open at 3pm tomorrow?", ACTON),
  hoursOn("how late is the Edmonton police desk open mon to fri", EDMONTON, anyOf(WEEKDAYS, at(22))),
  hoursOn("Edmonton desk weekend hours?", EDMONTON, WEEKENDS),
  openAt("is Edmonton police station open right now", EDMONTON, 'still open or closing'),
  hoursOn("Plumstead police station thursday opening times pls", PLUMSTEAD, WEEKDAYS),
  hoursOn("what time does Plumstead police station open on saturday morning", PLUMSTEAD, anyOf(WEEKENDS, at(9)), 'times as people say them'),
  openAt("plumstead front counter open at 9 tonight?", PLUMSTEAD),
  hoursOn("what are Stoke Newington police station's hours on a wednesday", STOKE_NEWINGTON, WEEKDAYS),
  hoursOn("stoke newington police sunday hours", STOKE_NEWINGTON, WEEKEND_SHUT),
  shutAt("could i get to Stoke Newington police desk at 11pm tonight", STOKE_NEWINGTON, 22),
  hoursOn("hammersmith front desk times tuesday?", HAMMERSMITH, WEEKDAYS),
  { ...shutAt(AT + "is Hammersmith counter open at half 8 on sunday morning", HAMMERSMITH, 9), channel: 'msteams' },
  shutAt("is the counter at Hammersmith open at 7 tomorrow morning", HAMMERSMITH, 9),
  hoursOn("when does Tottenham counter shut on weekdays", TOTTENHAM, anyOf(WEEKDAYS, at(22))),
  shutAt("can i walk into Tottenham police station at 8pm on a saturday", TOTTENHAM, 19),
  openAt("Tottenham police open at 3pm tomorrow?", TOTTENHAM),
  hoursOn("how late is the Romford police desk open mon to fri", ROMFORD, anyOf(WEEKDAYS, at(22))),
  hoursOn("Romford desk weekend hours?", ROMFORD, WEEKENDS),
  openAt("is Romford police station open right now", ROMFORD, 'still open or closing'),
  hoursOn("Hayes police station thursday opening times pls", HAYES, WEEKDAYS),
  hoursOn("what time does Hayes police station open on saturday morning", HAYES, anyOf(WEEKENDS, at(9)), 'times as people say them'),
  openAt("hayes front counter open at 9 tonight?", HAYES),
  hoursOn("what are Hounslow police station's hours on a wednesday", HOUNSLOW, WEEKDAYS),
  hoursOn("hounslow police sunday hours", HOUNSLOW, WEEKEND_SHUT),
  shutAt("could i get to Hounslow police desk at 11pm tonight", HOUNSLOW, 22),
  hoursOn("islington front desk times tuesday?", ISLINGTON, WEEKDAYS),
  shutAt("is Islington counter open at half 8 on sunday morning", ISLINGTON, 9),
  shutAt("is the counter at Islington open at 7 tomorrow morning", ISLINGTON, 9),
  hoursOn("when does Kingston counter shut on weekdays", KINGSTON, anyOf(WEEKDAYS, at(22))),
  shutAt("can i walk into Kingston police station at 8pm on a saturday", KINGSTON, 19),
  openAt("Kingston police open at 3pm tomorrow?", KINGSTON),
  hoursOn("how late is the Brixton police desk open mon to fri", BRIXTON, anyOf(WEEKDAYS, at(22))),
  hoursOn("Brixton desk weekend hours?", BRIXTON, WEEKENDS),
  openAt("is Brixton police station open right now", BRIXTON, 'still open or closing'),
  hoursOn("Stratford police station thursday opening times pls", STRATFORD, WEEKDAYS),
  hoursOn("what time does Stratford police station open on saturday morning", STRATFORD, anyOf(WEEKENDS, at(9)), 'times as people say them'),
  openAt("stratford front counter open at 9 tonight?", STRATFORD),
  hoursOn("what are Ilford police station's hours on a wednesday", ILFORD, WEEKDAYS),
  { ...hoursOn(AT + "ilford police sunday hours", ILFORD, WEEKEND_SHUT), channel: 'msteams' },
  shutAt("could i get to Ilford police desk at 11pm tonight", ILFORD, 22),
  hoursOn("walworth front desk times tuesday?", WALWORTH, WEEKDAYS),
  shutAt("is Walworth counter open at half 8 on sunday morning", WALWORTH, 9),
  shutAt("is the counter at Walworth open at 7 tomorrow morning", WALWORTH, 9),
  hoursOn("when does Sutton counter shut on weekdays", SUTTON, anyOf(WEEKDAYS, at(22))),
  shutAt("can i walk into Sutton police station at 8pm on a saturday", SUTTON, 19),
  openAt("Sutton police open at 3pm tomorrow?", SUTTON),
  hoursOn("how late is the Bethnal Green police desk open mon to fri", BETHNAL_GREEN, anyOf(WEEKDAYS, at(22))),
  hoursOn("Bethnal Green desk weekend hours?", BETHNAL_GREEN, WEEKENDS),
  openAt("is Bethnal Green police station open right now", BETHNAL_GREEN, 'still open or closing'),
  hoursOn("Lavender Hill police station thursday opening times pls", LAVENDER_HILL, WEEKDAYS),
  hoursOn("what time does Lavender Hill police station open on saturday morning", LAVENDER_HILL, anyOf(WEEKENDS, at(9)), 'times as people say them'),
  openAt("lavender hill front counter open at 9 tonight?", LAVENDER_HILL),
];

// Roads, landmarks and neighbourhoods (zero grep hits in earlier batches and the examples), each with its district; nearest desk by the district centroid, winning by 1.5 km or more.
const PLACES: HeldoutCase[] = [
  nearPlace("nearest police front counter to Adelaide Avenue, SE4", LEWISHAM), // SE4: LEWISHAM 1.78 km v WALWORTH 5.34
  nearPlace("Albert Road Ilford IG1 - which police station desk is closest", ILFORD), // IG1: ILFORD 0.49 km v STRATFORD 5.3
  nearPlace("i live off Aldborough Road South (IG3), where can i report something in person", ILFORD), // IG3: ILFORD 1.59 km v DAGENHAM 4.78
  nearPlace("closest open police desk for someone on Alexandra Drive KT5?", KINGSTON), // KT5: KINGSTON 2.42 km v SUTTON 7.4
  nearPlace("which front counter would I go to from Annesley Avenue, NW9", COLINDALE), // NW9: COLINDALE 1.34 km v WEMBLEY 5.39
  teamsPlace(AT + "police station near Archway Station N19 pls", KENTISH_TOWN), // N19: KENTISH_TOWN 1.92 km v ISLINGTON 3.74
  nearPlace("im near Arthur Road in SW19, nearest cop shop with a desk?", LAVENDER_HILL), // SW19: LAVENDER_HILL 5.31 km v SUTTON 7.05
  nearPlace("what's the nearest counter to Auckland Hill (SE27)", BRIXTON), // SE27: BRIXTON 3.88 km v LAVENDER_HILL 5.61
  nearPlace("from Avenue Road Erith DA8 where's the nearest police station I can walk into", BEXLEYHEATH), // DA8: BEXLEYHEATH 2.77 km v PLUMSTEAD 5.66
  nearPlace("nearest place to report a crime face to face near Aylesbury Estate, SE17", WALWORTH), // SE17: WALWORTH 0.31 km v BRIXTON 2.94
  nearPlace("nearest police front counter to Baker Street Enfield Town, EN1", EDMONTON), // EN1: EDMONTON 3.58 km v TOTTENHAM 7.05
  nearPlace("Banstead Road SM2 - which police station desk is closest", SUTTON), // SM2: SUTTON 1.1 km v CROYDON 7.33
  nearPlace("i live off Barnhill Road (HA9), where can i report something in person", WEMBLEY), // HA9: WEMBLEY 1.75 km v COLINDALE 5.05
  nearPlace("closest open police desk for someone on Bartholomew Road NW5?", KENTISH_TOWN), // NW5: KENTISH_TOWN 0.32 km v ISLINGTON 3.09
  nearPlace("which front counter would I go to from Belsize Lane, NW3", KENTISH_TOWN), // NW3: KENTISH_TOWN 2.13 km v ISLINGTON 4.74
  nearPlace("police station near Benhill Avenue SM1 pls", SUTTON), // SM1: SUTTON 0.66 km v CROYDON 6.74
  nearPlace("im near Bessborough Road in HA1, nearest cop shop with a desk?", WEMBLEY), // HA1: WEMBLEY 3.93 km v COLINDALE 6.97
  nearPlace("what's the nearest counter to Bethnal Green Gardens (E2)", BETHNAL_GREEN), // E2: BETHNAL_GREEN 0.64 km v STOKE_NEWINGTON 3.25
  nearPlace("from Beulah Road CR7 where's the nearest police station I can walk into", CROYDON), // CR7: CROYDON 3.25 km v SUTTON 7.23
  nearPlace("nearest place to report a crime face to face near Birdhurst Rise, CR2", CROYDON), // CR2: CROYDON 2.72 km v SUTTON 7.71
  nearPlace("nearest police front counter to Black Boy Lane, N15", TOTTENHAM), // N15: TOTTENHAM 1.21 km v STOKE_NEWINGTON 2.79
  nearPlace("Blenheim Crescent W11 - which police station desk is closest", HAMMERSMITH), // W11: HAMMERSMITH 2.06 km v ACTON 4.21
  nearPlace("i live off Bond Street Ealing (W5), where can i report something in person", ACTON), // W5: ACTON 1.91 km v WEMBLEY 4.25
  nearPlace("closest open police desk for someone on Bostall Hill SE2?", PLUMSTEAD), // SE2: PLUMSTEAD 1.46 km v BEXLEYHEATH 4.31
  nearPlace("which front counter would I go to from Brewer Street, W1F", CHARING_CROSS), // W1F: CHARING_CROSS 0.91 km v ISLINGTON 2.87
  nearPlace("police station near Brick Lane Croydon CR0 pls", CROYDON), // CR0: CROYDON 1.27 km v BROMLEY 7.26
  nearPlace("im near Broadwalk Centre in HA8, nearest cop shop with a desk?", COLINDALE), // HA8: COLINDALE 2.77 km v WEMBLEY 7.01
  nearPlace("what's the nearest counter to Broadway Stratford (E15)", STRATFORD), // E15: STRATFORD 0.14 km v BETHNAL_GREEN 4.16
  nearPlace("from Brondesbury Park NW6 where's the nearest police station I can walk into", KENTISH_TOWN), // NW6: KENTISH_TOWN 3.84 km v HAMMERSMITH 5.63
  nearPlace("nearest place to report a crime face to face near Brook Street Mayfair, W1K", CHARING_CROSS), // W1K: CHARING_CROSS 1.83 km v ISLINGTON 3.76
  nearPlace("nearest police front counter to Bullsmoor Lane, EN3", EDMONTON), // EN3: EDMONTON 4.54 km v TOTTENHAM 8.04
  nearPlace("Bushy Park Gate TW11 - which police station desk is closest", KINGSTON), // TW11: KINGSTON 2.65 km v HOUNSLOW 5.27
  nearPlace("i live off Cambridge Road New Malden (KT3), where can i report something in person", KINGSTON), // KT3: KINGSTON 3.55 km v SUTTON 6.29
  nearPlace("closest open police desk for someone on Canning Town Station E16?", STRATFORD), // E16: STRATFORD 3.66 km v PLUMSTEAD 5.29
  nearPlace("which front counter would I go to from Capel Road Forest Gate, E7", STRATFORD), // E7: STRATFORD 1.85 km v ILFORD 3.94
  nearPlace("police station near Carlton Avenue Dulwich SE21 pls", BRIXTON), // SE21: BRIXTON 3.34 km v WALWORTH 5.62
  nearPlace("im near Carpenters Land in E20, nearest cop shop with a desk?", STRATFORD), // E20: STRATFORD 1.29 km v BETHNAL_GREEN 3.6
  nearPlace("what's the nearest counter to Castle Point Dagenham (RM9)", DAGENHAM), // RM9: DAGENHAM 2.22 km v ILFORD 4.34
  nearPlace("from Central Road Worcester Park KT4 where's the nearest police station I can walk into", SUTTON), // KT4: SUTTON 3.92 km v KINGSTON 5.68
  nearPlace("nearest place to report a crime face to face near Chaplin Road, HA0", WEMBLEY), // HA0: WEMBLEY 0.06 km v ACTON 5.16
  nearPlace("nearest police front counter to Church Street Edmonton, N9", EDMONTON), // N9: EDMONTON 0.72 km v TOTTENHAM 4.26
  nearPlace("Coldharbour Lane Yeading UB4 - which police station desk is closest", HAYES), // UB4: HAYES 1.84 km v HOUNSLOW 7.02
  nearPlace("i live off Commercial Street (E1), where can i report something in person", BETHNAL_GREEN), // E1: BETHNAL_GREEN 1.26 km v ISLINGTON 4.0
  nearPlace("closest open police desk for someone on Copenhagen Street N1?", ISLINGTON), // N1: ISLINGTON 1.05 km v STOKE_NEWINGTON 2.71
  nearPlace("which front counter would I go to from Cowley Road Uxbridge, UB8", HAYES), // UB8: HAYES 2.89 km v HOUNSLOW 10.55
  nearPlace("police station near Crofton Lane BR5 pls", BROMLEY), // BR5: BROMLEY 5.99 km v BEXLEYHEATH 7.93
  nearPlace("im near Cross Deep in TW1, nearest cop shop with a desk?", HOUNSLOW), // TW1: HOUNSLOW 3.36 km v KINGSTON 4.92
  nearPlace("what's the nearest counter to Crow Lane Romford (RM7)", ROMFORD), // RM7: ROMFORD 1.44 km v DAGENHAM 3.35
  teamsPlace(AT + "from Dollis Park N3 where's the nearest police station I can walk into", COLINDALE), // N3: COLINDALE 3.3 km v KENTISH_TOWN 6.66
  nearPlace("nearest place to report a crime face to face near Durlston Road, E5", STOKE_NEWINGTON), // E5: STOKE_NEWINGTON 1.48 km v BETHNAL_GREEN 3.46
  nearPlace("nearest police front counter to Dysons Road, N18", EDMONTON), // N18: EDMONTON 1.02 km v TOTTENHAM 2.56
  nearPlace("Edith Road W14 - which police station desk is closest", HAMMERSMITH), // W14: HAMMERSMITH 0.98 km v LAVENDER_HILL 4.71
  nearPlace("i live off Eldon Road Kingston (KT1), where can i report something in person", KINGSTON), // KT1: KINGSTON 0.6 km v HOUNSLOW 8.23
  nearPlace("closest open police desk for someone on Elmstead Lane BR7?", BROMLEY), // BR7: BROMLEY 3.71 km v BEXLEYHEATH 7.46
  nearPlace("which front counter would I go to from Enfield Chase Station, EN2", EDMONTON), // EN2: EDMONTON 4.77 km v TOTTENHAM 7.86
  nearPlace("police station near Feltham Hill Road TW13 pls", HOUNSLOW), // TW13: HOUNSLOW 4.24 km v KINGSTON 7.43
  nearPlace("im near Foxley Lane in CR8, nearest cop shop with a desk?", CROYDON), // CR8: CROYDON 4.5 km v SUTTON 6.21
  nearPlace("what's the nearest counter to Fulham Palace Road Hammersmith (W6)", HAMMERSMITH), // W6: HAMMERSMITH 0.37 km v ACTON 3.72
  nearPlace("from Gibbon Road KT2 where's the nearest police station I can walk into", KINGSTON), // KT2: KINGSTON 1.65 km v HOUNSLOW 7.56
  nearPlace("nearest place to report a crime face to face near Grand Arcade North Finchley, N12", COLINDALE), // N12: COLINDALE 4.83 km v KENTISH_TOWN 7.66
  nearPlace("nearest police front counter to Great West Road Hounslow, TW4", HOUNSLOW), // TW4: HOUNSLOW 1.69 km v HAYES 7.4
  nearPlace("Green Wrythe Lane SM5 - which police station desk is closest", SUTTON), // SM5: SUTTON 1.76 km v CROYDON 5.07
  nearPlace("i live off Grosvenor Road Hornchurch (RM11), where can i report something in person", ROMFORD), // RM11: ROMFORD 2.55 km v DAGENHAM 4.68
  nearPlace("closest open police desk for someone on Half Moon Street W1J?", CHARING_CROSS), // W1J: CHARING_CROSS 1.43 km v ISLINGTON 3.73
  nearPlace("which front counter would I go to from Harold Hill Library, RM3", ROMFORD), // RM3: ROMFORD 3.45 km v DAGENHAM 7.52
  nearPlace("police station near Harrington Road SE25 pls", CROYDON), // SE25: CROYDON 3.27 km v BROMLEY 6.57
  nearPlace("im near Heath Drive Gidea Park in RM2, nearest cop shop with a desk?", ROMFORD), // RM2: ROMFORD 1.22 km v DAGENHAM 5.09
  nearPlace("what's the nearest counter to Henrietta Street (WC2E)", CHARING_CROSS), // WC2E: CHARING_CROSS 0.25 km v ISLINGTON 2.59
  nearPlace("from Herne Hill Road SE24 where's the nearest police station I can walk into", BRIXTON), // SE24: BRIXTON 1.34 km v WALWORTH 3.72
  nearPlace("nearest place to report a crime face to face near Heston Services, TW5", HOUNSLOW), // TW5: HOUNSLOW 2.13 km v HAYES 5.83
  nearPlace("nearest police front counter to Holders Hill Road, NW7", COLINDALE), // NW7: COLINDALE 2.05 km v WEMBLEY 8.61
  nearPlace("Holland Street Kensington W8 - which police station desk is closest", HAMMERSMITH), // W8: HAMMERSMITH 2.2 km v LAVENDER_HILL 4.63
  nearPlace("i live off Hook Rise South (KT9), where can i report something in person", KINGSTON), // KT9: KINGSTON 4.95 km v SUTTON 7.78
  nearPlace("closest open police desk for someone on Horns Road Barkingside IG6?", ILFORD), // IG6: ILFORD 4.01 km v ROMFORD 6.98
  nearPlace("which front counter would I go to from Horse Guards Road, SW1A", CHARING_CROSS), // SW1A: CHARING_CROSS 0.79 km v WALWORTH 2.94
  nearPlace("police station near Hurst Road Sidcup DA14 pls", BEXLEYHEATH), // DA14: BEXLEYHEATH 4.41 km v PLUMSTEAD 6.93
  nearPlace("im near Kelsey Park Road in BR3, nearest cop shop with a desk?", BROMLEY), // BR3: BROMLEY 3.38 km v CROYDON 5.9
  nearPlace("what's the nearest counter to Latchmere Road (SW11)", LAVENDER_HILL), // SW11: LAVENDER_HILL 0.45 km v BRIXTON 3.49
  nearPlace("from Lee Church Street SE13 where's the nearest police station I can walk into", LEWISHAM), // SE13: LEWISHAM 0.4 km v WALWORTH 6.92
  nearPlace("nearest place to report a crime face to face near Lee Road Blackheath, SE3", LEWISHAM), // SE3: LEWISHAM 2.17 km v PLUMSTEAD 5.58
  nearPlace("nearest police front counter to Lodge Lane Bexley, DA5", BEXLEYHEATH), // DA5: BEXLEYHEATH 1.73 km v PLUMSTEAD 5.73
  nearPlace("Lodge Lane Collier Row RM5 - which police station desk is closest", ROMFORD), // RM5: ROMFORD 2.6 km v DAGENHAM 6.25
  nearPlace("i live off Nelson Road Whitton (TW2), where can i report something in person", HOUNSLOW), // TW2: HOUNSLOW 2.62 km v KINGSTON 5.37
  nearPlace("closest open police desk for someone on New Road Rainham RM13?", DAGENHAM), // RM13: DAGENHAM 2.88 km v ROMFORD 6.34
  nearPlace("which front counter would I go to from North Street Romford, RM1", ROMFORD), // RM1: ROMFORD 0.21 km v DAGENHAM 4.39
  nearPlace("police station near Northwold Road N16 pls", STOKE_NEWINGTON), // N16: STOKE_NEWINGTON 0.54 km v TOTTENHAM 3.19
  nearPlace("im near Old Road Crayford in DA1, nearest cop shop with a desk?", BEXLEYHEATH), // DA1: BEXLEYHEATH 2.35 km v PLUMSTEAD 7.05
  nearPlace("what's the nearest counter to Oxford Street Marble Arch (W1C)", CHARING_CROSS), // W1C: CHARING_CROSS 1.77 km v ISLINGTON 3.41
  nearPlace("from Oxlow Lane Dagenham RM10 where's the nearest police station I can walk into", DAGENHAM), // RM10: DAGENHAM 0.53 km v ROMFORD 4.57
  nearPlace("nearest place to report a crime face to face near Perth Road, IG2", ILFORD), // IG2: ILFORD 1.77 km v DAGENHAM 6.76
  nearPlace("nearest police front counter to Pickhurst Lane, BR2", BROMLEY), // BR2: BROMLEY 1.38 km v CROYDON 8.41
  teamsPlace(AT + "Plaistow Park E13 - which police station desk is closest", STRATFORD), // E13: STRATFORD 2.01 km v ILFORD 5.18
  nearPlace("i live off Queens Road Hendon (NW4), where can i report something in person", COLINDALE), // NW4: COLINDALE 1.59 km v WEMBLEY 6.9
  nearPlace("closest open police desk for someone on Ravensbourne Park SE6?", LEWISHAM), // SE6: LEWISHAM 2.79 km v BROMLEY 4.96
  nearPlace("which front counter would I go to from Red House Bexleyheath, DA6", BEXLEYHEATH), // DA6: BEXLEYHEATH 0.72 km v PLUMSTEAD 4.61
  nearPlace("police station near Roding Lane North IG5 pls", ILFORD), // IG5: ILFORD 3.64 km v STRATFORD 7.11
  nearPlace("im near Roxeth Green Avenue in HA2, nearest cop shop with a desk?", WEMBLEY), // HA2: WEMBLEY 4.57 km v HAYES 7.42
  nearPlace("what's the nearest counter to Ruislip Road Greenford (UB6)", WEMBLEY), // UB6: WEMBLEY 2.75 km v ACTON 5.62
  nearPlace("from Sandy Hill Road SE18 where's the nearest police station I can walk into", PLUMSTEAD), // SE18: PLUMSTEAD 1.64 km v BEXLEYHEATH 6.13
  nearPlace("nearest place to report a crime face to face near Sipson Road, UB7", HAYES), // UB7: HAYES 3.3 km v HOUNSLOW 8.25
  nearPlace("nearest police front counter to Southborough Road, BR1", BROMLEY), // BR1: BROMLEY 1.42 km v LEWISHAM 6.08
  nearPlace("Streatham Hill Station SW2 - which police station desk is closest", BRIXTON), // SW2: BRIXTON 1.8 km v LAVENDER_HILL 3.4
  nearPlace("i live off Tamesis Point (SE28), where can i report something in person", PLUMSTEAD), // SE28: PLUMSTEAD 1.84 km v BEXLEYHEATH 5.92
  nearPlace("closest open police desk for someone on Tanner Street Barking IG11?", ILFORD), // IG11: ILFORD 3.01 km v DAGENHAM 5.11
  nearPlace("which front counter would I go to from Tubbenden Lane, BR6", BROMLEY), // BR6: BROMLEY 6.28 km v BEXLEYHEATH 10.99
  nearPlace("police station near Wandsworth Town Station SW18 pls", LAVENDER_HILL), // SW18: LAVENDER_HILL 2.5 km v HAMMERSMITH 5.31
  nearPlace("im near Watergate Street in SE8, nearest cop shop with a desk?", LEWISHAM), // SE8: LEWISHAM 2.5 km v WALWORTH 4.77
  nearPlace("what's the nearest counter to Winchmore Hill Road (N21)", EDMONTON), // N21: EDMONTON 3.11 km v TOTTENHAM 5.5
  nearPlace("from Wood Street Barnet EN5 where's the nearest police station I can walk into", COLINDALE), // EN5: COLINDALE 6.57 km v EDMONTON 9.89
  nearPlace("nearest place to report a crime face to face near Woodford Avenue, IG4", ILFORD), // IG4: ILFORD 2.99 km v STRATFORD 5.6
  nearPlace("nearest police front counter to Bonner Road, E2", BETHNAL_GREEN), // E2: BETHNAL_GREEN 0.64 km v STOKE_NEWINGTON 3.25
  nearPlace("Canterbury Road CR0 - which police station desk is closest", CROYDON), // CR0: CROYDON 1.27 km v BROMLEY 7.26
  nearPlace("i live off Cheering Lane (E20), where can i report something in person", STRATFORD), // E20: STRATFORD 1.29 km v BETHNAL_GREEN 3.6
  nearPlace("closest open police desk for someone on Clarendon Road Harrow HA1?", WEMBLEY), // HA1: WEMBLEY 3.93 km v COLINDALE 6.97
  nearPlace("which front counter would I go to from Clarendon Road Notting Hill, W11", HAMMERSMITH), // W11: HAMMERSMITH 2.06 km v ACTON 4.21
  nearPlace("police station near Cleveland Road Ilford IG1 pls", ILFORD), // IG1: ILFORD 0.49 km v STRATFORD 5.3
  nearPlace("im near Connaught Bridge in E16, nearest cop shop with a desk?", STRATFORD), // E16: STRATFORD 3.66 km v PLUMSTEAD 5.29
  nearPlace("what's the nearest counter to Coombe Road (KT3)", KINGSTON), // KT3: KINGSTON 3.55 km v SUTTON 6.29
  nearPlace("from Cross Street N1 where's the nearest police station I can walk into", ISLINGTON), // N1: ISLINGTON 1.05 km v STOKE_NEWINGTON 2.71
  nearPlace("nearest place to report a crime face to face near Durnsford Road, SW19", LAVENDER_HILL), // SW19: LAVENDER_HILL 5.31 km v SUTTON 7.05
  nearPlace("nearest police front counter to England's Lane, NW3", KENTISH_TOWN), // NW3: KENTISH_TOWN 2.13 km v ISLINGTON 4.74
  nearPlace("Eynsham Drive SE2 - which police station desk is closest", PLUMSTEAD), // SE2: PLUMSTEAD 1.46 km v BEXLEYHEATH 4.31
  nearPlace("i live off Fairfield Road Edmonton (N18), where can i report something in person", EDMONTON), // N18: EDMONTON 1.02 km v TOTTENHAM 2.56
  nearPlace("closest open police desk for someone on Fairfield Road Kingston KT1?", KINGSTON), // KT1: KINGSTON 0.6 km v HOUNSLOW 8.23
  nearPlace("which front counter would I go to from Fairmead Road, N19", KENTISH_TOWN), // N19: KENTISH_TOWN 1.92 km v ISLINGTON 3.74
  nearPlace("police station near Forest Gate Market E7 pls", STRATFORD), // E7: STRATFORD 1.85 km v ILFORD 3.94
  nearPlace("im near Galliard Road in N9, nearest cop shop with a desk?", EDMONTON), // N9: EDMONTON 0.72 km v TOTTENHAM 4.26
  nearPlace("what's the nearest counter to Glenthorne Road (W6)", HAMMERSMITH), // W6: HAMMERSMITH 0.37 km v ACTON 3.72
  nearPlace("from Godwin Road E7 where's the nearest police station I can walk into", STRATFORD), // E7: STRATFORD 1.85 km v ILFORD 3.94
  nearPlace("nearest place to report a crime face to face near Goresbrook Road, RM9", DAGENHAM), // RM9: DAGENHAM 2.22 km v ILFORD 4.34
];

// City of London streets and landmarks: the City of London Police, any Met desk within 0.8 km of the nearest on the district centroid, or a request for a postcode.
const CITY: HeldoutCase[] = [
  cityPlace("nearest police counter to St Paul's Churchyard EC4M", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.81, ISLINGTON 2.31, WALWORTH 2.79
  cityPlace("where do i report a theft near Monument Station, EC3R", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), // WALWORTH 2.56, BETHNAL_GREEN 2.84, CHARING_CROSS 2.85
  cityPlace("police front desk close to Lloyd's Avenue (EC3N)?", BETHNAL_GREEN, WALWORTH), // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  cityPlace("i work on Coopers Row EC3N, which police station can i go to", BETHNAL_GREEN, WALWORTH), // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  { ...cityPlace(AT + "Vine Street City, EC3N: closest place to speak to police in person", BETHNAL_GREEN, WALWORTH), channel: 'msteams' }, // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  cityPlace("nearest police counter to Budge Row EC4N", CHARING_CROSS, WALWORTH, ISLINGTON, BETHNAL_GREEN), // CHARING_CROSS 2.33, WALWORTH 2.65, ISLINGTON 2.70
  cityPlace("where do i report a theft near Old Change Court, EC4M", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.81, ISLINGTON 2.31, WALWORTH 2.79
  cityPlace("police front desk close to Stationers' Hall Court (EC4M)?", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.81, ISLINGTON 2.31, WALWORTH 2.79
  cityPlace("i work on Bream's Buildings EC4A, which police station can i go to", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.32, ISLINGTON 2.02, WALWORTH 3.04
  cityPlace("Took's Court, EC4A: closest place to speak to police in person", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.32, ISLINGTON 2.02, WALWORTH 3.04
  cityPlace("nearest police counter to Pemberton Row EC4A", CHARING_CROSS, ISLINGTON), // CHARING_CROSS 1.32, ISLINGTON 2.02, WALWORTH 3.04
  cityPlace("where do i report a theft near Long Lane City, EC1A", ISLINGTON, CHARING_CROSS), // ISLINGTON 1.55, CHARING_CROSS 1.85, WALWORTH 3.51
  cityPlace("police front desk close to Angel Street (EC1A)?", ISLINGTON, CHARING_CROSS), // ISLINGTON 1.55, CHARING_CROSS 1.85, WALWORTH 3.51
  cityPlace("i work on St Martin's le Grand EC1A, which police station can i go to", ISLINGTON, CHARING_CROSS), // ISLINGTON 1.55, CHARING_CROSS 1.85, WALWORTH 3.51
  cityPlace("Lad Lane, EC2V: closest place to speak to police in person", CHARING_CROSS, ISLINGTON, WALWORTH), // CHARING_CROSS 2.24, ISLINGTON 2.36, WALWORTH 2.93
  cityPlace("nearest police counter to Cripplegate Street EC2Y", ISLINGTON, CHARING_CROSS), // ISLINGTON 2.00, CHARING_CROSS 2.40, BETHNAL_GREEN 2.92
  cityPlace("where do i report a theft near Catherine Wheel Alley, EC2M", ISLINGTON, BETHNAL_GREEN, CHARING_CROSS), // ISLINGTON 2.41, BETHNAL_GREEN 2.49, CHARING_CROSS 2.83
  { ...cityPlace(AT + "police front desk close to Steelyard Passage (EC4R)?", CHARING_CROSS, WALWORTH, ISLINGTON), channel: 'msteams' }, // CHARING_CROSS 2.37, WALWORTH 2.46, ISLINGTON 2.92
  cityPlace("i work on Scots Yard EC4R, which police station can i go to", CHARING_CROSS, WALWORTH, ISLINGTON), // CHARING_CROSS 2.37, WALWORTH 2.46, ISLINGTON 2.92
  cityPlace("Water Lane City, EC3R: closest place to speak to police in person", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), // WALWORTH 2.56, BETHNAL_GREEN 2.84, CHARING_CROSS 2.85
  cityPlace("nearest police counter to French Ordinary Court EC3N", BETHNAL_GREEN, WALWORTH), // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  cityPlace("where do i report a theft near India Street, EC3N", BETHNAL_GREEN, WALWORTH), // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  cityPlace("police front desk close to Star Alley (EC3M)?", BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // BETHNAL_GREEN 2.67, WALWORTH 2.73, CHARING_CROSS 2.95
  cityPlace("i work on Northumberland Alley EC3N, which police station can i go to", BETHNAL_GREEN, WALWORTH), // BETHNAL_GREEN 2.41, WALWORTH 2.89, CHARING_CROSS 3.33
  cityPlace("Bulls Head Passage, EC3V: closest place to speak to police in person", CHARING_CROSS, WALWORTH, BETHNAL_GREEN, ISLINGTON), // CHARING_CROSS 2.71, WALWORTH 2.76, BETHNAL_GREEN 2.78
];

// Nearest desk to a postcode: the least-used sectors first; a full postcode has an invented unit checked with grep against the earlier batches.
const POSTCODES: HeldoutCase[] = [
  nearCode("nearest front counter to cr90 9xn", CROYDON), // CR90 9: CROYDON 1.45 km v SUTTON 5.72 (0 earlier hits of the sector)
  nearCode("SE1P 4ZA nearest police station open to the public", WALWORTH), // SE1P 4: WALWORTH 1.27 km v CHARING_CROSS 3.61 (0 earlier hits of the sector)
  nearCode("closest police desk to W1K 1 please", CHARING_CROSS), // W1K 1: CHARING_CROSS 1.86 km v ISLINGTON 4.08 (1 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode BR4 9ZH", BROMLEY), // BR4 9: BROMLEY 3.66 km v CROYDON 6.22 (2 earlier hits of the sector)
  nearCode("im in cr2 9lb where do i go to report something in person", CROYDON), // CR2 9: CROYDON 4.83 km v SUTTON 8.76 (2 earlier hits of the sector)
  nearCode("EN2 0 - nearest station with a front desk?", EDMONTON), // EN2 0: EDMONTON 4.92 km v TOTTENHAM 8.19 (2 earlier hits of the sector)
  nearCode("nearest cop shop to HA5 5RR", WEMBLEY), // HA5 5: WEMBLEY 6.15 km v HAYES 8.00 (2 earlier hits of the sector)
  { ...nearCode(AT + "nearest front counter to HA7 1FD", COLINDALE), channel: 'msteams' }, // HA7 1: COLINDALE 3.88 km v WEMBLEY 5.47 (2 earlier hits of the sector)
  nearCode("ha8 6 nearest police station open to the public", COLINDALE), // HA8 6: COLINDALE 3.35 km v WEMBLEY 6.22 (2 earlier hits of the sector)
  nearCode("closest police desk to HA9 7TA please", WEMBLEY), // HA9 7: WEMBLEY 0.93 km v ACTON 5.70 (2 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode N1P 1WJ", ISLINGTON), // N1P 1: ISLINGTON 0.77 km v STOKE_NEWINGTON 2.88 (2 earlier hits of the sector)
  nearCode("im in NW3 6 where do i go to report something in person", KENTISH_TOWN), // NW3 6: KENTISH_TOWN 2.71 km v ISLINGTON 5.30 (2 earlier hits of the sector)
  nearCode("nw6 4ad - nearest station with a front desk?", KENTISH_TOWN), // NW6 4: KENTISH_TOWN 3.32 km v ISLINGTON 5.40 (2 earlier hits of the sector)
  nearCode("nearest cop shop to NW9 0GZ", COLINDALE), // NW9 0: COLINDALE 1.65 km v WEMBLEY 5.15 (2 earlier hits of the sector)
  nearCode("nearest front counter to SE12 0", LEWISHAM), // SE12 0: LEWISHAM 3.03 km v BROMLEY 4.67 (2 earlier hits of the sector)
  nearCode("SE25 5WR nearest police station open to the public", CROYDON), // SE25 5: CROYDON 2.76 km v BROMLEY 6.51 (2 earlier hits of the sector)
  nearCode("closest police desk to sw19 8qx please", LAVENDER_HILL), // SW19 8: LAVENDER_HILL 4.72 km v BRIXTON 7.05 (2 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode SW1A 1", CHARING_CROSS), // SW1A 1: CHARING_CROSS 1.15 km v WALWORTH 3.38 (2 earlier hits of the sector)
  nearCode("im in SW1X 7DR where do i go to report something in person", CHARING_CROSS), // SW1X 7: CHARING_CROSS 2.29 km v LAVENDER_HILL 4.02 (2 earlier hits of the sector)
  nearCode("TW13 5AJ - nearest station with a front desk?", HOUNSLOW), // TW13 5: HOUNSLOW 3.35 km v KINGSTON 6.95 (2 earlier hits of the sector)
  nearCode("nearest cop shop to tw3 4", HOUNSLOW), // TW3 4: HOUNSLOW 0.71 km v ACTON 7.27 (2 earlier hits of the sector)
  nearCode("nearest front counter to UB5 6YL", HAYES), // UB5 6: HAYES 3.55 km v WEMBLEY 5.85 (2 earlier hits of the sector)
  nearCode("W1B 2SY nearest police station open to the public", CHARING_CROSS), // W1B 2: CHARING_CROSS 1.37 km v ISLINGTON 3.02 (2 earlier hits of the sector)
  { ...nearCode(AT + "closest police desk to W1D 1 please", CHARING_CROSS), channel: 'msteams' }, // W1D 1: CHARING_CROSS 1.03 km v ISLINGTON 2.60 (2 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode w1j 5el", CHARING_CROSS), // W1J 5: CHARING_CROSS 1.58 km v ISLINGTON 3.80 (2 earlier hits of the sector)
  nearCode("im in W1S 2XE where do i go to report something in person", CHARING_CROSS), // W1S 2: CHARING_CROSS 1.27 km v ISLINGTON 3.28 (2 earlier hits of the sector)
  nearCode("W1U 1 - nearest station with a front desk?", CHARING_CROSS), // W1U 1: CHARING_CROSS 1.88 km v ISLINGTON 3.41 (2 earlier hits of the sector)
  nearCode("nearest cop shop to WC2B 4ZU", CHARING_CROSS), // WC2B 4: CHARING_CROSS 0.58 km v ISLINGTON 2.32 (2 earlier hits of the sector)
  nearCode("nearest front counter to wc2e 9nf", CHARING_CROSS), // WC2E 9: CHARING_CROSS 0.27 km v ISLINGTON 2.58 (2 earlier hits of the sector)
  nearCode("WC2H 0 nearest police station open to the public", CHARING_CROSS), // WC2H 0: CHARING_CROSS 0.38 km v ISLINGTON 2.72 (2 earlier hits of the sector)
  nearCode("closest police desk to BR1 9NN please", BROMLEY), // BR1 9: BROMLEY 0.88 km v LEWISHAM 6.52 (3 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode BR6 0LW", BROMLEY), // BR6 0: BROMLEY 6.04 km v BEXLEYHEATH 9.47 (3 earlier hits of the sector)
  nearCode("im in cr0 5 where do i go to report something in person", CROYDON), // CR0 5: CROYDON 1.63 km v BROMLEY 7.12 (3 earlier hits of the sector)
  nearCode("CR7 6DF - nearest station with a front desk?", CROYDON), // CR7 6: CROYDON 3.09 km v SUTTON 6.26 (3 earlier hits of the sector)
  nearCode("nearest cop shop to DA7 6JP", BEXLEYHEATH), // DA7 6: BEXLEYHEATH 1.17 km v PLUMSTEAD 5.42 (3 earlier hits of the sector)
  nearCode("nearest front counter to E13 8", STRATFORD), // E13 8: STRATFORD 2.33 km v BETHNAL_GREEN 5.43 (3 earlier hits of the sector)
  nearCode("e14 7ea nearest police station open to the public", BETHNAL_GREEN), // E14 7: BETHNAL_GREEN 2.13 km v STRATFORD 3.72 (3 earlier hits of the sector)
  nearCode("closest police desk to E7 0SW please", STRATFORD), // E7 0: STRATFORD 2.14 km v ILFORD 3.79 (3 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode EN3 6", EDMONTON), // EN3 6: EDMONTON 5.98 km v TOTTENHAM 9.47 (3 earlier hits of the sector)
  nearCode("im in EN5 1NG where do i go to report something in person", COLINDALE), // EN5 1: COLINDALE 6.91 km v EDMONTON 8.49 (3 earlier hits of the sector)
  nearCode("ha1 2wg - nearest station with a front desk?", WEMBLEY), // HA1 2: WEMBLEY 3.89 km v COLINDALE 6.30 (3 earlier hits of the sector)
  { ...nearCode(AT + "nearest cop shop to HA4 7", HAYES), channel: 'msteams' }, // HA4 7: HAYES 5.98 km v WEMBLEY 9.26 (3 earlier hits of the sector)
  nearCode("nearest front counter to IG1 2UP", ILFORD), // IG1 2: ILFORD 1.09 km v STRATFORD 5.16 (3 earlier hits of the sector)
  nearCode("IG3 9WT nearest police station open to the public", ILFORD), // IG3 9: ILFORD 1.66 km v DAGENHAM 4.49 (3 earlier hits of the sector)
  nearCode("closest police desk to n12 0 please", COLINDALE), // N12 0: COLINDALE 5.00 km v KENTISH_TOWN 6.93 (3 earlier hits of the sector)
  nearCode("what's my nearest police counter, postcode N14 4PW", EDMONTON), // N14 4: EDMONTON 5.45 km v TOTTENHAM 7.20 (3 earlier hits of the sector)
  nearCode("im in N3 3PD where do i go to report something in person", COLINDALE), // N3 3: COLINDALE 2.91 km v KENTISH_TOWN 6.35 (3 earlier hits of the sector)
  nearCode("NW11 9 - nearest station with a front desk?", COLINDALE), // NW11 9: COLINDALE 3.10 km v KENTISH_TOWN 5.57 (3 earlier hits of the sector)
  nearCode("nearest cop shop to nw4 2ae", COLINDALE), // NW4 2: COLINDALE 2.05 km v KENTISH_TOWN 6.59 (3 earlier hits of the sector)
  nearCode("nearest front counter to NW5 9UU", KENTISH_TOWN), // NW5 9: KENTISH_TOWN 0.35 km v ISLINGTON 3.12 (3 earlier hits of the sector)
  near24("nearest 24 hour police station to W1W 6EA", CHARING_CROSS), // W1W 6: CHARING_CROSS 1.63 km v LEWISHAM 11.09
  near24("which desk near W1H 7HZ is open all night", CHARING_CROSS), // W1H 7: CHARING_CROSS 2.48 km v LEWISHAM 11.87
  near24("KT3 3LA: closest front counter that never shuts", CHARING_CROSS), // KT3 3: CHARING_CROSS 15.25 km v LEWISHAM 18.94
  { ...near24(AT + "open round the clock police counter nearest NW10 9ZJ?", CHARING_CROSS), channel: 'msteams' }, // NW10 9: CHARING_CROSS 9.53 km v LEWISHAM 18.96
  near24("24/7 police desk closest to TW9 4DD", CHARING_CROSS), // TW9 4: CHARING_CROSS 11.60 km v LEWISHAM 18.87
  near24("nearest 24 hour police station to DA14 6JN", LEWISHAM), // DA14 6: LEWISHAM 8.76 km v CHARING_CROSS 18.24
  near24("which desk near BR7 5BR is open all night", LEWISHAM), // BR7 5: LEWISHAM 7.37 km v CHARING_CROSS 16.68
  near24("SM6 8TW: closest front counter that never shuts", LEWISHAM), // SM6 8: LEWISHAM 14.33 km v CHARING_CROSS 16.31
  near24("open round the clock police counter nearest SE10 8UQ?", LEWISHAM), // SE10 8: LEWISHAM 1.30 km v CHARING_CROSS 8.72
  near24("24/7 police desk closest to IG2 6TW", LEWISHAM), // IG2 6: LEWISHAM 13.79 km v CHARING_CROSS 15.47
];

export const HELDOUT_CASES_30: HeldoutCase[] = [
  ...DANGER,
  ...DANGER_ABROAD,
  ...SAFE,
  ...TALKS,
  ...PAST,
  ...SERVICE,
  ...CANNOT,
  ...OFF,
  ...COMPARE,
  ...LISTS,
  ...TWO_IN_ONE,
  ...AMBIGUOUS,
  ...SMALL,
  ...ODD,
  ...BOROUGHS,
  ...STILL,
  ...ROUND_THE_CLOCK,
  ...HOURS,
  ...PLACES,
  ...CITY,
  ...POSTCODES,
];
