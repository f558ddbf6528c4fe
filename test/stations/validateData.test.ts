import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, loadKnowledge } from '../../src/stations/loadKnowledge';
import type { KnowledgeData, TimelineEvent } from '../../src/stations/model';
import { tryParseSchedule } from '../../src/stations/openingHours';
import { dataNotices, describeProblem, validateKnowledge, type DataProblem } from '../../src/stations/validateData';

const real = loadKnowledge();

/** A copy of the real data with one thing broken. */
function broken(mutate: (data: KnowledgeData) => void): KnowledgeData {
  const copy = structuredClone(real);
  mutate(copy);
  return copy;
}

function eventById(data: KnowledgeData, id: string): TimelineEvent {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`test setup: no ${id}`);
  return event;
}

function stationRow(id: string): number {
  return real.stations.findIndex((s) => s.id === id) + 1;
}

/** The one problem the broken copy must produce. */
function onlyProblem(data: KnowledgeData): DataProblem {
  const problems = validateKnowledge(data);
  expect(problems.map(describeProblem), 'exactly one problem').to.have.length(1);
  return problems[0];
}

const HOURS_ROW = real.events.find((e) => e.kind === 'hours' && e.stationId === 'brixton');

describe('validateKnowledge', () => {
  it('passes the real data with zero problems', () => {
    expect(validateKnowledge(real).map(describeProblem)).to.deep.equal([]);
  });

  describe('events.json', () => {
    it('rejects an event for an unknown station, with its row from ev-N', () => {
      const p = onlyProblem(broken((d) => (eventById(d, 'ev-100').stationId = 'foo')));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 100, id: 'ev-100', field: 'stationId', reason: 'event for unknown station "foo"' });
      expect(describeProblem(p)).to.equal('data/events.json row 100 (ev-100): event for unknown station "foo"');
    });

    it('rejects hours it cannot read, with the parser\'s reason', () => {
      if (!HOURS_ROW) throw new Error('test setup: Brixton has no hours row');
      const value = 'Mnd-Fri 10:00-22:00';
      const parsed = tryParseSchedule(value);
      if (parsed.ok) throw new Error('test setup: the value should not parse');
      const p = onlyProblem(broken((d) => (eventById(d, HOURS_ROW.id).value = value)));
      expect(p).to.deep.equal({
        file: 'data/events.json',
        row: Number(HOURS_ROW.id.slice(3)),
        id: HOURS_ROW.id,
        field: 'value',
        reason: `hours "${value}" cannot be read: ${parsed.reason}`,
      });
      expect(p.reason).to.include('Mnd');
    });

    it('rejects an event without a source', () => {
      const p = onlyProblem(broken((d) => (eventById(d, 'ev-200').sources = [])));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 200, id: 'ev-200', field: 'sources', reason: 'event without a source' });
    });

    it('rejects a source that is not a web address', () => {
      const p = onlyProblem(broken((d) => eventById(d, 'ev-200').sources.push('Ilford Recorder, 2013')));
      expect(p).to.include({ row: 200, field: 'sources' });
      expect(p.reason).to.include('not a web address').and.include('Ilford Recorder, 2013');
    });

    it('rejects a plan id that does not exist', () => {
      const p = onlyProblem(broken((d) => (eventById(d, 'ev-107').planId = '2025-front-counter-reveiw')));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 107, id: 'ev-107', field: 'planId', reason: 'unknown plan "2025-front-counter-reveiw"' });
    });

    for (const bad of ['14/12/2017', '2017-13-01', '2017-02-30', '']) {
      it(`rejects the bad date ${JSON.stringify(bad)}`, () => {
        const p = onlyProblem(broken((d) => (eventById(d, 'ev-47').date = bad)));
        expect(p).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'date', reason: `bad date ${JSON.stringify(bad)} (expected YYYY-MM-DD)` });
      });
    }

    it('rejects an unknown date precision', () => {
      const p = onlyProblem(broken((d) => ((eventById(d, 'ev-47') as { datePrecision: string }).datePrecision = 'week')));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'datePrecision', reason: 'unknown date precision "week" (expected day, month or year)' });
    });

    it('rejects a month or year precision that is not the start of its period', () => {
      // ev-47 is Barkingside's closure on 2017-12-14 (day precision).
      const month = onlyProblem(broken((d) => (eventById(d, 'ev-47').datePrecision = 'month')));
      expect(month).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'date', reason: 'date 2017-12-14 has precision month but is not the 1st of a month' });
      const year = onlyProblem(broken((d) => (eventById(d, 'ev-47').datePrecision = 'year')));
      expect(year.reason).to.equal('date 2017-12-14 has precision year but is not 1 January');
    });

    it('rejects an unknown kind', () => {
      const p = onlyProblem(broken((d) => ((eventById(d, 'ev-47') as { kind: string }).kind = 'shut')));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'kind', reason: 'unknown kind "shut"' });
    });

    it('rejects an unknown confidence', () => {
      const p = onlyProblem(broken((d) => ((eventById(d, 'ev-47') as { confidence: string }).confidence = 'certain')));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'confidence', reason: 'unknown confidence "certain" (expected high, medium or low)' });
    });

    it('rejects a conflict flag that disagrees with the notes', () => {
      const p = onlyProblem(broken((d) => (eventById(d, 'ev-505').conflict = false)));
      expect(p).to.include({ row: 505, id: 'ev-505', field: 'conflict' });
    });

    it('rejects a duplicate event id', () => {
      const p = onlyProblem(broken((d) => d.events.push(structuredClone(eventById(d, 'ev-47')))));
      expect(p).to.deep.equal({ file: 'data/events.json', row: 47, id: 'ev-47', field: 'id', reason: 'duplicate event id "ev-47"' });
    });
  });

  describe('stations.json', () => {
    it('rejects coordinates outside Greater London', () => {
      const row = stationRow('brixton');
      const p = onlyProblem(
        broken((d) => {
          const loc = d.stations[row - 1].location;
          if (loc) loc.lat = 52.2; // Cambridge
        }),
      );
      expect(p).to.include({ file: 'data/stations.json', row, id: 'brixton', field: 'location' });
      expect(p.reason).to.match(/^coordinates 52\.2, -0\.\d+ \(postcode-unit\) are outside Greater London$/);
    });

    it('rejects approximate coordinates outside Greater London too', () => {
      const row = stationRow('woodford');
      expect(real.stations[row - 1].location?.precision).to.equal('approximate');
      const p = onlyProblem(
        broken((d) => {
          const loc = d.stations[row - 1].location;
          if (loc) loc.lon = 0.9; // Essex coast
        }),
      );
      expect(p).to.include({ file: 'data/stations.json', row, id: 'woodford', field: 'location' });
      expect(p.reason).to.include('(approximate) are outside Greater London');
    });

    it('rejects a duplicate station id', () => {
      const p = onlyProblem(broken((d) => d.stations.push(structuredClone(d.stations[0]))));
      expect(p).to.deep.equal({
        file: 'data/stations.json',
        row: real.stations.length + 1,
        id: real.stations[0].id,
        field: 'id',
        reason: `duplicate station id "${real.stations[0].id}" (also row 1)`,
      });
    });

    it("rejects an alias that is another station's name (case-insensitive, trimmed)", () => {
      const brixton = real.stations[stationRow('brixton') - 1];
      const p = onlyProblem(broken((d) => d.stations[0].aliases.push(`  ${brixton.name.toUpperCase()} `)));
      expect(p).to.deep.equal({
        file: 'data/stations.json',
        row: 1,
        id: real.stations[0].id,
        field: 'aliases',
        reason: `name or alias "${brixton.name.toUpperCase()}" points at two stations: brixton (row ${stationRow('brixton')}) and ${real.stations[0].id} (row 1)`,
      });
    });

    it('rejects an alias shared by two stations', () => {
      const row = stationRow('sutton');
      const p = onlyProblem(
        broken((d) => {
          d.stations[0].aliases.push('Town Hall desk');
          d.stations[row - 1].aliases.push('town hall desk');
        }),
      );
      expect(p).to.include({ file: 'data/stations.json', row, id: 'sutton', field: 'aliases' });
      expect(p.reason).to.include(`points at two stations: ${real.stations[0].id} (row 1) and sutton (row ${row})`);
    });
  });

  describe('places.json (the gazetteer)', () => {
    const placeRow = (id: string) => real.places.findIndex((p) => p.id === id) + 1;

    it('holds London neighbourhoods and the towns around London, each once', () => {
      const names = new Set(real.places.map((p) => p.name));
      for (const name of ['Tooting', 'Peckham', 'Canary Wharf', 'Eltham', 'Kilburn', 'Watford', 'Epping', 'Dartford', 'Guildford', 'Reading', 'Luton', 'Maidstone']) expect(names, name).to.include(name);
      // About 260 London places, and about 620 towns within 50 km of London.
      expect(real.places.filter((p) => p.inLondon).length).to.be.within(230, 300);
      expect(real.places.filter((p) => !p.inLondon).length).to.be.within(550, 700);
      expect(real.places.find((p) => p.name === 'Watford')).to.include({ inLondon: false, county: 'Hertfordshire' });
      expect(real.places.find((p) => p.name === 'Tooting')).to.include({ inLondon: true, borough: 'Wandsworth' });
    });

    it('rejects a duplicate place id', () => {
      const p = onlyProblem(broken((d) => d.places.push(structuredClone(d.places[0]))));
      expect(p).to.deep.equal({
        file: 'data/places.json',
        row: real.places.length + 1,
        id: real.places[0].id,
        field: 'id',
        reason: `duplicate place id "${real.places[0].id}" (also row 1)`,
      });
    });

    it('rejects a London place whose point is not in London (lat and lon swapped)', () => {
      const row = placeRow('tooting');
      const p = onlyProblem(
        broken((d) => {
          const tooting = d.places[row - 1];
          [tooting.lat, tooting.lon] = [tooting.lon, tooting.lat];
        }),
      );
      expect(p).to.include({ file: 'data/places.json', row, id: 'tooting', field: 'lat' });
      expect(p.reason).to.include('outside Greater London');
    });

    it('rejects a town around London placed far away', () => {
      const row = placeRow('watford');
      const p = onlyProblem(broken((d) => (d.places[row - 1].lat = 53.48)));
      expect(p).to.include({ file: 'data/places.json', row, id: 'watford', field: 'lat' });
      expect(p.reason).to.include("further from London than the gazetteer's towns within reach");
    });

    it('accepts the home counties\' towns, Reading and Maidstone among them', () => {
      for (const id of ['reading', 'maidstone', 'luton', 'guildford']) expect(placeRow(id), id).to.be.greaterThan(0);
      expect(validateKnowledge(real)).to.deep.equal([]);
    });

    it('rejects a London place with a borough no postcode has, and a town without a county', () => {
      const problems = validateKnowledge(
        broken((d) => {
          d.places[placeRow('peckham') - 1].borough = 'Southwalk';
          d.places[placeRow('epping') - 1].county = null;
        }),
      );
      expect(problems.map((p) => `${p.id}:${p.field}`)).to.deep.equal(['epping:county', 'peckham:borough']);
    });

    it('rejects a town far from London listed twice', () => {
      const p = onlyProblem(broken((d) => d.placesElsewhere.push(d.placesElsewhere[0].toUpperCase())));
      expect(p).to.include({ file: 'data/places-elsewhere.json', row: real.placesElsewhere.length + 1 });
      expect(p.reason).to.include(`(also row 1)`);
    });

    it('rejects data whose gazetteer attribution is gone', () => {
      const p = onlyProblem(broken((d) => (d.meta.gazetteer.attribution = '')));
      expect(p).to.deep.equal({ file: 'data/meta.json', field: 'gazetteer.attribution', reason: 'the GeoNames (CC BY 4.0) attribution for places.json is missing' });
    });

    it("rejects places from a second source without that source's attribution", () => {
      const p = onlyProblem(broken((d) => delete d.meta.gazetteer.more));
      expect(p).to.deep.equal({
        file: 'data/meta.json',
        field: 'gazetteer.more',
        reason: 'places.json has places from "SimpleMaps World Cities Basic" but meta.json gives no package and CC BY 4.0 attribution for it',
      });
    });
  });

  describe('places-tube.json (London places named by Underground stations)', () => {
    const TUBE_REASON = 'places-tube.json has places but meta.json gives no tube-map package, MIT licence and TfL attribution ("Powered by TfL Open Data", the OS notice) for them';

    it("refuses the Underground places without TfL's attribution, the OS notice or the package's MIT licence", () => {
      for (const [what, attribution] of [
        ['no attribution', ''],
        ['no "Powered by TfL Open Data"', real.meta.tubePlaces.attribution.replace('Powered by TfL Open Data', 'From TfL')],
        ['no OS notice', real.meta.tubePlaces.attribution.replace(/Contains OS data[^.]*\./, '')],
        ['no MIT licence', real.meta.tubePlaces.attribution.replace(/MIT/g, 'a')],
      ] as const) {
        const p = onlyProblem(broken((d) => (d.meta.tubePlaces.attribution = attribution)));
        expect(p, what).to.deep.equal({ file: 'data/meta.json', field: 'tubePlaces', reason: TUBE_REASON });
      }
      expect(onlyProblem(broken((d) => (d.meta.tubePlaces.package = 'tube-map')))).to.deep.equal({ file: 'data/meta.json', field: 'tubePlaces', reason: TUBE_REASON });
      // Without places, nothing needs attributing.
      expect(validateKnowledge(broken((d) => {
        d.tubePlaces = [];
        d.meta.tubePlaces.attribution = '';
      }))).to.deep.equal([]);
    });

    it('refuses an Underground place that repeats a gazetteer or railway place, or lies outside London', () => {
      const copyOf = (p: KnowledgeData['places'][number]) => ({ ...p, id: `${p.id}-copy`, source: 'tube-map' });
      const gazetteer = onlyProblem(broken((d) => d.tubePlaces.push(copyOf(real.places.find((p) => p.name === 'Tooting')!))));
      expect(gazetteer).to.include({ file: 'data/places-tube.json', field: 'name', reason: 'name "Tooting" is also a place\'s in places.json' });
      const rail = onlyProblem(broken((d) => d.tubePlaces.push(copyOf(real.railPlaces.find((p) => p.name === 'Herne Hill')!))));
      expect(rail).to.include({ file: 'data/places-tube.json', field: 'name', reason: 'name "Herne Hill" is also a place\'s in places-rail.json' });
      const outside = validateKnowledge(broken((d) => (d.tubePlaces[0].inLondon = false)));
      expect(outside.map((p) => `${p.file}:${p.field}`)).to.include('data/places-tube.json:inLondon');
    });
  });

  describe('postcode areas, plans, resident facts, meta', () => {
    it('rejects a district centroid far outside London', () => {
      const p = onlyProblem(broken((d) => (d.districts[0].lat = 53.48))); // Manchester
      expect(p).to.include({ file: 'data/postcode-districts.json', row: 1, id: real.districts[0].code, field: 'lat' });
      expect(p.reason).to.include('outside London and its surroundings');
    });

    it('rejects a sector whose London-only centroid is outside Greater London', () => {
      const p = onlyProblem(broken((d) => (d.sectors[9].londonLon = 1.2)));
      expect(p).to.include({ file: 'data/postcode-sectors.json', row: 10, id: real.sectors[9].code, field: 'londonLat' });
    });

    it('accepts the boundary districts whose all-postcode centroid is outside London', () => {
      const outside = real.districts.filter((a) => a.lat > 51.7 || a.lat < 51.28 || a.lon < -0.52 || a.lon > 0.34);
      expect(outside.length).to.be.greaterThan(0);
    });

    it('rejects a contact without sources', () => {
      const p = onlyProblem(broken((d) => (d.residentFacts.contacts.anonymous.sources = [])));
      expect(p).to.deep.equal({
        file: 'data/resident-facts.json',
        id: 'anonymous',
        field: 'contacts.anonymous.sources',
        reason: 'contact "anonymous" without a source',
      });
    });

    it('rejects a plan with a bad date', () => {
      const p = onlyProblem(broken((d) => (d.plans[1].decidedOn = '31 Oct 2017')));
      expect(p).to.deep.equal({
        file: 'data/plans.json',
        row: 2,
        id: real.plans[1].id,
        field: 'decidedOn',
        reason: 'bad date "31 Oct 2017" (expected YYYY-MM-DD or YYYY-MM)',
      });
    });

    it('names the publisher of every domain an event or plan cites', () => {
      const cited = new Set([...real.events, ...real.plans].flatMap((x) => x.sources).map((u) => new URL(u).hostname.toLowerCase()));
      const known = new Set(real.publishers.map((p) => p.domain));
      expect([...cited].filter((d) => !known.has(d))).to.deep.equal([]);
      expect(real.publishers.find((p) => p.domain === 'www.bbc.co.uk')).to.include({ name: 'BBC News', kind: 'news' });
    });

    it('rejects a cited domain whose publisher row is missing, on the first row that cites it', () => {
      const cited = real.events.find((e) => e.sources.some((u) => new URL(u).hostname === 'www.ilfordrecorder.co.uk'))!;
      const p = onlyProblem(broken((d) => (d.publishers = d.publishers.filter((x) => x.domain !== 'www.ilfordrecorder.co.uk'))));
      expect(p).to.deep.equal({
        file: 'data/events.json',
        row: Number(cited.id.slice(3)),
        id: cited.id,
        field: 'sources',
        reason: 'cites www.ilfordrecorder.co.uk, which has no row in publishers.csv',
      });
    });

    it('rejects a publisher of an unknown kind, and a domain listed twice', () => {
      const kind = onlyProblem(broken((d) => ((d.publishers[3] as { kind: string }).kind = 'blog')));
      expect(kind).to.include({ file: 'data/publishers.json', row: 4, id: real.publishers[3].domain, field: 'kind' });
      expect(kind.reason).to.match(/^unknown publisher kind "blog"/);
      const twice = onlyProblem(broken((d) => d.publishers.push({ ...d.publishers[0] })));
      expect(twice).to.include({ file: 'data/publishers.json', row: real.publishers.length + 1, field: 'domain' });
      expect(twice.reason).to.equal(`duplicate publisher domain "${real.publishers[0].domain}" (also row 1)`);
    });

    it('rejects a resident fact whose source is not a web address', () => {
      const i = real.residentFacts.sections.findIndex((s) => s.facts.some((f) => f.sources.length > 0));
      const j = real.residentFacts.sections[i].facts.findIndex((f) => f.sources.length > 0);
      const p = onlyProblem(broken((d) => d.residentFacts.sections[i].facts[j].sources.push('see the Met website')));
      expect(p).to.deep.equal({
        file: 'data/resident-facts.json',
        row: i + 1,
        id: real.residentFacts.sections[i].id,
        field: `sections[${i}].facts[${j}].sources`,
        reason: 'fact has a source that is not a web address: "see the Met website"',
      });
    });

    it('rejects a meta date that is not a date', () => {
      const p = onlyProblem(broken((d) => (d.meta.sourcesUpTo = 'Feb 2026')));
      expect(p).to.deep.equal({ file: 'data/meta.json', field: 'sourcesUpTo', reason: 'sourcesUpTo "Feb 2026" is not a date (YYYY-MM-DD)' });
    });
  });
});

