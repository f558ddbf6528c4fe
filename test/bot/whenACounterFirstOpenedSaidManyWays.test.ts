/**
 * "When did brixton police station first open?", "when did the first one open" after a list: when a counter first
 * opened, which the sources do not hold (no building or opening dates), said honestly first (was the counter's closure
 * or its hours, as if that answered). A reopening asked, or the time a counter opened today, keeps its answer.
 */
import { expect } from 'chai';
import { Conversation, firstLineAfter, firstLineOf } from './harness';

const NOT_HELD = /^My sources don't say how old police stations are, or when they were built or first opened\./;
/** A counter the timeline shows opening (a reopening or a temporary counter): not its first opening, but that row, dated. */
const NOT_HELD_BUT_SHOWN = (counter: string, row: RegExp) => new RegExp(`^My sources don't say when \\*\\*${counter}\\*\\* was built or first opened\\. They do show this: ${row.source}`);

async function first(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

const SAID = [
  'when did brixton police station first open', 'when did addington police station open', 'when did the police station open its doors',
  'when did lewisham police station originally open', 'so when did croydon police station first open',
];

describe('when a counter first opened, said many ways', function () {
  this.timeout(120_000);

  for (const say of SAID) {
    it(`"${say}": the sources do not say, first`, async () => {
      expect(await first(say), say).to.match(NOT_HELD);
    });
  }

  it('a counter the timeline shows reopening or opening: that row, dated, after what the sources do not hold', async () => {
    expect(await first('when did ilford police station initially open')).to.match(NOT_HELD_BUT_SHOWN('Ilford Police Station', /Reopened after refurbishment .*, around March 2021 \(an estimated date\)\./));
    expect(await first('when did twickenham open')).to.match(NOT_HELD_BUT_SHOWN('Twickenham Police Station', /Reopened after refurbishment .*, around October 2020/));
    expect(await first('when did shepherds bush police station first open')).to.match(NOT_HELD_BUT_SHOWN("Shepherd's Bush Police Station \\(temporary Hammersmith & Fulham 24-hour counter\\)", /Temporary H&F 24-hour counter .*, on 8 October 2016\./));
  });

  it('then where it stands now: a counter closed since says so', async () => {
    const reply = await new Conversation().askText('when did twickenham open');
    expect(reply).to.match(/The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026\./);
  });

  it('after a list: "when did the first one open"', async () => {
    expect(await firstLineAfter('which stations closed in 2017', 'when did the first one open')).to.match(NOT_HELD);
  });

  it('after a counter discussed: "when did it first open"', async () => {
    expect(await firstLineAfter('is lewisham open', 'when did it first open')).to.match(NOT_HELD);
  });

  it('a reopening asked keeps its answer', async () => {
    expect(await first('when did hammersmith reopen')).to.match(/reopened on 29 September 2020/);
    expect(await first('when did hammersmith police station open again')).to.match(/reopened on 29 September 2020/);
  });

  it('the time a counter opened today keeps its answer', async () => {
    expect(await first('when did brixton open today')).to.not.match(NOT_HELD);
  });

  it('danger with the same words still leads with 999', async () => {
    expect(await first('when did brixton police station first open, someone is breaking in right now')).to.match(/999/);
  });
});
