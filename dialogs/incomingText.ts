/**
 * The resident's words in an incoming message. A button on an Adaptive Card
 * (Action.Submit) sends its data as `value` with no text, so the question a
 * button asks is read from there too.
 */
import type { Activity } from 'botbuilder';

export function incomingText(activity: Partial<Activity>): string {
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return activity.text;
  const value = activity.value as Record<string, unknown> | undefined;
  if (value && typeof value === 'object') {
    const teams = value.msteams as Record<string, unknown> | undefined;
    for (const candidate of [value.text, value.question, teams?.value, teams?.text]) {
      if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
    }
  }
  return typeof activity.text === 'string' ? activity.text : '';
}
