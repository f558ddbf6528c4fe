/**
 * How to reach the police without a counter: 999 first in an emergency (with
 * the Silent Solution when speaking is unsafe, text 999 and Relay UK for deaf
 * and speech-impaired residents), 101 or met.police.uk otherwise,
 * Crimestoppers to stay anonymous, Language Line for an interpreter. Numbers
 * and words come from resident-facts.md.
 */
import type { Answer } from '../../answers/answer';
import type { ContactKey, ResidentFact } from '../../stations/model';
import type { EmergencyService } from '../../understanding/question';
import { contactNumber, contactSources, contactText } from '../format/contacts';
import { undated } from '../format/sources';
import { bold, firstSentences, lowerFirst, residentWording, sentence } from '../format/text';
import { MAX_KEY_LINES } from '../compose';
import type { AnswerSections } from '../sections';

type ContactAnswer = Extract<Answer, { kind: 'contact' }>;

/** How many of the Met's alternatives to a counter a crime-report answer lists. */
const ALTERNATIVES_SHOWN = 3;

/** The Silent Solution when speaking is unsafe, text 999 and Relay UK for deaf and speech-impaired residents: a key line each, the rest in the details. */
function emergencyWays(answer: ContactAnswer): { lines: string[]; details: string[]; keys: ContactKey[] } {
  const ways: { key: ContactKey; lead: string }[] = [
    ...(answer.silentCall ? [{ key: 'silentCall' as const, lead: "If it isn't safe to speak:" }] : []),
    ...(answer.textOrRelay ? [{ key: 'textRelay' as const, lead: 'If you are deaf, hard of hearing or speech-impaired:' }] : []),
  ];
  const lines: string[] = [];
  const details: string[] = [];
  for (const { key, lead } of ways) {
    const text = contactText(answer.contacts, key, 9);
    if (!text) continue;
    const first = firstSentences(text, 1);
    lines.push(`${lead} ${lowerFirst(first)}`);
    const rest = text.slice(first.length).trim();
    if (rest) details.push(rest);
  }
  return { lines, details, keys: ways.map((w) => w.key) };
}

const SERVICE_NAMES: Record<EmergencyService, string> = { police: 'the police', ambulance: 'an ambulance', fire: 'the fire service' };

