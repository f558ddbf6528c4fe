/**
 * What an answer means, before it becomes words on a channel. Every renderer
 * in `kinds/` returns these sections; `compose.ts` alone turns them into the
 * text, the speech and the card, so the footer, the sources line and the
 * met.police.uk button are written once.
 *
 * - `headline`: the first sentence, answering exactly what was asked;
 * - `keyLines`: at most two short lines of what matters next (closing time
 *   today, the nearest alternative, a conflict the resident must know);
 * - `list`: when the answer is a list (desks in a borough, closures);
 * - `details`: history, other dated facts and caveats, in the card's "More
 *   details" and on request ("tell me more");
 * - `sources` and `dating`: where the facts come from and as of when.
 */
import type { PublisherIndex } from '../answers/answer';
import type { DatedMark } from '../stations/timeline';
import type { CardElement, Fact } from './cards/elements';
import type { InputHint } from './reply';

/** A source address and the date of the fact it supports here (sources carry no date of their own). */
export interface Cited {
  url: string;
  date?: DatedMark | null;
}

export interface Badge {
  text: string;
  color: 'Good' | 'Attention' | 'Warning';
}

/** What the card shows besides the key lines: its title, badge, facts, desks, where to go instead, buttons. */
export interface CardSections {
  title: string;
  badge?: Badge | null;
  /** `As of 26 November 2026`, `As of 14:30 London time, Thursday 26 November`. */
  asOfLine?: string | null;
  facts?: { heading?: string; facts: Fact[] } | null;
  /** Ready card elements (one per nearest desk). */
  blocks?: CardElement[];
  alternatives?: { heading: string; facts: Fact[]; note?: string | null } | null;
  /** Buttons beside met.police.uk, e.g. directions. */
  links?: { title: string; url: string }[];
}

export interface Dating {
  asOf: string;
  verifiedOn: string;
  sourcesUpTo: string;
  /** The answer is later than the last source: it is the Met's announced arrangement. */
  beyondSources: boolean;
}

export interface AnswerSections {
  headline: string;
  keyLines?: string[];
  list?: { heading?: string; items: string[] } | null;
  /** Null: no card (small talk, contact routes, questions back). */
  card?: CardSections | null;
  details?: string[];
  /** Doubts a careful answer mentions (sources disagree, limited evidence): part of the details, shown as warnings. */
  cautions?: string[];
  sources?: { cited: Cited[]; publishers: PublisherIndex } | null;
  /** "What's your source for stratford?": the sources lead, after these words ("My sources on **Stratford Police Station**"); the headline follows. */
  sourcesLead?: string;
  dating?: Dating | null;
  suggestions?: string[];
  /** The spoken version, when the headline and the first key line would not do. */
  speak?: string;
  inputHint?: InputHint;
  /** A choice between places: card buttons where cards show, suggestions elsewhere. */
  choices?: string[];
}
