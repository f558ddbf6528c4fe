/**
 * The understanding seam of the dialogs: text plus the conversation so far in,
 * a typed question out. Injected, so tests can pass a fake and a cloud language
 * service could later sit behind the same interface.
 */
import type { DateTime } from 'luxon';
import type { FrontCounterKnowledge } from '../src/stations';
import { understand } from '../src/understanding';
import { CorePlaceFinder } from '../src/understanding/corePlaceFinder';
import type { PlaceFinder } from '../src/understanding/placeFinder';
import type { ConversationContext, Question } from '../src/understanding/question';

export interface QuestionRecognizer {
  recognize(text: string, context: ConversationContext, now: DateTime): Question;
}

/** The default recognizer: deterministic, offline, over the knowledge core's place search. */
export class OfflineQuestionRecognizer implements QuestionRecognizer {
  private readonly finder: PlaceFinder;

  constructor(knowledge: FrontCounterKnowledge) {
    this.finder = CorePlaceFinder.of(knowledge);
  }

  recognize(text: string, context: ConversationContext, now: DateTime): Question {
    return understand(text, context, now, this.finder);
  }
}
