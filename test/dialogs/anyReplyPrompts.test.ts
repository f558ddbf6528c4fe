/**
 * The main dialog's own prompts (dialogs/anyReplyPrompts.ts) do what
 * botbuilder-dialogs' ChoicePrompt and TextPrompt did for StationDesk: the
 * same question sent, the same choice found (or none) in the same replies,
 * any reply accepted. Played side by side with botbuilder's prompts, set up as
 * the main dialog set them up, then through the real bot.
 */
import { expect } from 'chai';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import type { Dialog, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { ChoicePrompt } from 'botbuilder-dialogs/lib/prompts/choicePrompt';
import { ListStyle } from 'botbuilder-dialogs/lib/prompts/prompt';
import { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import { DialogTestClient } from 'botbuilder-testing';
import { ChoiceReplyPrompt, TextReplyPrompt } from '../../dialogs/anyReplyPrompts';
import type { QuestionRecognizer } from '../../dialogs/questionRecognizer';
import { OfflineQuestionRecognizer } from '../../dialogs/questionRecognizer';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { cardOf, knowledge, readable, THURSDAY_AFTERNOON } from '../bot/harness';

const PROMPT = 'prompt';

/** Asks with `prompt` (whatever it is given as options), then says what the prompt returned and ends with it. */
class AskThenSay extends ComponentDialog {
  constructor(prompt: Dialog, options: Record<string, unknown>) {
    super('askThenSay');
    this.addDialog(prompt).addDialog(
      new WaterfallDialog('steps', [
        async (step: WaterfallStepContext) => step.beginDialog(PROMPT, structuredClone(options)),
        async (step: WaterfallStepContext) => {
          await step.context.sendActivity(`result: ${JSON.stringify(step.result ?? null)}`);
          return step.endDialog(step.result);
        },
      ]),
    );
    this.initialDialogId = 'steps';
  }
}

/** botbuilder's ChoicePrompt as the main dialog used to set it up: any reply valid, no numbers or ordinals, no list appended. */
function botbuilderChoicePrompt(): ChoicePrompt {
  const prompt = new ChoicePrompt(PROMPT, async () => true);
  prompt.recognizerOptions = { recognizeOrdinals: false, recognizeNumbers: false };
  return prompt;
}

/** What a client saw: the prompt (ids and times aside), then the result line and the dialog's end. */
async function play(dialog: Dialog, channelId: string, replies: (string | Partial<Activity>)[]): Promise<unknown[]> {
  const client = new DialogTestClient(channelId, dialog);
  const seen: unknown[] = [];
  const first = (await client.sendActivity('start')) as Partial<Activity>;
  seen.push(withoutIdentity(first));
  for (const reply of replies) {
    const answer = (await client.sendActivity(reply)) as Partial<Activity> | undefined;
    seen.push(answer ? withoutIdentity(answer) : null, client.dialogTurnResult.status, client.dialogTurnResult.result ?? null);
  }
  return seen;
}

function withoutIdentity(activity: Partial<Activity>): Partial<Activity> {
  const { id: _id, timestamp: _timestamp, localTimestamp: _local, ...rest } = activity;
  return JSON.parse(JSON.stringify(rest)) as Partial<Activity>;
}

/** A choice question as the bot sends it: words, speech, suggested actions and a card with Action.Execute buttons. */
const CHOICE_QUESTION: Partial<Activity> = {
  type: ActivityTypes.Message,
  text: 'Did you mean Woodford or Wood Green?',
  speak: 'Did you mean Woodford or Wood Green?',
  suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Woodford', value: 'Woodford' }, { type: 'imBack', title: 'Wood Green', value: 'Wood Green' }] },
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'ActionSet', actions: [{ type: 'Action.Execute', title: 'Woodford', verb: 'choosePlace', data: { choice: 'Woodford' } }] }],
      },
    },
  ],
};

const CHOICE_SETS: string[][] = [
  ['Woodford', 'Wood Green'],
  ['Ilford Police Station', 'Ilford Lane'],
  ["St John's Wood", 'Kentish Town', 'Kensington'],
  ['Charing Cross', 'Lewisham'],
];

