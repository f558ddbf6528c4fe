/**
 * The contact routes (999, 101, Crimestoppers, Language Line) as answers
 * carry them from resident-facts.md. Numbers are read out of those facts;
 * the fallback below is only for answers that carry no contacts at all
 * (welcome, help), so even they never contradict the facts.
 */
import type { ContactFacts } from '../../answers/answer';
import type { ContactKey } from '../../stations/model';
import { firstSentences, lowerFirst } from './text';

/** Used only when an answer carries no contacts; the same numbers as resident-facts.md §1. */
const FALLBACK_NUMBERS: Record<ContactKey, string> = {
  emergency: '999',
  nonEmergency: '101',
  anonymous: '0800 555 111',
  interpreter: '101',
  silentCall: '999',
  textRelay: '999',
};

/** The first phone number in a contact fact: `999`, `101`, `0800 555 111`. */
export function contactNumber(contacts: ContactFacts | null | undefined, key: ContactKey): string {
  const text = contacts?.[key]?.text ?? '';
  const found = /\b(0\d{3} \d{3} \d{3,4}|\d{3})\b/.exec(text);
  return found ? found[1] : FALLBACK_NUMBERS[key];
}

/** The contact fact's own words, first `n` sentences ("Call 101, or report online at met.police.uk. Both run 24/7."). */
export function contactText(contacts: ContactFacts | null | undefined, key: ContactKey, n = 2): string | null {
  const text = contacts?.[key]?.text;
  return text ? firstSentences(text, n) : null;
}

export function contactSources(contacts: ContactFacts | null | undefined, key: ContactKey): string[] {
  return contacts?.[key]?.sources ?? [];
}

/**
 * The alternatives to a counter, as a `- ` list: the non-emergency routes and
 * 999. Every closed-counter or crime answer ends with these.
 */
export function alternativesList(contacts: ContactFacts | null | undefined): string {
  const nonEmergency = contactText(contacts, 'nonEmergency', 2) ?? `Call ${contactNumber(contacts, 'nonEmergency')}, or report online at met.police.uk.`;
  const emergency = `call ${contactNumber(contacts, 'emergency')}.`;
  return ['Other ways to reach the police:', `- Not an emergency: ${lowerFirst(nonEmergency)}`, `- Emergency, or someone in immediate danger: ${emergency}`].join('\n');
}

/** One line for a card: `Not an emergency: 101 or met.police.uk. Emergency: 999.` */
export function alternativesShort(contacts: ContactFacts | null | undefined): string {
  return `Not an emergency: call ${contactNumber(contacts, 'nonEmergency')} or report online at met.police.uk. Emergency: call ${contactNumber(contacts, 'emergency')}.`;
}

/** The contacts an answer carries, when its kind has them (others fall back to the numbers above). */
export function contactsIn(answer: object): ContactFacts | null {
  return 'contacts' in answer && answer.contacts && typeof answer.contacts === 'object' ? (answer.contacts as ContactFacts) : null;
}
