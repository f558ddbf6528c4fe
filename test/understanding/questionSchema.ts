/**
 * What a valid `Question` is, as a zod schema that mirrors `src/understanding/question.ts`
 * field by field (strict: no field the type does not declare). The property tests check
 * every question understanding returns against it.
 */
import { z } from 'zod';
import { CANNOT_DO_TASKS } from '../../src/understanding/question';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const placeMatch = z.strictObject({
  kind: z.enum(['station', 'postcode', 'district', 'borough', 'place']),
  label: z.string().min(1),
  // A station's point may carry how it was located (`precision`, `basis`) too.
  point: z.object({ lat: z.number().finite(), lon: z.number().finite() }).nullable(),
  approximate: z.boolean(),
  borough: z.string().nullable(),
  stationId: z.string().min(1).optional(),
  placeId: z.string().min(1).optional(),
  outsideMet: z
    .discriminatedUnion('area', [
      z.strictObject({ area: z.literal('city-of-london'), share: z.number().gt(0).max(1) }),
      z.strictObject({ area: z.literal('outside-london'), county: z.string().min(1).nullable() }),
    ])
    .optional(),
  postcode: z.string().min(1).optional(),
  score: z.number().min(0).max(1),
});

const locateResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('found'), match: placeMatch, alternatives: z.array(placeMatch) }),
  z.strictObject({ status: z.literal('ambiguous'), candidates: z.array(placeMatch).min(2) }),
  z.strictObject({ status: z.literal('outside-london'), postcode: z.string().min(1) }),
  z.strictObject({ status: z.literal('unknown-postcode'), postcode: z.string().min(1) }),
  z.strictObject({ status: z.literal('not-found'), query: z.string() }),
]);

const placeMention = z.strictObject({ text: z.string(), result: locateResult, fromContext: z.boolean().optional(), asCounter: z.literal(true).optional() });

/** A part of a day said with it ("saturday evening"). */
const dayPart = z.enum(['morning', 'afternoon', 'evening', 'night']);

const whenAsked = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('now') }),
  z.strictObject({ kind: z.literal('date'), date: isoDate, label: z.string().min(1), part: dayPart.optional() }),
  z.strictObject({ kind: z.literal('weekday'), weekday: z.number().int().min(1).max(7), date: isoDate, label: z.string().min(1), part: dayPart.optional() }),
  z.strictObject({ kind: z.literal('weekend'), dates: z.tuple([isoDate, isoDate]), label: z.string().min(1) }),
  z.strictObject({ kind: z.literal('week'), everyDay: z.literal(true).optional() }),
  z.strictObject({ kind: z.literal('instant'), iso: z.string().refine((s) => !Number.isNaN(Date.parse(s))), label: z.string().min(1), said: z.string().min(1).optional(), otherHalf: z.string().refine((s) => !Number.isNaN(Date.parse(s))).optional(), before: z.literal(true).optional() }),
]);

const specialDay = z.strictObject({
  kind: z.enum(['bank-holiday', 'christmas', 'new-year', 'easter', 'named']),
  label: z.string().min(1),
  date: isoDate.optional(),
});

const desk = z.enum(['24/7', 'open-now', 'any']);
const compared = { others: z.array(placeMention).max(2).optional(), rank: z.enum(['longer', 'later', 'earlier', 'open']).optional(), lesser: z.literal(true).optional(), weekly: z.literal(true).optional(), settles: z.enum(['more', 'as-much', 'same', 'different', 'all']).optional(), errand: z.enum(['report-crime', 'errand']).optional(), othersClaimed: z.enum(['closed', 'open']).optional() };
const hoursFields = {
  place: placeMention.nullable(),
  when: whenAsked,
  specialDay: specialDay.optional(),
  focus: z.enum(['opening', 'closing', 'late', 'break', 'season']).optional(),
  yesNo: z.enum(['open', 'closed', 'closing', 'round-the-clock', 'closes']).optional(),
  ...compared,
};
const only = <T extends string>(intent: T) => z.strictObject({ intent: z.literal(intent) });
/** A part of London by compass, or boroughs named together (then no direction). */
const partOfLondon = z.strictObject({
  label: z.string().min(1),
  directions: z.array(z.enum(['north', 'south', 'east', 'west', 'central'])),
  boroughs: z.array(z.string().min(1)).min(2).optional(),
});
/** An area whose counters are counted: a borough (or a place inside one), or a part of London. */
const countedArea = z.union([z.strictObject({ place: placeMention }), z.strictObject({ part: partOfLondon })]);

