/**
 * Where the resident is, said as what they are near, by, next to or just off, naming a place the data holds no point
 * for ("by the o2 arena", "round the corner from the old vic", "i live off coldharbour lane", "opposite the emirates
 * stadium"): the bot says it does not know that place, quoting the whole name, and asks for a postcode, where it used to
 * say it could not help. Controls: a park or place the data names ("finsbury park", "green park") is still that place;
 * "at work", "by the door" are not places; danger said beside a landmark leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, PLACE_NOT_KNOWN } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a place we hold no point for, said as where one is, many ways: not known, a postcode asked for', function () {
  this.timeout(60_000);
  for (const [say, name] of [
    ['at the o2 arena', 'o2 arena'],
    ['by the o2 arena', 'o2 arena'],
    ['round the corner from the old vic', 'old vic'],
    ['right by the old vic', 'old vic'],
    ['i live off coldharbour lane', 'coldharbour lane'],
    ['opposite the emirates stadium', 'emirates stadium'],
    ['just round the corner from the tate modern', 'tate modern'],
    ['close to the royal festival hall', 'royal festival hall'],
    ['next to the shard, nearest police desk?', 'shard'],
  ] as const) {
    it(`${say} -> "${name}"`, async () => {
      const text = await new Conversation('webchat', NOW).askText(say);
      expect(firstLineOf(text)).to.match(PLACE_NOT_KNOWN(name));
      expect(text).to.match(/postcode/);
    });
  }
});

describe('controls: a park or place the data names whole is still that place', function () {
  this.timeout(30_000);
  for (const [say, place] of [
    ['im near finsbury park', 'Finsbury Park'],
    ['nearest to green park', 'Green Park'],
    ['wembley park nearest counter', 'Wembley Park'],
    ['park royal nearest counter', 'Park Royal'],
    ['im near camberwell green', 'Camberwell'],
  ] as const) {
    it(`${say} -> nearest to ${place}`, async () => {
      expect(firstLineOf(await new Conversation('webchat', NOW).askText(say))).to.match(new RegExp(`^The nearest front counter (?:open now )?to (?:\\*\\*)?${place}`));
    });
  }
});

describe('controls: not a place, or danger beside a landmark', function () {
  this.timeout(30_000);
  for (const say of ['at work', 'by the door', 'at the gym', 'im off to brixton']) {
    it(`${say}: no place quoted as unknown`, async () => {
      expect(firstLineOf(await new Conversation('webchat', NOW).askText(say))).to.not.match(/^I couldn't find/);
    });
  }
  for (const say of ['next to the old vic someone is stabbing a man', 'by the o2 arena a man has a gun', 'im next to the shard and a man is following me']) {
    it(`${say}: 999 first`, async () => {
      expect(firstLineOf(await new Conversation('webchat', NOW).askText(say))).to.match(/999/);
    });
  }
});
