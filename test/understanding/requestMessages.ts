/**
 * Requests the bot cannot do, in our own phrasings, by task, with the station named where there is one. Shared by
 * the understanding and the bot tests.
 */
import type { CannotDoTask } from '../../src/understanding/question';

export const REQUESTS: readonly { say: string; task: CannotDoTask; station?: string }[] = [
  { say: 'order me a cab to Lewisham', task: 'taxi', station: 'lewisham' },
  { say: 'can you get me an uber to brixton police station', task: 'taxi', station: 'brixton' },
  { say: 'call me a taxi please', task: 'taxi' },
  { say: 'pls book a minicab to ilford station for me', task: 'taxi', station: 'ilford' },
  { say: 'could u sort me a lift to croydon police station', task: 'taxi', station: 'croydon' },
  { say: 'call the police for me', task: 'call-police' },
  { say: 'could you ring 999 for me please', task: 'call-police' },
  { say: 'please call the police', task: 'call-police' },
  { say: 'i need you to contact the police', task: 'call-police' },
  { say: 'can you report this crime for me', task: 'call-police' },
  { say: 'can u tell the police my car was nicked', task: 'call-police' },
  { say: 'get the police here', task: 'call-police' },
  { say: 'send an officer round', task: 'send-officer' },
  { say: 'send someone round to my flat', task: 'send-officer' },
  { say: 'can an officer come to my house to take a statement', task: 'send-officer' },
  { say: 'please send help', task: 'send-officer' },
  { say: 'book me an appointment at Ilford', task: 'booking', station: 'ilford' },
  { say: 'can i book an appointment at croydon', task: 'booking', station: 'croydon' },
  { say: 'how do i make an appointment to see an officer', task: 'booking' },
  { say: 'can you arrange a meeting with an officer at walworth police station', task: 'booking', station: 'walworth' },
  { say: 'text my mum', task: 'message' },
  { say: 'can you email my solicitor', task: 'message' },
  { say: "let my wife know i'm at the station", task: 'message' },
  { say: 'can you call my dad', task: 'message' },
  { say: 'translate this', task: 'translate' },
  { say: 'can you translate a letter from the police into polish', task: 'translate' },
  { say: 'could you translate what the officer said', task: 'translate' },
  { say: 'check my crime reference number', task: 'case-lookup' },
  { say: 'any update on my case', task: 'case-lookup' },
  { say: "can you tell me what's happening with my report", task: 'case-lookup' },
  { say: 'can you pay my parking fine', task: 'errand' },
  { say: 'remind me to go to the station tomorrow', task: 'errand' },
  { say: 'drive me to walworth', task: 'errand', station: 'walworth' },
];

