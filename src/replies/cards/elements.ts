/**
 * The few card pieces the templates take as values: facts, small text
 * blocks, and actions (links, directions, buttons that send a message back).
 * Only Teams-safe Adaptive Card 1.5 elements and properties.
 */
import type { LatLon } from '../../stations/model';
import type { RenderContext } from '../reply';
import { firstSources, siteName } from '../format/sources';

export interface Fact {
  title: string;
  value: string;
}

export type CardElement = Record<string, unknown>;

export function textBlock(text: string, extra: Record<string, string | boolean> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function warningBlock(text: string): CardElement {
  return textBlock(text, { color: 'Warning', size: 'Small' });
}

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/** Source links as buttons (`Source: metengage.co.uk`). */
export function sourceActions(urls: readonly string[], n = 2): CardElement[] {
  const shown = firstSources(urls, n);
  return shown.map((url, i) => openUrl(shown.length > 1 ? `Source ${i + 1}: ${siteName(url)}` : `Source: ${siteName(url)}`, url));
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

/** Actions, or null so the template leaves `actions` out. */
export function actionsOrNull(actions: CardElement[], max = 5): CardElement[] | null {
  return actions.length > 0 ? actions.slice(0, max) : null;
}
