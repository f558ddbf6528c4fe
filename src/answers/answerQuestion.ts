/**
 * Question -> Answer: looks facts up in the knowledge core as of an injected
 * instant and returns a typed answer. It decides nothing about wording (that
 * is `src/replies/`) and nothing about what to ask next (that is `dialogs/`).
 */
import type { DateTime } from 'luxon';
import type { FrontCounterKnowledge } from '../stations';
import { haversineKm, kmToMiles, roundToTenth } from '../stations/geo';
import { stationPlace } from '../stations/stationPlace';
import type { LatLon, OutsideMet, PlaceMatch, ResidentFact, Station, TimelineEvent } from '../stations/model';
import { normaliseText } from '../stations/stationSearch';
import { nearest24x7Desk, nearestOpenDesk, nearestOpenNowDesk, type NearbyDesk } from '../stations/nearest';
import { hoursOn, londonInstant, openingStateAt, weekTable, type DayHours, type OpeningState } from '../stations/openingHours';
import { dayBefore, endOfWindow, type CounterStatus, type Timeline } from '../stations/timeline';
import type {
  CannotDoTask, ClosurePeriod, CountedArea, DayPart, DaysCompared, DeskKind, Happened, HoursFocus, Intent, ListAsOf, PartOfLondon, PlaceMention, PlanTopic, Question, ServiceTopic, SpecialDay, StatusYesNo, WhenAsked, YesNoAsked,
} from '../understanding/question';
import { closingList } from './closingList';
import { closingOutlook, type ClosingOutlook } from './closingOutlook';
import { areaOf } from '../stations/postcodes';
import type { Answer, AnswerDating, NoCounterCalled, ClosureReasons, ClosureYear, ClosuresByYear, ClosuresByBorough, ReopeningAhead, ClosureRounds, LastCountersLost, PublisherIndex, ComparedAnswer, ContactFacts, MomentAsked, NearbyOptions, NearestTo, NewHours, PlaceAskedNow, PastList, PeriodChanges, UnansweredName } from './answer';
import { hoursVerdict } from './compareHours';
import { nearestAtMoment } from './nearestAtMoment';
import { openDuringPart, opensWithin, partSpan } from './partOfDay';
import { compareDays } from './daysCompared';
import type { WeeklySchedule } from '../stations/hours/schedule';
import { formatDay, pastStatus } from './pastStatus';
import { serviceAnswer, termSpelledOut } from './serviceQuestion';
import { counterMoves, type CounterMove } from './counterMoves';
import { reopeningsAnswer, reopeningsOf } from './reopenings';

const LONDON = 'Europe/London';
/** Rows that say what a plan did, not what it meant to do. */
const PLAN_DONE: ReadonlySet<string> = new Set(['closed', 'opened', 'hours', 'reversed']);
/** How many desks a "nearest" answer lists. */
const NEAREST_COUNT = 3;
/** "Saturday" and the evening: "Saturday evening"; "today": "this evening" or "tonight"; a label naming its part already, as it is. */
function labelWithPart(label: string, part: DayPart): string {
  if (/\b(?:tonight|morning|afternoon|evening|night)\b/i.test(label)) return label;
  if (label === 'today') return part === 'night' ? 'tonight' : `this ${part}`;
  return `${label} ${part}`;
}
/** An open counter this close to a place asked of (km) may stand in it, though not named after it: none is said not to be there. */
const NO_COUNTER_IN_A_PLACE_KM = 1;

/** The question waiting for a place, as the "where?" answer carries it. */
type Pending = Extract<Answer, { kind: 'ask-location' }>['pending'];

/** What was asked of a counter's hours besides the moment: a special day, the part of the day, a yes or no. */
interface HoursAsked {
  specialDay: SpecialDay | null;
  focus: HoursFocus | null;
  yesNo: YesNoAsked | null;
  daysCompared?: DaysCompared;
  untilAsked?: 'opens' | 'closes';
}

/** What a place mention comes to, once ambiguity and bad postcodes are dealt with. */
type Resolved = { ok: true; match: PlaceMatch } | { ok: false; answer: Answer };

/** A row that speaks of a reopening to come ("Met plan proposed reopening Wood Green", "reopening not included in the revised plan"), not one gone by ("reopened"). */
const SPEAKS_OF_REOPENING = /\bre-?opening\b|\b(?:to|will|would) re-?open\b/i;

/** A place named with the words of a counter: "marylebone police station", "the nick in soho", "notting hill front desk". */
const AS_A_COUNTER = /\b(?:police station|police|station|nick|front counter|front desk|counter|desk|cop shop)\b/i;

function namedAsACounter(mention: PlaceMention | null): boolean {
  return mention !== null && !mention.fromContext && (mention.asCounter === true || AS_A_COUNTER.test(mention.text));
}

/** Timeline rows that say a counter was kept: decided or proposed to stay, or a closure of it dropped or quashed. */
const KEPT: ReadonlySet<string> = new Set(['reversed', 'decided-retain-24h', 'decided-retain-daytime', 'proposed-retain-24h', 'proposed-retain-daytime']);

/** How near a closed counter named inside a place's name must be to be the one meant ("new barnet": Barnet). */
const NAMESAKE_WITHIN_KM = 6;

/** Police words: a place said with one of them names the counter itself ("paddington green police station"). */
const POLICE_WORDS = /\b(?:police|nick|cop shop|front counter|front desk)\b/i;

/**
 * A counter's point used as the starting point for a place the resident named without police words ("paddington
 * station", "buckingham palace"): the answer says the place as the resident said it, not "Paddington Green Police
 * Station" or "Belgravia Police Station", which they did not ask about (and which may be closed). The point is the same.
 */
function asSaid(match: PlaceMatch, mention: PlaceMention | null): PlaceMatch {
  if (match.kind !== 'station' || !mention || mention.fromContext || mention.asCounter || POLICE_WORDS.test(mention.text)) return match;
  const said = mention.text.trim().replace(/^the\s+/i, '');
  if (said.length > 40) return match;
  return { ...match, label: said.replace(/\b[a-z]/g, (c) => c.toUpperCase()) };
}

/** Says why an answer about one desk is about that desk, when the resident named a place rather than the desk. */
function aboutTheDesk(answered: Answer, why: NearestTo): Answer {
  switch (answered.kind) {
    case 'station-status':
    case 'station-hours':
    case 'station-address':
    case 'station-history':
      return { ...answered, ...why };
    default:
      return answered;
  }
}

/** A note of a desk's move ("approved permanent relocation of this front counter to 88 Church Street"). */
const MOVE_NOTED = /\b(?:relocat\w*|moved|moving|transferred)\b/i;

export class Answerer {
  private readonly publishers: PublisherIndex;

  constructor(private readonly knowledge: FrontCounterKnowledge) {
    this.publishers = Object.freeze(Object.fromEntries(knowledge.data.publishers.map((p) => [p.domain, { name: p.name, kind: p.kind }])));
  }

