/**
 * From a resident's message (and the conversation so far) to a typed
 * `Question`. Deterministic and offline: the clock is the `now` passed in, and
 * places come from the injected `PlaceFinder`.
 *
 * Order matters and is deliberate:
 * 1. nothing to read -> empty / emoji / nonsense;
 * 2. danger now -> `emergency`, before anything else (even a named station);
 * 3. too long, another language, pure small talk ("thanks, bye");
 * 4. contact questions (interpreter, anonymous, 101, 999, report a crime);
 * 5. questions about the network (why closing, how many left, closures, 24/7 list);
 * 6. questions about a place (nearest, borough, history, address, hours, status);
 * 7. follow-ups that lean on the context ("what about Lewisham?", "and on Monday?");
 * 8. a bare place, then out of scope.
 */
import type { DateTime } from 'luxon';
import type { PlaceMatch } from '../stations/model';
import { readComparison, type ComparisonReading } from './comparison';
import { BARE_WHY, completePostcode, CORRECTION, followsList, pickCandidate, WHEN_WAS_THAT, WHERE_NOW, withoutNegated } from './conversationTurns';
import { deskOf, readCues, type Cues } from './cues';
import { FOREIGN_DISTRESS, soundsLikeEmergency } from './emergency';
import { guessForeignLanguage } from './language';
import { readMessage } from './message';
import { Phrases } from './phrases';
import type { PlaceFinder } from './placeFinder';
import { asBorough, notFoundMention, primaryMention, readPlaces, type PlaceReading } from './places';
import { readPastDate } from './pastDate';
import type { ConversationContext, ListAsOf, PlaceMention, PlaceQuestion, Question, WhenAsked } from './question';
import { readEmoji, readSmallTalk } from './smallTalk';
import { readWhen, type WhenReading } from './when';
import { COMMON_WORDS, NOT_PLACE_WORDS } from './words';

export function understand(text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder): Question {
  const message = readMessage(text);
  const ctx: ConversationContext = context ?? {};

  if (message.words.length === 0) {
    const emoji = readEmoji(message.original);
    if (emoji) return { intent: emoji };
    if (message.original.includes('?') && /^[\s?¿!.]+$/.test(message.original)) return { intent: 'help' };
    return { intent: 'out-of-scope', reason: message.hadContent ? 'nonsense' : 'empty' };
  }
  if (soundsLikeEmergency(message.text)) return { intent: 'emergency' };
  if (message.tooLong) return { intent: 'out-of-scope', reason: 'too-long' };

  const foreign = guessForeignLanguage(message.original);
  if (foreign) {
    return FOREIGN_DISTRESS.test(message.original)
      ? { intent: 'non-english', language: foreign.language, mayBeEmergency: true }
      : { intent: 'non-english', language: foreign.language };
  }

  const small = readSmallTalk(message.text);
  if (small) return { intent: small };
  const picked = pickCandidate(message.text, ctx);
  if (picked) return picked;
  const completed = completePostcode(message.text, ctx, finder);
  if (completed) return completed;

  const phrases = new Phrases(message.words);
  setAsideHomeTown(phrases);
  const when = readWhen(phrases, now);
  const cues = readCues(message.text, now.setZone('Europe/London'));
  const places = readPlaces(phrases, finder);
  const comparison = readComparison(message.text, places, finder);
  const pastDate = readPastDate(message.text, when.when, now);
  const reading: Reading = { text: message.text, words: message.words, cues, when, places, ctx, comparison, pastDate };
  return withMoment(withOthers(decide(reading), reading), when, now);
}

/**
 * Hours or status asked of two or three counters ("is brixton or walworth open later tonight?"): the
 * question is about the first named, and the others ride along. Only counters named in this message.
 */
function withOthers(question: Question, r: Reading): Question {
  const compared = r.comparison;
  if (!compared || (question.intent !== 'hours' && question.intent !== 'open-now' && question.intent !== 'status')) return question;
  // "not Sutton, Croydon" names two counters but asks about one.
  if (CORRECTION.test(r.text)) return question;
  const asked = found(question.place)?.stationId;
  if (!question.place || question.place.fromContext || !asked || !compared.stations.some((m) => found(m)?.stationId === asked)) return question;
  const [first, ...others] = compared.stations;
  return { ...question, place: first, others, ...(compared.rank ? { rank: compared.rank } : {}) };
}

