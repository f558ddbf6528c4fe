/**
 * "Is there a police station in Peckham?", "is there one in canary wharf": the place itself, said before the borough's
 * counters or the nearest: the counter named after it is open ("Yes.", when a yes or no was asked), or closed (when),
 * or none is named after it.
 */
import type { PlaceAskedNow } from '../../answers/answer';
import { onDate } from '../format/dates';
import { bold } from '../format/text';

export function placeAskedNowFirst(asked: PlaceAskedNow, borough: string | undefined): string {
  const { namesake } = asked;
  if (!namesake) return `I know of no ${asked.roundTheClock ? '24-hour' : 'police'} front counter in ${asked.label}${borough ? `, which is in ${borough}` : ''}. `;
  // "Yes, in Brixton.": a place of the gazetteer (its label capitalised) said back, so each of two places asked together
  // is answered by name; a street as the resident typed it is not repeated.
  if (namesake.counter === 'open') return asked.yesNo ? (/^[A-Z]/.test(asked.label) ? `Yes, in ${asked.label}. ` : 'Yes. ') : '';
  const when = namesake.since ? ` closed ${onDate(namesake.since)}` : ' is closed';
  return `${asked.yesNo ? 'No: the' : 'The'} front counter at ${bold(namesake.station.name)}${when}. `;
}