  answer(question: Question, now: DateTime): Answer {
    const at = now.setZone(LONDON);
    switch (question.intent) {
      case 'status':
        return (
          this.compared(question, at) ??
          this.withStation(question.place, 'status', at, (station) =>
            // "Why did Hammersmith close?" of a counter open again: the closure it reopened from, with its recorded reason.
            question.why === true && question.past && this.reopenedSince(station, at)
              ? this.stationHistory(station, 'temporary-closure', at, { why: true })
              : question.whyKept !== undefined
                ? { ...this.stationStatus(station, at), whyKept: this.keptReasons(station, question.whyKept, at), ...(question.savedAsked ? { savedAsked: true as const } : {}) }
                : { ...this.stationStatus(station, at, question.why ?? false, question.yesNo ?? null), ...(question.closingWhen ? { closingWhen: true as const } : {}), ...(question.moving ? { moving: true as const } : {}), ...(question.sourcesAsked ? { sourcesAsked: true as const } : {}), ...(question.amongListed !== undefined ? { amongListed: question.amongListed } : {}), ...(question.inYear !== undefined ? { inYear: question.inYear } : {}) },
            // "is stanmore still open?": a place asked as a counter is, first that no counter is called so.
            question.yesNo !== undefined,
          )
        );
      case 'hours':
      case 'open-now':
        return this.compared(question, at) ?? this.withStation(question.place, question.intent, at, (station) =>
          // "open at 11pm?" asks about that moment; any other open-now question about now.
          this.stationHours(station, question.intent === 'open-now' && question.when.kind !== 'instant' ? { kind: 'now' } : question.when, at, {
            specialDay: question.specialDay ?? null,
            focus: question.focus ?? null,
            yesNo: question.yesNo ?? null,
            ...(question.intent === 'hours' && question.daysCompared ? { daysCompared: question.daysCompared } : {}),
            ...(question.intent === 'open-now' && question.untilAsked ? { untilAsked: question.untilAsked } : {}),
          }),
          // "is stanmore open?": a place asked open as a counter is, first that no counter is called so.
          question.intent === 'open-now' && question.yesNo !== undefined,
        );
      case 'address':
        return this.withStation(question.place, 'address', at, (station) => {
          const status = this.knowledge.timeline.statusAsOf(station.id, at);
          return {
            kind: 'station-address',
            station,
            status,
            ...(question.byTransport ? { byTransport: true as const } : {}),
            ...(question.journey ? { journey: true as const } : {}),
            // Asked for a map or directions (to go there): whether it is open now, too.
            ...(question.mapOrDirections ? { mapOrDirections: true as const, now: status.counter === 'open' && status.hours ? openingStateAt(status.hours.schedule, at) : null } : {}),
            ...this.dating(at),
          };
        });
      case 'history': {
        const history = (station: Station) =>
          this.stationHistory(station, question.topic, at, {
            ...(question.reopening ? { reopening: question.reopening } : {}),
            ...(question.alwaysOpen ? { alwaysOpen: true as const } : {}),
            ...(question.moved ? { moved: question.moved } : {}),
            ...(question.hoursSince ? { hoursSince: true as const } : {}),
            ...(question.closedAsked ? { closedAsked: true as const } : {}),
            ...(question.agoAsked ? { agoAsked: true as const } : {}),
          });
        // "What year did walthamstow close?": a name two counters of the past share, each closed, answers for both.
        const twin = question.topic === 'closure-date' ? this.closedNamesake(question.place, at) : undefined;
        // "when did addington open": the sources hold no opening dates, said as for "when did addington police station open";
        // of a counter open now, only when the first opening was plainly asked (else its hours, as before).
        if (question.firstOpening) {
          const firstOpening = question.firstOpening;
          return this.withStation(question.place, 'history', at, (station) =>
            firstOpening === 'asked' || this.knowledge.timeline.statusAsOf(station.id, at).counter !== 'open' ? this.service('age', question.place, at) : history(station),
          );
        }
        const answer = this.withStation(question.place, 'history', at, history);
        return twin ? { kind: 'both', answers: [answer, history(twin)] } : answer;
      }
      case 'past':
        return this.withStation(question.place, 'past', at, (station) => ({
          ...pastStatus(
            this.knowledge.timeline,
            this.knowledge.data.stations,
            station,
            question.asked,
            question.focus,
            this.knowledge.timeline.statusAsOf(station.id, at),
            this.knowledge.data.meta.counterList.since,
            this.dating(at),
          ),
          ...(question.andNow ? { andNow: true as const } : {}),
        }));
      case 'nearest':
        // One counter measured from a place ("how far is brixton from SW2"), or the nearer of two or three.
        if (question.between && question.between.length >= 1) {
          const between = question.between;
          const measuring = between.length === 1 && between[0].result.status === 'found' && between[0].result.match.stationId ? { measuring: this.station(between[0].result.match.stationId).name } : {};
          return this.withPlace(question.place, { intent: 'nearest', desk: question.desk, ...measuring }, at, (place) => ({ ...this.nearerOf(place, between, at, question.further), ...(question.journey ? { journey: true as const } : {}) }));
        }
        return metAsked(
          question,
          this.withPlace(question.place, { intent: 'nearest', desk: question.desk, ...momentPending(question) }, at, (place) => {
            const nearest = this.leavingOut(this.nearest(asSaid(place, question.place), question.desk, at, momentAsked(question), NEAREST_COUNT + (question.except?.length ?? 0)), question.except);
            // "new barnet police station": a place asked of as a counter, whose name holds a closed counter's ("Barnet").
            const namesake = nearest.kind === 'nearest' && namedAsACounter(question.place) && place.kind === 'place' ? this.closedCounterInName(place, at) : undefined;
            if (namesake) return { ...nearest, noCounterCalled: place.label, closedNamesake: namesake };
            // "nearest police station to park lane": a street named, found only as the street of a counter's address
            // (Croydon's, "71 Park Lane, Croydon"), which other parts of London may have too.
            const street = nearest.kind === 'nearest' && place.stationId ? streetOfCounter(question.place?.text, this.station(place.stationId)) : undefined;
            if (street) return { ...nearest, streetNamed: street };
            // "nearest station to hayes": a counter's other name that is also a London place far from it (Hayes in Bromley).
            const elsewhere = nearest.kind === 'nearest' && !nearest.passed ? this.namesakeElsewhere(place, question.desk, at) : undefined;
            if (elsewhere) return { ...nearest, namesakeElsewhere: elsewhere };
            // "is there a police station in canary wharf": whether there is one in the place itself, said before the nearest.
            const roundTheClock = question.desk === '24/7';
            const openAsAsked = (id: string) => {
              const status = this.knowledge.timeline.statusAsOf(id, at);
              return status.counter === 'open' && (!roundTheClock || status.hours?.is24x7 === true);
            };
            const asked = nearest.kind === 'nearest' && question.whetherAsked && place.kind === 'place' ? this.placeAskedNow(place, at, true, openAsAsked) : undefined;
            // A 24-hour counter asked of a place: none there is said as such (a counter named after it is not 24 hours, or closed).
            const placeAskedNow = asked && roundTheClock ? { ...asked, namesake: null, roundTheClock: true as const } : asked;
            return placeAskedNow ? { ...nearest, placeAskedNow } : nearest;
          }),
        );
      case 'alternatives':
        // "where should I go instead?": the nearest desk open now, from the counter asked about and other than it.
        // With a moment asked ("is brixton open at 11pm?", then "anywhere else?"): the nearest other desk open then.
        return this.withPlace(question.place, { intent: 'nearest', desk: question.desk ?? 'open-now' }, at, (place) => {
          const answer = this.somewhereElse(place, at, question.when ? { when: question.when } : undefined, question.desk, question.passed);
          // "What then?" of a closure ahead: what a source says of that closure ("... once officers move into Forest Gate").
          const note = question.onceClosed && place.stationId && answer.kind === 'nearest' ? closingOutlook(this.knowledge.timeline.statusAsOf(place.stationId, at)).reported : null;
          return note && answer.kind === 'nearest' ? { ...answer, closingNote: note } : answer;
        });
      case 'borough-desks':
        return this.withPlace(question.place, { intent: 'borough-desks' }, at, (place) => {
          if (question.planId) return this.boroughUnderPlan(place, question.planId, at);
          if (question.asOf) return this.boroughDesksAsOf(place, question.asOf, at, question.versusNow, question.desk, question.versusYear);
          // "how many stations in barnet then and now": no date said, so then is the earliest the sources count every counter.
          if (question.versusNow) return this.boroughDesksAsOf(place, this.firstCounted(), at, question.versusNow, question.desk);
          const today = this.boroughDesks(place, at, question.desk);
          // "Was there a counter in Barnes?": a place inside a borough, no counter named after it (else its station was found).
          if (question.pastAsked && place.kind !== 'borough' && today.kind === 'borough-desks') return { ...today, placeAsked: place.label };
          // "is there a police station in peckham": a place inside a borough, asked of now: the counter named after it
          // (open, or when it closed), else that none is, before the borough's.
          if (place.kind === 'place' && !question.closuresAsked && !question.desk && today.kind === 'borough-desks') {
            const placeAskedNow = this.placeAskedNow(place, at, question.whetherAsked, (id) => today.open.some((s) => s.station.id === id));
            return placeAskedNow ? { ...today, placeAskedNow } : today;
          }
          // "is there a police station on savile row": a counter found by the street of its address, asked whether one is
          // there, or which is there: that counter first (closed, and when; or "Yes."), not only the borough's, which may be another.
          const onItsStreet = !question.closuresAsked && !question.pastAsked && !question.desk && today.kind === 'borough-desks' ? this.counterOnItsStreet(place, question.place?.text, at, question.whetherAsked) : undefined;
          if (onItsStreet) return { ...today, placeAskedNow: onItsStreet };
          // "Which stations closed in Croydon?": the closures on record since the counter list is complete, first.
          if (question.closuresAsked && today.kind === 'borough-desks') return { ...today, closuresAsked: { since: this.knowledge.data.meta.counterList.since } };
          // "does hackney still have a police station": a borough asked yes or no, any counter kind.
          return question.whetherAsked && !question.desk && place.kind === 'borough' && today.kind === 'borough-desks' ? { ...today, whetherAsked: true } : today;
        });
      case 'place-only':
        return this.withPlace(question.place, { intent: 'place-only' }, at, (place) => {
          const answer = this.placeOnly(place, at);
          if (question.onlyOneOfTheName && answer.kind === 'place-only') return { ...answer, onlyOneOfTheName: true as const, othersOfTheName: this.othersOfTheName(place) };
          if (!question.about || answer.kind !== 'place-only') return answer;
          // An errand asked at the counter: what the data says people go to a counter for, in its own words.
          const errand = question.about === 'documents' || question.about === 'lost-property' || question.about === 'evidence' ? this.service(question.about, null, at) : undefined;
          const facts = errand?.kind === 'service' ? errand.facts : [];
          return { ...answer, about: question.about, ...(facts.length > 0 ? { errandFacts: facts } : {}), ...(question.askedIfAllowed ? { askedIfAllowed: true as const } : {}) };
        });
      case 'list-24x7': {
        // "were there more police stations back then": no date said, so then is the earliest the sources count every counter.
        const asOf = question.asOf ?? (question.versusNow ? this.firstCounted() : undefined);
        const list = this.list24x7(at, asOf, question.allCounters, asOf ? question.part : undefined, question.versusNow, question.versusYear);
        if (question.part && !question.asOf && list.kind === 'list-24x7') {
          const inPart = partOfLondonFilter(this.knowledge.data.stations, question.part);
          return { ...list, part: { label: question.part.label, desks: list.desks.filter((s) => inPart(s.station)) } };
        }
        const leftOut = question.except?.result.status === 'found' ? question.except.result.match.stationId : undefined;
        if (question.canGoIn && list.kind === 'list-24x7' && !question.asOf) return { ...list, canGoIn: true };
        return leftOut && list.kind === 'list-24x7' ? { ...list, leftOut: { station: this.station(leftOut), yesNo: question.askedAny === true } } : list;
      }
      case 'counts-compared':
        return this.countsCompared(question.areas, at, question.claim, { fewer: question.fewer, roundTheClock: question.roundTheClock });
      case 'open-list': {
        const list = this.openList(at, question.when, question.part, question.closedAsked === true, question.except);
        return question.canGoIn && list.kind === 'open-list' ? { ...list, canGoIn: true } : list;
      }
      case 'closing-list':
      {
        const inPart = question.part ? partOfLondonFilter(this.knowledge.data.stations, question.part) : () => true;
        const list = closingList(this.knowledge.statusesAsOf(at).filter((s) => inPart(s.station)), question.asked, at, this.dating(at));
        return question.part ? { ...list, part: question.part } : list;
      }
      case 'closures-list':
        if (question.saved) return this.savedFromClosure(question.period, at);
        if (question.moved) {
          const moved = this.movedList(at, question.period, question.whetherAsked === true, question.datesAsked === true);
          return question.whyAsked && moved.kind === 'moved-list' ? this.whyMoved(moved) : moved;
        }
        if (question.kept && question.period) return { ...this.keptOpen(question.period, at), ...(question.stillOpen ? { stillOpenAsked: true as const } : {}) } as Answer;
        if ((question.first || question.last) && question.period) return this.closureOfAPeriod(question.period, question.last === true, at);
        if (question.first) return this.firstClosure(at);
        if (question.reopened) {
          const found = this.reopenings(question.period, question.part, at, question.reopened === 'closed-in-period' ? 'closed' : 'reopened', question.latestReopening === true, question.whetherAsked === true);
          return question.stillOpen ? ({ ...found, openNowAsked: true as const } as Answer) : found;
        }
        if (question.namedOfTheMost) return this.closuresOfTheMost(question.byYear === 'most' ? 'year' : 'borough', at, question.part);
        if (question.compareYears) {
          const counted = this.closures(undefined, at, undefined, question.part, 'each');
          return counted.kind === 'closures-list' && counted.byYear ? { ...counted, byYear: { ...counted.byYear, compared: question.compareYears } } : counted;
        }
        if (question.roundTheClock) return this.roundTheClockClosures(this.closures(question.period, at, undefined, question.part), question.period, question.part);
      {
        const list = this.closures(question.period, at, question.happened, question.part, question.byYear, question.byBorough);
        if (list.kind !== 'closures-list') return list;
        return { ...list, ...(question.datesAsked ? { datesAsked: true as const } : {}), ...(question.whetherAsked && !question.byYear && !question.byBorough && !question.happened ? { whetherAsked: true as const } : {}) };
      }
      case 'plans':
      {
        if (question.topic === 'why' && question.ofPlan) return this.planReasons(question.ofPlan, at);
        // "Why?" after the closures of a time when none closed: that there is none to explain (not every plan's reasons).
        if (question.topic === 'why' && question.ofPeriod) {
          const listed = this.closures(question.ofPeriod, at);
          if (listed.kind === 'closures-list' && listed.closures.length === 0) return { ...listed, whyAsked: true };
          // Closures under no plan (2020's refurbishments and stand-ins, 2024's fire): each closure's own row, never the
          // plans' reasons. Any closure under a plan: the plans' reasons, as before.
          if (listed.kind === 'closures-list') {
            const planIds = [...new Set(listed.closures.map((c) => c.event.planId))];
            if (planIds.every((id) => !id)) return { ...listed, whyAsked: true };
          }
        }
        const answer = this.plans(question.topic, question.topic === 'plan' ? question.planId : question.topic === 'who' ? question.ofPlan : undefined, at, question.topic === 'plan' ? (question.newHours ?? false) : false, question.topic === 'plan' ? undefined : question.part);
        return (question.topic === 'ahead' || question.topic === 'reopening-ahead') && question.inYear !== undefined && answer.kind === 'plans' ? { ...answer, inYear: question.inYear } : answer;
      }
      case 'emergency':
        return {
          ...this.contact('emergency'),
          ...(question.silentCall ? { silentCall: true } : {}),
          ...(question.textOrRelay ? { textOrRelay: true } : {}),
          ...(question.askedAbout ? { askedAbout: true } : {}),
          ...(question.usesTheBot ? { usesTheBot: true } : {}),
          ...(question.waitingForPolice ? { waitingForPolice: true } : {}),
          ...(question.services ? { services: question.services } : {}),
          ...(question.unsure ? { unsure: true } : {}),
          ...(question.language !== undefined ? { language: question.language } : {}),
        };
      case 'both':
        return this.both(question.questions, now);
      case 'service': {
        // "which borough had the most stations in 2018": counted as of the time said.
        const [year, month, day] = (question.asOf?.date ?? '').split('-').map(Number);
        const then = question.asOf ? at.set({ year, month, day, hour: 12, minute: 0 }) : at;
        const answer = this.service(question.topic, question.place ?? null, then, question.happened);
        if (answer.kind !== 'service') return answer;
        const lost = question.lastCounterLost ? { lastCounterLost: this.lastCountersLost(question.lastCounterLost, at) } : {};
        const compared = question.compared ? { compared: question.compared.map((m) => this.comparedName(m)) } : {};
        const pledges = question.planId ? this.pledgesOf(question.planId, answer.facts) : {};
        return { ...answer, ...pledges, ...(question.everyBorough ? { everyBorough: true } : {}), ...(question.whichHave ? { whichHave: true } : {}), ...(question.perBorough ? { perBorough: question.perBorough } : {}), ...(question.asOf ? { asOfLabel: question.asOf.label } : {}), ...(question.happened ? { happened: question.happened } : {}), ...(question.fewest ? { fewest: true as const } : {}), ...(question.disputed ? { disputed: true } : {}), ...(question.doubted ? { doubted: true } : {}), ...(question.quietest ? { quietest: true } : {}), ...(question.costOf ? { costOf: question.costOf } : {}), ...(question.term ? { term: termSpelledOut(this.knowledge.data, question.term) } : {}), ...lost, ...compared };
      }
      case 'cannot-do':
        return this.cannotDo(question.task, question.place ?? null, at);
      case 'report-crime':
        return { ...this.contact('report-crime'), ...(question.atACounter ? { atACounter: question.atACounter } : {}) };
      case 'non-emergency-contact':
        return {
          ...this.contact('non-emergency'),
          ...(question.stationNumber ? { stationNumber: true } : {}),
          ...(question.byEmail ? { byEmail: true } : {}),
          ...(question.whetherAPoliceMatter ? { whetherAPoliceMatter: true as const } : {}),
        };
      case 'interpreter':
        return { ...this.contact('interpreter'), ...(question.language ? { language: question.language } : {}), ...(question.atACounter ? { spokenAtACounter: true as const } : {}), ...(question.ofTheBot ? { ofTheBot: true as const } : {}) };
      case 'anonymous-report':
        return this.contact('anonymous');
      case 'non-english':
        return {
          kind: 'non-english', language: question.language, contacts: this.contacts(), ...(question.alongside ? { alongside: true } : {}),
        };
      case 'out-of-scope':
        return { kind: 'out-of-scope', reason: question.reason, contacts: this.contacts(), ...(question.alongside ? { alongside: true as const } : {}), ...(question.matter ? { matter: question.matter } : {}) };
      case 'identity':
        return { kind: 'identity', contacts: this.contacts(), ...(question.aiAsked ? { aiAsked: true as const } : {}), ...(question.askedIf ? { askedIf: question.askedIf } : {}) };
      case 'greeting':
        return { kind: 'greeting', contacts: this.contacts(), ...(question.asked ? { asked: question.asked } : {}) };
      case 'help':
      case 'thanks':
      case 'acknowledged':
      case 'goodbye':
        return {
          kind: question.intent,
          contacts: this.contacts(),
          ...(question.intent === 'help' && question.plea ? { plea: true as const } : {}),
          ...(question.intent === 'help' && question.puzzled ? { puzzled: true as const } : {}),
          ...(question.intent === 'acknowledged' && question.felt ? { felt: question.felt } : {}),
          ...((question.intent === 'thanks' || question.intent === 'acknowledged') && question.waiting ? { waiting: true as const } : {}),
        };
      case 'cancel':
        return { kind: 'cancelled', contacts: this.contacts() };
      case 'forget-me':
        return { kind: 'forgotten', contacts: this.contacts() };
      case 'clock':
        return { kind: 'clock', asked: question.asked, instant: at.toISO() ?? '', ...(question.elsewhere ? { elsewhere: true as const } : {}) };
      case 'more':
        return { kind: 'more', topic: question.topic };
    }
  }

  /** What the bot says when it joins a conversation: to one resident, or once to a whole group chat or team. */
  welcome(audience: 'person' | 'group' = 'person'): Answer {
    return audience === 'group' ? { kind: 'welcome', contacts: this.contacts(), toGroup: true } : { kind: 'welcome', contacts: this.contacts() };
  }

  // ---------------------------------------------------------------------------
  // Places

  private resolve(mention: PlaceMention | null, pending: Pending, at: DateTime): Resolved | null {
    if (!mention) return null;
    const r = mention.result;
    switch (r.status) {
      case 'found':
        // Whatever was asked about a place the Met does not police, that comes first.
        return r.match.outsideMet ? { ok: false, answer: this.outsideMet(r.match, r.match.outsideMet, pending, at) } : { ok: true, match: r.match };
      case 'ambiguous':
        return { ok: false, answer: { kind: 'choose-place', candidates: r.candidates, pending } };
      case 'outside-london':
        return { ok: false, answer: { kind: 'postcode-outside-london', postcode: r.postcode, contacts: this.contacts() } };
      case 'unknown-postcode':
        return { ok: false, answer: { kind: 'postcode-unknown', postcode: r.postcode } };
      case 'not-found': {
        const town = this.knowledge.locator.townOutsideLondon(r.query);
        if (town) return { ok: false, answer: { kind: 'town-outside-london', town, contacts: this.contacts() } };
        return { ok: false, answer: { kind: 'place-not-found', query: r.query, pending: pending.desk ? { intent: pending.intent, desk: pending.desk } : { intent: pending.intent } } };
      }
    }
  }

  /** For questions about one station: a station or a place named after one; anything else is answered by what is near it. */
  /**
   * Another counter the same words name as well as the one found, as closely, when both are closed as of `at`
   * ("walthamstow": the Town Centre office, closed in 2017, and the old station, closed in 2011).
   */
  private closedNamesake(mention: PlaceMention | null, at: DateTime): Station | undefined {
    const result = mention?.result;
    if (!result || result.status !== 'found' || !result.match.stationId) return undefined;
    const closed = (id: string) => this.knowledge.timeline.statusAsOf(id, at).counter === 'closed';
    const other = result.alternatives.find((a) => a.stationId && a.stationId !== result.match.stationId && a.score >= result.match.score);
    return other?.stationId && closed(result.match.stationId) && closed(other.stationId) ? this.station(other.stationId) : undefined;
  }

