/**
 * The turns around the answers: asking where or which station, choosing
 * between places, places we cannot use, and small talk (welcome, greeting,
 * identity, help, thanks, goodbye, cancel, forget-me, other languages, out of
 * scope). Short, polite, and never a card unless there are buttons to press.
 */
import type { Answer, ContactFacts } from '../../answers/answer';
import type { PlaceMatch } from '../../stations/model';
import type { CouncilMatter, Intent } from '../../understanding/question';
import { contactNumber, contactsIn } from '../format/contacts';
import { answerInstant } from '../format/dates';
import { askedMomentWords } from '../format/moment';
import { bold, joinAnd } from '../format/text';
import { POUND_DECLINE, poundWhoToAsk } from './cannotDo';
import { localForceLine } from './outsideMet';
import type { RenderContext } from '../reply';
import type { AnswerSections } from '../sections';

type Of<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

const LOCATION_QUESTION = "What's your postcode or area? For example E17 4PP or Walthamstow.";

/** Things to try, used by welcome, greeting, help and the polite refusals. */
export const STARTER_SUGGESTIONS = ['Nearest 24-hour police station', 'Is Brixton open now?', 'How do I report a crime?'];

const EXAMPLES = [
  'Is Acton police station still open?',
  'Opening times for Wembley police station',
  'Is Hayes police station open now?',
  'Nearest 24-hour police station to NW10 4AA',
  'Which front counters are open 24/7?',
  'Why did the Met close so many front counters?',
  'How do I report a crime?',
];

const WHAT_I_DO =
  "I answer questions about police front counters in London (the Metropolitan Police area): whether a station's front counter is still open, its opening hours, and the nearest counter that is open now or open 24 hours.";

/** What the bot does, in one short sentence, after a brief reply to small talk. */
const CAN_TELL_YOU = 'I can tell you whether a London police front counter is open, its opening hours, and the nearest one to you.';

/** The first paragraph is the headline; the rest are its key lines (at most two). */
function said(paragraphs: string[]): Pick<AnswerSections, 'headline' | 'keyLines'> {
  const [headline = '', ...rest] = paragraphs.filter((p) => p.trim() !== '');
  return { headline, keyLines: rest };
}

function notForReporting(contacts: ContactFacts | null): string {
  return `I can't take crime reports. In an emergency, call ${contactNumber(contacts, 'emergency')}. Otherwise call ${contactNumber(contacts, 'nonEmergency')} or report online at met.police.uk.`;
}

export function renderAskLocation(answer: Of<'ask-location'>): AnswerSections {
  const { intent, desk, measuring } = answer.pending;
  const what = measuring
    ? `To say how far ${bold(measuring)} is from you`
    : intent === 'borough-desks'
      ? 'To find the front counters in your borough'
      : desk === '24/7'
        ? 'To find the nearest 24-hour front counter'
        : desk === 'open-now' || intent === 'alternatives'
          ? 'To find the nearest front counter open now'
          : 'To find the nearest front counter';
  const moment = askedMomentWords(answer.pending.moment);
  const whatThen = moment.when ? `${what.replace(/ open now$/, '')}${desk === '24/7' ? '' : ' open'} ${moment.when}` : what;
  return {
    ...said([...moment.notes, `${whatThen}, I need to know where you are.`, LOCATION_QUESTION]),
    // A note about the moment asked ("no special-day hours for Christmas Day") is the first thing said, as it is written.
    speak: [moment.notes[0], `${whatThen}, what's your postcode or area?`].filter(Boolean).join(' '),
    inputHint: 'expectingInput',
  };
}

const STATION_PURPOSE: Partial<Record<Intent, string>> = {
  hours: 'Which police station would you like the opening hours for?',
  'open-now': 'Which police station do you want to know about?',
  status: 'Which police station do you want to know about?',
  address: 'Which police station would you like the address of?',
  history: 'Which police station do you mean?',
};

export function renderAskStation(answer: Of<'ask-station'>): AnswerSections {
  const question = STATION_PURPOSE[answer.pending.intent] ?? 'Which police station do you mean?';
  return { ...said([question, 'For example Brixton or Ilford.']), speak: question, inputHint: 'expectingInput' };
}

/** `Wood Green`, or `Woodford (Redbridge)` when two candidates share a label. */
function choiceLabels(candidates: readonly PlaceMatch[]): string[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return candidates.map((c) => ((counts.get(c.label) ?? 0) > 1 && c.borough ? `${c.label} (${c.borough})` : c.label));
}

