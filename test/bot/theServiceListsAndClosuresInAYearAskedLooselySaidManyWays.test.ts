/**
 * Kinds found probing the service, lists and the past with residents' own wordings, through the bot: cookies asked
 * of the bot are what it keeps; how far its sources go is how fresh they are; "is the bot open source" and "how do
 * you know which stations are open" are about the bot and its sources ("open" there is no counter's state); "list
 * the boroughs with no counter" is that list; "did anything close in 2019" and "did any police stations close in
 * 2019" are the closures of that year (none, said so), not "which station?" nor every closure since 2017; "what was the
 * last station to close" is the latest round. Requests said loosely are the task the bot cannot do.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const KEEPS = /^I keep only what this conversation needs/;
const FRESHNESS = /^My information was last checked on \d{1,2} \w+ \d{4}, and my latest source is from 28 February 2026\./;
const OPEN_SOURCE = /^StationDesk is open source: its code is under the MIT licence\./;
/** Where its facts come from, asked: the publishers first. */
const SOURCES = /^My facts come from \d+ publishers: official ones such as Metropolitan Police/;
const NONE_NOW = /^Five boroughs have no front counter now: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./;

describe('the service asked loosely: privacy, freshness, what the bot is', () => {
  itAnswersFirst(
    [
      ['do you use cookies', KEEPS],
      ['does this site set cookies?', KEEPS],
      ["what's the latest date your sources cover", FRESHNESS],
      ['what is the most recent date your data goes up to', FRESHNESS],
      ['how far do your sources go', FRESHNESS],
      ['up to when does your data run?', FRESHNESS],
      ['is the bot open source', OPEN_SOURCE],
      ['is this bot open source?', OPEN_SOURCE],
      ['how do you know which stations are open', SOURCES],
      ['how does the bot know the opening hours', SOURCES],
    ],
    { understood: true },
  );
});

describe('a list of the boroughs with no counter, asked with "with"', () => {
  itAnswersFirst(
    [
      ['can you list the boroughs with no counter', NONE_NOW],
      ['boroughs with no police station', NONE_NOW],
      ['which areas of london are left with no front desk', NONE_NOW],
    ],
    { understood: true },
  );
});

describe('closures in a year asked with "anything" or "any": that year\'s closures', () => {
  itAnswersFirst(
    [
      ['did anything close in 2019', /^No front counter closed in 2019, as far as my sources show\./],
      ['did any police stations close in 2019', /^No front counter closed in 2019, as far as my sources show\./],
      ['did anything shut in 2021', /^Two front counters closed in 2021/],
      ['did any close in 2020', /^Yes: seven front counters closed in 2020/],
    ],
    { understood: true },
  );
});

describe('the latest closure asked in the past tense: the latest round, not today\'s closing times', () => {
  const LATEST = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): /;
  itAnswersFirst(
    [
      ['what was the last station to close', LATEST],
      ['when was the most recent closure', LATEST],
      ['which counter closed most recently', LATEST],
      ['what was the latest round of closures', LATEST],
    ],
    { understood: true },
  );
  // Control: today's closing times, asked in the present tense.
  itAnswersFirst([['which station closes last today', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today/]]);
});

describe('requests it cannot carry out, said loosely: the task it cannot do, not out of scope', () => {
  itAnswersFirst(
    [
      ['unsubscribe me', /^I can't set reminders or send you alerts\./],
      ['stop the notifications', /^I can't set reminders or send you alerts\./],
      ["could you look up my friend's arrest", /^I can't check whether someone has been arrested or is in custody/],
      // Someone's arrest checked on is custody, not an officer sent round to them ("can you check on my son" is).
      ["can you check on my son's arrest", /^I can't check whether someone has been arrested or is in custody/],
      ['can you check on my son', /^\*\*Call 999 now\*\* if someone is in danger: I can't send an officer\./],
      ['do you work on whatsapp', /^No: there's no StationDesk app to download, and I'm not on WhatsApp/],
      ['can this bot be used on facebook messenger?', /^No: there's no StationDesk app to download/],
    ],
    { understood: true },
  );
});

describe('closures asked with "anything" or "anywhere": the closures of the time named', () => {
  itAnswersFirst(
    [
      ['has anything closed this year', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
      ['has anywhere shut this year', /^Ten front counters closed on 28 February 2026/],
      ['have any more closed in 2026', /^Yes: ten front counters closed on 28 February 2026/],
    ],
    { understood: true },
  );
  // A state asked ("is anything closed now") or nearness ("near me") is not the list of closures.
  itAnswersFirst([['has anything else closed near me', /postcode|where you are/i]]);
});

describe('controls: "open" of a counter, and every closure when no year is named', () => {
  itAnswersFirst([
    ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ['is lewisham open 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ['when did the counters close', /^54 front counters closed between July 2017 and 28 February 2026/],
  ]);
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['do you use cookies? someone is trying to break in right now', 'did anything close in 2019, my husband is hitting me']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
