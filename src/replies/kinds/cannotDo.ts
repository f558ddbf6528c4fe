/**
 * A request the bot cannot do, declined plainly and first ("I can't order
 * taxis."), then at most one helpful line: the counter named (its address,
 * and whether it is open), or where to get it done instead; a message for a
 * station or an officer gets both (where the counter is, and 101). Calling the
 * police or sending an officer may mean someone is in danger: those lead
 * with 999.
 */
import type { Answer } from '../../answers/answer';
import type { CannotDoTask } from '../../understanding/question';
import { contactNumber, contactSources, contactText } from '../format/contacts';
import { addressLine } from '../format/names';
import { undated } from '../format/sources';
import { bold, firstSentences, lowerFirst, residentWording, sentence } from '../format/text';
import { describeStatus } from '../parts/status';
import type { AnswerSections } from '../sections';

type CannotDoAnswer = Extract<Answer, { kind: 'cannot-do' }>;

/** A vehicle towed, clamped or in the pound: the decline, said alike asked of the bot or at a counter named. */
export const POUND_DECLINE = "I can't help you get a towed, clamped or impounded vehicle back, and I don't know where they go: I only know about London's police front counters.";
/** Nothing in the data says who tows or where pounds are: only whom to ask. */
export function poundWhoToAsk(n101: string): string {
  return `If it was towed or clamped for parking, ask your local council; if the police took it, call ${n101} or check met.police.uk.`;
}

/** What the bot says it cannot do, task by task. */
const DECLINED: Record<CannotDoTask, string> = {
  taxi: "I can't order taxis.",
  'call-police': "I can't call the police for you.",
  'send-officer': "I can't send an officer.",
  booking: "I can't book or change appointments.",
  message: "I can't send messages or make calls for you.",
  'pass-on': "I can't contact a station or an officer for you.",
  translate: "I can't translate.",
  'case-lookup': "I can't look up crime reports or cases.",
  errand: "I can't do that: I only answer questions about London's police front counters.",
  report: "I can't report a crime or make a complaint for you.",
  reminder: "I can't set reminders or send you alerts.",
  send: "I can't send emails, texts or messages.",
  save: "I can't save things for later or add them to your calendar or other apps.",
  print: "I can't print or make files.",
  'lost-property': "I can't look up, log or collect lost property.",
  'police-check': "I can't do police checks, licences or certificates (DBS checks, firearms licences, fingerprints, visa paperwork): I only know about London's police front counters.",
  fine: "I can't pay, cancel or appeal fines or penalty notices: I only know about London's police front counters.",
  bail: "I can't sign you in for bail or tell you your bail conditions.",
  'seized-property': "I can't get back property the police have seized or kept.",
  feedback: "I can't take feedback or pass it on.",
  footage: "I can't get or look at CCTV or other footage.",
  job: "I can't help with jobs or joining the police: I only know about London's police front counters.",
  legal: "I can't give legal advice or help with court cases or court orders.",
  // Replies carry speech for channels that speak them, and a screen reader reads any reply: the bot itself takes no voice.
  voice: "I can't speak or listen: I answer typed messages, and your phone's screen reader can read my replies aloud.",
  'text-size': "I can't change the size of the text: I only send the words.",
  'other-format': "I have no other versions, such as easy read or braille: I only send short written replies here, which your phone's screen reader can read aloud.",
  custody: "I can't check whether someone has been arrested or is in custody, or where they are held.",
  'custody-visit': "My sources don't cover visiting someone held in custody, or leaving things for them.",
  'register-property': "I can't register or mark a bike or other property for you: I only know about London's police front counters.",
  'officer-contact': "I can't give out an officer's phone number or email: I don't have them.",
  'other-service': "I don't know where hospitals, cash machines, courts, shops or other services are: I only know about London's police front counters.",
  'police-report': "I can't give you a police report, a copy of one or a crime reference number, and my sources don't say how to get one (for an insurance claim or otherwise).",
  pound: POUND_DECLINE,
  'victim-support': "I don't have Victim Support's or other victim services' details: my sources don't cover them.",
  'police-work': "I can't track or trace anything, find who did it or investigate: that is police work, and I'm a chatbot that only knows about London's police front counters.",
};

/** Tasks that may mean someone is in danger: 999 comes first. */
const MAY_BE_DANGER: ReadonlySet<CannotDoTask> = new Set(['call-police', 'send-officer', 'report']);
/** Tasks done some other way, which is the helpful line even when a counter is named ("book me an appointment at Ilford": through 101). */
const DONE_ELSEWHERE: ReadonlySet<CannotDoTask> = new Set(['police-work', 'police-report', 'victim-support', 'call-police', 'send-officer', 'booking', 'translate', 'case-lookup', 'report', 'police-check', 'fine', 'seized-property', 'footage', 'job', 'legal', 'custody', 'register-property', 'officer-contact']);

/** Tasks whose counter, when named, is said with whom to ask: reaching it, a towed vehicle, someone held there. */
const BOTH_LINES: ReadonlySet<CannotDoTask> = new Set(['pass-on', 'pound', 'custody-visit']);

