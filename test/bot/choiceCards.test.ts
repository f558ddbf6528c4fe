/**
 * Choice cards on Teams ("Woodford or Wood Green?") use Universal Actions: each
 * button is an `Action.Execute` (with the classic imBack as its fallback), and
 * a click arrives as an `adaptiveCard/action` invoke. Through the real bot:
 * the click is the clicker's own message (their waiting question, their
 * state), the answer's card is the invoke response so the choice card turns
 * into the answer in place, and the chat keeps the answer's text. A click by
 * someone else in a group chat is their own question and leaves the asker's
 * card and question alone. Anything malformed gets a 400 invoke response.
 * Web Chat keeps Action.Submit buttons.
 */
import { expect } from 'chai';
import type { Activity, AdaptiveCardInvokeResponse, InvokeResponse } from 'botbuilder';
import { checkAdaptiveCard, cardTexts } from '../replies/adaptiveCardChecker';
import { cardOf, Conversation, RESIDENT, suggestions, type Person } from './harness';
import { cardClick, mentioning, type ClickOptions } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

/** Asks so that the bot must offer a choice between Woodford and Wood Green, keeping the question waiting. */
const AMBIGUOUS = 'nearest 24 hour desk to wood';

type Button = Record<string, unknown>;

function choiceButtons(activity: Partial<Activity>): Button[] {
  const card = cardOf(activity);
  const sets = ((card?.body ?? []) as Button[]).filter((el) => el.type === 'ActionSet');
  return sets.flatMap((set) => set.actions as Button[]);
}

function buttonFor(activity: Partial<Activity>, title: RegExp): Button {
  const button = choiceButtons(activity).find((b) => title.test(String(b.title)));
  if (!button) throw new Error(`no button ${title} on ${JSON.stringify(cardOf(activity))}`);
  return button;
}

interface ClickResult {
  response: InvokeResponse<AdaptiveCardInvokeResponse>;
  /** Messages the click sent to the chat. */
  sent: Partial<Activity>[];
  /** Messages the click updated in place. */
  updated: Partial<Activity>[];
}

async function click(chat: Conversation, card: Partial<Activity>, title: RegExp, from?: Person, options: ClickOptions = {}): Promise<ClickResult> {
  return invoke(chat, cardClick(buttonFor(card, title), { cardMessageId: card.id, ...options }), from);
}

async function invoke(chat: Conversation, activity: Partial<Activity>, from?: Person): Promise<ClickResult> {
  const updatesBefore = chat.adapter.updates.length;
  const replies = await chat.say(activity, from);
  const responses = replies.filter((r) => r.type === 'invokeResponse');
  expect(responses, 'exactly one invoke response').to.have.length(1);
  return {
    response: responses[0].value as InvokeResponse<AdaptiveCardInvokeResponse>,
    sent: replies.filter((r) => r.type === 'message'),
    updated: chat.adapter.updates.slice(updatesBefore),
  };
}