  /**
   * A counter closed as of `at` whose short name is a whole word of the place's ("Barnet" in "New Barnet", "East
   * Barnet"), the nearest such to the place: the counter a resident naming the place as a police station may mean.
   */
  private closedCounterInName(place: PlaceMatch, at: DateTime): NoCounterCalled['closedNamesake'] {
    if (!place.point) return undefined;
    const words = ` ${place.label.toLowerCase()} `;
    const candidates = this.knowledge.data.stations
      .filter((s) => {
        const short = s.name.replace(/\s+Police Station.*$/i, '').toLowerCase();
        return s.location !== null && short !== place.label.toLowerCase() && words.includes(` ${short} `) && this.knowledge.timeline.statusAsOf(s.id, at).counter === 'closed';
      })
      .map((s) => ({ s, km: haversineKm(place.point!, s.location!) }))
      .sort((a, b) => a.km - b.km);
    const near = candidates[0];
    if (!near || near.km > NAMESAKE_WITHIN_KM) return undefined;
    const asOf = this.knowledge.londonDateOf(at);
    const closed = this.knowledge.timeline.eventsFor(near.s.id).filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf).pop();
    return { name: near.s.name, distanceKm: roundToTenth(near.km), distanceMiles: roundToTenth(kmToMiles(near.km)), closedOn: closed?.date ?? null };
  }

  private withStation(mention: PlaceMention | null, intent: Intent, at: DateTime, answer: (station: Station) => Answer, askedOpenAsACounter = false): Answer {
    const resolved = this.resolve(mention, { intent }, at);
    if (!resolved) return { kind: 'ask-station', pending: { intent } };
    if (!resolved.ok) return resolved.answer;
    const { match } = resolved;
    if (match.stationId) return answer(this.station(match.stationId));
    // "is there a police station open in Richmond" names a borough: with one open counter, the question is about it.
    if (match.kind === 'borough') {
      const open = this.knowledge.statusesAsOf(at).filter((s) => s.counter === 'open' && s.station.borough === match.label);
      if (open.length !== 1) return this.boroughDesks(match, at);
      return aboutTheDesk(answer(open[0].station), { onlyCounterIn: match.label });
    }
    // "is it open on Saturday?" after a postcode: the nearest open desk to it. "Open now?" lists the desks open now.
    // A place asked of as a police station ("is marylebone police station open?"): first, that the data has no counter called so.
    // A counter's history or past asked of a place ("when did woolwich close its front counter") asks after a counter so named.
    // Not where a counter is named so ("and the other hayes": Hayes in Bromley, while Hayes police station is in Hillingdon).
    const aCounterOfTheName = () => this.knowledge.data.stations.some((s) => s.name.toLowerCase().startsWith(`${match.label.toLowerCase()} `));
    const askedAsACounter = namedAsACounter(mention) || ((askedOpenAsACounter || intent === 'history' || intent === 'past') && mention !== null && !mention.fromContext && match.kind === 'place' && !aCounterOfTheName());
    const namesake = askedAsACounter && match.kind === 'place' ? this.closedCounterInName(match, at) : undefined;
    const noCounter = askedAsACounter && match.kind === 'place' ? { noCounterCalled: match.label, ...(namesake ? { closedNamesake: namesake } : {}) } : {};
    const desk = intent !== 'open-now' && match.point ? nearestOpenDesk(this.knowledge.desks, match.point, this.knowledge.deskStatuses(at), 1)[0] : undefined;
    if (!desk) {
      const nearest = this.nearest(match, intent === 'open-now' ? 'open-now' : 'any', at);
      return nearest.kind === 'nearest' ? { ...nearest, ...noCounter } : nearest;
    }
    return aboutTheDesk(answer(desk.station), { nearestTo: { from: match, distanceKm: desk.distanceKm, distanceMiles: desk.distanceMiles }, ...noCounter });
  }

  private withPlace(mention: PlaceMention | null, pending: Pending, at: DateTime, answer: (place: PlaceMatch) => Answer): Answer {
    const resolved = this.resolve(mention, pending, at);
    if (!resolved) return { kind: 'ask-location', pending };
    return resolved.ok ? answer(resolved.match) : resolved.answer;
  }

  /**
   * The City of London or a place outside London: whose police it is not, and the nearest Met counters all
   * the same, of the kind asked (an hours or open-now question about it is answered with the desks open now).
   */
  private outsideMet(place: PlaceMatch, outsideMet: OutsideMet, pending: Pending, at: DateTime): Answer {
    const desk: DeskKind = pending.desk ?? (pending.intent === 'open-now' ? 'open-now' : 'any');
    const nearest = place.point ? this.nearest(place, desk, at, pending.moment) : null;
    return { kind: 'outside-met', place, outsideMet, nearest: nearest?.kind === 'nearest' ? nearest : null, contacts: this.contacts() };
  }

  private station(id: string): Station {
    const station = this.knowledge.timeline.station(id);
    if (!station) throw new Error(`unknown station id ${id}`);
    return station;
  }

  // ---------------------------------------------------------------------------
  // One station

  private stationStatus(station: Station, at: DateTime, why: boolean | 'hours' = false, yesNo: StatusYesNo | null = null): Extract<ComparedAnswer, { kind: 'station-status' }> {
    const status = this.knowledge.timeline.statusAsOf(station.id, at);
    // "Why does it close at 10?" of an open counter with reduced hours: the reasons given for closing counters at night.
    const hoursWhy = why === 'hours' && status.counter === 'open' && status.hours?.is24x7 === false;
    // "Why?" of an open counter (after "is stratford closing?"): why it may close, from what the sources say of a closure ahead.
    const whyOpen = why === true && status.counter === 'open';
    // "Closing?", "staying open?" and "what's happening to it?" all want to know of a closure ahead; "closed?" does not.
    const closing = yesNo !== 'closed' && why !== 'hours' && status.counter === 'open' ? closingOutlook(status) : undefined;
    const planAhead = closing?.decided?.decidedBy.planId ?? closing?.proposed?.planId;
    const reasons = hoursWhy
      ? this.nightReasons()
      : why && status.counter === 'closed'
        ? this.closureReasons(status.decidedBy.find((e) => e.planId)?.planId)
        : whyOpen && planAhead
          ? this.closureReasons(planAhead)
          : undefined;
    return {
      kind: 'station-status',
      status,
      nearby: status.counter === 'open' ? null : this.nearbyFromStation(station, at),
      now: status.counter === 'open' && status.hours ? openingStateAt(status.hours.schedule, at) : null,
      contacts: this.contacts(),
      ...(reasons ? { reasons } : {}),
      ...((why && status.counter === 'closed') || whyOpen ? { why: true as const } : hoursWhy ? { why: 'hours' as const } : {}),
      yesNo,
      ...(closing ? { closing } : {}),
      ...this.movesOf(status),
      ...this.dating(at),
    };
  }

  /**
   * The counters a round of closures kept: open the day before its first closure and still open the day after its last,
   * each with its state now. Before the sources hold every counter (mid-2017), the list is marked incomplete.
   */
  private keptOpen(period: ClosurePeriod, at: DateTime): Answer {
    const { timeline } = this.knowledge;
    const beforeDate = dayBefore(period.from);
    const afterDate = endOfWindow(period.to, 'day');
    const openOn = (date: string) => timeline.statusesAsOf(date).filter((s) => s.counter === 'open');
    const before = openOn(beforeDate);
    const after = new Set(openOn(afterDate).map((s) => s.station.id));
    const keptIds = new Set(before.filter((s) => after.has(s.station.id)).map((s) => s.station.id));
    const kept = this.knowledge.statusesAsOf(at).filter((s) => keptIds.has(s.station.id)).sort((a, b) => a.station.name.localeCompare(b.station.name));
    const completeFrom = this.knowledge.data.meta.counterList.since;
    const plan = period.planId ? timeline.planById(period.planId) : undefined;
    return {
      kind: 'kept-list', period, ...(plan ? { plan } : {}), kept, before: before.length, beforeDate, afterDate,
      ...(beforeDate < completeFrom ? { incomplete: { completeFrom } } : {}), ...this.dating(at),
    };
  }

  /**
   * The earliest closures the timeline holds (those of the first date, a closure in conflict left out), and the earliest
   * from when the sources hold every counter, which may differ: before then they name only some counters.
   */
  private firstClosure(at: DateTime): Answer {
    const asOf = this.knowledge.londonDateOf(at);
    const { timeline } = this.knowledge;
    const completeFrom = this.knowledge.data.meta.counterList.since;
    const closures = this.knowledge
      .statusesAsOf(at)
      .flatMap((status) => timeline.eventsFor(status.station.id).filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf).map((event) => ({ status, event })))
      .sort((a, b) => (a.event.date === b.event.date ? a.status.station.name.localeCompare(b.status.station.name) : a.event.date < b.event.date ? -1 : 1));
    const firstOf = (list: typeof closures) => list.filter((c) => list[0] && c.event.date === list[0].event.date);
    const earliest = firstOf(closures);
    const fromComplete = closures.filter((c) => c.event.date >= completeFrom);
    const firstComplete = earliest[0] && earliest[0].event.date >= completeFrom ? [] : firstOf(fromComplete);
    const planIds = new Set([...earliest, ...firstComplete].map((c) => c.event.planId).filter((id) => id !== null));
    const plans = [...planIds].map((id) => timeline.planById(id)).filter((p) => p !== undefined);
    return { kind: 'first-closure', earliest, firstComplete, completeFrom, plans, ...this.dating(at) };
  }

  /**
   * The first (or last) closures dated within a period: those of its earliest (or latest) date, a closure in conflict
   * left out. A year said as a plan's ("in 2025": the 2025 review) is that calendar year. A closure dated only to the
   * month or year whose span reaches the one chosen, or known only "by" a date, leaves the order in doubt (said so).
   */
  private closureOfAPeriod(asked: ClosurePeriod, last: boolean, at: DateTime): Answer {
    const asOf = this.knowledge.londonDateOf(at);
    const { timeline } = this.knowledge;
    const period = asked.yearSaid !== undefined ? { from: `${asked.yearSaid}-01-01`, to: `${asked.yearSaid}-12-31`, label: String(asked.yearSaid) } : asked;
    const after = endOfWindow(period.to, 'day');
    const inPeriod = (e: TimelineEvent) => e.date >= period.from && endOfWindow(e.date, e.datePrecision) <= after;
    const dated = this.knowledge
      .statusesAsOf(at)
      .flatMap((status) => timeline.eventsFor(status.station.id).filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf && inPeriod(e)).map((event) => ({ status, event })));
    const closedBy = dated.filter((c) => c.event.dateQualifier === 'by');
    const exact = dated.filter((c) => c.event.dateQualifier !== 'by');
    const end = (e: TimelineEvent) => endOfWindow(e.date, e.datePrecision);
    // First: by the day each began; last: by the day each could have ended.
    const key = (e: TimelineEvent) => (last ? end(e) : e.date);
    // Dated to the day or month where any are: a closure known only by its year says little of the order.
    const dayOrMonth = exact.filter((c) => c.event.datePrecision !== 'year');
    const candidates = (dayOrMonth.length > 0 ? dayOrMonth : exact).sort((a, b) =>
      key(a.event) === key(b.event) ? a.status.station.name.localeCompare(b.status.station.name) : (key(a.event) < key(b.event)) !== last ? -1 : 1,
    );
    const chosen = candidates.filter((c) => key(c.event) === key(candidates[0].event));
    const first = chosen[0]?.event;
    // Those whose span of dates reaches past the one chosen: they may have come before (or after) it.
    const unsure = first === undefined ? [] : exact.filter((c) => !chosen.includes(c) && (last ? end(c.event) > end(first) || c.event.date >= first.date : c.event.date < first.date || c.event.date <= end(first)) && c.event.datePrecision !== 'day');
    const planIds = new Set(chosen.map((c) => c.event.planId).filter((id) => id !== null));
    const plans = [...planIds].map((id) => timeline.planById(id)).filter((p) => p !== undefined);
    const completeFrom = this.knowledge.data.meta.counterList.since;
    return {
      kind: 'first-closure', earliest: chosen, firstComplete: [], completeFrom, plans,
      within: { period, ...(last ? { last: true as const } : {}), count: exact.length, unsure, closedBy, incomplete: period.from < completeFrom },
      ...this.dating(at),
    };
  }

  /**
   * The counters whose closure was dropped or quashed (the timeline's `reversed` rows), oldest first: in the plan of the
   * period asked when it names one ("in 2025": the 2025 review's), else dated in the period; every one without a period.
   */
  private savedFromClosure(period: ClosurePeriod | undefined, at: DateTime): Answer {
    const asOf = this.knowledge.londonDateOf(at);
    const { timeline } = this.knowledge;
    const inPeriod = (e: TimelineEvent) => !period || (period.planId ? e.planId === period.planId : e.date >= period.from && e.date <= period.to);
    const saved = this.knowledge
      .statusesAsOf(at)
      .flatMap((status) => timeline.eventsFor(status.station.id).filter((e) => e.kind === 'reversed' && !e.conflict && e.date <= asOf && inPeriod(e)).map((event) => ({ status, event })))
      .sort((a, b) => (a.event.date === b.event.date ? a.status.station.name.localeCompare(b.status.station.name) : a.event.date < b.event.date ? -1 : 1));
    const plan = period?.planId ? timeline.planById(period.planId) : undefined;
    return { kind: 'saved-list', saved, ...(period ? { period } : {}), ...(plan ? { plan: plan.shortName } : {}), ...this.dating(at) };
  }

  /**
   * Why a counter was kept: the timeline's decisions to keep it and closures of it dropped or quashed, up to the answer's
   * day. With a year asked, those of that year first (else the first after it, then the rest); without, the latest first.
   */
  private keptReasons(station: Station, year: true | number, at: DateTime): { event: TimelineEvent; plan: string | null }[] {
    const asOf = this.knowledge.londonDateOf(at);
    const kept = this.knowledge.timeline.eventsFor(station.id).filter((e) => KEPT.has(e.kind) && !e.conflict && e.date <= asOf);
    // A decision or a dropped closure outranks a proposal to keep it.
    const decided = kept.filter((e) => !e.kind.startsWith('proposed-'));
    const reasons = decided.length > 0 ? decided : kept;
    const from = year === true ? [] : reasons.filter((e) => Number(e.date.slice(0, 4)) >= year);
    const ordered = [...from, ...reasons.filter((e) => !from.includes(e)).reverse()];
    return ordered.map((event) => ({ event, plan: (event.planId && this.knowledge.timeline.planById(event.planId)?.shortName) || null }));
  }

  /** Where a closed counter's desk went, as `{ moves }` when the timeline says; nothing otherwise. */
  /** The closed counters whose desk went to another, as of the answer's date, each with its move; oldest move first. */
  private movedList(at: DateTime, period?: ClosurePeriod, whetherAsked = false, datesAsked = false): Answer {
    const asOf = this.dating(at).asOf;
    const all = this.knowledge
      .statusesAsOf(at)
      .flatMap((from) => counterMoves(this.knowledge.timeline, this.knowledge.data.stations, from, asOf).map((to) => ({ from, to })))
      .sort((a, b) => a.to.on.date.localeCompare(b.to.on.date) || a.from.station.name.localeCompare(b.from.station.name));
    const whether = { ...(whetherAsked ? { whetherAsked: true as const } : {}), ...(datesAsked ? { datesAsked: true as const } : {}) };
    if (!period) return { kind: 'moved-list', moves: all, ...whether, ...this.dating(at) };
    // A time asked ("which counters moved in 2020"): the moves dated in it, and how many the sources record in all.
    const after = endOfWindow(period.to, 'day');
    const moves = all.filter((m) => m.to.on.date >= period.from && endOfWindow(m.to.on.date, m.to.on.datePrecision) <= after);
    return { kind: 'moved-list', moves, period: { label: period.label, allMoves: all.length }, ...whether, ...this.dating(at) };
  }

  /**
   * Why each listed desk moved, from its own rows only: the counter's latest opening before it closed (a stand-in "while
   * Bethnal Green was refurbished"), the closing row ("fire destroyed roof; counter moved to Stratford"), and a note of
   * a move ("approved permanent relocation ... to 88 Church Street"); nothing written here.
   */
  private whyMoved(list: Extract<Answer, { kind: 'moved-list' }>): Answer {
    const timeline = this.knowledge.timeline;
    const moves = list.moves.map((m) => {
      const closedOn = m.from.since?.date ?? m.to.on.date;
      const rows = timeline.eventsFor(m.from.station.id).filter((e) => !e.conflict && e.date <= closedOn);
      const opened = rows.filter((e) => e.kind === 'opened').at(-1);
      const closing = m.from.decidedBy.filter((e) => e.kind === 'closed' && !e.conflict);
      const noted = rows.filter((e) => e.kind === 'note' && MOVE_NOTED.test(e.value));
      const events = [...new Set([...(opened ? [opened] : []), ...noted, ...closing])].sort((a, b) => a.date.localeCompare(b.date));
      return { ...m, reasons: events.map((event) => ({ event, plan: (event.planId && timeline.planById(event.planId)?.shortName) || null })) };
    });
    return { ...list, moves, whyAsked: true };
  }

  private movesOf(status: CounterStatus): { moves?: readonly CounterMove[] } {
    const moves = counterMoves(this.knowledge.timeline, this.knowledge.data.stations, status, status.asOf);
    return moves.length > 0 ? { moves } : {};
  }

  /**
   * The reasons given for the plan that closed the counter: the resident facts of
   * that plan's era ("2025–26 (Met "tough choices"): A £260m funding gap ...").
   */
  private closureReasons(planId: string | null | undefined): ClosureReasons | undefined {
    const plan = planId ? this.knowledge.timeline.planById(planId) : undefined;
    if (!plan) return undefined;
    const why = this.knowledge.data.residentFacts.sections.find((s) => s.id.startsWith('why-counters-were-closed'))?.facts ?? [];
    const heading = plan.reasonsHeading;
    return { planId: plan.id, planName: plan.shortName, facts: heading ? why.filter((f) => f.text.startsWith(`${heading}:`)) : [] };
  }

  /** The reasons the data gives for closing counters at night (none is given for one counter's own hours). */
  private nightReasons(): ClosureReasons {
    const why = this.knowledge.data.residentFacts.sections.find((s) => s.id.startsWith('why-counters-were-closed'))?.facts ?? [];
    return { planId: '', planName: '', facts: why.filter((f) => /\boutside 10:00/.test(f.text)).concat(why.filter((f) => /\bnight\b/i.test(f.text) && !/\boutside 10:00/.test(f.text))) };
  }

  private stationHours(station: Station, when: WhenAsked, at: DateTime, asked: HoursAsked): Extract<ComparedAnswer, { kind: 'station-hours' }> {
    const { specialDay, focus, yesNo } = asked;
    const dates = datesAsked(when, at);
    // Hours for a future date follow the timeline on that date (a decided change may apply by then).
    const status = this.knowledge.timeline.statusAsOf(station.id, dates.length === 1 ? dates[0] : at);
    const schedule = status.counter === 'open' && status.hours ? status.hours.schedule : null;
    let state: OpeningState | null = null;
    if (schedule && (when.kind === 'now' || when.kind === 'instant')) {
      state = openingStateAt(schedule, when.kind === 'instant' ? londonInstant(when.iso) : at);
    }
    // "open at 8 on sunday": 20:00 that day too, so the reply can say whether either half is open.
    const otherHalf = schedule && when.kind === 'instant' && when.otherHalf ? { otherHalf: openingStateAt(schedule, londonInstant(when.otherHalf)) } : {};
    // "when does walworth open" at night: its next opening first, then its opening times.
    const stateNow = schedule && when.kind === 'week' && focus === 'opening' && !asked.daysCompared ? { stateNow: openingStateAt(schedule, at) } : {};
    // "does it open later on weekdays": the week's days compared are its working days, Monday to Friday.
    const days: DayHours[] = !schedule ? [] : when.kind !== 'week' ? dates.map((d) => hoursOn(schedule, d)) : asked.daysCompared ? workingDays(schedule, at) : [];
    const closedOrUnknown = status.counter !== 'open' || !schedule;
    // "Open 24 hours?" of a counter that is not: the nearest one that is comes next.
    const not24x7Asked = (yesNo === 'round-the-clock' || yesNo === 'closes') && status.hours?.is24x7 === false;
    // "saturday evening": the opening within that part of the day.
    const part = (when.kind === 'date' || when.kind === 'weekday') && when.part && days[0] ? { partOfDay: openDuringPart(days[0], when.part, londonInstant(days[0].date)) } : {};
    // "does it open earlier on saturdays": those days against the week's others.
    const compared = schedule && asked.daysCompared ? compareDays(schedule, days, asked.daysCompared, at.setZone('Europe/London').startOf('day')) : null;
    return {
      ...part,
      ...(compared ? { daysCompared: compared } : {}),
      ...(asked.untilAsked && state ? { untilAsked: asked.untilAsked } : {}),
      ...otherHalf,
      ...stateNow,
      kind: 'station-hours',
      status,
      when,
      days,
      week: schedule && when.kind === 'week' ? weekTable(schedule) : null,
      state,
      specialDay,
      focus,
      yesNo,
      nearby: closedOrUnknown || (state && !state.open) || not24x7Asked ? this.nearbyFromStation(station, at) : null,
      contacts: this.contacts(),
      ...this.movesOf(status),
      ...this.dating(at),
    };
  }

  private stationHistory(
    station: Station,
    topic: 'closure-date' | 'temporary-closure' | 'general',
    at: DateTime,
    asked: { reopening?: true | 'ahead'; alwaysOpen?: true; why?: true; moved?: true | 'where'; hoursSince?: true; closedAsked?: true; agoAsked?: true } = {},
  ): Answer {
    const status = this.knowledge.timeline.statusAsOf(station.id, at);
    const nearby = status.counter === 'open' ? null : this.nearbyFromStation(station, at);
    // A move asked: where a closed counter's desk went, as the timeline tells it.
    const moves = asked.moved ? this.movesOf(status) : {};
    return { kind: 'station-history', station, status, events: this.eventsSoFar(station, at), plans: status.plans, topic, ...asked, ...moves, nearby, ...this.dating(at) };
  }

  private eventsSoFar(station: Station, at: DateTime): TimelineEvent[] {
    const asOf = this.knowledge.londonDateOf(at);
    return this.knowledge.timeline.eventsFor(station.id).filter((e) => e.date <= asOf);
  }

  /** Whether the counter is open now after a closure on record (a `closed` row followed by an `opened` row). */
  private reopenedSince(station: Station, at: DateTime): boolean {
    if (this.knowledge.timeline.statusAsOf(station.id, at).counter !== 'open') return false;
    const events = this.eventsSoFar(station, at).filter((e) => !e.conflict);
    const closed = events.findIndex((e) => e.kind === 'closed');
    return closed >= 0 && events.slice(closed).some((e) => e.kind === 'opened');
  }

  /**
   * Two or three counters at once: each answered as it would be alone, for the same moment. Null (answer
   * the first alone) when only one counter is left to answer and nothing needs saying about the others.
   */
  private compared(question: ComparedQuestion, at: DateTime): Answer | null {
    if (!question.others || question.others.length === 0) return null;
    const answers: ComparedAnswer[] = [];
    const unanswered: UnansweredName[] = [];
    const seen = new Set<string>();
    for (const mention of [question.place, ...question.others]) {
      if (!mention) continue;
      const r = mention.result;
      if (r.status === 'found' && r.match.stationId) {
        if (seen.has(r.match.stationId)) continue;
        seen.add(r.match.stationId);
        answers.push(this.comparedAnswer(question, this.station(r.match.stationId), at));
      } else if (r.status === 'ambiguous') {
        unanswered.push({ text: mention.text, reason: 'ambiguous', candidates: r.candidates });
      } else if (r.status === 'found' && r.match.point) {
        // A place with no counter: its nearest counter open on some day stands for it, said as such.
        const nearest = nearestOpenDesk(this.knowledge.desks, r.match.point, this.knowledge.deskStatuses(at), 1)[0];
        unanswered.push({ text: r.match.label, reason: 'not-a-counter', candidates: [], ...(nearest ? { nearest } : {}) });
        if (nearest && !seen.has(nearest.station.id)) {
          seen.add(nearest.station.id);
          answers.push(this.comparedAnswer(question, nearest.station, at));
        }
      } else {
        unanswered.push({ text: mention.text, reason: r.status === 'found' ? 'not-a-counter' : 'not-found', candidates: [] });
      }
    }
    if (answers.length === 0 || (answers.length === 1 && unanswered.length === 0)) return null;
    const verdict = question.rank ? hoursVerdict(answers, question.rank, at, question.lesser === true, question.weekly === true) : null;
    return { kind: 'comparison', answers, unanswered, verdict, ...(question.settles ? { settles: question.settles } : {}), ...(question.errand ? { errand: question.errand } : {}), ...(question.othersClaimed ? { othersClaimed: question.othersClaimed } : {}), ...this.dating(at) };
  }

  /** A counter or place compared, by name: the counter's own, else the place as found, else as said. */
  private comparedName(mention: PlaceMention): { name: string } {
    const r = mention.result;
    if (r.status === 'found' && r.match.stationId) return { name: this.station(r.match.stationId).name };
    return { name: r.status === 'found' ? r.match.label : mention.text };
  }

  private comparedAnswer(question: ComparedQuestion, station: Station, at: DateTime): ComparedAnswer {
    if (question.intent === 'status') return this.stationStatus(station, at);
    const when = question.intent === 'open-now' && question.when.kind !== 'instant' ? ({ kind: 'now' } as const) : question.when;
    const hours = this.stationHours(station, when, at, { specialDay: question.specialDay ?? null, focus: question.focus ?? null, yesNo: null });
    // "is brixton or walworth open 24 hours": kept on each answer, so the reply says which of them is first (each line as before).
    return 'yesNo' in question && question.yesNo === 'round-the-clock' ? { ...hours, yesNo: 'round-the-clock' } : hours;
  }

  // ---------------------------------------------------------------------------
  // Nearest desks

  private nearbyFromStation(station: Station, at: DateTime): NearbyOptions | null {
    if (!station.location) return null;
    return this.nearby(stationPlace(station), at, station.id);
  }

  /** The nearest desk open now, the nearest 24/7 desk and the nearest desk open at all, from a point. */
  private nearby(from: PlaceMatch, at: DateTime, excludeStationId?: string): NearbyOptions {
    const point = from.point as LatLon;
    const statuses = this.knowledge.deskStatuses(at);
    const notSelf = (d: NearbyDesk) => d.station.id !== excludeStationId;
    const first = (desks: NearbyDesk[]) => desks.find(notSelf) ?? null;
    const stateOf = (d: NearbyDesk): OpeningState | null => {
      const hours = statuses(d.station.id)?.hours;
      return hours ? openingStateAt(hours.schedule, at) : null;
    };
    const openNow = first(nearestOpenNowDesk(this.knowledge.desks, point, statuses, at, 2));
    const open24x7 = first(nearest24x7Desk(this.knowledge.desks, point, statuses, 2));
    const openToday = first(nearestOpenDesk(this.knowledge.desks, point, statuses, 2));
    return {
      from,
      openNow: openNow ? { ...openNow, state: stateOf(openNow) as OpeningState } : null,
      open24x7,
      openToday: openToday ? { ...openToday, state: stateOf(openToday) } : null,
    };
  }

  /** The nearest desks from a place: for now, or for the moment the resident named ("at midnight", "on Sunday"). */
  /** The nearest desks open now from a place, leaving out the counter the place is (somewhere else to go). */
  /**
   * `passed`: the desks of this list already given ("and another?"), left out so the next one leads; when none is left,
   * the answer has no results and says so. `desk`: '24/7' after the nearest 24-hour desk, else desks open (then).
   */
  private somewhereElse(place: PlaceMatch, at: DateTime, asked?: MomentAsked, desk: '24/7' | 'open-now' = 'open-now', passed = 0): Answer {
    const answer = this.nearest(place, desk, at, asked, NEAREST_COUNT + passed + 1, place.stationId);
    if (answer.kind !== 'nearest') return answer;
    const others = answer.results.filter((r) => r.station.id !== place.stationId).slice(passed);
    // "Nearer, but not open then" is never the counter the resident is asking to avoid.
    const moment = answer.moment && answer.moment.openThatDay?.station.id === place.stationId ? { moment: { ...answer.moment, openThatDay: null } } : {};
    const given = answer.results.filter((r) => r.station.id !== place.stationId).slice(0, passed).map((r) => r.station.id);
    const next = { ...answer, results: others.slice(0, NEAREST_COUNT), ...moment, ...(passed > 0 ? { passed: given } : {}) };
    if (!place.stationId || others.length > 0 || passed > 0) return next;
    return this.stationStatus(this.station(place.stationId), at);
  }

  /** A nearest answer without the counters the resident left out ("other than walworth"), which it names instead. */
  private leavingOut(answer: Answer, except: PlaceMention[] | undefined): Answer {
    const ids = new Set(stationIdsOf(except));
    if (answer.kind !== 'nearest' || ids.size === 0) return answer;
    const results = answer.results.filter((r) => !ids.has(r.station.id)).slice(0, NEAREST_COUNT);
    const moment = answer.moment?.openThatDay && ids.has(answer.moment.openThatDay.station.id) ? { moment: { ...answer.moment, openThatDay: null } } : {};
    return { ...answer, results, ...moment, leftOut: [...ids].map((id) => this.station(id).name) };
  }

  /** `count`: how many desks to find; `excluded`: a counter left out of the other options (the one asked to avoid). */
  /**
   * A place matched as a counter's name or other name ("Hayes", Hayes End's counter) that the London gazetteer also
   * holds more than NAMESAKE_KM from that counter (Hayes in Bromley): the nearest such place and the desk of the kind
   * asked nearest to it, unless that is the same counter.
   */
  private namesakeElsewhere(from: PlaceMatch, desk: DeskKind, at: DateTime): { place: string; borough: string; desk: NearbyDesk } | undefined {
    if (!from.stationId || from.kind !== 'place') return undefined;
    const station = this.station(from.stationId);
    if (!station.location) return undefined;
    const names = new Set([station.name, ...station.aliases].map(normaliseText));
    const said = normaliseText(from.label);
    if (!names.has(said)) return undefined;
    const counter = { lat: station.location.lat, lon: station.location.lon };
    const other = this.knowledge.data.places
      .filter((p) => p.inLondon && p.borough && normaliseText(p.name) === said)
      .map((p) => ({ p, km: haversineKm(counter, p) }))
      .filter(({ km }) => km > NAMESAKE_KM)
      .sort((a, b) => a.km - b.km)[0];
    if (!other) return undefined;
    const first = this.desksNearest({ lat: other.p.lat, lon: other.p.lon }, desk, at, 1)[0];
    return first && first.station.id !== station.id ? { place: other.p.name, borough: other.p.borough!, desk: first } : undefined;
  }

  /** The `count` desks of the kind asked nearest to a point, nearest first. */
  private desksNearest(point: LatLon, desk: DeskKind, at: DateTime, count: number): NearbyDesk[] {
    const statuses = this.knowledge.deskStatuses(at);
    const { desks } = this.knowledge;
    return desk === '24/7' ? nearest24x7Desk(desks, point, statuses, count) : desk === 'open-now' ? nearestOpenNowDesk(desks, point, statuses, at, count) : nearestOpenDesk(desks, point, statuses, count);
  }

  private nearest(from: PlaceMatch, desk: DeskKind, at: DateTime, asked?: MomentAsked, count = NEAREST_COUNT, excluded?: string): Answer {
    if (!from.point) {
      const station = from.stationId ? this.station(from.stationId) : null;
      if (station) return { kind: 'no-location-for-station', station, status: this.knowledge.timeline.statusAsOf(station.id, at) };
      return { kind: 'place-not-found', query: from.label };
    }
    const statuses = this.knowledge.deskStatuses(at);
    const found = this.desksNearest(from.point, desk, at, count);
    const results = found.map((d) => {
      const hours = statuses(d.station.id)?.hours ?? null;
      return { ...d, state: hours ? openingStateAt(hours.schedule, at) : null, is24x7: hours?.is24x7 === true, hours };
    });
    const answer = { kind: 'nearest' as const, desk, from, results, nearby: this.nearby(from, at, excluded), ...this.dating(at) };
    if (!asked) return answer;
    const atMoment = nearestAtMoment(this.knowledge, from.point, desk, asked, count, this.contacts(), at);
    return { ...answer, results: atMoment.results ?? results, moment: atMoment.moment };
  }

  // ---------------------------------------------------------------------------
  // Places, boroughs and lists

  /** Other counters (open or not) whose names hold every word of this counter's short name ("Windmill Road (Croydon custody centre)" for Croydon). */
  private othersOfTheName(place: PlaceMatch): string[] {
    const own = place.stationId ? this.knowledge.data.stations.find((s) => s.id === place.stationId) : undefined;
    if (!own) return [];
    const words = (name: string) => name.toLowerCase().split(/[^a-z']+/).filter(Boolean);
    const short = words(own.name.replace(/\s*\([^()]*\)\s*$/, '').replace(/\s+(police (station|front counter|counter|office)|front counter|front office)$/i, ''));
    return this.knowledge.data.stations.filter((s) => s.id !== own.id && short.every((w) => words(s.name).includes(w))).map((s) => s.name);
  }

  private placeOnly(place: PlaceMatch, at: DateTime): Answer {
    if (place.kind === 'borough') return this.boroughDesks(place, at);
    const station = place.stationId ? this.knowledge.timeline.statusAsOf(place.stationId, at) : null;
    const nearby = place.point && (!station || station.counter !== 'open') ? this.nearby(place, at, place.stationId) : null;
    const now = station?.counter === 'open' && station.hours ? openingStateAt(station.hours.schedule, at) : null;
    return { kind: 'place-only', place, station, now, nearby, dating: this.dating(at), ...(station ? this.movesOf(station) : {}) };
  }

  /** The counters named, measured in a straight line from the place (as nearest answers are), nearest first; `further`, the further asked. */
  private nearerOf(from: PlaceMatch, between: PlaceMention[], at: DateTime, further?: true): Answer {
    const ids = stationIdsOf(between);
    const desks = ids.map((id) => {
      const station = this.station(id);
      const point = station.location ? { lat: station.location.lat, lon: station.location.lon } : null;
      const km = point && from.point ? haversineKm(from.point, point) : null;
      const distance = km === null ? null : { station, distanceKm: roundToTenth(km), distanceMiles: roundToTenth(kmToMiles(km)), approximate: station.location?.precision === 'approximate' || from.approximate };
      const status = this.knowledge.timeline.statusAsOf(id, at);
      // One counter measured ("how far is brixton from SW2"): whether it is open now, said with the distance.
      const now = ids.length === 1 && status.counter === 'open' && status.hours ? { now: openingStateAt(status.hours.schedule, at) } : {};
      return { status, distance, ...now };
    });
    desks.sort((a, b) => (a.distance?.distanceKm ?? Infinity) - (b.distance?.distanceKm ?? Infinity));
    const anyClosed = desks.some((d) => d.status.counter !== 'open');
    const openAlternative = anyClosed && from.point ? (nearestOpenDesk(this.knowledge.desks, from.point, this.knowledge.deskStatuses(at), 1)[0] ?? null) : null;
    return { kind: 'nearer-of', from, desks, openAlternative, ...(further ? { further } : {}), ...this.dating(at) };
  }

  /** What a plan did to each counter of a borough: its last row carried out under the plan, else its decision, else its proposal. */
  private boroughUnderPlan(place: PlaceMatch, planId: string, at: DateTime): Answer {
    const today = this.boroughDesks(place, at);
    const plan = this.knowledge.timeline.planById(planId);
    if (today.kind !== 'borough-desks' || !plan) return today;
    const asOf = this.knowledge.londonDateOf(at);
    const rank = (e: TimelineEvent) => (PLAN_DONE.has(e.kind) ? 3 : e.kind.startsWith('decided') ? 2 : e.kind.startsWith('proposed') ? 1 : 0);
    const steps = this.knowledge.data.stations
      .filter((s) => s.borough === today.borough)
      .map((station) => {
        const rows = this.knowledge.timeline.eventsFor(station.id).filter((e) => e.planId === planId && !e.conflict && e.date <= asOf && rank(e) > 0);
        const best = Math.max(0, ...rows.map(rank));
        return { station, event: rows.filter((e) => rank(e) === best).at(-1) };
      })
      .filter((s): s is { station: Station; event: TimelineEvent } => s.event !== undefined)
      .sort((a, b) => a.station.name.localeCompare(b.station.name));
    return { ...today, underPlan: { plan, steps } };
  }

  /**
   * A borough's counters as of a past date, by the timeline on that date; before the data is complete, said to be partial.
   * `versusNow`: its counters open now too, to set against then.
   */
  private boroughDesksAsOf(place: PlaceMatch, asOf: ListAsOf, at: DateTime, versusNow?: { claim?: 'more-then' | 'more-now' }, desk?: DeskKind, versusYear?: ListAsOf): Answer {
    const borough = place.kind === 'borough' ? place.label : place.borough;
    if (!borough) return { kind: 'place-not-found', query: place.label };
    const inBorough = this.knowledge.timeline.statusesAsOf(asOf.date).filter((s) => s.station.borough === borough);
    const open = inBorough.filter((s) => s.counter === 'open').sort((a, b) => a.station.name.localeCompare(b.station.name));
    const completeFrom = this.knowledge.data.meta.counterList.since;
    const openNow = () => this.knowledge.statusesAsOf(at).filter((s) => s.station.borough === borough && s.counter === 'open').sort((a, b) => a.station.name.localeCompare(b.station.name));
    const asked = {
      label: asOf.label,
      ...(asOf.year !== undefined ? { year: asOf.year } : {}),
      incomplete: asOf.date < completeFrom,
      completeFrom,
      ...(versusNow ? { versusNow: { ...versusNow, openNow: openNow(), today: this.knowledge.londonDateOf(at) } } : {}),
      ...(versusYear
        ? {
            versusYear: {
              label: versusYear.label,
              ...(versusYear.year !== undefined ? { year: versusYear.year } : {}),
              open: this.knowledge.timeline.statusesAsOf(versusYear.date).filter((s) => s.station.borough === borough && s.counter === 'open').sort((a, b) => a.station.name.localeCompare(b.station.name)),
              incomplete: versusYear.date < completeFrom,
            },
          }
        : {}),
    };
    // "Which station in Bexley used to be 24 hours?": its 24-hour counters then, and what those counters are now.
    const deskAsked = desk === '24/7' ? { deskAsked: { desk, states: [], now: openNow() } } : {};
    return { kind: 'borough-desks', borough, open, closedRecently: [], nearby: null, contacts: this.contacts(), asked, ...deskAsked, ...this.dating(at), asOf: asOf.date };
  }

  /**
   * A borough's counters open now. `desk` asked ("is there a 24 hour station in Bexley", "which stations in Bromley are
   * open now"): each counter's state now, and where none answers, the nearest counters outside that do.
   */
  /**
   * Whether there is a counter in a place asked ("is there a police station in peckham / canary wharf"): the counter
   * named after it (open, or closed with its date), else none; undefined when none is named after it yet an open one
   * (of those `open` allows) stands within 1 km (Covent Garden's is Charing Cross, in Agar Street): not said to be none.
   */
  private placeAskedNow(place: PlaceMatch, at: DateTime, yesNo: true | undefined, open: (id: string) => boolean): PlaceAskedNow | undefined {
    const namesake = this.namesakeOf(place.label, at);
    const openCloseBy = !namesake && place.point !== null && this.knowledge.desks.nearest(place.point, { k: 1, filter: open })[0]?.distanceKm <= NO_COUNTER_IN_A_PLACE_KM;
    return openCloseBy ? undefined : { label: place.label, namesake, ...(yesNo ? { yesNo } : {}) };
  }

  /**
   * A counter found by words that are the street of its address ("savile row": 27 Savile Row), with its state at `at`,
   * as a place asked of; a counter found by its name or its borough's ("hillingdon police station") is not.
   */
  private counterOnItsStreet(place: PlaceMatch, said: string | undefined, at: DateTime, yesNo: true | undefined): PlaceAskedNow | undefined {
    if (place.kind !== 'station' || !place.stationId || !said) return undefined;
    const street = said.toLowerCase().replace(/[^a-z ]/g, '').replace(/ (?:police|station|counter|desk|front)\b.*$/, '').trim();
    if (!/\s/.test(street)) return undefined;
    const status = this.knowledge.statusesAsOf(at).find((s) => s.station.id === place.stationId);
    const address = status?.station.address?.toLowerCase().replace(/[^a-z ,]/g, '') ?? '';
    if (!status || !new RegExp(`(?:^|[ ,])${street}(?:$|[ ,])`).test(address)) return undefined;
    return { label: street, namesake: status, ...(yesNo ? { yesNo } : {}) };
  }

  /** The counter named after a place ("Peckham": Peckham Police Station, or one of its other names), with its state at `at`. */
  private namesakeOf(label: string, at: DateTime): CounterStatus | null {
    const said = label.toLowerCase();
    const named = (name: string) => name.toLowerCase().replace(/ police station$/, '') === said;
    return this.knowledge.statusesAsOf(at).find((s) => named(s.station.name) || s.station.aliases.some(named)) ?? null;
  }

  private boroughDesks(place: PlaceMatch, at: DateTime, desk?: DeskKind): Answer {
    const borough = place.kind === 'borough' ? place.label : place.borough;
    if (!borough) return { kind: 'place-not-found', query: place.label };
    const inBorough = this.knowledge.statusesAsOf(at).filter((s) => s.station.borough === borough);
    const open = inBorough.filter((s) => s.counter === 'open');
    // Closures since the data is complete (the counter list of 2017) are worth mentioning.
    const recentSince = this.knowledge.data.meta.counterList.since;
    const closedRecently = inBorough
      .filter((s) => s.counter === 'closed' && s.since !== null && s.since.date >= recentSince && s.basis === 'timeline')
      .sort((a, b) => (b.since!.date < a.since!.date ? -1 : 1));
    const boroughMatch = place.kind === 'borough' ? place : this.knowledge.locator.boroughs.get(borough);
    const point = boroughMatch && 'point' in boroughMatch ? boroughMatch.point : place.point;
    const from: PlaceMatch = { kind: 'borough', label: borough, point, approximate: true, borough, score: place.score };
    const states = open.map((s) => (s.hours ? openingStateAt(s.hours.schedule, at) : null));
    const asked = desk === '24/7' || desk === 'open-now' ? { deskAsked: { desk, states, now: open } } : {};
    const noneAsAsked = desk === '24/7' ? !open.some((s) => s.hours?.is24x7) : desk === 'open-now' ? !states.some((st) => st?.open) : false;
    return {
      kind: 'borough-desks',
      borough,
      open,
      closedRecently,
      ...asked,
      nearby: (open.length === 0 || noneAsAsked) && point ? this.nearby(from, at) : null,
      contacts: this.contacts(),
      ...this.dating(at),
    };
  }

  /** The open counters of two areas (boroughs or parts of London), now, to be set against each other. */
  private countsCompared(areas: readonly CountedArea[], at: DateTime, claim?: 'first-more' | 'first-fewer', asked: { fewer?: true; roundTheClock?: true } = {}): Answer {
    // "which has more 24 hour stations": only the counters open round the clock are counted.
    const open = this.knowledge.statusesAsOf(at).filter((s) => s.counter === 'open' && (!asked.roundTheClock || s.hours?.is24x7 === true));
    const counted = areas.map((area) => {
      if ('part' in area) {
        const inPart = partOfLondonFilter(this.knowledge.data.stations, area.part);
        return { label: area.part.label, part: true, open: open.filter((s) => inPart(s.station)) };
      }
      const match = area.place.result.status === 'found' ? area.place.result.match : null;
      const borough = match?.kind === 'borough' ? match.label : match?.borough;
      return { label: borough ?? area.place.text, part: false, open: borough ? open.filter((s) => s.station.borough === borough) : [] };
    });
    return { kind: 'counts-compared', areas: counted, ...(claim ? { claim } : {}), ...(asked.fewer ? { fewer: true as const } : {}), ...(asked.roundTheClock ? { roundTheClock: true as const } : {}), ...this.dating(at) };
  }

  /**
   * Every counter open in London with its hours, the counters sharing hours together (most first). With a
   * moment asked ("now", "at 9pm"), only those open then; with a day ("today", "on Sunday", "at the weekend"),
   * only those open at some time that day, by the counters' state on that day.
   */
  private openList(at: DateTime, when?: WhenAsked, part?: PartOfLondon, closedAsked = false, except?: PlaceMention[]): Answer {
    const today = this.knowledge.londonDateOf(at);
    const day = when && (when.kind === 'date' || when.kind === 'weekday') ? when.date : when?.kind === 'weekend' ? when.dates[0] : null;
    const statuses = day && day !== today ? this.knowledge.timeline.statusesAsOf(day) : this.knowledge.statusesAsOf(at);
    const open = statuses.filter((s) => s.counter === 'open');
    const moment = when?.kind === 'now' ? at : when?.kind === 'instant' ? londonInstant(when.iso) : null;
    const dates = when?.kind === 'weekend' ? when.dates : day ? [day] : [];
    const dayPart = (when?.kind === 'date' || when?.kind === 'weekday') && when.part ? when.part : undefined;
    const partFilter = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    // "apart from charing cross": those left out are named, not listed.
    const leftOutIds = new Set(stationIdsOf(except));
    const inPart = (station: Station) => partFilter(station) && !leftOutIds.has(station.id);
    const span = dayPart && day ? partSpan(dayPart, londonInstant(day)) : undefined;
    const listed = open.filter((s) => {
      if (!inPart(s.station)) return false;
      if (!s.hours) return when === undefined || when.kind === 'week';
      if (moment) return openingStateAt(s.hours.schedule, moment).open;
      // "anything open tomorrow night": open at some time within that part of the day.
      if (span && day) return opensWithin(hoursOn(s.hours.schedule, day), span);
      return dates.length === 0 || dates.some((d) => !hoursOn(s.hours!.schedule, d).closedAllDay);
    });
    const groups = new Map<string | null, CounterStatus[]>();
    for (const s of listed) groups.set(s.hours?.text ?? null, [...(groups.get(s.hours?.text ?? null) ?? []), s]);
    const sorted = [...groups.entries()]
      .map(([hours, desks]) => ({ hours, desks: desks.sort((a, b) => a.station.name.localeCompare(b.station.name)) }))
      .sort((a, b) => (a.hours === null ? 1 : b.hours === null ? -1 : a.desks.length - b.desks.length || a.hours.localeCompare(b.hours)));
    const asked = when && when.kind !== 'week' ? { asked: { label: when.kind === 'now' ? 'now' : dayPart ? labelWithPart(when.label, dayPart) : when.label, moment: moment !== null } } : {};
    const closedThen = closedAsked ? open.filter((s) => inPart(s.station) && !listed.includes(s)) : null;
    // "open at 8 on saturday": 08:00 taken, and the counters open at 20:00 that day beside it.
    const otherMoment = when?.kind === 'instant' && when.otherHalf ? londonInstant(when.otherHalf) : null;
    const otherHalf = otherMoment && when?.kind === 'instant' ? { otherHalf: { iso: when.otherHalf!, open: open.filter((s) => inPart(s.station) && s.hours !== null && openingStateAt(s.hours.schedule, otherMoment).open) } } : {};
    const leftOut = leftOutIds.size > 0 ? { leftOut: statuses.filter((s) => leftOutIds.has(s.station.id)) } : {};
    return { kind: 'open-list', groups: sorted, openCount: open.length, ...asked, ...(part ? { part } : {}), ...(closedThen ? { closedThen } : {}), ...otherHalf, ...leftOut, ...this.dating(at) };
  }

  /**
   * For a count asked as of a date: the plan whose list the data is complete from, and the first plan decided on
   * or after the date (its summary gives the counts of that time: "Closed 63 of London's 136").
   */
  private plansAround(date: string): Pick<PastList, 'counterListPlan' | 'planThen' | 'planBefore'> {
    const { plans, meta } = this.knowledge.data;
    const byDecision = [...plans].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1));
    const planThen = byDecision.find((p) => p.decidedOn >= date.slice(0, p.decidedOn.length));
    // The plan that shaped the counters of that date ("in 2014": the 2013 plan, which left 73).
    const planBefore = byDecision.filter((p) => p.decidedOn < date.slice(0, p.decidedOn.length) && p.status === 'implemented').pop();
    return { counterListPlan: plans.find((p) => p.id === meta.counterList.planId)?.shortName ?? '', ...(planThen ? { planThen } : {}), ...(planBefore ? { planBefore } : {}) };
  }

  /** The 24-hour desks now, or as of a date asked ("in 2020"), by the timeline on that date. */
  /** The first day the sources hold every counter, as a date asked: the earliest count there is to set against now. */
  private firstCounted(): ListAsOf {
    const since = this.knowledge.data.meta.counterList.since;
    return { date: since, label: formatDay(since) };
  }

  private list24x7(at: DateTime, asOf?: ListAsOf, allCounters?: 'counted' | 'listed', part?: PartOfLondon, versusNow?: { claim?: 'more-then' | 'more-now' }, versusYear?: ListAsOf): Answer {
    const today = this.knowledge.londonDateOf(at);
    const date = asOf && asOf.date !== today ? asOf.date : null;
    // A part of London asked with a date ("which were open in south london in 2019"): only the counters in it, by map position.
    const inPart = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    // A date other than today goes to the timeline directly, so the day's shared statuses stay cached.
    const statuses = (date ? this.knowledge.timeline.statusesAsOf(date) : this.knowledge.statusesAsOf(at)).filter((s) => inPart(s.station));
    const open = statuses.filter((s) => s.counter === 'open');
    const desks = open.filter((s) => s.hours?.is24x7);
    const since = desks.reduce<string | null>((latest, s) => (s.hours && (!latest || s.hours.since.date > latest) ? s.hours.since.date : latest), null);
    const answer = { kind: 'list-24x7' as const, desks, since, openCount: open.length, ...this.dating(at), ...this.closureRounds() };
    if (!date || !asOf) return answer;
    const asked: PastList = {
      label: asOf.label,
      ...(asOf.year !== undefined ? { year: asOf.year } : {}),
      ...(asOf.before !== undefined ? { before: asOf.before } : {}),
      past: date < today,
      incomplete: date < this.knowledge.data.meta.counterList.since,
      completeFrom: this.knowledge.data.meta.counterList.since,
      unknownHoursCount: open.filter((s) => !s.hours).length,
      ...(allCounters ? { allCounters, counterList: this.knowledge.data.meta.counterList, ...this.plansAround(date), ...(allCounters === 'listed' ? { open } : {}) } : {}),
      ...(part ? { part: part.label } : {}),
      // The count now of the same kind: every open counter, or (only the 24-hour ones asked) those open 24 hours.
      ...(versusNow ? { versusNow: { openNow: this.knowledge.statusesAsOf(at).filter((s) => s.counter === 'open' && inPart(s.station) && (allCounters !== undefined || s.hours?.is24x7 === true)).length, today, ...versusNow } } : {}),
      // The other year's count of the same kind: every open counter, or (only the 24-hour ones asked) those open 24 hours,
      // with how many open then the sources give no hours for.
      ...(versusYear
        ? (() => {
            const openThen = this.knowledge.timeline.statusesAsOf(versusYear.date).filter((s) => s.counter === 'open' && inPart(s.station));
            return {
              versusYear: {
                label: versusYear.label,
                ...(versusYear.year !== undefined ? { year: versusYear.year } : {}),
                ...(versusYear.before !== undefined ? { before: versusYear.before } : {}),
                openCount: allCounters ? openThen.length : openThen.filter((s) => s.hours?.is24x7).length,
                incomplete: versusYear.date < this.knowledge.data.meta.counterList.since,
                ...(allCounters ? {} : { unknownHoursCount: openThen.filter((s) => !s.hours).length }),
              },
            };
          })()
        : {}),
    };
    return { ...answer, asOf: date, asked };
  }

  /**
   * The counters that closed in a period (a plan's round, a month, a year), or since the data is complete
   * (the counter list) when none is named: each counter's last closure in it, oldest first. A closure known
   * only "by" a date belongs to no period.
   */
  /**
   * "How many 24 hour stations closed in 2026": of the closures, those open 24 hours a day the day before they closed; and
   * the counters open 24 hours a day that lost it in the period, or under the round's own plan, while staying open.
   */
  private roundTheClockClosures(answer: Answer, period: ClosurePeriod | undefined, part: PartOfLondon | undefined): Answer {
    if (answer.kind !== 'closures-list') return answer;
    const { timeline } = this.knowledge;
    const wasRoundTheClock = (id: string, date: string) => timeline.statusAsOf(id, dayBefore(date)).hours?.is24x7 === true;
    const closures = answer.closures.filter((c) => wasRoundTheClock(c.status.station.id, c.event.date));
    // Before mid-2017 the sources often give no hours: those are not counted as not 24 hours.
    const hoursUnknown = answer.closures.filter((c) => !timeline.statusAsOf(c.status.station.id, dayBefore(c.event.date)).hours).length;
    const inPart = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    const hoursCut = period
      ? this.knowledge.data.stations.filter(inPart).flatMap((station) => {
          const cut = timeline
            .eventsFor(station.id)
            .find((e) => e.kind === 'hours' && !e.conflict && ((e.date >= period.from && e.date <= period.to) || (period.planId !== undefined && e.planId === period.planId)) && wasRoundTheClock(station.id, e.date) && timeline.statusAsOf(station.id, e.date).hours?.is24x7 === false);
          return cut ? [{ station, event: cut }] : [];
        })
      : [];
    return { ...answer, closures, roundTheClock: { closedInAll: answer.closures.length, hoursUnknown, hoursCut } };
  }

  private closures(period: ClosurePeriod | undefined, at: DateTime, happened?: true, part?: PartOfLondon, byYear?: 'each' | 'most', byBorough?: 'each' | 'most'): Answer {
    const asOf = this.knowledge.londonDateOf(at);
    const { timeline } = this.knowledge;
    const after = period ? endOfWindow(period.to, 'day') : null;
    // A closure known only "by" a date (Marlowe House "by 6 August 2025") is in a period when the whole span it may have
    // fallen in is: from its plan's proposal (no counter closes under a plan before it is put forward) to that date. So
    // "since 2017" counts it, as the list with no period does; "in 2025" does not (it may have closed before).
    const closedFromInPeriod = (e: TimelineEvent, from: string) => {
      const proposed = e.planId ? (timeline.planById(e.planId)?.proposedOn ?? '') : '';
      return proposed !== '' && proposed >= from.slice(0, proposed.length);
    };
    const inPeriod = (e: TimelineEvent) =>
      period && after
        ? (e.dateQualifier !== 'by' ? e.date >= period.from : closedFromInPeriod(e, period.from)) && endOfWindow(e.date, e.datePrecision) <= after
        : e.date >= this.knowledge.data.meta.counterList.since;
    const closures: { status: CounterStatus; event: TimelineEvent }[] = [];
    const inPart = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    for (const status of this.knowledge.statusesAsOf(at)) {
      if (!inPart(status.station)) continue;
      const event = timeline
        .eventsFor(status.station.id)
        .filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf && inPeriod(e))
        .pop();
      if (event) closures.push({ status, event });
    }
    // "what closed in 2025", answered with the 2025 review: the closures dated in 2025 itself, and apart those known only
    // "by" a date then (Marlowe House "by 6 August 2025": perhaps in the year, perhaps before). One pass over the counters.
    const yearSaid = period?.yearSaid;
    let closedInYearSaid: number | undefined;
    let closedByInYearSaid: { station: Station; date: string }[] | undefined;
    if (yearSaid !== undefined) {
      closedInYearSaid = 0;
      closedByInYearSaid = [];
      for (const s of this.knowledge.statusesAsOf(at)) {
        if (!inPart(s.station)) continue;
        const inYear = timeline.eventsFor(s.station.id).filter((e) => e.kind === 'closed' && !e.conflict && e.date.startsWith(String(yearSaid)));
        if (inYear.some((e) => e.dateQualifier !== 'by')) closedInYearSaid++;
        const by = inYear.find((e) => e.dateQualifier === 'by');
        if (by) closedByInYearSaid.push({ station: s.station, date: by.date });
      }
    } else if (period && closures.length === 0) {
      // "which counters closed last year" (2025), none dated in it: those known only "by" a date in it may have closed
      // then, or before; said beside the "none", never left out.
      const counted = new Set(closures.map((c) => c.status.station.id));
      closedByInYearSaid = [];
      for (const s of this.knowledge.statusesAsOf(at)) {
        if (!inPart(s.station) || counted.has(s.station.id)) continue;
        const by = timeline.eventsFor(s.station.id).find((e) => e.kind === 'closed' && !e.conflict && e.dateQualifier === 'by' && e.date >= period.from && e.date <= period.to && e.date <= asOf);
        if (by) closedByInYearSaid.push({ station: s.station, date: by.date });
      }
    }
    closures.sort((a, b) => (a.event.date === b.event.date ? a.status.station.name.localeCompare(b.status.station.name) : a.event.date < b.event.date ? -1 : 1));
    const planIds = new Set([...(period?.planId ? [period.planId] : []), ...closures.map((c) => c.event.planId).filter((id) => id !== null)]);
    const more = happened && period ? { happened: changesIn(this.knowledge.statusesAsOf(at), timeline, period, asOf) } : {};
    for (const e of more.happened?.hoursChanges ?? []) if (e.event.planId) planIds.add(e.event.planId);
    // A plan proposed or decided in the period (its dates as precise as the data has them) is part of what happened.
    const within = (date: string) => date !== '' && date >= period!.from.slice(0, date.length) && date <= period!.to.slice(0, date.length);
    if (happened && period) for (const p of this.knowledge.data.plans) if (within(p.proposedOn) || within(p.decidedOn)) planIds.add(p.id);
    const plans = [...planIds].map((id) => timeline.planById(id)).filter((p) => p !== undefined);
    const completeFrom = this.knowledge.data.meta.counterList.since;
    // A period from a year before the list's (2013, "since 2015"); "since 2017" counts from the list's own start.
    const incomplete = period && period.from.slice(0, 4) < completeFrom.slice(0, 4) ? { incomplete: { completeFrom } } : {};
    // A part of London asked with no period ("any closures in south london"): what is planned there is said beside what closed.
    const aheadInPart = part && !period && !happened ? { aheadInPart: closuresAhead(this.knowledge.statusesAsOf(at).filter((s) => s.counter === 'open' && inPart(s.station))) } : {};
    // "which year had the most closures since 2020": the years of the period counted.
    const counted = byYear && (!period || byYear === 'most') ? { byYear: this.closuresByYear(byYear, at, inPart, period) } : byBorough ? { byBorough: this.closuresByBorough(byBorough, at, inPart, period) } : {};
    // Closures of one plan: what the plan decided for London as a whole (its own count, which may differ from those dated).
    const closingPlans = [...new Set(closures.map((c) => c.event.planId))];
    const decided = closingPlans.length === 1 && closingPlans[0] ? timeline.planSteps(closingPlans[0]).filter((st) => st.kind === 'decided-close').at(-1) : undefined;
    const planDecided = decided ? { planDecided: { date: decided.date, precision: decided.precision, value: decided.value } } : {};
    return { kind: 'closures-list', ...(period ? { period } : {}), ...(part ? { part } : {}), ...aheadInPart, ...counted, ...planDecided, ...(closedInYearSaid !== undefined ? { closedInYearSaid } : {}), ...(closedByInYearSaid && closedByInYearSaid.length > 0 ? { closedByInYearSaid } : {}), closures, plans, ...more, ...incomplete, ...this.dating(at), ...this.closureRounds() };
  }

  /**
   * "Which ones?" after "which year had the most closures?" or "which borough lost the most?": the closures of that year
   * (the calendar year, as it was counted) or of that borough, named; the counts again when several share the most.
   */
  private closuresOfTheMost(by: 'year' | 'borough', at: DateTime, part?: PartOfLondon): Answer {
    const inPart = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    if (by === 'year') {
      const { years } = this.closuresByYear('most', at, inPart);
      const most = Math.max(...years.map((y) => y.closed));
      const top = years.filter((y) => y.closed === most);
      if (top.length !== 1) return this.closures(undefined, at, undefined, part, 'most');
      const year = Number(top[0].year);
      return this.closures({ from: `${year}-01-01`, to: `${year}-12-31`, label: String(year), yearSaid: year }, at, undefined, part);
    }
    const { boroughs } = this.closuresByBorough('most', at, inPart);
    const top = boroughs.filter((b) => b.closed === boroughs[0]?.closed);
    if (top.length !== 1) return this.closures(undefined, at, undefined, part, undefined, 'most');
    return this.closures(undefined, at, undefined, { label: top[0].borough, directions: [], boroughs: [top[0].borough] });
  }

  /**
   * The boroughs whose last open counter closed in the period asked (a year said as a plan's: that calendar year), or
   * at any time since the data holds every counter (July 2017): each with the closure that left it none, oldest first.
   * A period before the complete list cannot be answered: the boroughs then are not all known.
   */
  private lastCountersLost(asked: ClosurePeriod | true, at: DateTime): LastCountersLost {
    const asOf = this.knowledge.londonDateOf(at);
    const completeFrom = this.knowledge.data.meta.counterList.since;
    const period = asked === true ? undefined : asked.yearSaid !== undefined ? { from: `${asked.yearSaid}-01-01`, to: `${asked.yearSaid}-12-31`, label: String(asked.yearSaid) } : asked;
    const from = period && period.from > completeFrom ? period.from : completeFrom;
    const to = period && period.to < asOf ? period.to : asOf;
    const base = { ...(period ? { period: period.label } : {}), completeFrom };
    if (period && period.to < completeFrom) return { ...base, incomplete: true, before: true, lost: [] };
    const { timeline } = this.knowledge;
    const open = (date: string, borough: string) => timeline.statusesAsOf(date).some((s) => s.counter === 'open' && s.station.borough === borough);
    const lost: LastCountersLost['lost'] = [];
    for (const station of this.knowledge.data.stations) {
      for (const event of timeline.eventsFor(station.id)) {
        if (event.kind !== 'closed' || event.conflict || event.dateQualifier === 'by' || event.date < from || event.date > to) continue;
        const { borough } = station;
        if (open(event.date, borough) || !open(dayBefore(event.date), borough)) continue;
        if (!lost.some((l) => l.borough === borough && l.event.date === event.date)) lost.push({ borough, station, event, hasOneNow: open(asOf, borough) });
      }
    }
    lost.sort((a, b) => (a.event.date === b.event.date ? a.borough.localeCompare(b.borough) : a.event.date < b.event.date ? -1 : 1));
    return { ...base, ...(period && period.from < completeFrom ? { incomplete: true } : {}), lost };
  }

  /**
   * Every closure the timeline dates from when the sources cover every counter (July 2017) to the answer's date that
   * did not end in a reopening (`reopeningsOf`), counted by the counter's borough, most first.
   */
  private closuresByBorough(asked: 'each' | 'most', at: DateTime, inPart: (station: Station) => boolean, period?: ClosurePeriod): ClosuresByBorough {
    // "which borough lost the most in 2017": within the period said, from when the sources cover every counter.
    const today = this.knowledge.londonDateOf(at);
    const asOf = period && period.to < today ? period.to : today;
    const from = this.knowledge.data.meta.counterList.since;
    const start = period && period.from > from ? period.from : from;
    const { timeline } = this.knowledge;
    const statuses = this.knowledge.statusesAsOf(at).filter((s) => inPart(s.station));
    const ended = new Set(reopeningsOf(statuses, timeline, asOf).map((r) => r.closed.id));
    const counts = new Map<string, number>();
    let reopened = 0;
    for (const { station } of statuses) {
      for (const e of timeline.eventsFor(station.id)) {
        if (e.kind !== 'closed' || e.conflict || e.date < start || e.date > asOf) continue;
        if (ended.has(e.id)) reopened++;
        else counts.set(station.borough, (counts.get(station.borough) ?? 0) + 1);
      }
    }
    const boroughs = [...counts].map(([borough, closed]) => ({ borough, closed })).sort((a, b) => b.closed - a.closed || a.borough.localeCompare(b.borough));
    return { asked, from, boroughs, reopened, ...(period ? { period: { label: period.label, to: asOf } } : {}) };
  }

  /**
   * Every closure the timeline dates from when the sources cover every counter (July 2017) to the answer's date,
   * counted by year: a counter that closed twice (a refurbishment, then for good) counts in each year it closed, and
   * a closure that ended (`reopeningsOf`) is counted as reopened.
   */
  private closuresByYear(asked: 'each' | 'most', at: DateTime, inPart: (station: Station) => boolean, period?: ClosurePeriod): ClosuresByYear {
    const completeFrom = this.knowledge.data.meta.counterList.since;
    const from = period && period.from > completeFrom ? period.from : completeFrom;
    const asOf = period && period.to < this.knowledge.londonDateOf(at) ? period.to : this.knowledge.londonDateOf(at);
    const { timeline } = this.knowledge;
    const statuses = this.knowledge.statusesAsOf(at).filter((s) => inPart(s.station));
    const ended = new Set(reopeningsOf(statuses, timeline, asOf).map((r) => r.closed.id));
    const years = new Map<string, ClosureYear>();
    for (const { station } of statuses) {
      for (const e of timeline.eventsFor(station.id)) {
        if (e.kind !== 'closed' || e.conflict || e.date < from || e.date > asOf) continue;
        const year = e.date.slice(0, 4);
        const seen = years.get(year) ?? { year, closed: 0, knownOnlyBy: 0, reopened: 0 };
        seen.closed++;
        if (e.dateQualifier === 'by') seen.knownOnlyBy++;
        if (ended.has(e.id)) seen.reopened++;
        years.set(year, seen);
      }
    }
    return { asked, from, years: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)) };
  }

  /** The closures that ended ("which stations reopened?"), in all London or a part of it, and in a period when asked. */
  private reopenings(period: ClosurePeriod | undefined, part: PartOfLondon | undefined, at: DateTime, periodOf: 'closed' | 'reopened', latest = false, whetherAsked = false): Answer {
    const inPart = part ? partOfLondonFilter(this.knowledge.data.stations, part) : () => true;
    const statuses = this.knowledge.statusesAsOf(at).filter((s) => inPart(s.station));
    const found = reopeningsOf(statuses, this.knowledge.timeline, this.knowledge.londonDateOf(at), period && { ...period, of: periodOf });
    return reopeningsAnswer(found, { period, part, ...(period && periodOf === 'closed' ? { periodOf } : {}), ...(latest ? { latest: true as const } : {}), ...(whetherAsked ? { whetherAsked: true as const } : {}) }, this.dating(at));
  }

  /** Why one plan closed counters: that plan alone, with the reasons the data gives for its era (all plans' when it gives none). */
  private planReasons(planId: string, at: DateTime): Answer {
    const answer = this.plans('why', undefined, at);
    const reasons = this.closureReasons(planId);
    if (answer.kind !== 'plans' || !reasons || reasons.facts.length === 0) return answer;
    return { ...answer, plans: answer.plans.filter((p) => p.id === planId), facts: answer.facts.filter((f) => reasons.facts.includes(f)), whyOf: reasons.planName };
  }

  /** Why counters closed (every plan, most recent first), how many are left, every plan, or one of them. */
  private plans(topic: PlanTopic, planId: string | undefined, at: DateTime, newHours: boolean | 'which' = false, part?: PartOfLondon): Answer {
    const { data, timeline } = this.knowledge;
    const byDate = [...data.plans].sort((a, b) => (a.proposedOn < b.proposedOn ? -1 : 1));
    const latest = byDate.slice(-1);
    const chosen = topic === 'plan' ? [timeline.planById(planId ?? '')].filter((p) => p !== undefined) : topic === 'who' && planId ? [timeline.planById(planId)].filter((p) => p !== undefined) : topic === 'why' || topic === 'who' ? [...byDate].reverse() : topic === 'how-many-left' ? latest : byDate;
    const section = (prefix: string) => data.residentFacts.sections.find((s) => s.id.startsWith(prefix))?.facts ?? [];
    const facts = topic === 'why' ? section('why-counters-were-closed') : [];
    const open = this.knowledge.statusesAsOf(at).filter((s) => s.counter === 'open');
    // Every borough the data has ever had a counter in (the City of London has none in the data).
    const boroughs = new Set(data.stations.map((s) => s.borough));
    for (const s of open) boroughs.delete(s.station.borough);
    const boroughsWithoutCounter = [...boroughs].sort();
    return {
      kind: 'plans',
      topic,
      plans: chosen,
      facts,
      open,
      boroughsWithoutCounter,
      openCount: open.length,
      open24x7Count: open.filter((s) => s.hours?.is24x7).length,
      ...(topic === 'ahead' ? this.closuresAheadIn(open, part) : {}),
      ...(topic === 'reopening-ahead' ? this.reopeningAheadIn(open, part, at) : {}),
      ...(newHours && chosen[0] ? { newHours: this.namedIf(this.newHoursOf(chosen[0].id), newHours === 'which') } : {}),
      ...this.dating(at),
      ...this.closureRounds(),
    };
  }

  /**
   * Counters to reopen, or 24-hour opening to come back, as the timeline says on the answer's date: the openings and
   * hours changes decided for a date ahead, and the latest row of each counter that speaks of reopening it (a proposal,
   * or that a plan left one out), newest first.
   */
  private reopeningAheadIn(open: CounterStatus[], part: PartOfLondon | undefined, at: DateTime): Partial<Pick<Extract<Answer, { kind: 'plans' }>, 'reopeningAhead' | 'part'>> {
    if (!part) return { reopeningAhead: this.reopeningAhead(at) };
    const inPart = partOfLondonFilter(this.knowledge.data.stations, part);
    return { reopeningAhead: this.reopeningAhead(at, (s) => inPart(s)), part: { label: part.label, openCount: open.filter((s) => inPart(s.station)).length } };
  }

  private reopeningAhead(at: DateTime, within: (s: Station) => boolean = () => true): ReopeningAhead {
    const asOf = this.knowledge.londonDateOf(at);
    const statuses = this.knowledge.statusesAsOf(at).filter((s) => within(s.station));
    const upcoming = statuses.flatMap((status) => status.upcoming.filter((u) => u.becomes === 'open' || u.becomes === 'hours').map((change) => ({ station: status.station, change })));
    const said: TimelineEvent[] = [];
    for (const status of statuses) {
      const rows = this.knowledge.timeline.eventsFor(status.station.id).filter((e) => !e.conflict && e.date <= asOf && e.kind !== 'opened' && SPEAKS_OF_REOPENING.test(e.value));
      const latest = rows.at(-1);
      if (latest) said.push(latest);
    }
    return { upcoming, said: said.sort((a, b) => b.date.localeCompare(a.date)) };
  }

  /** The closures ahead among the counters open, or only among those of a part of London when one was named. */
  private closuresAheadIn(open: CounterStatus[], part: PartOfLondon | undefined): Partial<Pick<Extract<Answer, { kind: 'plans' }>, 'closingAhead' | 'part'>> {
    if (!part) return { closingAhead: closuresAhead(open) };
    const inPart = partOfLondonFilter(this.knowledge.data.stations, part);
    const there = open.filter((s) => inPart(s.station));
    return { closingAhead: closuresAhead(there), part: { label: part.label, openCount: there.length } };
  }

  /**
   * When a plan's new hours began: the day most of its `hours` rows share, how many counters changed then, how many
   * of them had been open 24 hours (their row before says so), and the hours most took. Null if it changed none.
   */
  private namedIf(hours: NewHours | null, named: boolean): NewHours | null {
    return hours && named ? { ...hours, named: true } : hours;
  }

  private newHoursOf(planId: string): NewHours | null {
    const { timeline } = this.knowledge;
    const changed: { e: TimelineEvent; before: TimelineEvent | undefined }[] = [];
    for (const station of this.knowledge.data.stations) {
      let before: TimelineEvent | undefined;
      for (const e of timeline.eventsFor(station.id)) {
        if (e.kind !== 'hours' || e.conflict) continue;
        if (e.planId === planId) changed.push({ e, before });
        before = e;
      }
    }
    const byDate = new Map<string, typeof changed>();
    for (const row of changed) byDate.set(row.e.date, [...(byDate.get(row.e.date) ?? []), row]);
    const [date, onDay] = [...byDate].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    if (!date || !onDay) return null;
    const values = new Map<string, number>();
    for (const { e } of onDay) values.set(e.value, (values.get(e.value) ?? 0) + 1);
    const value = [...values].sort((a, b) => b[1] - a[1])[0][0];
    const lost = onDay.filter(({ e, before }) => e.value === value && before?.value === '24/7');
    const stations = lost.map(({ e }) => this.knowledge.data.stations.find((s) => s.id === e.stationId)).filter((s): s is Station => s !== undefined);
    return { date, datePrecision: onDay[0].e.datePrecision, changed: onDay.length, from24x7: lost.length, from24x7Stations: stations, value };
  }

  private closureRounds(): ClosureRounds {
    const rounds = this.knowledge.data.plans.flatMap((p) => (p.closures?.rounds ?? []).map((r) => ({ from: r.from, to: r.to, label: r.label, planId: p.id })));
    return { closureRounds: rounds.sort((a, b) => (a.from < b.from ? -1 : 1)) };
  }

  private contact(topic: 'emergency' | 'report-crime' | 'non-emergency' | 'interpreter' | 'anonymous'): Answer {
    const alternatives = this.knowledge.data.residentFacts.sections.find((s) => s.id.startsWith('if-your-counter-is-closed'))?.facts ?? [];
    return { kind: 'contact', topic, contacts: this.contacts(), alternatives, publishers: this.publishers };
  }

  /** Both questions answered in order; one that needs more from the resident (which place? where?) is asked alone. */
  private both([first, second]: [Question, Question], now: DateTime): Answer {
    const firstAnswer = this.answer(first, now);
    const answers: [Answer, Answer] = [firstAnswer, this.answer(ofTheDeskJustFound(first, firstAnswer, second), now)];
    const asking = answers.find((a) => a.kind === 'ask-location' || a.kind === 'ask-station' || a.kind === 'choose-place');
    // A request declined keeps its "I can't ..." before the question back ("print me a map to the nearest station").
    if (!asking || answers[0].kind === 'cannot-do') return { kind: 'both', answers };
    // A fear told keeps 999 before the question back, which still waits for the answer.
    return first.intent === 'emergency' && answers[0].kind === 'contact' ? { ...asking, leadsWith: answers[0] } : asking;
  }

  /** A question about the service; a counter named with it is answered for, when it resolves to one. */
  private service(topic: ServiceTopic, place: PlaceMention | null, at: DateTime, happened?: Happened): Answer {
    const match = place?.result.status === 'found' ? place.result.match : undefined;
    const counter = match?.stationId ? this.knowledge.timeline.statusAsOf(match.stationId, at) : null;
    const { timeline } = this.knowledge;
    const answer = serviceAnswer(this.knowledge.data, topic, (id) => timeline.eventsFor(id), this.knowledge.statusesAsOf(at), counter, this.dating(at), happened);
    // "when did twickenham open": no building dates, but a counter the timeline shows opening (a new or moved counter) says when.
    if (topic === 'age' && answer.kind === 'service' && counter) return { ...answer, events: timeline.eventsFor(counter.station.id).filter((e) => e.kind === 'opened') };
    return answer;
  }

  /**
   * The pledges made while the Mayor named with a plan was in office ("what did boris promise"): from the plan's year to
   * the next plan under another Mayor. A pledge with no year is counted as the latest Mayor's. None: the plan is given.
   */
  private pledgesOf(planId: string, facts: ResidentFact[]): { facts: ResidentFact[]; pledgesOf?: { person: string; plan: { shortName: string; summary: string } } } {
    const plans = this.knowledge.data.plans;
    const plan = plans.find((p) => p.id === planId);
    const mayor = plan?.people.find((p) => p.role === 'Mayor');
    if (!plan || !mayor) return { facts };
    const nextMayors = plans.filter((p) => p.years.proposed > plan.years.proposed && p.people.some((q) => q.role === 'Mayor' && q.fullName !== mayor.fullName));
    const until = Math.min(Infinity, ...nextMayors.map((p) => p.years.proposed));
    const his = facts.filter((f) => {
      const year = /^(?:pledges residents may mention:\s*)?(\d{4})\b/i.exec(f.text)?.[1];
      return year === undefined ? until === Infinity : Number(year) >= plan.years.proposed && Number(year) < until;
    });
    return { facts: his, pledgesOf: { person: mayor.fullName, plan: { shortName: plan.shortName, summary: plan.summary } } };
  }

  /** A request declined: the counter named (its address, whether open) and where to get it done instead. */
  private cannotDo(task: CannotDoTask, place: PlaceMention | null, at: DateTime): Answer {
    const stationId = place?.result.status === 'found' ? place.result.match.stationId : undefined;
    const station = stationId ? { station: this.station(stationId), status: this.knowledge.timeline.statusAsOf(stationId, at) } : null;
    const elsewhere = this.knowledge.data.residentFacts.sections.find((s) => s.id.startsWith('if-your-counter-is-closed'))?.facts ?? [];
    // Appointments, and an officer coming to see a victim, are booked through 101 (resident-facts §4).
    const help = task === 'booking' || task === 'send-officer' || task === 'victim-support' ? (elsewhere.find((f) => /^In-person appointments\b/i.test(f.text)) ?? null) : null;
    return { kind: 'cannot-do', task, contacts: this.contacts(), station, help, publishers: this.publishers };
  }

  private contacts(): ContactFacts {
    return this.knowledge.data.residentFacts.contacts;
  }

  private dating(at: DateTime): AnswerDating {
    const { meta } = this.knowledge.data;
    return { asOf: this.knowledge.londonDateOf(at), at: at.toISO() ?? '', verifiedOn: meta.verifiedOn, sourcesUpTo: meta.sourcesUpTo, publishers: this.publishers };
  }
}

