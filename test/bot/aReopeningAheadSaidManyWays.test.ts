/**
 * A reopening asked of what is to come ("is wood green reopening?", "are they bringing back wood green police
 * station", "will chingford ever reopen"): the counter's closure and that it has not reopened, with any reopening
 * proposed or dropped since (Wood Green's, proposed in August 2025 and left out of the October 2025 plan), and the
 * sources' disagreement where they disagree (Woodford). An open counter says it has had no closure.
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';

describe('a reopening ahead, asked of a counter', () => {
  itAnswersFirst(
    [
      ['is wood green reopening', /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017, and has not reopened\./],
      ['are they bringing back wood green police station?', /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017, and has not reopened\./],
      ['will chingford ever reopen', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026, and has not reopened\./],
      ['is the counter at mitcham going to open again', /^The front counter at \*\*Mitcham Police Station\*\* closed on 28 February 2026, and has not reopened\./],
      ['is brixton reopening', /^My sources show no temporary closure of the front counter at \*\*Brixton Police Station\*\*/],
    ],
    { understood: true },
  );

  it("Wood Green's reopening, proposed and then left out of the revised plan, is said", async () => {
    expect(await new Conversation().askText('is wood green reopening')).to.match(/reopening not included in the revised plan of 27 counters/);
  });

  it("Woodford's: the sources' disagreement is said in the text, as a status answer says it", async () => {
    for (const say of ['is woodford reopening', 'when did woodford close']) {
      expect(await new Conversation().askText(say), say).to.match(/Sources disagree: a source from June 2017 gave opening hours/);
    }
  });
});
