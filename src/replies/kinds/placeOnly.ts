/**
 * The resident named only a place ("colindale", "n9 0pw"): for a station,
 * its status and hours; for anywhere else, the counters near it; then a
 * question about what they would like to know.
 */
import type { Answer } from '../../answers/answer';
import { contactNumber, contactsIn } from '../format/contacts';
import { answerInstant, formatDate } from '../format/dates';
import { addressLine, shortStationName } from '../format/names';
import { isBeyondSources } from '../format/sources';
import { distanceText } from '../format/distance';
import { stateText } from '../format/hours';
import { bold, joinAnd, usesNamed } from '../format/text';
import { describeNearby } from '../parts/nearby';
import type { AnswerSections } from '../sections';
import { statusSections } from './stationStatus';

type PlaceOnlyAnswer = Extract<Answer, { kind: 'place-only' }>;

export function renderPlaceOnly(answer: PlaceOnlyAnswer): AnswerSections {
  const { place, station, dating } = answer;
  const contacts = contactsIn(answer);

  if (station) {
    const short = shortStationName(station.station);
    const sections = statusSections({ status: station, nearby: answer.nearby, contacts, dating, now: answer.now ?? null, moves: answer.moves });
    // "wrong brixton", "not that one": no other counter or place of that name is known, so say so and ask, never guess one.
    if (answer.onlyOneOfTheName) {
      const address = addressLine(station.station);
      const others = answer.othersOfTheName ?? [];
      const known = others.length === 0
        ? `${bold(station.station.name)} is the only police front counter called ${short} that I know of${address ? ` (${address})` : ''}.`
        : others.length === 1
          ? `Besides ${bold(station.station.name)}, the one counter I know with ${short} in its name is ${bold(others[0])}.`
          : `Besides ${bold(station.station.name)}, the counters I know with ${short} in their name are ${joinAnd(others.map(bold))}.`;
      return {
        headline: `${known} Which did you mean? Tell me the station's name, or a postcode or area, and I'll find the counters near it.`,
        keyLines: [`If it isn't in my sources, call ${contactNumber(contacts, 'nonEmergency')} or check met.police.uk.`],
        inputHint: 'expectingInput',
        suggestions: [`Nearest open desk to ${short}`, `Is ${short} open now?`],
      };
    }
    const suggestions = station.counter === 'open' ? [`Is ${short} open now?`, `${short} weekend hours`, `Nearest 24-hour desk to ${short}`] : sections.suggestions;
    // "can i report a stolen bike at walworth": yes first, then whether it is open now, then its hours.
    if (answer.about === 'reporting' && station.counter === 'open' && answer.now) {
      const when = stateText(answer.now, answerInstant(dating.at, dating.asOf));
      return {
        ...sections,
        headline: `Yes, you can report it at ${short}'s front counter (${bold(station.station.name)}): it is ${when}.`,
        keyLines: [sections.headline, `If it is not an emergency you can also call ${contactNumber(contacts, 'nonEmergency')} or report online at met.police.uk.`],
        suggestions,
      };
    }
    // "can i produce my licence at brixton", "can i hand in a found wallet at lewisham police station": yes, in the data's
    // words for the errand, then whether that counter is open now, then its hours.
    const errandUses = usesNamed(answer.errandFacts ?? []);
    if (errandUses.length > 0 && station.counter === 'open' && answer.now) {
      const when = stateText(answer.now, answerInstant(dating.at, dating.asOf));
      const uses = joinAnd(errandUses);
      // "Yes" only to whether one may: "do i need to bring ..." is not answered yes (the data says nothing of need).
      const said = answer.askedIfAllowed ? `Yes: ${uses}` : `${uses[0].toUpperCase()}${uses.slice(1)}`;
      return {
        ...sections,
        headline: `${said} is one of the things people go to a police front counter for, and ${short}'s (${bold(station.station.name)}) is ${when}.`,
        keyLines: [sections.headline, `Check met.police.uk or call ${contactNumber(contacts, 'nonEmergency')} before you go.`],
        suggestions,
      };
    }
    if (answer.about !== 'facilities') return { ...sections, suggestions };
    // The data says when a counter is open, not what the building offers: say so first.
    return {
      ...sections,
      headline: `I don't have information about waiting times, access, parking or other facilities at ${bold(station.station.name)}: call ${contactNumber(contacts, 'nonEmergency')} or check met.police.uk.`,
      keyLines: [sections.headline, addressLine(station.station) ? `Address: ${addressLine(station.station)}.` : ''],
      suggestions,
    };
  }

  const now = answerInstant(dating.at, dating.asOf);
  const nearby = describeNearby(answer.nearby, now);
  const question = `What would you like to know about ${place.label}? For example the nearest counter open now, or a counter's opening hours.`;
  const asks = [`Nearest open desk to ${place.label}`, `Nearest 24-hour desk to ${place.label}`];
  if (nearby.facts.length === 0) return { headline: question, inputHint: 'expectingInput', suggestions: asks };
  const open = answer.nearby?.openNow;
  const headline = open
    ? `The nearest front counter open now to ${bold(place.label)} is ${bold(open.station.name)}, ${distanceText(open)} away: ${stateText(open.state, now)}.`
    : `Front counters near ${bold(place.label)}: ${nearby.lines[0]}`;
  return {
    headline,
    keyLines: [...nearby.lines.slice(1, 2), question],
    card: {
      title: `Front counters near ${place.label}`,
      asOfLine: `As of ${formatDate(dating.asOf)}; times are London time`,
      alternatives: { heading: 'Nearest counters', facts: nearby.facts, note: nearby.note },
      links: nearby.links,
    },
    details: nearby.lines.slice(2),
    dating: { asOf: dating.asOf, verifiedOn: dating.verifiedOn, sourcesUpTo: dating.sourcesUpTo, beyondSources: isBeyondSources(dating) },
    inputHint: 'expectingInput',
    suggestions: [...nearby.offered.slice(0, 1).map((s) => `${s} opening hours`), ...asks],
  };
}
