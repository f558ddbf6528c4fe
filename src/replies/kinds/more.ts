/**
 * "Tell me more", "sources", "where is that from?" after an answer: the
 * details and sources of the last answer, as this conversation's replies
 * remember them, so they come on request instead of in every reply.
 */
import type { Answer } from '../../answers/answer';
import type { RenderContext } from '../reply';
import { firstSentences } from '../format/text';
import type { AnswerSections } from '../sections';

type MoreAnswer = Extract<Answer, { kind: 'more' }>;

/** Details said again with a repeated answer: a few, as a reply on a phone should be. */
const REPEATED_DETAILS = 3;

/** What a resident confused by an answer can ask next: the two or three things most asked, never the whole help text. */
const ASK_NEXT = 'You can ask me whether a police front counter is open, its hours, or the nearest one to a postcode.';

export function renderMore(answer: MoreAnswer, context: RenderContext): AnswerSections {
  const last = context.memory.last;
  // "huh?", "what do u mean" after an answer: its first sentence alone, then what to ask next.
  if (answer.topic === 'simpler') {
    return {
      headline: last ? `In short: ${firstSentences(last.headline, 1)}` : ASK_NEXT,
      keyLines: last ? [ASK_NEXT] : ['For example: "Is Brixton open now?" or "nearest police station to SE13".'],
      suggestions: last ? ['Tell me more', 'Nearest 24-hour police station'] : ['Is Brixton open now?', 'Nearest 24-hour police station'],
    };
  }
  if (!last) {
    return {
      headline: "I haven't answered anything yet that I could say more about.",
      keyLines: ['Ask me about a police front counter, for example "Is Brixton open now?"'],
      suggestions: ['Nearest 24-hour police station', 'Is Brixton open now?'],
    };
  }
  // "any more?", "the one after that" after a list that named every one: none, and what that list was.
  if (answer.topic === 'no-more') {
    return {
      headline: /^No\b/.test(last.headline) ? `None: n${last.headline.replace(/\s+/g, ' ').slice(1)}` : `There are no more: my last answer named every one (${whatWasListed(last.headline)}).`,
      suggestions: ['Tell me more', 'Sources'],
    };
  }
  const about = `About "${last.headline.replace(/\s+/g, ' ').slice(0, 120)}"`;
  const sources = last.sources.map((s) => (context.markdown ? `[${s.label}](${s.url})` : `${s.label}: ${s.url}`));
  const noSources = "I don't have a published source to show for that answer; check met.police.uk.";
  // "Can you repeat that?": the last answer's first line and its details again, as remembered.
  if (answer.topic === 'repeat') {
    return {
      headline: last.headline,
      list: last.details.length > 0 ? { items: last.details.slice(0, REPEATED_DETAILS) } : null,
      suggestions: ['Tell me more', 'Sources'],
    };
  }
  if (answer.topic === 'sources') {
    return {
      headline: sources.length > 0 ? `${about}, my ${sources.length === 1 ? 'source is' : 'sources are'}:` : `${about}: ${noSources}`,
      list: sources.length > 0 ? { items: [...sources, ...(last.dating ? [last.dating] : [])] } : null,
      suggestions: ['Tell me more'],
    };
  }
  return {
    headline: last.details.length > 0 ? `${about}:` : `${about}: I have nothing more to add.`,
    list: { items: [...last.details, ...(sources.length > 0 ? [`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`] : []), ...(last.dating ? [last.dating] : [])] },
  };
}

/** What a list's headline said it lists, without the names: "Ten front counters closed on 28 February 2026" of "...: Barking, ...". */
function whatWasListed(headline: string): string {
  return headline.replace(/\s+/g, ' ').split(/:(?: |$)/)[0].replace(/[.:]$/, '');
}
