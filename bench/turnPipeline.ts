/**
 * One resident's turn without the Bot Framework around it: understanding ->
 * answer -> reply, exactly the calls MainDialog makes, with the conversation
 * context carried from turn to turn. The in-process benchmark times it and
 * the cache test replays it; the dialogs and HTTP add a fixed cost on top.
 */
import type { DateTime } from 'luxon';
import { OfflineQuestionRecognizer } from '../dialogs/questionRecognizer';
import type { Answer } from '../src/answers/answer';
import { Answerer } from '../src/answers/answerQuestion';
import { deskNamedBy } from '../src/answers/deskNamedBy';
import { renderReply, type Reply } from '../src/replies';
import type { FrontCounterKnowledge } from '../src/stations';
import { nextContext } from '../src/understanding';
import type { ConversationContext, Question } from '../src/understanding/question';

export interface TurnResult {
  text: string;
  /** The conversation context the turn was read in. */
  context: ConversationContext;
  question: Question;
  answer: Answer;
  reply: Reply;
}

export class TurnPipeline {
  private readonly recognizer: OfflineQuestionRecognizer;
  private readonly answerer: Answerer;

  constructor(
    knowledge: FrontCounterKnowledge,
    private readonly channelId = 'webchat',
  ) {
    this.recognizer = new OfflineQuestionRecognizer(knowledge);
    this.answerer = new Answerer(knowledge);
  }

  /** Plays the turns of one conversation at `now`; returns what each turn understood, answered and replied. */
  conversation(turns: readonly string[], now: DateTime): TurnResult[] {
    let context: ConversationContext = {};
    return turns.map((text) => {
      const before = context;
      const question = this.recognizer.recognize(text, context, now);
      const answer = this.answerer.answer(question, now);
      context = nextContext(question, context, deskNamedBy(answer));
      return { text, context: before, question, answer, reply: renderReply(answer, { channelId: this.channelId, botName: 'StationDesk' }) };
    });
  }
}
