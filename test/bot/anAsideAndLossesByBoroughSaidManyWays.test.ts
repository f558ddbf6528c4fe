/**
 * Two kinds, through the bot. A counter question beside one StationDesk cannot answer ("what's the weather and is
 * brixton open", "tell me a joke and the hours for lewisham"): the counter answered first, then one line that the
 * other half is not for this bot (it was dropped silently). A story told before a question is not answered as asked.
 * A loss asked of every borough ("has every borough lost a police station", "how many stations has each borough
 * lost"): the closures counted by borough, not how to report a crime nor the counters each has now.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ASIDE = /I can't help with the other part of your message, though: I only know about London's police front counters\.|I don't know any jokes, though/;

describe('an aside beside a counter question, and losses asked of every borough, said many ways', () => {
  for (const [say, first] of [
    ["what's the weather and is brixton open", /Brixton Police Station\*\* is (?:open|closed)/],
    ['tell me a joke and the hours for lewisham', /Lewisham Police Station\*\*/],
    ['is croydon open and who won the football', /Croydon Police Station\*\*/],
    ['whats the forecast for tomorrow and where is walworth police station', /Walworth/],
    ['recommend a good restaurant and is charing cross open 24 hours', /Charing Cross/],
    ['who won the arsenal match and what time does lewisham close', /Lewisham/],
    ['give me a recipe and is hounslow police station open', /Hounslow/],
  ] as const) {
    it(`${say}: the counter first, then the aside`, async () => {
      const reply = await new Conversation().askText(say);
      const [line1, line2] = reply.split('\n');
      expect(line1).to.match(first);
      expect(line1).not.to.match(ASIDE);
      expect(line2).to.match(ASIDE);
    });
  }

  for (const say of ['is brixton open and what time does it close', 'i was at the match and is wembley open', 'whats the weather like', 'is brixton open']) {
    it(`${say}: no aside`, async () => {
      const reply = await new Conversation().askText(say);
      expect(reply).not.to.match(/, though: I only know/);
    });
  }

  for (const say of [
    'has every borough lost a police station',
    'how many police stations has each borough lost',
    'did every borough have a police station closed',
    'has each borough lost a front counter',
    'have all boroughs lost a police station',
  ]) {
    it(`${say}: the closures counted by borough`, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first).to.match(/^Front counter closures by borough, from /);
    });
  }

  for (const say of ['is there a police station in every borough', 'does every borough still have a police station', 'how many police stations does each borough have', 'i lost my phone, where do i report it']) {
    it(`${say}: not the closures by borough`, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first).not.to.match(/closures by borough/);
    });
  }
});
