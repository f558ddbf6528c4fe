/**
 * A choice button clicked on Teams: an Adaptive Card `Action.Execute`, which
 * Teams sends as an `adaptiveCard/action` invoke (Universal Actions) with the
 * button's verb and data:
 *
 *   { type: 'invoke', name: 'adaptiveCard/action', replyToId: <the card's message>,
 *     value: { action: { type: 'Action.Execute', verb: 'choose', data: { choice, askerId } }, trigger: 'manual' } }
 *
 * The click is read here (anything malformed is a 400 invoke response, never a
 * crash), taken as the message it stands for, and what that message's turn
 * would send is collected so the bot can place it: the answer card as the
 * invoke response, so the choice card turns into the answer in place.
 */
import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Attachment,
  type InvokeResponse,
} from 'botbuilder';
import { CHOICE_VERB, type ChoiceData } from '../replies/cards/elements';
import { carryAttempt } from '../storage/turnStorage';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Longer than any place name a choice offers; anything longer was not sent by our card. */
const MAX_CHOICE_LENGTH = 200;

export type ChoiceClick = { ok: true; choice: string; askerId?: string } | { ok: false; problem: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The invoke's value has the shape botbuilder reads (an object with an
 * `action` object); botbuilder itself would throw a TypeError on `{}` or a string.
 */
export function invokeValueProblem(value: unknown): string | null {
  if (!isObject(value)) return 'The invoke has no value: expected { action: { type: "Action.Execute", verb, data } }';
  if (!isObject(value.action)) return 'The invoke value has no action: expected { action: { type: "Action.Execute", verb, data } }';
  return null;
}

/** The choice a click made, or why it cannot be read. */
export function readChoiceClick(invokeValue: AdaptiveCardInvokeValue, trigger: unknown): ChoiceClick {
  const { verb, data } = invokeValue.action;
  // Our cards ask for no automatic refresh: only a person's click answers a question.
  if (trigger !== undefined && trigger !== 'manual') return { ok: false, problem: `Trigger ${JSON.stringify(trigger)} is not supported: only a click (manual)` };
  if (typeof verb !== 'string' || verb === '') return { ok: false, problem: 'The action has no verb' };
  if (verb !== CHOICE_VERB) return { ok: false, problem: `Unknown verb ${JSON.stringify(verb.slice(0, 50))}` };
  if (!isObject(data)) return { ok: false, problem: 'The action has no data: expected { choice }' };
  const { choice, askerId } = data as Partial<Record<keyof ChoiceData, unknown>>;
  if (typeof choice !== 'string' || choice.trim() === '') return { ok: false, problem: 'The action data has no choice' };
  if (choice.length > MAX_CHOICE_LENGTH) return { ok: false, problem: `The choice is longer than ${MAX_CHOICE_LENGTH} characters` };
  return { ok: true, choice: choice.trim(), ...(typeof askerId === 'string' && askerId !== '' ? { askerId } : {}) };
}

/** A 400 invoke response, in the error shape Universal Actions define. */
export function badClick(problem: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: problem } };
}

export function badInvoke(problem: string): InvokeResponse<AdaptiveCardInvokeResponse> {
  return { status: 400, body: badClick(problem) };
}

/** The card that replaces the clicked one. */
export function cardResponse(card: Record<string, unknown>): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
}

export interface ClickTurn {
  /** A message turn: the choice as the clicker's words, in the same conversation, replying to the card's message. */
  turn: TurnContext;
  /** What the turn sent, held back for the bot to place. */
  replies: Partial<Activity>[];
}

/**
 * The click as the message it stands for, run as its own turn context so the
 * dialog (prompts included) reads it exactly as typed words. Its state is
 * loaded and saved on that context; what it sends is collected, not sent.
 */
export function clickAsMessage(invoke: TurnContext, words: string): ClickTurn {
  const a = invoke.activity;
  const message: Partial<Activity> = {
    type: ActivityTypes.Message,
    id: a.id,
    timestamp: a.timestamp,
    localTimestamp: a.localTimestamp,
    localTimezone: a.localTimezone,
    locale: a.locale,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId,
    from: a.from,
    conversation: a.conversation,
    recipient: a.recipient,
    channelData: a.channelData,
    replyToId: a.replyToId,
    text: words,
    textFormat: 'plain',
  };
  const turn = new TurnContext(invoke.adapter, message);
  // The click's turn is the invoke's: its state goes through the same attempt.
  carryAttempt(invoke, turn);
  const replies: Partial<Activity>[] = [];
  turn.onSendActivities(async (_context, activities) => {
    replies.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  return { turn, replies };
}

/** The Adaptive Card a reply carries, if any. */
export function adaptiveCardOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const attachment = (activity.attachments ?? []).find((a: Attachment) => a.contentType === ADAPTIVE_CARD);
  return isObject(attachment?.content) ? attachment.content : undefined;
}

/** A card reply as its text alone: the summary the chat keeps when the card itself went into the invoke response. */
export function textSummaryOf(activity: Partial<Activity>): Partial<Activity> {
  const { attachments: _card, attachmentLayout: _layout, ...rest } = activity;
  return rest;
}
