/**
 * THE HELD-OUT SET, TWENTY-THIRD BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (twentieth session), after batches 1 to 22, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation tests,
 * the golden recordings or the README's lists of questions that work) and
 * never ran the bot. Read: heldoutSet.ts; heldoutSet.test.ts (lines 1-95 read,
 * lines 95-167 only searched for words such as play or adapter; it plays
 * nothing through the bot, its tests judge fixed texts, so it was run);
 * heldoutPatterns.ts; lines 1-273 of batch 22 (its header and helpers; its
 * questions begin at line 274, so the lines read hold no question); lines
 * 90-135 of heldoutQuestions.ts (the HeldoutTopic union and the HeldoutCase
 * interface). playHeldout.ts and replyText.ts were allowed but not opened.
 * Earlier batches and /work/shared/examples/resident-questions.tsv were only
 * searched with grep -o / grep -c for full postcodes, road, landmark and
 * language names (matched strings or counts only, never whole lines). All
 * facts come from /work/shared/data.
 *
 * Slips, told honestly: (1) heldoutSet.test.ts's uniqueness tests failed on 28
 * first messages of this batch that an earlier batch already opened with
 * (among them 'is mitcham police station still open', 'r u a real person or a
 * bot', 'oi', 'barking police station', 'how r u today', 'write me a poem
 * about pigeons'), on one rewording ('how r u today bot'), and on 'hi', a
 * message of the development set; the test printed only this batch's own
 * colliding strings, and each was reworded until unique. So it is known that
 * those strings were asked before; no expectation changed. (2) The danger
 * messages in other languages were written by the helper from its own
 * knowledge, without a native speaker; some will be clumsy or mixed with a
 * neighbouring language, though each says a man is in the home, threatens to
 * kill, and asks the police to come quickly. (3) The brief's line for
 * heldoutSet.ts gave cases: TWENTY_SECOND_BATCH for label 23; that is taken as
 * a slip of the brief, and the batch is registered as TWENTY_THIRD_BATCH.
 * Every expectation was written before the bot was run on any of these
 * questions; none was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if it contradicts
 * the FACTS in /work/shared/data (and then the commit names the row), or if a
 * pattern was wrongly strict about wording from the start (and then the commit
 * says so).
 *
 * Same clock as batches 1 to 22 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Facts only from /work/shared/data: stations.csv (addresses,
 * coordinates and notes: closures by date, Hammersmith at Shepherd's Bush
 * 2016-2020, Ilford at Barkingside from 2 Nov 2020, Islington shut Sep-30 Nov
 * 2020, Bethnal Green's refurbishment 2020-Sep 2021, Stoke Newington reopened
 * 3 Sep 2022, Dagenham's counter shut until 3 Jul 2023, Forest Gate's fire of
 * 6 Mar 2024 and Newham's counter at Stratford, Twickenham's 2020 closure,
 * Wood Green opened 7 Jun 2010, Marlowe House from 2012, Woodford, Wanstead,
 * Leyton, Leytonstone and Walthamstow's early closures, Holborn's in Jan 2018,
 * Church Street relocated from Paddington Green, the reprieves of Oct 2025),
 * resident-facts.md (§1 contact routes, Crimestoppers, press 55; §3 the 27
 * counters, Charing Cross and Lewisham 24 hours, the other 25 Mon-Fri
 * 10:00-22:00 and Sat-Sun 09:00-19:00 from 3 Mar 2026, the ten closed on 28
 * Feb 2026, the five boroughs without one; §4 hubs and vans are not counters;
 * §5 money and usage: 8% in 2016, Brixton's 7 a day, £8m and £60m savings, £7m
 * now, 5%; §6 counts: 136 before 2013, 63 closed and 73 after, Gipsy Hill and
 * Dagenham saved, 33 at 24/7 in 2015, 37 or 38 closed in 2017, about 35 or 38
 * at its end, 37 in 2025, the August 2025 proposal of 20 with 8 at 24/7,
 * revised 15 Oct 2025, 27 now; the 2024 pledge of a 24-hour counter in every
 * borough), london-sectors.csv and london-outcodes.csv. Bank holidays are not
 * in the data: a fair answer says it does not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters' coordinates
 * (stations.csv) to each sector's London-only centroid (london-sectors.csv),
 * to each district's London-only centroid (london-outcodes.csv) for a road or
 * landmark, or to a closed counter's own coordinates. A postcode names one
 * desk where it wins by at least 1.2 km (sectors of fewer than 30 postcodes,
 * or whose centroid lies over 3 km from their district's, were left out of the
 * plain postcode cases); a road or landmark (the data holds no coordinates for
 * one) accepts every desk within 0.8 km of the nearest on its district's
 * centroid, or a request for a postcode, and in the City also the City of
 * London Police. A nearest 24-hour desk is named only where Charing Cross or
 * Lewisham wins by at least 1.5 km. Distances are noted beside cases.
 *
 * 696 cases: 66 about danger (63 alone: 32 in English - slang, typos,
 * indirect, about to happen, to other people, buried in a long message -, 5
 * where the resident cannot speak, 9 on Teams, 17 in other languages; 3
 * arising mid-way through a conversation, one of them on Teams), 26 safe look-
 * alikes (figurative violence, games, films, sports, cooking, crimes already
 * reported), 56 conversations (12 on Teams: another day, time or desk; the
 * 24-hour desk after the nearest; a postcode given after being asked;
 * corrections; 'the other one', 'the first one', 'that one', 'there';
 * closures, moves and the past; danger arising mid-way), 67 played on Teams
 * (most with the '<at>StationDesk</at>' text Teams puts in a message that
 * mentions the bot, one '@StationDesk', a few with nothing), 199 roads,
 * landmarks and neighbourhoods (165 outside the City as 'neighbourhood or
 * town', 34 about the City of London), 94 about the nearest desk to a postcode
 * (13 nearest 24-hour desks), 50 about the past, 24 about the service, 21
 * requests it cannot carry out, 14 off topic, 13 comparisons, 11 lists, 13 two
 * questions in one (three mixing a crime already reported with a present
 * question), 14 ambiguous names, 13 small talk, 4 nonsense, 4 non-danger
 * questions in other languages, 5 outside London, and hours, times and
 * addresses for each of the 25 reduced-hours desks. No danger message uses the
 * words help, knife, 999 or emergency.
 *
 * Danger in 17 other languages none of which batches 1 to 22 name (grep -o -i
 * -w over heldoutQuestions*.ts, zero hits each): Plautdietsch, Ulster Scots,
 * Jèrriais, Guernésiais, Kituba (Kikongo), Sango, Fon, Mizo, Dogri, Hazaragi,
 * Gilaki, Luri, Zaza, Crimean Tatar, Kumyk, Karakalpak and Karelian. The
 * brief's examples (Chichewa, Kinyarwanda, Luganda, Malagasy, Khmer, Burmese,
 * Basque, Maltese, Cebuano...) were all named before, so none is used.
 *
 * Postcodes: as batches 21 and 22 found, no geographic London sector is left
 * that an earlier batch or the examples do not name, so the full postcodes
 * here reuse earlier sectors with units invented and checked (grep -o) against
 * every full postcode in the earlier batches and the examples. Outside London:
 * LU2 7, BN1 1, RH10 1, TN1 1 and EN11 8 (districts LU2, BN1, RH10, TN1 and
 * EN11 not named before). New roads and landmarks (grep -o -i -F, zero hits in
 * the earlier batches and the examples): Priory Park, Parkland Walk, Roman
 * Road market, Beckton Park, Ilford Lane, Hither Green Lane, Kennington Lane,
 * Westfield White City, Alexandra Park Road, East Finchley High Road,
 * Lyttelton Road, Regents Park Road Finchley, Hendon Lane, Woodhouse Road,
 * Oakleigh Road North, Russell Lane, Cat Hill, Slades Hill, Baker Street
 * Enfield, Carterhatch Lane, Ordnance Road, Bury Street West, Montagu Road,
 * Waltheof Gardens, Lansdowne Road Tottenham, Park Lane Tottenham, St Anns
 * Road, Tollington Park, Crouch Hill, Mountview Road, Stapleton Hall Road,
 * Shepherds Hill, Swains Lane, Dartmouth Park Hill, Leighton Road, Agar Grove,
 * Royal College Street, Fleet Road, South End Green, Finchley Road O2, Mill
 * Lane West Hampstead, Shoot Up Hill, Dollis Hill Lane, Chichele Road, Church
 * Lane Kingsbury, Deansbrook Road, Forty Lane, Bridge Road Wembley, Watford
 * Road Sudbury, Bridgewater Road, Greenford Road, Ruislip Road, Mandeville
 * Road, Church Road Northolt, Yeading Lane, Uxbridge Road Hillingdon, Long
 * Lane Hillingdon, Swakeleys Road, Green Lane Northwood, Roxeth Hill, Station
 * Road Harrow, Kenton Lane, Whitchurch Lane, Bath Road Cranford, Lampton Road,
 * Bell Road Hounslow, Staines Road Feltham, Twickenham Road Isleworth, Church
 * Street Isleworth, Ealing Road Brentford, Turnham Green Terrace, Acton High
 * Street, Churchfield Road, Bollo Lane, Gunnersbury Lane, Boston Road,
 * Uxbridge Road Hanwell, Castlebar Road, Argyle Road, Dudden Hill Lane,
 * Chamberlayne Road, Harrow Road Kensal Green, Scrubs Lane, Du Cane Road,
 * Dawes Road, Blythe Road, Warwick Road, Holland Road, Praed Street, Harrow
 * Road Maida Hill, Walterton Road, Kilburn Lane, Latimer Road, Bramley Road,
 * Kensington Church Street, Fulham Road, Lots Road, Old Brompton Road,
 * Gloucester Road, Exhibition Road, Pimlico Road, Lupus Street, Warwick Way,
 * Horseferry Road, Marsham Street, Great Peter Street, Wilton Road, Vauxhall
 * Bridge Road, Black Prince Road, Harleyford Road, Larkhall Lane, Stockwell
 * Road, Loughborough Road, Atlantic Road, Effra Road, Tulse Hill estate,
 * Norwood Road, Knights Hill, Beulah Hill, Church Road Upper Norwood, Westow
 * Hill, Anerley Road, Maple Road Penge, Croydon Road Elmers End, Bickley Road,
 * Plaistow Lane, Southborough Lane, Crofton Road, Court Road Orpington, High
 * Street Orpington, Sevenoaks Road, Main Road Biggin Hill, Cray Avenue,
 * Station Road Sidcup, Welling High Street, Pickford Lane, Erith Road,
 * Mayplace Road, Crayford Way, Burrage Road, Herbert Road, Eltham Hill, Court
 * Yard Eltham, Westhorne Avenue, Verdant Lane, Bromley Road Catford, Stondon
 * Park, Ewart Road, Coulgate Street, Mantle Road, Tanners Hill, Besson Street,
 * East Dulwich Road, Grove Vale, Dog Kennel Hill, Coldharbour Lane Camberwell,
 * Peckham Road, Albany Road, Trafalgar Avenue, Long Lane Bermondsey, Great
 * Dover Street, Harper Road, Falmouth Road, Newington Causeway, Borough Road,
 * Union Street, Southwark Street, Lower Marsh; in the City Birchin Lane,
 * Change Alley, Whittington Avenue, Botolph Lane, Idol Lane, Lloyds Avenue,
 * Tokenhouse Yard, Blomfield Street, Cutler Street, Mitre Street, Pepys
 * Street, Hart Street, Bartholomew Lane, Nicholas Lane, St Swithins Lane,
 * Laurence Pountney Hill, Suffolk Lane, Pancras Lane, Queen Street Place,
 * Huggin Hill, St Martins le Grand, King Edward Street, Gough Square, John
 * Carpenter Street, Blackfriars Lane, Creed Lane, Addle Hill, Playhouse Yard,
 * Middle Temple Lane, Crane Court, Serjeants Inn, Fore Street Avenue.
 */
