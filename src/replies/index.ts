/** Replies: an `Answer` rendered as channel-ready text, speech, card and suggestions. No botbuilder here (see `toActivity.ts`). */
export { renderReply } from './renderReply';
export { MAX_SUGGESTIONS, MAX_SUGGESTIONS_TEAMS } from './finish';
export type { AdaptiveCard, InputHint, Reply, ReplyOptions } from './reply';
