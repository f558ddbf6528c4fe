/**
 * Wires one StationDesk bot from its parts: the knowledge core, storage, a
 * clock and (optionally) a recognizer. The composition root calls it with the
 * real ones; tests call it with MemoryStorage and a fixed clock.
 */
import { ConversationState, UserState, type Storage } from 'botbuilder';
import { DateTime, Settings } from 'luxon';
import { MainDialog, type MainDialogDependencies } from '../../dialogs/mainDialog';
import { OfflineQuestionRecognizer, type QuestionRecognizer } from '../../dialogs/questionRecognizer';
import { Answerer } from '../answers/answerQuestion';
import type { PostcodeLocator } from '../postcodeLookup';
import type { FrontCounterKnowledge } from '../stations';
import { LONDON } from '../stations/hours/londonTime';
import type { ReplyMemory } from '../replies';
import type { ConversationContext } from '../understanding/question';
import { comparedAsText } from '../storage/textComparedState';
import { PersonState } from './personState';
import { StationDeskBot } from './stationDeskBot';

/**
 * Now, on London's clock: `DateTime.now().setZone(LONDON)` without the DateTime in the machine's own zone
 * made first (whose offset, from Date's getTimezoneOffset, costs more than the rest of the clock).
 */
export function londonWallClock(): DateTime {
  return DateTime.fromMillis(Settings.now(), { zone: LONDON });
}

export interface StationDeskParts {
  knowledge: FrontCounterKnowledge;
  storage: Storage;
  /** Defaults to the wall clock, read at the edge only. */
  clock?: () => DateTime;
  recognizer?: QuestionRecognizer;
  botName?: string;
  /** Where the bot's source code is (STATIONDESK_SOURCE_URL), given when a resident asks; absent, the bot says it has no link. */
  sourceUrl?: string;
  /** Optional online postcode lookup; absent (the default) means no network lookups. */
  postcodeLocator?: PostcodeLocator;
  onAnswered?: MainDialogDependencies['onAnswered'];
}

export interface StationDesk {
  bot: StationDeskBot;
  dialog: MainDialog;
  conversationState: ConversationState;
  personState: PersonState;
  userState: UserState;
}

// State saved when its JSON changed, compared as text rather than through BotState's hashing (see comparedAsText).
const TextComparedConversationState = comparedAsText(ConversationState);
const TextComparedUserState = comparedAsText(UserState);

export function buildStationDeskBot(parts: StationDeskParts): StationDesk {
  const conversationState = new TextComparedConversationState(parts.storage);
  // Each person's dialog and context apart, so in a group chat one person's answer never completes another's question.
  const personState = new PersonState(parts.storage);
  const userState = new TextComparedUserState(parts.storage);
  const botName = parts.botName ?? 'StationDesk';
  const answerer = new Answerer(parts.knowledge);
  const dialog = new MainDialog({
    recognizer: parts.recognizer ?? new OfflineQuestionRecognizer(parts.knowledge),
    answerer,
    contextAccessor: personState.createProperty<ConversationContext>('conversationContext'),
    // Per person too: "tell me more" is about the asker's own last answer.
    replyMemoryAccessor: personState.createProperty<ReplyMemory>('replyMemory'),
    clock: parts.clock ?? londonWallClock,
    botName,
    sourceUrl: parts.sourceUrl,
    postcodeLocator: parts.postcodeLocator,
    onAnswered: parts.onAnswered,
  });
  const bot = new StationDeskBot({ conversationState, personState, userState, dialog, botName, welcome: (audience) => answerer.welcome(audience) });
  return { bot, dialog, conversationState, personState, userState };
}
