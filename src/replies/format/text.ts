/** Small wording helpers shared by every renderer. */

export function bold(text: string): string {
  return `**${text}**`;
}

/**
 * `Call 101, or ...` -> `call 101, or ...`, `Open 24 hours` -> `open 24 hours`, to follow
 * a colon or a verb mid-sentence. Only these sentence-opening words: names and `Mon–Fri` stay.
 */
export function lowerFirst(text: string): string {
  return /^(Call|Open|Closed|Every|Report|Text)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A sentence from the data put after a colon: "A £260m funding gap" -> "a £260m funding gap", "Closed 63 of" -> "closed 63 of". */
export function afterAColon(text: string): string {
  return /^(?:[A-Z][a-z]|An? )/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `A`, `A and B`, `A, B and C`. */
/** Without the data's citations in brackets: "(Mayor's answer, MQT 2017/3620)". */
export function uncited(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, '');
}

/** The uses of a counter among the data's facts (those that name one begin lower-case: "leaving or collecting lost property"), uncited. */
export function usesNamed(facts: readonly { text: string }[]): string[] {
  return facts.filter((f) => /^[a-z]/.test(f.text)).map((f) => uncited(f.text));
}

export function joinAnd(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `two`, `ten`, `27`: words up to ten, as British style guides write them. */
export function countWord(n: number): string {
  return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** Ends a sentence with a full stop unless it already has one. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/** The first `n` sentences of a text (`met.police.uk.` does not end one early). */
export function firstSentences(text: string, n: number): string {
  const parts = text.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  return parts.slice(0, n).join(' ');
}

/** Data text says `GBP 7m`; residents read `£7m`. */
export function pounds(text: string): string {
  return text.replace(/\bGBP ?(?=\d)/g, '£');
}

/**
 * resident-facts.md speaks partly to whoever builds the bot ("Present it as
 * ...", "tell users to check ..."). Residents get the facts, not the notes.
 */
export function residentWording(text: string): string {
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  return sentences
    .filter((s) => !/^present it as\b/i.test(s) && !/\bthe chatbot\b/i.test(s))
    .map((s) =>
      s
        .replace(/,? and point users to met\.police\.uk/i, '')
        .replace(/\btell users to (\w)/i, (_, c: string) => c)
        .replace(/^(\w)/, (c) => c.toUpperCase()),
    )
    .join(' ');
}