const REPLIES: (string | Partial<Activity>)[] = [
  'Woodford',
  'woodford',
  'WOODFORD please',
  'the wood green one',
  'Wood Green police station',
  'wood',
  'green',
  'not woodford, wood green',
  'woodford?',
  'Ilford',
  'ilford police',
  'police station ilford',
  'ilford lane please',
  "st john's wood",
  'st johns wood',
  'kentish',
  'Kensington',
  'kensington gardens',
  'the second one',
  '2',
  'first',
  'cancel',
  'nearest 24 hour desk to E17 4PP',
  '👋',
  '',
  { type: ActivityTypes.Message, text: '', value: { question: 'Woodford' } },
  { type: ActivityTypes.Typing },
];

describe('the choice prompt: botbuilder ChoicePrompt semantics without its recognizers', () => {
  for (const channel of ['webchat', 'msteams']) {
    for (const choices of CHOICE_SETS) {
      it(`${channel}, choices ${choices.join(' / ')}: the same question sent and the same choice (or none) found, reply by reply`, async () => {
        for (const reply of REPLIES) {
          const ours = await play(new AskThenSay(new ChoiceReplyPrompt(PROMPT), { prompt: CHOICE_QUESTION, choices }), channel, [reply]);
          const theirs = await play(new AskThenSay(botbuilderChoicePrompt(), { prompt: CHOICE_QUESTION, choices, style: ListStyle.none }), channel, [reply]);
          expect(ours, JSON.stringify(reply)).to.deep.equal(theirs);
        }
      });
    }
  }

  it('a question without words (a card only) is sent with empty text, as ChoicePrompt sent it', async () => {
    const cardOnly = { type: ActivityTypes.Message, attachments: CHOICE_QUESTION.attachments };
    const ours = await play(new AskThenSay(new ChoiceReplyPrompt(PROMPT), { prompt: cardOnly, choices: ['Woodford'] }), 'msteams', ['woodford']);
    const theirs = await play(new AskThenSay(botbuilderChoicePrompt(), { prompt: cardOnly, choices: ['Woodford'], style: ListStyle.none }), 'msteams', ['woodford']);
    expect(ours).to.deep.equal(theirs);
    expect((ours[0] as Partial<Activity>).text).to.equal('');
  });

  it('finds a choice named alone, in other words, or in another case; gives nothing for part of a name or a number', async () => {
    const found = async (reply: string) => {
      const [, , , result] = await play(new AskThenSay(new ChoiceReplyPrompt(PROMPT), { prompt: CHOICE_QUESTION, choices: ['Woodford', 'Wood Green'] }), 'webchat', [reply]);
      return (result as FoundChoice | null)?.value ?? null;
    };
    expect(await found('Woodford')).to.equal('Woodford');
    expect(await found('woodford please')).to.equal('Woodford');
    expect(await found('the WOOD GREEN one')).to.equal('Wood Green');
    // Not a choice: these go back to understanding as they were said.
    expect(await found('green')).to.equal(null);
    expect(await found('2')).to.equal(null);
    expect(await found('the second one')).to.equal(null);
    expect(await found('walthamstow')).to.equal(null);
  });

  it('waits through a typing indicator: nothing sent, still waiting, then takes the message', async () => {
    const client = new DialogTestClient('webchat', new AskThenSay(new ChoiceReplyPrompt(PROMPT), { prompt: CHOICE_QUESTION, choices: ['Woodford'] }));
    await client.sendActivity('start');
    expect(await client.sendActivity({ type: ActivityTypes.Typing })).to.equal(undefined);
    expect(client.dialogTurnResult.status).to.equal('waiting');
    expect(((await client.sendActivity('woodford')) as Partial<Activity>).text).to.equal('result: {"value":"Woodford","index":0,"score":1,"synonym":"Woodford"}');
    expect(client.dialogTurnResult.status).to.equal('complete');
  });
});

