/**
 * What the bot keeps asked as the data-protection law ("is this gdpr compliant", "do you comply with gdpr"), through the
 * real bot: what it keeps and that nothing reaches the police, first, as for "do you store my data"; not "can't help".
 * Controls: "gdpr" said alone is still a request to be forgotten; a privacy question about a crime keeps its answer.
 */
import { itAnswersFirst } from './harness';

const WHAT_IT_KEEPS = /^I keep only what this conversation needs/;

describe('what the bot keeps asked as the law, said many ways', () => {
  itAnswersFirst(
    [
      ['is this gdpr compliant', WHAT_IT_KEEPS],
      ['do you comply with gdpr', WHAT_IT_KEEPS],
      ['are you gdpr compliant?', WHAT_IT_KEEPS],
      ['is stationdesk compliant with data protection', WHAT_IT_KEEPS],
      ['whats your gdpr compliance like', WHAT_IT_KEEPS],
      ['is this chat gdpr compliant', WHAT_IT_KEEPS],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['gdpr', /^I've cleared what I stored about you in this conversation\./],
      ['do you store my data', WHAT_IT_KEEPS],
    ]);
  });
});
