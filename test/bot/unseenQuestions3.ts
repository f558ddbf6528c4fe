/**
 * A third, independent set of residents' questions, mostly CONVERSATIONS (2-6
 * turns): a follow-up after every kind of answer ("and on Saturday?", "how far
 * is that?", "when did that happen?", "what else can you do?"), answers to the
 * bot's own prompts (a postcode, a postcode in two pieces, a choice by number,
 * by part of a name, "neither"), corrections ("no, Walworth", "sorry I meant
 * Hayes"), cancelling or being forgotten half-way, greetings, jokes and an
 * emergency in the middle of a conversation, and the development set's
 * wordings asked of other stations, postcodes and boroughs.
 *
 * Written so as not to repeat unseenQuestions.ts or unseenQuestions2.ts.
 * Expected facts are from /work/shared/data (resident-facts.md, stations.csv,
 * events.csv, plans.csv, the postcode tables) as of Thursday 26 November 2026,
 * 14:00 London: Saturday is the 28th, Sunday the 29th, Monday the 30th.
 */
import type { UnseenCase, UnseenTurn } from './unseenQuestions';

export type { UnseenCase, UnseenTurn };

/** The 25 reduced-hours counters, weekdays and weekends, from 3 March 2026. */
const WEEKDAYS = /10:00\s*[–-]\s*22:00/;
const WEEKENDS = /09:00\s*[–-]\s*19:00/;
const OPEN_24 = /24 hours|24\/7/i;
const ONLINE = /met\.police\.uk/;
const CALL_101 = /\b101\b/;
/** Closed on 28 February 2026 (2025 front counter review), said of the counter. */
const CLOSED_FEB_2026 = /closed on 28 February 2026|28 February 2026: Front counter closed/;
const CLOSED_DEC_2017 = /14 December 2017/;
/** A reply that gives a counter's own opening hours as if it were open. */
const HOURS_GIVEN = /Its hours|Usual hours|Day by day/;
const OUT_OF_SCOPE = /can't help with that|didn't understand/;
const ASKS_LOCATION = /postcode or area|where you are/i;
const ASKS_STATION = /Which police station/;
/** The overview given for a bare place, instead of answering the question asked. */
const WHAT_ABOUT_IT = /What would you like to know about/;
const ANSWERS_IN_ENGLISH = /English/;
const INTERPRETER = /Language Line|interpreter/i;
const CALL_999_NOW = /Call 999 now/;
/** Some distance given, in km. */
const DISTANCE = /\d km/;

const SATURDAY = /Saturday 28 November/;
const SUNDAY = /Sunday 29 November/;
const MONDAY = /Monday 30 November/;
const TOMORROW = /Friday 27 November/;

/** A station named in bold, as replies lead with it. */
const desk = (name: string): RegExp => new RegExp(`\\*\\*${name}[^*]*\\*\\*`);
const CHARING_CROSS = desk('Charing Cross Police Station');
const LEWISHAM = desk('Lewisham Police Station');