/** The London calendar dates a `when` covers: today for "now", none for the week table. */
/** Monday to Friday of the seven days from `at`'s day on London's clock, in the week's order. */
function workingDays(schedule: WeeklySchedule, at: DateTime): DayHours[] {
  const from = at.setZone('Europe/London').startOf('day');
  return Array.from({ length: 7 }, (_, i) => hoursOn(schedule, from.plus({ days: i }))).filter((d) => d.weekday <= 5).sort((a, b) => a.weekday - b.weekday);
}

function datesAsked(when: WhenAsked, at: DateTime): string[] {
  switch (when.kind) {
    case 'date':
    case 'weekday':
      return [when.date];
    case 'weekend':
      return [...when.dates];
    case 'instant':
      return [londonInstant(when.iso).toISODate() ?? ''];
    case 'now':
      return [at.toISODate() ?? ''];
    case 'week':
      return [];
  }
}

type NearestQuestion = Extract<Question, { intent: 'nearest' }>;
type ComparedQuestion = Extract<Question, { intent: 'hours' | 'open-now' | 'status' }>;

/** The moment a nearest question names; undefined when it names none (the answer is for now). */
function momentAsked(question: NearestQuestion): MomentAsked | undefined {
  if (!question.when && !question.specialDay) return undefined;
  return { ...(question.when ? { when: question.when } : {}), ...(question.specialDay ? { specialDay: question.specialDay } : {}) };
}

