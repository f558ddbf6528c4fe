/** Replies: an `Answer` rendered as channel-ready text, speech, card and suggestions. No botbuilder here (see `toActivity.ts`). */
export { renderReply } from './renderReply';
export { MAX_SUGGESTIONS } from './compose';
export type { AdaptiveCard, InputHint, Reply, ReplyMemory, ReplyOptions } from './reply';