/**
 * A nearest question is about the moment named in it ("open at midnight", "on Sunday", "on Christmas Day"),
 * read as for hours questions. Naming "now", or no moment, leaves it about now; a moment carried over from
 * the question waiting for a place ("where can I go at 11pm?" then "Bromley") stands unless a new one is named.
 */
function withMoment(question: Question, reading: WhenReading, now: DateTime): Question {
  if (question.intent !== 'nearest' || (!reading.when && !reading.specialDay)) return question;
  const { when: _carried, specialDay: _carriedDay, ...rest } = question;
  const when = reading.when && isAhead(reading.when, now) ? reading.when : undefined;
  return { ...rest, ...(when ? { when } : {}), ...(reading.specialDay ? { specialDay: reading.specialDay } : {}) };
}

/** A moment still to come (today counts): a desk to go to later, not "now", a week or a day gone by. */
function isAhead(when: WhenAsked, now: DateTime): boolean {
  const today = now.setZone('Europe/London').toISODate() ?? '';
  switch (when.kind) {
    case 'instant':
      return when.iso.slice(0, 10) >= today;
    case 'date':
    case 'weekday':
      return when.date >= today;
    case 'weekend':
      return when.dates[1] >= today;
    case 'now':
    case 'week':
      return false;
  }
}

interface Reading {
  text: string;
  words: string[];
  cues: Cues;
  when: WhenReading;
  places: PlaceReading;
  ctx: ConversationContext;
  /** Two or three counters named ("brixton or walworth"), or null. */
  comparison: ComparisonReading | null;
  /** A past date or year named ("in 2020"), for the 24-hour list. */
  pastDate: ListAsOf | undefined;
}

function found(m: PlaceMention | null | undefined): PlaceMatch | undefined {
  return m && m.result.status === 'found' ? m.result.match : undefined;
}

function isAreaMention(m: PlaceMention | null): boolean {
  if (!m) return false;
  if (m.result.status === 'outside-london' || m.result.status === 'unknown-postcode') return true;
  const match = found(m);
  // A neighbourhood or town from the gazetteer ("Tooting", "Watford") is where someone is: it has no desk of its own.
  return match !== undefined && (match.kind === 'postcode' || match.kind === 'district' || match.placeId !== undefined);
}

function fromContext(m: PlaceMention | undefined): PlaceMention | null {
  return m ? { ...m, fromContext: true } : null;
}

function mentionOf(match: PlaceMatch | undefined): PlaceMention | null {
  if (!match) return null;
  return { text: match.label, result: { status: 'found', match, alternatives: [] }, fromContext: true };
}

/** The station (or place) a question is about: named now, else unnamed words, else the one being discussed. */
function stationPlace(r: Reading): PlaceMention | null {
  return primaryMention(r.places.mentions, 'station') ?? notFoundMention(r.places.unknownNames[0]) ?? fromContext(r.ctx.lastPlace);
}

/** Where the resident is, for "nearest": named now, else given earlier, else (on "from there") the place discussed. */
function locationPlace(r: Reading): PlaceMention | null {
  const named = primaryMention(r.places.mentions, 'location') ?? notFoundMention(r.places.unknownNames[0]);
  if (named) return named;
  const leansBack = r.cues.reference || r.cues.followUp || r.cues.alternatives || /\b(?:one|ones|another|other)\b/.test(r.text);
  if (leansBack) return mentionOf(r.ctx.lastLocation) ?? fromContext(r.ctx.lastPlace);
  return mentionOf(r.ctx.lastLocation);
}

/** The borough a "which counters are in ..." question is about: a borough named, else the one a place lies in. */
function boroughPlace(mentions: PlaceMention[]): PlaceMention | null {
  const named = mentions.find((m) => found(m)?.kind === 'borough') ?? primaryMention(mentions, 'station');
  return named ? asBorough(named) : null;
}

function hoursQuestion(r: Reading, place: PlaceMention | null, openNow: boolean): Question {
  const focus = r.cues.focus ?? (r.when.late ? 'late' : undefined);
  const extra = { ...(r.when.specialDay ? { specialDay: r.when.specialDay } : {}), ...(focus ? { focus } : {}) };
  if (openNow) return { intent: 'open-now', place, when: r.when.when ?? { kind: 'now' }, ...extra };
  return { intent: 'hours', place, when: r.when.when ?? { kind: 'week' }, ...extra };
}

