/**
 * Unseen residents' questions (test/bot/unseenQuestions.ts) played through
 * the real bot, as of Thursday 26 November 2026, 14:00 London.
 */
import { expect } from 'chai';
import { playUnseenCases } from './playUnseenCases';
import { UNSEEN_CASES } from './unseenQuestions';

describe("StationDesk on unseen residents' questions (webchat, 26 November 2026)", () => {
  it('has a large table of cases', () => {
    expect(UNSEEN_CASES.length).to.be.at.least(150);
  });

  playUnseenCases(UNSEEN_CASES);
});
