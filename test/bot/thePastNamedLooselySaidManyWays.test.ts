/**
 * The past named loosely, many ways: a month without its year in a question in the past tense ("was kensington
 * open in january" is the latest January, as of then, from the timeline), and the end of a counter's 24-hour opening
 * said as people say it ("when did ilford stop 24 hr opening" is when its hours last changed, not today's hours).
 * "When did it reopen?" leads with the reopening's date; "was there a counter in Barnes?" of a place no counter is
 * named after says so first, then its borough's counters. A month in a present question stays a present question.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

describe('a month without its year, asked in the past tense: the latest such month, from the timeline', () => {
  itAnswersFirst([
    ['was kensington station open in january', /^Yes\. In January 2026, the front counter at \*\*Kensington Police Station\*\* was open 24 hours a day\.$/],
    ['was harrow police station open back in january', /^Yes\. In January 2026, the front counter at \*\*Harrow Police Station \(South Harrow\)\*\* was open 24 hours a day\.$/],
    ['was wimbledon open in feb', /^Partly\. In February 2026, the front counter at \*\*Wimbledon Police Station\*\* was open 24 hours a day until 27 February 2026 and closed from 28 February 2026\.$/],
    ['was chingford open in march', /^No\. In March 2026, the front counter at \*\*Chingford Police Station\*\* was closed: it had closed on 28 February 2026/],
    ['what were brixtons hours in january', /^In January 2026, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\.$/],
    ['was ilford open in two thousand and nineteen', /^Yes\. In 2019, the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day\.$/],
    ['WAS PINNER OPEN IN JANUARY?', /^Yes\. In January 2026, the front counter at \*\*Pinner Police Station \(volunteer-run counter\)\*\* was open/],
  ]);

  it('a present question naming a month is still about now', async () => {
    expect(firstLineOf(await new Conversation().askText('is ilford open in january'))).to.match(/^Yes, \*\*Ilford Police Station\*\* is open now/);
  });
});

describe('when a counter stopped opening 24 hours, said as people say it', () => {
  const LAST_CHANGED = (name: string) => new RegExp(`^The hours of the front counter at \\*\\*${name}\\*\\* last changed on 3 March 2026: until then it was open 24 hours a day\\.$`);
  itAnswersFirst([
    ['when did ilford stop 24 hr opening', LAST_CHANGED('Ilford Police Station')],
    ['when did ilford stop 24hr', LAST_CHANGED('Ilford Police Station')],
    ['when did croydon stop opening all night', LAST_CHANGED('Croydon Police Station')],
    ['when did brixton stop opening 24/7', LAST_CHANGED('Brixton Police Station')],
    ['when did hayes stop its 24 hour service', LAST_CHANGED('Hayes Police Station \\(Hayes End\\)')],
    ['wen did ilford stop being 24 hours', LAST_CHANGED('Ilford Police Station')],
  ]);

  it('"it" is the counter discussed; "they", none discussed, is the network\'s new hours', async () => {
    const chat = new Conversation();
    await chat.say('brixton');
    expect(firstLineOf(await chat.askText('when did it stop 24 hour opening'))).to.match(LAST_CHANGED('Brixton Police Station'));
    expect(firstLineOf(await new Conversation().askText('when did they stop 24 hour opening'))).to.match(/^The new hours began on 3 March 2026/);
  });

  it('danger beside it still leads with 999', async () => {
    expect(firstLineOf(await new Conversation().askText('when did ilford stop 24 hr opening, someone is trying to get into my flat now'))).to.match(/999/);
  });
});

describe('"when did it reopen?": the reopening\'s date first, then the closure it ended', () => {
  itAnswersFirst([
    ['when did hammersmith reopen', /^The front counter at \*\*Hammersmith Police Station\*\* reopened on 29 September 2020 \(the date announced\), after closing on 8 October 2016/],
    ['When did Hammersmith police station come back?', /^The front counter at \*\*Hammersmith Police Station\*\* reopened on 29 September 2020/],
    ['when did ilford reopen', /^The front counter at \*\*Ilford Police Station\*\* reopened around March 2021 \(an estimated date\), after closing on 2 November 2020/],
    ['when did bethnal green reopen', /^The front counter at \*\*Bethnal Green Police Station\*\* reopened on 4 September 2021, after closing in 2020/],
    ['when did islington police station open again', /^The front counter at \*\*Islington Police Station\*\* reopened on 30 November 2020/],
    ['when did wimbledon reopen', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026, and has not reopened\.$/],
    // Controls: the yes-or-no question keeps its "Yes", and a present "open again" is today's hours.
    ['was hammersmith closed for a while', /^Yes: the front counter at \*\*Hammersmith Police Station\*\* was closed for a while\./],
    ['when does brixton open again', /^\*\*Brixton Police Station\*\* opens at 10:00/],
  ]);
});

describe('"was there a counter in Barnes?": no counter named after the place, said first, then its borough', () => {
  const BARNES = /^None of the counters in my sources is named after Barnes, which is in Richmond upon Thames\. There is no police front counter in \*\*Richmond upon Thames\*\* now\. The last one, Twickenham, closed on 28 February 2026\.$/;
  itAnswersFirst([
    ['was there a counter in Barnes', BARNES],
    ['was there ever a police station in barnes', BARNES],
    ['did barnes have a police station', BARNES],
    ['was there a police counter in tooting', /^None of the counters in my sources is named after Tooting, which is in Wandsworth\. Wandsworth has one police front counter: \*\*Lavender Hill Police Station\*\*/],
    // Controls: a place with its own counter is that counter's history; a borough is the borough.
    ['did walthamstow have a front desk', /^The front counter at \*\*Walthamstow Town Centre Police Office\*\* closed on 14 December 2017\.$/],
    ['was there a counter in richmond borough', /^There is no police front counter in \*\*Richmond upon Thames\*\* now\./],
  ]);
});

