/**
 * A state object's JSON text (its `eTag` left out), handed between TurnStorage and the text-compared
 * BotStates so that neither works it out again. Two ways, kept apart so a text can only go where it was
 * meant to: TurnStorage makes the text when it copies an item it reads, and the BotState that loads the
 * item keeps it as the text loaded (`read`); the BotState makes it when it compares at save, and
 * TurnStorage copies the written item from it (`written`). A text is handed for the very next step only
 * (taking it forgets it), for an object nobody changes in between. A BotState that takes nothing (plain
 * BotState) leaves its read texts unused: a written text is only ever one a BotState just handed.
 */
class HandedTexts {
  private readonly texts = new WeakMap<object, string>();

  hand(state: object, text: string): void {
    this.texts.set(state, text);
  }

  /** The text handed with `state`, if any, forgotten once taken. */
  take(state: object): string | undefined {
    const text = this.texts.get(state);
    if (text !== undefined) this.texts.delete(state);
    return text;
  }
}

/** From TurnStorage to the BotState loading what it read. */
export const readText = new HandedTexts();
/** From the BotState saving to TurnStorage's write. */
export const writtenText = new HandedTexts();