export const questionSchema = z.discriminatedUnion('intent', [
  z.strictObject({ intent: z.literal('hours'), ...hoursFields, daysCompared: z.enum(['opens-earlier', 'opens-later', 'closes-earlier', 'closes-later', 'longer', 'shorter']).optional() }),
  z.strictObject({ intent: z.literal('open-now'), ...hoursFields, untilAsked: z.enum(['opens', 'closes']).optional() }),
  z.strictObject({ intent: z.literal('status'), place: placeMention.nullable(), why: z.union([z.literal(true), z.literal('hours')]).optional(), yesNo: z.enum(['open', 'closed', 'closing']).optional(), past: z.literal(true).optional(), closingWhen: z.literal(true).optional(), moving: z.literal(true).optional(), sourcesAsked: z.literal(true).optional(), whyKept: z.union([z.literal(true), z.number().int()]).optional(), savedAsked: z.literal(true).optional(), amongListed: z.boolean().optional(), inYear: z.number().int().optional(), ...compared }),
  z.strictObject({ intent: z.literal('address'), place: placeMention.nullable(), byTransport: z.literal(true).optional(), mapOrDirections: z.literal(true).optional(), journey: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('history'), closedAsked: z.literal(true).optional(), place: placeMention.nullable(), topic: z.enum(['closure-date', 'temporary-closure', 'general']), reopening: z.union([z.literal(true), z.literal('ahead')]).optional(), alwaysOpen: z.literal(true).optional(), moved: z.union([z.literal(true), z.literal('where')]).optional(), hoursSince: z.literal(true).optional(), agoAsked: z.literal(true).optional(), firstOpening: z.enum(['asked', 'if-closed']).optional() }),
  z.strictObject({
    intent: z.literal('both'),
    // Each half is a whole question of its own (never split again).
    questions: z.tuple([z.lazy((): z.ZodType => questionSchema), z.lazy((): z.ZodType => questionSchema)]),
  }),
  z.strictObject({
    intent: z.literal('service'),
    topic: z.enum(['round-the-clock', 'night', 'hub', 'mobile', 'video-screen', 'contact-point', 'phones', 'court', 'savings', 'purpose', 'freshness', 'no-counter', 'appointment', 'accessibility', 'what-to-bring', 'id-check', 'complaint', 'who-may-come', 'crime-figures', 'the-met', 'police-work', 'animals', 'local-leaders', 'estates', 'if-closed', 'video-appointment', 'about-the-bot', 'pledge', 'facilities', 'lost-property', 'documents', 'bail', 'evidence', 'counter-other', 'privacy', 'forgetting', 'bot-cost', 'call-cost', 'bot-channels', 'bot-devices', 'bot-screen-reader', 'most-per-borough', 'busiest', 'size', 'age', 'bot-sources', 'bot-checks', 'bot-hours', 'bot-limits', 'beyond-london', 'probation', 'bot-code', 'bot-official', 'bot-funding', 'bot-contact', 'what-happened', 'seasonal-hours', 'breaks', 'bot-location', 'bot-distances', 'police-term']),
    place: placeMention.optional(),
    everyBorough: z.literal(true).optional(),
    whichHave: z.literal(true).optional(),
    disputed: z.literal(true).optional(),
    doubted: z.literal(true).optional(),
    lastCounterLost: z
      .union([z.literal(true), z.strictObject({ from: isoDate, to: isoDate, label: z.string().min(1), planId: z.string().min(1).optional(), yearSaid: z.number().int().optional() }).refine((p) => p.from <= p.to)])
      .optional(),
    compared: z.array(placeMention).min(2).optional(),
    quietest: z.literal(true).optional(),
    planId: z.string().min(1).optional(),
    perBorough: z.strictObject({ count: z.number().int().min(1), orMore: z.literal(true).optional(), orFewer: z.literal(true).optional() }).optional(),
    asOf: z.strictObject({ date: isoDate, label: z.string().min(1), year: z.number().int().optional() }).optional(),
    happened: z.enum(['fire', 'flood', 'sold', 'demolished']).optional(),
    fewest: z.literal(true).optional(),
    costOf: z.enum(['101', '999', 'Crimestoppers', 'Relay UK', 'reporting']).optional(),
    term: z.string().regex(/^[A-Z]{2,6}$/).optional(),
  }),
  z.strictObject({
    intent: z.literal('past'),
    place: placeMention.nullable(),
    asked: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('period'), period: z.strictObject({ from: isoDate, to: isoDate, label: z.string().min(1), taken: z.string().min(1).optional(), specialDay: z.string().min(1).optional() }) }),
      z.strictObject({ kind: z.literal('before-closure') }),
      z.strictObject({ kind: z.literal('before-change'), when: z.literal(true).optional(), roundTheClock: z.literal(true).optional() }),
      z.strictObject({ kind: z.literal('since'), roundTheClock: z.literal(true).optional() }),
    ]),
    focus: z.enum(['open', 'closed', 'hours', 'changed']),
    andNow: z.literal(true).optional(),
  }),
  z.strictObject({ intent: z.literal('nearest'), place: placeMention.nullable(), desk, when: whenAsked.optional(), specialDay: specialDay.optional(), between: z.array(placeMention).min(1).max(3).optional(), further: z.literal(true).optional(), metAsked: z.literal(true).optional(), journey: z.literal(true).optional(), whetherAsked: z.literal(true).optional(), except: z.array(placeMention).min(1).optional() }),
  z.strictObject({
    intent: z.literal('borough-desks'),
    place: placeMention.nullable(),
    desk: desk.optional(),
    asOf: z.strictObject({ date: isoDate, label: z.string().min(1), year: z.number().int().optional() }).optional(),
    planId: z.string().min(1).optional(),
    closuresAsked: z.literal(true).optional(),
    pastAsked: z.literal(true).optional(),
    whetherAsked: z.literal(true).optional(),
    versusNow: z.strictObject({ claim: z.enum(['more-then', 'more-now']).optional() }).optional(),
    versusYear: z.strictObject({ date: isoDate, label: z.string().min(1), year: z.number().int().optional() }).optional(),
  }),
  z.strictObject({
    intent: z.literal('counts-compared'),
    areas: z.tuple([countedArea, countedArea]),
    claim: z.enum(['first-more', 'first-fewer']).optional(),
  }),
  z.strictObject({
    intent: z.literal('list-24x7'),
    asOf: z.strictObject({ date: isoDate, label: z.string().min(1), year: z.number().int().optional(), before: z.string().min(1).optional() }).optional(),
    except: placeMention.optional(),
    askedAny: z.literal(true).optional(),
    allCounters: z.enum(['counted', 'listed']).optional(),
    part: partOfLondon.optional(),
    canGoIn: z.literal(true).optional(),
    versusYear: z.strictObject({ date: isoDate, label: z.string().min(1), year: z.number().int().optional(), before: z.string().min(1).optional() }).optional(),
  }),
  z.strictObject({
    intent: z.literal('closing-list'),
    asked: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('at'), minutes: z.number().int().min(0).max(1439), weekdays: z.array(z.number().int().min(1).max(7)).min(1), before: z.enum(['strictly', 'or-at']).optional() }),
      z.strictObject({ kind: z.literal('within'), minutes: z.number().int().min(1) }),
      z.strictObject({ kind: z.literal('extreme'), which: z.enum(['last', 'first']), weekdays: z.array(z.number().int().min(1).max(7)).min(1) }),
    ]),
  }),
  z.strictObject({ intent: z.literal('open-list'), when: whenAsked.optional(), part: partOfLondon.optional(), canGoIn: z.literal(true).optional(), except: z.array(placeMention).min(1).optional() }),
  z.strictObject({
    intent: z.literal('closures-list'),
    period: z.strictObject({ from: isoDate, to: isoDate, label: z.string().min(1), planId: z.string().min(1).optional(), yearSaid: z.number().int().optional() }).refine((p) => p.from <= p.to).optional(),
    happened: z.literal(true).optional(),
    part: partOfLondon.optional(),
    reopened: z.union([z.literal(true), z.literal('closed-in-period')]).optional(),
    latestReopening: z.literal(true).optional(),
    whetherAsked: z.literal(true).optional(),
    byYear: z.enum(['each', 'most']).optional(),
    compareYears: z.tuple([z.string().regex(/^\d{4}$/), z.string().regex(/^\d{4}$/)]).optional(),
    byBorough: z.enum(['each', 'most']).optional(),
    namedOfTheMost: z.literal(true).optional(),
    roundTheClock: z.literal(true).optional(),
    saved: z.literal(true).optional(),
    kept: z.literal(true).optional(),
    moved: z.literal(true).optional(),
    datesAsked: z.literal(true).optional(),
    whyAsked: z.literal(true).optional(),
    stillOpen: z.literal(true).optional(),
    first: z.literal(true).optional(),
    last: z.literal(true).optional(),
  }),
  // One plan carries its id from the data; the other topics carry none. Only the closures ahead carry a part of London.
  z
    .strictObject({ intent: z.literal('plans'), topic: z.enum(['why', 'how-many-left', 'general', 'plan', 'ahead', 'who', 'reopening-ahead']), planId: z.string().min(1).optional(), ofPlan: z.string().min(1).optional(), ofPeriod: z.strictObject({ from: isoDate, to: isoDate, label: z.string().min(1), planId: z.string().min(1).optional(), yearSaid: z.number().int().optional() }).optional(), inYear: z.number().int().min(2000).max(2100).optional(), newHours: z.union([z.literal(true), z.literal('which')]).optional(), part: partOfLondon.optional() })
    .refine((q) => (q.topic === 'plan') === (q.planId !== undefined))
    .refine((q) => q.part === undefined || q.topic === 'ahead'),
  z.strictObject({ intent: z.literal('report-crime'), atACounter: z.union([z.literal(true), z.enum(['needed', 'online'])]).optional() }),
  z.strictObject({
    intent: z.literal('emergency'),
    silentCall: z.literal(true).optional(),
    textOrRelay: z.literal(true).optional(),
    askedAbout: z.literal(true).optional(),
    usesTheBot: z.literal(true).optional(),
    waitingForPolice: z.literal(true).optional(),
    unsure: z.literal(true).optional(),
    services: z.array(z.enum(['police', 'ambulance', 'fire'])).optional(),
    // null: plainly another language, which the bot cannot name.
    language: z.string().min(1).nullable().optional(),
  }),
  z.strictObject({ intent: z.literal('non-emergency-contact'), stationNumber: z.literal(true).optional(), byEmail: z.literal(true).optional(), whetherAPoliceMatter: z.literal(true).optional() }),
  z.strictObject({
    intent: z.literal('cannot-do'),
    task: z.enum(CANNOT_DO_TASKS),
    place: placeMention.optional(),
  }),
  z.strictObject({ intent: z.literal('interpreter'), language: z.string().min(1).optional(), atACounter: z.literal(true).optional(), ofTheBot: z.literal(true).optional() }),
  only('anonymous-report'),
  z.strictObject({ intent: z.literal('alternatives'), place: placeMention.nullable(), when: whenAsked.optional(), passed: z.number().int().positive().optional(), desk: z.literal('24/7').optional() }),
  z.strictObject({ intent: z.literal('greeting'), asked: z.enum(['here', 'how']).optional() }),
  z.strictObject({ intent: z.literal('identity'), aiAsked: z.literal(true).optional(), askedIf: z.enum(['a person', 'a bot']).optional() }),
  z.strictObject({ intent: z.literal('help'), plea: z.literal(true).optional(), puzzled: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('thanks'), waiting: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('acknowledged'), felt: z.enum(['upset', 'casual']).optional(), waiting: z.literal(true).optional() }),
  only('goodbye'),
  only('cancel'),
  only('forget-me'),
  z.strictObject({ intent: z.literal('clock'), asked: z.enum(['time', 'date']), elsewhere: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('more'), topic: z.enum(['details', 'sources', 'repeat', 'simpler', 'no-more']) }),
  z.strictObject({ intent: z.literal('place-only'), place: placeMention, about: z.enum(['facilities', 'reporting', 'documents', 'lost-property', 'evidence']).optional(), askedIfAllowed: z.literal(true).optional(), onlyOneOfTheName: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('non-english'), language: z.string().min(1).nullable(), alongside: z.literal(true).optional() }),
  z.strictObject({ intent: z.literal('out-of-scope'), reason: z.enum(['joke', 'unrelated', 'another-venue', 'nonsense', 'empty', 'too-long', 'rude', 'attachment']), alongside: z.literal(true).optional(), matter: z.enum(['noise', 'animal', 'pound', 'passport', 'driving', 'immigration', 'court', 'council', 'foi', 'press', 'lost-property-office']).optional() }),
]);

/** Why `q` is not a valid question, or null when it is. Also checks it survives JSON (no functions, no cycles). */
export function questionProblem(q: unknown): string | null {
  const parsed = questionSchema.safeParse(q);
  if (!parsed.success) return z.prettifyError(parsed.error);
  if (JSON.stringify(JSON.parse(JSON.stringify(q))) !== JSON.stringify(q)) return 'does not survive a JSON round trip';
  return null;
}