export function renderChoosePlace(answer: Of<'choose-place'>): AnswerSections {
  const all = [...new Set(choiceLabels(answer.candidates))];
  const labels = all.slice(0, 6);
  if (labels.length === 0) return { ...said([LOCATION_QUESTION]), inputHint: 'expectingInput' };
  // More than can be offered ("that one" after the 36 closures of 2017): which of those is asked, a name to be said, with
  // two of them as examples (never a name that was not among them).
  if (all.length > 6) {
    const question = `Which of the ${all.length} counters just listed do you mean? Tell me its name, for example ${all[0]} or ${all[1]}.`;
    return { headline: question, choices: labels, inputHint: 'expectingInput' };
  }
  const question = `Did you mean ${joinAnd(labels, 'or')}?`;
  // Card buttons where cards show (Teams shows suggested actions only in one-to-one chats), suggestions elsewhere.
  return { headline: question, choices: labels, inputHint: 'expectingInput' };
}

export function renderOutsideLondon(answer: Of<'postcode-outside-london'> | Of<'town-outside-london'>): AnswerSections {
  // A town known by name only may share its name with a London neighbourhood the gazetteer lacks (Dalston, Hatton,
  // Vauxhall): what the bot knows is said, never that the resident's place is outside London, and the last line asks
  // for the London one's postcode.
  const first =
    answer.kind === 'town-outside-london'
      ? `I only know a ${answer.town} outside London, where the Metropolitan Police has no front counters.`
      : `${answer.postcode} is outside London, so it is not in the Metropolitan Police area and I have no front counters for it.`;
  return {
    ...said([first, localForceLine(answer.contacts, 'your'), answer.kind === 'town-outside-london' ? `If you meant a ${answer.town} in London, tell me its postcode or area.` : 'If you meant somewhere in London, tell me its postcode or area.']),
    inputHint: 'expectingInput',
  };
}

export function renderPostcodeUnknown(answer: Of<'postcode-unknown'>): AnswerSections {
  return {
    ...said([
      `I couldn't find the postcode ${answer.postcode}. Could you check it?`,
      'You can also tell me an area or the name of a police station, for example Walthamstow or Brixton.',
    ]),
    inputHint: 'expectingInput',
  };
}

/** What a postcode or borough given next would get: the question that waits for the place, said back. */
function whatAPlaceWouldGet(pending: Of<'place-not-found'>['pending']): string {
  const intent = pending?.intent;
  if (intent === 'borough-desks') return "I'll list the front counters there";
  if (intent === 'nearest' || intent === 'alternatives') {
    const desk = pending?.desk;
    const what = desk === '24/7' ? 'nearest 24-hour front counter' : desk === 'open-now' || intent === 'alternatives' ? 'nearest front counter open now' : 'nearest front counter';
    return `I'll find the ${what}`;
  }
  return "I'll find the front counters nearest to it";
}

/**
 * A name the gazetteer does not have: said plainly, without guessing where it is (no point is made up) and
 * without saying it is not in London (a neighbourhood may well be). A postcode (its first half is enough) or
 * the borough completes the question, which waits for it.
 */
export function renderPlaceNotFound(answer: Of<'place-not-found'>): AnswerSections {
  const query = answer.query.trim();
  const askedOfACounter = answer.pending !== undefined && STATION_PURPOSE[answer.pending.intent] !== undefined;
  return {
    ...said([
      query ? `I couldn't find "${query}" among the London places and police stations I know, so I can't tell where it is.` : "I couldn't tell which place you meant.",
      `Tell me its postcode (the first half, like E17, is enough) or its London borough, and ${whatAPlaceWouldGet(answer.pending)}.`,
      // Asked of a counter ("is Wapping police station open"): no station of that name either, and no other name offered for it.
      ...(askedOfACounter ? ["I have no police station by that name either; the borough's name will show the counters it has."] : []),
    ]),
    speak: query ? `I couldn't find ${query}. What's its postcode or borough?` : "I couldn't tell which place you meant. What's its postcode or borough?",
    inputHint: 'expectingInput',
  };
}

