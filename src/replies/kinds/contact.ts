/**
 * How to reach the police without a counter: 999 first in an emergency,
 * 101 or met.police.uk otherwise, Crimestoppers to stay anonymous, Language
 * Line for an interpreter. Numbers and words come from resident-facts.md.
 */
import type { Answer } from '../../answers/answer';
import type { ContactKey } from '../../stations/model';
import { contactNumber, contactSources, contactText } from '../format/contacts';
import { sourcesLine } from '../format/sources';
import { bold, firstSentences, lowerFirst, residentWording, sentence } from '../format/text';
import type { RenderContext, ReplyDraft } from '../reply';

type ContactAnswer = Extract<Answer, { kind: 'contact' }>;

/** How many of the Met's alternatives to a counter a crime-report answer lists. */
const ALTERNATIVES_SHOWN = 3;

export function renderContact(answer: ContactAnswer, _context: RenderContext): ReplyDraft {
  const { contacts } = answer;
  const n999 = contactNumber(contacts, 'emergency');
  const n101 = contactNumber(contacts, 'nonEmergency');
  const emergencyLine = `In an emergency, or if someone is in immediate danger, call ${n999}.`;
  const nonEmergency = contactText(contacts, 'nonEmergency', 2) ?? `Call ${n101}, or report online at met.police.uk.`;
  const source = (key: ContactKey) => sourcesLine(contactSources(contacts, key), 1);

  switch (answer.topic) {
    case 'emergency':
      return {
        paragraphs: [
          `${bold(`Call ${n999} now`)} and ask for the police.`,
          `${n999} is for a crime happening now, or when someone is in immediate danger. It is open 24 hours a day, every day.`,
          `If it is not an emergency: ${lowerFirst(nonEmergency)}`,
        ],
        speak: `Call ${n999} now and ask for the police.`,
        suggestions: [],
      };

    case 'report-crime':
    case 'non-emergency': {
      const alternatives = answer.topic === 'report-crime' ? answer.alternatives.slice(0, ALTERNATIVES_SHOWN) : [];
      const alternativesBlock =
        alternatives.length > 0 ? ['The Met also offers:', ...alternatives.map((f) => `- ${sentence(firstSentences(residentWording(f.text), 2))}`)].join('\n') : '';
      const lead = answer.topic === 'report-crime' ? 'To report a crime that is not an emergency:' : 'If it is not an emergency:';
      return {
        paragraphs: [
          `${lead} ${lowerFirst(nonEmergency)}`,
          emergencyLine,
          alternativesBlock,
          'I can also find your nearest police front counter: just tell me your postcode.',
          source('nonEmergency'),
        ],
        speak: `${lead} ${lowerFirst(nonEmergency)} ${emergencyLine}`,
        suggestions: ['Nearest open desk', 'Stay anonymous', 'I need an interpreter'],
      };
    }

    case 'interpreter':
      return {
        paragraphs: [
          answer.language ? `To speak to the police in ${answer.language}, call ${n101}, or ${n999} in an emergency, and ask for an interpreter.` : '',
          contactText(contacts, 'interpreter', 2) ?? `Language Line interpreting is available through ${n101} and ${n999}.`,
          `Not an emergency: ${lowerFirst(nonEmergency)}`,
          emergencyLine,
          source('interpreter'),
        ],
        suggestions: ['How do I report a crime?', 'Nearest open desk'],
      };

    case 'anonymous':
      return {
        paragraphs: [
          `To report a crime without giving your name, contact ${contactText(contacts, 'anonymous', 2) ?? `Crimestoppers on ${contactNumber(contacts, 'anonymous')}.`}`,
          emergencyLine,
          source('anonymous'),
        ],
        suggestions: ['How do I report a crime?', 'Nearest open desk'],
      };
  }
}