/** "Where are you?" for a nearest question remembers the moment it is about. */
/** A place the Met does not police, asked with the Met named: the answer says so, for its counter to lead. */
function metAsked(question: NearestQuestion, answer: Answer): Answer {
  return question.metAsked && answer.kind === 'outside-met' ? { ...answer, metAsked: true } : answer;
}

function momentPending(question: NearestQuestion): { moment?: MomentAsked } {
  const moment = momentAsked(question);
  return moment ? { moment } : {};
}

/** The open counters a closure is ahead for, as their sources say: decided, proposed, or reported (closingOutlook). */
function closuresAhead(open: readonly CounterStatus[]): { status: CounterStatus; outlook: ClosingOutlook }[] {
  return open.map((status) => ({ status, outlook: closingOutlook(status) })).filter(({ outlook: o }) => o.decided !== null || o.proposed !== null || o.reported !== null);
}

/** Within this distance of the middle of London's counters, a counter is central (as well as in its compass part). */
const CENTRAL_KM = 4;

/**
 * London's own postcode areas by the part of London they are named for (Royal Mail: SE is "London South East",
 * EC "London Eastern Central"). Residents say a part of London by these names, so they decide first.
 */
const POSTAL_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['N', ['north']], ['NW', ['north', 'west']], ['E', ['east']], ['SE', ['south', 'east']], ['SW', ['south', 'west']], ['W', ['west']],
  ['EC', ['central']], ['WC', ['central']],
]);

