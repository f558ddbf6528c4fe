/**
 * Residents' questions that are NOT in the development set: other stations,
 * postcodes, boroughs, days, wordings and follow-ups, each with what a good
 * answer must (and must not) say as of Thursday 26 November 2026, 14:00 London.
 * Every expected fact is taken from /work/shared/data (resident-facts.md,
 * stations.csv, events.csv, plans.csv, the postcode tables); where the data
 * holds no value, the expectation is that the bot says it does not know.
 *
 * Kept apart from the test so the table can be read (and extended) on its own.
 */

export interface UnseenTurn {
  say: string;
  /** Every pattern must appear in the reply text. */
  must?: RegExp[];
  /** No pattern may appear in the reply text. */
  mustNot?: RegExp[];
  /** `999` must come before anything else of substance: in the first line of the reply. */
  emergencyFirst?: boolean;
}

export interface UnseenCase {
  topic: string;
  turns: UnseenTurn[];
  /**
   * A defect outside understanding that this case shows (see the report to the lead): the case is
   * kept, with the right expectations, but skipped until that defect is fixed.
   */
  blockedBy?: string;
}


// Facts used again and again (all from resident-facts.md §3 and events.csv).
/** The 25 reduced-hours counters, weekdays, from 3 March 2026. */
const WEEKDAYS = /10:00\s*[–-]\s*22:00/;
/** ... and at weekends. */
const WEEKENDS = /09:00\s*[–-]\s*19:00/;
/** The ten counters closed on Saturday 28 February 2026. */
const CLOSED_FEB_2026 = /28 February 2026/;
/** The London-wide closure day of the 2017 Public Access Strategy. */
const CLOSED_DEC_2017 = /14 December 2017/;
/** A reply that gives a counter's own opening hours. */
const HOURS_GIVEN = /Its hours|Usual hours|Day by day/;
const OPEN_24 = /24 hours|24\/7|round the clock/i;
const CALL_101 = /101/;
const ONLINE = /met\.police\.uk/;
/** Anything that says the counter is open or gives a time for it. */
const SAYS_OPEN_NOW = /\bis open (?:now|until)/;
/** An "I can't help" reply. */
const OUT_OF_SCOPE = /can't help with that|only know about London's police front counters/;
const ASKS_LOCATION = /postcode|area|where are you|which part of London/i;
const OUTSIDE_LONDON = /outside London|not in the Metropolitan Police area/;
const ANSWERS_IN_ENGLISH = /English/;
const INTERPRETER = /Language Line|interpret/i;

const open = (name: string, extra: RegExp[] = []): UnseenTurn['must'] => [new RegExp(name), ...extra];