describe('dataNotices: what the data lacks that answers handle honestly', () => {
  const sectionIndex = real.residentFacts.sections.findIndex((s) => s.facts.length >= 2);
  const section = real.residentFacts.sections[sectionIndex];

  it('notes a domain the resident facts cite with no publisher row, once, where it is first cited', () => {
    const url = 'https://leaflets.unrecorded-publisher.org.uk/front-counters.htm';
    const data = broken((d) => {
      d.residentFacts.sections[sectionIndex].facts[0].sources.push(url);
      d.residentFacts.sections[sectionIndex].facts[1].sources.push(`${url}#again`);
    });
    // Not a problem: the answer names it honestly as a domain, so the data still passes.
    expect(validateKnowledge(data).map(describeProblem)).to.deep.equal([]);
    const added = dataNotices(data).filter((n) => n.reason.includes('unrecorded-publisher'));
    expect(added).to.deep.equal([
      {
        file: 'data/resident-facts.json',
        id: section.id,
        field: `sections[${sectionIndex}].facts[0].sources`,
        reason: 'cites leaflets.unrecorded-publisher.org.uk, which has no row in publishers.csv; answers show it as the domain, labelled "(publisher not recorded)"',
      },
    ]);
  });

  it('notes a contact source with no publisher row too, and nothing for a domain that has a row', () => {
    const recorded = real.publishers[0].domain;
    const data = broken((d) => {
      d.residentFacts.contacts.anonymous.sources.push('https://unrecorded-helpline.example.net/');
      d.residentFacts.sections[sectionIndex].facts[0].sources.push(`https://${recorded}/another-page`);
    });
    const before = new Set(dataNotices(real).map(describeProblem));
    const added = dataNotices(data).map(describeProblem).filter((n) => !before.has(n));
    expect(added).to.deep.equal([
      'data/resident-facts.json (anonymous): cites unrecorded-helpline.example.net, which has no row in publishers.csv; answers show it as the domain, labelled "(publisher not recorded)"',
    ]);
  });
});