/** The card an invoke response puts in place of the clicked one, checked as a 200 card response. */
function cardInPlace(result: ClickResult): Record<string, unknown> {
  expect(result.response.status).to.equal(200);
  expect(result.response.body).to.include({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  const card = result.response.body!.value;
  expect(checkAdaptiveCard(card, { teams: true })).to.deep.equal([]);
  return card;
}

function words(card: Record<string, unknown>): string {
  return cardTexts(card.body).join('\n');
}

describe('Teams choice cards: Universal Actions (Action.Execute)', () => {
  describe('the card', () => {
    it('offers each place as an Action.Execute with the choice and who asked, and an imBack fallback', async () => {
      const chat = new Conversation('msteams');
      const [choice] = await chat.say(mentioning(AMBIGUOUS));
      expect(checkAdaptiveCard(cardOf(choice), { teams: true })).to.deep.equal([]);
      const woodford = buttonFor(choice, /^Woodford/);
      expect(woodford).to.deep.include({ type: 'Action.Execute', verb: 'choose', data: { choice: woodford.title, askerId: RESIDENT.id } });
      expect(woodford.fallback).to.deep.equal({ type: 'Action.Submit', title: woodford.title, data: { msteams: { type: 'imBack', value: woodford.title } } });
      // The choice shows once: as card buttons, not again as suggestions.
      expect(suggestions(choice)).to.deep.equal([]);
    });

    it('stays Action.Submit in Web Chat, which sends no invokes', async () => {
      const chat = new Conversation('webchat');
      const [choice] = await chat.say(AMBIGUOUS);
      expect(checkAdaptiveCard(cardOf(choice))).to.deep.equal([]);
      const buttons = choiceButtons(choice);
      expect(buttons.map((b) => b.type)).to.deep.equal(buttons.map(() => 'Action.Submit'));
      expect(await chat.ask(String(buttons.find((b) => /^Woodford/.test(String(b.title)))!.data))).to.match(/Charing Cross/);
    });
  });

  describe('personal chat', () => {
    let chat: Conversation;
    let choice: Partial<Activity>;
    beforeEach(async () => {
      chat = new Conversation('msteams');
      [choice] = await chat.say(mentioning(AMBIGUOUS));
    });

    it('a click answers the waiting question: the answer card comes back as the invoke response', async () => {
      const result = await click(chat, choice, /^Wood Green/);
      const card = cardInPlace(result);
      // The question was the nearest 24-hour desk: the click completed it, not a bare place name.
      expect(words(card)).to.match(/nearest 24-hour front counter to Wood Green is \*\*Charing Cross/);
    });

    it('the choice message itself becomes the answer (its text summary and the card), with nothing sent twice', async () => {
      const result = await click(chat, choice, /^Woodford/);
      const card = cardInPlace(result);
      expect(result.updated).to.have.length(1);
      const [message] = result.updated;
      expect(message.id).to.equal(choice.id);
      expect(message.text).to.match(/^The nearest 24-hour front counter to Woodford is \*\*Charing Cross/);
      expect(cardOf(message)).to.deep.equal(card);
      expect(result.sent).to.deep.equal([]);
    });

    it('the question is answered once: the next message is a new question, not a second pick', async () => {
      await click(chat, choice, /^Woodford/);
      expect(await chat.ask('Brixton police station hours')).to.match(/Brixton/);
      // Clicking the old card again asks about the place afresh (no waiting question is left to complete).
      const again = cardInPlace(await click(chat, choice, /^Wood Green/));
      expect(words(again)).to.match(/Wood Green/);
      expect(words(again)).to.not.match(/Brixton/);
    });

    it('without the card\'s message id the chat still gets the answer\'s text summary', async () => {
      const result = await invoke(chat, cardClick(buttonFor(choice, /^Woodford/)));
      cardInPlace(result);
      expect(result.updated).to.deep.equal([]);
      expect(result.sent).to.have.length(1);
      expect(result.sent[0].text).to.match(/^The nearest 24-hour front counter to Woodford/);
      expect(cardOf(result.sent[0]), 'the card is in the invoke response, not repeated').to.equal(undefined);
    });
  });

  for (const type of ['groupChat', 'channel'] as const) {
    describe(`${type}`, () => {
      let chat: Conversation;
      let alicesChoice: Partial<Activity>;
      beforeEach(async () => {
        chat = new Conversation('msteams', undefined, type);
        [alicesChoice] = await chat.say(mentioning(AMBIGUOUS), ALICE);
      });

      it("the asker's click replaces the card for everyone with the answer, addressed to her", async () => {
        const result = await click(chat, alicesChoice, /^Woodford/, ALICE);
        const card = cardInPlace(result);
        expect(words(card)).to.match(/nearest 24-hour front counter to Woodford/);
        expect(result.updated).to.have.length(1);
        expect(result.updated[0].id).to.equal(alicesChoice.id);
        expect(result.updated[0].text).to.match(/^<at>Alice<\/at> The nearest 24-hour front counter to Woodford/);
        expect(result.sent).to.deep.equal([]);
      });

      it("someone else's click is their own question: their answer in place for them, the asker's card and question untouched", async () => {
        const bobs = await click(chat, alicesChoice, /^Woodford/, BOB);
        const card = cardInPlace(bobs);
        // Bob asked nothing: "Woodford" is his question, about the place itself, not Alice's nearest 24-hour desk.
        expect(words(card)).to.match(/Woodford/);
        expect(words(card)).to.not.match(/nearest 24-hour front counter to Woodford is/);
        expect(bobs.updated, "Alice's card is not replaced").to.deep.equal([]);
        expect(bobs.sent).to.have.length(1);
        expect(bobs.sent[0].text).to.match(/^<at>Bob<\/at> /);

        // Alice's question still waits for her own pick.
        const alices = await click(chat, alicesChoice, /^Wood Green/, ALICE);
        expect(words(cardInPlace(alices))).to.match(/nearest 24-hour front counter to Wood Green is \*\*Charing Cross/);
      });

      it("a click answers the clicker's own waiting question, even on someone else's card", async () => {
        const [bobsChoice] = await chat.say(mentioning('address of wood police station'), BOB);
        expect(choiceButtons(bobsChoice).length).to.be.greaterThan(1);
        const bobs = words(cardInPlace(await click(chat, alicesChoice, /^Wood Green/, BOB)));
        // Bob asked for the address: his answer is Wood Green's address, not Alice's nearest 24-hour desk.
        expect(bobs).to.match(/\*\*Wood Green[^*]*\*\*: [^\n]*N22 8HU/);
        expect(bobs).to.not.match(/nearest 24-hour front counter to Wood Green is/);
        // And Alice's is still hers to answer.
        expect(await chat.ask(mentioning('the first one'), ALICE)).to.match(/nearest 24-hour front counter to (Woodford|Wood Green)/);
      });
    });
  }

  describe('malformed clicks get a 400 invoke response, never a crash, and change nothing', () => {
    const malformed: [string, (button: Button) => Partial<Activity>][] = [
      ['an unknown verb', (b) => cardClick(b, { verb: 'deleteEverything' })],
      ['no verb', (b) => cardClick(b, { verb: undefined })],
      ['a verb that is not text', (b) => cardClick(b, { verb: { choose: true } })],
      ['no data', (b) => cardClick(b, { data: undefined })],
      ['data that is a string', (b) => cardClick(b, { data: 'Woodford' })],
      ['data without a choice', (b) => cardClick(b, { data: { askerId: RESIDENT.id } })],
      ['an empty choice', (b) => cardClick(b, { data: { choice: '   ' } })],
      ['a choice that is not text', (b) => cardClick(b, { data: { choice: ['Woodford'] } })],
      ['a huge choice', (b) => cardClick(b, { data: { choice: 'Woodford '.repeat(1000) } })],
      ['an automatic refresh, which the cards never ask for', (b) => cardClick(b, { trigger: 'automatic' })],
      ['an action of another type', (b) => ({ ...cardClick(b), value: { action: { type: 'Action.Submit', data: b.data } } })],
      ['a value without an action', (b) => ({ ...cardClick(b), value: { trigger: 'manual' } })],
      ['an action that is a string', (b) => ({ ...cardClick(b), value: { action: 'choose' } })],
      ['no value', (b) => ({ ...cardClick(b), value: undefined })],
      ['a value that is a string', (b) => ({ ...cardClick(b), value: 'Woodford' })],
    ];
    for (const [what, build] of malformed) {
      it(what, async () => {
        const chat = new Conversation('msteams');
        const [choice] = await chat.say(mentioning(AMBIGUOUS));
        const before = chat.storage.dump();
        const result = await invoke(chat, { ...build(buttonFor(choice, /^Woodford/)), replyToId: choice.id });
        expect(result.response.status).to.equal(400);
        expect(result.response.body).to.deep.include({ statusCode: 400, type: 'application/vnd.microsoft.error' });
        expect((result.response.body!.value as { message?: unknown }).message).to.be.a('string').and.not.equal('');
        expect(result.sent).to.deep.equal([]);
        expect(result.updated).to.deep.equal([]);
        expect(chat.storage.dump()).to.equal(before);
        // The question still waits: a proper click answers it.
        expect(words(cardInPlace(await click(chat, choice, /^Woodford/)))).to.match(/nearest 24-hour front counter to Woodford/);
      });
    }
  });
});