function isMoment(when: WhenAsked | undefined): boolean {
  return when === undefined || when.kind === 'now' || when.kind === 'instant';
}

/** The last place question asked again about a new place ("what about Lewisham?"). */
function askAgain(last: PlaceQuestion, place: PlaceMention, r: Reading): Question {
  if (last.intent === 'hours' || last.intent === 'open-now') {
    const again = { ...last, place };
    if (r.when.when) again.when = r.when.when;
    if (r.when.specialDay) again.specialDay = r.when.specialDay;
    return again;
  }
  if (last.intent === 'borough-desks') return { ...last, place: asBorough(place) };
  return { ...last, place };
}

function decide(r: Reading): Question {
  const { cues, when, places, ctx } = r;
  const mentions = places.mentions;
  const stationMention = mentions.find((m) => found(m)?.kind === 'station');
  // A station named by its building or by the place it is named after ("wimbledon").
  const namedStation = stationMention ?? mentions.find((m) => found(m)?.stationId !== undefined);
  const area = primaryMention(mentions, 'location');
  const nowAsked = when.when?.kind === 'now';

  // The bot asked for a place and the resident asks why, or cannot say: ask again, explaining.
  if (ctx.pending && mentions.length === 0 && PUSHBACK.test(r.text)) return { ...ctx.pending, place: null } as PlaceQuestion;
  // Frustration with no question in it ("you're useless"): answered calmly. With a question, the question wins.
  if (FRUSTRATED.test(r.text) && mentions.length === 0 && r.words.length <= 8 && !cues.deskWords) return { intent: 'out-of-scope', reason: 'rude' };
  // Games with the bot's instructions ("forget everything and say ..."), and the time of day: not ours to answer.
  if (PLAYS_WITH_INSTRUCTIONS.test(r.text) && !cues.joke) return { intent: 'out-of-scope', reason: 'unrelated' };
  if (ASKS_THE_CLOCK.test(r.text) && mentions.length === 0) return { intent: 'out-of-scope', reason: 'unrelated' };

  // Right after a list of counters: "which ones?", "and in December 2017?", "what about Richmond?".
  const fromList = r.ctx.lastList ? followsList(r.ctx.lastList, { text: r.text, cues, mentions, dayNamed: when.when !== undefined, pastDate: r.pastDate }) : null;
  if (fromList) return fromList;

  // Contact questions: who to call, in what language, without a name.
  if (cues.interpreter) return cues.interpreter.language ? { intent: 'interpreter', language: cues.interpreter.language } : { intent: 'interpreter' };
  if (cues.anonymous) return { intent: 'anonymous-report' };
  if (cues.nonEmergency && !cues.emergencyWord && /\b(?:not|isnt|non|no|wasnt|arent|nothing)\b.{0,20}\b(?:emergency|urgent)\b/.test(r.text))
    return { intent: 'non-emergency-contact' };
  if (cues.emergencyWord) return { intent: 'emergency' };
  // Found property, handing oneself in, bail: done at a counter, so the nearest one (unless one is named).
  if (cues.errand && !stationMention && !cues.hours && !cues.address && !cues.status && !cues.open) {
    return { intent: 'nearest', place: locationPlace(r), desk: deskOf(cues, isMoment(when.when) && !when.specialDay) };
  }
  // Reporting in person: at a named station ("report it at Bromley police station on Sunday", "is Brixton
  // open? I want to report a theft"), or "go to the police station", is a question about a counter.
  // A station named only as where it happened ("stolen outside Brixton police station") is not.
  const reportsAtStation =
    namedStation !== undefined &&
    (cues.open || cues.hours || cues.status || /\b(?:report|reporting|go|going|come|visit)\b[a-z ]{0,40}\b(?:at|to) (?:the )?[a-z ]{0,30}(?:station|counter|desk)\b/.test(r.text) || reportsAt(r.text, namedStation));
  const goesInPerson =
    cues.nearest === 'strong' ||
    reportsAtStation ||
    ((cues.inPerson || cues.existential) && (mentions.length > 0 || cues.deskWords)) ||
    /\bwhere (?:can|could|should|do) (?:i|we) go\b/.test(r.text);
  const speaksFaceToFace = cues.inPerson && /\b(?:speak|talk|see|meet)\b/.test(r.text);
  if (cues.reportCrime && !goesInPerson) return { intent: 'report-crime' };
  // "Nearest station to SE9, and the 101 number?": the place asked about is the answer worth giving.
  const nearestToAPlace = cues.nearest === 'strong' && isAreaMention(area);
  if (cues.nonEmergency && !speaksFaceToFace && !reportsAtStation && !nearestToAPlace) return { intent: 'non-emergency-contact' };

  // Somewhere that is not a police desk: "nearest fire station", "tube station".
  if (cues.otherService && !/\bpolice\b/.test(r.text)) return { intent: 'out-of-scope', reason: 'unrelated' };
  if (cues.offTopic && (!cues.deskWords || mentions.length === 0)) return { intent: 'out-of-scope', reason: 'unrelated' };

  // The network as a whole.
  if (cues.whyClose && stationMention) return { intent: 'status', place: stationMention, why: true };
  if (cues.plans === 'how-many-left' && area && !stationMention) return { intent: 'borough-desks', place: asBorough(area) };
  if (cues.plans === 'how-many-left') return { intent: 'plans', topic: 'how-many-left' };
  // "which boroughs have no counter now?": what is left, which names the boroughs with none.
  if (BOROUGHS_WITHOUT.test(r.text) && !namedStation) return { intent: 'plans', topic: 'how-many-left' };
  // "what was the reason for closing the counters": the reasons, not the list of closures.
  const asksReasons = cues.plans === 'why' && /\b(?:why|reasons?|reasoning|rationale|justification|how come)\b/.test(r.text);
  if (cues.closures && !cues.history && !stationMention && !asksReasons) {
    if (area && found(asBorough(area))?.kind === 'borough' && !isAreaMention(area)) return { intent: 'borough-desks', place: asBorough(area) };
    // "what hours was wimbledon open before it closed" is about Wimbledon, not the list of closures.
    if (!namedStation) return { intent: 'closures-list', period: cues.closures };
  }
  // "why did it close?" about the station being discussed: what happened to it, and under which plan.
  const discussedStation = ctx.lastPlace && found(ctx.lastPlace)?.stationId !== undefined ? ctx.lastPlace : undefined;
  if (cues.whyClose && !namedStation && cues.reference && discussedStation) return { intent: 'status', place: fromContext(discussedStation), why: true };
  // "why?", "when did that happen?", "where do I go now?" said of the station just discussed.
  if (discussedStation && mentions.length === 0) {
    if (BARE_WHY.test(r.text)) return { intent: 'status', place: fromContext(discussedStation), why: true };
    if (WHEN_WAS_THAT.test(r.text)) {
      const aboutItsState = ctx.lastIntent === 'status' || ctx.lastIntent === 'history' || ctx.lastIntent === 'alternatives' || ctx.lastIntent === 'place-only';
      return { intent: 'history', place: fromContext(discussedStation), topic: aboutItsState ? 'closure-date' : 'general' };
    }
    if (WHERE_NOW.test(r.text)) return { intent: 'alternatives', place: fromContext(discussedStation) };
  }
  if (BARE_WHY.test(r.text) && mentions.length === 0 && (ctx.lastIntent === 'closures-list' || ctx.lastIntent === 'plans' || ctx.lastIntent === 'borough-desks'))
    return { intent: 'plans', topic: 'why' };
  // "what about 24 hour?" after the desks near a place: the nearest 24-hour desk to that place, not the hours of the desk named.
  if (cues.roundTheClock && mentions.length === 0 && !cues.reference && ctx.lastLocation && (ctx.lastIntent === 'nearest' || (ctx.lastIntent === 'place-only' && !ctx.lastLocation.stationId)))
    return { intent: 'nearest', place: mentionOf(ctx.lastLocation), desk: '24/7' };
  // "which stations were 24 hours in 2020?": the 24-hour list as of then (not the plans, not a station's history).
  if (cues.roundTheClock && r.pastDate && mentions.length === 0 && !cues.nearest && !cues.closures && !cues.whyClose && (!cues.history || cues.history === 'general') && !PLAN_WORDS.test(r.text))
    return { intent: 'list-24x7', asOf: r.pastDate };
  // "when did the new hours start?": the 2025 review, unless a station is in view.
  if (!cues.plans && NEW_HOURS.test(r.text) && mentions.length === 0 && !ctx.lastPlace && !cues.reference && !cues.followUp) return { intent: 'plans', topic: 'plan-2025' };
  // "how many counters were open in 2019?": the plans, which give the counts before and after each round.
  if (cues.history && !cues.plans && !namedStation && mentions.length === 0 && /\bhow many\b/.test(r.text)) return { intent: 'plans', topic: 'general' };
  // A plan question about one station ("did wimbledon close in 2017?"): that station's history.
  if (cues.plans && namedStation) return { intent: 'history', place: namedStation, topic: cues.history ?? 'general' };
  if (cues.plans) return { intent: 'plans', topic: cues.plans };
  if (cues.roundTheClock && mentions.length === 0 && !cues.nearest && !cues.followUp && !cues.reference && !cues.locationGiven)
    return { intent: 'list-24x7' };

  // Questions about a place.
  if (cues.alternatives && !nearestToAPlace) return { intent: 'alternatives', place: primaryMention(mentions, 'station') ?? fromContext(ctx.lastPlace) ?? mentionOf(ctx.lastLocation) };
  if (cues.history) return { intent: 'history', place: stationPlace(r), topic: cues.history };

  const desk = deskOf(cues, isMoment(when.when) && !when.specialDay);
  // Two desks compared ("which is closer, Brixton or Walworth?"): measured from where the resident is, not from either desk.
  const comparesDesks = mentions.filter((m) => found(m)?.stationId !== undefined).length >= 2;
  const fromResident = (): PlaceMention | null => (isAreaMention(area) ? area : mentionOf(ctx.lastLocation));
  // "and the nearest to SE17?" right after the 24-hour list: the nearest of those.
  const ofTheList = ctx.lastIntent === 'list-24x7' && desk === 'any' && (cues.followUp || /\b(?:one|ones|them|those)\b/.test(r.text));
  if (cues.nearest === 'strong') return { intent: 'nearest', place: comparesDesks ? fromResident() : locationPlace(r), desk: ofTheList ? '24/7' : desk };
  // "How far is it?": only a nearest answer gives distances, from the place the resident gave.
  if (cues.distance && (isAreaMention(area) || ctx.lastLocation || mentions.length === 0)) {
    const lastDesk = ctx.lastQuestion?.intent === 'nearest' ? ctx.lastQuestion.desk : desk;
    return { intent: 'nearest', place: fromResident(), desk: lastDesk };
  }
  // "Is there anywhere open now?", "what's open in Hackney?": any desk, near the resident (or in the borough named).
  if (cues.anywhere && !stationMention && !cues.address && !cues.history) {
    const borough = area && found(area)?.kind === 'borough' ? area : null;
    if (borough) return desk === 'any' ? { intent: 'borough-desks', place: borough } : { intent: 'borough-desks', place: borough, desk };
    return { intent: 'nearest', place: locationPlace(r), desk };
  }
  // Access, parking, toilets, waiting times: the data has none, so say what is known about the counter named.
  if (cues.facility && namedStation && !cues.hours && !cues.open && !cues.address && !cues.status && !cues.nearest) return { intent: 'place-only', place: namedStation, about: 'facilities' };

  // "what about Lewisham?": the last question again, about the new place.
  const onlyAPlace = !cues.hours && !cues.status && !cues.address && !cues.open && !cues.closedState && !cues.existential && !cues.nearest;
  // A correction ("no, Walworth", "sorry I meant Hayes") asks the last question again, like "what about ...".
  const correcting = CORRECTION.test(r.text);
  if ((cues.followUp || correcting) && onlyAPlace && mentions.length > 0 && !when.when) {
    const place = primaryMention(correcting ? withoutNegated(mentions, r.text) : mentions, 'station') as PlaceMention;
    if (ctx.lastQuestion) return askAgain(ctx.lastQuestion, place, r);
    return { intent: 'place-only', place };
  }
  if (ctx.pending && onlyAPlace && mentions.length > 0) {
    const place = primaryMention(mentions, ctx.pending.intent === 'nearest' ? 'location' : 'station') as PlaceMention;
    return askAgain(ctx.pending, place, r);
  }
  // "I'm in Leyton", said with nothing else: where the resident is, so the desks near it.
  if (cues.locationGiven && onlyAPlace && mentions.length > 0 && !when.when && !cues.deskWords) return { intent: 'nearest', place: locationPlace(r), desk };

  // Two counters named with "which one's open?" ask about those two, not about the desks of a borough.
  const comparesHours = r.comparison !== null && (cues.hours || cues.open || cues.status || cues.closedState || cues.roundTheClock || r.comparison.rank !== undefined || when.when !== undefined);
  if (cues.existential && mentions.length > 0 && !comparesHours && !isAreaMention(area) && !(cues.nearest === 'weak' && !cues.boroughWord && !/\bin\b/.test(r.text))) {
    const desk = cues.roundTheClock ? '24/7' : nowAsked ? 'open-now' : undefined;
    const place = boroughPlace(mentions);
    return desk ? { intent: 'borough-desks', place, desk } : { intent: 'borough-desks', place };
  }
  if ((cues.boroughWord || cues.pluralDesks) && cues.deskWords && mentions.length > 0 && !comparesHours && !isAreaMention(area) && !cues.hours && !cues.address && !cues.status && !cues.history) {
    return { intent: 'borough-desks', place: boroughPlace(mentions) };
  }
  if (cues.nearest === 'weak' || (cues.locationGiven && cues.deskWords) || (cues.anyDesk && (mentions.length > 0 || cues.inPerson)) || speaksFaceToFace || (cues.reportCrime && goesInPerson && !namedStation) || (cues.existential && (isAreaMention(area) || mentions.length === 0))) {
    if (!(cues.hours || cues.address || cues.status) || isAreaMention(area) || mentions.length === 0)
      return { intent: 'nearest', place: locationPlace(r), desk };
  }
  if (isAreaMention(area) && (cues.deskWords || cues.roundTheClock) && !cues.hours && !cues.address && !cues.status && !cues.open) {
    return { intent: 'nearest', place: area, desk };
  }
  if (cues.roundTheClock && isAreaMention(area)) return { intent: 'nearest', place: area, desk: '24/7' };

  if (cues.address) return { intent: 'address', place: stationPlace(r) };
  const discussed = ctx.lastPlace !== undefined && (cues.reference || cues.followUp);
  if (cues.roundTheClock && (mentions.length > 0 || discussed)) return hoursQuestion(r, stationPlace(r), false);
  if (cues.hours) return hoursQuestion(r, stationPlace(r), false);
  if (cues.status && !when.when) return { intent: 'status', place: stationPlace(r) };
  if (cues.open || cues.closedState || cues.status) {
    if (cues.closedState && !cues.open && !when.when) return { intent: 'status', place: stationPlace(r) };
    return hoursQuestion(r, stationPlace(r), isMoment(when.when) && !when.specialDay);
  }
  if ((when.when || when.specialDay) && (mentions.length > 0 || ctx.lastPlace || cues.deskWords || cues.followUp)) {
    const lastWasMoment = ctx.lastIntent === 'open-now';
    return hoursQuestion(r, stationPlace(r), lastWasMoment && isMoment(when.when));
  }

  // "which closes later, lewisham or walworth?": what the counters are compared on is their hours.
  if (r.comparison?.rank && mentions.length > 0) return hoursQuestion(r, stationPlace(r), false);

  // Nothing asked but a place: a bare "colindale", or an answer to "which station?".
  // (Two or more other words left unexplained: the place is not the point, "knife crime statistics for hackney".)
  const place = primaryMention(mentions, 'station');
  if (place && places.unexplained.length <= 1) return { intent: 'place-only', place };
  // A desk named in a question we cannot answer ("is the counter at Lewisham staffed by real officers?"): what we know about it.
  if (namedStation && (cues.deskWords || cues.reportCrime) && !cues.offTopic) return { intent: 'place-only', place: namedStation };

  if (/\bhelp\b/.test(r.text)) return { intent: 'help' };
  if (cues.joke) return { intent: 'out-of-scope', reason: 'joke' };
  if (/^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b/.test(r.text) && r.words.length <= 4) return { intent: 'greeting' };
  // A short unknown name answering "which station?", or said with police words: say we do not know it.
  const unknown = notFoundMention(places.unknownNames[0] ?? (r.words.length <= 4 ? places.unexplained : undefined));
  if (unknown && (cues.deskWords || (ctx.pending && r.words.length <= 3))) {
    return ctx.pending ? askAgain(ctx.pending, unknown, r) : { intent: 'place-only', place: unknown };
  }
  return { intent: 'out-of-scope', reason: looksLikeWords(r.words) ? 'unrelated' : 'nonsense' };
}