export function renderSmallTalk(answer: Of<'welcome' | 'greeting' | 'identity' | 'help' | 'thanks' | 'acknowledged' | 'goodbye' | 'cancelled' | 'forgotten'>, context: RenderContext): AnswerSections {
  const contacts = contactsIn(answer);
  const n999 = contactNumber(contacts, 'emergency');
  const n101 = contactNumber(contacts, 'nonEmergency');
  switch (answer.kind) {
    case 'welcome':
      if (answer.toGroup) return groupWelcome(contacts, context);
      return {
        ...said([
          `Hello, I'm ${context.botName}. ${WHAT_I_DO}`,
          notForReporting(contacts),
          'Each answer says the date it applies to and where the information comes from. What would you like to know?',
        ]),
        speak: `Hello, I'm ${context.botName}. I answer questions about police front counters in London. I can't take crime reports: in an emergency, call ${n999}.`,
        suggestions: STARTER_SUGGESTIONS,
      };
    case 'greeting': {
      // "u there?", "how r u": what was asked, first; then what the bot does, as a greeting says.
      const first = answer.asked === 'here' ? "Yes, I'm here." : answer.asked === 'how' ? "I'm well, thanks for asking." : 'Hello!';
      return {
        ...said([`${first} I can tell you whether a London police front counter is open, its opening hours, and the nearest one to you. What would you like to know?`]),
        suggestions: STARTER_SUGGESTIONS,
      };
    }
    case 'identity':
      // How it works (README "How a message is understood": rules over a lexicon, offline and deterministic; answers
      // from the researched, sourced and dated data), when asked whether it is AI.
      if (answer.aiAsked)
        return {
          ...said([`I'm ${context.botName}, a chatbot, not an AI language model: I read each question with written rules and answer only from researched, sourced and dated facts, never from a model's memory. ${WHAT_I_DO}`, notForReporting(contacts)]),
          speak: `I'm ${context.botName}, a chatbot, not an AI language model: I read each question with written rules and answer only from researched, sourced and dated facts.`,
          suggestions: STARTER_SUGGESTIONS,
        };
      // Asked yes or no whether a person or a bot answers: the yes or no first.
      if (answer.askedIf) {
        const first = answer.askedIf === 'a person' ? `No, I'm ${context.botName}, a chatbot, not a person.` : `Yes, I'm ${context.botName}, a chatbot.`;
        return {
          ...said([`${first} ${WHAT_I_DO}`, notForReporting(contacts)]),
          speak: `${first} I answer questions about police front counters in London.`,
          suggestions: STARTER_SUGGESTIONS,
        };
      }
      return {
        ...said([`I'm ${context.botName}, a chatbot. ${WHAT_I_DO}`, notForReporting(contacts)]),
        speak: `I'm ${context.botName}, a chatbot that answers questions about police front counters in London.`,
        suggestions: STARTER_SUGGESTIONS,
      };
    case 'help':
      // A plea ("i need help") may be danger the resident has not described: 999 first, then what the bot does.
      if (answer.plea) {
        return {
          headline: `If you or someone else is in danger now, call ${n999}.`,
          keyLines: [WHAT_I_DO, `Otherwise call ${n101} or report online at met.police.uk. I can't take crime reports.`],
          list: { heading: 'You can ask things like:', items: EXAMPLES },
          speak: `If you or someone else is in danger now, call ${n999}. ${WHAT_I_DO}`,
          suggestions: STARTER_SUGGESTIONS,
        };
      }
      // "🤔", "🤷" alone: not sure what to ask, so that is answered first, then the examples.
      if (answer.puzzled) {
        return {
          headline: `Not sure what to ask? ${CAN_TELL_YOU}`,
          list: { heading: 'You can ask things like:', items: EXAMPLES },
          speak: `Not sure what to ask? ${CAN_TELL_YOU} For example, ask: is Hayes police station open now?`,
          suggestions: STARTER_SUGGESTIONS,
        };
      }
      return {
        headline: WHAT_I_DO,
        keyLines: [notForReporting(contacts)],
        list: { heading: 'You can ask things like:', items: EXAMPLES },
        speak: `${WHAT_I_DO} For example, ask: is Hayes police station open now?`,
        suggestions: STARTER_SUGGESTIONS,
      };
    case 'thanks':
      // Thanks while a postcode is awaited: welcome, and the question still open, said again (the conversation keeps it).
      if (answer.waiting) return { ...said([`You're welcome. If you'd still like that answer, tell me your postcode or area: for example E17 4PP or Walthamstow.`]) };
      return { ...said(["You're welcome. Is there anything else you'd like to know about police front counters?"]) };
    case 'acknowledged':
      // "omg", "oh no", "😢" alone: something may be wrong, so whether all is well, and 999 if anyone is in danger.
      if (answer.felt === 'upset') return { ...said([`Is everything OK? ${CAN_TELL_YOU} If you or someone else is in danger now, call ${n999}.`]), suggestions: STARTER_SUGGESTIONS };
      // "bruh", "meh", "oof", "💀": a shrug, answered briefly with what the bot does.
      if (answer.felt === 'casual') return { ...said([`I hear you. ${CAN_TELL_YOU} What would you like to know?`]), suggestions: STARTER_SUGGESTIONS };
      // "👍", "ok" while a postcode is awaited: the question asked again.
      if (answer.waiting) return { ...said([`OK. ${LOCATION_QUESTION}`]) };
      return { ...said(["OK. Is there anything else you'd like to know about police front counters?"]) };
    case 'goodbye':
      return { ...said([`Goodbye. Remember: in an emergency call ${n999}; otherwise call ${n101} or report online at met.police.uk.`]) };
    case 'cancelled':
      return { ...said(["OK, I've stopped that. What would you like to know?"]), suggestions: STARTER_SUGGESTIONS };
    case 'forgotten':
      return { ...said(["I've cleared what I stored about you in this conversation. You can start again whenever you like."]) };
  }
}

