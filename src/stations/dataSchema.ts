/**
 * The shape of every `data/` file, as zod schemas checked when the data is
 * loaded: a file that does not fit is refused with its name, line and field
 * rather than cast and trusted. Shape only; `validateData.ts` judges the facts
 * (unknown stations, bad hours, sources) for `npm run data:check`.
 *
 * Records are loose objects: a field added by a later build passes through
 * untouched, while every field the code reads must be there with its type.
 */
import { z } from 'zod';
import { DATA_FILE_NAMES } from './dataFiles';
import type { KnowledgeData } from './model';

const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const isoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected a date YYYY-MM-DD or a month YYYY-MM');
const precision = z.enum(['day', 'month', 'year']);
const year = z.number().int().min(1800).max(2200);

const station = z.looseObject({
  id: text.min(1),
  name: text.min(1),
  aliases: z.array(text),
  borough: text,
  address: text.nullable(),
  postcode: text.nullable(),
  location: z
    .looseObject({ lat: z.number(), lon: z.number(), precision: z.enum(['postcode-unit', 'approximate']), basis: text })
    .nullable(),
  notes: text,
});

const event = z.looseObject({
  id: text.regex(/^ev-\d+$/, 'expected an id ev-<row>'),
  stationId: text.nullable(),
  date: isoDate,
  datePrecision: precision,
  dateQualifier: z.enum(['on', 'by', 'estimated', 'scheduled']),
  kind: z.enum([
    'hours', 'opened', 'closed', 'note', 'paused', 'proposed-close', 'decided-close', 'proposed-retain-24h', 'decided-retain-24h',
    'proposed-retain-daytime', 'decided-retain-daytime', 'proposed-reduce-hours', 'decided-reduce-hours', 'reversed',
  ]),
  planId: text.nullable(),
  value: text,
  sources: z.array(text),
  confidence: z.enum(['high', 'medium', 'low']),
  notes: text,
  conflict: z.boolean(),
});

const closureRound = z.looseObject({ date: isoDate, precision, from: isoDate, to: isoDate, label: text.min(1), count: z.number().int().min(1) });

const plan = z.looseObject({
  id: text.min(1),
  name: text.min(1),
  body: text,
  proposedOn: isoDateOrMonth,
  decidedOn: isoDateOrMonth,
  status: text,
  summary: text,
  sources: z.array(text),
  shortName: text.min(1),
  madeBy: text,
  people: z.array(z.looseObject({ role: text, firstName: text.min(1), surname: text.min(1), fullName: text.min(1) })),
  years: z.looseObject({ proposed: year, decided: year, implemented: z.array(year) }),
  phrases: z.array(text.min(1)),
  changedHours: z.boolean(),
  closures: z.looseObject({ count: z.number().int().min(1), from: isoDate, to: isoDate, rounds: z.array(closureRound) }).nullable(),
  reasonsHeading: text.nullable(),
});

const area = z.looseObject({
  code: text.min(1),
  lat: z.number(),
  lon: z.number(),
  borough: text,
  londonShare: z.number(),
  nPostcodes: z.number(),
  londonLat: z.number(),
  londonLon: z.number(),
  boroughs: z.record(z.string(), z.number()),
});

const gazetteerPlace = z.looseObject({
  id: text.min(1),
  name: text.min(1),
  lat: z.number(),
  lon: z.number(),
  inLondon: z.boolean(),
  borough: text.nullable(),
  county: text.nullable(),
  source: text.min(1).optional(),
});

const fact = z.looseObject({ text, sources: z.array(text) });
const contact = fact.extend({ situation: text });

const residentFacts = z.looseObject({
  contacts: z.looseObject({ emergency: contact, nonEmergency: contact, anonymous: contact, interpreter: contact }),
  sections: z.array(z.looseObject({ id: text, heading: text, facts: z.array(fact) })),
});

const publisher = z.looseObject({
  domain: text.min(1),
  name: text.min(1),
  kind: z.enum(['official', 'news', 'local-news', 'politician', 'community', 'aggregator']),
  notes: text,
});

const gazetteerSource = z.looseObject({ source: text.min(1), licence: text.min(1), package: text.min(1), attribution: text.min(1), selection: text });

const meta = z.looseObject({
  verifiedOn: isoDate,
  sourcesUpTo: isoDate,
  attribution: text.min(1),
  builtFrom: text,
  gazetteer: gazetteerSource.extend({ more: z.array(gazetteerSource).optional() }),
  railPlaces: gazetteerSource,
  tubePlaces: gazetteerSource,
  counterList: z.looseObject({ marker: text.min(1), count: z.number().int().min(1), planId: text.min(1), since: isoDate }),
});

/** Each file of `data/`, by the part of `KnowledgeData` it fills. */
export const DATA_FILES = {
  stations: { file: DATA_FILE_NAMES.stations, schema: z.array(station) },
  events: { file: DATA_FILE_NAMES.events, schema: z.array(event) },
  plans: { file: DATA_FILE_NAMES.plans, schema: z.array(plan) },
  districts: { file: DATA_FILE_NAMES.districts, schema: z.array(area) },
  sectors: { file: DATA_FILE_NAMES.sectors, schema: z.array(area) },
  places: { file: DATA_FILE_NAMES.places, schema: z.array(gazetteerPlace) },
  placesElsewhere: { file: DATA_FILE_NAMES.placesElsewhere, schema: z.array(text.min(1)) },
  railPlaces: { file: DATA_FILE_NAMES.railPlaces, schema: z.array(gazetteerPlace) },
  tubePlaces: { file: DATA_FILE_NAMES.tubePlaces, schema: z.array(gazetteerPlace) },
  residentFacts: { file: DATA_FILE_NAMES.residentFacts, schema: residentFacts },
  publishers: { file: DATA_FILE_NAMES.publishers, schema: z.array(publisher) },
  meta: { file: DATA_FILE_NAMES.meta, schema: meta },
} as const satisfies Record<keyof KnowledgeData, { file: string; schema: z.ZodType }>;