describe('the text prompt: botbuilder TextPrompt semantics, any reply accepted', () => {
  const ASK: Partial<Activity> = { type: ActivityTypes.Message, text: "What's your postcode or area? For example E17 4PP or Walthamstow." };
  for (const channel of ['webchat', 'msteams']) {
    it(`${channel}: the same question sent (expecting input) and the same reply returned`, async () => {
      for (const reply of ['E17 4PP', 'walthamstow', 'cancel', '', '👋', { type: ActivityTypes.Message, text: '', value: { question: 'x' } }, { type: ActivityTypes.Typing }]) {
        const ours = await play(new AskThenSay(new TextReplyPrompt(PROMPT), { prompt: ASK }), channel, [reply]);
        const theirs = await play(new AskThenSay(new TextPrompt(PROMPT, async () => true), { prompt: ASK }), channel, [reply]);
        expect(ours, JSON.stringify(reply)).to.deep.equal(theirs);
      }
      const [question] = await play(new AskThenSay(new TextReplyPrompt(PROMPT), { prompt: ASK }), channel, []);
      expect((question as Partial<Activity>).inputHint).to.equal('expectingInput');
    });
  }
});

/** The real bot, with understanding watched: what text each turn's question was read from. */
function watchedBot(channelId = 'webchat'): { adapter: TestAdapter; read: string[] } {
  const read: string[] = [];
  const offline = new OfflineQuestionRecognizer(knowledge);
  const recognizer: QuestionRecognizer = {
    recognize: (text, context, now) => {
      read.push(text);
      return offline.recognize(text, context, now);
    },
  };
  const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON, recognizer });
  const adapter = new TestAdapter(async (context) => bot.run(context), { channelId });
  return { adapter, read };
}

async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity({ type: ActivityTypes.Message, text });
  return adapter.activeQueue.splice(0);
}

const AMBIGUOUS = 'nearest 24 hour desk to wood';

describe('the prompts in the real bot', () => {
  for (const channel of ['webchat', 'msteams']) {
    describe(channel, () => {
      it('a reply naming a choice is read as that choice ("the woodford one please" -> "Woodford")', async () => {
        const { adapter, read } = watchedBot(channel);
        const [question] = await say(adapter, AMBIGUOUS);
        expect(question.inputHint).to.equal('expectingInput');
        expect(readable(question)).to.match(/Woodford/).and.to.match(/Wood Green/);
        if (channel === 'msteams') expect(JSON.stringify(cardOf(question))).to.include('Action.Execute');
        const answer = await say(adapter, 'the woodford one please');
        expect(read).to.deep.equal([AMBIGUOUS, 'Woodford']);
        expect(readable(answer[0])).to.match(/nearest 24-hour front counter to Woodford is \**Charing Cross/);
      });

      it('a reply naming no choice is understood as it was said, and completes the waiting question', async () => {
        const { adapter, read } = watchedBot(channel);
        await say(adapter, AMBIGUOUS);
        const answer = await say(adapter, 'walthamstow');
        expect(read).to.deep.equal([AMBIGUOUS, 'walthamstow']);
        expect(readable(answer[0])).to.match(/nearest 24-hour front counter to Walthamstow is \**Charing Cross/);
        // The prompt is over: the next message is a new question, read once.
        await say(adapter, 'is brixton open now?');
        expect(read).to.have.length(3);
      });

      it('cancel at a choice stops the question', async () => {
        const { adapter } = watchedBot(channel);
        await say(adapter, AMBIGUOUS);
        expect(readable((await say(adapter, 'cancel'))[0])).to.match(/stopped/);
        expect(readable((await say(adapter, 'woodford'))[0])).to.not.match(/24-hour/);
      });

      it('ask-location: asks for a postcode (expecting input), then answers for the postcode sent next', async () => {
        const { adapter, read } = watchedBot(channel);
        const [question] = await say(adapter, 'nearest 24 hour police station');
        expect(question.inputHint).to.equal('expectingInput');
        expect(readable(question).toLowerCase()).to.match(/postcode/);
        const answer = await say(adapter, 'RM10 7TU');
        expect(read).to.deep.equal(['nearest 24 hour police station', 'RM10 7TU']);
        expect(readable(answer[0])).to.match(/RM10 7TU is \**Lewisham Police Station/).and.to.match(/Dagenham/);
      });
    });
  }
});