describe('scripts/check-data.ts', () => {
  const script = join(__dirname, '..', '..', 'scripts', 'check-data.ts');
  let dir = '';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stationdesk-data-'));
    cpSync(defaultDataDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(dataDir: string) {
    return spawnSync(process.execPath, ['--import', 'tsx', script, dataDir], { encoding: 'utf8' });
  }

  it('exits 0 on the real data: a note per thing the data lacks, then a one-line summary', () => {
    const result = run(dir);
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trim().split('\n');
    const notes = dataNotices(real).map((n) => `note: ${describeProblem(n)}`);
    expect(lines.slice(0, -1)).to.deep.equal(notes);
    expect(lines.at(-1)).to.match(/^data OK: \d+ stations, \d+ events/);
    if (notes.length > 0) expect(lines.at(-1)).to.contain(`${notes.length} note`);
  });

  it('exits 1 and names the file, row and reason of a broken row', () => {
    const path = join(dir, 'events.json');
    const events = JSON.parse(readFileSync(path, 'utf8')) as TimelineEvent[];
    const row = events.find((e) => e.id === 'ev-12');
    if (!row) throw new Error('test setup: no ev-12');
    row.stationId = 'foo';
    writeFileSync(path, JSON.stringify(events));
    const result = run(dir);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.include('data/events.json row 12 (ev-12): event for unknown station "foo"');
    expect(result.stderr).to.include('data check failed: 1 problem');
  });

  it('exits 1 when a cited domain has no publisher row', () => {
    const path = join(dir, 'publishers.json');
    const publishers = JSON.parse(readFileSync(path, 'utf8')) as { domain: string }[];
    writeFileSync(path, JSON.stringify(publishers.filter((p) => p.domain !== 'www.metengage.co.uk')));
    const result = run(dir);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/data\/events\.json row \d+ \(ev-\d+\): cites www\.metengage\.co\.uk, which has no row in publishers\.csv/);
  });

  it('reports a file that is not valid JSON by name, without a stack trace', () => {
    writeFileSync(join(dir, 'plans.json'), '[{"id": "2013-police-and-crime-plan",');
    const result = run(dir);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/^data\/plans\.json: not valid JSON: /m);
    expect(result.stderr).to.not.match(/\n\s+at /);
  });
});
