/**
 * A place the Met does not police: the City of London, which has its own
 * force, or a place outside Greater London. The headline says so; the key
 * lines say whom to contact and the nearest Met counter all the same, with
 * its distance (the rest of the nearest answer goes to the card and details).
 * The data names no other force and holds no City of London Police counters,
 * so the reply says where to turn rather than invent them.
 */
import type { Answer, ContactFacts } from '../../answers/answer';
import type { OutsideMet, PlaceMatch } from '../../stations/model';
import { contactNumber } from '../format/contacts';
import type { AnswerSections } from '../sections';
import { renderNearest } from './nearest';

type OutsideMetAnswer = Extract<Answer, { kind: 'outside-met' }>;

const CITY = 'the City of London';
const CITY_POLICE = 'the City of London Police';

/** "Watford (Hertfordshire)", "Reading" (its own unitary authority: not "Reading (Reading)"), "CM14 4AB", "the City of London". */
function placeName(place: PlaceMatch, outsideMet: OutsideMet): string {
  if (place.kind === 'borough') return CITY;
  const county = outsideMet.area === 'outside-london' ? outsideMet.county : null;
  return county && county.toLowerCase() !== place.label.toLowerCase() ? `${place.label} (${county})` : place.label;
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

/** Outside London: whom to call instead of a Met counter. */
export function localForceLine(contacts: ContactFacts, where: 'your' | 'there'): string {
  const force = where === 'your' ? 'your local police force' : 'the local police force there';
  return `Please contact ${force}: call ${contactNumber(contacts, 'nonEmergency')} if it is not an emergency (it puts you through to the local force), or ${contactNumber(contacts, 'emergency')} in an emergency.`;
}

function whomToContact(answer: OutsideMetAnswer): string {
  if (answer.outsideMet.area === 'city-of-london') {
    return `I don't hold details of ${CITY_POLICE}'s front counters: please check with ${CITY_POLICE}. In an emergency, call ${contactNumber(answer.contacts, 'emergency')}.`;
  }
  return localForceLine(answer.contacts, 'there');
}

export function renderOutsideMet(answer: OutsideMetAnswer): AnswerSections {
  const lead = headline(answer);
  const contact = whomToContact(answer);
  if (!answer.nearest) return { headline: lead, keyLines: [contact, 'If you meant somewhere in London, tell me its postcode or area.'], inputHint: 'expectingInput' };
  const nearest = renderNearest(answer.nearest);
  const card = nearest.card ? { ...nearest.card, badge: { text: answer.outsideMet.area === 'city-of-london' ? 'City of London Police area' : 'Outside the Met area', color: 'Warning' as const } } : null;
  const details = [...new Set([...(nearest.keyLines ?? []), ...(nearest.details ?? [])])];
  // The Met asked for by name ("nearest met police station to moorgate"): its nearest counter answers that first.
  if (answer.metAsked) return { ...nearest, keyLines: [lead, contact], card, details, speak: `${nearest.speak ?? nearest.headline} ${lead}` };
  return {
    ...nearest,
    headline: lead,
    // Whom to call first; then the nearest Met counter and its distance, which is the nearest answer's own headline.
    keyLines: [contact, `If you want a Met front counter all the same: ${nearest.headline.charAt(0).toLowerCase()}${nearest.headline.slice(1)}`],
    card,
    details,
    speak: `${lead} ${nearest.speak ?? nearest.headline}`,
  };
}