/** A two-way part ("south east"): within this angle of the bearing between its two directions. */
const BETWEEN_TWO_DEGREES = 35;

/**
 * Whether a counter lies in a part of London named by compass. Read the same way for every counter:
 * - A counter in one of London's own postcode areas takes that area's part, and only it: E is east London,
 *   SE south east London (so Lewisham, SE13, is not "east London"), NW north west London. The Thames splits
 *   London into north and south, so "north London" takes in N and NW, "south London" SE and SW; "east" and
 *   "west London" are the areas named for them alone (E; W).
 * - A counter outside those areas (IG, RM, BR, CR, HA, UB, TW, KT, SM, EN, DA) by its position against the middle
 *   of every counter on record: "east" when east is its main direction (within 45 degrees of due east), "south east"
 *   within 35 degrees of south-east, so Bromley is south east London and Ilford east London.
 * - "Central": the postcode areas EC and WC, or within 4 km of the middle, whatever the area.
 * Boroughs named ("croydon and sutton"): the counters in them.
 */
function partOfLondonFilter(stations: readonly Station[], part: PartOfLondon): (station: Station) => boolean {
  const boroughs = part.boroughs;
  if (boroughs) return (station) => boroughs.includes(station.borough);
  const placed = stations.filter((s) => s.location !== null);
  const lat = placed.reduce((sum, s) => sum + s.location!.lat, 0) / placed.length;
  const lon = placed.reduce((sum, s) => sum + s.location!.lon, 0) / placed.length;
  const compass = part.directions.filter((d) => d !== 'central');
  return (station) => {
    if (!station.location) return false;
    const north = (station.location.lat - lat) * 111.2;
    const east = (station.location.lon - lon) * 111.2 * Math.cos((lat * Math.PI) / 180);
    const central = Math.hypot(north, east) <= CENTRAL_KM;
    const area = POSTAL_PARTS.get(areaOf(station.postcode ?? ''));
    if (part.directions.includes('central') && (central || area?.includes('central') === true)) return compass.length === 0 || inPart(area, north, east, compass);
    return compass.length > 0 && !part.directions.includes('central') && inPart(area, north, east, compass);
  };
}

