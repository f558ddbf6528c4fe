/**
 * Which counters were saved from a closure ("which stations were saved in 2025", "which counters were spared",
 * "were any police stations saved in 2017"): the timeline's closures dropped or quashed, counted and named first,
 * for the plan of the year asked; then which closed later all the same. Not "how many are left" (nor "which
 * survived the cuts": those left open). The expected counters are worked out from the timeline here too. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

/** The counters whose closure the timeline says was dropped or quashed, under a plan (any, without one). */
function savedUnder(planId?: string): string[] {
  const ids = knowledge.data.stations.filter((s) => knowledge.timeline.eventsFor(s.id).some((e) => e.kind === 'reversed' && !e.conflict && (!planId || e.planId === planId)));
  return ids.map((s) => s.id);
}

const nameOf = (id: string) => knowledge.data.stations.find((s) => s.id === id)!.name.replace(/ Police Station.*$/, '');

describe('counters saved from closure, said many ways', () => {
  for (const [say, planId, plan] of [
    ['which stations were saved in 2025', '2025-front-counter-review', '2025 front counter review \\(Met\\)'],
    ['which counters were spared in 2025', '2025-front-counter-review', '2025 front counter review \\(Met\\)'],
    ['were any police stations saved in 2017', '2017-public-access-strategy', '2017 Public Access Strategy \\(MOPAC\\)'],
  ] as const) {
    it(say, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      const saved = savedUnder(planId);
      expect(saved).to.have.length.above(0);
      expect(first).to.match(new RegExp(`^\\w+ front counters were saved from a planned closure under the ${plan}, as my sources show: `));
      for (const id of saved) expect(first, id).to.contain(`**${nameOf(id)}**`);
    });
  }

  for (const say of ['which counters were saved from closure', 'what stations got reprieved', 'which stations got a reprieve']) {
    it(`${say}: every one on record, a counter saved twice named once`, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      const saved = savedUnder();
      expect(first).to.match(/^\d+ front counters were saved from a planned closure, as my sources show: /);
      expect(first.startsWith(`${saved.length} front counters`)).to.equal(true);
      expect(first.match(/\*\*Dagenham\*\*/g)).to.have.length(1);
    });
  }

  it('then which closed later all the same (Wimbledon, quashed in 2018, closed on 28 February 2026)', async () => {
    const text = await new Conversation().askText('were any police stations saved in 2017');
    expect(text).to.match(/Closed later all the same: \*\*Wimbledon\*\* \(28 February 2026\)/);
  });

  it('a year with none: said so ("which stations were spared in 2019")', async () => {
    expect(firstLineOf(await new Conversation().askText('which stations were spared in 2019'))).to.equal('My sources record no front counter saved from a closure in 2019.');
  });

  for (const say of ['how many are left', 'what counters survived the cuts']) {
    it(`"${say}" is still the counters left`, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/^27 front counters are open in London now/);
    });
  }
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['which stations were saved in 2025? someone is kicking my door in']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