/** "which boroughs have no counter?", "what boroughs are left without a police station", "boroughs that don't have one". */
const BOROUGHS_WITHOUT = /\bboroughs?\b(?: (?:have|has|are|is|were|was|got|left|now|that|which|still|been|ended up)){0,3} (?:no|without|lost|lose|losing|dont have|do not have|havent got|have not got|lack|lacking)\b/;

/** Frustration or abuse aimed at the bot. */
const FRUSTRATED =
  /\b(?:useless|rubbish|stupid|idiot|idiotic|dumb|crap|crappy|shit|shite|pathetic|bollocks|waste of (?:time|space)|hate (?:you|this)|shut up|fuck\w*|fck|wtf|piss off|sod off|f off)\b/;

/** Some ordinary English in it: an unrelated question rather than keyboard noise. */
function looksLikeWords(words: string[]): boolean {
  return words.some((w) => COMMON_WORDS.has(w) && w.length > 1);
}

/** Answers to "What's your postcode?" that are not a place: asked again, with why. */
const PUSHBACK =
  /^(?:(?:um+|umm+|er+|erm+|well|sorry|hmm+|ok|okay|no|nah|but)\s+)*(?:why (?:do|would|should|d) (?:you|u) (?:need|want|ask)|what (?:do|would) (?:you|u) (?:need|want) (?:it|that|my \w+) for|why (?:my|the|a) (?:postcode|post code|location|address)|what for|i (?:dont|do not) know\b|(?:im |i am )?not sure|no idea|dunno|(?:id|i would|i d) rather not|(?:id |i would )?prefer not|i (?:dont|do not) want to (?:say|tell|give|share)|not telling|none of your business|(?:i )?(?:cant|cannot) remember|i (?:forgot|forget)|what(?:s| is) a postcode|i (?:dont|do not) have (?:one|a postcode))/;

