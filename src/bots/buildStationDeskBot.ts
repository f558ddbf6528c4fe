/**
 * Wires one StationDesk bot from its parts: the knowledge core, storage, a
 * clock and (optionally) a recognizer. The composition root calls it with the
 * real ones; tests call it with MemoryStorage and a fixed clock.
 */
import { ConversationState, UserState, type Storage } from 'botbuilder';
import { DateTime } from 'luxon';
import { MainDialog, type MainDialogDependencies } from '../../dialogs/mainDialog';
import { OfflineQuestionRecognizer, type QuestionRecognizer } from '../../dialogs/questionRecognizer';
import { Answerer } from '../answers/answerQuestion';
import type { PostcodeLocator } from '../postcodeLookup';
import type { FrontCounterKnowledge } from '../stations';
import type { ReplyMemory } from '../replies';
import type { ConversationContext } from '../understanding/question';
import { StationDeskBot } from './stationDeskBot';

export interface StationDeskParts {
  knowledge: FrontCounterKnowledge;
  storage: Storage;
  /** Defaults to the wall clock, read at the edge only. */
  clock?: () => DateTime;
  recognizer?: QuestionRecognizer;
  botName?: string;
  /** Optional online postcode lookup; absent (the default) means no network lookups. */
  postcodeLocator?: PostcodeLocator;
  onAnswered?: MainDialogDependencies['onAnswered'];
}

export function buildStationDeskBot(parts: StationDeskParts): { bot: StationDeskBot; dialog: MainDialog; conversationState: ConversationState; userState: UserState } {
  const conversationState = new ConversationState(parts.storage);
  const userState = new UserState(parts.storage);
  const botName = parts.botName ?? 'StationDesk';
  const answerer = new Answerer(parts.knowledge);
  const dialog = new MainDialog({
    recognizer: parts.recognizer ?? new OfflineQuestionRecognizer(parts.knowledge),
    answerer,
    contextAccessor: conversationState.createProperty<ConversationContext>('conversationContext'),
    replyMemoryAccessor: conversationState.createProperty<ReplyMemory>('replyMemory'),
    clock: parts.clock ?? (() => DateTime.now().setZone('Europe/London')),
    botName,
    postcodeLocator: parts.postcodeLocator,
    onAnswered: parts.onAnswered,
  });
  const bot = new StationDeskBot({ conversationState, userState, dialog, botName, welcome: () => answerer.welcome() });
  return { bot, dialog, conversationState, userState };
}
