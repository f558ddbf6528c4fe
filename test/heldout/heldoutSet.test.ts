/**
 * The held-out set's shape and its reply flattening. The set itself is NOT
 * played here (npm test must not depend on a rate the set exists to measure):
 * `npm run eval:heldout` plays it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { UNSEEN_CASES } from '../bot/unseenQuestions';
import { UNSEEN_CASES_2 } from '../bot/unseenQuestions2';
import { TEAMS_CASES_3, UNSEEN_CASES_3 } from '../bot/unseenQuestions3';
import { UNSEEN_CASES_4 } from '../bot/unseenQuestions4';
import { HELDOUT_BATCHES, HELDOUT_CASES } from './heldoutSet';
import { judgeTurn } from './playHeldout';
import { cardTexts, firstLine, replyText } from './replyText';

/** The development set, in the shared folder beside the repository (as laid for developers and CI). */
const DEV_SET = [resolve(__dirname, '../../../shared/examples/resident-questions.tsv'), '/work/shared/examples/resident-questions.tsv'].find((p) => existsSync(p));
const normalise = (text: string): string => text.trim().toLowerCase();

/** First messages the project has already seen: the development set and the earlier unseen tables. */
function seenFirstMessages(): Set<string> {
  const tables = [...UNSEEN_CASES, ...UNSEEN_CASES_2, ...UNSEEN_CASES_3, ...TEAMS_CASES_3, ...UNSEEN_CASES_4];
  const seen = new Set(tables.flatMap((c) => c.turns.map((t) => normalise(t.say))));
  if (!DEV_SET) throw new Error('the development set (shared/examples/resident-questions.tsv) was not found beside the repository');
  for (const line of readFileSync(DEV_SET, 'utf8').split('\n')) {
    const message = line.startsWith('#') ? undefined : line.split('\t')[1];
    if (message) seen.add(normalise(message));
  }
  return seen;
}

/** What each batch must hold at least: cases, cases about danger, multi-turn conversations. */
const BATCH_MINIMUMS: Record<string, { cases: number; danger: number; multiTurn: number }> = {
  '1': { cases: 170, danger: 25, multiTurn: 20 },
  '2': { cases: 120, danger: 20, multiTurn: 15 },
  '3': { cases: 190, danger: 40, multiTurn: 20 },
  '4': { cases: 250, danger: 38, multiTurn: 20 },
  '5': { cases: 250, danger: 35, multiTurn: 20 },
  '6': { cases: 300, danger: 35, multiTurn: 25 },
  '7': { cases: 350, danger: 40, multiTurn: 30 },
  '8': { cases: 380, danger: 45, multiTurn: 40 },
  '9': { cases: 430, danger: 55, multiTurn: 45 },
  '10': { cases: 480, danger: 60, multiTurn: 50 },
  '11': { cases: 450, danger: 55, multiTurn: 45 },
  '12': { cases: 450, danger: 55, multiTurn: 45 },
  '13': { cases: 450, danger: 55, multiTurn: 45 },
  '14': { cases: 450, danger: 55, multiTurn: 45 },
  '15': { cases: 450, danger: 55, multiTurn: 45 },
  '16': { cases: 450, danger: 55, multiTurn: 45 },
  '17': { cases: 450, danger: 55, multiTurn: 45 },
  '18': { cases: 450, danger: 55, multiTurn: 45 },
  '19': { cases: 450, danger: 55, multiTurn: 45 },
  '20': { cases: 450, danger: 55, multiTurn: 45 },
  '21': { cases: 450, danger: 55, multiTurn: 45 },
  '22': { cases: 450, danger: 55, multiTurn: 45 },
  '23': { cases: 450, danger: 55, multiTurn: 45 },
  '24': { cases: 450, danger: 55, multiTurn: 45 },
  '25': { cases: 450, danger: 55, multiTurn: 45 },
  '26': { cases: 450, danger: 55, multiTurn: 45 },
  '27': { cases: 450, danger: 55, multiTurn: 45 },
  '28': { cases: 450, danger: 55, multiTurn: 45 },
  '29': { cases: 450, danger: 55, multiTurn: 45 },
  '30': { cases: 450, danger: 55, multiTurn: 45 },
  '31': { cases: 450, danger: 55, multiTurn: 45 },
  '32': { cases: 450, danger: 55, multiTurn: 45 },
};

