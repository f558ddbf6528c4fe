import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { Timeline, londonDate, type CounterStatus } from '../../src/stations/timeline';

const data = loadKnowledge();
const timeline = new Timeline(data);

const TODAY = '2026-11-26';
const NEW_HOURS = 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00';

function openIds(date: string): string[] {
  return timeline.countersOpenAsOf(date).map((s) => s.station.id);
}

function doubtIds(status: CounterStatus, reason: string): string[] {
  return status.conflicts.filter((c) => c.reason === reason).map((c) => c.event.id);
}

describe('timeline: statusAsOf on the real data', () => {
  describe(`as of ${TODAY} (after the Feb 2026 closures)`, () => {
    it('has no open counter at Chingford, Wimbledon, Harrow, Mitcham or Barkingside', () => {
      for (const id of ['chingford', 'wimbledon', 'harrow', 'mitcham', 'barkingside']) {
        const status = timeline.statusAsOf(id, TODAY);
        expect(status.counter, id).to.equal('closed');
        expect(status.hours, id).to.equal(null);
      }
    });

    it('dates the 2026 closures to 28 Feb 2026 with their sources', () => {
      const chingford = timeline.statusAsOf('chingford', TODAY);
      expect(chingford.since).to.deep.equal({ date: '2026-02-28', precision: 'day', qualifier: 'on' });
      expect(chingford.decidedBy.map((e) => e.kind)).to.deep.equal(['closed']);
      expect(chingford.sources).to.have.length.greaterThan(0);
      expect(chingford.sources).to.deep.equal([...new Set(chingford.decidedBy.flatMap((e) => e.sources))]);
      expect(chingford.confidence).to.equal('medium');
    });

    it('keeps Charing Cross and Lewisham at 24/7', () => {
      for (const id of ['charing-cross', 'lewisham']) {
        const status = timeline.statusAsOf(id, TODAY);
        expect(status.counter, id).to.equal('open');
        expect(status.hours?.is24x7, id).to.equal(true);
        expect(status.hours?.text, id).to.equal('24/7');
        expect(status.hours?.schedule, id).to.deep.equal({ kind: 'always' });
        expect(status.hours?.since.date, id).to.equal('2026-03-03');
      }
    });

    it("gives Brixton the reduced hours from 3 Mar 2026", () => {
      const brixton = timeline.statusAsOf('brixton', TODAY);
      expect(brixton.counter).to.equal('open');
      expect(brixton.hours?.text).to.equal(NEW_HOURS);
      expect(brixton.hours?.is24x7).to.equal(false);
      expect(brixton.hours?.schedule.kind).to.equal('weekly');
      expect(brixton.hours?.since).to.deep.equal({ date: '2026-03-03', precision: 'day', qualifier: 'on' });
      expect(brixton.sources).to.include.members(brixton.hours?.sources ?? ['missing']);
    });

    it('counts 27 open counters, 2 of them 24/7, all with a known schedule', () => {
      const open = timeline.countersOpenAsOf(TODAY);
      expect(open).to.have.length(27);
      expect(open.filter((s) => s.hours?.is24x7).map((s) => s.station.id).sort()).to.deep.equal(['charing-cross', 'lewisham']);
      expect(open.filter((s) => s.hours !== null)).to.have.length(27);
      expect(openIds(TODAY)).to.include('stratford').and.not.include('forest-gate');
    });

    it('says the date is past the last source (the announced arrangement)', () => {
      const status = timeline.statusAsOf('brixton', TODAY);
      expect(status.beyondSources).to.equal(true);
      expect(status.sourcesUpTo).to.equal(data.meta.sourcesUpTo);
      expect(timeline.statusAsOf('brixton', data.meta.sourcesUpTo).beyondSources).to.equal(false);
    });

    it('reports the single low-confidence "paused" claim to stations the 2025 review decided, never as the answer', () => {
      const chingford = timeline.statusAsOf('chingford', TODAY);
      expect(doubtIds(chingford, 'low-confidence-later')).to.include('ev-17');
      expect(chingford.counter).to.equal('closed');
      // Not for a station the 2025 review never decided on.
      expect(doubtIds(timeline.statusAsOf('woodford', TODAY), 'low-confidence-later')).to.not.include('ev-17');
    });
  });

  describe('as of 2017-12-31 (after the 2017 closure day)', () => {
    const DATE = '2017-12-31';

    it('counts 38 open counters, 32 at 24/7, 33 with a known schedule', () => {
      const open = timeline.countersOpenAsOf(DATE);
      expect(open).to.have.length(38);
      expect(open.filter((s) => s.hours?.is24x7)).to.have.length(32);
      expect(open.filter((s) => s.hours !== null)).to.have.length(33);
      expect(openIds(DATE)).to.include('holborn').and.include('hayes').and.not.include('uxbridge');
    });

    it('has Chingford and Ilford at 24/7', () => {
      for (const id of ['chingford', 'ilford']) {
        const status = timeline.statusAsOf(id, DATE);
        expect(status.counter, id).to.equal('open');
        expect(status.hours?.is24x7, id).to.equal(true);
      }
      expect(timeline.statusAsOf('chingford', DATE).hours?.since).to.deep.equal({ date: '2017-06-01', precision: 'month', qualifier: 'on' });
    });

    it('has Holborn open on its June 2013 hours', () => {
      const holborn = timeline.statusAsOf('holborn', DATE);
      expect(holborn.counter).to.equal('open');
      expect(holborn.hours?.text).to.equal('Mon-Fri 08:00-20:00; Sat 10:00-18:00');
      expect(holborn.hours?.since.date).to.equal('2013-06-24');
      expect(holborn.hours?.confidence).to.equal('medium');
    });

    it('flags an inferred (low-confidence) 24/7 that decides the answer', () => {
      const croydon = timeline.statusAsOf('croydon', DATE);
      expect(croydon.hours?.is24x7).to.equal(true);
      expect(croydon.confidence).to.equal('low');
      expect(doubtIds(croydon, 'low-confidence-deciding')).to.deep.equal([croydon.hours?.eventId]);
    });

    it('says when the date lies inside the month a month-precision row stands for', () => {
      const kensington = timeline.statusAsOf('kensington', DATE);
      expect(kensington.hours?.since).to.deep.equal({ date: '2017-12-01', precision: 'month', qualifier: 'on' });
      expect(kensington.hours?.uncertainWithin).to.equal('month');
      expect(kensington.uncertainWithin).to.equal('month');
      expect(timeline.statusAsOf('kensington', '2018-01-01').uncertainWithin).to.equal(null);
    });
  });

  describe('Wimbledon and the quashed 2017 closure', () => {
    it('stays open in 2019, with the decision and the reversal in its plans', () => {
      const wimbledon = timeline.statusAsOf('wimbledon', '2019-06-01');
      expect(wimbledon.counter).to.equal('open');
      expect(wimbledon.hours?.is24x7).to.equal(true);
      const stages = wimbledon.plans.filter((p) => p.planId === '2017-public-access-strategy').map((p) => `${p.stage}:${p.date}`);
      expect(stages).to.include.members(['decided:2017-10-31', 'reversed:2018-07-20']);
    });

    it('schedules no 2017 closure for Wimbledon (nothing upcoming in 2018)', () => {
      expect(timeline.statusAsOf('wimbledon', '2018-01-01').upcoming).to.deep.equal([]);
    });
  });

  describe('counts by date (SOURCES.md §5.4)', () => {
    const counts: Array<[string, number]> = [
      ['2019-06-01', 37],
      ['2021-07-01', 38],
      ['2024-01-01', 38],
      ['2025-07-31', 38],
      ['2025-08-31', 37],
      ['2026-02-28', 27],
      ['2026-11-26', 27],
    ];
    for (const [date, n] of counts) {
      it(`${date}: ${n} counters open`, () => expect(timeline.countersOpenAsOf(date)).to.have.length(n));
    }
  });

  describe('plans and upcoming changes', () => {
    it("lists Twickenham's 2025 front counter review, decided and carried out on 2026-02-28", () => {
      const twickenham = timeline.statusAsOf('twickenham', TODAY);
      const review = twickenham.plans.filter((p) => p.planId === '2025-front-counter-review');
      expect(review.every((p) => p.planName === timeline.planById('2025-front-counter-review')?.shortName)).to.equal(true);
      expect(review.map((p) => `${p.stage}:${p.kind}:${p.date}`)).to.include.members([
        'proposed:proposed-close:2025-08-06',
        'decided:decided-close:2025-10-15',
        'implemented:closed:2026-02-28',
      ]);
      for (const step of review) expect(step.sources, step.eventId).to.have.length.greaterThan(0);
    });

    it('shows only the plan steps up to the date', () => {
      const twickenham = timeline.statusAsOf('twickenham', '2025-09-01');
      expect(twickenham.plans.map((p) => p.date).every((d) => d <= '2025-09-01')).to.equal(true);
      expect(twickenham.plans.some((p) => p.stage === 'decided' && p.planId === '2025-front-counter-review')).to.equal(false);
    });

    it('has Chingford open on 2026-01-10 but decided to close on 2026-02-28', () => {
      const chingford = timeline.statusAsOf('chingford', '2026-01-10');
      expect(chingford.counter).to.equal('open');
      expect(chingford.hours?.is24x7).to.equal(true);
      expect(chingford.upcoming).to.have.length(1);
      const [change] = chingford.upcoming;
      expect(change.becomes).to.equal('closed');
      expect(change.date).to.equal('2026-02-28');
      expect(change.decidedBy.kind).to.equal('decided-close');
      expect(change.decidedBy.date).to.equal('2025-10-15');
    });

    it("has Brixton's new hours as an upcoming change in January 2026", () => {
      const brixton = timeline.statusAsOf('brixton', '2026-01-10');
      expect(brixton.hours?.is24x7).to.equal(true);
      expect(brixton.upcoming.map((u) => [u.becomes, u.date, u.event.value])).to.deep.equal([['hours', '2026-03-03', NEW_HOURS]]);
    });

    it('gives the plan-wide steps of a plan, pause report included', () => {
      const steps = timeline.planSteps('2025-front-counter-review');
      expect(steps.every((s) => s.stationId === null && s.planId === '2025-front-counter-review')).to.equal(true);
      expect(steps.map((s) => s.stage)).to.include.members(['proposed', 'decided', 'paused']);
      expect(steps.find((s) => s.stage === 'paused')?.confidence).to.equal('low');
      expect(timeline.planSteps('no-such-plan')).to.deep.equal([]);
    });
  });

  describe('CONFLICT rows (Redbridge, seed article)', () => {
    it('never gives Woodford the seed article hours, and reports the conflict (2026)', () => {
      const woodford = timeline.statusAsOf('woodford', TODAY);
      expect(woodford.counter).to.equal('closed');
      expect(woodford.hours).to.equal(null);
      expect(doubtIds(woodford, 'conflict')).to.deep.equal(['ev-505']);
      expect(woodford.conflicts[0].event.value).to.equal('Mon-Fri 09:00-17:00');
      expect(woodford.decidedBy.every((e) => !e.conflict)).to.equal(true);
    });

    it('never says Woodford was open 09:00-17:00 in June 2017 either', () => {
      const woodford = timeline.statusAsOf('woodford', '2017-06-30');
      expect(woodford.counter).to.not.equal('open');
      expect(woodford.hours).to.equal(null);
      expect(doubtIds(woodford, 'conflict')).to.deep.equal(['ev-505']);
      expect(woodford.sources).to.not.include(woodford.conflicts[0].event.sources[0]);
    });

    it("keeps Barkingside's 24/7 claim out of its hours, reports it while it bears on the answer, not once a later closure settled it", () => {
      const june = timeline.statusAsOf('barkingside', '2017-06-30');
      expect(june.counter).to.equal('open');
      expect(june.hours?.text).to.equal('Mon-Fri 07:00-23:00');
      expect(june.hours?.is24x7).to.equal(false);
      expect(doubtIds(june, 'conflict')).to.deep.equal(['ev-44']);
      const today = timeline.statusAsOf('barkingside', TODAY);
      expect(today.counter).to.equal('closed');
      expect(doubtIds(today, 'conflict')).to.deep.equal([]);
      expect(timeline.eventsFor('barkingside').find((e) => e.id === 'ev-44')?.conflict).to.equal(true);
    });

    it('keeps CONFLICT rows in eventsFor, flagged', () => {
      expect(timeline.eventsFor('woodford').filter((e) => e.conflict).map((e) => e.id)).to.deep.equal(['ev-505']);
    });
  });

  describe('dates, precision and the 73-counter rule', () => {
    it('counts one of the 73 counters as open from mid-2017 when no row says otherwise', () => {
      const croydon = timeline.statusAsOf('croydon', '2017-08-01');
      expect(timeline.isOnCounterList(croydon.station)).to.equal(true);
      expect(croydon.counter).to.equal('open');
      expect(croydon.basis).to.equal('counter-list');
      expect(croydon.since).to.deep.equal({ date: data.meta.counterList.since, precision: 'month' });
      expect(croydon.hours).to.equal(null);
      expect(croydon.confidence).to.equal('medium');
      expect(croydon.sources).to.have.length.greaterThan(0);
    });

    it('does not know before mid-2017 when no row covers the date', () => {
      const charingCross = timeline.statusAsOf('charing-cross', '2016-01-01');
      expect(charingCross.counter).to.equal('unknown');
      expect(charingCross.basis).to.equal('no-evidence');
      expect(charingCross.confidence).to.equal(null);
      expect(charingCross.sources).to.deep.equal([]);
    });

    it('does not invent a counter at a site that never had one', () => {
      const ruislip = timeline.statusAsOf('ruislip', TODAY);
      expect(timeline.isOnCounterList(ruislip.station)).to.equal(false);
      expect(ruislip.counter).to.equal('unknown');
      expect(ruislip.notes.map((n) => n.kind)).to.deep.equal(['note']);
    });

    it('marks 73 stations as counters of 2017', () => {
      expect(data.stations.filter((s) => timeline.isOnCounterList(s))).to.have.length(73);
      expect(data.meta.counterList).to.include({ count: 73, planId: '2017-public-access-strategy', since: '2017-07-01' });
    });

    it('reads a month-precision closure as "some time that month"', () => {
      const holborn = timeline.statusAsOf('holborn', '2018-01-15');
      expect(holborn.counter).to.equal('closed');
      expect(holborn.since).to.deep.equal({ date: '2018-01-01', precision: 'month', qualifier: 'on' });
      expect(holborn.uncertainWithin).to.equal('month');
    });

    it('reads a year-precision closure as "some time that year"', () => {
      const bethnalGreen = timeline.statusAsOf('bethnal-green', '2020-06-01');
      expect(bethnalGreen.counter).to.equal('closed');
      expect(bethnalGreen.uncertainWithin).to.equal('year');
    });

    it('keeps the hours of a desk reopened without a new hours row (Dagenham, 2023)', () => {
      const dagenham = timeline.statusAsOf('dagenham', '2024-01-01');
      expect(dagenham.since?.date).to.equal('2023-07-03');
      expect(dagenham.hours?.text).to.equal('24/7');
      expect(dagenham.hours?.since.date).to.equal('2013-09-16');
    });

    it('reads a DateTime on the London calendar', () => {
      const lateJuneUtc = DateTime.fromISO('2017-06-30T23:30:00Z', { zone: 'utc' });
      expect(londonDate(lateJuneUtc)).to.equal('2017-07-01');
      expect(timeline.statusAsOf('croydon', lateJuneUtc).asOf).to.equal('2017-07-01');
      expect(timeline.statusAsOf('croydon', lateJuneUtc).counter).to.equal('open');
    });

    it('rejects a bad date or an unknown station', () => {
      expect(() => timeline.statusAsOf('brixton', '2026-02-30')).to.throw(RangeError);
      expect(() => timeline.statusAsOf('brixton', '26/11/2026')).to.throw(RangeError);
      expect(() => timeline.statusAsOf('no-such-station', TODAY)).to.throw(RangeError, /unknown station/);
    });

    it('returns every station from statusesAsOf', () => {
      expect(timeline.statusesAsOf(TODAY).map((s) => s.station.id)).to.deep.equal(data.stations.map((s) => s.id));
    });
  });
});