/** Short, said once to everyone in a group chat or team: what it does, how to ask (mention it), and 999. */
function groupWelcome(contacts: ContactFacts | null, context: RenderContext): AnswerSections {
  const n999 = contactNumber(contacts, 'emergency');
  return {
    ...said([
      `Hello everyone, I'm ${context.botName}. I answer questions about London police front counters: opening hours, closures, and the nearest counter open now or open 24 hours.`,
      `Mention me with your question, for example: @${context.botName} is Brixton police station open now?`,
      `I can't take crime reports. In an emergency, call ${n999}. Otherwise call ${contactNumber(contacts, 'nonEmergency')} or report online at met.police.uk.`,
    ]),
    speak: `Hello everyone, I'm ${context.botName}. Mention me with a question about a London police front counter. In an emergency, call ${n999}.`,
  };
}

/** "It's 14:05 on Friday 4 December 2026 in London." (or the date alone), then what the bot is for. */
export function renderClock(answer: Of<'clock'>): AnswerSections {
  const now = answerInstant(answer.instant, answer.instant.slice(0, 10));
  const day = now.toFormat('cccc d LLLL yyyy');
  // Asked of somewhere else: the first sentence says the bot keeps London's clock only, then gives it.
  const headline = answer.elsewhere
    ? `I only keep London time: ${answer.asked === 'date' ? `today is ${day} in London` : `it's ${now.toFormat('HH:mm')} on ${day} in London`}.`
    : answer.asked === 'date' ? `Today is ${day} in London.` : `It's ${now.toFormat('HH:mm')} on ${day} in London.`;
  return { ...said([headline, 'Ask me about a police front counter, for example whether it is open now.']), suggestions: STARTER_SUGGESTIONS };
}

export function renderNonEnglish(answer: Of<'non-english'>): AnswerSections {
  const contacts = contactsIn(answer);
  const n999 = contactNumber(contacts, 'emergency');
  const n101 = contactNumber(contacts, 'nonEmergency');
  const wrote = answer.language ? ` I think you wrote in ${answer.language}.` : '';
  const inYourLanguage = `To speak to the police in your language, call ${n101} (or ${n999} in an emergency): interpreters are available through Language Line.`;
  if (answer.alongside) {
    // After the answer about the place named: one line on the language, one on where to get help in theirs.
    return { headline: `I can only answer in English.${wrote}`, keyLines: [inYourLanguage], speak: 'I can only answer in English.' };
  }
  // A message the bot cannot read may be a cry for help in words it does not know ("tem um homem tentando arrombar
  // a porta"): when unsure, 999 leads.
  // So the reply is first what to do in danger (with the interpreter asked for by the language's name), then the
  // language note, not an apology.
  const interpreter = answer.language ? `When ${n999} answers, say "${answer.language}": an interpreter can join the call.` : 'You can ask for an interpreter.';
  return {
    ...said([
      `If this is an emergency, call ${n999} now. ${interpreter}`,
      `I answer in English${answer.language ? ` (I think you wrote in ${answer.language})` : ''}: send me your postcode (for example E17 4PP) and I can find your nearest police front counter.`,
      inYourLanguage,
    ]),
    speak: `If this is an emergency, call ${n999} now. ${interpreter}`,
    inputHint: 'expectingInput',
  };
}

const OUT_OF_SCOPE: Record<Of<'out-of-scope'>['reason'], string> = {
  joke: "I'm afraid I don't know any jokes: I only know about London's police front counters.",
  unrelated: "Sorry, I can't help with that: I only know about London's police front counters.",
  'another-venue': "I don't know the opening hours of shops, museums, stadiums or other places: I only know about London's police front counters.",
  nonsense: "Sorry, I didn't understand that.",
  empty: "I didn't get a message.",
  'too-long': "That's a long message, and I work best with one short question at a time.",
  rude: "Sorry I haven't been more help. I'm a simple assistant that only knows about London's police front counters.",
  attachment: "I can only read text, so I can't see pictures or files. Please type your question.",
};

