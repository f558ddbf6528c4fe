/**
 * A counter asked for near a place the index has, whose own name holds another service's words ("nearest counter to
 * battersea power station"): the nearest counter to that place, not "Sorry, I can't help". Controls: another service
 * asked for itself ("nearest fire station to brixton", "when does battersea power station open") stays out of scope.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const NEAR_BATTERSEA = /^The nearest front counter to Battersea Power Station is \*\*Lavender Hill Police Station\*\*/;
const OUT_OF_SCOPE = /^Sorry, I can't help with that/;

describe("a place whose name holds another service's words, said many ways", () => {
  for (const say of [
    'nearest counter to battersea power station',
    'closest desk to battersea power station',
    'which counter is nearest battersea power station',
    'police counter near battersea power station?',
    'any desks near battersea power station',
    'im going to battersea power station, where is the nearest counter',
  ]) {
    it(say, async () => expect(await ask(say)).to.match(NEAR_BATTERSEA));
  }

  it('control: nearest fire station to brixton (the other service not known, said first)', async () =>
    expect(await ask('nearest fire station to brixton')).to.match(/^I don't know where hospitals, cash machines, courts, shops or other services are/));
  for (const say of ['when does battersea power station open', 'is there a bus station near battersea power station']) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(OUT_OF_SCOPE));
  }
});