/**
 * The lists in SOURCES.md §5.6 were produced with the same rule; every station
 * and its hours must match. The file ships in data/ (built copy) and ../shared.
 */
describe('timeline: the derived check of SOURCES.md §5.6', () => {
  const candidates = [join(__dirname, '..', '..', '..', 'shared', 'data', 'SOURCES.md'), join(__dirname, '..', '..', 'data', 'SOURCES.md')];
  const path = candidates.find((p) => existsSync(p));

  interface TableRow {
    id: string;
    hours: { text: string; since: string; confidence: string } | null;
  }

  function derivedList(markdown: string, date: string): { total: number; allDay: number; known: number; rows: TableRow[] } {
    const lines = markdown.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`**Counters open to the public on ${date}**`));
    if (start < 0) throw new Error(`SOURCES.md: no derived list for ${date}`);
    const head = /\*\*(\d+) counters\*\*\. 24\/7: (\d+); with known schedule: (\d+)\./.exec(lines[start]);
    if (!head) throw new Error(`SOURCES.md: cannot read the counts for ${date}`);
    const rows: TableRow[] = [];
    let i = lines.findIndex((l, j) => j > start && l.startsWith('| Borough'));
    for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) {
      const cells = lines[i].split('|').map((c) => c.trim());
      const id = /\(`([^`]+)`\)$/.exec(cells[2])?.[1];
      if (!id) throw new Error(`SOURCES.md: no station id in "${lines[i]}"`);
      const hours = /^(.*) \(since (\d{4}-\d{2}-\d{2}), (high|medium|low)\)$/.exec(cells[3]);
      if (!hours && !cells[3].startsWith('hours unknown')) throw new Error(`SOURCES.md: cannot read hours in "${lines[i]}"`);
      rows.push({ id, hours: hours ? { text: hours[1], since: hours[2], confidence: hours[3] } : null });
    }
    return { total: Number(head[1]), allDay: Number(head[2]), known: Number(head[3]), rows };
  }

  for (const date of ['2026-11-26', '2017-12-31']) {
    it(`matches every station and its hours on ${date}`, function () {
      if (!path) {
        console.log('      skipped: SOURCES.md not found in ../shared/data or data/');
        this.skip();
      }
      const list = derivedList(readFileSync(path as string, 'utf8'), date);
      const open = timeline.countersOpenAsOf(date);
      expect(list.rows).to.have.length(list.total);
      expect(open.map((s) => s.station.id).sort()).to.deep.equal(list.rows.map((r) => r.id).sort());
      expect(open.filter((s) => s.hours?.is24x7)).to.have.length(list.allDay);
      expect(open.filter((s) => s.hours)).to.have.length(list.known);
      for (const row of list.rows) {
        const status = timeline.statusAsOf(row.id, date);
        const got = status.hours ? { text: status.hours.text, since: status.hours.since.date, confidence: status.hours.confidence } : null;
        expect(got, row.id).to.deep.equal(row.hours);
      }
    });
  }
});

describe('timeline: the opening that began the current spell', () => {
  const timeline = new Timeline(loadKnowledge());

  it("Newham's counter opened at Stratford on 7 March 2024, after the Forest Gate fire", () => {
    const stratford = timeline.statusAsOf('stratford', '2026-11-26');
    expect(stratford.openedBy?.date).to.equal('2024-03-07');
    expect(stratford.openedBy?.value).to.match(/Forest Gate/);
  });

  it('a closed counter has no opening row, and one never closed since 2017 has none either', () => {
    expect(timeline.statusAsOf('chingford', '2026-11-26').openedBy).to.equal(null);
    expect(timeline.statusAsOf('brixton', '2026-11-26').openedBy).to.equal(null);
  });
});
