/**
 * A thing that fell, not a person: "my phone fell down the stairs and won't turn on", "the hoover fell down the stairs
 * lol, is brixton open". A fall is a body's only when someone (or an animal) fell, so no "Call 999" for a phone; a
 * question asked alongside is answered. A fall told as over ("my nan fell down the stairs in 2019") is not 999 now,
 * but a past fall with a body's state going on now ("fell last night and he's still not moving") is. Controls: a
 * person or a pet falling, or not moving, still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const talk = () => new Conversation('webchat', FRIDAY);
const NOT_999 = /^(?!.*\b999\b)/;

describe('a thing that fell, or a fall told as over, said many ways', () => {
  for (const say of [
    'my phone fell down the stairs and wont turn on',
    'my new laptop just fell down the stairs and the screen is cracked',
    'the tv fell down the stairs when we were moving it',
    'my keys fell down the stairs behind the radiator',
    'my suitcase has fallen down the stairs and the handle snapped',
    'the christmas tree fell down the stairs lol',
    'my ipad fell off the balcony',
    'our vase fell from the window and smashed',
  ]) {
    it(`a thing: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.match(NOT_999));
  }

  for (const say of ['the hoover fell down the stairs lol, is brixton open', 'my bag fell down the stairs, is brixton open']) {
    it(`a thing, then a question: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/));
  }

  for (const say of [
    'he fell down the stairs last year, is the counter still open',
    "my nan fell down the stairs in 2019, that's when we last went to the station",
    'my mum fell down the stairs years ago',
    'my grandad fell off a ladder in 2015 and was fine',
  ]) {
    it(`over: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.match(NOT_999));
  }

  for (const say of [
    'my nan fell down the stairs',
    'he fell down the stairs and isnt moving',
    'my dad is falling down the stairs',
    'my dog fell down the stairs',
    'my phone fell down the stairs and so did my nan and she isnt moving',
    'my dad fell down the stairs last night and hes still not moving',
    'my nan fell down the stairs this morning and she cant get up',
    'my nan fell down the stairs yesterday and shes still lying at the bottom',
    'my nan fell down the stairs 10 mins ago and shes bleeding from her head',
    'my son fell off the balcony',
  ]) {
    it(`control, a body: ${say}`, async () => expectCall999First(await talk().say(say), say));
  }
});