/** " and ask for an ambulance", " and ask for the police and an ambulance"; nothing when no one service is known. */
function whomToAskFor(services: readonly EmergencyService[]): string {
  if (services.length === 0) return '';
  const names = services.map((s) => SERVICE_NAMES[s]);
  return ` and ask for ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}

export function renderContact(answer: ContactAnswer): AnswerSections {
  const { contacts } = answer;
  const n999 = contactNumber(contacts, 'emergency');
  const n101 = contactNumber(contacts, 'nonEmergency');
  const emergencyLine = `In an emergency, or if someone is in immediate danger, call ${n999}.`;
  const nonEmergency = contactText(contacts, 'nonEmergency', 2) ?? `Call ${n101}, or report online at met.police.uk.`;
  // The sources of the contacts named and of any alternatives listed: every fact shown carries where it came from.
  const sources = (keys: ContactKey[], listed: readonly ResidentFact[] = []) => ({
    cited: undated([...keys.flatMap((k) => contactSources(contacts, k)), ...listed.flatMap((f) => f.sources)]),
    publishers: answer.publishers,
  });

  switch (answer.topic) {
    case 'emergency': {
      // "Call 999 now" first, always; then, when asked for, the ways to reach 999 without speaking.
      const ways = emergencyWays(answer);
      const about999 = `${n999} is for a crime happening now, or when someone is in immediate danger. It is open 24 hours a day, every day.`;
      // Danger written in another language: the interpreter on the 999 call, asked for by the language's name (which
      // the resident says, when the bot could not tell which language it is).
      const languageSaid = answer.language ? `"${answer.language}"` : 'the name of your language';
      const interpreter =
        answer.language !== undefined ? [`When ${n999} answers, say ${languageSaid}: an interpreter can join the call. ${contactText(contacts, 'interpreter', 2) ?? ''}`.trim()] : [];
      const keyLines = [...interpreter, ...ways.lines, `If it is not an emergency: ${lowerFirst(nonEmergency)}`, about999];
      // Text 999 / Relay UK asked about, no danger told: that answer first (999 is in it), then 101 and what 999 is for.
      // "im deaf can i use this": the bot is a text chat, said first; then how to reach the police by text.
      if (answer.usesTheBot && ways.lines.length > 0) {
        const headline = "Yes: I'm a text chat, so you can use me without hearing or speaking.";
        return {
          headline,
          keyLines: keyLines.slice(0, MAX_KEY_LINES),
          details: [...keyLines.slice(MAX_KEY_LINES), ...ways.details],
          sources: sources(['emergency', 'nonEmergency', ...ways.keys]),
          speak: headline,
          suggestions: ['Nearest open desk', 'How do I report a crime?'],
        };
      }
      if (answer.askedAbout && ways.lines.length > 0) {
        return {
          headline: ways.lines[0],
          keyLines: keyLines.filter((l) => l !== ways.lines[0]).slice(0, MAX_KEY_LINES),
          details: [...keyLines.filter((l) => l !== ways.lines[0]).slice(MAX_KEY_LINES), ...ways.details],
          sources: sources(['emergency', 'nonEmergency', ...ways.keys]),
          speak: ways.lines[0],
          suggestions: ['How do I report a crime?', 'Nearest open desk'],
        };
      }
      // Which of 999 and 101 asked about, no danger told: when to call 999 first, then 101 for anything else.
      if (answer.askedAbout) {
        const headline = `${bold(`Call ${n999}`)} when a crime is happening now, or someone is in immediate danger; for anything else, ${lowerFirst(nonEmergency)}`;
        return {
          headline,
          keyLines: [`${n999} is open 24 hours a day, every day.`],
          sources: sources(['emergency', 'nonEmergency']),
          speak: headline.replace(/\*\*/g, ''),
          suggestions: ['How do I report a crime?', 'Nearest open desk'],
        };
      }
      const askFor = whomToAskFor(answer.services ?? ['police']);
      // The safety net: a situation read, no harm for sure. Still 999 first, said as a condition.
      const unsureLine = `If you or anyone is in danger now, call ${n999}.`;
      // "are the police coming": what the bot cannot know, said after 999, before the rest.
      const waiting = answer.waitingForPolice ? ["I can't see police calls or tell when officers will arrive."] : [];
      return {
        headline: answer.unsure ? bold(unsureLine) : `${bold(`Call ${n999} now`)}${askFor}.`,
        keyLines: [...waiting, ...keyLines].slice(0, MAX_KEY_LINES),
        details: [...keyLines.slice(MAX_KEY_LINES), ...ways.details],
        sources: sources(['emergency', ...(answer.language !== undefined ? (['interpreter'] as const) : []), ...ways.keys]),
        speak: answer.unsure ? unsureLine : `Call ${n999} now${askFor}.`,
        suggestions: [],
      };
    }

    case 'report-crime':
    case 'non-emergency': {
      const alternatives = answer.topic === 'report-crime' ? answer.alternatives.slice(0, ALTERNATIVES_SHOWN) : [];
      const lead = answer.atACounter === 'needed'
        ? "No, you don't have to go to a front counter (you can if you want to): if it is not an emergency you can"
        : answer.atACounter === 'online'
        ? "Yes, if it is not an emergency you don't have to go to a front counter: you can"
        : answer.atACounter
        ? 'Yes, you can report a crime in person at a police front counter; if it is not an emergency you can also'
        : answer.stationNumber
          ? `I don't have ${answer.byEmail ? 'email addresses' : 'direct phone numbers'} for police stations:`
          : answer.whetherAPoliceMatter
          ? "I can't say whether that is a matter for the police: to ask them, if it is not an emergency,"
          : answer.topic === 'report-crime' ? 'To report a crime that is not an emergency:' : 'If it is not an emergency:';
      return {
        headline: `${lead} ${lowerFirst(nonEmergency)}`,
        keyLines: [emergencyLine],
        list: alternatives.length > 0 ? { heading: 'The Met also offers:', items: alternatives.map((f) => sentence(firstSentences(residentWording(f.text), 2))) } : null,
        details: ['I can also find your nearest police front counter: just tell me your postcode.'],
        sources: sources(['nonEmergency'], alternatives),
        speak: `${lead} ${lowerFirst(nonEmergency)} ${emergencyLine}`,
        suggestions: ['Nearest open desk', 'Stay anonymous', 'I need an interpreter'],
      };
    }

    case 'interpreter':
      // Asked of a counter: the data says nothing of who speaks what there, only of Language Line on 101 and 999 (and the phones outside).
      if (answer.spokenAtACounter) {
        const languageLine = contactText(contacts, 'interpreter', 2) ?? `Language Line interpreting is available through ${n101} and ${n999}.`;
        return {
          headline: answer.language
            ? `My sources don't say whether anyone at a police front counter speaks ${answer.language}. ${languageLine}`
            : `My sources don't say which languages are spoken at police front counters, or whether they have interpreters there. ${languageLine}`,
          keyLines: [
            answer.language
              ? `To speak to the police in ${answer.language}, call ${n101}, or ${n999} in an emergency, and ask for an interpreter.`
              : `To speak to the police in your language, call ${n101}, or ${n999} in an emergency, and ask for an interpreter.`,
            emergencyLine,
          ],
          sources: sources(['interpreter']),
          suggestions: ['How do I report a crime?', 'Nearest open desk'],
        };
      }
      // Asked of the bot: what it can do itself first (it only types English), then the interpreter route.
      if (answer.ofTheBot) {
        return {
          headline: `I can't sign or speak: I only type, in English. To speak to the police in ${answer.language ?? 'sign language'}, call ${n101}, or ${n999} in an emergency, and ask for an interpreter.`,
          keyLines: [contactText(contacts, 'interpreter', 2) ?? '', emergencyLine],
          sources: sources(['interpreter']),
          suggestions: ['How do I report a crime?', 'Nearest open desk'],
        };
      }
      return {
        headline: answer.language
          ? `To speak to the police in ${answer.language}, call ${n101}, or ${n999} in an emergency, and ask for an interpreter.`
          : (contactText(contacts, 'interpreter', 2) ?? `Language Line interpreting is available through ${n101} and ${n999}.`),
        keyLines: [answer.language ? (contactText(contacts, 'interpreter', 2) ?? '') : `Not an emergency: ${lowerFirst(nonEmergency)}`, emergencyLine],
        sources: sources(['interpreter']),
        suggestions: ['How do I report a crime?', 'Nearest open desk'],
      };

    case 'anonymous':
      return {
        headline: `To report a crime without giving your name, contact ${contactText(contacts, 'anonymous', 2) ?? `Crimestoppers on ${contactNumber(contacts, 'anonymous')}.`}`,
        keyLines: [emergencyLine],
        sources: sources(['anonymous']),
        suggestions: ['How do I report a crime?', 'Nearest open desk'],
      };
  }
}
