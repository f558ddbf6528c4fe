/** The generated `data/` files, by the part of the knowledge they hold (the schemas, in dataSchema.ts, use the same names). */
export const DATA_FILE_NAMES = {
  stations: 'stations.json',
  events: 'events.json',
  plans: 'plans.json',
  districts: 'postcode-districts.json',
  sectors: 'postcode-sectors.json',
  places: 'places.json',
  placesElsewhere: 'places-elsewhere.json',
  railPlaces: 'places-rail.json',
  tubePlaces: 'places-tube.json',
  residentFacts: 'resident-facts.json',
  publishers: 'publishers.json',
  meta: 'meta.json',
} as const;