export const UNSEEN_CASES: UnseenCase[] = [
  // ---------------------------------------------------------------------------
  // The 27 open counters, one or more wordings each.
  { topic: 'open counter, a weekday', turns: [{ say: 'is dagenham police station open on saturday', must: open('Dagenham', [/Saturday/, WEEKENDS]) }] },
  { topic: 'open counter, all caps', turns: [{ say: 'COLINDALE POLICE OPENING TIMES', must: open('Colindale', [WEEKDAYS, WEEKENDS]) }] },
  { topic: 'open counter, txt-speak tomorrow', turns: [{ say: 'bexleyheath police station open tmrw?', must: open('Bexleyheath', [/10:00/, /22:00/]), mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'open counter, tonight', turns: [{ say: 'wembley cop shop open 2nite', must: open('Wembley', [/22:00/]), mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'opening time on a Sunday', turns: [{ say: 'what time does bromley police station open on sunday', must: open('Bromley', [/09:00/]), mustNot: [/10:00[^\n]*Sunday/] }] },
  {
    topic: 'open at a time',
    turns: [{ say: 'is kentish town station open at 8pm?', must: open('Kentish Town', [/20:00|8pm/, /open/i, /22:00/]), mustNot: [/is open now/, /closed at 8pm/i] }],
  },
  { topic: 'hours, polite', turns: [{ say: 'croydon police station hours pls', must: open('Croydon', [WEEKDAYS, WEEKENDS]) }] },
  { topic: 'closing time today', turns: [{ say: 'when does acton police close today', must: open('Acton', [/22:00/]) }] },
  { topic: 'weekends', turns: [{ say: 'edmonton police open weekends?', must: open('Edmonton', [WEEKENDS]) }] },
  { topic: 'address', turns: [{ say: 'plumstead police station address', must: open('Plumstead', [/200 Plumstead High Street/, /SE18 1JY/]) }] },
  { topic: 'not 24 hours', turns: [{ say: 'is stoke newington police station open 24 hours?', must: open('Stoke Newington', [WEEKDAYS]), mustNot: [/Stoke Newington[^\n]* is open 24 hours/] }] },
  { topic: 'front counter times', turns: [{ say: 'hammersmith police front counter times', must: open('Hammersmith', [WEEKDAYS, WEEKENDS]) }] },
  { topic: 'still open', turns: [{ say: 'is tottenham police station still open', must: open('Tottenham', [/open/i, WEEKDAYS]) }] },
  { topic: 'before work tomorrow', turns: [{ say: 'romford police open before work tomorrow?', must: open('Romford', [/10:00/]), mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'saturday morning', turns: [{ say: 'hayes police station saturday morning', must: open('Hayes', [/09:00/]) }] },
  { topic: 'bank holiday honesty', turns: [{ say: 'hounslow police station opening hours on bank holiday monday', must: open('Hounslow', [/bank holiday/i, ONLINE]) }] },
  { topic: 'txt-speak hours', turns: [{ say: 'wots the opening times 4 islington police', must: open('Islington', [WEEKDAYS]), mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'an ordinal date', turns: [{ say: 'is kingston police station open on the 3rd?', must: open('Kingston', [/3 December/, /10:00/, /22:00/]) }] },
  { topic: 'next monday', turns: [{ say: 'brixton police station next monday', must: open('Brixton', [/Monday/, /10:00/, /22:00/]) }] },
  { topic: 'Newham by borough name', turns: [{ say: 'is the newham police station open', must: open('Stratford') }] },
  { topic: 'weekend hours, dash in the middle', turns: [{ say: 'Ilford police station - what are the hours at the weekend?', must: open('Ilford', [WEEKENDS]) }] },
  { topic: 'closing time friday', turns: [{ say: 'walworth police station closing time friday', must: open('Walworth', [/22:00/, /Friday/]) }] },
  { topic: 'sunday evening', turns: [{ say: 'sutton police station open sunday evening?', must: open('Sutton', [/19:00/]) }] },
  { topic: 'postcode of a station', turns: [{ say: 'bethnal green police station postcode', must: open('Bethnal Green', [/E2 9NZ/]) }] },
  { topic: 'open now', turns: [{ say: 'lavender hill police station open now', must: open('Lavender Hill', [/open/i, /22:00/]) }] },
  { topic: '24-hour counter at night', turns: [{ say: 'charing cross police station open at 3am?', must: open('Charing Cross', [OPEN_24]), mustNot: [/closed at 3am/i] }] },
  { topic: '24-hour counter, all night', turns: [{ say: 'is lewisham police station really open all night', must: open('Lewisham', [OPEN_24]) }] },
  { topic: '24-hour counter, week wording', turns: [{ say: 'charing cross police opening hours', must: open('Charing Cross', [OPEN_24]), mustNot: [/\bopen open\b/] }] },
  { topic: 'dagenham address', turns: [{ say: 'where is dagenham police station', must: open('Dagenham', [/561 Rainham Road South/, /RM10 7TU/]) }] },
  { topic: 'wembley address', turns: [{ say: 'address of wembley police station please', must: open('Wembley', [/603 Harrow Road/, /HA0 2HH/]) }] },
  { topic: 'colindale, no punctuation long', turns: [{ say: 'hi there could you please tell me whether colindale police station is open this saturday thank you', must: open('Colindale', [/Saturday/, WEEKENDS]) }] },
  { topic: 'charing cross address', turns: [{ say: 'how do i get to charing cross police station', must: open('Charing Cross', [/Agar Street/, /WC2N 4JP/]) }] },
  { topic: 'kingston via full name', turns: [{ say: 'Kingston upon Thames police station opening hours', must: open('Kingston', [WEEKDAYS]) }] },
  { topic: 'brixton multi-part', turns: [{ say: 'is brixton open and what time does it close', must: open('Brixton', [/22:00/]) }] },
  { topic: 'romford open late', turns: [{ say: 'how late is romford police station open on saturday', must: open('Romford', [/19:00/]) }] },
  {
    topic: 'croydon at 11pm',
    turns: [{ say: 'croydon police station open at 11pm?', must: open('Croydon', [/22:00/, /clos/i]), mustNot: [/is open now/, /Croydon[^\n]*is open at 11pm/i] }],
  },
  {
    topic: 'romford 9pm saturday',
    turns: [{ say: 'is romford police station open at 9pm on saturday', must: open('Romford', [/19:00/, /clos/i]), mustNot: [/is open now/, /is open at 9pm/i] }],
  },
  { topic: 'bromley 24 hours?', turns: [{ say: 'is bromley police open 24 hours', must: open('Bromley', [WEEKDAYS]), mustNot: [/Bromley[^\n]* is open 24 hours/] }] },
  { topic: 'kingston this evening', turns: [{ say: 'kingston police open this evening?', must: open('Kingston', [/22:00/]) }] },
  { topic: 'sutton tomorrow txt', turns: [{ say: 'tmrw hours for sutton police', must: open('Sutton', [/10:00/, /22:00/]), mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'which days', turns: [{ say: 'what days is ilford police station open', must: open('Ilford', [WEEKDAYS, WEEKENDS]) }] },
  { topic: 'date on the 5th', turns: [{ say: 'is tottenham police station open on the 5th', must: open('Tottenham', [/5 December/, WEEKENDS]) }] },
  { topic: 'boxing day honesty', turns: [{ say: 'is islington police open on boxing day', must: open('Islington', [/Boxing Day/, ONLINE]) }] },
  { topic: 'early morning', turns: [{ say: 'is walworth police station open early in the morning', must: open('Walworth', [/10:00/, /09:00/]) }] },
  { topic: 'typo in station name', turns: [{ say: 'bexly heath police hours', must: open('Bexleyheath', [WEEKDAYS]) }] },
  { topic: 'typo, hounslo', turns: [{ say: 'hounslo police station open today', must: open('Hounslow', [/22:00/]) }] },
  { topic: 'lewisham address', turns: [{ say: 'lewisham police station where is it', must: open('Lewisham', [/43 Lewisham High Street/, /SE13 5JZ/]) }] },

  // ---------------------------------------------------------------------------
  // Closed counters: never their hours as if open; the closure and somewhere else to go.
  { topic: 'closed 2026: Chingford', turns: [{ say: 'is chingford police station open', must: [/Chingford/, /closed/i, CLOSED_FEB_2026, /Ilford|Stratford|Edmonton/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Wimbledon hours', turns: [{ say: 'wimbledon police station opening hours', must: [/Wimbledon/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN, /Wimbledon[^\n]*closed[^\n]*2017/] }] },
  { topic: 'closed 2026: Harrow sunday', turns: [{ say: 'harrow police station open on sunday?', must: [/Harrow/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Mitcham bare', turns: [{ say: 'mitcham police', must: [/Mitcham/, /closed/i, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Pinner', turns: [{ say: 'pinner police station', must: [/Pinner/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Barking Learning Centre', turns: [{ say: 'barking learning centre police counter hours', must: [/Barking/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Church Street', turns: [{ say: 'church street police counter still open?', must: [/Church Street/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Royalty Studios', turns: [{ say: 'royalty studios police', must: [/Royalty Studios/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Kensington tomorrow', turns: [{ say: 'kensington police station open tomorrow', must: [/Kensington/, /closed/i, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Twickenham weekends', turns: [{ say: 'twickenham police open at weekends', must: [/Twickenham/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'Forest Gate: closed by fire, counter at Stratford', turns: [{ say: 'forest gate police station open?', must: [/Forest Gate/, /closed/i, /Stratford/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2018: Holborn', turns: [{ say: 'holborn police station hours', must: [/Holborn/, /closed/i, /2018/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed: Paddington Green', turns: [{ say: 'paddington green police station', must: [/Paddington Green/, /closed/i], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Streatham today', turns: [{ say: 'streatham police station open today?', must: [/Streatham/, /closed/i, CLOSED_DEC_2017], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Uxbridge', turns: [{ say: 'uxbridge police station', must: [/Uxbridge/, /closed/i, CLOSED_DEC_2017, /Hayes/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed: Barkingside', turns: [{ say: 'barkingside police station open', must: [/Barkingside/, /closed/i, /Ilford/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'Woodford: no counter, stale 2017 hours not given as current', turns: [{ say: 'woodford police station opening times', must: [/Woodford/, /closed/i, /2013/], mustNot: [HOURS_GIVEN, /Woodford[^\n]* is open/] }] },
  { topic: 'closed 2017: Peckham', turns: [{ say: 'is peckham police station still there', must: [/Peckham/, /closed/i, CLOSED_DEC_2017], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Notting Hill', turns: [{ say: 'notting hill police station open on monday?', must: [/Notting Hill/, /closed/i], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Wandsworth station (borough keeps Lavender Hill)', turns: [{ say: 'wandsworth police station opening hours', must: [/Wandsworth/, /closed/i, /Lavender Hill/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Southwark station', turns: [{ say: 'is southwark police station on borough high street open', must: [/Southwark/, /closed/i], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Ealing station', turns: [{ say: 'ealing police station open now?', must: [/Ealing/, /closed/i, /Acton/], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2017: Chiswick', turns: [{ say: 'chiswick police station', must: [/Chiswick/, /closed/i], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Wimbledon txt', turns: [{ say: 'wimbledon cop shop open 2day?', must: [/Wimbledon/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'closed 2026: Chingford, is it shut', turns: [{ say: 'has chingford police station shut down', must: [/Chingford/, CLOSED_FEB_2026] }] },

  // ---------------------------------------------------------------------------
  // History and plans.
  { topic: 'closure date, 2026', turns: [{ say: 'when did the chingford front desk shut', must: [/Chingford/, CLOSED_FEB_2026] }] },
  {
    topic: 'Wimbledon was NOT closed in 2017',
    turns: [{ say: 'did wimbledon close in 2017?', must: [/Wimbledon/, /20 July 2018/, CLOSED_FEB_2026], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] }],
  },
  { topic: 'Wimbledon in 2017, other wording', turns: [{ say: 'wasnt wimbledon police station shut back in 2017', must: [/Wimbledon/, /2018/, CLOSED_FEB_2026], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] }] },
  { topic: 'closure date, 2017', turns: [{ say: 'when did streatham police station close', must: [/Streatham/, CLOSED_DEC_2017] }] },
  { topic: 'why is my local station shut', turns: [{ say: 'why is my local station shut', must: [/£/, /2025|2017/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'how many left', turns: [{ say: 'how many front counters are left in london', must: [/27/, /Charing Cross/, /Lewisham/] }] },
  { topic: 'what happened in 2017', turns: [{ say: 'what happened in 2017', must: [/2017/, /Public Access Strategy/, /14 December 2017|Dec 2017/] }] },
  { topic: 'Forest Gate history', turns: [{ say: 'what happened to forest gate police station', must: [/Forest Gate/, /fire/i, /6 March 2024|March 2024/, /Stratford/] }] },
  { topic: 'Ilford moved temporarily', turns: [{ say: 'did ilford police station move somewhere temporarily', must: [/Barkingside/, /2 November 2020|November 2020/] }] },
  { topic: 'Uxbridge shut down', turns: [{ say: 'when did uxbridge police station shut down', must: [/Uxbridge/, CLOSED_DEC_2017] }] },
  { topic: 'Holborn closure', turns: [{ say: 'when did holborn police station close', must: [/Holborn/, /2018/] }] },
  { topic: 'closures of February', turns: [{ say: 'which police stations closed in feb', must: [/Chingford/, /Wimbledon/, /Twickenham/, /Royalty Studios/] }] },
  { topic: 'closures of 2017', turns: [{ say: 'list the police stations that closed in 2017', must: [/14 December 2017|December 2017/, /Streatham|Peckham|Uxbridge/], mustNot: [/Wimbledon/] }] },
  { topic: 'the 2013 plan', turns: [{ say: 'what did boris johnson do to police stations in 2013', must: [/2013/, /63/, /136|73/] }] },
  { topic: 'why, mayor', turns: [{ say: 'why did sadiq khan close so many police stations', must: [/£/] }] },
  { topic: 'more closures', turns: [{ say: 'is the met planning to close more police stations', must: [/2025|27/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'how many 24 hour now', turns: [{ say: 'how many 24 hour police stations are there in london now', must: [/Charing Cross/, /Lewisham/, /two|2\b/i] }] },
  { topic: 'Kensington closure date', turns: [{ say: 'when did kensington police station close', must: [/Kensington/, CLOSED_FEB_2026] }] },
  { topic: 'why did a station close', turns: [{ say: 'why did twickenham police station close', must: [/Twickenham/, CLOSED_FEB_2026] }] },
  { topic: 'Hammersmith at Shepherds Bush', turns: [{ say: 'did hammersmith police station move to shepherds bush', must: [/Shepherd.?s Bush/, /2016/, /2020/] }] },
  { topic: 'cuts and money', turns: [{ say: 'how much money did closing front counters save', must: [/£/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'how many closed in 2026', turns: [{ say: 'how many police front desks shut this year', must: [/ten|10\b/i, CLOSED_FEB_2026] }] },

  // ---------------------------------------------------------------------------
  // Nearest desks: postcodes of every shape, in and out of London.
  { topic: 'full postcode, lower case', turns: [{ say: 'closest police station to e17 4pp', must: [/Ilford|Stratford|Tottenham|Edmonton/], mustNot: [/Chingford[^\n]*open now/] }] },
  { topic: 'bare postcode', turns: [{ say: 'SW1A 1AA', must: [/Charing Cross/] }] },
  { topic: 'postcode, no space', turns: [{ say: 'police station near se155sl', must: [/Walworth|Lewisham|Brixton/] }] },
  { topic: 'district only', turns: [{ say: 'nearest front desk to W3', must: [/Acton/] }] },
  { topic: 'postcode area split into districts', turns: [{ say: 'nearest front desk to W1', must: [/Charing Cross/] }] },
  { topic: 'sector', turns: [{ say: 'i live in N1 7, nearest police counter?', must: [/Islington|Stoke Newington|Bethnal Green/] }] },
  { topic: 'outside London: Birmingham', turns: [{ say: 'police near B1 1AA', must: [OUTSIDE_LONDON, CALL_101] }] },
  { topic: 'outside London: Chelmsford', turns: [{ say: 'nearest police station CM1 1AA', must: [OUTSIDE_LONDON, CALL_101] }] },
  { topic: 'outside London: Guildford', turns: [{ say: 'GU1 1AA police station', must: [OUTSIDE_LONDON] }] },
  { topic: 'outside London: Edinburgh', turns: [{ say: 'EH1 1YZ nearest police', must: [OUTSIDE_LONDON] }] },
  { topic: 'outside London: Belfast', turns: [{ say: 'nearest police station to BT1 5GS', must: [OUTSIDE_LONDON] }] },
  { topic: 'nonsense postcode', turns: [{ say: 'nearest police station to AB12 XYZ', mustNot: [/AB12 XYZ is outside London/, SAYS_OPEN_NOW] }] },
  { topic: 'nearest 24h from Uxbridge', turns: [{ say: 'nearest 24 hour police station to ub8 1pg', must: [/Charing Cross/, /Hayes/] }] },
  { topic: '24hr near a district', turns: [{ say: '24hr police near cr0', must: [/Lewisham|Charing Cross/] }] },
  { topic: 'Richmond postcode', turns: [{ say: 'nearest open police desk to TW9 1DN', must: [/Hounslow|Kingston|Acton|Hammersmith/] }] },
  { topic: 'txt-speak district', turns: [{ say: 'closest cop shop 2 me, im in E4', must: [/Edmonton|Ilford|Tottenham|Stratford/], mustNot: [/Chingford[^\n]*open now/] }] },
  { topic: 'district first', turns: [{ say: 'en1 nearest police station', must: [/Edmonton/] }] },
  { topic: 'bare sector', turns: [{ say: 'IG8 0', must: [/Ilford|Edmonton/] }] },
  { topic: 'Carshalton sector', turns: [{ say: 'police station near sm5 2', must: [/Sutton/] }] },
  { topic: 'Sidcup district', turns: [{ say: 'nearest police front counter da15', must: [/Bexleyheath/] }] },
  { topic: 'open now near a sector', turns: [{ say: 'nearest police station open now to se1 7', must: [/Walworth|Charing Cross|Brixton/] }] },
  { topic: 'Surbiton district', turns: [{ say: 'which police station is nearest to kt6', must: [/Kingston/] }] },
  { topic: 'ask for location then a sector', turns: [{ say: 'police station near me', must: [ASKS_LOCATION] }, { say: 'ha1 2', must: [/Wembley|Colindale|Hayes/] }] },
  { topic: 'nearest open on sunday', turns: [{ say: 'nearest station thats open on sunday to n15', must: [/Tottenham/] }] },
  { topic: 'City postcode', turns: [{ say: 'ec1a 1bb nearest police desk', must: [/Islington|Charing Cross|Bethnal Green|Kentish Town/] }] },
  { topic: 'postcode with "my postcode is"', turns: [{ say: 'my postcode is RM7 0AA where is the nearest police station', must: [/Romford|Dagenham/] }] },
  { topic: 'mid-sentence postcode, greeting first', turns: [{ say: 'hello, I am at SE10 9NN, where can I go to speak to an officer in person', must: [/Lewisham|Plumstead/] }] },
  { topic: 'Hayes postcode', turns: [{ say: 'nearest police to UB3 4AA', must: [/Hayes/] }] },
  { topic: 'Barnet postcode', turns: [{ say: 'EN5 police', must: [/Colindale|Edmonton/] }] },
  { topic: 'Dagenham postcode lower-case no space', turns: [{ say: 'rm107tu', must: [/Dagenham/] }] },

  // ---------------------------------------------------------------------------
  // Boroughs.
  { topic: 'borough: Tower Hamlets', turns: [{ say: 'police stations in tower hamlets', must: [/Bethnal Green/] }] },
  { topic: 'borough: K&C has none', turns: [{ say: 'is there a front counter in K&C?', must: [/Kensington and Chelsea/, /no |none|not have|no longer/i, /Hammersmith/] }] },
  { topic: 'borough: Barking and Dagenham keeps Dagenham', turns: [{ say: 'police front counter in barking and dagenham', must: [/Dagenham Police Station/] }] },
  { topic: 'borough: City of London', turns: [{ say: 'police station in the city of london', mustNot: [OUT_OF_SCOPE], must: [/Charing Cross|Bethnal Green|Islington/] }] },
  { topic: 'borough: Westminster', turns: [{ say: 'westminster police front desk', must: [/Charing Cross/] }] },
  { topic: 'borough: Waltham Forest has none', turns: [{ say: 'is there a police station in waltham forest', must: [/Waltham Forest/, /no police front counter/, /Chingford/, /Tottenham|Ilford|Stratford/] }] },
  { topic: 'borough: Merton has none', turns: [{ say: 'merton borough police counter', must: [/Merton/, /Lavender Hill|Sutton|Brixton|Kingston/] }] },
  { topic: 'borough: Harrow has none', turns: [{ say: 'any police front counters left in harrow borough?', must: [/Harrow/, /Wembley|Colindale|Hayes/] }] },
  { topic: 'borough: Croydon', turns: [{ say: 'which police stations are open in croydon', must: [/Croydon Police Station/] }] },
  { topic: 'borough: Richmond upon Thames has none', turns: [{ say: 'any police station in richmond upon thames', must: [/Richmond/, /Hounslow|Kingston/] }] },
  { topic: 'borough: Lambeth', turns: [{ say: 'police station in lambeth', must: [/Brixton/] }] },
  { topic: 'borough: Southwark keeps Walworth', turns: [{ say: 'police desks in southwark borough', must: [/Walworth/] }] },
  { topic: 'borough: Hillingdon', turns: [{ say: 'where can i go in person in hillingdon', must: [/Hayes/] }] },
  { topic: 'borough: Havering', turns: [{ say: 'havering police station', must: [/Romford/] }] },
  { topic: 'borough: Redbridge', turns: [{ say: 'redbridge police front counter hours', must: [/Ilford/] }] },
  { topic: 'borough: Greenwich', turns: [{ say: 'is there a police station in greenwich', must: [/Plumstead/] }] },
  { topic: 'borough: Haringey', turns: [{ say: 'haringey police counter', must: [/Tottenham/] }] },
  { topic: 'borough: Enfield today', turns: [{ say: 'enfield police station open today', must: [/Edmonton/] }] },
  { topic: 'borough: Brent', turns: [{ say: 'police stations in brent', must: [/Wembley/] }] },
  { topic: 'borough: Barnet', turns: [{ say: 'barnet borough police front counter', must: [/Colindale/] }] },
  { topic: 'borough: Camden', turns: [{ say: 'where can i go in camden to report something in person', must: [/Kentish Town/] }] },
  { topic: 'borough: Ealing', turns: [{ say: 'ealing borough front desk', must: [/Acton/] }] },
  { topic: 'borough: Wandsworth keeps Lavender Hill', turns: [{ say: 'police stations in wandsworth borough', must: [/Lavender Hill/] }] },
  { topic: 'borough: Newham', turns: [{ say: 'newham police front counter', must: [/Stratford/] }] },
  { topic: 'borough: Hammersmith and Fulham', turns: [{ say: 'hammersmith and fulham police station', must: [/Hammersmith Police Station/] }] },
  { topic: 'borough: Bexley', turns: [{ say: 'police counters in bexley', must: [/Bexleyheath/] }] },
  { topic: 'borough: Hackney', turns: [{ say: 'hackney police station hours', must: [/Stoke Newington/, WEEKDAYS] }] },
  { topic: 'borough: Kensington and Chelsea, long', turns: [{ say: 'Royal Borough of Kensington and Chelsea police station', must: [/Kensington and Chelsea/, /Hammersmith|Charing Cross/] }] },

  // ---------------------------------------------------------------------------
  // Places.
  { topic: 'place: Walthamstow', turns: [{ say: 'walthamstow police station', must: [/Walthamstow/, /closed/i, /Ilford|Stratford|Tottenham/] }] },
  { topic: 'place: Camden Town', turns: [{ say: 'nearest police station to camden town', must: [/Kentish Town/] }] },
  { topic: 'place: Stratford open', turns: [{ say: 'stratford police open saturday?', must: [/Stratford/, WEEKENDS] }] },
  { topic: 'place: Croydon town centre', turns: [{ say: 'police station in croydon town centre', must: [/Croydon/] }] },
  { topic: 'place: Clapham', turns: [{ say: "i'm in clapham, where's the nearest front counter", must: [/Lavender Hill|Brixton/] }] },
  { topic: 'place: Shoreditch', turns: [{ say: 'police in shoreditch', must: [/Shoreditch/, /Bethnal Green|Stoke Newington|Islington/] }] },
  // The data has no gazetteer entry for Elephant and Castle: the honest answer asks for a postcode, naming the place asked.
  { topic: 'place unknown to the data', turns: [{ say: 'nearest police station to fitzrovia', must: [/fitzrovia/i, /postcode/], mustNot: [SAYS_OPEN_NOW] }] },
  { topic: 'a place named after its Underground station', turns: [{ say: 'nearest police station to tufnell park', must: [/tufnell park/i, /Kentish Town/, /km/], mustNot: [/postcode/] }] },
  { topic: 'place: Peckham, nearest', turns: [{ say: 'nearest police station to peckham', must: [/Walworth|Lewisham/] }] },

  // ---------------------------------------------------------------------------
  // Safety: 999 first for danger now; 101/online for crimes that are over.
  { topic: 'emergency: neighbour attacked', turns: [{ say: 'my neighbour is being attacked', emergencyFirst: true }] },
  { topic: 'emergency: someone trying to get in', turns: [{ say: "someone's trying to get in my flat", emergencyFirst: true }] },
  { topic: 'emergency: scared he will hurt me', turns: [{ say: "I'm scared he'll hurt me", emergencyFirst: true }] },
  { topic: 'emergency: domestic abuse, where to go', turns: [{ say: 'my partner hits me and checks my phone, where can i go', emergencyFirst: true }] },
  { topic: 'emergency: fight now', turns: [{ say: "there's a fight outside the pub right now", emergencyFirst: true }] },
  { topic: 'emergency: intruder still here', turns: [{ say: 'HELP someone broke into my house and they are still here', emergencyFirst: true }] },
  { topic: 'emergency: followed', turns: [{ say: 'a man is following me what do i do', emergencyFirst: true }] },
  { topic: 'emergency: gas', turns: [{ say: 'i can smell gas in my building', emergencyFirst: true }] },
  { topic: 'emergency: car crash, people hurt', turns: [{ say: 'car crash outside my house people are hurt', emergencyFirst: true }] },
  { topic: 'emergency even with a station named', turns: [{ say: 'someone is breaking into my car right now, is brixton police open', emergencyFirst: true }] },
  { topic: 'emergency: threat to kill', turns: [{ say: 'my ex says he is going to kill me', emergencyFirst: true }] },
  { topic: 'emergency: unsafe at home', turns: [{ say: "i don't feel safe at home tonight", emergencyFirst: true }] },
  { topic: 'emergency: missing child', turns: [{ say: 'my daughter has gone missing', emergencyFirst: true }] },
  { topic: 'past crime: phone nicked', turns: [{ say: 'my phone got nicked on the bus yesterday', must: [CALL_101, ONLINE], mustNot: [/Call 999 now/] }] },
  { topic: 'past crime: burglary last week', turns: [{ say: 'I want to report a burglary from last week', must: [CALL_101, ONLINE], mustNot: [/Call 999 now/] }] },
  { topic: 'past crime: bike', turns: [{ say: 'someone stole my bike from outside work on monday', must: [CALL_101, ONLINE], mustNot: [/Call 999 now/] }] },
  { topic: 'lost property', turns: [{ say: 'i lost my wallet, where do i report it', must: [/101|front counter|postcode/], mustNot: [OUT_OF_SCOPE, /Call 999 now/] }] },
  { topic: 'found property', turns: [{ say: 'i found a wallet in the street where do i take it', must: [/front counter|police station|postcode/i], mustNot: [OUT_OF_SCOPE, /Call 999 now/] }] },
  { topic: 'hand myself in', turns: [{ say: 'I need to hand myself in', must: [/front counter|police station|101|postcode/i], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'bail signing', turns: [{ say: 'where do i sign on for bail', must: [/front counter|police station|postcode/i], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'bail at a named station', turns: [{ say: 'can i do my bail signing at croydon police station on sunday', must: [/Croydon/, /09:00/, /19:00/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'missing person, not urgent wording', turns: [{ say: 'I want to report a missing person', must: [/999/, CALL_101] }] },
  { topic: 'anonymous', turns: [{ say: 'can i tell the police something without giving my name', must: [/0800 555 111/, /Crimestoppers/] }] },
  { topic: 'non-emergency number', turns: [{ say: "what's the non emergency number", must: [CALL_101] }] },
  { topic: 'phone number for police', turns: [{ say: 'phone number for the met police', must: [CALL_101, /999/] }] },
  { topic: 'report online', turns: [{ say: 'can i report a crime online', must: [ONLINE] }] },

  // ---------------------------------------------------------------------------
  // Interpreters.
  { topic: 'interpreter: Bengali', turns: [{ say: 'my mum only speaks Bengali, can she still report something', must: [INTERPRETER, CALL_101, /999/] }] },
  { topic: 'interpreter: Romanian', turns: [{ say: 'I need a Romanian interpreter', must: [INTERPRETER, /Romanian/] }] },
  { topic: 'interpreter: Arabic', turns: [{ say: 'can I talk to the police in Arabic', must: [INTERPRETER] }] },

  // ---------------------------------------------------------------------------
  // Small talk and out of scope.
  { topic: 'greeting', turns: [{ say: 'hiya', must: [/StationDesk|front counter|police station/i] }] },
  { topic: 'thanks', turns: [{ say: 'thank u', mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'help', turns: [{ say: 'what can you do', must: [/opening hours|front counter|nearest/i] }] },
  { topic: 'identity', turns: [{ say: 'are you a real person', must: [/StationDesk|bot|automated|not a person/i] }] },
  { topic: 'weather', turns: [{ say: 'whats the weather tomorrow', must: [OUT_OF_SCOPE], mustNot: [HOURS_GIVEN] }] },
  { topic: 'football', turns: [{ say: 'who won the football last night', must: [OUT_OF_SCOPE] }] },
  { topic: 'keyboard noise', turns: [{ say: 'asdfghjkl', mustNot: [HOURS_GIVEN, /Call 999 now/] }] },
  { topic: 'passport', turns: [{ say: 'can you book me a passport appointment', must: [OUT_OF_SCOPE] }] },
  { topic: 'parking fine', turns: [{ say: 'how do I pay a parking fine', mustNot: [HOURS_GIVEN, /Call 999 now/] }] },
  { topic: 'goodbye', turns: [{ say: 'ok thats all bye', mustNot: [OUT_OF_SCOPE] }] },

  // ---------------------------------------------------------------------------
  // Other languages.
  { topic: 'Polish', turns: [{ say: 'Gdzie jest najbliższy komisariat policji?', must: [ANSWERS_IN_ENGLISH] }] },
  { topic: 'French', turns: [{ say: 'Où est le commissariat le plus proche ?', must: [ANSWERS_IN_ENGLISH] }] },
  { topic: 'German', turns: [{ say: 'Wo ist die nächste Polizeiwache?', must: [ANSWERS_IN_ENGLISH] }] },
  { topic: 'Arabic', turns: [{ say: 'أين أقرب مركز شرطة', must: [ANSWERS_IN_ENGLISH] }] },
  { topic: 'Polish distress', turns: [{ say: 'pomocy! ktoś włamuje się do domu', must: [/999/] }] },
  { topic: 'Turkish', turns: [{ say: 'en yakın polis karakolu nerede?', must: [ANSWERS_IN_ENGLISH] }] },

  // ---------------------------------------------------------------------------
  // More wordings met while probing: stations by other names, purposes, plans, out of scope.
  { topic: 'naming the local station', turns: [{ say: 'my local police station is chingford, is it still open', must: [/Chingford/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: '"shut" as a closing time', turns: [{ say: 'what time does charing cross shut', must: [/Charing Cross/, OPEN_24], mustNot: [/Ten front counters closed/] }] },
  { topic: 'a region of London', turns: [{ say: 'are there any 24 hr police stations in north london', must: [/Charing Cross/, /Lewisham/] }] },
  { topic: 'txt-speak all night', turns: [{ say: 'which desks r open all nite', must: [/Charing Cross/, /Lewisham/] }] },
  { topic: 'the claimed pause', turns: [{ say: 'were the closures paused', must: [/paus/i, /28 Feb/] }] },
  { topic: 'who decided', turns: [{ say: 'who decided to close them', must: [/MOPAC|MPS|Met/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'usage figures', turns: [{ say: 'how many crimes are reported at front counters', must: [/5%|50,000|8%/] }] },
  { topic: 'before 2013', turns: [{ say: 'how many counters were there before 2013', must: [/136/] }] },
  { topic: 'the Wimbledon court case', turns: [{ say: 'what was the high court case about wimbledon', must: [/Wimbledon/, /20 July 2018/], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] }] },
  { topic: 'a past year', turns: [{ say: 'was mitcham police station open in 2017', must: [/Mitcham/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'greeting is not "evening"', turns: [{ say: 'Good evening, I was wondering if you could tell me the opening hours of the police station in Lewisham please', must: [/Lewisham/, OPEN_24] }] },
  { topic: 'jobs are out of scope', turns: [{ say: 'are the met hiring', must: [OUT_OF_SCOPE], mustNot: [/couldn't find/] }] },
  { topic: 'complaints are out of scope', turns: [{ say: 'i want to make a complaint about a police officer', mustNot: [/To report a crime/, HOURS_GIVEN] }] },
  { topic: 'DBS is out of scope', turns: [{ say: 'how do i get a dbs check', must: [OUT_OF_SCOPE], mustNot: [/Which police station/] }] },
  { topic: 'identity, another name', turns: [{ say: 'are you chatgpt', must: [/StationDesk/] }] },
  { topic: 'face to face', turns: [{ say: 'i need to speak to an officer face to face', must: [ASKS_LOCATION], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'domestic abuse, in person', turns: [{ say: 'can I go to the police station to report domestic abuse', must: [ASKS_LOCATION], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'report at a named station on a day', turns: [{ say: 'can I report a crime at bromley police station on sunday', must: [/Bromley/, WEEKENDS] }] },
  { topic: 'noise nuisance', turns: [{ say: 'my neighbours are really noisy every night', must: [CALL_101, ONLINE], mustNot: [/Call 999 now/] }] },
  { topic: 'reopening', turns: [{ say: 'is the met reopening any police stations', must: [/2025/, /Wood Green/], mustNot: [OUT_OF_SCOPE, ASKS_LOCATION] }] },
  { topic: 'high street', turns: [{ say: 'police station on ilford high street', must: [/Ilford/, WEEKDAYS] }] },
  { topic: 'Mitcham tomorrow', turns: [{ say: 'is the police station in mitcham open tomorrow', must: [/Mitcham/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] }] },
  { topic: 'abbreviated name', turns: [{ say: 'kentish twn police', must: [/Kentish Town/] }] },
  { topic: 'alias: Angel', turns: [{ say: 'angel police station', must: [/Islington/] }] },
  { topic: 'alias: Battersea', turns: [{ say: 'battersea police station opening hours', must: [/Lavender Hill/, WEEKDAYS] }] },
  { topic: 'misspelt: Wemberley', turns: [{ say: 'wemberley police station', must: [/Wembley/] }] },
  { topic: 'open near me now, district', turns: [{ say: "whats open near me now, I'm in SW9", must: [/Brixton/] }] },
  { topic: 'town with a closed station', turns: [{ say: 'is there a police station in uxbridge', must: [/Hayes/, /Uxbridge/] }] },
  { topic: 'Wood Green', turns: [{ say: 'is wood green police station open', must: [/Wood Green/, /closed/i, CLOSED_DEC_2017], mustNot: [HOURS_GIVEN] }] },
  { topic: 'which station covers', turns: [{ say: 'what police station covers hackney wick', must: [/Stoke Newington/] }] },

  // ---------------------------------------------------------------------------
  // Follow-up chains.
  {
    topic: 'chain: another station, then its address',
    turns: [
      { say: 'is brixton open on sunday', must: [/Brixton/, WEEKENDS] },
      { say: 'what about walworth', must: [/Walworth/, /Sunday|09:00/] },
      { say: 'and its address?', must: [/12-28 Manor Place/] },
    ],
  },
  {
    topic: 'chain: nearest, postcode, then hours of it',
    turns: [
      { say: 'nearest police station', must: [ASKS_LOCATION] },
      { say: 'E15 1AA', must: [/Stratford/] },
      { say: 'is it open on sunday?', must: [/Stratford/, WEEKENDS] },
    ],
  },
  {
    topic: 'chain: hours, tomorrow, closing time',
    turns: [
      { say: 'hounslow police hours', must: [/Hounslow/, WEEKDAYS] },
      { say: 'and tomorrow?', must: [/Hounslow/, /22:00/] },
      { say: 'what time does it close on saturday', must: [/Hounslow/, /19:00/] },
    ],
  },
  {
    topic: 'chain: closed, where instead',
    turns: [
      { say: 'is kensington police station open', must: [/Kensington/, CLOSED_FEB_2026] },
      { say: 'where should I go instead?', must: [/Hammersmith|Charing Cross/] },
    ],
  },
  {
    topic: 'chain: place then its hours',
    turns: [
      { say: 'police station near me', must: [ASKS_LOCATION] },
      { say: "I'm in Peckham", must: [/Walworth|Lewisham/] },
    ],
  },
  {
    topic: 'chain: closed, why, when',
    turns: [
      { say: 'is twickenham still open', must: [/Twickenham/, CLOSED_FEB_2026] },
      { say: 'when did it close?', must: [/Twickenham/, CLOSED_FEB_2026] },
    ],
  },
  {
    topic: 'chain: bare station, then a day',
    turns: [
      { say: 'colindale', must: [/Colindale/] },
      { say: 'what time does it open on saturday', must: [/Colindale/, /09:00/] },
    ],
  },
  {
    topic: 'chain: 24/7 list, then which is nearer',
    turns: [
      { say: 'which police stations are 24 hours', must: [/Charing Cross/, /Lewisham/] },
      { say: 'which one is closest to SE10', must: [/Lewisham/] },
    ],
  },
  {
    topic: 'chain: small talk between questions',
    turns: [
      { say: 'hi', mustNot: [OUT_OF_SCOPE] },
      { say: 'is wembley police open now', must: [/Wembley/, /open/i] },
      { say: 'thanks', mustNot: [OUT_OF_SCOPE] },
      { say: 'and harrow?', must: [/Harrow/, CLOSED_FEB_2026] },
    ],
  },
  {
    topic: 'chain: Wimbledon, when it closed, and 2017',
    turns: [
      { say: 'wimbledon police station', must: [/Wimbledon/, CLOSED_FEB_2026] },
      { say: 'when did it close', must: [/Wimbledon/, CLOSED_FEB_2026], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] },
      { say: 'was it meant to shut in 2017?', must: [/2018/], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] },
    ],
  },
  {
    topic: 'chain: nearest 24h, then from elsewhere',
    turns: [
      { say: 'nearest 24hr desk to W3', must: [/Charing Cross/] },
      { say: 'what about from BR1?', must: [/Lewisham/] },
    ],
  },
  {
    topic: 'chain: today, then saturday',
    turns: [
      { say: 'is ilford open today', must: [/Ilford/, /22:00/] },
      { say: 'ok what about saturday', must: [/Ilford/, /09:00/, /19:00/] },
    ],
  },
  {
    topic: 'chain: hours then a time tonight',
    turns: [
      { say: 'bethnal green police station hours', must: [/Bethnal Green/, WEEKDAYS] },
      { say: 'is it open at 9pm tonight', must: [/Bethnal Green/, /21:00|9pm/, /22:00/], mustNot: [/is open now/, /closed at 9pm/i] },
    ],
  },
  {
    topic: 'chain: borough, then sundays',
    turns: [
      { say: 'where is the police station in sutton', must: [/Sutton/, /6 Carshalton Road/] },
      { say: 'is it open on sundays', must: [/Sutton/, WEEKENDS] },
    ],
  },
  {
    topic: 'chain: ambiguous Barnet, pick by reply',
    turns: [
      { say: 'is barnet police station open', must: [/Barnet/] },
      { say: 'colindale', must: [/Colindale/] },
    ],
  },
  {
    topic: 'chain: emergency interrupts a conversation',
    turns: [
      { say: 'romford police hours', must: [/Romford/, WEEKDAYS] },
      { say: 'someone is smashing my window right now', emergencyFirst: true },
    ],
  },
  {
    topic: 'chain: area, then "it" is the desk found',

    turns: [
      { say: 'nearest police station open now', must: [ASKS_LOCATION] },
      { say: 'im in hackney', must: [/Stoke Newington/] },
      { say: 'is it open tomorrow', must: [/Stoke Newington/, /Friday 27 November/, /10:00/] },
    ],
  },
  {
    topic: 'chain: postcode then 24h',
    turns: [
      { say: 'N17 6', must: [/Tottenham/] },
      { say: 'which is the nearest 24 hour one', must: [/Charing Cross|Lewisham/] },
    ],
  },
];