/** A counter's postcode area's part (see above), else its position's. */
function inPart(area: readonly string[] | undefined, north: number, east: number, asked: readonly string[]): boolean {
  if (area) return inPostalPart(area, asked);
  if (asked.length === 2) return withinDegrees(east, north, asked, BETWEEN_TWO_DEGREES);
  const main = { north: north > 0 && north >= Math.abs(east), south: north < 0 && -north >= Math.abs(east), east: east > 0 && east >= Math.abs(north), west: east < 0 && -east >= Math.abs(north) };
  return asked.every((d) => main[d as keyof typeof main] === true);
}

/** The bearing of (east, north) is within `degrees` of the bearing halfway between two compass directions. */
function withinDegrees(east: number, north: number, directions: readonly string[], degrees: number): boolean {
  const unit = { north: [0, 1], south: [0, -1], east: [1, 0], west: [-1, 0] } as const;
  const [de, dn] = directions.reduce(([e, n], d) => [e + (unit[d as keyof typeof unit]?.[0] ?? 0), n + (unit[d as keyof typeof unit]?.[1] ?? 0)], [0, 0]);
  const lengths = Math.hypot(east, north) * Math.hypot(de, dn);
  return lengths > 0 && (east * de + north * dn) / lengths >= Math.cos((degrees * Math.PI) / 180);
}

