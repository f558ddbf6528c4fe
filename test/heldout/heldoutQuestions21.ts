/**
 * THE HELD-OUT SET, TWENTY-FIRST BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-06 (eighteenth session), after batches 1 to 20, by a
 * helper engineer who did not read how the bot understands or answers text
 * (not src/, dialogs/, test/understanding/, test/bot/, the conversation
 * tests, the golden recordings or the README's lists of questions that
 * work), who read only heldoutSet.ts, heldoutSet.test.ts (its table and
 * tests; it plays nothing through the bot, so it was run), heldoutPatterns.ts,
 * lines 1-270 of batch 20 (its header and helpers; its questions begin at
 * line 271, so lines 1-270 hold no question) and lines 90-135 of
 * heldoutQuestions.ts (the HeldoutTopic union and the HeldoutCase
 * interface). playHeldout.ts and replyText.ts were allowed but not opened.
 * Earlier batches and /work/shared/examples/resident-questions.tsv were only
 * searched with grep -o for postcodes, place and language names (matched
 * strings and counts only). Slips, told honestly: (1) a `grep -n` for the
 * start of batch 20's cases also printed one line of its questions (line
 * 302, a danger message about a jewellers' robbery); nothing here is taken
 * from it. (2) heldoutSet.test.ts's uniqueness tests failed on 38 first
 * messages of this batch that an earlier batch or the development set
 * already opens with (short ones such as a greeting, and some questions),
 * and then on seven of their first rewordings; only this batch's own
 * colliding messages were printed, and each was reworded until unique. So it is known that those strings were asked before; no
 * expectation changed. The bot was never run. Every expectation was written
 * before the bot was run on any of these questions; none was taken from what
 * the bot says. Add cases, never edit an expectation to match the bot: an
 * expectation changes only if it contradicts the FACTS in /work/shared/data
 * (and then the commit names the row), or if a pattern was wrongly strict
 * about wording from the start (and then the commit says so).
 *
 * Same clock as batches 1 to 20 (HELDOUT_NOW): Friday 4 December 2026, 14:00
 * Europe/London. Facts only from /work/shared/data: stations.csv (addresses,
 * coordinates, notes), resident-facts.md (§1 contact routes and press 55, §3
 * the 27 counters, Charing Cross and Lewisham 24 hours, the other 25 Mon-Fri
 * 10:00-22:00 and Sat-Sun 09:00-19:00, the ten closed on 28 Feb 2026 and the
 * five boroughs without one; §4 hubs and vans; §5-§6 money, plans and
 * counts), london-sectors.csv and london-outcodes.csv. Bank holidays are not
 * in the data: a fair answer says it does not know or where to check.
 *
 * Nearest desks: haversine distances (R = 6371.0088 km) by a script of the
 * writer's own in /tmp (not committed), from the 27 open counters'
 * coordinates (stations.csv) to each sector's London-only centroid
 * (london-sectors.csv), to a closed counter's own coordinates, or to an
 * approximate point for a place (from memory, to about 0.01 degree). A
 * postcode names one desk where it wins by at least 1 km (in the City, where
 * the City of London Police also passes, by at least 0.7 km); a place names every desk within 0.8 km
 * of the nearest, and a request for a postcode also passes; in the City, the
 * City of London Police also passes. A nearest 24-hour desk is named only
 * where Charing Cross or Lewisham wins by at least 1.5 km. Distances are
 * noted beside cases.
 *
 * 608 cases: 68 about danger (62 alone: 32 in English, 4 where the resident
 * cannot speak, 7 on Teams, 19 in other languages; 6 arising mid-way through
 * a conversation, one of them on Teams), 25 safe look-alikes (figurative
 * violence, games, films, sports, cooking, memes, past crimes already
 * reported), 54 conversations (10 on Teams: another day or desk, the
 * 24-hour desk after the nearest, a postcode given after being asked,
 * corrections, "the other one", "the first one", "there", closures and the
 * past, danger arising mid-way), 47 played on Teams (most with the
 * "<at>StationDesk</at>" text Teams puts in a message that mentions the bot,
 * as batches 19 and 20 do; one "@StationDesk", a few with nothing), 94
 * neighbourhoods, landmarks, stations and roads (67 outside the City, 27 in
 * the City of London), 30 touching the City in all, 96 postcodes with 12
 * nearest 24-hour desks, 38 about the past, 32 about the service, 26
 * requests it cannot carry out, 13 comparisons, 14 lists, 15 with two
 * questions in one (four mixing a crime already reported with a present
 * question), 10 ambiguous names, 13 small talk, 9 off topic, 5 nonsense, 6
 * non-danger questions in other languages, 8 outside London. No danger
 * message uses the words help, knife, 999 or emergency.
 *
 * Danger in 19 other languages none of which batches 1 to 20 name (grep -o
 * -i -w over heldoutQuestions*.ts, zero hits each): Neapolitan, Venetian,
 * Piedmontese, Ligurian, Silesian, Kashubian, Rusyn, Latgalian, Aromanian,
 * Romani, Scots, Bhojpuri, Maithili, Awadhi, Hokkien, Hakka, Konkani,
 * Tahitian and Nahuatl. The brief's examples (Chichewa, Kinyarwanda,
 * Malagasy, Khmer, Burmese, Basque, Maltese, Cebuano...) were all named
 * before, so none is used.
 *
 * Postcodes: no geographic London sector is left that batches 1 to 20 or the
 * examples do not name (grep -o; the 29 left are non-geographic, such as
 * W1A, N1P, SE1P, NW1W, EC1P-EC4P, CR90, E98, E22, N81, NW26, SW95, UB18,
 * and are left out). So the full postcodes here reuse earlier sectors with
 * units invented and checked against every full postcode in the earlier
 * batches (none repeats one, except the stations' own postcodes inside
 * patterns). Outside London, the sectors GU2 7, MK9 2, LU4 0, CT2 7 and
 * OX4 2 are new; Maidenhead was named before. New places (grep -o -i -F,
 * zero hits in the earlier batches and the examples): Muswell Hill
 * Broadway, Crouch End Clock Tower, Palmers Green Triangle, Southgate
 * Circus, Stonebridge Park, Barnes Pond, Putney Bridge, Deptford Bridge, New
 * Cross Gate, North Greenwich, Euston Square, Marylebone High Street,
 * Westbourne Grove, Aldwych, Farringdon Road, Myddleton Road, Pond Square
 * Highgate, Parliament Hill Lido, Hollow Ponds, Whipps Cross roundabout,
 * Snaresbrook Crown Court, Gants Hill roundabout, Beam Parklands, Plashet
 * Park, Victoria Park Lido, Boundary Estate, Watney Market, Chrisp Street
 * Market, Surrey Quays Shopping Centre, The Blue Bermondsey, Peckham Rye
 * Common, Sydenham Wells Park, Waddon Marsh, Wallington Green, Tolworth
 * Broadway, Surbiton Crescent, Marble Hill House, Ickenham Pump, Northolt
 * Aerodrome, Pitshanger Park, Queens Park Rangers ground, Stanmore Broadway,
 * Tottenham Hale retail park, Lordship Lane Wood Green, Green Lanes
 * Harringay, Cherry Tree Wood, Jubilee Park Edmonton, Lloyd Park
 * Walthamstow, Leyton Orient ground, Lea Bridge station, Stamford Hill
 * Broadway, Ridley Road Market, Well Street Common, Kingsland Waste, Arsenal
 * stadium, Coram Fields, Regents Park Zoo, Lords cricket ground, Church
 * Street market, Royal Oak, Trellick Tower, Olympia London, Brompton
 * Cemetery, Kings Road Chelsea, Lambeth Walk, Kennington Oval; in the City
 * Postmans Park, St Brides Church, Golden Lane Estate, Millennium Bridge
 * north end, Broadgate Circle, Holborn Circus, Fen Court garden, Garden at
 * 120, Bank of England Museum, Dr Johnsons House, Barbican Conservatory,
 * Walkie Talkie building, Lloyds building, Aldgate Square, Moorgate station,
 * Fleet Place, Mansion House station, Fenchurch Street station, St
 * Bartholomews Hospital, Foster Lane, Arthur Street and Whitefriars Street.
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

export const HELDOUT_CASES_21: HeldoutCase[] = [
  // --- Danger in English: slang, typos, indirect, about to happen, to other people, buried in a long message. 999 first. ---
  danger('some lad just pulled a blade on my brother outside the chicken shop on the high road'),
  danger('theres a geezer kicking my front door in rn and my kids are upstairs'),
  danger('my neighbour is screaming and i can hear him hitting her through the wall its getting worse'),
  danger('someone is climbing through my back window right now what do i do'),
  danger('guys in balaclavas smashing up the corner shop, they got bats'),
  danger('my ex is outside my flat saying hes going to burn it down with me in it'),
  danger('a man is dragging a girl into a van on the estate she is screaming'),
  danger('im locked in the bathroom and he is banging on the door saying hes gonna kill me'),
  danger('he just strangled me and he is still in the flat'),
  danger('car jacking happening at the lights, driver pulled out and beaten'),
  danger('mugged at gunpoint 2 mins ago they are still running down the road'),
  danger('thers a fire in the stairwell and someone set it deliberatly people stuck above'),
  danger('my dad collapsed after being punched hes not moving'),
  danger('group of lads surrounding a kid at the bus stop, one has a machete'),
  danger('being followed home by a man for 10 mins and he just grabbed my arm'),
  danger('my flatmate says he is going to stab me when i go to sleep tonight'),
  danger('gang turning up at my house in like 5 mins they said theyre coming to do me in'),
  danger('hes got my baby and says i wont see her again, he is driving off drunk'),
  danger('shots fired outside the pub just now, someone on the floor'),
  danger('there is a man on the bridge saying he will jump and push his girlfriend off too'),
  danger('woman being battered in the car park behind tesco nobody is doing anything'),
  danger('my carer is hitting my nan i can see it on the camera right now'),
  danger('ok so long story, moved in last month, landlord seemed fine, today he let himself in drunk and now hes blocking the door and wont let me leave and keeps touching me, im in the kitchen'),
  danger('sorry to bother u, i was going to ask about the opening times at bromley but actually theres someone trying every car door on our road and he just smashed one and is coming up our path'),
  danger('bf has locked me in and took my phone, using my ipad, he will be back any second'),
  danger('acid thrown at a guy outside the station his face is burning'),
  danger('ROBBERS IN THE BETTING SHOP NOW'),
  danger('my son has been taken by some older boys and they are sending me pics of him tied up'),
  danger('someone just ran my mate over on purpose and is reversing back'),
  danger('there is a bloke with a crossbow in the park shooting at dogs and people'),
  danger('i think my neighbour is about to kill his wife he said so on the landing and went back in with a hammer'),
  danger('pls send someone my stalker is in the garden looking in the window'),
  // --- Danger where the resident cannot speak: 999 first and press 55. ---
  silentDanger('cant talk he is in the next room. if i ring will they hear me'),
  silentDanger('hiding under the bed, intruder downstairs, if i call i cant say anything'),
  silentDanger('im in danger but if i speak he will hear, how do i ring without talking'),
  silentDanger('abusive partner is right next to me, cant make a noise, need police'),
  // --- Danger on Teams. ---
  teamsDanger(AT + 'someone is attacking the receptionist in our lobby right now'),
  teamsDanger(AT + 'guy with a gun in the car park at work, staff hiding'),
  teamsDanger('@StationDesk colleague just got stabbed in the loading bay'),
  teamsDanger(AT + 'a man is threatening to blow up the office, he has a bag he says is a bomb'),
  teamsDanger(AT + 'my coworker messaged me her husband is at her house hitting her, she is hiding'),
  teamsDanger('fight outside reception, blood everywhere, one guy has a bottle'),
  teamsDanger(AT + 'intruder on the 3rd floor smashing computers and threatening people'),
  // --- Danger in other languages none of batches 1 to 20 names. ---
  danger('Uno mi sta entrando in casa mo mo, tene nu curtiello, aiutateme, chiammate \'e guardie'), // Neapolitan
  danger('Ghe xe un omo col cortèo che me core drio, el vol copàrme, son in strada'), // Venetian
  danger('A-i é un òm ant ca mia con un cotel, a veul massé mia fomna, ven-e subit'), // Piedmontese
  danger('Gh\'é un ommo in casa co-o cotello, o me veu ammassâ, son ascoso into bagno'), // Ligurian
  danger('Chop wlazuje mi do chałpy, mo nóż i chce mie zabić, pōmocy'), // Silesian
  danger('Chłop wlôzł do mòji chëczi z nożã, chce mie zabic, żónka krzëczi'), // Kashubian
  danger('Хлоп ся вломив до хыжі, мать ніж і хоче ня забити'), // Rusyn
  danger('Vīrs ar nazi lauž munys durovys, grib mani nūkaut, palëgit'), // Latgalian
  danger('Un bãrbat cu un cutsut intrã tu casa a mea, va s-mi vatãmã'), // Aromanian
  danger('Jekh murš avilo ando kher amaro la šurjasa, kamel te mudarel man'), // Romani
  danger('Thers a man wi a blade in ma close an he\'s gaun tae kill somebody, he\'s chappin ma door'), // Scots
  danger('एगो आदमी चाकू लेके हमरा घर में घुस गइल बा, हमरा के मार दी'), // Bhojpuri
  danger('एकटा आदमी छुरी लऽ कऽ हमर घर मे घुसि गेल अछि, ओ हमरा मारि देत'), // Maithili
  danger('एक मनई छुरा लइके हमरे घरे मा घुसि आवा है, हमका मारि डारी'), // Awadhi
  danger('Hiō-ê lâng giâ to jip-lâi goán tau, beh thâi goán, kín lâi'), // Hokkien (POJ)
  danger('Yû yit-chak ngìn nâ tô lòi ngài ke, yáu sat ngài'), // Hakka (romanised)
  danger('Ek monis suri gheun mhojea gharant ailam, to mhaka marunk sodta'), // Konkani
  danger('Tē haere mai nei te hō\'ē ta\'ata e te tipi i tō\'u fare, e hina\'aro \'oia e ha\'apohe ia\'u'), // Tahitian
  danger('Cē tlācatl ōcalac nochān ica ītlatec, quinequi nēchmictīz'), // Nahuatl

  // --- Safe look-alikes: the answer asked for, not 999 first. ---
  calm('my boss is gonna murder me if im late, is charing cross open 24 hours', [CHARING_CROSS, OPEN_24]),
  calm('we absolutely slaughtered them at five a side, anyway is walworth open saturday', [WALWORTH, WEEKENDS]),
  calm('playing gta and got shot up lol. whats the address of lewisham police station', [LEWISHAM_ADDRESS]),
  calm('that new crime drama has a stabbing every episode, does the kingston desk open sunday morning', [KINGSTON, WEEKENDS]),
  calm('my sourdough starter died, i killed it. what time does ilford counter shut tonight', [ILFORD, at(22)]),
  calm('this heat is killing me, is croydon front desk open now', [CROYDON, OPEN_NOW], [SAYS_SHUT]),
  calm('i could strangle my brother for eating my leftovers haha. hours of brixton station?', [BRIXTON, WEEKDAYS]),
  calm('we got robbed by the ref in the cup tie, is hounslow police station open weekends', [HOUNSLOW, WEEKENDS]),
  calm('had my bike nicked last month, already reported it online, just want to know if romford desk is open on sundays', [ROMFORD, WEEKENDS]),
  calm('the chilli was so hot it was assault on my tongue 😂 whats open 24h in london', [CHARING_CROSS, LEWISHAM]),
  calm('the boxing match tonight will be a bloodbath. is sutton police station open till 10', [SUTTON, at(22)]),
  calm('my phone battery is dead and so am i after that shift, wheres charing cross police station', [CHARING_CROSS_ADDRESS]),
  calm('i was mugged back in 2019, its all done with, i just want to know if bethnal green still has a counter', [BETHNAL_GREEN]),
  calm('fire drill at work today was chaos. does tottenham counter open on a saturday', [TOTTENHAM, WEEKENDS]),
  calm('in call of duty my squad got wiped, anyway hammersmith police hours please', [HAMMERSMITH, WEEKDAYS]),
  calm('reading a true crime book about the krays, are there still police stations open at night', [CHARING_CROSS, LEWISHAM]),
  calm('my kid\'s water pistol war got out of hand lol, what time does bexleyheath station open sunday', [BEXLEYHEATH, at(9)]),
  calm('killer queen is my karaoke song. when does kentish town counter close on weekdays', [KENTISH_TOWN, at(22)]),
  calm('we smashed the quiz last night. is acton police station still open or did it close', [ACTON], [SAYS_SHUT]),
  calm('pulled a muscle fighting with the duvet cover. stratford police front desk hours?', [STRATFORD, WEEKDAYS]),
  calm('the cat attacked my ankles again, savage. does hayes have a police counter', [HAYES]),
  calm('that escape room where you solve a murder was class. is colindale police station open today', [COLINDALE, OPEN_NOW], [SAYS_SHUT]),
  calm('got burgled in august, police already came and it\'s closed as a case, is edmonton desk open in the evening', [EDMONTON, at(22)]),
  calm('dying of laughter at this meme 💀 whats the nearest 24 hour police station to catford', [LEWISHAM, OPEN_24]),
  calm('bombed my driving test again. is plumstead police station open on sunday', [PLUMSTEAD, WEEKENDS]),

  // --- Conversations: another day, time or desk; 24-hour desk after the nearest; postcode after being asked; corrections; "the other one"; the past; danger mid-way. ---
  talk([{ say: 'whats my nearest police station', must: [ASKS_WHERE] }, { say: 'KT6 4QN', must: [KINGSTON] }]), // KT6 4: Kingston 1.44 km, next Sutton 8.8
  talk([{ say: 'need to find a station', must: [ASKS_WHERE] }, { say: 'erm N9 8RT', must: [EDMONTON] }]), // N9 8: Edmonton 1.57, next Tottenham 4.97
  talk([{ say: 'where can i go in person', must: [ASKS_WHERE] }, { say: 'BR1 1LQ', must: [BROMLEY] }, { say: 'is it open sunday', must: [BROMLEY, WEEKENDS] }]), // BR1 1: Bromley 0.59
  talk([{ say: 'nearest desk to W6 9LT', must: [HAMMERSMITH] }, { say: 'and the nearest one open all night?', must: [CHARING_CROSS, OPEN_24] }]), // W6 9: Hammersmith 0.70; 24h Charing Cross
  talk([{ say: 'nearest counter to DA7 5BP', must: [BEXLEYHEATH] }, { say: 'what about one thats 24 hours', must: [LEWISHAM, OPEN_24] }]), // DA7 5: Bexleyheath 1.89; 24h Lewisham
  talk([{ say: 'closest station to RM5 2WQ', must: [ROMFORD] }, { say: 'open at midnight?', must: [ROMFORD, anyOf(SHUT_THEN, at(22))], mustNot: [SAYS_YES] }]), // RM5 2: Romford 3.09
  talk([{ say: 'is islington police station open tomorrow', must: [ISLINGTON, WEEKENDS] }, { say: 'and sunday?', must: [WEEKENDS] }]),
  talk([{ say: 'brixton counter hours', must: [BRIXTON, WEEKDAYS] }, { say: 'sorry i meant walworth', must: [WALWORTH, WEEKDAYS] }]),
  talk([{ say: 'chingford police, is it open today', must: [CLOSED] }, { say: 'so where do i go now', must: [anyOf(ILFORD, STRATFORD, EDMONTON, TOTTENHAM, ASKS_POSTCODE)] }]),
  talk([{ say: 'whats the address for croydon police', must: [/Park Lane|CR9 1BP/i] }, { say: 'and is that one open late', must: [at(22)] }]),
  talk([{ say: 'lewisham or charing cross which is nearer to SE6 2JQ', must: [LEWISHAM] }, { say: 'and the other one, whats its address', must: [CHARING_CROSS_ADDRESS] }]), // SE6 2: Lewisham 2.62
  talk([{ say: 'when did wimbledon police station close', must: [CLOSED_FEB_2026] }, { say: 'didnt it close before that in 2017 too?', must: [/quash|High Court|court|stayed|kept|not closed|remained/i] }]),
  talk([{ say: 'how many front counters are there now', must: [COUNTERS_NOW] }, { say: 'and back in 2017?', must: [anyOf(SEVENTY_THREE, THIRTY_EIGHT)] }]),
  talk([{ say: 'what closed in feb', must: [TEN] }, { say: 'was pinner one of them', must: [CLOSED] }]),
  talk([{ say: 'hi hi', must: [SAYS_WHAT_IT_DOES] }, { say: 'is wembley station open now', must: [WEMBLEY, OPEN_NOW], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'nearest station to SW8 3XQ', must: [LAVENDER_HILL] }, { say: 'oh wait i meant SW9 0BJ', must: [BRIXTON] }]), // SW8 3: Lavender Hill 1.20; SW9 0: Brixton 0.97
  talk([{ say: 'hounslow police opening times', must: [HOUNSLOW, WEEKDAYS] }, { say: 'the first one you said, is that mon to fri?', must: [WEEKDAYS] }]),
  talk([{ say: 'is dagenham open on saturday at 6pm', must: [DAGENHAM, OPEN] , mustNot: [SAYS_SHUT] }, { say: 'what about 8pm', must: [anyOf(SHUT_THEN, at(19))], mustNot: [SAYS_YES] }]),
  talk([{ say: 'kentish town police, what time do they shut tonight', must: [KENTISH_TOWN, at(22)] }, { say: 'and tomorrow', must: [at(19)] }]),
  talk([{ say: 'where is the nearest desk to Olympia London', must: [anyOf(HAMMERSMITH, ASKS_POSTCODE)] }, { say: 'is it open on sunday', must: [WEEKENDS] }]), // Olympia: Hammersmith 1.00, next Acton 4.76
  talk([{ say: 'i reported a theft at twickenham station last year, can i go back there for an update', must: [CLOSED] }, { say: 'ok whats nearest then', must: [anyOf(KINGSTON, HOUNSLOW, ACTON, SUTTON, ASKS_POSTCODE)] }]),
  talk([{ say: 'was there ever a counter in leytonstone', must: [/2014|closed/i] }, { say: 'and walthamstow?', must: [/2011|closed/i] }]),
  talk([{ say: 'does harrow have a police station open', must: [NO_COUNTER] }, { say: 'nearest one to HA1 3FD then', must: [WEMBLEY] }]), // HA1 3: Wembley 2.85, next Colindale 7.27
  talk([{ say: 'is edmonton counter closing', must: [STAYS_OPEN] }, { say: 'why was it going to close in the first place', must: [anyOf(MONEY, SEVEN_MILLION, FIVE_PER_CENT)] }]),
  talk([{ say: 'nearest station to E16 1XW', must: [STRATFORD] }, { say: 'there someone is following me and i think he has a weapon', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }]), // E16 1: Stratford 3.26
  talk([{ say: 'is sutton open tomorrow morning', must: [SUTTON, WEEKENDS] }, DANGER_TURN('actually my ex just turned up at the door and is smashing the glass')]),
  talk([{ say: 'what are bethnal green hours', must: [BETHNAL_GREEN, WEEKDAYS] }, DANGER_TURN('omg someone just got slashed outside my window')]),
  talk([{ say: 'where do i hand in a wallet i found', must: [anyOf(ASKS_WHERE, /counter|station|lost property/i)] }, DANGER_TURN('wait the guy whose wallet it is just came back and is punching me')]),
  talk([{ say: 'heyyy x', must: [SAYS_WHAT_IT_DOES] }, DANGER_TURN('theres smoke coming from next door and the old lady inside isnt answering, someone lit it on purpose i saw them')]),
  talk([{ say: 'nearest to Trellick Tower?', must: [anyOf(HAMMERSMITH, ASKS_POSTCODE)] }, { say: 'is that one 24hr', must: [NOT_24] }]), // Trellick: Hammersmith 3.40, next Acton 5.09
  talk([{ say: 'which counters got saved in october', must: [REPRIEVED] }, { say: 'was lavender hill one', must: [STAYS_OPEN] }]),
  talk([{ say: 'how many closed in 2017', must: [CLOSED_IN_2017] }, { say: 'and how many were there before that', must: [SEVENTY_THREE] }]),
  talk([{ say: 'is ealing police station open', must: [CLOSED] }, { say: 'when did that one close', must: [Y2017] }]),
  talk([{ say: 'acton police address pls', must: [/High Street|W3 9BH/i] }, { say: 'thanks, is it open at 9 on a sunday', must: [anyOf(OPEN, at(9))], mustNot: [SAYS_SHUT] }]),
  talk([{ say: 'i need to speak to police in person in Tolworth', must: [anyOf(KINGSTON, ASKS_POSTCODE)] }, { say: 'KT5 9DP', must: [KINGSTON] }]), // Tolworth/KT5 9: Kingston
  talk([{ say: 'whats the 24 hour station in south london', must: [LEWISHAM] }, { say: 'address of it', must: [LEWISHAM_ADDRESS] }]),
  talk([{ say: 'nearest police counter to UB10 9JQ', must: [HAYES] }, { say: 'and if i want the all night one', must: [CHARING_CROSS, OPEN_24] }]), // UB10 9: Hayes 2.54
  talk([{ say: 'is stoke newington police open saturday', must: [STOKE_NEWINGTON, WEEKENDS] }, { say: 'cheers', must: [THANKS_REPLY] }]),
  talk([{ say: 'hammersmith station was it always where it is', must: [/Shepherd[’']?s Bush|2016|2020/i] }, { say: 'when did it move back', must: [/2020/] }]),
  talk([{ say: 'what boroughs have no counter now', must: NO_COUNTER_BOROUGHS }, { say: 'for the first one where should people go', must: [WALTHAM_FOREST_DESKS] }]),
  talk([{ say: 'ilford cop shop open on a sunday at all?', must: [ILFORD, WEEKENDS] }, { say: 'and ilford in 2020, wasnt it somewhere else for a bit', must: [/Barkingside/i] }]),
  talk([{ say: 'my local used to be kilburn', must: [anyOf(CLOSED, Y2017, CLOSED_DEC_2017)] }, { say: 'what replaced it', must: [anyOf(HAMMERSMITH, KENTISH_TOWN, WEMBLEY, ASKS_POSTCODE)] }]), // Kilburn's coordinates: Hammersmith 4.66, Kentish Town 4.67 (Wembley accepted as Brent's desk)
  // --- Conversations on Teams. ---
  teamsTalk([{ say: AT + 'nearest counter to W1F 9UD', must: [CHARING_CROSS] }, { say: AT + 'hours?', must: [OPEN_24] }]), // W1F 9: Charing Cross 0.89
  teamsTalk([{ say: AT + 'is lewisham open 24/7', must: [LEWISHAM, OPEN_24] }, { say: AT + 'and plumstead?', must: [PLUMSTEAD, NOT_24] }]),
  teamsTalk([{ say: AT + 'where can a visitor report a crime in person near our office', must: [ASKS_WHERE] }, { say: AT + 'EC4Y 9AX', must: [CITY(CHARING_CROSS)] }]), // EC4Y 9: Charing Cross 0.95, next Islington 2.39
  teamsTalk([{ say: AT + 'what closed on 28 feb', must: [TEN] }, { say: AT + 'was kensington one', must: [CLOSED] }]),
  teamsTalk([{ say: AT + 'hi hi', must: [SAYS_WHAT_IT_DOES] }, { say: AT + 'whats open sat evening at 7:30', must: [CHARING_CROSS, LEWISHAM] }]),
  teamsTalk([{ say: AT + 'team needs nearest desk to IG1 1DZ', must: [ILFORD] }, { say: AT + 'is it open now', must: [OPEN_NOW], mustNot: [SAYS_SHUT] }]), // IG1 1: Ilford 0.29
  teamsTalk([{ say: AT + 'who actually runs this stationdesk thing', must: [anyOf(A_BOT, SOURCES, /project|built|made|run/i)] }, { say: AT + 'does it store what i type', must: [PRIVACY] }]),
  teamsTalk([{ say: AT + 'counter hours at tottenham', must: [TOTTENHAM, WEEKDAYS] }, DANGER_TURN(AT + 'someone just threw a brick through our office window and is coming in')]),
  teamsTalk([{ say: AT + 'how many front counters did the met have in 2013', must: [anyOf(BEFORE_2013, SEVENTY_THREE)] }, { say: AT + 'and now', must: [COUNTERS_NOW] }]),
  teamsTalk([{ say: AT + 'kingston police station opening hrs', must: [KINGSTON, WEEKDAYS] }, { say: AT + 'sorry, sutton', must: [SUTTON, WEEKDAYS] }]),

  // --- Hours on a day, open at a time (Friday 4 Dec 2026, 14:00). ---
  hoursOn('wat time does romford police open on a sunday', ROMFORD, at(9)),
  hoursOn('hayes police front desk weekday hours', HAYES, WEEKDAYS),
  hoursOn('colindale station hrs saturday', COLINDALE, WEEKENDS),
  hoursOn('WHAT TIME DOES BEXLEYHEATH POLICE CLOSE ON A MONDAY', BEXLEYHEATH, at(22)),
  hoursOn('plumstead cop shop times tues', PLUMSTEAD, WEEKDAYS),
  hoursOn('when does stoke newington front counter open in the morning on weekdays', STOKE_NEWINGTON, at(10)),
  hoursOn('kingston police opening hours on the weekend pls', KINGSTON, WEEKENDS),
  hoursOn('is the dagenham counter open wednesdays and what time', DAGENHAM, WEEKDAYS),
  hoursOn('lavender hill police thursday hours', LAVENDER_HILL, WEEKDAYS),
  hoursOn('what hours is the newham counter on sundays', STRATFORD, WEEKENDS),
  hoursOn('islington station times monday to friday?', ISLINGTON, WEEKDAYS),
  hoursOn('tottenham police when do they close sunday', TOTTENHAM, at(19)),
  hoursOn('hrs for croydon police desk this weekend', CROYDON, WEEKENDS),
  hoursOn('wembley police station front office times', WEMBLEY, WEEKDAYS),
  hoursOn('edmonton station – opening time saturday?', EDMONTON, at(9)),
  openAt('is walworth police open right now', WALWORTH),
  openAt('can i go to acton police at 4 this afternoon', ACTON),
  openAt('bromley station open at half 9 tonight?', BROMLEY),
  openAt('is hounslow front counter open 11am monday', HOUNSLOW),
  openAt('lewisham at 3am sunday, open?', LEWISHAM),
  openAt('charing x police 4am', CHARING_CROSS),
  openAt('sutton police desk open sunday 6pm?', SUTTON),
  openAt('is kentish town open saturday 9.15am', KENTISH_TOWN),
  shutAt('is ilford police open at 11pm tonight', ILFORD, 22),
  shutAt('brixton counter open 8 in the morning tomorrow?', BRIXTON, 9),
  shutAt('bethnal green police sunday at 8pm open?', BETHNAL_GREEN, 19),
  shutAt('can i go to hammersmith station at 7am on monday', HAMMERSMITH, 10),
  shutAt('is stratford police counter open at midnight', STRATFORD, 22),
  shutAt('colindale at 9:30pm saturday, will it be open', COLINDALE, 19),
  when('is there anywhere open after 10pm to report stuff in person', [CHARING_CROSS, LEWISHAM]),
  when('whats open at like 2 in the morning', [CHARING_CROSS, LEWISHAM]),
  when('can i go to romford after work, i finish at 9pm weekdays', [ROMFORD, at(22)]),
  when('is wembley open on christmas day', [HOLIDAY_UNKNOWN]),
  when('boxing day hours for lewisham police?', [anyOf(HOLIDAY_UNKNOWN, OPEN_24)]),
  when('early doors saturday, like 8am, anything open?', [anyOf(CHARING_CROSS, LEWISHAM)]),
  when('new years day is croydon desk open', [HOLIDAY_UNKNOWN]),
  when('lunchtime tomorrow is kingston open', [KINGSTON, OPEN]),
  when('tea time sunday is edmonton counter open', [EDMONTON, OPEN]),
  when('is hayes open on the bank holiday monday in may', [HOLIDAY_UNKNOWN]),

  // --- Closed counters, where to go instead. ---
  gone('mitcham cricket green police still open or not'),
  gone('royalty studios police counter open today?'),
  gone('church street police front desk hours'),
  gone('is barking learning centre police desk open'),
  gone('pinner police volunteer counter saturday'),
  gone('south harrow police station still there?'),
  gone('can i go to kensington police on earls court road'),
  gone('holloway police station hours'),
  gone('can the public walk into peckham police station these days'),
  gone('catford police front counter, is it open this arvo?'),
  gone('deptford station open today'),
  gone('southall police station opening times'),
  gone('eltham cop shop open?'),
  gone('is west end central police station open to walk in'),
  gone('belgravia police desk times'),
  gone('uxbridge police station front counter'),
  instead('twickenham police closed so wheres nearest', HOUNSLOW, KINGSTON), // Twickenham's coordinates: Hounslow 3.38, Kingston 4.67
  instead('mitcham shut down, what do i use now', SUTTON, CROYDON), // Mitcham: Sutton 4.64, Croydon 5.91 (both near the margin, both kept)
  instead('since pinner closed where should we go', WEMBLEY), // Pinner: Wembley 7.45, next Hayes 8.69
  instead('wimbledon station is gone, closest alternative?', LAVENDER_HILL, SUTTON), // Wimbledon: Lavender Hill 5.61, Sutton 6.73
  instead('kensington police closed, whats the nearest one', HAMMERSMITH), // Kensington: Hammersmith 1.87, next Lavender Hill 4.35
  instead('barking counter gone, where now', ILFORD), // Barking Learning Centre: Ilford 2.67, next Stratford 5.25
  instead('eltham closed years ago, which is nearest to it now', LEWISHAM, PLUMSTEAD), // Eltham: Lewisham 4.50, Plumstead 4.91
  instead('chiswick police closed, nearest desk to there', ACTON, HAMMERSMITH), // Chiswick: Acton 2.19, Hammersmith 2.36
  instead('deptford police station shut, where do i go', LEWISHAM), // Deptford: Lewisham 2.36, next Walworth 4.67
  instead('ealing station doesnt have a counter anymore, nearest?', ACTON), // Ealing: Acton 2.40, next Wembley 4.40
  instead('uxbridge counter closed so where', HAYES), // Uxbridge: Hayes 4.13, next Hounslow 12.0

  // --- The past: closures by year, moves, counts then and now. ---
  past('how many police front counters did london have before boris closed loads in 2013', [BEFORE_2013]),
  past('after the 2013 cuts how many counters were left', [SEVENTY_THREE]),
  past('how many counters got shut in the 2017 strategy', [CLOSED_IN_2017]),
  past('what exact day in 2017 did most of the counters go', [CLOSED_DEC_2017]),
  past('when did the west wickham counter shut', [CLOSED_17_DEC_2017]),
  past('copperfield house penge, when did that close', [CLOSED_17_DEC_2017]),
  past('how many front counters were there in 2025 before the latest closures', [THIRTY_SEVEN]),
  past('how many counters were left by new years eve 2017', [THIRTY_EIGHT]),
  past('forest gate police station roof fire - what date was that', [/6 Mar(?:ch)? 2024|March 2024/i]),
  past('when did the hammersmith station reopen after the rebuild', [/29 Sep(?:tember)? 2020|Sep(?:tember)? 2020/i]),
  past('where was hammersmith\'s counter while the building was rebuilt', [/Shepherd[’']?s Bush/i]),
  past('when did ilford move to barkingside for a while', [/Nov(?:ember)? 2020|2020/i]),
  past('when was wimbledon\'s 2017 closure overturned', [/20 Jul(?:y)? 2018|2018/i]),
  past('the first 2025 plan in august, how many counters would it have left', [/\b20\b|twenty/i]),
  past('which stations were reprieved in oct 2025', [REPRIEVED]),
  past('when was the leaked list of closures', [/17 Jul(?:y)? 2025|July 2025/i]),
  past('woodford nick - what year did the front counter go', [/2013/]),
  past('when did wanstead police station stop having a counter', [/2013/]),
  past('leyton police station when did it close', [/2012/]),
  past('how much was the 2017 plan meant to save a year', [/£\s?8\s?m|£?8 million|eight million/i]),
  past('what was the met budget gap in 2013', [/£\s?500\s?m|500 million/i]),
  past('how much did they reckon the 2013 closures saved', [/£\s?60\s?m|60 million/i]),
  past('what % of crimes were reported at front counters in 2016', [/\b8 ?%|8 per ?cent|eight per ?cent/i]),
  past('busiest counter in 2017 and how many reports a day', [BRIXTON, /\b7\b|seven/i]),
  past('back in 2015 how many counters ran 24/7', [/\b33\b|thirty[- ]three/i]),
  past('when did islington counter shut for refurb in 2020', [/2020|Sep(?:tember)?|Nov(?:ember)?/i]),
  past('did dagenham nearly close in 2017', [/kept|saved|draft|stay|not clos|remain/i]),
  past('when did stoke newington station reopen after refurbishment', [/3 Sep(?:tember)? 2022|2022/i]),
  past('when did the mayor promise a 24 hour counter in every borough', [/2017|2024|2019|2021|2022/]),
  past('what closed on 14 december 2017', [/Kilburn|Chiswick|Uxbridge|Wandsworth|Streatham|Plaistow|Shoreditch|Stratford/i]),
  past('when did the met announce the final list of front counters in 2025', [/15 Oct(?:ober)? 2025|Oct(?:ober)? 2025/i]),
  past('how many counters closed in february 2026 compared to 2017', [TEN, CLOSED_IN_2017]),
  past('before feb 2026 how many of the counters were open 24/7', [/\b32\b|thirty[- ]two/i]),
  past('in the 2013 plan which 2 stations were saved', [/Gipsy Hill|Dagenham/i]),
  past('was stratford police counter closed at some point', [anyOf(Y2017, CLOSED_DEC_2017)]),

  // --- The service: what the bot is, where its facts come from, how fresh, what it keeps. ---
  service('r u a real person', [A_BOT]),
  service('who am i actually talking to rn', [A_BOT]),
  service('is this the actual met police or some app', [A_BOT]),
  service('where does ur info come from', [SOURCES]),
  service('how up to date is this', [UP_TO_DATE]),
  service('when was this data last checked', [UP_TO_DATE]),
  service('do you save my chats', [PRIVACY]),
  service('if i type something here will the cops see it', [anyOf(PRIVACY, /not (?:the )?police|not connected|don't pass|doesn't go/i)]),
  service('do u keep my postcode', [PRIVACY]),
  service('can i trust these opening times', [anyOf(ONLINE, /check|announced|may change/i)]),
  service('so what can you actually do', [SAYS_WHAT_IT_DOES]),
  service('what do u know about', [SAYS_WHAT_IT_DOES]),
  service('r u chat gpt in disguise lol', [A_BOT]),
  service('is this info official', [anyOf(SOURCES, ONLINE)]),
  service('why should i believe you over the met website', [ONLINE]),
  service('how do u know which stations shut', [SOURCES]),
  service('is my location being tracked', [anyOf(PRIVACY, /\bno\b|not|don't|doesn't/i)]),
  service('can you delete what i said', [anyOf(PRIVACY, DECLINE)]),
  service('what languages can u chat in', [anyOf(/English/i, LANGUAGE_LINE)]),
  service('does a human read these messages', [anyOf(A_BOT, PRIVACY)]),
  service('is it the met that runs you', [anyOf(A_BOT, SOURCES, /not|independent/i)]),
  service('which sources do you use, bbc?', [SOURCES]),
  service('how recent is the list of open counters', [UP_TO_DATE]),
  service('is this thing live or is the info old', [UP_TO_DATE]),
  service('can i report a crime to you', [anyOf(NON_URGENT, DECLINE)]),
  service('do you work on teams as well', [anyOf(/yes|Teams/i, SAYS_WHAT_IT_DOES)]),
  service('who made u', [anyOf(A_BOT, /project|built|made|team/i)]),
  service('privacy policy?', [PRIVACY]),
  service('is this anonymous', [anyOf(PRIVACY, CRIMESTOPPERS)]),
  service('do you know about bank holidays', [HOLIDAY_UNKNOWN]),

  // --- Requests it cannot carry out. ---
  cannot('can u book me an appointment at brixton for tuesday'),
  cannot('send a police officer round to my house pls'),
  cannot('call the police for me i dont have credit'),
  cannot('can you check if my crime number is still open'),
  cannot('tell the officer on my case to ring me back asap pls'),
  cannot('renew my firearms licence'),
  cannot('i want to report my neighbours loud music to you'),
  cannot('can you get my car out the pound, police took it'),
  cannot('pls pass this message to wembley police: i will be late for bail'),
  cannot('order me a dbs check'),
  cannot('find out if my son is in custody at lewisham'),
  cannot('email me the hours'),
  cannot('text me when charing cross is less busy'),
  cannot('can you get me a lawyer'),
  cannot('take a statement from me about the fight last week'),
  cannot('cancel my appointment with the police on friday'),
  cannot('chase up my stolen bike report from 2 weeks ago'),
  cannot('book a video call with an officer'),
  cannot('report my lost passport for me'),
  cannot('can u give me the direct number for kingston police station front desk'),
  cannot('get me a copy of the police report for my insurance'),
  cannot('unblock me from the met website'),
  cannot('can u track my stolen iphone'),
  cannot('reset my online crime report password'),
  cannot('arrest the guy who keyed my car, i know where he lives'),

  // --- Lists, comparisons, two questions in one, boroughs. ---
  list('list every counter open 24 hours', [CHARING_CROSS, LEWISHAM]),
  list('which 10 counters closed in feb 2026, all of them pls', [/Chingford/i, /Barking/i, /Harrow/i, /Church Street/i, /Kensington/i, /Mitcham/i, /Twickenham/i, /Pinner/i, /Wimbledon/i, /Royalty Studios/i]),
  list('give me all the boroughs with no police counter', NO_COUNTER_BOROUGHS),
  list('the 5 stations that got saved last october?', [EDMONTON, TOTTENHAM, PLUMSTEAD, LAVENDER_HILL, BETHNAL_GREEN]),
  list('list all the open front counters in south london', [LEWISHAM, BRIXTON, WALWORTH]),
  list('what counters are there in east london', [STRATFORD, ILFORD, BETHNAL_GREEN]),
  list('all counters in north london please', [EDMONTON, TOTTENHAM, ISLINGTON]),
  list('which stations still have counters in west london', [ACTON, HAMMERSMITH, HOUNSLOW]),
  list('how many counters are open and which', [COUNTERS_NOW]),
  list('every station that closed in 2017 with the 14 dec date', [CLOSED_DEC_2017]),
  list('what are the other ways to contact the police if the counter is shut', [CALL_101, ONLINE]),
  list('what alternatives are there to going to a front desk', [anyOf(CALL_101, ONLINE, /video|appointment|phone/i)]),
  compare('brixton or walworth, which is open later on a saturday', [SAME]),
  compare('is lewisham open longer than bromley', [LEWISHAM, OPEN_24]),
  compare('charing cross vs kentish town hours', [CHARING_CROSS, OPEN_24, KENTISH_TOWN, WEEKDAYS]),
  compare('which is closer to SE27 9YQ, brixton or lavender hill', [saysNearer(BRIXTON)], [notNearer(LAVENDER_HILL)]), // SE27 9: Brixton 3.83, Lavender Hill 5.76
  compare('N15 5XA nearer tottenham or stoke newington', [saysNearer(TOTTENHAM)], [notNearer(STOKE_NEWINGTON)]), // N15 5: Tottenham 1.20, Stoke Newington 2.83
  compare('hayes or hounslow for UB3 3WN', [saysNearer(HAYES)], [notNearer(HOUNSLOW)]), // UB3 3: Hayes 2.40, Hounslow 5.53
  compare('do sutton and croydon have the same opening times', [SAME]),
  compare('which was busier in 2025, charing cross or the quietest counter', [CHARING_CROSS, /\b15\b|fifteen/i]),
  compare('how many counters now compared to 2013', [COUNTERS_NOW, BEFORE_2013]),
  compare('is ilford or romford open later on sunday', [SAME]),
  compare('E11 4EL - stratford or ilford closer', [saysNearer(STRATFORD)], [notNearer(ILFORD)]), // E11 4: Stratford 2.43, Ilford 5.33
  compare('whats the difference in hours between lewisham and plumstead', [LEWISHAM, OPEN_24, PLUMSTEAD]),
  two('is acton open sunday and what\'s the address', [ACTON, WEEKENDS, /High Street|W3 9BH/i]),
  two('where is lewisham police and is it open all night', [LEWISHAM_ADDRESS, OPEN_24]),
  two('what closed in 2026 and whats still open near harrow', [CLOSED_FEB_2026, WEMBLEY]),
  two('charing cross address + does it open 24 7', [CHARING_CROSS_ADDRESS, OPEN_24]),
  two('when does edmonton shut tonight and is it open tmrw', [EDMONTON, at(22), WEEKENDS]),
  two('is bexleyheath open now? also whats the nonemergency number', [BEXLEYHEATH, CALL_101]),
  two('how many counters are there and which are 24 hour', [COUNTERS_NOW, CHARING_CROSS, LEWISHAM]),
  two('did walworth close and if not what are the hours', [WALWORTH, WEEKDAYS]),
  two('nearest station to N18 3WT and is it open saturday', [EDMONTON, WEEKENDS]), // N18 3: Edmonton 1.51, next Tottenham 3.08
  two('whats the croydon police postcode and when does it open sundays', [/CR9 1BP/i, at(9)]),
  two('reported a burglary last week online, do i need to go in to a station too? and is romford open sat', [ROMFORD, WEEKENDS]),
  two('i reported it at the desk last week, can i just drop more evidence at stratford today, is it open', [STRATFORD, OPEN_NOW]),
  two('police came tuesday about the car break in, now where do i give them the dashcam, nearest to E7 8TW', [STRATFORD]), // E7 8: Stratford 2.22, next Ilford 3.65
  two('i gave a statement at tottenham last month, is that station still open on weekends', [TOTTENHAM, WEEKENDS]),
  borough('which counter does lambeth have', [BRIXTON]),
  borough('police station for southwark borough?', [WALWORTH]),
  borough('richmond upon thames front counter where is it now', [RICHMOND_DESKS]),
  borough('does merton have a front desk', [NO_COUNTER]),
  borough('havering police station with a counter', [ROMFORD]),
  borough('royal borough of kingston front counter', [KINGSTON]),
  borough('kensington and chelsea police counter now', [NO_COUNTER]),
  borough('bexley police station front desk', [BEXLEYHEATH]),
  borough('waltham forest where do i go', [WALTHAM_FOREST_DESKS]),
  borough('hillingdon borough police front counter?', [HAYES]),
  borough('enfield counter?', [EDMONTON]),
  borough('greenwich borough police front desk', [PLUMSTEAD]),

  // --- Small talk as typed on a phone, nonsense, off topic. ---
  chat('yooo wagwan bot', SAYS_WHAT_IT_DOES),
  chat('thx babe', THANKS_REPLY),
  chat('ur a lifesaver', THANKS_REPLY, BYE),
  chat('ok ta ra', BYE),
  chat('gm gm', SAYS_WHAT_IT_DOES),
  chat('👍', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('lmaooo ok whatever u say', THANKS_REPLY, BYE, SAYS_WHAT_IT_DOES),
  chat('hiya can u help', SAYS_WHAT_IT_DOES),
  chat('nite nite ta', BYE),
  chat('sound, cheers mate', THANKS_REPLY, BYE),
  chat('how r u', SAYS_WHAT_IT_DOES, /good|fine|well|thanks/i),
  chat('u there? hello??', SAYS_WHAT_IT_DOES, /yes|here/i),
  nonsense('qpwoeiruty zmxn'),
  nonsense('🐸🐸🐸🌵'),
  nonsense('bnnnnnnn'),
  nonsense('..,'),
  nonsense('wibble wobble'),
  offTopic('will it rain on my washing in leyton tmrw'),
  offTopic('can u recommend a good kebab in peckham'),
  offTopic('how do i renew my kids passport'),
  offTopic('is the victoria line on strike next wednesday'),
  offTopic('who won arsenal v spurs'),
  offTopic('write me a cover letter'),
  offTopic('how do i get a residents parking permit in hackney'),
  offTopic('whats the time in new york'),
  ambiguous('the station in the high street', /which|postcode/i),
  ambiguous('is the police station on the broadway open', /which|postcode/i),
  ambiguous('newham police?', STRATFORD),
  ambiguous('hammersmith or shepherds bush, which one is the police one now', HAMMERSMITH),
  ambiguous('is the barking one open', CLOSED, DAGENHAM),
  ambiguous('is the harrow station open', CLOSED, NO_COUNTER),
  ambiguous('is the one in richmond open', CLOSED, NO_COUNTER),
  ambiguous('the greenwich police station', PLUMSTEAD),
  ambiguous('croydon one near the flyover', CROYDON),
  ambiguous('station by the green', /which|postcode/i),

  // --- Other languages, not about danger. ---
  foreign('A che ora apre \'a stazione \'e polizia \'e Lewisham?', LEWISHAM), // Neapolitan
  foreign('A che ora xe verta la questura de Brixton de sabo?', BRIXTON), // Venetian
  foreign('कब खुलेला क्रॉयडन पुलिस थाना?', CROYDON), // Bhojpuri
  foreign('Ta\'n kentu ora ubrêt je policyjnô sztacjô w Ilford?', ILFORD), // Kashubian
  foreign('Lewisham kéng-chhat-kio̍k kúi tiám khui?', LEWISHAM), // Hokkien (POJ)
  foreign('Whit time dis the polis station at Charing Cross open?', CHARING_CROSS), // Scots

  // --- Outside London. ---
  outside('nearest police station to GU2 7'),
  outside('im in tring whats the closest counter'),
  outside('front desk nearest to MK9 2'),
  outside('LU4 0 police station'),
  outside('closest police counter to bishops stortford town centre'),
  outside('nearest station to CT2 7 near canterbury uni'),
  outside('near maidenhead whats the nearest police front counter'),
  outside('OX4 2 front desk'),

  // --- Teams messages. ---
  teams('open at a time', AT + 'is charing cross open at 3am for a client drop off', [CHARING_CROSS, OPEN], [SAYS_SHUT]),
  teams('hours on a day', AT + 'croydon counter hrs sat', [CROYDON, WEEKENDS]),
  teams('still open or closing', AT + 'has twickenham closed', [CLOSED]),
  teams('lists', AT + 'list the 24h counters', [CHARING_CROSS, LEWISHAM]),
  teams('the past', AT + 'how many counters did the met close in 2026', [TEN], [TODAY_FIRST]),
  teams('about the service', AT + 'where do you get this data', [SOURCES], [ASKS_WHICH_PLACE]),
  teams('about the service', AT + 'r u a bot', [A_BOT], [ASKS_WHICH_PLACE]),
  teams('cannot do', AT + 'book a meeting with colindale police for my team', [anyOf(DECLINE, NON_URGENT)]),
  teams('address', AT + 'lewisham station address pls', [LEWISHAM_ADDRESS]),
  teams('borough', 'which counter covers camden', [KENTISH_TOWN]),
  teams('small talk', AT + 'thanks!', [THANKS_REPLY]),
  teams('out of scope', AT + 'whats on the canteen menu', OFF_TOPIC_REPLY),
  teams('comparison', AT + 'is hammersmith or acton open later on sunday', [SAME]),
  teams('still open or closing', '@StationDesk is wimbledon police desk still going', [CLOSED]),
  teams('times as people say them', AT + 'anything open after 10pm tonight?', [CHARING_CROSS, LEWISHAM]),
  teams('the past', AT + 'what year did the big closures happen under khan', [Y2017], [TODAY_FIRST]),
  teams('nearest to a postcode', AT + 'nearest desk to HA0 4AP', [WEMBLEY], [PLACE_NOT_FOUND]), // HA0 4: Wembley 0.81, next Acton 4.48
  teams('City of London', AT + 'City office EC3N 1DX - where can staff report in person', [CITY(BETHNAL_GREEN)]), // EC3N 1: Bethnal Green 2.28, next Walworth 3.02
  teams('address', 'walworth police address?', [/Manor Place|SE17 3BB/i]),

  // --- Nearest 24-hour desk. ---
  near24('nearest 24 hr police station to SE18 1GN', LEWISHAM), // SE18 1: Lewisham nearer than Charing Cross by far
  near24('whats the closest all night counter to NW8 0NA', CHARING_CROSS), // NW8 0
  near24('24 hour police desk nearest IG11 8DP', LEWISHAM), // IG11 8: Lewisham nearer by >1.5 km
  near24('i need one open all night near KT2 6ZQ', CHARING_CROSS), // KT2 6
  near24('closest open 24/7 police to BR3 6NB', LEWISHAM), // BR3 6
  near24('24h desk near W8 5EL?', CHARING_CROSS), // W8 5
  near24('open round the clock, nearest to E15 3UP', LEWISHAM), // E15 3: Lewisham nearer by >1.5 km
  near24('nearest station open through the night to N6 5ZA', CHARING_CROSS), // N6 5
  near24('which 24-hour one is closer to CR0 2JP', LEWISHAM), // CR0 2
  near24('SW5 0SL closest desk that never closes', CHARING_CROSS), // SW5 0
  near24('RM13 8RZ nearest all night police', LEWISHAM), // RM13 8
  near24('night time police station closest to UB7 8GY', CHARING_CROSS), // UB7 8

  // --- Near (not at) a station; "that one", "the first one", "there". ---
  nearPlace('im by the bus stop just past kingston police station but its not that one i want, the nearest other one?', HOUNSLOW), // Kingston's coordinates: next Hounslow 7.85, then Sutton 9.59 (asks for a postcode also passes)
  talk([{ say: 'which is nearer to Ridley Road Market, stoke newington or bethnal green', must: [saysNearer(STOKE_NEWINGTON)], mustNot: [notNearer(BETHNAL_GREEN)] }, { say: 'the first one, open sunday?', must: [WEEKENDS] }]), // Ridley Road: Stoke Newington 1.10, Bethnal Green 2.62
  talk([{ say: 'nearest station to Lambeth Walk', must: [anyOf(WALWORTH, ASKS_POSTCODE)] }, { say: 'can i get there at 9pm on a weds', must: [OPEN], mustNot: [SAYS_SHUT] }]), // Lambeth Walk: Walworth 1.18, next Charing Cross 2.11

  // --- Neighbourhoods, landmarks, stations and roads (distances to the nearest open desks beside each; every desk within 0.8 km of the nearest accepted). ---
  nearPlace('nearest police front desk to Muswell Hill Broadway?', KENTISH_TOWN, TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('im at Crouch End Clock Tower wheres the closest police station', KENTISH_TOWN, TOTTENHAM, STOKE_NEWINGTON), // 24:CHARING_CROSS
  nearPlace('which cop shop is nearest Palmers Green Triangle', EDMONTON, TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('police counter near Southgate Circus pls', EDMONTON), // 24:CHARING_CROSS
  nearPlace('closest place to report something in person from Stonebridge Park', WEMBLEY), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Barnes Pond', HAMMERSMITH), // 24:CHARING_CROSS
  nearPlace('near Putney Bridge - where can i go to speak to police face to face', HAMMERSMITH, LAVENDER_HILL), // 24:CHARING_CROSS
  nearPlace('what police station is nearest to Deptford Bridge that is still open', LEWISHAM), // 24:LEWISHAM
  nearPlace('lost my bag near New Cross Gate whats the nearest counter to hand stuff in', LEWISHAM), // 24:LEWISHAM
  nearPlace('North Greenwich nearest police desk', LEWISHAM, STRATFORD), // 24:LEWISHAM
  nearPlace('im a few streets from Euston Square, wheres my nearest police counter', ISLINGTON, CHARING_CROSS, KENTISH_TOWN), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Marylebone High Street', CHARING_CROSS), // 24:CHARING_CROSS
  nearPlace('my mum lives off Westbourne Grove which front counter should she use', HAMMERSMITH), // 24:CHARING_CROSS
  nearPlace('hi what is the closest police station open to the public from Aldwych', CHARING_CROSS), // 24:CHARING_CROSS
  nearPlace('staying near Farringdon Road this week, nearest police front counter?', ISLINGTON, CHARING_CROSS), // 24:CHARING_CROSS
  nearPlace('nearest met station to Myddleton Road where i can walk in', TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('nearest police front desk to Pond Square Highgate?', KENTISH_TOWN), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Parliament Hill Lido', KENTISH_TOWN), // 24:CHARING_CROSS
  nearPlace('which cop shop is nearest Hollow Ponds', STRATFORD), // 24:BOTH
  nearPlace('police counter near Whipps Cross roundabout pls', STRATFORD), // 24:CHARING_CROSS
  nearPlace('closest place to report something in person from Snaresbrook Crown Court', ILFORD, STRATFORD), // 24:BOTH
  nearPlace('just by Gants Hill roundabout, nearest station with a front desk??', ILFORD), // 24:LEWISHAM
  nearPlace('near Beam Parklands - where can i go to speak to police face to face', DAGENHAM), // 24:LEWISHAM
  teamsPlace(AT + 'police desk near Plashet Park', ILFORD, STRATFORD), // 24:LEWISHAM
  nearPlace('lost my bag near Victoria Park Lido whats the nearest counter to hand stuff in', BETHNAL_GREEN), // 24:CHARING_CROSS
  nearPlace('Boundary Estate nearest police desk', BETHNAL_GREEN), // 24:CHARING_CROSS
  nearPlace('im a few streets from Watney Market, wheres my nearest police counter', BETHNAL_GREEN), // 24:CHARING_CROSS
  nearPlace('walking distance police station from Chrisp Street Market?', STRATFORD, BETHNAL_GREEN), // 24:LEWISHAM
  nearPlace('my mum lives off Surrey Quays Shopping Centre which front counter should she use', WALWORTH, BETHNAL_GREEN), // 24:LEWISHAM
  teamsPlace(AT + 'police desk near The Blue Bermondsey', WALWORTH), // 24:BOTH
  nearPlace('staying near Peckham Rye Common this week, nearest police front counter?', BRIXTON, WALWORTH, LEWISHAM), // 24:LEWISHAM
  nearPlace('nearest met station to Sydenham Wells Park where i can walk in', LEWISHAM, BRIXTON), // 24:LEWISHAM
  nearPlace('nearest police front desk to Waddon Marsh?', CROYDON), // 24:LEWISHAM
  nearPlace('im at Wallington Green wheres the closest police station', SUTTON, CROYDON), // 24:LEWISHAM
  nearPlace('which cop shop is nearest Tolworth Broadway', KINGSTON), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Surbiton Crescent', KINGSTON), // 24:CHARING_CROSS
  nearPlace('closest place to report something in person from Marble Hill House', HOUNSLOW, KINGSTON), // 24:CHARING_CROSS
  nearPlace('just by Ickenham Pump, nearest station with a front desk??', HAYES), // 24:CHARING_CROSS
  nearPlace('near Northolt Aerodrome - where can i go to speak to police face to face', HAYES), // 24:CHARING_CROSS
  nearPlace('what police station is nearest to Pitshanger Park that is still open', ACTON, WEMBLEY), // 24:CHARING_CROSS
  nearPlace('lost my bag near Queens Park Rangers ground whats the nearest counter to hand stuff in', HAMMERSMITH), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Stanmore Broadway', COLINDALE), // 24:CHARING_CROSS
  nearPlace('nearest police front desk to Tottenham Hale retail park?', TOTTENHAM), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Lordship Lane Wood Green', TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('which cop shop is nearest Green Lanes Harringay', TOTTENHAM, STOKE_NEWINGTON), // 24:CHARING_CROSS
  nearPlace('police counter near Cherry Tree Wood pls', KENTISH_TOWN, COLINDALE), // 24:CHARING_CROSS
  nearPlace('closest place to report something in person from Jubilee Park Edmonton', EDMONTON), // 24:CHARING_CROSS
  nearPlace('just by Lloyd Park Walthamstow, nearest station with a front desk??', TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('near Leyton Orient ground - where can i go to speak to police face to face', STRATFORD), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Lea Bridge station', STOKE_NEWINGTON, TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('lost my bag near Stamford Hill Broadway whats the nearest counter to hand stuff in', STOKE_NEWINGTON, TOTTENHAM), // 24:CHARING_CROSS
  nearPlace('Ridley Road Market nearest police desk', STOKE_NEWINGTON), // 24:CHARING_CROSS
  nearPlace('im a few streets from Well Street Common, wheres my nearest police counter', BETHNAL_GREEN), // 24:CHARING_CROSS
  nearPlace('walking distance police station from Kingsland Waste?', STOKE_NEWINGTON, BETHNAL_GREEN), // 24:CHARING_CROSS
  nearPlace('my mum lives off Arsenal stadium which front counter should she use', STOKE_NEWINGTON, ISLINGTON, KENTISH_TOWN), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Coram Fields', ISLINGTON, CHARING_CROSS), // 24:CHARING_CROSS
  nearPlace('staying near Regents Park Zoo this week, nearest police front counter?', KENTISH_TOWN), // 24:CHARING_CROSS
  nearPlace('nearest met station to Lords cricket ground where i can walk in', KENTISH_TOWN), // 24:CHARING_CROSS
  nearPlace('nearest police front desk to Church Street market?', KENTISH_TOWN, CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  nearPlace('im at Royal Oak wheres the closest police station', HAMMERSMITH), // 24:CHARING_CROSS
  nearPlace('which cop shop is nearest Trellick Tower', HAMMERSMITH), // 24:CHARING_CROSS
  teamsPlace(AT + 'police desk near Olympia London', HAMMERSMITH), // 24:CHARING_CROSS
  nearPlace('closest place to report something in person from Brompton Cemetery', HAMMERSMITH, LAVENDER_HILL), // 24:CHARING_CROSS
  nearPlace('just by Kings Road Chelsea, nearest station with a front desk??', LAVENDER_HILL), // 24:CHARING_CROSS
  nearPlace('near Lambeth Walk - where can i go to speak to police face to face', WALWORTH), // 24:CHARING_CROSS
  nearPlace('what police station is nearest to Kennington Oval that is still open', WALWORTH, BRIXTON), // 24:CHARING_CROSS

  // --- The City of London: its own force, or the Met desk(s) nearest on its points. ---
  cityPlace('im a few streets from Postmans Park, wheres my nearest police counter', CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('walking distance police station from St Brides Church?', CHARING_CROSS), // 24:CHARING_CROSS
  cityPlace('my mum lives off Golden Lane Estate which front counter should she use', ISLINGTON), // 24:CHARING_CROSS
  cityPlace('hi what is the closest police station open to the public from Millennium Bridge north end', CHARING_CROSS, WALWORTH), // 24:CHARING_CROSS
  cityPlace('staying near Broadgate Circle this week, nearest police front counter?', BETHNAL_GREEN, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('nearest met station to Holborn Circus where i can walk in', CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('nearest police front desk to Fen Court garden?', BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('im at Garden at 120 wheres the closest police station', BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('which cop shop is nearest Bank of England Museum', CHARING_CROSS, ISLINGTON, WALWORTH, BETHNAL_GREEN), // 24:CHARING_CROSS
  cityPlace('police counter near Dr Johnsons House pls', CHARING_CROSS), // 24:CHARING_CROSS
  cityPlace('closest place to report something in person from Barbican Conservatory', ISLINGTON, CHARING_CROSS), // 24:CHARING_CROSS
  cityPlace('just by Walkie Talkie building, nearest station with a front desk??', WALWORTH, CHARING_CROSS, BETHNAL_GREEN, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('near Lloyds building - where can i go to speak to police face to face', BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('what police station is nearest to Aldgate Square that is still open', BETHNAL_GREEN), // 24:CHARING_CROSS
  cityPlace('lost my bag near Moorgate station whats the nearest counter to hand stuff in', ISLINGTON, CHARING_CROSS, BETHNAL_GREEN), // 24:CHARING_CROSS
  cityPlace('Fleet Place nearest police desk', CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('im a few streets from Mansion House station, wheres my nearest police counter', CHARING_CROSS, WALWORTH, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('walking distance police station from Fenchurch Street station?', BETHNAL_GREEN, WALWORTH, CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('my mum lives off St Bartholomews Hospital which front counter should she use', ISLINGTON, CHARING_CROSS), // 24:CHARING_CROSS
  cityPlace('hi what is the closest police station open to the public from Foster Lane', CHARING_CROSS, ISLINGTON), // 24:CHARING_CROSS
  cityPlace('staying near Arthur Street this week, nearest police front counter?', WALWORTH, CHARING_CROSS, ISLINGTON, BETHNAL_GREEN), // 24:CHARING_CROSS
  cityPlace('nearest met station to Whitefriars Street where i can walk in', CHARING_CROSS), // 24:CHARING_CROSS
  cityPlace('EC4A 2LZ nearest police front desk', CHARING_CROSS), // EC4A 2: Charing Cross 1.24, next Islington 2.13
  cityPlace('work in EC3A 7QR, where can i report something in person', BETHNAL_GREEN), // EC3A 7: Bethnal Green 2.22, next Islington 3.08
  cityPlace('does the city of london have its own police front desk', CITY_POLICE),
  cityPlace('EC4Y 7HW closest counter', CHARING_CROSS), // EC4Y 7: Charing Cross 1.08, next Islington 2.34

  // --- A few more: hubs and vans, the new hours, two desks, answers in the order asked, distances, near-ties. ---
  ask('still open or closing', 'is the kidbrooke village police hub a place i can report a crime', [NOT_A_COUNTER]),
  ask('still open or closing', 'the police van parked at the market on saturdays, is that a front counter', [NOT_A_COUNTER]),
  past('the new shorter counter hours, when did they kick in', [MARCH_2026]),
  list('how many stations are open 24 hrs now', [TWO]),
  two('when does hounslow close on a sunday and whats the address of charing cross', [inOrder(at(19), CHARING_CROSS_ADDRESS)]),
  ask('nearest to a postcode', 'how far is the nearest police counter from SM1 4RX', [SUTTON, DISTANCE]), // SM1 4: Sutton 0.55, next Croydon 6.28
  nearAny('SW6 2TZ', LAVENDER_HILL), // SW6 2: Lavender Hill 2.05, next Hammersmith 3.43
  nearAny('nearest desk to SE1 6ZQ?', WALWORTH), // SE1 6: Walworth 0.72, next Charing Cross 2.38

  // --- Postcodes (full postcodes, units invented, in sectors where one desk wins by at least 1 km). ---
  nearCode('EN5 3HR', COLINDALE), // Barnet: COLINDALE 5.69 km, next EDMONTON:11.86 km
  nearCode('nearest station to W5 3RN', ACTON), // Ealing: ACTON 1.32 km, next WEMBLEY:4.19 km
  nearCode('da7 5bj whats nearest', BEXLEYHEATH), // Bexley: BEXLEYHEATH 1.89 km, next PLUMSTEAD:3.36 km
  nearCode('im in N19 5NP where do i go', KENTISH_TOWN), // Islington: KENTISH_TOWN 1.37 km, next ISLINGTON:3.57 km
  nearCode('postcode UB4 8JN nearest front counter', HAYES), // Hillingdon: HAYES 0.80 km, next HOUNSLOW:8.03 km
  nearCode('closest police desk SW5 0SH?', HAMMERSMITH), // Kensington and Chelsea: HAMMERSMITH 2.44 km, next LAVENDER_HILL:3.61 km
  nearCode('W1K 2DZ - closest counter open to public', CHARING_CROSS), // Westminster: CHARING_CROSS 1.90 km, next ISLINGTON:3.91 km
  nearCode('which station for E7 8TT', STRATFORD), // Newham: STRATFORD 2.22 km, next ILFORD:3.65 km
  nearCode('my postcode is SE18 1GG, nearest police station please', PLUMSTEAD), // Greenwich: PLUMSTEAD 0.25 km, next BEXLEYHEATH:5.12 km
  nearCode('nearest cop shop kt26zt', KINGSTON), // Kingston upon Thames: KINGSTON 1.22 km, next HOUNSLOW:7.79 km
  nearCode('front desk nearest to SW9 0BR thx', BRIXTON), // Lambeth: BRIXTON 0.97 km, next WALWORTH:2.16 km
  nearCode('KT9 2UD police station', KINGSTON), // Kingston upon Thames: KINGSTON 5.44 km, next SUTTON:7.97 km
  nearCode('where\'s the nearest counter to E16 1XU', STRATFORD), // Newham: STRATFORD 3.26 km, next BETHNAL_GREEN:5.29 km
  nearCode('near ub78gx wheres the station', HAYES), // Hillingdon: HAYES 2.41 km, next HOUNSLOW:8.76 km
  nearCode('can u tell me the closest police station to W8 5EZ', HAMMERSMITH), // Kensington and Chelsea: HAMMERSMITH 2.51 km, next LAVENDER_HILL:4.28 km
  nearCode('WC2B 6AA', CHARING_CROSS), // Camden: CHARING_CROSS 0.76 km, next ISLINGTON:2.09 km
  nearCode('nearest station to NW8 0NW', KENTISH_TOWN), // Westminster: KENTISH_TOWN 3.08 km, next ISLINGTON:4.93 km
  nearCode('ha13fa whats nearest', WEMBLEY), // Harrow: WEMBLEY 2.85 km, next COLINDALE:7.27 km
  nearCode('im in KT3 5DT where do i go', KINGSTON), // Kingston upon Thames: KINGSTON 3.49 km, next SUTTON:6.12 km
  nearCode('postcode IG1 1DY nearest front counter', ILFORD), // Redbridge: ILFORD 0.29 km, next STRATFORD:5.73 km
  nearCode('closest police desk SE21 8SQ?', BRIXTON), // Lambeth: BRIXTON 3.52 km, next LAVENDER_HILL:5.84 km
  nearCode('N6 5ZR - closest counter open to public', KENTISH_TOWN), // Haringey: KENTISH_TOWN 2.75 km, next STOKE_NEWINGTON:4.85 km
  nearCode('which station for N15 3TU', TOTTENHAM), // Haringey: TOTTENHAM 1.93 km, next STOKE_NEWINGTON:3.45 km
  nearCode('my postcode is WC2N 4LG, nearest police station please', CHARING_CROSS), // Westminster: CHARING_CROSS 0.14 km, next ISLINGTON:2.82 km
  nearCode('nearest cop shop se27 9yn', BRIXTON), // Lambeth: BRIXTON 3.83 km, next LAVENDER_HILL:5.76 km
  nearCode('front desk nearest to SE6 2JN thx', LEWISHAM), // Lewisham: LEWISHAM 2.62 km, next BROMLEY:5.05 km
  nearCode('IG11 8DF police station', ILFORD), // Barking and Dagenham: ILFORD 2.20 km, next STRATFORD:5.16 km
  nearCode('where\'s the nearest counter to N14 5GS', EDMONTON), // Barnet: EDMONTON 5.38 km, next TOTTENHAM:6.66 km
  nearCode('near sm5 2px wheres the station', SUTTON), // Sutton: SUTTON 2.17 km, next CROYDON:4.90 km
  nearCode('can u tell me the closest police station to W6 9LQ', HAMMERSMITH), // Hammersmith and Fulham: HAMMERSMITH 0.70 km, next ACTON:3.76 km
  nearCode('RM13 8RX', DAGENHAM), // Havering: DAGENHAM 2.40 km, next ROMFORD:6.37 km
  nearCode('nearest station to EC1V 8EQ', ISLINGTON), // Islington: ISLINGTON 1.17 km, next CHARING_CROSS:2.81 km
  nearCode('tw3 9xw whats nearest', HOUNSLOW), // Hounslow: HOUNSLOW 0.30 km, next ACTON:7.34 km
  nearCode('im in EN1 1BD where do i go', EDMONTON), // Enfield: EDMONTON 2.69 km, next TOTTENHAM:6.17 km
  nearCode('postcode W1C 1HJ nearest front counter', CHARING_CROSS), // Westminster: CHARING_CROSS 1.84 km, next ISLINGTON:3.45 km
  nearCode('closest police desk SW6 2TP?', LAVENDER_HILL), // Hammersmith and Fulham: LAVENDER_HILL 2.05 km, next HAMMERSMITH:3.43 km
  nearCode('E15 3UN - closest counter open to public', STRATFORD), // Newham: STRATFORD 0.78 km, next BETHNAL_GREEN:4.39 km
  nearCode('which station for UB3 3WJ', HAYES), // Hillingdon: HAYES 2.40 km, next HOUNSLOW:5.53 km
  nearCode('my postcode is SW8 3XU, nearest police station please', LAVENDER_HILL), // Wandsworth: LAVENDER_HILL 1.20 km, next BRIXTON:2.42 km
  nearCode('nearest cop shop n154lh', TOTTENHAM), // Haringey: TOTTENHAM 0.60 km, next STOKE_NEWINGTON:3.12 km
  nearCode('front desk nearest to SM5 3YP thx', SUTTON), // Sutton: SUTTON 1.75 km, next CROYDON:5.01 km
  nearCode('CR4 1PZ police station', CROYDON), // Merton: CROYDON 4.69 km, next SUTTON:5.70 km
  nearCode('where\'s the nearest counter to EN3 5YU', EDMONTON), // Enfield: EDMONTON 4.72 km, next TOTTENHAM:8.25 km
  nearCode('near n155xs wheres the station', TOTTENHAM), // Haringey: TOTTENHAM 1.20 km, next STOKE_NEWINGTON:2.83 km
  nearCode('can u tell me the closest police station to CR0 2JL', CROYDON), // Croydon: CROYDON 1.54 km, next SUTTON:6.91 km
  nearCode('BR5 4HG', BROMLEY), // Bromley: BROMLEY 7.25 km, next BEXLEYHEATH:8.75 km
  nearCode('nearest station to UB4 9XW', HAYES), // Hillingdon: HAYES 2.82 km, next WEMBLEY:6.70 km
  nearCode('tw33ge whats nearest', HOUNSLOW), // Hounslow: HOUNSLOW 0.60 km, next KINGSTON:7.84 km
  nearCode('im in EC1V 2GL where do i go', ISLINGTON), // Islington: ISLINGTON 1.27 km, next BETHNAL_GREEN:2.83 km
  nearCode('postcode W1F 9US nearest front counter', CHARING_CROSS), // Westminster: CHARING_CROSS 0.89 km, next ISLINGTON:3.01 km
  nearCode('closest police desk SE1 6ZX?', WALWORTH), // Southwark: WALWORTH 0.72 km, next CHARING_CROSS:2.38 km
  nearCode('BR1 1LJ - closest counter open to public', BROMLEY), // Bromley: BROMLEY 0.59 km, next LEWISHAM:6.77 km
  nearCode('which station for BR4 0WL', BROMLEY), // Bromley: BROMLEY 2.89 km, next CROYDON:6.02 km
  nearCode('my postcode is KT5 9DZ, nearest police station please', KINGSTON), // Kingston upon Thames: KINGSTON 3.19 km, next SUTTON:6.66 km
  nearCode('nearest cop shop sw2 3en', BRIXTON), // Lambeth: BRIXTON 2.58 km, next LAVENDER_HILL:4.05 km
  nearCode('front desk nearest to N1 9YD thx', ISLINGTON), // Islington: ISLINGTON 0.35 km, next KENTISH_TOWN:2.61 km
  nearCode('NW9 9HX police station', COLINDALE), // Brent: COLINDALE 2.58 km, next WEMBLEY:4.54 km
  nearCode('where\'s the nearest counter to W1D 4GA', CHARING_CROSS), // Westminster: CHARING_CROSS 0.64 km, next ISLINGTON:2.66 km
  nearCode('near en5 5wx wheres the station', COLINDALE), // Barnet: COLINDALE 7.24 km, next EDMONTON:9.44 km
  nearCode('can u tell me the closest police station to RM5 2WJ', ROMFORD), // Havering: ROMFORD 3.09 km, next DAGENHAM:6.55 km
  nearCode('SE25 4SS', CROYDON), // Croydon: CROYDON 3.63 km, next BROMLEY:6.05 km
  nearCode('nearest station to N9 8RL', EDMONTON), // Enfield: EDMONTON 1.57 km, next TOTTENHAM:4.97 km
  nearCode('e1 3zg whats nearest', BETHNAL_GREEN), // Tower Hamlets: BETHNAL_GREEN 1.13 km, next STRATFORD:4.37 km
  nearCode('im in W12 2SH where do i go', ACTON), // Ealing: ACTON 3.23 km, next WEMBLEY:4.32 km
  nearCode('postcode HA0 4AN nearest front counter', WEMBLEY), // Brent: WEMBLEY 0.81 km, next ACTON:4.48 km
  nearCode('closest police desk NW3 9RS?', KENTISH_TOWN), // Camden: KENTISH_TOWN 2.27 km, next ISLINGTON:4.91 km
  nearCode('BR6 8HL - closest counter open to public', BROMLEY), // Bromley: BROMLEY 4.75 km, next BEXLEYHEATH:10.93 km
  nearCode('which station for E4 6RU', EDMONTON), // Waltham Forest: EDMONTON 4.41 km, next TOTTENHAM:6.26 km
  nearCode('my postcode is BR3 6NY, nearest police station please', BROMLEY), // Bromley: BROMLEY 2.24 km, next CROYDON:6.55 km
  nearCode('nearest cop shop w1w7jb', CHARING_CROSS), // Westminster: CHARING_CROSS 1.47 km, next ISLINGTON:2.69 km
  nearCode('front desk nearest to KT6 4QL thx', KINGSTON), // Kingston upon Thames: KINGSTON 1.44 km, next SUTTON:8.82 km
  nearCode('RM13 9QP police station', DAGENHAM), // Havering: DAGENHAM 3.96 km, next ROMFORD:7.14 km
  nearCode('where\'s the nearest counter to N18 3WS', EDMONTON), // Enfield: EDMONTON 1.51 km, next TOTTENHAM:3.08 km
  nearCode('near w22wb wheres the station', CHARING_CROSS), // Westminster: CHARING_CROSS 3.07 km, next KENTISH_TOWN:4.31 km
  nearCode('can u tell me the closest police station to HA9 0LG', WEMBLEY), // Brent: WEMBLEY 1.99 km, next COLINDALE:5.01 km
  nearCode('UB10 9JG', HAYES), // Hillingdon: HAYES 2.54 km, next WEMBLEY:9.86 km
  nearCode('nearest station to E11 4EP', STRATFORD), // Waltham Forest: STRATFORD 2.43 km, next ILFORD:5.33 km
  nearCode('sw198jg whats nearest', LAVENDER_HILL), // Merton: LAVENDER_HILL 4.72 km, next BRIXTON:7.05 km
  nearCode('im in WC1X 9YG where do i go', ISLINGTON), // Islington: ISLINGTON 0.59 km, next CHARING_CROSS:2.27 km
  nearCode('postcode SE14 6PZ nearest front counter', LEWISHAM), // Lewisham: LEWISHAM 2.33 km, next WALWORTH:4.51 km
];