export function renderCannotDo(answer: CannotDoAnswer): AnswerSections {
  const { contacts, task } = answer;
  const n999 = contactNumber(contacts, 'emergency');
  const declined = DECLINED[task];
  const headline = MAY_BE_DANGER.has(task) ? `${bold(`Call ${n999} now`)} if someone is in danger: ${lowerFirst(declined)}` : declined;
  const helpful =
    BOTH_LINES.has(task) ? [stationLine(answer), insteadLine(answer)].filter((l) => l !== null).join(' ') : DONE_ELSEWHERE.has(task) ? insteadLine(answer) : (stationLine(answer) ?? insteadLine(answer));
  return {
    headline,
    keyLines: helpful ? [helpful] : [],
    sources: { cited: undated([...contactSources(contacts, 'nonEmergency'), ...(answer.help?.sources ?? [])]), publishers: answer.publishers },
    speak: MAY_BE_DANGER.has(task) ? `Call ${n999} now if someone is in danger. ${declined}` : declined,
    suggestions: answer.station ? [] : ['Nearest open desk', 'How do I report a crime?'],
  };
}

/** The counter named: where it is, and whether its front counter is open. */
function stationLine(answer: CannotDoAnswer): string | null {
  if (!answer.station) return null;
  const { station, status } = answer.station;
  const address = addressLine(station);
  if (status.counter !== 'open') return describeStatus(status).headline;
  const hours = status.hours?.is24x7 ? ', open 24 hours a day' : '';
  return address ? `${bold(station.name)} is at ${address}${hours}.` : null;
}

/** Where the task can be done instead, from the facts. */
function insteadLine(answer: CannotDoAnswer): string | null {
  const { contacts, task } = answer;
  const n101 = contactNumber(contacts, 'nonEmergency');
  const nonEmergency = contactText(contacts, 'nonEmergency', 1) ?? `Call ${n101}, or report online at met.police.uk.`;
  switch (task) {
    case 'call-police':
    case 'report':
      return `Otherwise: ${lowerFirst(nonEmergency)}`;
    case 'case-lookup':
      return nonEmergency;
    case 'police-work':
      // What the resident can do instead, from the data: report it, which is how the police come to look for it.
      return `To report a theft or other crime: ${lowerFirst(nonEmergency)}`;
    case 'pass-on':
      // The counter named is in the line before: this says how to reach it, or the officer on a case, otherwise.
      if (!answer.station) return `To reach a police station or the officer dealing with your case: ${lowerFirst(nonEmergency)}`;
      return `${answer.station.status.counter === 'open' ? 'To reach them otherwise' : 'To reach the police there'}: ${lowerFirst(nonEmergency)}`;
    case 'police-report':
      // The data has no process nor fee for reports: only where crimes are reported and where to ask.
      return `If you haven't reported the crime yet: ${lowerFirst(nonEmergency)} If you have, ask on ${n101} or at met.police.uk, with your crime reference number if you have one.`;
    case 'victim-support':
      // What the data does hold for victims: an officer can come to see them, booked through 101 (resident-facts §4).
      return [`To ask about support, call ${n101} or check met.police.uk.`, answer.help ? sentence(firstSentences(residentWording(answer.help.text.replace(/^In-person appointments\.\s*/i, '')), 2).replace(/\s*\([^)]*\)\.?$/, '')) : ''].filter(Boolean).join(' ');
    case 'send-officer':
    case 'booking':
      return answer.help ? sentence(firstSentences(residentWording(answer.help.text.replace(/^In-person appointments\.\s*/i, '')), 2).replace(/\s*\([^)]*\)\.?$/, '')) : `Otherwise: ${lowerFirst(nonEmergency)}`;
    case 'translate':
      return `To speak to the police in your language, call ${n101} (or ${contactNumber(contacts, 'emergency')} in an emergency) and ask for an interpreter.`;
    case 'seized-property':
      return `To ask about property the police hold: call ${n101}, or check met.police.uk.`;
    case 'custody':
      return `To ask where someone is held: call ${n101}.`;
    case 'custody-visit':
      return `To ask about someone held, and whether you can see them or leave things for them: call ${n101}.`;
    case 'officer-contact':
      return `To reach the officer dealing with your case: ${lowerFirst(nonEmergency)}`;
    case 'footage':
      return `To ask the police about footage: ${lowerFirst(nonEmergency)}`;
    case 'pound':
      return poundWhoToAsk(n101);
    case 'job':
      // The data holds nothing on jobs: the Met's own site, as for anything it does not cover.
      return 'My sources don\'t cover jobs: check met.police.uk.';
    case 'legal':
      return `My sources don't cover legal matters. If you need the police: call ${contactNumber(contacts, 'emergency')} in an emergency, otherwise ${n101} or met.police.uk.`;
    case 'feedback':
      // A mistake reported or not, the Met's own site is where hours are published.
      return 'If something I said looks wrong or out of date, check met.police.uk.';
    case 'other-service':
      // No counter named to give the address of: where the police are, in case that is what is needed.
      return `If you need the police: call ${contactNumber(contacts, 'emergency')} in an emergency, otherwise ${n101} or met.police.uk.`;
    case 'register-property':
      // The data says nothing of registering or marking property: where to ask.
      return `My sources don't cover registering or marking property: check met.police.uk or call ${n101}.`;
    case 'police-check':
    case 'fine':
      // The data says nothing of them: where to ask, as for any task it does not name.
      return `My sources don't cover them: check met.police.uk or call ${n101}.`;
    case 'bail':
      // Where and when to report is in the resident's own bail conditions, which the data cannot hold: whom to ask.
      return `If you are not sure of your bail conditions, call ${n101}.`;
    case 'lost-property':
      // Answered after the decline by what a counter does (the service answer), which says where.
      return null;
    case 'voice':
    case 'text-size':
    case 'other-format':
    case 'taxi':
    case 'message':
    case 'errand':
    case 'reminder':
    case 'send':
    case 'save':
    case 'print':
      return null;
  }
}