/** The postcode area names the part asked: "south east" is SE; "south" is SE or SW, "north" N or NW; "east" E, "west" W. */
function inPostalPart(area: readonly string[], asked: readonly string[]): boolean {
  if (asked.length === 1 && (asked[0] === 'south' || asked[0] === 'north')) return area.includes(asked[0]);
  return area.length === asked.length && asked.every((d) => area.includes(d));
}

/**
 * Besides closures, what the timeline holds for a period: counters whose hours changed (new hours unlike their
 * hours before; a counter's first hours on record are no change) and counters that opened or reopened.
 */
function changesIn(statuses: readonly CounterStatus[], timeline: Timeline, period: ClosurePeriod, asOf: string): PeriodChanges {
  const hoursChanges: PeriodChanges['hoursChanges'] = [];
  const openings: PeriodChanges['openings'] = [];
  const inPeriod = (e: TimelineEvent) => e.datePrecision === 'day' && !e.conflict && e.date >= period.from && e.date <= period.to && e.date <= asOf;
  for (const status of statuses) {
    let before: string | null = null;
    let closed = false;
    let openedOn: string | null = null;
    for (const e of timeline.eventsFor(status.station.id)) {
      if (e.conflict) continue;
      if (e.kind === 'closed') closed = true;
      // A counter's first row after a closure (new hours, or "opened") is its reopening; its other rows that day are part of it.
      const opening = e.kind === 'opened' || (e.kind === 'hours' && closed);
      if (opening && e.date !== openedOn && inPeriod(e)) openings.push({ status, event: e, reopened: closed });
      else if (!opening && e.date !== openedOn && e.kind === 'hours' && inPeriod(e) && before !== null && e.value !== before) hoursChanges.push({ status, event: e, before });
      if (opening) [openedOn, closed] = [e.date, false];
      if (e.kind === 'hours') before = e.value;
    }
  }
  return { hoursChanges, openings };
}

/** How far (km) a London place of a counter's other name must be from that counter to be said as another place of the name. */
const NAMESAKE_KM = 3;

/** The words that end a street's name: "Park Lane", "Uxbridge Road", "Tooley Street". */
const STREET_ENDING = /\b(?:road|rd|lane|ln|street|st|avenue|ave|way|hill|grove|place|square|gardens|rise|row|terrace|crescent|drive|close|parade)$/;

/**
 * The street a resident named, as the counter's address spells it ("Park Lane" of "71 Park Lane, Croydon"), when the
 * words said are a street's name in that address and hold none of the counter's own name; otherwise none.
 */
function streetOfCounter(said: string | undefined, station: Station): string | undefined {
  if (!said || !station.address) return undefined;
  const words = normaliseText(said).replace(/\b(?:the|police|station|front|counter|desk)\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (!STREET_ENDING.test(words) || words.split(' ').length < 2) return undefined;
  const own = normaliseText(station.name.replace(/ Police Station.*$/i, ''));
  if (words.includes(own) || own.includes(words)) return undefined;
  const street = station.address.split(',').map((part) => part.replace(/^\s*[\d-]+[a-z]?\s+/i, '').trim()).find((part) => normaliseText(part) === words);
  return street;
}

/** The counters among places mentioned, by station id, in the order said (places that are not counters left out). */
function stationIdsOf(mentions: readonly PlaceMention[] | undefined): string[] {
  return (mentions ?? []).map((m) => (m.result.status === 'found' ? m.result.match.stationId : undefined)).filter((id): id is string => id !== undefined);
}

/**
 * "nearest to N1 and what time does it close": the second half's "it" is the desk the first half found, not the
 * district it was asked from. Only when the second half asks of the first half's place, carried over, and that place
 * is not a counter itself (a counter asked from is its own nearest).
 */
function ofTheDeskJustFound(first: Question, firstAnswer: Answer, second: Question): Question {
  if (first.intent !== 'nearest' || firstAnswer.kind !== 'nearest' || firstAnswer.results.length === 0) return second;
  if (second.intent !== 'hours' && second.intent !== 'open-now' && second.intent !== 'status' && second.intent !== 'address') return second;
  const carried = second.place;
  if (!carried?.fromContext || carried.result.status !== 'found' || carried.result.match.stationId !== undefined) return second;
  if (first.place?.result.status !== 'found' || first.place.result.match.label !== carried.result.match.label) return second;
  const desk = firstAnswer.results[0].station;
  return { ...second, place: { text: desk.name, result: { status: 'found', match: stationPlace(desk), alternatives: [] }, fromContext: true } } as Question;
}
