/**
 * Whether each of several boroughs has a counter, or which counters are in them: "does hackney or islington have a
 * police station", "is there a front counter in camden or barnet", "which of hackney and camden has a counter", "which
 * stations are in hackney and islington". The counters open in those boroughs, listed (was: the nearest to the last
 * borough named, only the first borough, or "have the same hours" as if two counters were compared). Controls: a
 * comparison in so many words ("which closes later, croydon or sutton") and "which one's open" still compare. Through the bot.
 */
import { itAnswersFirst } from './harness';

describe('whether each of several boroughs has a counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does hackney or islington have a police station', /^Two police front counters are open in Hackney and Islington: \*\*Islington\*\* and \*\*Stoke Newington\*\*/],
      ['which stations are in hackney and islington', /^Two police front counters are open in Hackney and Islington: \*\*Islington\*\* and \*\*Stoke Newington\*\*/],
      ['is there a front counter in camden or barnet', /^Two police front counters are open in Camden and Barnet: \*\*Colindale\*\* and \*\*Kentish Town\*\*/],
      ['which of hackney and camden has a counter', /^Two police front counters are open in Hackney and Camden: \*\*Kentish Town\*\* and \*\*Stoke Newington\*\*/],
      ['do sutton and merton have police stations', /^One police front counter is open in Sutton and Merton: \*\*Sutton\*\*/],
      ['which stations are in croydon and sutton', /^Two police front counters are open in Croydon and Sutton: \*\*Croydon\*\* and \*\*Sutton\*\*/],
      ['is there a police station in barnet or enfield', /^Two police front counters are open in Barnet and Enfield: \*\*Colindale\*\* and \*\*Edmonton\*\*/],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which closes later, croydon or sutton', /^Croydon and Sutton have the same hours/],
        ["croydon and sutton police, which one's open?", /^Both are open now\./],
      ],
      { understood: true },
    );
  });
});
