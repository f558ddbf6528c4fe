/**
 * Two questions in one message, as one reply in two short sections: each
 * answer's first sentence, in the order asked (both in the text, so neither is
 * lost behind a card), then their key lines, details, sources and cautions
 * together; the card shows the first answer's facts and the second's desks.
 */
import { firstSentences } from '../format/text';
import type { AnswerSections, CardSections } from '../sections';

function both<T>(a: T[] | undefined, b: T[] | undefined): T[] {
  return [...(a ?? []), ...(b ?? [])];
}

function bothCards(a: CardSections | null | undefined, b: CardSections | null | undefined): CardSections | null {
  if (!a || !b) return a ?? b ?? null;
  return {
    ...a,
    title: `${a.title} · ${b.title}`,
    facts: a.facts ?? b.facts ?? null,
    blocks: both(a.blocks, b.blocks),
    alternatives: a.alternatives ?? b.alternatives ?? null,
    links: [...new Map(both(a.links, b.links).map((l) => [l.url, l])).values()],
  };
}

export function bothSections(first: AnswerSections, second: AnswerSections): AnswerSections {
  return {
    // One paragraph, a line each: the text stays the headline the card sums up.
    headline: `${first.headline}\n${second.headline}`,
    // A line both halves share (one counter's address, for two places in its borough) is said once.
    keyLines: [...new Set([first.keyLines?.[0], second.keyLines?.[0]].filter((l): l is string => Boolean(l)))],
    list: second.list ?? first.list ?? null,
    card: bothCards(first.card, second.card),
    details: both(first.details, second.details),
    cautions: [...new Set(both(first.cautions, second.cautions))],
    sources: first.sources || second.sources ? { cited: both(first.sources?.cited, second.sources?.cited), publishers: { ...second.sources?.publishers, ...first.sources?.publishers } } : null,
    dating: first.dating && second.dating ? { ...first.dating, beyondSources: first.dating.beyondSources || second.dating.beyondSources } : (first.dating ?? second.dating ?? null),
    speak: `${firstSentences(first.speak ?? first.headline, 1)} ${firstSentences(second.speak ?? second.headline, 1)}`,
    suggestions: [...new Set(both(second.suggestions, first.suggestions))],
  };
}