import type { HeldoutCase, HeldoutTopic } from './heldoutQuestions';
import {
  ACTON, TWO, ASKS_WHERE, ASKS_WHICH_PLACE, BETHNAL_GREEN, BEXLEYHEATH, BRIXTON, BROMLEY, CHARING_CROSS, CITY_POLICE, CLOSED, CLOSED_DEC_2017, CLOSED_FEB_2026, COLINDALE, COUNTERS_NOW, CROYDON, DAGENHAM, DECLINE, EDMONTON, HAMMERSMITH, HAYES, HOUNSLOW, ILFORD, ISLINGTON, KENTISH_TOWN, KINGSTON, LANGUAGE_LINE, LANGUAGE_REPLY, LAVENDER_HILL, LEWISHAM, MARCH_2026, NON_URGENT, NOT_LONDON, NO_COUNTER, OFF_TOPIC_REPLY, ONLINE, OPEN_24, OUT_OF_SCOPE, PLACE_NOT_FOUND, PLUMSTEAD, ROMFORD, SAYS_SHUT, SAYS_WHAT_IT_DOES, SAYS_YES, SILENT_55, STAYS_OPEN, STOKE_NEWINGTON, STRATFORD, SUTTON, THANKS_REPLY, TODAY_FIRST, TOTTENHAM, TEN, WALWORTH, WEEKDAYS, WEEKENDS, WEMBLEY, anyOf, at, firstLine, CRIMESTOPPERS, SHEPHERDS_BUSH,
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

export const HELDOUT_CASES_23: HeldoutCase[] = [
  // ---- The nearest desk to a postcode (77 plus 13 nearest 24-hour desks): units invented in earlier sectors, checked against every earlier full postcode.
  nearCode("nearest police station to CR0 6JZ", CROYDON), // CR0 6: croydon 1.60 km, bromley 7.11 km
  nearCode("TW8 9ZT where do i go to report something in person", ACTON), // TW8 9: acton 3.08 km, hounslow 4.46 km
  nearCode("closest front counter to EN1 9ST pls", EDMONTON), // EN1 9: edmonton 3.49 km, tottenham 6.82 km
  nearCode("im at DA8 3GG, which desk is nearest", BEXLEYHEATH), // DA8 3: bexleyheath 2.41 km, plumstead 5.45 km
  nearCode("whats the nearest nick to HA0 4SQ", WEMBLEY), // HA0 4: wembley 0.81 km, acton 4.48 km
  nearCode("CR0 1ZJ nearest station?", CROYDON), // CR0 1: croydon 0.27 km, sutton 6.43 km
  nearCode("near RM3 9YE - where can i walk in to report a theft", ROMFORD), // RM3 9: romford 4.25 km, dagenham 8.32 km
  nearCode("moved to UB3 4NG last month, nearest police front desk?", HAYES), // UB3 4: hayes 3.08 km, hounslow 5.13 km
  nearCode("which police station is closest to me CR8 2ZT", CROYDON), // CR8 2: croydon 3.83 km, sutton 5.89 km
  nearCode("any front counter near w5 9xd", ACTON), // W5 9: acton 2.22 km, wembley 4.43 km
  nearCode("postcode SE16 3RR nearest desk open today", WALWORTH), // SE16 3: walworth 2.33 km, bethnal-green 4.21 km
  nearCode("NEAREST POLICE COUNTER E12 5HY", ILFORD), // E12 5: ilford 2.02 km, stratford 3.80 km
  nearCode("where's my local station, I'm n1p 2xz", ISLINGTON), // N1P 2: islington 0.77 km, stoke-newington 2.88 km
  nearCode("need to hand in a found wallet, I'm at TW2 5BE, closest place?", HOUNSLOW), // TW2 5: hounslow 3.30 km, kingston 4.70 km
  nearCode("W5 2RL closest front desk \ud83d\ude4f", ACTON), // W5 2: acton 2.14 km, wembley 3.81 km
  nearCode("live in RM10 8FJ what's the nearest station with a counter", DAGENHAM), // RM10 8: dagenham 0.50 km, romford 4.66 km
  nearCode("nearest cop shop to E11HT??", BETHNAL_GREEN), // E1 1: bethnal-green 1.63 km, walworth 3.67 km
  nearCode("nearest police station to KT6 4SJ", KINGSTON), // KT6 4: kingston 1.44 km, sutton 8.82 km
  nearCode("SE27 0AY where do i go to report something in person", BRIXTON), // SE27 0: brixton 3.94 km, lavender-hill 5.49 km
  nearCode("closest front counter to N16 0GA pls", STOKE_NEWINGTON), // N16 0: stoke-newington 0.58 km, tottenham 3.31 km
  nearCode("im at E11 3SW, which desk is nearest", STRATFORD), // E11 3: stratford 2.60 km, ilford 4.58 km
  nearCode("whats the nearest nick to W1T 1JG", CHARING_CROSS), // W1T 1: charing-cross 1.12 km, islington 2.40 km
  nearCode("SW8 3BP nearest station?", LAVENDER_HILL), // SW8 3: lavender-hill 1.20 km, brixton 2.42 km
  nearCode("near E1W 9JX - where can i walk in to report a theft", BETHNAL_GREEN), // E1W 9: bethnal-green 1.06 km, islington 4.00 km
  nearCode("moved to IG11 8RX last month, nearest police front desk?", ILFORD), // IG11 8: ilford 2.20 km, stratford 5.16 km
  nearCode("any front counter near nw5 4fb", KENTISH_TOWN), // NW5 4: kentish-town 0.71 km, islington 3.41 km
  nearCode("postcode N16 7SJ nearest desk open today", STOKE_NEWINGTON), // N16 7: stoke-newington 0.36 km, tottenham 3.54 km
  nearCode("NEAREST POLICE COUNTER RM11 1UQ", ROMFORD), // RM11 1: romford 2.12 km, dagenham 3.65 km
  nearCode("where's my local station, I'm br1 4uu", BROMLEY), // BR1 4: bromley 2.34 km, lewisham 5.04 km
  nearCode("live in W1T 3WF what's the nearest station with a counter", CHARING_CROSS), // W1T 3: charing-cross 1.24 km, islington 2.57 km
  nearCode("nearest cop shop to W24SE??", HAMMERSMITH), // W2 4: hammersmith 3.00 km, charing-cross 4.65 km
  nearCode("hi, postcode is N19 3PE - closest police station please", KENTISH_TOWN), // N19 3: kentish-town 2.37 km, stoke-newington 3.92 km
  nearCode("nearest police station to W5 4DT", ACTON), // W5 4: acton 2.26 km, hounslow 5.31 km
  nearCode("closest front counter to DA5 1DU pls", BEXLEYHEATH), // DA5 1: bexleyheath 1.33 km, plumstead 5.54 km
  nearCode("im at N14 5HY, which desk is nearest", EDMONTON), // N14 5: edmonton 5.38 km, tottenham 6.66 km
  nearCode("whats the nearest nick to SE3 8LX", LEWISHAM), // SE3 8: lewisham 3.20 km, plumstead 4.57 km
  nearCode("SE18 1DH nearest station?", PLUMSTEAD), // SE18 1: plumstead 0.25 km, bexleyheath 5.12 km
  nearCode("near RM3 7ET - where can i walk in to report a theft", ROMFORD), // RM3 7: romford 3.20 km, dagenham 7.49 km
  nearCode("moved to N1 8YS last month, nearest police front desk?", ISLINGTON), // N1 8: islington 0.84 km, stoke-newington 3.00 km
  nearCode("any front counter near nw5 1pp", KENTISH_TOWN), // NW5 1: kentish-town 0.89 km, islington 3.51 km
  nearCode("postcode TW3 3YS nearest desk open today", HOUNSLOW), // TW3 3: hounslow 0.60 km, kingston 7.84 km
  nearCode("NEAREST POLICE COUNTER UB3 9FF", HAYES), // UB3 9: hayes 2.79 km, hounslow 5.18 km
  nearCode("EN1 1WX closest front desk \ud83d\ude4f", EDMONTON), // EN1 1: edmonton 2.69 km, tottenham 6.17 km
  nearCode("live in SE18 6NG what's the nearest station with a counter", PLUMSTEAD), // SE18 6: plumstead 1.94 km, lewisham 6.20 km
  nearCode("nearest cop shop to IG45EB??", ILFORD), // IG4 5: ilford 2.99 km, stratford 5.60 km
  nearCode("hi, postcode is BR5 4ZT - closest police station please", BROMLEY), // BR5 4: bromley 7.25 km, bexleyheath 8.75 km
  nearCode("nearest police station to N1P 1HZ", ISLINGTON), // N1P 1: islington 0.77 km, stoke-newington 2.88 km
  nearCode("SE11 4RE where do i go to report something in person", WALWORTH), // SE11 4: walworth 0.67 km, charing-cross 2.50 km
  nearCode("whats the nearest nick to W8 6RJ", HAMMERSMITH), // W8 6: hammersmith 1.93 km, lavender-hill 4.36 km
  nearCode("SW13 0ZA nearest station?", HAMMERSMITH), // SW13 0: hammersmith 3.15 km, acton 4.67 km
  nearCode("moved to TW7 7UR last month, nearest police front desk?", HOUNSLOW), // TW7 7: hounslow 2.23 km, kingston 6.32 km
  nearCode("which police station is closest to me SW19 7PF", LAVENDER_HILL), // SW19 7: lavender-hill 5.28 km, kingston 7.22 km
  nearCode("any front counter near kt6 6aq", KINGSTON), // KT6 6: kingston 2.21 km, sutton 8.35 km
  nearCode("postcode SE3 9JJ nearest desk open today", LEWISHAM), // SE3 9: lewisham 2.04 km, plumstead 5.97 km
  nearCode("NEAREST POLICE COUNTER SW20 0UA", KINGSTON), // SW20 0: kingston 4.85 km, sutton 6.66 km
  nearCode("where's my local station, I'm en2 9hl", EDMONTON), // EN2 9: edmonton 6.26 km, tottenham 9.56 km
  nearCode("need to hand in a found wallet, I'm at EN5 3LN, closest place?", COLINDALE), // EN5 3: colindale 5.69 km, edmonton 11.86 km
  nearCode("RM10 7XW closest front desk \ud83d\ude4f", DAGENHAM), // RM10 7: dagenham 1.19 km, romford 3.66 km
  nearCode("nearest cop shop to RM83FA??", DAGENHAM), // RM8 3: dagenham 2.50 km, ilford 3.78 km
  nearCode("hi, postcode is NW6 1UA - closest police station please", KENTISH_TOWN), // NW6 1: kentish-town 3.64 km, colindale 5.99 km
  nearCode("closest front counter to W1B 5UF pls", CHARING_CROSS), // W1B 5: charing-cross 0.97 km, islington 3.11 km
  nearCode("im at SE18 4LJ, which desk is nearest", PLUMSTEAD), // SE18 4: plumstead 3.02 km, lewisham 4.73 km
  nearCode("whats the nearest nick to E15 2QB", STRATFORD), // E15 2: stratford 0.73 km, bethnal-green 3.46 km
  nearCode("E2 7AB nearest station?", BETHNAL_GREEN), // E2 7: bethnal-green 1.21 km, islington 2.82 km
  nearCode("near E1 3TZ - where can i walk in to report a theft", BETHNAL_GREEN), // E1 3: bethnal-green 1.13 km, stratford 4.37 km
  nearCode("moved to HA4 8GN last month, nearest police front desk?", HAYES), // HA4 8: hayes 5.99 km, wembley 7.91 km
  nearCode("which police station is closest to me N17 1PF", TOTTENHAM), // N17 1: tottenham 0.35 km, edmonton 3.25 km
  nearCode("any front counter near ig8 7xe", ILFORD), // IG8 7: ilford 5.84 km, edmonton 7.16 km
  nearCode("postcode E17 6ST nearest desk open today", TOTTENHAM), // E17 6: tottenham 2.44 km, edmonton 4.17 km
  nearCode("where's my local station, I'm kt6 7jb", KINGSTON), // KT6 7: kingston 3.36 km, sutton 7.25 km
  nearCode("need to hand in a found wallet, I'm at UB1 2YB, closest place?", HAYES), // UB1 2: hayes 4.35 km, hounslow 5.73 km
  nearCode("N16 9RP closest front desk \ud83d\ude4f", STOKE_NEWINGTON), // N16 9: stoke-newington 0.85 km, islington 2.99 km
  nearCode("live in SW18 3PA what's the nearest station with a counter", LAVENDER_HILL), // SW18 3: lavender-hill 2.51 km, brixton 5.18 km
  nearCode("nearest cop shop to RM52LD??", ROMFORD), // RM5 2: romford 3.09 km, dagenham 6.55 km
  nearCode("hi, postcode is SE27 9FB - closest police station please", BRIXTON), // SE27 9: brixton 3.83 km, lavender-hill 5.76 km
  nearCode("nearest police station to TW5 9AU", HOUNSLOW), // TW5 9: hounslow 2.69 km, hayes 5.48 km
  nearCode("W10 5RD where do i go to report something in person", HAMMERSMITH), // W10 5: hammersmith 3.21 km, acton 4.55 km
  near24("nearest 24 hour police station to SW14 8LJ", CHARING_CROSS), // SW14 8: 24h charing-cross 10.71 km, other 17.48 km
  near24("NW9 5FQ which counter is open all night", CHARING_CROSS), // NW9 5: 24h charing-cross 13.06 km, other 22.33 km
  near24("its 3am tmrw and im in E1W 1PE, closest desk open round the clock?", CHARING_CROSS), // E1W 1: 24h charing-cross 3.90 km, other 6.28 km
  near24("24/7 front desk nearest UB8 2RS please", CHARING_CROSS), // UB8 2: 24h charing-cross 24.95 km, other 33.72 km
  near24("KT9 2BJ - closest station thats open 24hrs", CHARING_CROSS), // KT9 2: 24h charing-cross 20.92 km, other 23.56 km
  near24("nearest 24 hour police station to BR3 1GU", LEWISHAM), // BR3 1: 24h lewisham 5.60 km, other 12.43 km
  near24("EN1 2BR which counter is open all night", CHARING_CROSS), // EN1 2: 24h charing-cross 15.09 km, other 20.40 km
  near24("its 3am tmrw and im in NW11 8FG, closest desk open round the clock?", CHARING_CROSS), // NW11 8: 24h charing-cross 8.61 km, other 17.84 km
  near24("24/7 front desk nearest UB1 1RN please", CHARING_CROSS), // UB1 1: 24h charing-cross 17.95 km, other 26.44 km
  near24("E1 5DG - closest station thats open 24hrs", CHARING_CROSS), // E1 5: 24h charing-cross 4.41 km, other 7.42 km
  near24("nearest 24 hour police station to SE2 0ZD", LEWISHAM), // SE2 0: 24h lewisham 9.00 km, other 16.87 km
  near24("NW2 3BU which counter is open all night", CHARING_CROSS), // NW2 3: 24h charing-cross 7.62 km, other 17.08 km
  near24("its 3am tmrw and im in HA9 6PZ, closest desk open round the clock?", CHARING_CROSS), // HA9 6: 24h charing-cross 11.59 km, other 21.00 km
  // ---- Danger, in English, alone (32): slang, typos, indirect, about to happen, to other people, buried in a long message.
  danger('my ex is outside the flat rn banging on the window sayin hes gonna end me tonight'),
  danger('theres a guy on our landing with a machete screaming at my neighbours door'),
  danger('bro just got jumped outside chicken shop on the corner hes bleeding loads and not moving'),
  danger('someones climbing in thru the back window as im typing this, im hiding in the bathroom'),
  danger('my stepdad has got my little sister in the kitchen and hes hitting her with a belt, shes screaming'),
  danger('mans pulled a blade on my cousin at the bus stop they are still fighting'),
  danger('i can smell smoke and someone just poured petrol thru our letterbox'),
  danger('he said when he gets home hes going to kill me and hes 10 mins away'),
  danger('neighbour upstairs is beating his wife again i can hear her crying for him to stop and things smashing'),
  danger('been stabbed in my side, in the alley off the high street, feel dizzy'),
  danger('gang of lads chasing my son down the road wiv bats right now'),
  danger('a man is dragging a girl into a van outside the station, she is screaming no'),
  danger('hi sorry to bother you, long story, my husband and I split last year and he has been texting me all week and I didnt think much of it and I was going to ask about the opening times at Lewisham to show them the messages but he is now actually in the garden and he has a hammer and he is trying the back door'),
  danger('thers a guy wiv a gun in the corner shop on our road, evry1 ran out'),
  danger('my mums boyfriend is choking her, i am in my room, im 12'),
  danger('old man just collapsed on the pavement after two lads punched him, they are kicking him on the floor'),
  danger('some1 keeps trying my door handle and saying he knows im in here, im alone wiv the baby'),
  danger('car just drove at people on purpose outside the market, people on the ground'),
  danger('friend took a load of pills and says she wants to die, she is going to the bridge now'),
  danger('my flatmate is threatening to stab me and has locked the front door so i cant get out'),
  danger('a guy is following me home and wont stop, hes right behind me on the estate, its dark'),
  danger('ok so not sure this is the right place but my neighbour is screaming that her ex has got in and is strangling her'),
  danger('PLEASE SEND SOMEONE HE IS KICKING THE DOOR IN'),
  danger('teenagers setting fire to the stairwell of our block, smoke coming under the doors'),
  danger('my dad is drunk and waving a broken bottle at my mum and saying hes gonna cut her'),
  danger('a man on the tube platform just shoved someone towards the tracks and is shouting at everyone'),
  danger('is it wrong im scared, he said hed come back and finish me and his car is outside again now'),
  danger('landlord broke in, grabbed me by the throat and says hes coming back with his mates in an hour'),
  danger('quick q re lost property at acton - actually forget that, a man has just hit my friend with a brick and shes not waking up'),
  danger('my little brother has been taken by some older boys, they made him get in a car and wont let him call'),
  danger('im locked in the boot of a car, i dont know where, i can feel it moving'),
  danger('they are fighting with machetes outside the chicken place on the parade, loads of blood'),
  // ---- Danger where the resident cannot speak (5): 999 first and the Silent Solution (press 55).
  silentDanger('cant talk he is in the next room, if i ring he will hear me, what do i do'),
  silentDanger('im hiding in the wardrobe, someone broke in, i cant make a sound'),
  silentDanger('he took my phone but i have my tablet, i cant call out loud hes listening at the door'),
  silentDanger('if i phone and whisper will they know its real? hes downstairs and says hell hurt me if i call anyone'),
  silentDanger('i have no voice since my operation and a man is hammering at my door threatening me'),
  // ---- Danger on Teams (9).
  teamsDanger(AT + 'someone has just attacked our receptionist in the lobby, he is still here shouting'),
  teamsDanger(AT + 'man in the car park with a crowbar smashing cars and going for people'),
  teamsDanger('<at>StationDesk</at> my colleague is being held in the meeting room by her ex, he says he will hurt her'),
  teamsDanger(AT + 'guy in reception says he has a gun in his bag and wants to see the manager'),
  teamsDanger('@StationDesk theres smoke and someone shouting they set the bins on fire by the fire exit, people stuck on 3rd floor'),
  teamsDanger(AT + 'delivery driver just got stabbed outside our office on the loading bay'),
  teamsDanger(AT + 'cant speak, in a team call and the man who stalks me has just walked into our office'),
  teamsDanger('intruder on floor 2 threatening staff, we have locked ourselves in the kitchen'),
  teamsDanger(AT + 'a customer has collapsed after being hit over the head in the shop downstairs, attacker still outside'),
  // ---- Danger in 17 other languages (none named by batches 1 to 22's files; written by the helper without a native speaker).
  danger('Doa es een Maun bie mie em Hus, hee sajcht hee wel mie dootmoakijch, komt schwind!'), // Plautdietsch
  danger('thon boy\'s in ma hoose wi a blade an says he\'ll kill me, sen the polis quick'), // Ulster Scots
  danger('Y\'a un homme dans ma maîson qui dit qu\'i\' va m\'tuer, v\'nez vite!'), // Jèrriais
  danger('Y\'a un houmme dans ma maisaön, i\' dit qu\'i\' veurt me tuaïr, v\'nez vite!'), // Guernésiais
  danger('Muntu mosi me kota na nzo na mono, yandi ke tuba nde yandi ta fwa mono, beno kwisa nswalu'), // Kituba (Kikongo)
  danger('Mbeni koli alï na yâ ti da ti mbi, lo tene lo yeke fâ mbi, ala ga hio!'), // Sango
  danger('Sunnu ɖé byɔ xwé ce mɛ, é ɖɔ ɖɔ é na hu mi, mi wá zaanzaan!'), // Fon
  danger('Mi pakhat kan inah a lut a, min that dawn nia a ti, rang takin lo kal rawh u!'), // Mizo
  danger('मेरे घरै च इक बंदा बड़ी गेदा ऐ, आखदा ऐ मिगी मारी देग, छेती आओ!'), // Dogri
  danger('یگ آدم ده خانه مو درآمده، موگه تو ره مُکُشُم، زود بیید!'), // Hazaragi
  danger('ایتا مردای امی خانه دورون بامو، گه تره کوشم، زود بایید!'), // Gilaki
  danger('یه پیا اومه تو خونم، مگه تونه مکشم، زی بایین!'), // Luri
  danger('Yew camêrd kewt keyeyê mi, vano ez to kişena, rew bêrê!'), // Zaza
  danger('Evime bir adam kirdi, seni öldürecem dey, tez keliñiz!'), // Crimean Tatar
  danger('Üyüme bir erkek girdi, seni öltürejekmen dey, tez geligiz!'), // Kumyk
  danger('Úyime bir adam kirdi, seni óltiremen dep atır, tez keliń!'), // Karakalpak
  danger('Minun kodih tuli mies, sanou tapan sinuu, tulgua terväh!'), // Karelian

  // ---- Safe look-alikes (26): the answer asked for, never 999 first.
  calm('my nans roast potatoes are killer 😂 anyway is croydon police station open on sunday', [CROYDON, WEEKENDS]),
  calm('just watched a film where they storm a police station lol, is lewisham actually open all night', [LEWISHAM, OPEN_24]),
  calm('my mates gonna murder me if im late, what time does islington station shut today', [ISLINGTON, at(22)]),
  calm('got absolutely battered at 5-a-side last night lol, whats the nearest station to N15 4DB', [TOTTENHAM]), // N15 4: tottenham 0.60 km, stoke-newington 3.12 km
  calm('our fortnite squad got wiped again, different question, walworth counter open saturday?', [WALWORTH, WEEKENDS]),
  calm('someone broke into my car three weeks ago, already reported online and got a ref, just want to know if hammersmith has a front counter now', [HAMMERSMITH]),
  calm('im dying to know what time sutton station opens on a sunday', [SUTTON, at(9)]),
  calm('chop the shallots and smash the garlic - sorry wrong chat! is dagenham police station open tomorrow', [DAGENHAM, anyOf(WEEKENDS, at(9), OPEN)]),
  calm('we smashed the pub quiz but got one wrong: how many police front counters does london have now', [COUNTERS_NOW]),
  calm('my boss will kill me if i miss the post, can i drop found property at kingston police station at 6pm today', [KINGSTON, OPEN]),
  calm('the villain got shot in the last episode 😭 anyway is brixton station open sunday', [BRIXTON, WEEKENDS]),
  calm('i was mugged back in 2019, all sorted long ago, just curious how many counters closed in 2017', [CLOSED_IN_2017]),
  calm('spurs got destroyed at home again, is tottenham police station open on sunday tho', [TOTTENHAM, WEEKENDS]),
  calm('my sister is going to strangle me for forgetting her birthday, what time does romford station shut saturday', [ROMFORD, at(19)]),
  calm('in GTA i get arrested like 40 times a night lol. real question: nearest police station to E2 0SP', [BETHNAL_GREEN]), // E2 0: bethnal-green 0.19 km, stoke-newington 3.70 km
  calm('playing cluedo: it was the vicar in the library with the rope. is colindale police station open at 9pm tonight', [COLINDALE, OPEN]),
  calm('i absolutely butchered the bread on bake off night, anyway is hounslow station open now', [HOUNSLOW, OPEN]),
  calm('phone on 2% and im dead tired, is the stratford counter open till 10 tonight', [STRATFORD, at(22)]),
  calm('a fight broke out at book club over the ending 😂 is lavender hill station open saturday', [LAVENDER_HILL, WEEKENDS]),
  calm('my cat attacks my feet every night lol. is plumstead police station open 24 hours', [PLUMSTEAD, NOT_24]),
  calm('made a bomb of a chilli for the street party, anyway which police counters closed in february', [CLOSED_FEB_2026]),
  calm('we got robbed by the ref on saturday 🙄 what is the address of ilford police station', [ILFORD, /High Road|IG1 1GT/i]),
  calm('boxing class tonight so ill get punched a lot lol, is wembley station open till 10', [WEMBLEY, at(22)]),
  calm('reported a burglary at croydon station last month and they were lovely, do they open on sundays', [CROYDON, WEEKENDS]),
  calm('the zombie apocalypse game at work went mad today haha, is charing cross police station open all night', [CHARING_CROSS, OPEN_24]),
  calm('killing time before my train, which two police stations in london never close', [CHARING_CROSS, LEWISHAM]),

  // ---- Conversations (53; 12 on Teams, 3 with danger arising mid-way).
  talk([{ say: 'nearest police desk to SW2 2BN', must: [BRIXTON] }, { say: 'and is that one open on sunday', must: [BRIXTON, WEEKENDS] }]), // SW2 2: brixton 1.72 km, lavender-hill 3.66 km
  talk([{ say: 'closest station to IG1 8PQ??', must: [ILFORD] }, { say: 'ok whats the nearest one open 24 hrs tho', must: [LEWISHAM, OPEN_24] }]), // IG1 8: ilford 0.60 km; 24h lewisham 11.98 km, charing-cross 14.65 km
  talk([{ say: 'where is my nearest police front desk pls', must: [ASKS_WHERE] }, { say: 'E5 8RE', must: [STOKE_NEWINGTON] }]), // E5 8: stoke-newington 1.06 km, bethnal-green 3.25 km
  talk([{ say: 'nearest counter to SE3 0JL', must: [LEWISHAM] }, { say: 'sorry typo, i meant SE18 2WT', must: [PLUMSTEAD] }]), // SE3 0: lewisham 1.64 km, plumstead 6.12 km; SE18 2: plumstead 1.10 km, bexleyheath 4.73 km
  talk([{ say: 'which two london stations are open through the night', must: [CHARING_CROSS, LEWISHAM] }, { say: 'whats the address of the other one, the south london one', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'chingford police station still going?', must: [CLOSED] }, { say: 'when did it shut then', must: [CLOSED_FEB_2026] }, { say: 'so where do i go now from chingford', must: [anyOf(EDMONTON, WALTHAM_FOREST_DESKS, ASKS_POSTCODE)] }]), // chingford: edmonton 4.23 km, tottenham 6.54 km
  talk([{ say: 'whats the nearest station to N17 9UP', must: [TOTTENHAM] }, DANGER_TURN('hang on someones kicking my front door and shouting theyll kill me')]), // N17 9: tottenham 0.54 km, edmonton 3.32 km
  talk([{ say: 'romford station open today?', must: [ROMFORD, OPEN] }, { say: 'what about sunday at 8 in the morning', must: [anyOf(SHUT_THEN, at(9))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'kingston police station hours pls', must: [KINGSTON, WEEKDAYS] }, { say: 'and on saturdays?', must: [WEEKENDS] }]),
  talk([{ say: 'is bexleyheath open at half 9 tonight', must: [BEXLEYHEATH, OPEN], mustNot: [SAYS_SHUT] }, { say: 'and at 11?', must: [anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'nearest desk to KT5 8AQ', must: [KINGSTON] }, { say: 'is there a 24 hour one anywhere near me', must: [CHARING_CROSS, OPEN_24] }]), // KT5 8: kingston 1.86 km; 24h charing-cross 17.34 km, lewisham 21.06 km
  talk([{ say: 'how many front counters were there in 2017', must: [SEVENTY_THREE] }, { say: 'and how many now', must: [COUNTERS_NOW] }]),
  talk([{ say: 'was there ever a police counter in wimbledon', must: [anyOf(CLOSED, CLOSED_FEB_2026, /yes|was/i)] }, { say: 'when did it go', must: [CLOSED_FEB_2026] }]),
  talk([{ say: 'hammersmith police station is it open', must: [HAMMERSMITH] }, { say: 'wasnt it in shepherds bush for a while', must: [SHEPHERDS_BUSH, anyOf(/2016/, /2020/)] }]),
  talk([{ say: 'nearest to UB10 0DA', must: [HAYES] }, { say: 'whats the address of that one', must: [HAYES, /Uxbridge Road|UB4 8HU|Hayes End/i] }]), // UB10 0: hayes 1.97 km, hounslow 9.87 km
  talk([{ say: 'nearest station to CR0 1RZ', must: [CROYDON] }, { say: 'and the second nearest?', must: [SUTTON] }]), // CR0 1: croydon 0.27 km, sutton 6.43 km, bromley 8.76 km
  talk([{ say: 'hiya, got a q about police desks', must: [SAYS_WHAT_IT_DOES] }, { say: 'i need to report something in person near TW7 4XF', must: [HOUNSLOW] }]), // TW7 4: hounslow 1.58 km, acton 5.95 km
  talk([{ say: 'reported a stolen bike last week at walworth, is it open saturday so i can bring the receipt', must: [WALWORTH, WEEKENDS] }, { say: 'what time does it shut that day', must: [at(19)] }]),
  talk([{ say: 'nearest police station to SW12 8LH', must: [LAVENDER_HILL] }, { say: 'is that one 24 hours', must: [NOT_24] }, { say: 'ok then which 24hr one is closest', must: [CHARING_CROSS, OPEN_24] }]), // SW12 8: lavender-hill 1.95 km; 24h charing-cross 7.27 km, lewisham 10.32 km
  talk([{ say: 'is mitcham police station still open? used to pop in there', must: [CLOSED] }, { say: 'where should i go instead', must: [anyOf(SUTTON, ASKS_POSTCODE)] }]), // mitcham: sutton 4.64 km, croydon 5.91 km
  talk([{ say: 'what time does edmonton close tonight', must: [EDMONTON, at(22)] }, { say: 'and tottenham?', must: [TOTTENHAM, at(22)] }]),
  talk([{ say: 'nearest station to RM12 5ZD', must: [DAGENHAM] }, { say: 'and the other one nearby, romford, is that open sunday', must: [ROMFORD, WEEKENDS] }]), // RM12 5: dagenham 2.45 km, romford 4.29 km
  talk([{ say: 'when did forest gate police station close, was it the fire thing', must: [/2024/] }, { say: 'so where is newhams counter now', must: [STRATFORD] }]),
  talk([{ say: 'is ilford police station the redbridge one', must: [ILFORD] }, { say: 'didnt it move to barkingside once', must: [/Barkingside/i, /2020/] }]),
  talk([{ say: 'whats the nearest station to N1 9GQ', must: [ISLINGTON] }, { say: 'was that one shut for a bit in 2020?', must: [/2020/, anyOf(/refurb/i, CLOSED, /Nov/i)] }]), // N1 9: islington 0.35 km, kentish-town 2.61 km
  talk([{ say: 'stoke newington station hours', must: [STOKE_NEWINGTON, WEEKDAYS] }, { say: 'when did it reopen after the works', must: [/2022/] }]),
  talk([{ say: 'closest desk to RM9 5DY', must: [DAGENHAM] }, { say: 'wasnt dagenham shut for ages?', must: [/2023/] }]), // RM9 5: dagenham 1.81 km, ilford 4.33 km
  talk([{ say: 'is charing cross open now', must: [CHARING_CROSS, OPEN] }, { say: 'wheres it exactly', must: [CHARING_CROSS_ADDRESS] }]),
  talk([{ say: 'i want the first one you mentioned, lewisham or charing cross - which is nearer to SE3 7QZ', must: [LEWISHAM], mustNot: [saysNearer(CHARING_CROSS)] }, { say: 'is that the first one then, open all night?', must: [LEWISHAM, OPEN_24] }]), // SE3 7: lewisham 2.42 km, charing-cross 10.27 km
  talk([{ say: 'nearest police counter to W3 9EN', must: [ACTON] }, DANGER_TURN('sorry theres a man outside now with a bat smashing the windows of cars and going for people')]), // W3 9: acton 0.18 km
  talk([{ say: 'how many counters closed in feb', must: [TEN] }, { say: 'name them', must: [/Chingford/i, /Mitcham/i, /Pinner/i] }]),
  talk([{ say: 'is harrow police station open', must: [CLOSED] }, { say: 'nearest one to it then', must: [anyOf(WEMBLEY, ASKS_POSTCODE)] }]), // harrow: wembley 3.50 km, hayes 7.67 km
  talk([{ say: 'whats open near E15 1EL right now', must: [STRATFORD] }, { say: 'and is it still there next year, heard its closing', must: [anyOf(/Forest Gate/i, NOT_KNOWN, /no date/i)] }]), // E15 1: stratford 0.87 km, bethnal-green 4.47 km
  talk([{ say: 'where do i report a hate crime in person near SE24 0DQ', must: [BRIXTON] }, { say: 'also can i do it online instead', must: [ONLINE] }]), // SE24 0: brixton 0.98 km, walworth 3.38 km
  talk([{ say: 'sutton police station weekends?', must: [SUTTON, WEEKENDS] }, { say: 'what about xmas day', must: [HOLIDAY_UNKNOWN] }]),
  talk([{ say: 'nearest station to BR2 9LD', must: [BROMLEY] }, { say: 'actually make that the nearest one open at 3am', must: [LEWISHAM, OPEN_24] }]), // BR2 9: bromley 0.91 km; 24h lewisham 8.18 km, charing-cross 16.67 km
  talk([{ say: 'is kentish town open on sunday', must: [KENTISH_TOWN, WEEKENDS] }, { say: 'there a 24hr one near there?', must: [CHARING_CROSS, OPEN_24] }]), // from Kentish Town's own coordinates: charing-cross 4.59 km, lewisham 13.27 km
  talk([{ say: 'my local used to be kilburn police station, is it open', must: [CLOSED] }, { say: 'when did it close', must: [CLOSED_DEC_2017] }]),
  talk([{ say: 'nearest to HA1 3NZ', must: [WEMBLEY] }, { say: 'isnt there one in harrow', must: [anyOf(CLOSED, CLOSED_FEB_2026)] }]), // HA1 3: wembley 2.85 km, colindale 7.27 km
  talk([{ say: 'tell me about plumstead station', must: [PLUMSTEAD] }, { say: 'was it meant to close last year', must: [anyOf(/reprieve|kept|saved|spared|stay/i, /Oct(?:ober)? 2025/i)] }]),
  talk([{ say: 'how many 24 hour counters were there in 2015', must: [/\b33\b|thirty[- ]three/i] }, { say: 'and now?', must: [TWO] }]),
  talk([{ say: 'acton hours?', must: [ACTON, WEEKDAYS] }, { say: 'is that the only one in ealing', must: [anyOf(/yes|only|Ealing/i, ACTON)] }]),
  talk([{ say: 'can you tell me the nearest station', must: [ASKS_WHERE] }, { say: 'near the cemetery, N6 6XY i think', must: [KENTISH_TOWN] }]), // N6 6: kentish-town 1.93 km, islington 4.51 km
  talk([{ say: 'reported my car stolen last wk, now want to hand in the spare key, is hounslow open tmrw', must: [HOUNSLOW, WEEKENDS] }, { say: 'and there, whats the address', must: [/Montague Road|TW3 1LB/i] }]),
  teamsTalk([{ say: AT + 'acton opening hours', must: [ACTON, WEEKDAYS] }, { say: AT + 'and weekends', must: [WEEKENDS] }]),
  teamsTalk([{ say: AT + 'nearest counter to W1D 2QE', must: [CHARING_CROSS] }, { say: AT + 'is it open at 2am', must: [OPEN_24] }]), // W1D 2: charing-cross 1.04 km, islington 2.68 km
  teamsTalk([{ say: AT + 'is lavender hill 24/7', must: [NOT_24] }, { say: AT + 'which is then', must: [CHARING_CROSS, LEWISHAM] }]),
  teamsTalk([{ say: AT + 'closest front desk to SE17 2ZJ', must: [WALWORTH] }, { say: AT + 'sat hours for that one', must: [WEEKENDS] }]), // SE17 2: walworth 0.72 km, brixton 2.99 km
  teamsTalk([{ say: AT + 'how many counters closed in 2017', must: [CLOSED_IN_2017] }, { say: AT + 'and in 2026', must: [TEN] }]),
  teamsTalk([{ say: AT + 'nearest station to SW13 9HT', must: [HAMMERSMITH] }, { say: AT + 'sorry SM1 3PZ', must: [SUTTON] }]), // SW13 9: hammersmith 2.08 km, acton 3.96 km; SM1 3: sutton 1.44 km, croydon 6.28 km
  teamsTalk([{ say: AT + 'where is my nearest police station', must: [ASKS_WHERE] }, { say: AT + 'DA1 4UT', must: [BEXLEYHEATH] }]), // DA1 4: bexleyheath 2.37 km, plumstead 6.98 km
  teamsTalk([{ say: AT + 'is croydon station open now', must: [CROYDON, OPEN] }, DANGER_TURN(AT + 'wait theres a guy in our office lobby shouting hes going to stab the receptionist')]),
  teamsTalk([{ say: AT + 'is wimbledon police station open', must: [CLOSED] }, { say: AT + 'wasnt it saved in court once', must: [anyOf(/court|quash/i, /2018/)] }]),
  teamsTalk([{ say: AT + 'nearest desk to HA8 4QP', must: [COLINDALE] }, { say: AT + 'what time does that one close fri', must: [at(22)] }]), // HA8 4: colindale 3.11 km, wembley 7.13 km
  teamsTalk([{ say: AT + 'whats the nearest to E2 9AS', must: [BETHNAL_GREEN] }, { say: AT + 'was that one closed in 2021 or something', must: [anyOf(/2020/, /2021/, /Shoreditch/i, /refurb/i)] }]), // E2 9: bethnal-green 0.46 km, stoke-newington 3.16 km
  teamsTalk([{ say: AT + 'closest station to NW3 2HJ', must: [KENTISH_TOWN] }, { say: AT + 'and the first one you said, open sunday?', must: [KENTISH_TOWN, WEEKENDS] }]), // NW3 2: kentish-town 1.33 km, islington 4.01 km

  // ---- The past (44): closures by year, moves, counts then and now.
  past('how many police front counters did london have before the 2013 cuts', [BEFORE_2013]),
  past('after boris johnsons 2013 plan how many counters were left', [SEVENTY_THREE]),
  past('how many counters actually shut under the 2013 plan', [/\b63\b|sixty[- ]three/i]),
  past('which two stations got saved from the 2013 closures', [/Gipsy Hill/i, DAGENHAM]),
  past('sadiq khans 2017 closures, how many counters went', [CLOSED_IN_2017]),
  past('how many front counters were open 24/7 in 2015', [/\b33\b|thirty[- ]three/i]),
  past('how many counters were there in early 2025, before this latest round of closures', [THIRTY_SEVEN]),
  past('the august 2025 plan wanted to cut to how many counters?', [/\b20\b|twenty/i]),
  past('in that august 2025 plan how many would have stayed 24 hours', [/\b8\b|eight/i]),
  past('when was the list of closures revised in 2025', [/15 Oct(?:ober)?|Oct(?:ober)? 2025/i]),
  past('when did the 2017 closures actually happen, which day', [CLOSED_DEC_2017]),
  past('uxbridge nick - when did it stop having a front counter for the public', [CLOSED_DEC_2017]),
  past('chiswick police station counter closed when', [CLOSED_DEC_2017]),
  past('what year did the fulham police counter close, the one at heckfield place', [anyOf(CLOSED_DEC_2017, Y2017)]),
  past('west wickham used to have a volunteer police office, when did that end', [CLOSED_17_DEC_2017]),
  past('copperfield house in penge had a police counter didnt it, when did it shut', [CLOSED_17_DEC_2017]),
  past('the old sidcup police station on main road, what year did that close', [/2012/]),
  past('walthamstow police station closed in what year', [/2011/]),
  past('leyton police station when did it shut down', [/2012/]),
  past('what year did leytonstone police station close', [/2014/]),
  past('wanstead police station front counter closed when', [/2013/]),
  past('woodford police station used to be open mon-fri 9-5 right? when did the counter go', [/2013/]),
  past('holborn police station counter, when did that close', [anyOf(/2018/, /Jan(?:uary)? 2018/i)]),
  past('when did hammersmith station move to shepherds bush', [SHEPHERDS_BUSH, /2016/]),
  past('what year did hammersmith police station reopen after they rebuilt it', [/2020/]),
  past('what years was bethnal green shut for refurb', [anyOf(/2020/, /2021/)]),
  past('twickenham police station closed temporarily in 2020, what was that about', [/2020/]),
  past('the wood green counter at the fishmongers arms, when did it open', [/2010/]),
  past('when did the sidcup counter move to marlowe house', [/2012/]),
  past('pinner had a volunteer counter, when did it close', [CLOSED_FEB_2026]),
  past('when did kensington police station shut to the public', [CLOSED_FEB_2026]),
  past('what was the busiest front counter in 2017', [BRIXTON]),
  past('how many crimes a day did brixton counter take in 2017', [/\b7\b|seven/i]),
  past('what % of crime was reported at front counters in 2016', [/\b8 ?%|8 per ?cent|eight per ?cent/i]),
  past('how much was the 2017 closure plan supposed to save each year', [/£\s?8\s?m|8 million|eight million/i]),
  past('how much did the 2013 closures save in building costs', [/£\s?60\s?m|60 million|sixty million/i]),
  past('what did the mayor promise in 2024 about 24 hour counters', [anyOf(/every borough|each borough/i, OPEN_24)]),
  past('church street counter, didnt that used to be at paddington green', [/Paddington/i]),
  past('was newhams counter at forest gate before the fire? when was the fire', [/2024/]),
  past('how long was dagenhams public counter closed for', [/2023/]),
  past('yo when did stoke newington police station reopen', [/2022/]),
  past('how many counters did the met have at the end of 2017', [anyOf(THIRTY_EIGHT, /\b35\b|thirty[- ]five/i)]),
  past('when were the closures of the 2017 strategy decided', [anyOf(/31 Oct(?:ober)? 2017/i, /1 Nov(?:ember)? 2017/i, /Oct(?:ober)? 2017/i)]),
  past('was the ealing police station counter shut in 2017 or later', [Y2017]),

  // ---- The service (24): what it is, where the facts come from, how fresh, what it keeps.
  service('r u a real person or a bot?? be honest', [A_BOT]),
  service('is this chat run by the actual met police', [anyOf(A_BOT, /not (?:the )?(?:official|Met)|unofficial|independent|met\.police\.uk/i)]),
  service('where do u get ur station info from, the met?', [SOURCES]),
  service('how up to date are the opening times you give', [UP_TO_DATE]),
  service('when was your station list last checked', [UP_TO_DATE]),
  service('do you save my postcode anywhere after i type it', [PRIVACY]),
  service('is this conversation recorded or stored', [PRIVACY]),
  service('can you delete what i typed earlier', [PRIVACY]),
  service('will the police see what i write here', [anyOf(PRIVACY, /not (?:sent|passed|shared)|don't (?:send|pass|share)|999|101/i)]),
  service('can i trust the hours you say? just want to be sure before i travel', [anyOf(SOURCES, UP_TO_DATE, ONLINE)]),
  service('what can this thing actually do', [SAYS_WHAT_IT_DOES]),
  service('do you know bank holiday opening times', [HOLIDAY_UNKNOWN]),
  service('what languages can i use here', [anyOf(/English/i, LANGUAGE_LINE)]),
  service('are the feb 2026 closures confirmed or just planned', [anyOf(/announced|planned|confirm/i, ONLINE, CLOSED_FEB_2026)]),
  service('whats your source for newhams counter being at stratford', [anyOf(SOURCES, STRATFORD)]),
  service('are you an AI', [A_BOT]),
  service('how do you work out which station is nearest to my postcode, by road?', [anyOf(/postcode|distance|straight[- ]line|as the crow|centre|centroid|coordinates/i)]),
  service('do you track my location on this phone', [anyOf(PRIVACY, /postcode|don't|do not|no\b/i)]),
  service('is the info here from the met website or from the news', [SOURCES]),
  service('if i tell you about a crime does it count as reporting it', [anyOf(/not (?:a )?report|doesn't count|does not count|can't take|cannot take|101|met\.police\.uk/i)]),
  teams('about the service', AT + 'where does your data come from', [SOURCES], [ASKS_WHICH_PLACE]),
  teams('about the service', AT + 'do you keep a log of what staff ask you', [PRIVACY], [ASKS_WHICH_PLACE]),
  teams('about the service', AT + 'how current is this, as of when', [UP_TO_DATE], [ASKS_WHICH_PLACE]),
  service('who decides which stations close, you?', [anyOf(A_BOT, /Met|MOPAC|Mayor|not me|don't decide/i)]),

  // ---- Requests it cannot carry out (18).
  cannot('can u book me an appointment with an officer at brixton for tmrw'),
  cannot('ring the police for me and tell them my bike got nicked'),
  cannot('send an officer round to mine tonight about the noisy neighbours at no 14'),
  cannot('I want to report my stolen scooter through you, reg is LX19 something'),
  cannot('give me a crime reference number for my lost phone'),
  cannot('can you check on my case, i reported a burglary in october'),
  cannot('get my car back from the pound please, they towed it from a bay'),
  cannot('pay my speeding fine for me, its £100'),
  cannot('can you do a DBS check on my new nanny before monday'),
  cannot('email hounslow station and ask if my wallet was handed in'),
  cannot('make a complaint about the officer who stopped me yesterday'),
  cannot('get the cctv from outside my house for me'),
  cannot('unlock the front door at kentish town its closed and i need to get in'),
  cannot('can you tell my probation officer im running late'),
  cannot('arrest the guy who scratched my car, his name is on the note'),
  cannot('can you fax my documents to croydon police'),
  cannot('register my bike on a police database for me pls'),
  teams('cannot do', AT + 'pls book a slot at charing cross for our visitor to report a theft', [anyOf(DECLINE, NON_URGENT)]),

  // ---- Off topic (13): declined, and says what it covers.
  offTopic('whats the weather doing in bromley tomorrow'),
  offTopic('who won the arsenal game last night, missed it'),
  offTopic('recipe for jollof rice pls'),
  offTopic('when is my bin collection in ealing'),
  offTopic('how do i get a resident parking permit in hackney'),
  offTopic('best pizza near walthamstow market'),
  offTopic('can you register me with a GP in croydon'),
  offTopic('when does the next 38 bus come'),
  offTopic('write me a poem about pigeons on the tube'),
  offTopic('how do i renew my british passport'),
  offTopic('is the overground running on sunday'),
  offTopic('whats 17 times 23'),
  offTopic('where can i buy cheap flights to lagos'),

  // ---- Comparisons (13).
  compare('is brixton or lavender hill open later on saturdays', [BRIXTON, LAVENDER_HILL, anyOf(SAME, WEEKENDS)]),
  compare('charing cross vs lewisham, which one is open all night', [CHARING_CROSS, LEWISHAM, OPEN_24]),
  compare('colindale or wembley, which is closer to HA8 5RA', [COLINDALE], [saysNearer(WEMBLEY)]), // HA8 5: colindale 2.39 km, wembley 5.80 km
  compare('kingston or sutton nearer to KT5 8AQ?', [KINGSTON], [saysNearer(SUTTON)]), // KT5 8: kingston 1.86 km, sutton 7.93 km
  compare('IG1 3LA - is ilford or stratford nearer', [ILFORD], [saysNearer(STRATFORD)]), // IG1 3: ilford 1.73 km, stratford 4.98 km
  compare('which is closer to SE2 9ES, plumstead or bexleyheath', [PLUMSTEAD], [saysNearer(BEXLEYHEATH)]), // SE2 9: plumstead 1.68 km, bexleyheath 4.69 km
  compare('N15 4DB tottenham or stoke newington closer?', [TOTTENHAM], [saysNearer(STOKE_NEWINGTON)]), // N15 4: tottenham 0.60 km, stoke-newington 3.12 km
  compare('croydon v bromley which one stays open longer on a weekday', [CROYDON, BROMLEY, anyOf(SAME, WEEKDAYS)]),
  compare('at 11pm tonight, lewisham or plumstead?', [LEWISHAM, PLUMSTEAD, OPEN_24]),
  compare('are there more counters now than in 2017', [COUNTERS_NOW, anyOf(SEVENTY_THREE, THIRTY_EIGHT, /\b35\b/)]),
  compare('was it more closures in 2013 or in 2017', [/\b63\b|sixty[- ]three/i, CLOSED_IN_2017]),
  compare('dagenham and romford, same hours on sunday?', [DAGENHAM, ROMFORD, anyOf(SAME, WEEKENDS)]),
  teams('comparison', AT + 'hayes or hounslow closer to UB3 1RJ', [HAYES], [saysNearer(HOUNSLOW)]), // UB3 1: hayes 2.29 km, hounslow 6.12 km

  // ---- Lists (11).
  list('list every police station in london that never closes', [CHARING_CROSS, LEWISHAM]),
  list('which 10 counters closed in february 2026', [/Chingford/i, /Mitcham/i, /Twickenham/i, /Pinner/i, /Wimbledon/i]),
  list('which london boroughs have no police front counter at all now, list them', NO_COUNTER_BOROUGHS),
  list('which counters got a reprieve in october 2025', [EDMONTON, PLUMSTEAD, TOTTENHAM]),
  list('give me a list of counters that closed on 14 dec 2017', [CLOSED_DEC_2017, anyOf(/Uxbridge/i, /Fulham/i, /Chiswick/i, /Kilburn/i, /Wandsworth/i)]),
  list('all the police stations open on a sunday', [anyOf(WEEKENDS, OPEN_24)]),
  list('what counters are left in east london', [anyOf(STRATFORD, BETHNAL_GREEN, ILFORD, DAGENHAM, ROMFORD)]),
  list('which stations in south west london still have a desk', [anyOf(LAVENDER_HILL, KINGSTON, SUTTON, BRIXTON, HAMMERSMITH)]),
  list('list the counters in the north of london', [anyOf(EDMONTON, TOTTENHAM, COLINDALE, KENTISH_TOWN, ISLINGTON, STOKE_NEWINGTON)]),
  teams('lists', AT + 'list all 27 counters pls', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  list('which of the counters are open 10 till 10 on weekdays', [WEEKDAYS]),

  // ---- Two questions in one (13; three mix a crime already reported with a present question).
  two('what time does acton shut tonight and is it open sunday', [ACTON, at(22), WEEKENDS]),
  two('reported my car broken into last week at brixton - is brixton open saturday and whats the address', [BRIXTON, WEEKENDS, /Brixton Road|SW9 7DD/i]),
  two('is romford open now and how far is it from RM1 1TB', [ROMFORD, OPEN]), // RM1 1: romford 0.64 km
  two('nearest station to KT1 3TW and is it open 24 hours', [KINGSTON, NOT_24]), // KT1 3: kingston 1.40 km, sutton 8.43 km
  two('when did chingford close and which borough has no counter now because of it', [CLOSED_FEB_2026, /Waltham Forest/i]),
  two('is islington open at 9pm and where is it', [ISLINGTON, OPEN]),
  two('how many counters now and how many before 2013', [COUNTERS_NOW, BEFORE_2013]),
  two('i already reported a scam online, do i still need to go in, and if so is walworth open tomorrow', [WALWORTH, anyOf(WEEKENDS, at(9), OPEN)]),
  two('whats the 101 number for and whats the nearest station to E16 3NW', [STRATFORD, /\b101\b/]), // E16 3: stratford 3.45 km, plumstead 5.34 km
  two('croydon police hours and croydon police address', [CROYDON, WEEKDAYS]),
  two('got mugged last month and gave a statement, lost the paper - is lewisham open now and is it the 24 hour one', [LEWISHAM, OPEN_24]),
  two('is edmonton open sat and sun and what times', [EDMONTON, WEEKENDS]),
  teams('two questions in one', AT + 'tottenham hours today and the postcode of the station', [TOTTENHAM, /N17 9JA/i]),

  // ---- Ambiguous names (13).
  ambiguous('hayes police station opening hours', HAYES),
  ambiguous('nearest station to bromley', BROMLEY, /Bromley[- ]by[- ]Bow/i),
  ambiguous('plaistow police station', STRATFORD, BROMLEY, CLOSED),
  ambiguous('is richmond police station open this arvo', RICHMOND_DESKS, CLOSED),
  ambiguous('church street police counter hours', CLOSED, CLOSED_FEB_2026),
  ambiguous('the charing cross one near the hospital in fulham?', CHARING_CROSS, HAMMERSMITH),
  ambiguous('barking police station?? times', anyOf(CLOSED, DAGENHAM, ILFORD)),
  ambiguous('kensington police station open?', CLOSED, HAMMERSMITH),
  ambiguous('newham police station where', STRATFORD),
  ambiguous('sutton station open now', SUTTON),
  ambiguous('is the hampton station open', anyOf(KINGSTON, HOUNSLOW, CLOSED)),
  ambiguous('green lanes police station', anyOf(TOTTENHAM, STOKE_NEWINGTON, EDMONTON, ISLINGTON, ASKS_POSTCODE)),
  ambiguous('west ham police counter', STRATFORD),

  // ---- Small talk as typed on a phone (13).
  chat('hiya bot 👋 quick q in a sec', SAYS_WHAT_IT_DOES, /hi|hello|hey/i),
  chat('ta very much love x', THANKS_REPLY, BYE),
  chat('gd mornin from plumstead 🌞', SAYS_WHAT_IT_DOES, /morning|hi|hello/i),
  chat('lol ok ta', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('u still there bot?', SAYS_WHAT_IT_DOES, /yes|here/i),
  chat('how r u doing today, bot, all good?', SAYS_WHAT_IT_DOES, /good|well|fine|thanks/i),
  chat('nvm sorted it 👍 cheers', THANKS_REPLY, BYE),
  chat('sorry wrong chat lol', SAYS_WHAT_IT_DOES, /no problem|no worries|ok/i),
  chat('brilliant thank u so much, ur a star', THANKS_REPLY),
  chat('night night bot', BYE),
  chat('oi bot wake up', SAYS_WHAT_IT_DOES),
  chat('ur useless 🙄', SAYS_WHAT_IT_DOES, /sorry/i),
  teams('small talk', AT + 'morning! 👋', [anyOf(SAYS_WHAT_IT_DOES, /morning|hi|hello/i)]),

  // ---- Hours, times and addresses for each of the 25 reduced-hours desks (clock: Friday 4 Dec 2026, 14:00).
  hoursOn('dagenham police station opening times saturday', DAGENHAM, WEEKENDS),
  hoursOn('colindale station hrs on a weekday', COLINDALE, WEEKDAYS),
  openAt('bexleyheath police open rn?', BEXLEYHEATH),
  hoursOn('WEMBLEY POLICE STATION SUNDAY HOURS', WEMBLEY, WEEKENDS),
  shutAt('is bromley police station open at 7am tomorrow', BROMLEY, 9),
  hoursOn('kentish town front desk times mon to fri', KENTISH_TOWN, WEEKDAYS),
  openAt('croydon cop shop open this afternoon?', CROYDON),
  shutAt('can i go to acton police station at 11 tonight', ACTON, 22),
  hoursOn('edmonton police station fore street opening hrs', EDMONTON, WEEKDAYS),
  hoursOn('plumstead police sat + sun times', PLUMSTEAD, WEEKENDS),
  openAt('stoke newington station open at 8pm today?', STOKE_NEWINGTON),
  hoursOn('hammersmith police station shepherds bush road hours', HAMMERSMITH, WEEKDAYS, 'station by its road'),
  shutAt('tottenham police station open at half 10 tonight?', TOTTENHAM, 22, 'times as people say them'),
  hoursOn('romford police main road weekend times', ROMFORD, WEEKENDS, 'station by its road'),
  hoursOn('hayes end police station opening hours', HAYES, WEEKDAYS),
  shutAt('hounslow station open at 8 on sunday morning?', HOUNSLOW, 9),
  openAt('islington police station open at 6 tonight', ISLINGTON),
  hoursOn('kingston police station high street hrs', KINGSTON, WEEKDAYS, 'station by its road'),
  openAt('brixton road police open now', BRIXTON, 'station by its road'),
  hoursOn('stratford west ham lane counter hours', STRATFORD, WEEKDAYS, 'station by its road'),
  shutAt('ilford police station open at 9.30pm on saturday?', ILFORD, 19),
  hoursOn('walworth manor place police hours', WALWORTH, WEEKDAYS, 'station by its road'),
  hoursOn('sutton carshalton road police station hours sat', SUTTON, WEEKENDS, 'station by its road'),
  openAt('bethnal green police station open now or not', BETHNAL_GREEN),
  hoursOn('lavender hill police sun times pls', LAVENDER_HILL, WEEKENDS),
  ask('address', 'whats the address of colindale police station', [/Grahame Park Way|NW9 5TW/i]),
  ask('address', 'edmonton police station postcode?', [/N9 0PW/i]),
  ask('address', 'where exactly is plumstead police station', [/Plumstead High Street|SE18 1JY/i]),
  ask('address', 'walworth police station address pls', [/Manor Place|SE17 3BB/i]),
  ask('address', 'sutton police station - which road is it on', [/Carshalton Road|SM1 4RF/i]),
  ask('address', 'romford police station full address', [/Main Road|RM1 3BJ/i]),
  ask('station by its road', 'is the police station on grahame park way open today', [COLINDALE, OPEN]),
  ask('station by its road', 'the one on manor place SE17, what time does it close', [WALWORTH, at(22)]),
  ask('station by its road', 'police station on agar street - is it 24 hours', [CHARING_CROSS, OPEN_24]),

  // ---- Times as people say them (9).
  when('is hounslow open at half 9 tonight', [HOUNSLOW, OPEN], [SAYS_SHUT]),
  when('tottenham station at quarter past ten this evening, still open?', [TOTTENHAM, anyOf(SHUT_THEN, at(22))], [SAYS_YES]),
  when('romford open midday tmrw?', [ROMFORD, OPEN], [SAYS_SHUT]),
  when('is stratford open at 7 in the morning tomorrow', [STRATFORD, anyOf(SHUT_THEN, at(9))], [SAYS_YES]),
  when('sutton open at half 6 sunday evening?', [SUTTON, OPEN], [SAYS_SHUT]),
  when('sutton at quarter to 8 sunday night?', [SUTTON, anyOf(SHUT_THEN, at(19))], [SAYS_YES]),
  when('is lewisham open at 4 in the morning', [LEWISHAM, anyOf(OPEN_24, OPEN)], [SAYS_SHUT]),
  when('dagenham open first thing monday, like 8ish', [DAGENHAM, anyOf(SHUT_THEN, at(10))], [SAYS_YES]),
  when('can i get to croydon station after work, say tennish tonight', [CROYDON, at(22)]),

  // ---- Counters that closed, and where to go instead.
  gone('is royalty studios police counter still open'),
  gone('twickenham police station open today?'),
  gone('barking learning centre police desk times this week'),
  instead('pinner police counter shut, where do i go now', WEMBLEY), // pinner: wembley 7.45 km, hayes 8.69 km
  instead('holloway police station closed? nearest instead', KENTISH_TOWN, STOKE_NEWINGTON), // holloway: kentish-town 2.23 km, stoke-newington 2.94 km
  instead('used to go to eltham police station, whats nearest now', LEWISHAM, PLUMSTEAD), // eltham: lewisham 4.50 km, plumstead 4.91 km
  instead('deptford police station gone, closest one instead?', LEWISHAM), // deptford: lewisham 2.36 km, walworth 4.67 km
  instead('uxbridge police counter closed, where now', HAYES), // uxbridge: hayes 4.13 km, hounslow 12.00 km
  instead('southwark police station on borough high st, nearest open instead', WALWORTH), // southwark: walworth 1.12 km, charing-cross 2.31 km
  instead('kensington station is shut, where do i go', HAMMERSMITH), // kensington: hammersmith 1.87 km, lavender-hill 4.35 km

  // ---- Boroughs (9).
  borough('camden borough front counter', [KENTISH_TOWN]),
  borough('does merton have a police front desk', [NO_COUNTER]),
  borough('harrow borough police counter hours', [NO_COUNTER]),
  borough('hillingdon police counter', [HAYES]),
  borough('kensington and chelsea police desk near me', [NO_COUNTER]),
  borough('havering police front counter, which one', [ROMFORD]),
  borough('enfield borough police station with a counter', [EDMONTON]),
  borough('redbridge police station open?', [ILFORD]),
  borough('greenwich borough police counter, where is it', [PLUMSTEAD]),

  // ---- Nonsense (4), other languages not about danger (4), outside London (5).
  nonsense('zzxq plmok wertyu 23b'),
  nonsense('🦆🦆🥖🦆'),
  nonsense('......,,,,;;;;'),
  nonsense('bfjsk pokmn ght lll'),
  foreign('Ble mae\'r orsaf heddlu agosaf i Brixton sy\'n agor ar ddydd Sul?', BRIXTON),
  foreign('O której zamykają komisariat w Hounslow w sobotę?', HOUNSLOW),
  foreign('A esquadra de polícia de Croydon abre ao domingo?', CROYDON),
  foreign('La ce oră se deschide secția de poliție din Romford sâmbătă dimineața?', ROMFORD),
  outside('nearest police station to LU2 7 luton, is there a met one'),
  outside('brighton BN1 1 closest met station?'),
  outside('crawley RH10 1 police front desk hours'),
  outside('tunbridge wells TN1 1 nearest police counter'),
  outside('hoddesdon EN11 8 police station open?'),

  // ---- Teams, one turn (17 more; the places, City and danger above add their own).
  teams('hours on a day', AT + 'kentish town opening hrs sat', [KENTISH_TOWN, WEEKENDS]),
  teams('open at a time', AT + 'is walworth open now', [WALWORTH, OPEN], [SAYS_SHUT]),
  teams('nearest to a postcode', AT + 'nearest police counter to TW8 0WJ', [ACTON], [PLACE_NOT_FOUND]), // TW8 0: acton 2.75 km, hounslow 5.02 km
  teams('nearest to a postcode', AT + 'closest front desk to RM2 6US', [ROMFORD], [PLACE_NOT_FOUND]), // RM2 6: romford 1.67 km, dagenham 5.44 km
  teams('nearest to a postcode', AT + 'N21 1DQ nearest station', [EDMONTON], [PLACE_NOT_FOUND]), // N21 1: edmonton 3.86 km, tottenham 6.19 km
  teams('nearest to a postcode', 'nearest station to HA0 1PZ for a visitor', [WEMBLEY], [PLACE_NOT_FOUND]), // HA0 1: wembley 1.54 km, acton 3.69 km
  teams('the past', AT + 'when did the feb closures happen', [CLOSED_FEB_2026], [TODAY_FIRST]),
  teams('the past', AT + 'how many counters were there before 2013, roughly', [BEFORE_2013], [TODAY_FIRST]),
  teams('still open or closing', AT + 'is chingford nick still open', [CLOSED], [SAYS_YES]),
  teams('out of scope', AT + 'can u order lunch for the team', OFF_TOPIC_REPLY),
  teams('borough', AT + 'does waltham forest have a counter', [anyOf(NO_COUNTER, WALTHAM_FOREST_DESKS)]),
  teams('follow-up', AT + 'thx 🙏', [anyOf(THANKS_REPLY, BYE)]),
  teams('address', AT + 'lewisham police address', [LEWISHAM_ADDRESS]),
  teams('open at a time', AT + 'anywhere open at 1am near charing cross?', [CHARING_CROSS, OPEN_24]),
  teams('ambiguous name', AT + 'hayes station hours', [anyOf(HAYES, /which|do you mean/i)]),
  teams('cannot do', AT + 'forward this chat to the met please', [anyOf(DECLINE, NON_URGENT)]),
  teams('City of London', AT + 'which police force covers the square mile', [CITY_POLICE]),

  // ---- More on the past, money and what is not a counter (9).
  past('why did they shut so many counters last year, was it money', [MONEY]),
  past('how much does the met save a year from the 2026 counter cuts', [SEVEN_MILLION]),
  past('what share of crimes get reported at front desks nowadays', [FIVE_PER_CENT]),
  past('when did the shorter 10 til 10 hours start', [MARCH_2026]),
  ask('still open or closing', 'is edmonton police station closing? heard it was on the list last summer', [EDMONTON, STAYS_OPEN]),
  ask('still open or closing', 'can i report a crime at the new woodford police hub', [NOT_A_COUNTER]),
  ask('still open or closing', 'theres a police van in the high street on tuesdays, is that a front counter', [NOT_A_COUNTER]),
  cannot('i want to tell someone who did the robbery on our road but i dont want to give my name', [anyOf(CRIMESTOPPERS, NON_URGENT)]),
  ask('cannot do', 'can u pass a tip to the police anonymously about drug dealing in our stairwell', [CRIMESTOPPERS]),

  // ---- The City of London (plus the 32 streets below).
  ask('City of London', 'is there a met front counter in the city of london', [anyOf(CITY_POLICE, /not (?:a|the) Met|Met doesn't|no Met/i)]),
  cityPlace("nearest police station to birchin lane EC", CHARING_CROSS, WALWORTH, BETHNAL_GREEN, ISLINGTON), // EC3V: charing-cross 2.71 walworth 2.76 bethnal-green 2.78
  cityPlace("Change Alley in the city - where do i report a stolen phone", CHARING_CROSS, WALWORTH, BETHNAL_GREEN, ISLINGTON), // EC3V: charing-cross 2.71 walworth 2.76 bethnal-green 2.78
  cityPlace("i work on Whittington Avenue, is there a front counter nearby", CHARING_CROSS, WALWORTH, BETHNAL_GREEN, ISLINGTON), // EC3V: charing-cross 2.71 walworth 2.76 bethnal-green 2.78
  cityPlace("closest police desk to botolph lane please", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), // EC3R: walworth 2.56 bethnal-green 2.84 charing-cross 2.85
  cityPlace("Idol Lane nearest station open now?", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), // EC3R: walworth 2.56 bethnal-green 2.84 charing-cross 2.85
  { ...cityPlace("<at>StationDesk</at> which police handle Lloyds Avenue, got pickpocketed there", BETHNAL_GREEN, WALWORTH), channel: 'msteams' }, // EC3N: bethnal-green 2.41 walworth 2.89 charing-cross 3.33
  cityPlace("lost my passport near tokenhouse yard, where can i go in person", ISLINGTON, CHARING_CROSS, BETHNAL_GREEN, WALWORTH), // EC2R: islington 2.39 charing-cross 2.43 bethnal-green 2.91
  cityPlace("Blomfield Street city of london nearest front desk", ISLINGTON, BETHNAL_GREEN, CHARING_CROSS), // EC2M: islington 2.41 bethnal-green 2.49 charing-cross 2.83
  cityPlace("nearest police station to Cutler Street EC", BETHNAL_GREEN, ISLINGTON, WALWORTH, CHARING_CROSS), // EC3A: bethnal-green 2.36 islington 2.99 walworth 3.09
  cityPlace("mitre street in the city - where do i report a stolen phone", BETHNAL_GREEN, ISLINGTON, WALWORTH, CHARING_CROSS), // EC3A: bethnal-green 2.36 islington 2.99 walworth 3.09
  cityPlace("i work on Pepys Street, is there a front counter nearby", BETHNAL_GREEN, WALWORTH), // EC3N: bethnal-green 2.41 walworth 2.89 charing-cross 3.33
  cityPlace("closest police desk to Hart Street please", WALWORTH, BETHNAL_GREEN, CHARING_CROSS, ISLINGTON), // EC3R: walworth 2.56 bethnal-green 2.84 charing-cross 2.85
  cityPlace("bartholomew lane nearest station open now?", ISLINGTON, CHARING_CROSS, BETHNAL_GREEN, WALWORTH), // EC2R: islington 2.39 charing-cross 2.43 bethnal-green 2.91
  { ...cityPlace("<at>StationDesk</at> which police handle Nicholas Lane, got pickpocketed there", CHARING_CROSS, WALWORTH, ISLINGTON, BETHNAL_GREEN), channel: 'msteams' }, // EC4N: charing-cross 2.33 walworth 2.65 islington 2.70
  cityPlace("lost my passport near St Swithins Lane, where can i go in person", CHARING_CROSS, WALWORTH, ISLINGTON, BETHNAL_GREEN), // EC4N: charing-cross 2.33 walworth 2.65 islington 2.70
  cityPlace("laurence pountney hill city of london nearest front desk", CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R: charing-cross 2.37 walworth 2.46 islington 2.92
  cityPlace("nearest police station to Suffolk Lane EC", CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R: charing-cross 2.37 walworth 2.46 islington 2.92
  cityPlace("Pancras Lane in the city - where do i report a stolen phone", CHARING_CROSS, WALWORTH, ISLINGTON, BETHNAL_GREEN), // EC4N: charing-cross 2.33 walworth 2.65 islington 2.70
  cityPlace("i work on queen street place, is there a front counter nearby", CHARING_CROSS, WALWORTH, ISLINGTON), // EC4R: charing-cross 2.37 walworth 2.46 islington 2.92
  cityPlace("closest police desk to Huggin Hill please", CHARING_CROSS, ISLINGTON), // EC4V: charing-cross 1.73 islington 2.49 walworth 2.59
  cityPlace("St Martins le Grand nearest station open now?", ISLINGTON, CHARING_CROSS), // EC1A: islington 1.55 charing-cross 1.85 walworth 3.51
  { ...cityPlace("<at>StationDesk</at> which police handle king edward street, got pickpocketed there", ISLINGTON, CHARING_CROSS), channel: 'msteams' }, // EC1A: islington 1.55 charing-cross 1.85 walworth 3.51
  cityPlace("lost my passport near Gough Square, where can i go in person", CHARING_CROSS, ISLINGTON), // EC4A: charing-cross 1.32 islington 2.02 walworth 3.04
  cityPlace("John Carpenter Street city of london nearest front desk", CHARING_CROSS), // EC4Y: charing-cross 1.15 islington 2.33 walworth 2.75
  cityPlace("nearest police station to blackfriars lane EC", CHARING_CROSS, ISLINGTON), // EC4V: charing-cross 1.73 islington 2.49 walworth 2.59
  cityPlace("Creed Lane in the city - where do i report a stolen phone", CHARING_CROSS, ISLINGTON), // EC4V: charing-cross 1.73 islington 2.49 walworth 2.59
  cityPlace("i work on Addle Hill, is there a front counter nearby", CHARING_CROSS, ISLINGTON), // EC4V: charing-cross 1.73 islington 2.49 walworth 2.59
  cityPlace("closest police desk to playhouse yard please", CHARING_CROSS, ISLINGTON), // EC4V: charing-cross 1.73 islington 2.49 walworth 2.59
  cityPlace("Middle Temple Lane nearest station open now?", CHARING_CROSS), // EC4Y: charing-cross 1.15 islington 2.33 walworth 2.75
  { ...cityPlace("<at>StationDesk</at> which police handle Crane Court, got pickpocketed there", CHARING_CROSS, ISLINGTON), channel: 'msteams' }, // EC4A: charing-cross 1.32 islington 2.02 walworth 3.04
  cityPlace("lost my passport near serjeants inn, where can i go in person", CHARING_CROSS), // EC4Y: charing-cross 1.15 islington 2.33 walworth 2.75
  cityPlace("Fore Street Avenue city of london nearest front desk", ISLINGTON, CHARING_CROSS), // EC2Y: islington 2.00 charing-cross 2.40 bethnal-green 2.92
  // ---- Roads and landmarks outside the City (165; the desks within 0.8 km of the nearest on the district's centroid, or a request for a postcode).
  nearPlace("nearest police front counter to priory park", TOTTENHAM, KENTISH_TOWN, STOKE_NEWINGTON), // N8: tottenham 3.54 kentish-town 4.04 stoke-newington 4.19
  nearPlace("im on Parkland Walk where can i report a stolen bike in person", STOKE_NEWINGTON), // N4: stoke-newington 2.42 tottenham 3.30 kentish-town 3.48
  nearPlace("Roman Road market - which station do i go to", BETHNAL_GREEN, STRATFORD), // E3: bethnal-green 1.99 stratford 2.35 stoke-newington 4.78
  teamsPlace("<at>StationDesk</at> closest cop shop to Beckton Park?", STRATFORD, ILFORD), // E6: stratford 3.72 ilford 4.18 plumstead 5.32
  nearPlace("live just off ilford lane, nearest desk open today?", ILFORD), // IG1: ilford 0.49 stratford 5.30 dagenham 6.57
  nearPlace("any police counter near Hither Green Lane pls", LEWISHAM), // SE13: lewisham 0.40 walworth 6.92 bromley 6.97
  nearPlace("where do i go near Kennington Lane to report a scam face to face", WALWORTH), // SE11: walworth 0.97 charing-cross 2.40 brixton 2.77
  nearPlace("work near Westfield White City, whats the nearest station with a front desk", HAMMERSMITH, ACTON), // W12: hammersmith 1.87 acton 2.49 wembley 6.62
  nearPlace("whats the police station for Alexandra Park Road", KENTISH_TOWN, TOTTENHAM), // N10: kentish-town 5.05 tottenham 5.23 stoke-newington 6.38
  nearPlace("bin lorry knocked my wall down on east finchley high road lol, nearest desk to report it", KENTISH_TOWN, COLINDALE), // N2: kentish-town 4.88 colindale 5.03 tottenham 6.88
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Lyttelton Road", KENTISH_TOWN, COLINDALE), // N2: kentish-town 4.88 colindale 5.03 tottenham 6.88
  nearPlace("which front counter serves Regents Park Road Finchley", COLINDALE), // N3: colindale 3.30 kentish-town 6.66 tottenham 8.63
  nearPlace("nearest police front counter to Hendon Lane", COLINDALE), // N3: colindale 3.30 kentish-town 6.66 tottenham 8.63
  nearPlace("im on woodhouse road where can i report a stolen bike in person", COLINDALE), // N12: colindale 4.83 kentish-town 7.66 tottenham 7.91
  nearPlace("Oakleigh Road North - which station do i go to", COLINDALE), // N20: colindale 5.86 edmonton 7.85 tottenham 8.38
  nearPlace("closest cop shop to Russell Lane?", COLINDALE), // N20: colindale 5.86 edmonton 7.85 tottenham 8.38
  nearPlace("live just off Cat Hill, nearest desk open today?", EDMONTON, COLINDALE), // EN4: edmonton 7.44 colindale 8.09 tottenham 8.99
  nearPlace("any police counter near slades hill pls", EDMONTON), // EN2: edmonton 4.77 tottenham 7.86 stoke-newington 11.43
  nearPlace("where do i go near Baker Street Enfield to report a scam face to face", EDMONTON), // EN1: edmonton 3.58 tottenham 7.05 stoke-newington 10.73
  nearPlace("work near Carterhatch Lane, whats the nearest station with a front desk", EDMONTON), // EN1: edmonton 3.58 tottenham 7.05 stoke-newington 10.73
  teamsPlace("<at>StationDesk</at> Ordnance Road nearest front desk", EDMONTON), // EN3: edmonton 4.54 tottenham 8.04 stoke-newington 11.68
  nearPlace("near bury street west (not at it, a few streets away) which police station is nearest", EDMONTON), // N9: edmonton 0.72 tottenham 4.26 stoke-newington 7.94
  nearPlace("staying by Montagu Road this week, closest police station?", EDMONTON), // N18: edmonton 1.02 tottenham 2.56 stoke-newington 6.25
  nearPlace("whats the police station for Waltheof Gardens", TOTTENHAM), // N17: tottenham 0.77 edmonton 2.82 stoke-newington 4.45
  nearPlace("bin lorry knocked my wall down on Lansdowne Road Tottenham lol, nearest desk to report it", TOTTENHAM), // N17: tottenham 0.77 edmonton 2.82 stoke-newington 4.45
  nearPlace("need to show my documents at a station, I'm near park lane tottenham", TOTTENHAM), // N17: tottenham 0.77 edmonton 2.82 stoke-newington 4.45
  nearPlace("which front counter serves St Anns Road", TOTTENHAM), // N15: tottenham 1.21 stoke-newington 2.79 edmonton 4.62
  nearPlace("nearest police front counter to Tollington Park", STOKE_NEWINGTON), // N4: stoke-newington 2.42 tottenham 3.30 kentish-town 3.48
  nearPlace("im on Crouch Hill where can i report a stolen bike in person", STOKE_NEWINGTON), // N4: stoke-newington 2.42 tottenham 3.30 kentish-town 3.48
  nearPlace("mountview road - which station do i go to", STOKE_NEWINGTON), // N4: stoke-newington 2.42 tottenham 3.30 kentish-town 3.48
  teamsPlace("<at>StationDesk</at> closest cop shop to Stapleton Hall Road?", STOKE_NEWINGTON), // N4: stoke-newington 2.42 tottenham 3.30 kentish-town 3.48
  nearPlace("live just off Shepherds Hill, nearest desk open today?", KENTISH_TOWN), // N6: kentish-town 2.64 islington 5.01 stoke-newington 5.22
  nearPlace("any police counter near Swains Lane pls", KENTISH_TOWN), // N6: kentish-town 2.64 islington 5.01 stoke-newington 5.22
  nearPlace("where do i go near dartmouth park hill to report a scam face to face", KENTISH_TOWN), // N19: kentish-town 1.92 islington 3.74 stoke-newington 3.91
  nearPlace("work near Leighton Road, whats the nearest station with a front desk", KENTISH_TOWN), // NW5: kentish-town 0.32 islington 3.09 charing-cross 4.87
  nearPlace("Agar Grove nearest front desk", KENTISH_TOWN, ISLINGTON), // NW1: kentish-town 1.81 islington 2.28 charing-cross 2.94
  nearPlace("near Royal College Street (not at it, a few streets away) which police station is nearest", KENTISH_TOWN, ISLINGTON), // NW1: kentish-town 1.81 islington 2.28 charing-cross 2.94
  nearPlace("staying by fleet road this week, closest police station?", KENTISH_TOWN), // NW3: kentish-town 2.13 islington 4.74 charing-cross 5.78
  nearPlace("whats the police station for South End Green", KENTISH_TOWN), // NW3: kentish-town 2.13 islington 4.74 charing-cross 5.78
  nearPlace("bin lorry knocked my wall down on Finchley Road O2 lol, nearest desk to report it", KENTISH_TOWN), // NW3: kentish-town 2.13 islington 4.74 charing-cross 5.78
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Mill Lane West Hampstead", KENTISH_TOWN), // NW6: kentish-town 3.84 hammersmith 5.63 islington 5.98
  nearPlace("which front counter serves shoot up hill", COLINDALE), // NW2: colindale 4.53 kentish-town 5.49 wembley 5.97
  nearPlace("nearest police front counter to Dollis Hill Lane", COLINDALE), // NW2: colindale 4.53 kentish-town 5.49 wembley 5.97
  nearPlace("im on Chichele Road where can i report a stolen bike in person", COLINDALE), // NW2: colindale 4.53 kentish-town 5.49 wembley 5.97
  nearPlace("Church Lane Kingsbury - which station do i go to", COLINDALE), // NW9: colindale 1.34 wembley 5.39 kentish-town 8.90
  nearPlace("closest cop shop to deansbrook road?", COLINDALE), // HA8: colindale 2.77 wembley 7.01 kentish-town 11.41
  nearPlace("live just off Forty Lane, nearest desk open today?", WEMBLEY), // HA9: wembley 1.75 colindale 5.05 acton 5.84
  nearPlace("any police counter near Bridge Road Wembley pls", WEMBLEY), // HA9: wembley 1.75 colindale 5.05 acton 5.84
  nearPlace("where do i go near Watford Road Sudbury to report a scam face to face", WEMBLEY), // HA0: wembley 0.06 acton 5.16 colindale 6.75
  nearPlace("work near bridgewater road, whats the nearest station with a front desk", WEMBLEY), // HA0: wembley 0.06 acton 5.16 colindale 6.75
  teamsPlace("<at>StationDesk</at> Greenford Road nearest front desk", WEMBLEY), // UB6: wembley 2.75 acton 5.62 hayes 6.73
  nearPlace("near Ruislip Road (not at it, a few streets away) which police station is nearest", WEMBLEY), // UB6: wembley 2.75 acton 5.62 hayes 6.73
  nearPlace("staying by Mandeville Road this week, closest police station?", HAYES, WEMBLEY), // UB5: hayes 4.51 wembley 4.98 acton 7.96
  nearPlace("whats the police station for church road northolt", HAYES, WEMBLEY), // UB5: hayes 4.51 wembley 4.98 acton 7.96
  nearPlace("bin lorry knocked my wall down on Yeading Lane lol, nearest desk to report it", HAYES), // UB4: hayes 1.84 hounslow 7.02 wembley 7.65
  nearPlace("need to show my documents at a station, I'm near Uxbridge Road Hillingdon", HAYES), // UB10: hayes 2.93 wembley 10.11 hounslow 10.79
  nearPlace("which front counter serves Long Lane Hillingdon", HAYES), // UB10: hayes 2.93 wembley 10.11 hounslow 10.79
  nearPlace("nearest police front counter to swakeleys road", HAYES), // UB10: hayes 2.93 wembley 10.11 hounslow 10.79
  nearPlace("im on Green Lane Northwood where can i report a stolen bike in person", HAYES), // HA6: hayes 9.29 wembley 10.27 colindale 12.61
  nearPlace("Roxeth Hill - which station do i go to", WEMBLEY), // HA2: wembley 4.57 hayes 7.42 colindale 8.70
  teamsPlace("<at>StationDesk</at> closest cop shop to Station Road Harrow?", WEMBLEY), // HA1: wembley 3.93 colindale 6.97 hayes 9.06
  nearPlace("live just off kenton lane, nearest desk open today?", WEMBLEY, COLINDALE), // HA3: wembley 4.81 colindale 5.51 acton 9.99
  nearPlace("any police counter near Whitchurch Lane pls", COLINDALE), // HA8: colindale 2.77 wembley 7.01 kentish-town 11.41
  nearPlace("where do i go near Bath Road Cranford to report a scam face to face", HOUNSLOW), // TW5: hounslow 2.13 hayes 5.83 acton 8.18
  nearPlace("work near Lampton Road, whats the nearest station with a front desk", HOUNSLOW), // TW3: hounslow 0.10 acton 7.57 kingston 7.76
  nearPlace("bell road hounslow nearest front desk", HOUNSLOW), // TW3: hounslow 0.10 acton 7.57 kingston 7.76
  nearPlace("near Staines Road Feltham (not at it, a few streets away) which police station is nearest", HOUNSLOW), // TW14: hounslow 4.33 hayes 8.04 kingston 9.39
  nearPlace("staying by Twickenham Road Isleworth this week, closest police station?", HOUNSLOW), // TW7: hounslow 2.01 acton 5.74 kingston 7.47
  nearPlace("whats the police station for Church Street Isleworth", HOUNSLOW), // TW7: hounslow 2.01 acton 5.74 kingston 7.47
  nearPlace("bin lorry knocked my wall down on ealing road brentford lol, nearest desk to report it", ACTON), // TW8: acton 3.14 hounslow 4.53 hammersmith 5.69
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Turnham Green Terrace", ACTON, HAMMERSMITH), // W4: acton 2.09 hammersmith 2.78 wembley 7.31
  nearPlace("which front counter serves Acton High Street", ACTON), // W3: acton 0.63 hammersmith 3.50 wembley 5.23
  nearPlace("nearest police front counter to Churchfield Road", ACTON), // W3: acton 0.63 hammersmith 3.50 wembley 5.23
  nearPlace("im on bollo lane where can i report a stolen bike in person", ACTON), // W3: acton 0.63 hammersmith 3.50 wembley 5.23
  nearPlace("Gunnersbury Lane - which station do i go to", ACTON), // W3: acton 0.63 hammersmith 3.50 wembley 5.23
  nearPlace("closest cop shop to Boston Road?", ACTON, WEMBLEY), // W7: acton 4.18 wembley 4.87 hounslow 5.15
  nearPlace("live just off Uxbridge Road Hanwell, nearest desk open today?", ACTON, WEMBLEY), // W7: acton 4.18 wembley 4.87 hounslow 5.15
  nearPlace("any police counter near castlebar road pls", ACTON), // W13: acton 3.18 wembley 4.41 hounslow 5.72
  nearPlace("where do i go near Argyle Road to report a scam face to face", ACTON), // W13: acton 3.18 wembley 4.41 hounslow 5.72
  nearPlace("work near Dudden Hill Lane, whats the nearest station with a front desk", ACTON, WEMBLEY), // NW10: acton 4.11 wembley 4.15 hammersmith 5.43
  teamsPlace("<at>StationDesk</at> Chamberlayne Road nearest front desk", ACTON, WEMBLEY), // NW10: acton 4.11 wembley 4.15 hammersmith 5.43
  nearPlace("near harrow road kensal green (not at it, a few streets away) which police station is nearest", ACTON, WEMBLEY), // NW10: acton 4.11 wembley 4.15 hammersmith 5.43
  nearPlace("staying by Scrubs Lane this week, closest police station?", ACTON, WEMBLEY), // NW10: acton 4.11 wembley 4.15 hammersmith 5.43
  nearPlace("whats the police station for Du Cane Road", HAMMERSMITH, ACTON), // W12: hammersmith 1.87 acton 2.49 wembley 6.62
  nearPlace("bin lorry knocked my wall down on Dawes Road lol, nearest desk to report it", HAMMERSMITH, LAVENDER_HILL), // SW6: hammersmith 2.57 lavender-hill 3.00 brixton 6.23
  nearPlace("need to show my documents at a station, I'm near blythe road", HAMMERSMITH), // W14: hammersmith 0.98 lavender-hill 4.71 acton 4.79
  nearPlace("which front counter serves Warwick Road", HAMMERSMITH), // W14: hammersmith 0.98 lavender-hill 4.71 acton 4.79
  nearPlace("nearest police front counter to Holland Road", HAMMERSMITH), // W14: hammersmith 0.98 lavender-hill 4.71 acton 4.79
  nearPlace("im on Praed Street where can i report a stolen bike in person", HAMMERSMITH, CHARING_CROSS), // W2: hammersmith 3.51 charing-cross 4.26 kentish-town 4.88
  nearPlace("harrow road maida hill - which station do i go to", HAMMERSMITH, KENTISH_TOWN), // W9: hammersmith 4.01 kentish-town 4.46 charing-cross 4.99
  teamsPlace("<at>StationDesk</at> closest cop shop to Walterton Road?", HAMMERSMITH, KENTISH_TOWN), // W9: hammersmith 4.01 kentish-town 4.46 charing-cross 4.99
  nearPlace("live just off Kilburn Lane, nearest desk open today?", HAMMERSMITH), // W10: hammersmith 3.21 acton 4.39 kentish-town 5.96
  nearPlace("any police counter near Latimer Road pls", HAMMERSMITH), // W10: hammersmith 3.21 acton 4.39 kentish-town 5.96
  nearPlace("where do i go near bramley road to report a scam face to face", HAMMERSMITH), // W10: hammersmith 3.21 acton 4.39 kentish-town 5.96
  nearPlace("work near Kensington Church Street, whats the nearest station with a front desk", HAMMERSMITH), // W8: hammersmith 2.20 lavender-hill 4.63 charing-cross 4.91
  nearPlace("Fulham Road nearest front desk", LAVENDER_HILL, HAMMERSMITH), // SW10: lavender-hill 2.55 hammersmith 3.12 charing-cross 4.96
  nearPlace("near Lots Road (not at it, a few streets away) which police station is nearest", LAVENDER_HILL, HAMMERSMITH), // SW10: lavender-hill 2.55 hammersmith 3.12 charing-cross 4.96
  nearPlace("staying by old brompton road this week, closest police station?", HAMMERSMITH), // SW5: hammersmith 2.27 lavender-hill 3.63 charing-cross 5.07
  nearPlace("whats the police station for Gloucester Road", HAMMERSMITH, LAVENDER_HILL, CHARING_CROSS), // SW7: hammersmith 3.28 lavender-hill 3.66 charing-cross 3.92
  nearPlace("bin lorry knocked my wall down on Exhibition Road lol, nearest desk to report it", HAMMERSMITH, LAVENDER_HILL, CHARING_CROSS), // SW7: hammersmith 3.28 lavender-hill 3.66 charing-cross 3.92
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Pimlico Road", CHARING_CROSS, LAVENDER_HILL), // SW1W: charing-cross 2.64 lavender-hill 3.21 walworth 3.73
  nearPlace("which front counter serves lupus street", CHARING_CROSS, WALWORTH, LAVENDER_HILL), // SW1V: charing-cross 2.49 walworth 2.94 lavender-hill 3.16
  nearPlace("nearest police front counter to Warwick Way", CHARING_CROSS, WALWORTH, LAVENDER_HILL), // SW1V: charing-cross 2.49 walworth 2.94 lavender-hill 3.16
  nearPlace("im on Horseferry Road where can i report a stolen bike in person", CHARING_CROSS, WALWORTH), // SW1P: charing-cross 2.27 walworth 2.44 brixton 3.11
  nearPlace("Marsham Street - which station do i go to", CHARING_CROSS, WALWORTH), // SW1P: charing-cross 2.27 walworth 2.44 brixton 3.11
  nearPlace("closest cop shop to great peter street?", CHARING_CROSS, WALWORTH), // SW1P: charing-cross 2.27 walworth 2.44 brixton 3.11
  nearPlace("live just off Wilton Road, nearest desk open today?", CHARING_CROSS, WALWORTH, LAVENDER_HILL), // SW1V: charing-cross 2.49 walworth 2.94 lavender-hill 3.16
  nearPlace("any police counter near Vauxhall Bridge Road pls", CHARING_CROSS, WALWORTH, LAVENDER_HILL), // SW1V: charing-cross 2.49 walworth 2.94 lavender-hill 3.16
  nearPlace("where do i go near Black Prince Road to report a scam face to face", WALWORTH), // SE11: walworth 0.97 charing-cross 2.40 brixton 2.77
  nearPlace("work near harleyford road, whats the nearest station with a front desk", WALWORTH), // SE11: walworth 0.97 charing-cross 2.40 brixton 2.77
  teamsPlace("<at>StationDesk</at> Larkhall Lane nearest front desk", BRIXTON, LAVENDER_HILL), // SW4: brixton 1.68 lavender-hill 1.83 walworth 4.14
  nearPlace("near Stockwell Road (not at it, a few streets away) which police station is nearest", BRIXTON), // SW9: brixton 0.50 walworth 2.48 lavender-hill 3.39
  nearPlace("staying by Loughborough Road this week, closest police station?", BRIXTON), // SW9: brixton 0.50 walworth 2.48 lavender-hill 3.39
  nearPlace("whats the police station for atlantic road", BRIXTON), // SW9: brixton 0.50 walworth 2.48 lavender-hill 3.39
  nearPlace("bin lorry knocked my wall down on Effra Road lol, nearest desk to report it", BRIXTON), // SW2: brixton 1.80 lavender-hill 3.40 walworth 4.70
  nearPlace("need to show my documents at a station, I'm near Tulse Hill estate", BRIXTON), // SE27: brixton 3.88 lavender-hill 5.61 walworth 6.53
  nearPlace("which front counter serves Norwood Road", BRIXTON), // SE27: brixton 3.88 lavender-hill 5.61 walworth 6.53
  nearPlace("nearest police front counter to knights hill", BRIXTON), // SE27: brixton 3.88 lavender-hill 5.61 walworth 6.53
  nearPlace("im on Beulah Hill where can i report a stolen bike in person", CROYDON, BRIXTON), // SE19: croydon 5.28 brixton 5.54 lewisham 7.31
  nearPlace("Church Road Upper Norwood - which station do i go to", CROYDON, BRIXTON), // SE19: croydon 5.28 brixton 5.54 lewisham 7.31
  teamsPlace("<at>StationDesk</at> closest cop shop to Westow Hill?", CROYDON, BRIXTON), // SE19: croydon 5.28 brixton 5.54 lewisham 7.31
  nearPlace("live just off anerley road, nearest desk open today?", CROYDON, BROMLEY), // SE20: croydon 5.25 bromley 5.55 lewisham 6.64
  nearPlace("any police counter near Maple Road Penge pls", CROYDON, BROMLEY), // SE20: croydon 5.25 bromley 5.55 lewisham 6.64
  nearPlace("where do i go near Croydon Road Elmers End to report a scam face to face", BROMLEY), // BR3: bromley 3.38 croydon 5.90 lewisham 6.68
  nearPlace("work near Bickley Road, whats the nearest station with a front desk", BROMLEY), // BR1: bromley 1.42 lewisham 6.08 croydon 9.31
  nearPlace("plaistow lane nearest front desk", BROMLEY), // BR1: bromley 1.42 lewisham 6.08 croydon 9.31
  nearPlace("near Southborough Lane (not at it, a few streets away) which police station is nearest", BROMLEY), // BR2: bromley 1.38 croydon 8.41 lewisham 8.74
  nearPlace("staying by Crofton Road this week, closest police station?", BROMLEY), // BR6: bromley 6.28 bexleyheath 10.99 lewisham 12.91
  nearPlace("whats the police station for Court Road Orpington", BROMLEY), // BR6: bromley 6.28 bexleyheath 10.99 lewisham 12.91
  nearPlace("bin lorry knocked my wall down on high street orpington lol, nearest desk to report it", BROMLEY), // BR6: bromley 6.28 bexleyheath 10.99 lewisham 12.91
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Sevenoaks Road", BROMLEY), // BR6: bromley 6.28 bexleyheath 10.99 lewisham 12.91
  nearPlace("which front counter serves Main Road Biggin Hill", BROMLEY), // TN16: bromley 9.80 croydon 11.20 sutton 16.62
  nearPlace("nearest police front counter to Cray Avenue", BROMLEY), // BR5: bromley 5.99 bexleyheath 7.93 plumstead 10.56
  nearPlace("im on station road sidcup where can i report a stolen bike in person", BEXLEYHEATH), // DA15: bexleyheath 3.93 plumstead 5.00 bromley 7.28
  nearPlace("Welling High Street - which station do i go to", PLUMSTEAD, BEXLEYHEATH), // DA16: plumstead 2.52 bexleyheath 3.10 lewisham 8.04
  nearPlace("closest cop shop to Pickford Lane?", BEXLEYHEATH), // DA7: bexleyheath 0.98 plumstead 4.19 dagenham 8.94
  nearPlace("live just off Erith Road, nearest desk open today?", BEXLEYHEATH), // DA7: bexleyheath 0.98 plumstead 4.19 dagenham 8.94
  nearPlace("any police counter near mayplace road pls", BEXLEYHEATH), // DA7: bexleyheath 0.98 plumstead 4.19 dagenham 8.94
  nearPlace("where do i go near Crayford Way to report a scam face to face", BEXLEYHEATH), // DA1: bexleyheath 2.35 plumstead 7.05 dagenham 10.25
  nearPlace("work near Burrage Road, whats the nearest station with a front desk", PLUMSTEAD), // SE18: plumstead 1.64 bexleyheath 6.13 lewisham 6.16
  teamsPlace("<at>StationDesk</at> Herbert Road nearest front desk", PLUMSTEAD), // SE18: plumstead 1.64 bexleyheath 6.13 lewisham 6.16
  nearPlace("near eltham hill (not at it, a few streets away) which police station is nearest", LEWISHAM, PLUMSTEAD, BROMLEY), // SE9: lewisham 4.92 plumstead 5.41 bromley 5.70
  nearPlace("staying by Court Yard Eltham this week, closest police station?", LEWISHAM, PLUMSTEAD, BROMLEY), // SE9: lewisham 4.92 plumstead 5.41 bromley 5.70
  nearPlace("whats the police station for Westhorne Avenue", LEWISHAM, PLUMSTEAD, BROMLEY), // SE9: lewisham 4.92 plumstead 5.41 bromley 5.70
  nearPlace("bin lorry knocked my wall down on Verdant Lane lol, nearest desk to report it", LEWISHAM), // SE6: lewisham 2.79 bromley 4.96 brixton 7.30
  nearPlace("need to show my documents at a station, I'm near bromley road catford", LEWISHAM), // SE6: lewisham 2.79 bromley 4.96 brixton 7.30
  nearPlace("which front counter serves Stondon Park", LEWISHAM), // SE23: lewisham 3.65 brixton 5.14 walworth 6.28
  nearPlace("nearest police front counter to Ewart Road", LEWISHAM), // SE23: lewisham 3.65 brixton 5.14 walworth 6.28
  nearPlace("im on Coulgate Street where can i report a stolen bike in person", LEWISHAM), // SE4: lewisham 1.78 walworth 5.34 brixton 5.41
  nearPlace("mantle road - which station do i go to", LEWISHAM), // SE4: lewisham 1.78 walworth 5.34 brixton 5.41
  teamsPlace("<at>StationDesk</at> closest cop shop to Tanners Hill?", LEWISHAM), // SE8: lewisham 2.50 walworth 4.77 bethnal-green 5.39
  nearPlace("live just off Besson Street, nearest desk open today?", LEWISHAM), // SE14: lewisham 2.66 walworth 4.10 brixton 5.05
  nearPlace("any police counter near East Dulwich Road pls", BRIXTON), // SE22: brixton 3.04 walworth 4.24 lewisham 4.45
  nearPlace("where do i go near grove vale to report a scam face to face", BRIXTON), // SE22: brixton 3.04 walworth 4.24 lewisham 4.45
  nearPlace("work near Dog Kennel Hill, whats the nearest station with a front desk", BRIXTON), // SE22: brixton 3.04 walworth 4.24 lewisham 4.45
  nearPlace("Coldharbour Lane Camberwell nearest front desk", WALWORTH, BRIXTON), // SE5: walworth 1.76 brixton 1.80 charing-cross 4.60
  nearPlace("near Peckham Road (not at it, a few streets away) which police station is nearest", WALWORTH, BRIXTON), // SE15: walworth 2.86 brixton 3.40 lewisham 4.01
  nearPlace("staying by albany road this week, closest police station?", WALWORTH, BRIXTON), // SE5: walworth 1.76 brixton 1.80 charing-cross 4.60
  nearPlace("whats the police station for Trafalgar Avenue", WALWORTH, BRIXTON), // SE15: walworth 2.86 brixton 3.40 lewisham 4.01
  nearPlace("bin lorry knocked my wall down on Long Lane Bermondsey lol, nearest desk to report it", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
  teamsPlace("<at>StationDesk</at> need to show my documents at a station, I'm near Great Dover Street", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
  nearPlace("which front counter serves harper road", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
  nearPlace("nearest police front counter to Falmouth Road", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
  nearPlace("im on Newington Causeway where can i report a stolen bike in person", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
  nearPlace("Borough Road - which station do i go to", WALWORTH), // SE1: walworth 1.18 charing-cross 2.58 islington 4.08
];
