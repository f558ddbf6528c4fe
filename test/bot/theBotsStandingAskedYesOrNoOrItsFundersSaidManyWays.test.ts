/**
 * The bot's standing asked, through the real bot:
 * - yes or no, whether it is the Met's, the police's, the government's or an official service ("is this run by the met",
 *   "are you the police", "is this an official met service", "is this the met's bot"): "No: I'm StationDesk, an
 *   open-source chatbot, not a Metropolitan Police service" first;
 * - who funds, pays for or is behind it ("who pays for this bot", "who funds you", "whos behind this"): that it has no
 *   funding information first (never a funder invented), then what is known (open source, not the Met, free).
 * Controls: whether it is genuine or a scam, or known of by the Met (the data does not say: no "No"); who runs or made
 * it; a counter's own questions; the police asked of as a matter.
 */
import { itAnswersFirst } from './harness';

const NOT_THE_METS = /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources/;
const NO_FUNDING_KNOWN = /^I have no information about who funds or runs StationDesk: it's an open-source chatbot, not a Metropolitan Police service, and it's free to use\./;
const WHAT_IT_IS = /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/;

describe("the bot's standing asked yes or no, or its funders, said many ways", () => {
  describe('whether it is the Met: no, first', () => {
    itAnswersFirst([
      ['is this run by the met', NOT_THE_METS],
      ['are you the police', NOT_THE_METS],
      ['is this an official met service', NOT_THE_METS],
      ["is this the met's bot", NOT_THE_METS],
      ['r u police', NOT_THE_METS],
      ['is stationdesk part of the met', NOT_THE_METS],
      ['are you run by the government', NOT_THE_METS],
      ['am i chatting with the met police', NOT_THE_METS],
      ['so is this an official police chatbot?', NOT_THE_METS],
    ]);
  });

  describe('who funds or is behind it: no funding information, first', () => {
    itAnswersFirst([
      ['who pays for this bot', NO_FUNDING_KNOWN],
      ['who funds you', NO_FUNDING_KNOWN],
      ['whos behind this', NO_FUNDING_KNOWN],
      ['how is this bot funded', NO_FUNDING_KNOWN],
      ['who is paying for this service', NO_FUNDING_KNOWN],
      ['is this funded by the mayor', NO_FUNDING_KNOWN],
      ['who sponsors stationdesk', NO_FUNDING_KNOWN],
    ]);
  });

  describe('controls', () => {
    itAnswersFirst([
      // Genuine, a scam, known of by the Met: what it is, never a "No" the data cannot back.
      ['is this legit', WHAT_IT_IS],
      ['is this a scam', WHAT_IT_IS],
      ['does the met know about this', WHAT_IT_IS],
      ['who runs this bot', WHAT_IT_IS],
      ['who made you', WHAT_IT_IS],
      ['is this free', /^StationDesk is free to use/],
      ['is this the police station in brixton', /^The front counter at \*\*Brixton Police Station\*\* is open/],
      ['someone is breaking in, are you the police?', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
