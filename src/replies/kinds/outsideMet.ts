/**
 * A place the Met does not police: the City of London, which has its own
 * force, or a place outside Greater London. The first sentence says so; then
 * the nearest Met counters all the same (rendered as any nearest answer).
 * The data names no other force and holds no City of London Police counters,
 * so the reply says where to turn rather than invent them.
 */
import type { Answer } from '../../answers/answer';
import type { OutsideMet, PlaceMatch } from '../../stations/model';
import { contactNumber } from '../format/contacts';
import type { RenderContext, ReplyDraft } from '../reply';
import { localForceLine } from './conversation';
import { renderNearest } from './nearest';

type OutsideMetAnswer = Extract<Answer, { kind: 'outside-met' }>;

const CITY = 'the City of London';
const CITY_POLICE = 'the City of London Police';

/** "Watford (Hertfordshire)", "CM14 4AB", "the City of London". */
function placeName(place: PlaceMatch, outsideMet: OutsideMet): string {
  if (place.kind === 'borough') return CITY;
  return outsideMet.area === 'outside-london' && outsideMet.county ? `${place.label} (${outsideMet.county})` : place.label;
}

/** The first sentence: whose police the place is, as surely as the data says. */
function headline(answer: OutsideMetAnswer): string {
  const { place, outsideMet } = answer;
  const name = placeName(place, outsideMet);
  if (outsideMet.area === 'outside-london') return `${name} is outside London, so it is not in the Metropolitan Police area.`;
  const force = `has its own police force, ${CITY_POLICE}, not the Metropolitan Police (the Met).`;
  if (name === CITY) return `The City of London ${force}`;
  // A postcode sector partly in the City: say how much of it is, from the sectors' borough shares.
  if (outsideMet.share < 0.95) return `${name} may be in the City of London (about ${Math.round(outsideMet.share * 100)}% of the postcodes in its area are), which ${force}`;
  return `${name} is in the City of London, which ${force}`;
}

function whomToContact(answer: OutsideMetAnswer): string {
  if (answer.outsideMet.area === 'city-of-london') {
    return `I don't hold details of ${CITY_POLICE}'s front counters: please check with ${CITY_POLICE}. In an emergency, call ${contactNumber(answer.contacts, 'emergency')}.`;
  }
  return localForceLine(answer.contacts, 'there');
}

export function renderOutsideMet(answer: OutsideMetAnswer, context: RenderContext): ReplyDraft {
  const lead = [headline(answer), whomToContact(answer)];
  if (!answer.nearest) return { paragraphs: [...lead, 'If you meant somewhere in London, tell me its postcode or area.'], inputHint: 'expectingInput' };
  const nearest = renderNearest(answer.nearest, context);
  const intro = 'If you want a Met front counter all the same:';
  const body = nearest.card && Array.isArray(nearest.card.body) ? nearest.card.body : null;
  return {
    ...nearest,
    paragraphs: [...lead, intro, ...nearest.paragraphs],
    speak: `${lead[0]} ${nearest.speak ?? ''}`.trim(),
    card: body ? { ...nearest.card, body: [{ type: 'TextBlock', text: lead.join(' '), wrap: true, weight: 'Bolder' }, ...body] } : (nearest.card ?? null),
  };
}