export const UNSEEN_CASES_3: UnseenCase[] = [
  // ---------------------------------------------------------------------------
  // A follow-up after every kind of answer.
  {
    topic: 'status, then a day, now, the address and what else',
    turns: [
      { say: 'is croydon police station still open', must: [desk('Croydon'), /open/, WEEKDAYS] },
      { say: 'and on saturday?', must: [desk('Croydon'), SATURDAY, WEEKENDS] },
      { say: 'is it open now?', must: [desk('Croydon'), /open now/, /22:00/] },
      { say: "what's the address?", must: [/71 Park Lane/, /CR9 1BP/] },
      { say: 'what else can you do?', must: [/opening hours/, /nearest/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'closing?, then when that happened, where instead, thanks',
    turns: [
      { say: 'is mitcham police station closing', must: [/Mitcham/, CLOSED_FEB_2026] },
      { say: 'when did that happen?', must: [/Mitcham/, /28 February 2026/], mustNot: [OUT_OF_SCOPE] },
      { say: 'where can I go instead?', must: [/Sutton/] },
      { say: 'ok thanks', mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'bare closed station, then why and when',
    turns: [
      // Closed in 2017; a temporary counter there in 2020 ended when Twickenham reopened (events.csv).
      { say: 'teddington police station', must: [/Teddington/, /closed/], mustNot: [HOURS_GIVEN] },
      { say: 'when did that happen?', must: [/Teddington/, /2020/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'why a station closed gives the reasons',
    turns: [
      { say: 'pinner police counter', must: [/Pinner/, CLOSED_FEB_2026] },
      { say: 'why did it close?', must: [/Pinner/, /£7m|£260m|save/] },
    ],
  },
  {
    topic: 'closed station, "where do I go now"',
    turns: [
      { say: 'chingford police station', must: [/Chingford/, CLOSED_FEB_2026] },
      { say: 'where do I go now', must: [/Edmonton/], mustNot: [ASKS_LOCATION] },
    ],
  },
  {
    topic: 'hours, then bank holidays, then Good Friday',
    turns: [
      { say: 'Lavender Hill police hours', must: [desk('Lavender Hill'), WEEKDAYS, WEEKENDS] },
      { say: 'and is it open on bank holidays?', must: [/Lavender Hill/, /bank holiday/i, ONLINE] },
      { say: 'and good friday?', must: [/Lavender Hill/, /Good Friday/, ONLINE] },
    ],
  },
  {
    topic: 'a day, another day, another',
    turns: [
      { say: 'tottenham police open sunday?', must: [desk('Tottenham'), SUNDAY, WEEKENDS] },
      { say: 'what about saturday', must: [desk('Tottenham'), SATURDAY] },
      { say: 'and monday?', must: [desk('Tottenham'), MONDAY, WEEKDAYS] },
    ],
  },
  {
    topic: 'hours, open now, then the nearest 24-hour desk from there',
    turns: [
      { say: 'opening times for romford police station', must: [desk('Romford'), WEEKDAYS] },
      { say: 'is it open now?', must: [desk('Romford'), /open now/] },
      { say: 'and the nearest 24 hour one?', must: [LEWISHAM, OPEN_24], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'open now, a time tomorrow, then another station',
    turns: [
      { say: 'hayes police station open now?', must: [desk('Hayes Police Station'), /open now/] },
      { say: 'and tomorrow at 9am?', must: [/Hayes/, /closed/, /10:00/] },
      { say: 'what about plumstead?', must: [/Plumstead/, /09:00 tomorrow/, /10:00/] },
    ],
  },
  {
    topic: 'nearest to a sector, its address, its closing time',
    turns: [
      { say: 'nearest police station to E2 0', must: [desk('Bethnal Green')] },
      { say: "what's the address?", must: [/12 Victoria Park Square/, /E2 9NZ/] },
      { say: 'when does it close today?', must: [/Bethnal Green/, /22:00/] },
    ],
  },
  {
    topic: 'closest desk to a postcode, then open late',
    turns: [
      { say: 'closest police front desk to SM1 4RF', must: [desk('Sutton')] },
      { say: 'is it open late?', must: [/Sutton/, /22:00/, /19:00/] },
    ],
  },
  {
    topic: 'police near a postcode, then Sunday',
    turns: [
      { say: 'police station near CR0 1LN', must: [desk('Croydon')] },
      { say: 'and is it open on sunday?', must: [desk('Croydon'), SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'district given, then is it 24 hours',
    turns: [
      { say: "I'm in SE13, nearest police front counter?", must: [LEWISHAM] },
      { say: 'is it open 24 hours?', must: [/Lewisham/, OPEN_24] },
    ],
  },
  {
    topic: 'nearest 24-hour to a postcode, how far, and Sunday',
    turns: [
      { say: 'nearest 24 hr police station E4 7EA', must: [CHARING_CROSS, /Edmonton/] },
      { say: 'how far is that?', must: [/Charing Cross/, DISTANCE] },
      { say: 'is it open on sunday?', must: [/Charing Cross/, OPEN_24] },
    ],
  },
  {
    topic: 'bare sector, then "what about 24 hour"',
    turns: [
      { say: 'E10 5', must: [/Stratford/] },
      { say: 'ok what about 24 hour', must: [CHARING_CROSS, /E10 5/], mustNot: [/Stratford Police Station\*\* is open Mon/] },
    ],
  },
  {
    topic: 'the 24-hour list, then the nearest of them',
    turns: [
      { say: 'which police front desks are open round the clock', must: [/Charing Cross/, /Lewisham/] },
      { say: 'and the nearest to SE17 1?', must: [/nearest 24-hour front counter to SE17 1 is \*\*Charing Cross/] },
    ],
  },
  {
    topic: 'how many closed, which ones, and in 2017',
    turns: [
      { say: 'how many police stations closed in february 2026', must: [/Ten|10/, /Chingford/] },
      { say: 'which ones?', must: [/Chingford/, /Wimbledon/, /Twickenham/], mustNot: [ASKS_LOCATION] },
      { say: 'and in december 2017?', must: [CLOSED_DEC_2017, /Streatham/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'how many are left, which ones',
    turns: [
      { say: 'how many front counters are left', must: [/27/] },
      { say: 'which ones?', must: [/Acton/, /Walworth/, /Charing Cross/], mustNot: [ASKS_LOCATION] },
    ],
  },
  {
    topic: 'closure date, then a bare "why?"',
    turns: [
      { say: 'when did fulham police station close', must: [/Fulham/, CLOSED_DEC_2017] },
      { say: 'why?', must: [/2017 Public Access Strategy|£/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'closed for a while, then open now',
    turns: [
      { say: 'Was Bethnal Green police station closed for a while?', must: [/Bethnal Green/, /2020/, /September 2021/] },
      { say: 'is it open now?', must: [desk('Bethnal Green'), /open now/] },
    ],
  },
  {
    topic: 'bare station, a day, another station, which is closer',
    turns: [
      { say: 'grahame park way police station', must: [/Colindale/] },
      { say: 'what about on sunday', must: [desk('Colindale'), SUNDAY] },
      { say: 'and wembley?', must: [desk('Wembley'), SUNDAY] },
      { say: 'which is closer to NW9 6?', must: [/Colindale/, DISTANCE] },
    ],
  },
  {
    topic: 'in person in a borough, then Sunday',
    turns: [
      { say: 'where can I go in person in Lambeth', must: [/Brixton/] },
      { say: 'is it open on sunday?', must: [desk('Brixton'), SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'a borough with none, then a borough with one',
    turns: [
      { say: 'is there a police station open in Harrow borough', must: [/no police front counter in \*\*Harrow/, /Wembley/] },
      { say: 'what about Brent?', must: [/Wembley/, /603 Harrow Road/] },
    ],
  },
  {
    topic: 'Merton, then Kingston borough',
    turns: [
      { say: 'is there a police station open in Merton borough', must: [/no police front counter in \*\*Merton/, /Wimbledon/, /Sutton/] },
      { say: 'what about Kingston borough?', must: [/Kingston Police Station/, /5 & 7 High Street/] },
    ],
  },
  {
    topic: 'in person in Waltham Forest, then goodbye',
    turns: [
      { say: 'where can I go in person in Waltham Forest', must: [/no police front counter in \*\*Waltham Forest/, /Chingford/] },
      { say: 'ok thanks bye', must: [/999/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'interpreter between two questions about a station',
    turns: [
      { say: 'dagenham police station', must: [/Dagenham/, WEEKDAYS] },
      { say: 'I need to speak to someone in Urdu', must: [INTERPRETER, /Urdu/] },
      { say: 'and is it open tomorrow?', must: [desk('Dagenham'), TOMORROW, /10:00/] },
    ],
  },
  {
    topic: 'why they closed, then back to the station',
    turns: [
      { say: 'ilford police station address', must: [/270-294 High Road/, /IG1 1GT/] },
      { say: 'why did the met close so many front counters', must: [/£260m/, /£7m|5%/] },
      { say: 'ok and is it open on sunday?', must: [desk('Ilford'), SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'nearest to a sector, then the nearest 24-hour one',
    turns: [
      { say: 'nearest police station to W8 6', must: [desk('Hammersmith')] },
      { say: 'and the nearest 24 hour one?', must: [CHARING_CROSS, /W8 6/] },
    ],
  },
  {
    topic: '24-hour first, then the nearest open now',
    turns: [
      { say: 'nearest 24 hr desk to KT6', must: [CHARING_CROSS, /Kingston/] },
      { say: 'and the nearest one open now?', must: [/nearest front counter open now to KT6 is \*\*Kingston/] },
    ],
  },
  {
    topic: 'nearest, then a time tonight',
    turns: [
      { say: "I'm in SW16, where's my nearest police station?", must: [desk('Brixton')] },
      { say: 'is it open at 8pm tonight?', must: [/Brixton/, /20:00/, /22:00/], mustNot: [/closed at 20:00/] },
    ],
  },
  {
    topic: 'closed station, when it closed',
    turns: [
      { say: 'is uxbridge police station open', must: [/Uxbridge/, /closed/, /Hayes/] },
      { say: 'when did it close?', must: [/Uxbridge/, CLOSED_DEC_2017] },
    ],
  },
  {
    topic: 'Forest Gate, then its replacement on Sunday',
    turns: [
      { say: 'what happened to the police station in forest gate', must: [/fire/i, /Stratford/] },
      { say: 'is stratford open on sunday?', must: [desk('Stratford'), SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'Christmas, then New Year',
    turns: [
      { say: 'is charing cross police station open on christmas day', must: [/Charing Cross/, /Christmas/] },
      { say: 'and on new years day?', must: [/Charing Cross/, /New Year/] },
    ],
  },
  {
    topic: 'nearest to a Richmond sector, then Sunday',
    turns: [
      { say: 'nearest police station to TW1 3', must: [desk('Hounslow')] },
      { say: 'is it open on sunday?', must: [desk('Hounslow'), SUNDAY] },
    ],
  },
  {
    topic: 'near a Pinner sector, then the address',
    turns: [
      { say: 'police station near HA5 3', must: [desk('Wembley')] },
      { say: "what's the address?", must: [/603 Harrow Road/, /HA0 2HH/] },
    ],
  },
  {
    topic: 'nearest to a district, how far is it',
    turns: [
      { say: 'nearest front counter to DA14', must: [desk('Bexleyheath')] },
      { say: 'how far is it?', must: [/Bexleyheath/, DISTANCE] },
    ],
  },

  // ---------------------------------------------------------------------------
  // Answering the bot's prompts.
  {
    topic: 'asked for a place: a full postcode',
    turns: [
      { say: 'nearest 24hr police station please', must: [ASKS_LOCATION] },
      { say: 'BR1 1ER', must: [LEWISHAM, /Bromley/] },
    ],
  },
  {
    topic: 'a postcode in two pieces',
    turns: [
      { say: "where's the nearest police station", must: [ASKS_LOCATION] },
      { say: 'IG8', must: [/IG8/] },
      { say: '0SB', must: [/IG8 0SB/, /Edmonton/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'a postcode in two pieces, open now',
    turns: [
      { say: 'which police station is open near me right now', must: [ASKS_LOCATION] },
      { say: 'NW10', must: [/NW10/] },
      { say: '4AA', must: [/NW10 4AA/, /Acton/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'choice by number',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: '2', must: [/Wood Green/, /closed/, CLOSED_DEC_2017], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'choice by part of a name',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: 'green', must: [/Wood Green/, /closed/], mustNot: [OUT_OF_SCOPE, /Woodford/] },
    ],
  },
  {
    topic: 'choice: neither',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: 'neither', must: [ASKS_STATION], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'choice: neither, naming the right one',
    turns: [
      { say: 'is wood police station open on sunday', must: [/Woodford/, /Wood Green/] },
      { say: 'neither, I meant wembley', must: [desk('Wembley'), SUNDAY] },
    ],
  },
  {
    topic: 'choice: the first one',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: 'the first one', must: [/Woodford/, /closed/, /2013/], mustNot: [/Woodford[^\n]* is open/] },
    ],
  },
  {
    topic: 'choice among four: the second one',
    turns: [
      { say: 'high road police station hours', must: [/Tottenham/, /Ilford/, /Chiswick/] },
      { say: 'the second one', must: [desk('Ilford'), WEEKDAYS] },
    ],
  },
  {
    topic: 'choice among four: by name',
    turns: [
      { say: 'high road police station hours', must: [/Tottenham/, /Ilford/] },
      { say: 'the tottenham one', must: [desk('Tottenham'), WEEKDAYS] },
    ],
  },
  {
    topic: 'choice: a former station or the later counter',
    turns: [
      { say: 'sidcup police open on sunday', must: [/Marlowe House/, /Sidcup Police Station/] },
      { say: 'marlowe house', must: [/Marlowe House/, /closed/], mustNot: [HOURS_GIVEN] },
    ],
  },
  {
    topic: 'choice: Walthamstow by part of a name',
    turns: [
      { say: 'walthamstow nick', must: [/Walthamstow Town Centre/, /Walthamstow Police Station/] },
      { say: 'town centre', must: [/Walthamstow Town Centre/, /closed/], mustNot: [HOURS_GIVEN] },
    ],
  },
  {
    topic: 'asked which station: part of a name',
    turns: [
      { say: 'is green police station open', must: [ASKS_STATION] },
      { say: 'bethnal', must: [desk('Bethnal Green'), /open now/] },
    ],
  },
  {
    topic: 'asked which station: a correction with the day kept',
    turns: [
      { say: 'is the green police station open tomorrow', must: [ASKS_STATION] },
      { say: 'actually I meant plumstead', must: [desk('Plumstead'), TOMORROW, /10:00/] },
    ],
  },
  {
    topic: 'asked which station: a name, then a day',
    turns: [
      { say: 'police station opening hours', must: [ASKS_STATION] },
      { say: 'kingston', must: [desk('Kingston'), WEEKDAYS] },
      { say: 'and is it open on saturday', must: [desk('Kingston'), SATURDAY] },
    ],
  },
  {
    topic: 'asked for a place: does not know the postcode, gives an area',
    turns: [
      { say: 'find me a police station', must: [ASKS_LOCATION] },
      { say: 'dunno my postcode sorry', must: [ASKS_LOCATION], mustNot: [OUT_OF_SCOPE] },
      { say: 'walthamstow', must: [desk('Tottenham')] },
    ],
  },
  {
    topic: 'asked for a place: a borough',
    turns: [
      { say: "where's the closest 24 hour police front desk", must: [ASKS_LOCATION] },
      { say: 'Hackney', must: [CHARING_CROSS, /Stoke Newington/] },
    ],
  },
  {
    topic: 'asked which station: a 24-hour one',
    turns: [
      { say: 'what time does the police station close', must: [ASKS_STATION] },
      { say: 'lewisham', must: [/Lewisham/, OPEN_24] },
    ],
  },

  // ---------------------------------------------------------------------------
  // Corrections.
  {
    topic: 'correction keeps the day',
    turns: [
      { say: 'is brixton police open this sunday', must: [desk('Brixton'), SUNDAY] },
      { say: 'no, walworth', must: [desk('Walworth'), SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'correction keeps the closing time asked',
    turns: [
      { say: 'what time does hounslow police station close on friday', must: [/Hounslow/, /22:00/] },
      { say: 'sorry I meant hayes', must: [desk('Hayes Police Station'), TOMORROW, /22:00/] },
    ],
  },
  {
    topic: 'correction keeps the 24-hour desk',
    turns: [
      { say: 'nearest 24 hour police station to W12', must: [CHARING_CROSS] },
      { say: 'no, W13', must: [/nearest 24-hour front counter to W13 is \*\*Charing Cross/], mustNot: [WHAT_ABOUT_IT] },
    ],
  },
  {
    topic: 'correction of a district',
    turns: [
      { say: 'nearest police station to SE15', must: [desk('Walworth')] },
      { say: 'sorry I meant SE16', must: [/nearest front counter to SE16 is \*\*Walworth/], mustNot: [WHAT_ABOUT_IT] },
    ],
  },
  {
    topic: 'correction to a closed station',
    turns: [
      { say: 'is lewisham open now', must: [/Lewisham/, OPEN_24] },
      { say: 'sorry, I meant catford', must: [/Catford/, /closed/, CLOSED_DEC_2017], mustNot: [HOURS_GIVEN] },
    ],
  },
  {
    topic: 'correction of an address question',
    turns: [
      { say: 'kingston police station address', must: [/5 & 7 High Street/] },
      { say: 'oops i meant kentish town', must: [/10-12A Holmes Road/, /NW5 3AE/] },
    ],
  },
  {
    topic: 'correction: not this one, that one',
    turns: [
      { say: 'is sutton open on saturday', must: [desk('Sutton'), SATURDAY] },
      { say: 'not sutton, croydon', must: [desk('Croydon'), SATURDAY, WEEKENDS] },
    ],
  },

  // ---------------------------------------------------------------------------
  // Cancelling, starting over and being forgotten.
  {
    topic: 'cancel while asked for a place, then a new question',
    turns: [
      { say: '24 hour police station near me', must: [ASKS_LOCATION] },
      { say: 'cancel', mustNot: [OUT_OF_SCOPE] },
      { say: 'is hayes open now', must: [desk('Hayes Police Station'), /open now/] },
    ],
  },
  {
    topic: 'never mind while asked which station, then the 24-hour list',
    turns: [
      { say: 'is green police station open', must: [ASKS_STATION] },
      { say: 'never mind', mustNot: [OUT_OF_SCOPE] },
      { say: 'which police front desks are open 24/7', must: [/Charing Cross/, /Lewisham/] },
    ],
  },
  {
    topic: 'start again during a choice',
    turns: [
      { say: 'sidcup police open on sunday', must: [/Marlowe House/] },
      { say: 'start again', mustNot: [OUT_OF_SCOPE, /Marlowe House/] },
      { say: 'romford police station sunday', must: [desk('Romford'), SUNDAY] },
    ],
  },
  {
    topic: 'forgotten, then a follow-up has nothing to lean on',
    turns: [
      { say: 'wembley police station', must: [/Wembley/] },
      { say: 'forget my data', must: [/cleared/] },
      { say: 'and on sunday?', must: [ASKS_STATION], mustNot: [/Wembley/] },
    ],
  },
  {
    topic: 'postcode forgotten, then "is it open now?"',
    turns: [
      { say: 'nearest police station to SE18 3', must: [desk('Plumstead')] },
      { say: 'delete my postcode', must: [/cleared/] },
      { say: 'is it open now?', mustNot: [/Plumstead/, /SE18/] },
    ],
  },
  {
    topic: 'forgotten while asked for a place: the postcode is not read as the old question',
    turns: [
      { say: 'closest police station open all night', must: [ASKS_LOCATION] },
      { say: 'forget me', must: [/cleared/] },
      { say: 'RM10 7TU', must: [/Dagenham/], mustNot: [/The nearest 24-hour front counter to RM10 7TU/] },
    ],
  },

  // ---------------------------------------------------------------------------
  // Greetings, small talk and jokes in the middle.
  {
    topic: 'a greeting mid-conversation',
    turns: [
      { say: 'edmonton police', must: [/Edmonton/] },
      { say: 'good morning', mustNot: [OUT_OF_SCOPE] },
      { say: 'what about on saturday', must: [desk('Edmonton'), SATURDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'a greeting while asked for a place',
    turns: [
      { say: 'nearest police desk thats open now', must: [ASKS_LOCATION] },
      { say: 'hi', mustNot: [OUT_OF_SCOPE] },
      { say: 'SE9 1', must: [desk('Plumstead')] },
    ],
  },
  {
    topic: 'a joke mid-conversation',
    turns: [
      { say: 'lewisham police station', must: [/Lewisham/, OPEN_24] },
      { say: 'tell me a joke', must: [/joke/i], mustNot: [HOURS_GIVEN] },
      { say: 'ok what time does it close?', must: [/Lewisham/, OPEN_24] },
    ],
  },
  {
    topic: 'name, what else, then a question',
    turns: [
      { say: "what's your name", must: [/StationDesk/] },
      { say: 'what else do you know about?', must: [/opening hours/], mustNot: [OUT_OF_SCOPE] },
      { say: 'is acton open?', must: [desk('Acton'), /open now/] },
    ],
  },
  {
    topic: 'hello, are you a bot, then a question',
    turns: [
      { say: 'hey there', mustNot: [OUT_OF_SCOPE] },
      { say: 'are you a bot', must: [/StationDesk/] },
      { say: 'nearest 24 hr desk to SE23', must: [LEWISHAM] },
    ],
  },
  {
    topic: 'a joke, then the 24-hour list',
    turns: [
      { say: 'tell me a joke', must: [/joke/i] },
      { say: 'fine. which stations are open 24 hours then', must: [/Charing Cross/, /Lewisham/] },
    ],
  },
  {
    topic: 'thanks between two questions',
    turns: [
      { say: 'is kensington police station open today', must: [/Kensington/, CLOSED_FEB_2026, /Hammersmith/] },
      { say: 'cheers', mustNot: [OUT_OF_SCOPE] },
      { say: 'and when did notting hill close?', must: [/Notting Hill/, CLOSED_DEC_2017] },
    ],
  },

  // ---------------------------------------------------------------------------
  // An emergency in the middle: 999 first, and the conversation still works after.
  {
    topic: 'emergency mid-conversation, then back to the station',
    turns: [
      { say: 'is kingston police station open on sunday', must: [desk('Kingston'), SUNDAY] },
      { say: 'someone is trying to break into my house right now', emergencyFirst: true },
      { say: "ok they've gone. is kingston open now?", must: [desk('Kingston'), /open now/] },
    ],
  },
  {
    topic: 'emergency after a nearest answer, then the nearest 24-hour one',
    turns: [
      { say: "I'm in E17, nearest police front counter?", must: [desk('Tottenham')] },
      { say: "there's a man with a knife outside", emergencyFirst: true },
      { say: "what's the nearest 24 hour one?", must: [CHARING_CROSS, /E17/] },
    ],
  },
  {
    topic: 'emergency while asked for a place, then the postcode',
    turns: [
      { say: 'closest police counter please', must: [ASKS_LOCATION] },
      { say: 'my friend has been stabbed', emergencyFirst: true },
      { say: 'E1 6AN', must: [/Bethnal Green/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'emergency, thanks, then a day for the station',
    turns: [
      { say: 'plumstead police open sunday?', must: [desk('Plumstead'), SUNDAY] },
      { say: 'my ex is outside my door threatening me', emergencyFirst: true },
      { say: 'thanks', mustNot: [OUT_OF_SCOPE] },
      { say: 'and saturday?', must: [desk('Plumstead'), SATURDAY] },
    ],
  },
  {
    topic: 'emergency in the middle of a choice',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: 'help someone is attacking my neighbour', emergencyFirst: true },
      { say: 'is woodford open', must: [/Woodford/, /closed/] },
    ],
  },

  // ---------------------------------------------------------------------------
  // The development set's wordings, other stations and places.
  { topic: 'still open?', turns: [{ say: 'is hounslow police station still open', must: [desk('Hounslow'), /open/, WEEKDAYS] }] },
  { topic: 'opening times for', turns: [{ say: 'opening times for islington police station', must: [desk('Islington'), WEEKDAYS, WEEKENDS] }] },
  { topic: 'open saturday?', turns: [{ say: 'edmonton police open saturday?', must: [desk('Edmonton'), SATURDAY, WEEKENDS] }] },
  {
    topic: 'closing?, then another closed one',
    turns: [
      { say: 'is pinner police station closing', must: [/Pinner/, CLOSED_FEB_2026, /Wembley|Hayes/], mustNot: [HOURS_GIVEN] },
      { say: 'what about harrow?', must: [/Harrow/, CLOSED_FEB_2026], mustNot: [HOURS_GIVEN] },
    ],
  },
  {
    topic: 'bare closed station, where instead',
    turns: [
      { say: 'wimbledon police', must: [/Wimbledon/, CLOSED_FEB_2026] },
      { say: 'where should I go instead', must: [/Lavender Hill/, /Charing Cross/] },
    ],
  },
  { topic: 'nearest 24 hr to a sector', turns: [{ say: 'nearest 24 hr police station SE9 6', must: [LEWISHAM] }] },
  { topic: 'closest front desk to a postcode', turns: [{ say: 'closest police front desk to RM1 3BJ', must: [desk('Romford')] }] },
  { topic: 'police station near a sector', turns: [{ say: 'police station near UB4 8', must: [desk('Hayes Police Station')] }] },
  { topic: 'nearest station to a lower-case sector', turns: [{ say: 'nearest station to cr0 2', must: [desk('Croydon')] }] },
  { topic: "I'm in a district", turns: [{ say: "I'm in N17, nearest police front counter?", must: [desk('Tottenham')] }] },
  { topic: 'bare sector, lower case', turns: [{ say: 'e15 1', must: [/Stratford/], mustNot: [OUT_OF_SCOPE] }] },
  { topic: 'closures of December 2017', turns: [{ say: 'how many police stations closed in december 2017', must: [CLOSED_DEC_2017, /Streatham/, /Peckham/] }] },
  { topic: 'a borough with none, its long name', turns: [{ say: 'is there a police station open in Kensington and Chelsea', must: [/no police front counter/, /Hammersmith/] }] },
  { topic: 'in person in Tower Hamlets', turns: [{ say: 'where can I go in person in Tower Hamlets', must: [/Bethnal Green/, /12 Victoria Park Square/] }] },
  { topic: 'a weekday named', turns: [{ say: 'romford police station friday', must: [desk('Romford'), TOMORROW, /10:00/, /22:00/] }] },
  {
    topic: 'nearest 24 hour, then a Thamesmead district',
    turns: [
      { say: 'nearest round the clock police counter', must: [ASKS_LOCATION] },
      { say: 'SE28', must: [LEWISHAM, /Plumstead/] },
    ],
  },
  { topic: 'open now?', turns: [{ say: 'kingston police station open now?', must: [desk('Kingston'), /open now/, /22:00/] }] },
  {
    topic: 'crime overnight, what to do',
    turns: [{ say: 'someone has smashed my car window overnight, what should I do', must: [CALL_101, ONLINE], mustNot: [CALL_999_NOW, /Only two front counters/] }],
  },
  { topic: 'emergency: a gun', turns: [{ say: "there's someone with a gun on my street", emergencyFirst: true }] },
  { topic: 'who do I call: a loud party', turns: [{ say: 'who do I call if my neighbours are having a loud party', must: [CALL_101], mustNot: [CALL_999_NOW] }] },
  { topic: 'interpreter: Tamil', turns: [{ say: 'I need to speak to someone in Tamil', must: [INTERPRETER, /Tamil/, CALL_101] }] },
  { topic: 'why are they shutting', turns: [{ say: 'why are the met shutting police front desks', must: [/£260m/, /5%/] }] },
  { topic: 'when did a 2017 closure close', turns: [{ say: 'when did peckham police station close', must: [/Peckham/, CLOSED_DEC_2017] }] },
  { topic: 'station address', turns: [{ say: 'Stoke Newington station address', must: [/33 Stoke Newington High Street/, /N16 8DS/] }] },
  { topic: 'the police station in a town', turns: [{ say: 'is the police station in ilford open', must: [desk('Ilford'), /open/] }] },
  { topic: 'a bare two-word station', turns: [{ say: 'lavender hill', must: [/Lavender Hill/, WEEKDAYS] }] },
  { topic: 'cop shop to a sector', turns: [{ say: 'whats the nearest cop shop to SE17 1', must: [desk('Walworth')] }] },
  { topic: "typo'd station and hours", turns: [{ say: 'bromly police opning hours', must: [desk('Bromley'), WEEKDAYS] }] },
  { topic: 'open late?', turns: [{ say: 'hounslow police station open late?', must: [/Hounslow/, /22:00/, /19:00/] }] },
  { topic: 'christmas day, other station', turns: [{ say: 'is kentish town police station open on christmas day', must: [/Kentish Town/, /Christmas/, ONLINE] }] },
  { topic: 'languages: Portuguese', turns: [{ say: 'Onde fica a esquadra de polícia mais próxima?', must: [ANSWERS_IN_ENGLISH] }] },
  { topic: 'languages: Italian', turns: [{ say: "Dov'è la stazione di polizia più vicina?", must: [ANSWERS_IN_ENGLISH] }] },
  {
    topic: 'another language, then a postcode',
    turns: [
      { say: 'Wo ist die nächste Polizeistation in London?', must: [ANSWERS_IN_ENGLISH] },
      { say: 'E15 4SG', must: [/Stratford/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'bare station, what about a day',
    turns: [
      { say: 'hammersmith police', must: [/Hammersmith/] },
      { say: 'what about on monday', must: [desk('Hammersmith'), MONDAY, WEEKDAYS] },
    ],
  },
  {
    topic: 'hours, then bank holiday Monday',
    turns: [
      { say: 'acton police hours', must: [desk('Acton'), WEEKDAYS] },
      { say: 'what about bank holiday monday?', must: [/Acton/, /bank holiday/i, ONLINE] },
    ],
  },
  {
    topic: 'Newham by its old name, then the address',
    turns: [
      { say: 'is newham police station still open', must: [/Stratford/] },
      { say: 'where is it exactly', must: [/18 West Ham Lane/, /E15 4SG/] },
    ],
  },
  {
    topic: 'Wimbledon, and 2017',
    turns: [
      { say: 'is wimbledon police station still open', must: [/Wimbledon/, CLOSED_FEB_2026] },
      { say: 'was it closed in 2017 too?', must: [/2018/], mustNot: [/Wimbledon[^\n]{0,80}closed on 14 December 2017/] },
    ],
  },
  {
    topic: 'crime report, then the nearest desk',
    turns: [
      { say: 'my bike was stolen from the station car park', must: [CALL_101, ONLINE], mustNot: [CALL_999_NOW] },
      { say: 'can I report it in person? I live in N19', must: [desk('Kentish Town')] },
    ],
  },
  {
    topic: 'not an emergency, then the counter near me',
    turns: [
      { say: "who do I call if it's not urgent", must: [CALL_101] },
      { say: 'and the nearest front desk to SW2?', must: [desk('Brixton')] },
    ],
  },
  {
    topic: 'interpreter for a parent, then where to go',
    turns: [
      { say: 'my dad only speaks Punjabi, can he report a crime', must: [INTERPRETER, CALL_101] },
      { say: 'which police station is closest to UB7?', must: [desk('Hayes Police Station')] },
    ],
  },
  {
    topic: 'which boroughs have none, then one of them',
    turns: [
      { say: 'which boroughs have no police front counter', must: [/Harrow/, /Merton/, /Waltham Forest/] },
      { say: 'what about richmond?', must: [/Richmond/, /Twickenham|Hounslow|Kingston/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'a closed counter, how far the alternative is',
    turns: [
      { say: 'is royalty studios still open', must: [/Royalty Studios/, CLOSED_FEB_2026] },
      { say: 'so where is the nearest one now?', must: [/Hammersmith/, DISTANCE] },
    ],
  },
  {
    topic: 'the station in a place, open late on saturday',
    turns: [
      { say: 'is the police station in bexleyheath open on saturday', must: [desk('Bexleyheath'), SATURDAY] },
      { say: 'till what time?', must: [/Bexleyheath/, /19:00/] },
    ],
  },
  {
    topic: 'plural question, then a station',
    turns: [
      { say: 'what police stations are there in croydon', must: [/Croydon Police Station/] },
      { say: 'is it open on sunday', must: [desk('Croydon'), SUNDAY] },
    ],
  },
  {
    topic: 'sector, then "how about a 24 hour one"',
    turns: [
      { say: 'police station near N8 9', must: [/Tottenham|Kentish Town|Stoke Newington/] },
      { say: 'how about a 24 hour one?', must: [CHARING_CROSS], mustNot: [/is open Mon/] },
    ],
  },
  {
    topic: 'closed by fire, when',
    turns: [
      { say: 'forest gate police station', must: [/Forest Gate/, /closed/, /Stratford/] },
      { say: 'when did that happen?', must: [/6 March 2024|March 2024/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'Hammersmith moved: where to and when it came back',
    turns: [
      { say: 'Was Hammersmith police station closed for a while?', must: [/Shepherd.?s Bush/, /2016/] },
      { say: 'when did it reopen?', must: [/29 September 2020/] },
    ],
  },
  {
    topic: 'is it open now, then how late',
    turns: [
      { say: 'is brixton police station open now?', must: [desk('Brixton'), /open now/] },
      { say: 'how late?', must: [/Brixton/, /22:00/] },
    ],
  },
  {
    topic: 'bank holiday and a 24-hour counter',
    turns: [
      { say: 'is lewisham police station open on bank holidays', must: [/Lewisham/, /bank holiday/i] },
      { say: 'and charing cross?', must: [/Charing Cross/, /bank holiday/i] },
    ],
  },
  {
    topic: 'distance from a district to a named station',
    turns: [
      { say: 'islington police station', must: [/Islington/, WEEKDAYS] },
      { say: 'how far is it from N19?', must: [DISTANCE, /N19/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'the address, then is it open tomorrow morning',
    turns: [
      { say: 'where is walworth police station', must: [/12-28 Manor Place/, /SE17 3BB/] },
      { say: 'is it open tomorrow morning?', must: [desk('Walworth'), TOMORROW, /10:00/] },
    ],
  },
  {
    topic: 'nearest open now to a postcode outside London',
    turns: [
      { say: 'nearest police station open now to CM14 4', must: [/outside London/] },
      { say: 'ok what about RM14', must: [/Romford/], mustNot: [/outside London/] },
    ],
  },
  {
    topic: 'nearest to a town with a closed station, then a 24-hour one',
    turns: [
      { say: "I'm in Southall, nearest police station?", must: [desk('Hayes Police Station')] },
      { say: 'and a 24 hour one?', must: [/nearest 24-hour front counter to Southall is \*\*Charing Cross/] },
    ],
  },
  {
    topic: 'thanks first, then another station',
    turns: [
      { say: 'is bromley police station open right now', must: [desk('Bromley'), /open now/] },
      { say: 'great thanks, what about lewisham?', must: [LEWISHAM, /open now/, OPEN_24] },
    ],
  },
  {
    topic: 'cheers, then another station',
    turns: [
      { say: 'croydon police station hours', must: [desk('Croydon'), WEEKDAYS] },
      { say: 'cheers. and walworth?', must: [desk('Walworth'), WEEKDAYS] },
    ],
  },
  {
    topic: 'nearest to a sector, the weekend, how far',
    turns: [
      { say: 'nearest station to N4 2', must: [desk('Stoke Newington')] },
      { say: 'what about at the weekend?', must: [/Stoke Newington/, SATURDAY, SUNDAY] },
      { say: 'and how far is it?', must: [/Stoke Newington/, DISTANCE] },
    ],
  },
  {
    topic: '"the one in" a place',
    turns: [
      { say: 'is the croydon one open now', must: [desk('Croydon'), /open now/] },
      { say: 'what about the one in sutton', must: [desk('Sutton'), /open now/] },
    ],
  },
  {
    topic: 'Christmas Eve by date, then New Year\'s Eve',
    turns: [
      { say: 'is tottenham police station open on the 24th?', must: [/Tottenham/, /Christmas Eve/, ONLINE] },
      { say: 'and on the 31st?', must: [/Tottenham/, /New Year.s Eve/, ONLINE] },
    ],
  },
  {
    topic: 'the 24-hour list, then as it was in 2019',
    turns: [
      { say: 'which stations are open 24 hours', must: [/Charing Cross/, /Lewisham/] },
      { say: 'and in 2019?', must: [/2019/, /Wimbledon/, /Chingford/] },
    ],
  },
  {
    topic: 'boroughs with none, then one of them',
    turns: [
      { say: 'what boroughs are left without a police station', must: [/Waltham Forest/] },
      { say: 'what about in harrow?', must: [/no police front counter in \*\*Harrow/, /Wembley/] },
    ],
  },
  {
    topic: 'a borough with one counter, then its hours',
    turns: [
      { say: 'is there a police station in Hackney', must: [/Stoke Newington/] },
      { say: 'opening hours?', must: [desk('Stoke Newington'), WEEKDAYS, WEEKENDS] },
    ],
  },
  {
    topic: 'closed, another closed, when that one closed',
    turns: [
      { say: 'is hornsey police station open', must: [/Hornsey/, /closed/, /Tottenham/] },
      { say: 'what about wood green?', must: [/Wood Green/, /closed/] },
      { say: 'and when did that one close?', must: [/Wood Green/, CLOSED_DEC_2017] },
    ],
  },
  {
    topic: 'postcode given as a district, then the rest',
    turns: [
      { say: 'my postcode is E17', must: [desk('Tottenham')] },
      { say: '4PP', must: [/E17 4PP/, /Tottenham/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'asked for a place: a central district in two pieces',
    turns: [
      { say: 'closest police station to me please', must: [ASKS_LOCATION] },
      { say: 'SW1A', must: [CHARING_CROSS] },
      { say: '1AA', must: [/SW1A 1AA/, CHARING_CROSS] },
    ],
  },
];

/** A few conversations played on Microsoft Teams too, where replies are rendered for that channel. */
export const TEAMS_CASES_3: UnseenCase[] = [
  {
    topic: 'Teams: hours, then Sunday',
    turns: [
      { say: 'opening times for wembley police station', must: [/Wembley/, WEEKDAYS] },
      { say: 'and on sunday?', must: [/Wembley/, SUNDAY, WEEKENDS] },
    ],
  },
  {
    topic: 'Teams: nearest 24 hour, then a postcode',
    turns: [
      { say: 'my nearest 24-hour police desk?', must: [ASKS_LOCATION] },
      { say: 'RM10 7TU', must: [/Lewisham/, /Dagenham/] },
    ],
  },
  {
    topic: 'Teams: a choice by number',
    turns: [
      { say: 'wood police station', must: [/Woodford/, /Wood Green/] },
      { say: '1', must: [/Woodford/, /closed/] },
    ],
  },
  {
    topic: 'Teams: what else can you do',
    turns: [
      { say: 'is acton police station still open', must: [/Acton/, WEEKDAYS] },
      { say: 'what else can you do?', must: [/opening hours/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'Teams: closed, then where instead',
    turns: [
      { say: 'kensington police counter', must: [/Kensington/, CLOSED_FEB_2026] },
      { say: 'where should i go instead', must: [/Hammersmith/] },
    ],
  },
  {
    topic: 'Teams: when did that happen',
    turns: [
      { say: 'is twickenham police station closing', must: [/Twickenham/, CLOSED_FEB_2026] },
      { say: 'when did that happen?', must: [/28 February 2026/], mustNot: [OUT_OF_SCOPE] },
    ],
  },
  {
    topic: 'Teams: a correction',
    turns: [
      { say: 'is ilford open on saturday', must: [/Ilford/, SATURDAY] },
      { say: 'sorry i meant romford', must: [/Romford/, SATURDAY] },
    ],
  },
  {
    topic: 'Teams: a borough, then how late tonight',
    turns: [
      { say: 'what police stations are there in lambeth', must: [/Brixton Police Station/] },
      { say: 'how late is it open tonight', must: [/Brixton/, /22:00/] },
    ],
  },
  {
    topic: 'Teams: the closures, which ones',
    turns: [
      { say: 'how many front desks closed in february 2026', must: [/Ten|10/] },
      { say: 'which ones?', must: [/Mitcham/, /Pinner/], mustNot: [ASKS_LOCATION] },
    ],
  },
  { topic: 'Teams: emergency', turns: [{ say: 'a man is hitting a woman in the street', emergencyFirst: true }] },
  {
    topic: 'Teams: forget me, then a follow-up',
    turns: [
      { say: 'croydon police station', must: [/Croydon/] },
      { say: 'forget me', must: [/cleared/] },
      { say: 'is it open now?', mustNot: [/Croydon/] },
    ],
  },
];