describe('The held-out set (test/heldout/heldoutSet.ts, every batch)', () => {
  for (const batch of HELDOUT_BATCHES) {
    const minimum = BATCH_MINIMUMS[batch.label];
    it(`batch ${batch.label} holds at least ${minimum.cases} cases, ${minimum.danger} about danger and ${minimum.multiTurn} multi-turn`, () => {
      expect(batch.cases.length).to.be.at.least(minimum.cases);
      expect(batch.cases.filter((c) => c.turns.some((t) => t.emergencyFirst)).length, 'danger').to.be.at.least(minimum.danger);
      expect(batch.cases.filter((c) => c.turns.length > 1).length, 'multi-turn conversations').to.be.at.least(minimum.multiTurn);
    });
  }

  it('labels every case with its batch, and every batch has its minimums written down', () => {
    expect(HELDOUT_BATCHES.map((b) => b.label).filter((label) => !BATCH_MINIMUMS[label])).to.deep.equal([]);
    expect(HELDOUT_CASES.length).to.equal(HELDOUT_BATCHES.reduce((n, b) => n + b.cases.length, 0));
    for (const batch of HELDOUT_BATCHES) expect(HELDOUT_CASES.filter((c) => c.batch === batch.label).length).to.equal(batch.cases.length);
  });

  it('gives every turn something to check: a fact it must contain, or 999 first', () => {
    const unchecked = HELDOUT_CASES.flatMap((c) => c.turns).filter((t) => !(t.must?.length || t.emergencyFirst));
    expect(unchecked.map((t) => t.say)).to.deep.equal([]);
  });

  it('opens no two cases with the same message', () => {
    const firsts = HELDOUT_CASES.map((c) => normalise(c.turns[0].say));
    expect(firsts.filter((s, i) => firsts.indexOf(s) !== i)).to.deep.equal([]);
  });

  it('opens no case with a message of the development set or of the earlier unseen tables', () => {
    const seen = seenFirstMessages();
    expect(seen.size).to.be.greaterThan(400);
    expect(HELDOUT_CASES.map((c) => c.turns[0].say).filter((s) => seen.has(normalise(s)))).to.deep.equal([]);
  });

  it('never relies on the words help, knife, 999 or emergency to signal danger', () => {
    const danger = HELDOUT_CASES.flatMap((c) => c.turns).filter((t) => t.emergencyFirst);
    expect(danger.map((t) => t.say).filter((s) => /help|knife|999|emergenc/i.test(s))).to.deep.equal([]);
  });
});

describe('What a held-out turn is judged on (test/heldout/replyText.ts)', () => {
  /** A synthetic reply in the redesigned shape: short text + card with a hidden "More details" section. */
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Brixton Police Station' },
      { type: 'FactSet', facts: [{ title: 'Weekdays', value: '10:00–22:00' }] },
      {
        type: 'Container',
        id: 'details',
        isVisible: false,
        items: [
          { type: 'RichTextBlock', inlines: ['Source: ', { type: 'TextRun', text: 'Met alert, Feb 2026' }] },
          { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'Hidden column text' }] }] },
        ],
      },
      { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Toggle button title', targetElements: ['details'] }] },
    ],
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'More details button',
        card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Nearest 24-hour desk: Charing Cross' }] },
      },
      { type: 'Action.OpenUrl', title: 'Open met.police.uk', url: 'https://www.met.police.uk' },
    ],
  };
  const activities = [
    { type: 'typing' },
    {
      type: 'message',
      text: '\nBrixton is open until 22:00 today.\nMore below.',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Suggested chip', value: 'Suggested chip' }] },
    },
    { type: 'message', text: 'Call 999 if you are in danger.' },
  ];

  it("collects every text a card shows or can show, nested and hidden ones too, but no button's title", () => {
    expect(cardTexts(card)).to.deep.equal([
      'Brixton Police Station',
      'Weekdays: 10:00–22:00',
      'Source: ',
      'Met alert, Feb 2026',
      'Hidden column text',
      'Nearest 24-hour desk: Charing Cross',
    ]);
  });

  it("judges a turn on every message's text plus its card texts, never on suggested actions", () => {
    const text = replyText(activities);
    expect(text).to.include('Brixton is open until 22:00 today.');
    expect(text).to.include('Charing Cross');
    expect(text).to.include('Call 999');
    expect(text).not.to.match(/button|Suggested chip|Open met\.police\.uk/);
  });

  it("looks for 999 on the first non-empty line of the first reply's own text only", () => {
    expect(firstLine(activities)).to.equal('Brixton is open until 22:00 today.');
    expect(judgeTurn({ say: 'x', emergencyFirst: true }, activities).misses).to.deep.equal(['999 not on the first line']);
    const urgent = [{ type: 'message', text: 'Call 999 now.\nThen…' }, ...activities];
    expect(judgeTurn({ say: 'x', emergencyFirst: true }, urgent).passed).to.equal(true);
  });

  it('reports each missing and each unwanted pattern', () => {
    const verdict = judgeTurn({ say: 'x', must: [/Charing Cross/, /Lewisham/], mustNot: [/Brixton/] }, activities);
    expect(verdict.passed).to.equal(false);
    expect(verdict.misses).to.deep.equal(['missing /Lewisham/', 'unwanted /Brixton/']);
  });
});