describe('"always been closed?" of a counter that closed is answered No, with the day before it closed', function () {
  this.timeout(30_000);
  for (const [say, station] of [
    ['has walthamstow always been closed', 'Walthamstow Town Centre Police Office'],
    ['was peckham always shut', 'Peckham Police Station'],
    ['has the peckham counter always been closed?', 'Peckham Police Station'],
  ]) {
    it(say, async () => {
      const line = firstLineOf(await new Conversation().askText(say));
      expect(line).to.match(new RegExp(`^No\\. On \\d+ \\w+ \\d{4}, the day before it closed, the front counter at \\*\\*${station}\\*\\* was open`));
    });
  }

  it('of a counter that never closed, that there was no closure (not "Yes")', async () => {
    expect(firstLineOf(await new Conversation().askText('has brixton always been closed'))).to.match(/^My sources show no closure of the front counter at \*\*Brixton Police Station\*\*/);
  });
});

describe('when the hours were cut, asked of no counter: when the network\'s new hours began', function () {
  this.timeout(30_000);
  const NEW_HOURS_BEGAN = /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\)/;
  itAnswersFirst([
    ['when did the hours get cut', NEW_HOURS_BEGAN],
    ['when were the hours cut', NEW_HOURS_BEGAN],
    ['when did the opening hours change', NEW_HOURS_BEGAN],
    ['when did they cut the hours', NEW_HOURS_BEGAN],
    ['when were the opening hours reduced', NEW_HOURS_BEGAN],
    ['when did the met cut the hours', NEW_HOURS_BEGAN],
    ['what date did the opening times change', NEW_HOURS_BEGAN],
    ['when did the counters stop being 24 hours', NEW_HOURS_BEGAN],
    ['when did the 24 hour counters end', NEW_HOURS_BEGAN],
    // A counter named is that counter's change.
    ["when did brixton's hours get cut", /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026/],
    // Which ones used to be 24 hours is still the list as of then.
    ['which stations used to be 24 hour', /^As of 27 February 2026, 32 front counters were open 24 hours a day/],
  ]);
});
