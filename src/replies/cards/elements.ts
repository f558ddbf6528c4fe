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

/** The verb of a choice button on Teams (`Action.Execute`): the bot's `adaptiveCard/action` handler answers it. */
export const CHOICE_VERB = 'choose';

/** What a Teams choice button sends with its verb. */
export interface ChoiceData {
  /** The words the choice stands for, read as the clicker's message ("Woodford"). */
  choice: string;
  /** Who asked the question the choice answers; a click by anyone else is their own question. */
  askerId?: string;
}

/**
 * A button that answers a choice with `choice` as the resident's next words.
 * On Teams it is a Universal Action (`Action.Execute`): the click comes to the
 * bot as an invoke, and the answer replaces the choice card in place. Its
 * `fallback` is the classic `Action.Submit` with `msteams.imBack`, for Teams
 * clients without Universal Actions; Web Chat and Direct Line send a string
 * `data` back as the message text.
 */
export function choiceAction(title: string, choice: string, context: RenderContext): CardElement {
  if (!context.teams) return { type: 'Action.Submit', title, data: choice };
  const data: ChoiceData = context.askerId ? { choice, askerId: context.askerId } : { choice };
  return {
    type: 'Action.Execute',
    title,
    verb: CHOICE_VERB,
    data,
    fallback: { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: choice } } },
  };
}
