/**
 * The few card pieces renderers hand to the templates: facts and actions
 * (links, directions, buttons that send a message back). Only Teams-safe
 * Adaptive Card 1.5 elements and properties.
 */
import type { LatLon } from '../../stations/model';
import type { RenderContext } from '../reply';

export interface Fact {
  title: string;
  value: string;
}

export type CardElement = Record<string, unknown>;

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/** Google Maps directions to a point (works on every device without an API key). */
export function directionsUrl(point: LatLon): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${point.lat.toFixed(5)},${point.lon.toFixed(5)}`;
}

/**
 * A button that sends `text` back as the resident's message: Teams needs
 * `msteams.imBack` for that; Web Chat and Direct Line send a string `data` as text.
 */
export function sendTextAction(title: string, text: string, context: RenderContext): CardElement {
  const data = context.teams ? { msteams: { type: 'imBack', value: text } } : text;
  return { type: 'Action.Submit', title, data };
}