/** The other half of a message, after the answer to its counter question: one line, not the whole introduction. */
const OUT_OF_SCOPE_ALONGSIDE: Partial<Record<Of<'out-of-scope'>['reason'], string>> = {
  joke: "I don't know any jokes, though: I only know about London's police front counters.",
  unrelated: "I can't help with the other part of your message, though: I only know about London's police front counters.",
};

/**
 * The council's everyday matters: what the bot cannot do and where to go instead, first. The data has nothing on them,
 * so the council is named only as whom to ask, never with a number or a promise of what it does.
 */
const COUNCIL_MATTER: Record<CouncilMatter, string> = {
  noise: "I can't take noise complaints: I only know about London's police front counters. Noise from neighbours, parties or barking dogs is for your local council: contact them.",
  animal: "I can't help with lost, found or stray animals: I only know about London's police front counters. Your local council can tell you what to do about a stray or found dog or other animal.",
  pound: `${POUND_DECLINE} ${poundWhoToAsk('101')}`,
  passport: "I can't help with passports, and I don't know where passport offices are or their numbers: I only know about London's police front counters. Check gov.uk.",
  driving: "I can't help with driving licences or vehicle tax, and I don't have the DVLA's details: I only know about London's police front counters. Check gov.uk.",
  immigration: "I can't help with immigration, visas or the Home Office, and I don't know where their offices are or their numbers: I only know about London's police front counters. Check gov.uk.",
  court: "I can't help with courts or jury service, and I don't know where courts are or their numbers: I only know about London's police front counters. Check gov.uk.",
  council: "I can't help with council services, and I don't know councils' numbers or addresses: I only know about London's police front counters. Check your council's website.",
  foi: "I can't take Freedom of Information or data requests, and I don't know how the Met handles them: I only know about London's police front counters. Check met.police.uk.",
  // Counters do take lost property (resident facts): said after, as where else to ask.
  'lost-property-office': "I can't look up lost property, and I don't know where lost property offices are: I only know about London's police front counters. For things left on the Tube or buses, check tfl.gov.uk. You can also hand in or ask about lost property at a police front counter: tell me your postcode or area for the nearest one.",
  press: "I can't help with press or media enquiries, and I don't have the Met's press office details: I only know about London's police front counters. Check met.police.uk.",
};
const WHAT_I_CAN_TELL = 'I can tell you whether a police front counter is open, its opening hours, or the nearest one to you. For example: "Is Brixton police station open now?" or "nearest 24-hour police station to SE13".';
/** The council's own matters, where a row next door may turn violent: danger first in the line after. */
const NUISANCES: ReadonlySet<CouncilMatter> = new Set(['noise', 'animal', 'pound']);

export function renderOutOfScope(answer: Of<'out-of-scope'>): AnswerSections {
  const contacts = contactsIn(answer);
  const alongside = answer.alongside ? OUT_OF_SCOPE_ALONGSIDE[answer.reason] : undefined;
  if (alongside) return { headline: alongside, speak: alongside };
  if (answer.matter) {
    // Danger is not ruled out by a nuisance (a row next door may turn violent): where the police are, after where to go.
    const police = NUISANCES.has(answer.matter)
      ? `If anyone is in danger or being threatened, call ${contactNumber(contacts, 'emergency')}. Otherwise the police are on ${contactNumber(contacts, 'nonEmergency')} or met.police.uk.`
      : `If you need the police: call ${contactNumber(contacts, 'emergency')} in an emergency, otherwise ${contactNumber(contacts, 'nonEmergency')} or met.police.uk.`;
    // Another office's business: what the bot does do, as for anything else it cannot help with.
    const whatIDo = NUISANCES.has(answer.matter) || answer.matter === 'lost-property-office' ? [] : [WHAT_I_CAN_TELL];
    return { ...said([COUNCIL_MATTER[answer.matter], ...whatIDo, police]), speak: COUNCIL_MATTER[answer.matter], suggestions: STARTER_SUGGESTIONS };
  }
  const safety =
    answer.reason === 'joke' || answer.reason === 'empty'
      ? ''
      : `If you need the police: call ${contactNumber(contacts, 'emergency')} in an emergency, otherwise ${contactNumber(contacts, 'nonEmergency')} or met.police.uk.`;
  return {
    ...said([
      OUT_OF_SCOPE[answer.reason],
      WHAT_I_CAN_TELL,
      safety,
    ]),
    speak: `${OUT_OF_SCOPE[answer.reason]} I can tell you whether a police front counter is open, its opening hours, or the nearest one to you.`,
    suggestions: STARTER_SUGGESTIONS,
  };
}
