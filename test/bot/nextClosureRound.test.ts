/**
 * The next round of closures needs a data change only. A copy of data/ gets a
 * fictional fourth plan ("2027 counter consolidation" by "Mayor Ximena
 * Yilmaz", closing Bexleyheath and Sutton on 30 June 2027) as its research
 * rows would be written: a plans.csv row and events.csv rows. The plan is
 * derived with the build's own functions (scripts/planFacts.ts), the data is
 * loaded from that folder, and the real bot answers "what closed in 2027?",
 * "what was the 2027 plan?", "Yilmaz's closures" and "is Sutton closing?"
 * from it, with no code changed.
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { counterListOf, describePlans } from '../../scripts/planFacts';
import { FrontCounterKnowledge } from '../../src/stations';
import { defaultDataDir } from '../../src/stations/loadKnowledge';
import type { DataMeta, PlanRecord, ResidentFacts, Station, TimelineEvent } from '../../src/stations/model';
import { validateKnowledge, describeProblem } from '../../src/stations/validateData';
import { CorePlaceFinder } from '../../src/understanding/corePlaceFinder';
import { understand } from '../../src/understanding/understand';
import { Conversation } from './harness';

const PLAN_ID = '2027-counter-consolidation';
const SOURCE = 'https://www.london.gov.uk/questions/2027/0001';
const CLOSING = ['bexleyheath', 'sutton'];

const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const writeRecords = (dir: string, file: string, records: unknown[]) => writeFileSync(join(dir, file), `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

/** data/ with the fourth plan added as research rows, then derived as `npm run data:build` derives every plan. */
function dataWithFourthPlan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stationdesk-next-round-'));
  cpSync(defaultDataDir(), dir, { recursive: true });
  const records: PlanRecord[] = readJson<PlanRecord[]>(dir, 'plans.json').map(({ id, name, body, proposedOn, decidedOn, status, summary, sources }) => ({
    id, name, body, proposedOn, decidedOn, status, summary, sources,
  }));
  records.push({
    id: PLAN_ID,
    name: '2027 counter consolidation',
    body: 'Mayor Ximena Yilmaz',
    proposedOn: '2027-01-15',
    decidedOn: '2027-03-01',
    status: 'decided',
    summary: 'Closes the front counters at Bexleyheath and Sutton on 30 June 2027 (a fictional plan for a test).',
    sources: [SOURCE],
  });
  const events = readJson<TimelineEvent[]>(dir, 'events.json');
  let row = events.length;
  const add = (stationId: string, date: string, kind: TimelineEvent['kind'], value: string) =>
    events.push({
      id: `ev-${++row}`, stationId, date, datePrecision: 'day', dateQualifier: 'on', kind, planId: PLAN_ID, value, sources: [SOURCE], confidence: 'high', notes: '', conflict: false,
    });
  for (const station of CLOSING) {
    add(station, '2027-01-15', 'proposed-close', 'proposed to close the front counter');
    add(station, '2027-03-01', 'decided-close', 'decided to close the front counter');
    add(station, '2027-06-30', 'closed', 'front counter closed to the public');
  }
  const plans = describePlans(records, events, readJson<ResidentFacts>(dir, 'resident-facts.json'));
  const meta = readJson<DataMeta>(dir, 'meta.json');
  writeRecords(dir, 'events.json', events);
  writeRecords(dir, 'plans.json', plans);
  writeFileSync(
    join(dir, 'meta.json'),
    JSON.stringify({ ...meta, verifiedOn: '2027-07-01', sourcesUpTo: '2027-07-01', counterList: counterListOf(readJson<Station[]>(dir, 'stations.json'), plans) }, null, 2),
  );
  return dir;
}

const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });

describe('the next round of closures needs a data change only (a fictional fourth plan)', () => {
  let dir: string;
  let knowledge: FrontCounterKnowledge;

  before(() => {
    dir = dataWithFourthPlan();
    knowledge = FrontCounterKnowledge.load(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('derives the plan as the build does: its name, people, years and round', () => {
    const plan = knowledge.data.plans.find((p) => p.id === PLAN_ID)!;
    expect(plan).to.deep.include({ shortName: '2027 counter consolidation', madeBy: 'Mayor Ximena Yilmaz', changedHours: false });
    expect(plan.people).to.deep.equal([{ role: 'Mayor', firstName: 'Ximena', surname: 'Yilmaz', fullName: 'Ximena Yilmaz' }]);
    expect(plan.years).to.deep.equal({ proposed: 2027, decided: 2027, implemented: [2027] });
    expect(plan.closures?.rounds).to.deep.equal([{ date: '2027-06-30', precision: 'day', from: '2027-06-30', to: '2027-06-30', label: 'June 2027', count: 2 }]);
    expect(validateKnowledge(knowledge.data).map(describeProblem)).to.deep.equal([]);
  });

  it('understanding reads the new plan and its period from that data', () => {
    const finder = CorePlaceFinder.of(knowledge);
    const now = london('2027-08-01T12:00');
    expect(understand('what closed in 2027?', {}, now, finder)).to.deep.equal({
      intent: 'closures-list', period: { from: '2027-06-30', to: '2027-06-30', label: 'June 2027', planId: PLAN_ID },
    });
    for (const say of ['what was the 2027 plan?', "Yilmaz's closures", 'tell me about ximenas cuts', 'what is the counter consolidation', 'what is the latest plan']) {
      expect(understand(say, {}, now, finder), say).to.deep.equal({ intent: 'plans', topic: 'plan', planId: PLAN_ID });
    }
    expect(understand('which counters closed in the latest round', {}, now, finder)).to.have.nested.property('period.planId', PLAN_ID);
  });

  it('the bot answers "what closed in 2027?" with the two counters and the plan', async () => {
    const bot = new Conversation('webchat', london('2027-08-01T12:00'), 'personal', undefined, knowledge);
    const text = await bot.ask('what closed in 2027?');
    expect(text).to.match(/Two front counters closed on 30 June 2027 under the 2027 counter consolidation/);
    expect(text).to.contain('Bexleyheath').and.contain('Sutton');
  });

  it('the bot answers "what was the 2027 plan?" and "Yilmaz\'s closures" from the plan row', async () => {
    const bot = new Conversation('webchat', london('2027-08-01T12:00'), 'personal', undefined, knowledge);
    for (const say of ['what was the 2027 plan?', "Yilmaz's closures"]) {
      const text = await bot.ask(say);
      expect(text, say).to.contain('2027 counter consolidation').and.contain('Closes the front counters at Bexleyheath and Sutton');
    }
    expect(await bot.ask('which counters closed in the latest round?')).to.contain('under the 2027 counter consolidation');
  });

  it('before the date, "is Sutton closing?" says it closes on 30 June 2027 under that plan', async () => {
    const bot = new Conversation('webchat', london('2027-04-01T12:00'), 'personal', undefined, knowledge);
    const text = await bot.ask('is Sutton closing?');
    expect(text).to.contain('30 June 2027').and.contain('2027 counter consolidation');
  });

  it('after the date, Sutton is closed, and the suggestions offer the new round', async () => {
    const bot = new Conversation('webchat', london('2027-08-01T12:00'), 'personal', undefined, knowledge);
    const replies = await bot.say('which desks are open 24/7?');
    expect(replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? [])).to.include('Which counters closed in June 2027?');
    expect(await bot.ask('is Sutton police station still open?')).to.match(/closed/i);
  });
});
