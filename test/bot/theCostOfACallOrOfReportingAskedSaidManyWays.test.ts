/**
 * What a call to 101, 999, Crimestoppers or Relay UK costs, or whether reporting a crime costs anything: "is 101 free",
 * "how much does it cost to call 101", "is it free to call 999", "is crimestoppers free to call", "do i have to pay to
 * report a crime". The sources give every route and number but never a price, so the first line says they do not say,
 * then the route itself (was: the 101 answer with no word on cost, or "StationDesk is free to use" for 999). Controls:
 * the bot's own price ("is this service free", "does it cost anything to use this bot") and parking at a counter keep
 * their answers; 101's hours are still 101's. Through the bot.
 */
import { itAnswersFirst } from './harness';

describe('the cost of a call or of reporting asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is 101 free', /^My sources don't say what a call to 101 costs\./],
      ['does 101 cost money', /^My sources don't say what a call to 101 costs\./],
      ['how much does it cost to call 101', /^My sources don't say what a call to 101 costs\./],
      ['how much is it to ring 101 from a mobile', /^My sources don't say what a call to 101 costs\./],
      ['is it free to call 999', /^My sources don't say what a call to 999 costs\./],
      ['is crimestoppers free to call', /^My sources don't say what a call to Crimestoppers \(0800 555 111\) costs\./],
      ['is relay uk free', /^My sources don't say what a call through Relay UK \(18000\) costs\./],
      ['do i have to pay to report a crime', /^My sources don't say whether reporting a crime costs anything\./],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is this service free', /^StationDesk is free to use/],
        ['does it cost anything to use this bot', /^StationDesk is free to use/],
        ['do i have to pay for parking at brixton police station', /^I don't have information about waiting times, access, parking/],
        ['is 101 open 24 hours', /^If it is not an emergency: call 101, or report online at met\.police\.uk\. Both run 24\/7\./],
      ],
      { understood: true },
    );
  });
});
