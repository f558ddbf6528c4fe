/**
 * "Which is nearer to E17, Chingford or Walthamstow?": the nearer of the counters named first, with both straight-line
 * distances ("Of the two, X is nearer to E17: about 3.1 km, against 5.2 km to Y."); a counter that no longer has an open
 * front counter said plainly (closed on its date), with the nearest open counter to the place.
 */
import type { Answer } from '../../answers/answer';
import type { CounterStatus } from '../../stations/timeline';
import { answerInstant, formatDate, onDate } from '../format/dates';
import type { NearbyDesk } from '../../stations/nearest';
import { distanceShort as distanceShortWords, distanceText as distanceWords } from '../format/distance';
import { addressLine, shortStationName } from '../format/names';
import { citedOf } from '../format/sources';
import { scheduleText, stateText } from '../format/hours';
import { bold, joinAnd, lowerFirst } from '../format/text';
import type { AnswerSections } from '../sections';

type NearerOfAnswer = Extract<Answer, { kind: 'nearer-of' }>;

/** "Harrow no longer has an open front counter: it closed on 28 February 2026." */
function notOpenLine(status: CounterStatus): string | null {
  const name = shortStationName(status.station);
  if (status.counter === 'closed') return `${name} no longer has an open front counter: it closed${status.since ? ` ${onDate(status.since)}` : ''}.`;
  if (status.counter === 'unknown') return `None of my sources mentions a public front counter at ${name}.`;
  return null;
}

export function renderNearerOf(answer: NearerOfAnswer): AnswerSections {
  const { from, desks } = answer;
  const measured = desks.filter((d) => d.distance !== null);
  const unmeasured = desks.filter((d) => d.distance === null).map((d) => shortStationName(d.status.station));
  const name = (d: NearerOfAnswer['desks'][number]) => shortStationName(d.status.station);
  // A location that is the middle of a postcode district makes the distance rough: said so where it is given.
  const distanceText = (d: NearbyDesk) => `${distanceWords(d)}${d.approximate ? ' (roughly: a location taken from the middle of a postcode district)' : ''}`;
  const distanceShort = (d: NearbyDesk) => `${distanceShortWords(d)}${d.approximate ? ' (roughly)' : ''}`;
  const n = desks.length === 2 ? 'Of the two' : 'Of the three';
  let headline: string;
  if (desks.length === 1) {
    // One counter asked how far: its straight-line distance first, said as one (the data has points, not routes).
    const [only] = desks;
    const rough = only.distance?.approximate ? ' (roughly: a location is taken from the middle of a postcode district)' : ' (not the distance by road)';
    const state = only.now ? `: ${only.now.open && !only.now.closesAt ? 'open 24 hours a day' : stateText(only.now, answerInstant(answer.at, answer.asOf))}` : '';
    // How long the journey takes asked: the data has no times or routes, said first, then the distance it does have.
    const noTimes = answer.journey ? "I don't have journey times or routes, but " : '';
    headline = only.distance
      ? `${noTimes}${bold(only.status.station.name)} is ${distanceWords(only.distance)} from ${from.label} in a straight line${rough}${state}.`
      : `I don't have a location for ${bold(only.status.station.name)}, so I can't say how far it is from ${from.label}.`;
  } else if (measured.length >= 2) {
    // The further asked: the furthest first, measured from the place as the nearer is.
    const [first, ...rest] = answer.further ? [...measured].reverse() : measured;
    const tie = rest[0].distance!.distanceKm === first.distance!.distanceKm;
    const against = rest.map((d) => `${distanceShort(d.distance!)} to ${name(d)}`);
    const which = answer.further ? `${measured.length > 2 ? 'the furthest' : 'further'} from ${from.label}` : `nearer to ${from.label}`;
    headline = tie
      ? `${joinAnd(measured.map(name))} are about as near as each other to ${from.label}: ${distanceText(first.distance!)}.`
      : `${n}, ${bold(name(first))} is ${which}: ${distanceText(first.distance!)}, against ${joinAnd(against)}.`;
  } else if (measured.length === 1) {
    headline = `I don't have a location for ${joinAnd(unmeasured)}, so I can't say which is nearer: ${bold(name(measured[0]))} is ${distanceText(measured[0].distance!)} from ${from.label}.`;
  } else headline = `I don't have locations for ${joinAnd(unmeasured)}, so I can't say which is nearer to ${from.label}.`;
  const closed = desks.map((d) => notOpenLine(d.status)).filter((l): l is string => l !== null);
  const alt = answer.openAlternative;
  const alternative = closed.length > 0 && alt ? `The nearest open front counter to ${from.label} is ${bold(alt.station.name)}, ${distanceWords(alt)} away.` : '';
  // The nearer one closed is said in the first line: that is where the resident would otherwise go.
  const nearerClosed = measured[0] && measured[0].status.counter !== 'open' && closed.length > 0;
  // One open counter measured: its hours next, as a resident going there wants them.
  const known = desks.length === 1 && desks[0].status.counter === 'open' ? desks[0].status.hours : null;
  const hours = !known ? '' : known.is24x7 ? 'Its front counter is open 24 hours a day, every day.' : `Its front counter is open ${lowerFirst(scheduleText(known.schedule))}.`;
  const lead = nearerClosed ? `${headline} ${closed[0]}` : headline;
  const rest = nearerClosed ? closed.slice(1) : closed;
  // A journey asked: where the counter is, and where routes and times are found.
  const address = answer.journey && desks.length === 1 ? addressLine(desks[0].status.station) : null;
  const journeyLines = answer.journey ? [`${address ? `It is at ${address}. ` : ''}TfL's Journey Planner (tfl.gov.uk) gives routes and times from where you are.`] : [];
  const rough = measured.some((d) => d.distance!.approximate) ? ['Distances are straight lines, and rough where a location is the middle of a postcode district.'] : ['Distances are straight lines, not routes.'];
  return {
    headline: lead,
    keyLines: [...journeyLines, hours, ...rest, alternative].filter(Boolean).slice(0, 2),
    card: {
      title: desks.length === 1 ? `How far from ${from.label}` : `Nearer to ${from.label}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: desks.map((d) => ({ title: d.status.station.name, value: d.distance ? distanceWords(d.distance) : 'location not known' })) },
    },
    details: [...rough, ...(rest.length + (alternative ? 1 : 0) > 2 ? [alternative] : [])],
    sources: { cited: citedOf(desks.flatMap((d) => d.status.decidedBy.filter((e) => !e.conflict))), publishers: answer.publishers },
    dating: { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: desks.some((d) => d.status.beyondSources) },
    speak: lead,
    suggestions: [...desks.slice(0, 2).map((d) => (d.status.counter === 'open' ? `Is ${name(d)} open now?` : `Nearest open desk to ${from.label}`)), 'Which desks are open 24/7?'],
  };
}