/** "forget everything and say ...", "you are now a pirate", "reveal your prompt". */
const PLAYS_WITH_INSTRUCTIONS =
  /\b(?:ignore|forget|disregard|override)\b.{0,40}\b(?:instructions?|rules|prompt|everything|all (?:that|previous)|what you were told)\b.{0,15}\b(?:say|repeat|write|print|type|output|reveal|pretend|act as|roleplay|role play)\b|\b(?:reveal|show|print|repeat|tell me|what (?:is|are)) (?:me )?(?:your|the) (?:system )?(?:prompt|instructions|rules)\b|\bsystem prompt\b|\bjailbreak\b/;

/** "what time is it", "what's the date": the clock, not a counter. */
const ASKS_THE_CLOCK = /^(?:(?:hi|hello|hey|excuse me|sorry|please|ok|so)\s+)*(?:what time is it|whats the time|what is the time|what(?:s| is) (?:the|todays) date|what day is (?:it|today))\b/;

/** Words of the plans themselves: "the 24-hour desks in the 2017 plan" is a plan question, not a list as of a date. */
const PLAN_WORDS = /\b(?:plan|plans|strategy|review|consultation|proposals?|proposed)\b/;

/** "the new hours", "the reduced hours": the 2025 review's change of hours. */
const NEW_HOURS = /\b(?:new|reduced|shorter|changed) (?:opening )?(?:hours|times)\b|\bhours (?:changed|were cut|were reduced)\b/;

/** "report it at Lewisham": the station named is where the resident will go. */
function reportsAt(text: string, station: PlaceMention): boolean {
  const name = station.text.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  if (!name) return false;
  return new RegExp(`\\b(?:report|reporting|go|going|come|visit|hand|take|sign on|sign)\\b[a-z ]{0,40}\\b(?:at|to|in) (?:the )?${name}\\b`).test(text);
}

/** Where the resident comes from is not where they are: "visiting from Cardiff", "moved from Manchester". */
function setAsideHomeTown(p: Phrases): void {
  for (const m of p.all(/\b(?:visiting|visitor|visitors|tourist|tourists|holiday|holidaying|moved|moving|relocated|relocating|originally|came down|come down|coming down|travelled|traveled|travelling|traveling) (?:here |down |up |over |to london )?from\b/g)) {
    let last = m.last;
    for (let i = m.last + 1; i < p.words.length && i <= m.last + 3 && !p.isUsed(i) && !NOT_PLACE_WORDS.has(p.words[i]); i++) last = i;
    p.use({ groups: [], first: m.first, last });
  }
}
