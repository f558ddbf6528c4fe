/**
 * Each attempt of a turn runs on its own copy of the incoming activity (src/http/turnRunner.ts), so what
 * one attempt changes (the dialog puts the message's words in `text`) never reaches the next. The copy is
 * hand-made for speed: it must give what `structuredClone` gave, and share nothing with the original.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { copyOfActivity } from '../../src/http/activityCopy';

/** Values an activity holds: parsed JSON, and the Dates botbuilder's validator makes of its timestamps. */
const activityValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
  ),
}));

/** Every object and array reachable from a value. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  for (const child of Object.values(value)) objectsIn(child, found);
  return found;
}

describe('an attempt’s copy of the activity', () => {
  it('keeps a "__proto__" key parsed from JSON as an ordinary key, as structuredClone does', () => {
    const activity = JSON.parse('{"type":"message","__proto__":{"polluted":true},"value":{"__proto__":[1]}}') as Record<string, unknown>;
    const copy = copyOfActivity(activity);
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['type', '__proto__', 'value']);
    expect(copy).to.deep.equal(structuredClone(activity));
    expect((copy as { polluted?: unknown }).polluted).to.equal(undefined);
  });

  it('is what structuredClone gives, for any JSON with Dates', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), activityValue.value), (activity) => {
        expect(copyOfActivity(activity)).to.deep.equal(structuredClone(activity));
      }),
    );
  });

  it('shares no object with the original, so one attempt’s changes stay its own', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), activityValue.value), (activity) => {
        const original = objectsIn(activity);
        for (const copied of objectsIn(copyOfActivity(activity))) expect(original.has(copied)).to.equal(false);
      }),
    );
  });

  it('copies a real activity, timestamps as Dates, and leaves other kinds of object to structuredClone', () => {
    const when = new Date('2026-12-05T00:10:00Z');
    const activity = {
      type: 'message',
      text: '<at>StationDesk</at> is woodford open?',
      timestamp: when,
      from: { id: 'resident', name: 'Resident' },
      entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>StationDesk</at>' }],
      channelData: { tenant: { id: 't' }, seen: new Map([['a', 1]]) },
    };
    const copy = copyOfActivity(activity);
    expect(copy).to.deep.equal(structuredClone(activity));
    expect(copy.timestamp).to.be.instanceOf(Date).and.not.equal(when);
    expect(copy.channelData.seen).to.be.instanceOf(Map).and.not.equal(activity.channelData.seen);
    copy.text = 'is woodford open?';
    copy.entities[0].text = '';
    expect(activity.text).to.equal('<at>StationDesk</at> is woodford open?');
    expect(activity.entities[0].text).to.equal('<at>StationDesk</at>');
  });
});
