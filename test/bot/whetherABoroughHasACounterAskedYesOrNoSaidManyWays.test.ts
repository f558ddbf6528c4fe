/**
 * Whether a borough has a counter, asked yes or no ("does hackney still have a police station", "has lambeth got any
 * police stations", "is there still a front counter in merton"): "Yes, ..." or "No, ..." leads, then the borough's
 * counters or where the last one went (was: the same without the yes or no). Controls: "which police stations are in
 * hackney", "is there a map of police stations in croydon" and "are there any more counters in croydon" (more than the
 * one known is not a yes) keep the plain answer.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('Whether a borough has a counter, asked yes or no: yes or no leads', () => {
  const cases: Array<[string, RegExp]> = [
    ['does hackney still have a police station', /^Yes, Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
    ['has lambeth got any police stations', /^Yes, Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
    ['are there any police stations in croydon?', /^Yes, Croydon has one police front counter/],
    ['does harrow have a police station', /^No, there is no police front counter in \*\*Harrow\*\* now\. The last one, Harrow, closed on 28 February 2026\./],
    ['is there still a front counter in merton', /^No, there is no police front counter in \*\*Merton\*\* now\./],
    ['does waltham forest have a police station?', /^No, there is no police front counter in \*\*Waltham Forest\*\* now\./],
  ];
  for (const [say, answer] of cases) it(say, async () => expect(await new Conversation().askText(say)).to.match(answer));
});

describe('Controls: no yes or no where none was asked', () => {
  for (const say of ['which police stations are in hackney', 'is there a map of police stations in croydon', 'are there any more counters in croydon']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/^(?:Hackney|Croydon) has one police front counter/));
  }
});
