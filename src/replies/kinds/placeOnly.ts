/**
 * The resident named only a place ("colindale", "n9 0pw"): for a station,
 * its status and hours; for anywhere else, the counters near it; then a
 * question about what they would like to know.
 */
import type { Answer } from '../../answers/answer';
import { actionsOrNull, openUrl } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { contactNumber, contactsIn } from '../format/contacts';
import { answerInstant, formatDate } from '../format/dates';
import { shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine } from '../format/sources';
import { bold } from '../format/text';
import { describeNearby } from '../parts/nearby';
import type { RenderContext, ReplyDraft } from '../reply';
import { statusDraft } from './stationStatus';

type PlaceOnlyAnswer = Extract<Answer, { kind: 'place-only' }>;

export function renderPlaceOnly(answer: PlaceOnlyAnswer, _context: RenderContext): ReplyDraft {
  const { place, station, dating } = answer;
  const contacts = contactsIn(answer);

  if (station) {
    const short = shortStationName(station.station);
    const draft = statusDraft({
      status: station,
      nearby: answer.nearby,
      contacts,
      dating,
      follow: `You can also ask me about its hours on a given day, whether it is open now, or the nearest 24-hour counter.`,
    });
    // The data says when a counter is open, not what the building offers: say so first.
    const noFacilities = answer.about === 'facilities' ? [`I don't have information about access, parking or other facilities at ${bold(station.station.name)}: the data covers whether its front counter is open and its hours. Call ${contactNumber(contacts, 'nonEmergency')} or check met.police.uk for details.`] : [];
    return { ...draft, paragraphs: [...noFacilities, ...draft.paragraphs], suggestions: station.counter === 'open' ? [`Is ${short} open now?`, `${short} weekend hours`, `Nearest 24-hour desk to ${short}`] : draft.suggestions };
  }

  const now = answerInstant(dating.at, dating.asOf);
  const nearby = describeNearby(answer.nearby, now, `Front counters near ${bold(place.label)} as of ${formatDate(dating.asOf)}:`);
  const question = `What would you like to know about ${place.label}? For example the nearest counter open now, the nearest 24-hour counter, or a counter's opening hours.`;
  if (!nearby.list) {
    return { paragraphs: [question], inputHint: 'expectingInput', suggestions: [`Nearest open desk to ${place.label}`, `Nearest 24-hour desk to ${place.label}`] };
  }
  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: `Front counters near ${place.label}`,
    asOfLine: `As of ${formatDate(dating.asOf)}`,
    intro: null,
    facts: nearby.facts,
    noteLines: [],
    footer: `${nearby.note ?? ''} ${freshnessFooter(dating)}`.trim(),
    actions: actionsOrNull([...nearby.actions, openUrl('met.police.uk', MET_URL)]),
  });
  return {
    paragraphs: [nearby.list, nearby.note ?? '', question, freshnessLine(dating)],
    speak: `${nearby.spoken ?? ''} What would you like to know about ${place.label}?`,
    card,
    inputHint: 'expectingInput',
    suggestions: [
      ...nearby.offered.slice(0, 1).map((s) => `${s} opening hours`),
      `Nearest open desk to ${place.label}`,
      `Nearest 24-hour desk to ${place.label}`,
    ],
  };
}
