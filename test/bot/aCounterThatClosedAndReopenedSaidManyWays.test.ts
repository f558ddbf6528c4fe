/**
 * The past of a counter that closed and reopened (data/events.csv: Hammersmith closed 8 October 2016 and reopened
 * 29 September 2020; Bethnal Green closed in 2020 and reopened 4 September 2021; Ilford closed 2 November 2020 and
 * reopened around March 2021), asked many ways:
 * - "has it always been open?" is "was it ever closed?" turned round: No and the closure, first; Yes where the
 *   sources record none; a counter closed for good, No and its closure. "Always open 24 hours / on Sundays / at
 *   night" stays a question of hours.
 * - "was it always open?", "has it never closed?" (no "been") are the same question turned round; "was it ever
 *   closed?", "did it ever shut?" the same question straight: Yes and the closure. "Is it always open?" (present) and
 *   "was it always open 24/7 / at night" stay questions of hours.
 * - "what happened to it?" of a counter that closed and reopened: the closure and the reopening first, then today.
 * - "why did it close?" in the past tense: the closure it reopened from, with what the sources record of it, first.
 *   "Why is it closed today?" is about today, not that closure.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const HAMMERSMITH_NO = /^No: the front counter at \*\*Hammersmith Police Station\*\* was closed for a while\. It closed on 8 October 2016 .* and reopened on 29 September 2020/;
const BETHNAL_GREEN_NO = /^No: the front counter at \*\*Bethnal Green Police Station\*\* was closed for a while\. It closed in 2020 .* and reopened on 4 September 2021/;
const ILFORD_NO = /^No: the front counter at \*\*Ilford Police Station\*\* was closed for a while\. It closed on 2 November 2020 /;
const NONE_RECORDED = (name: string) => new RegExp(`^Yes, as far as my sources go: they show no closure of the front counter at \\*\\*${name} Police Station\\*\\*\\.`);
const CLOSED_FOR_GOOD = (name: string, on: string) => new RegExp(`^No: the front counter at \\*\\*${name}[^*]*\\*\\* closed ${on}, and has not reopened\\.`);

const HAMMERSMITH_YES = /^Yes: the front counter at \*\*Hammersmith Police Station\*\* was closed for a while\. It closed on 8 October 2016 .* and reopened on 29 September 2020/;
const ILFORD_YES = /^Yes: the front counter at \*\*Ilford Police Station\*\* was closed for a while\. It closed on 2 November 2020 /;
const HAPPENED = (name: string, closed: string, reopened: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* was closed for a while: it closed ${closed} .* and reopened ${reopened}`);

const WHY_HAMMERSMITH = /^The front counter at \*\*Hammersmith Police Station\*\* closed on 8 October 2016; my sources record: 24-hour front desk closed for a £59m redevelopment; counter moved to Shepherd's Bush\. It reopened on 29 September 2020/;
const WHY_BETHNAL_GREEN = /^The front counter at \*\*Bethnal Green Police Station\*\* closed in 2020; my sources record: front counter closed for refurbishment; temporary counter opened at Shoreditch police station\. It reopened on 4 September 2021/;
const WHY_ILFORD = /^The front counter at \*\*Ilford Police Station\*\* closed on 2 November 2020; my sources record: front counter closed for refurbishment/;

/** Hours, not closures: the counter's hours the day before they last changed (3 March 2026). */
const HOURS_BEFORE = (name: string) => new RegExp(`^(?:Yes\\. |No\\. )?On 2 March 2026, the day before its hours changed \\(on 3 March 2026\\), the front counter at \\*\\*${name} Police Station\\*\\* was open 24 hours a day\\.`);

const CASES: [string, RegExp][] = [
  ['has hammersmith always been open', HAMMERSMITH_NO],
  ['Has Hammersmith police station always been open?', HAMMERSMITH_NO],
  ['has hammersmith been open the whole time', HAMMERSMITH_NO],
  ['hammersmith has always been open hasnt it', HAMMERSMITH_NO],
  ['has the hammersmith counter been open all along', HAMMERSMITH_NO],
  ['has hamersmith always been open?', HAMMERSMITH_NO],
  ['was bethnal green open all these years', BETHNAL_GREEN_NO],
  ['has bethnal green always been open', BETHNAL_GREEN_NO],
  ['has ilford always been open', ILFORD_NO],
  ['has brixton always been open', NONE_RECORDED('Brixton')],
  ['has croydon police station been open continuously', NONE_RECORDED('Croydon')],
  ['has chingford always been open', CLOSED_FOR_GOOD('Chingford', 'on 28 February 2026')],
  ['has wimbledon always been open', CLOSED_FOR_GOOD('Wimbledon', 'on 28 February 2026')],
  // "was it always open?" without "been", and "never closed": the same question.
  ['was hammersmith always open', HAMMERSMITH_NO],
  ['Was Hammersmith police station always open?', HAMMERSMITH_NO],
  ['hammersmith was always open wasnt it', HAMMERSMITH_NO],
  ['has hammersmith never closed', HAMMERSMITH_NO],
  ['did bethnal green never shut', BETHNAL_GREEN_NO],
  ['was brixton always open', NONE_RECORDED('Brixton')],
  ['was chingford always open', CLOSED_FOR_GOOD('Chingford', 'on 28 February 2026')],
  // "ever closed" asked straight: Yes and the closure.
  ['did hammersmith ever close', HAMMERSMITH_YES],
  ['was the hammersmith counter ever shut', HAMMERSMITH_YES],
  ['has hammersmith ever shut', HAMMERSMITH_YES],
  ['did ilford ever shut down', ILFORD_YES],
  ['has hammersmith been closed before', HAMMERSMITH_YES],
  ['has brixton been closed before', /^My sources show no temporary closure of the front counter at \*\*Brixton Police Station\*\*/],
  // What happened to it: the closure and the reopening first.
  ['what happened to hammersmith', HAPPENED('Hammersmith', 'on 8 October 2016', 'on 29 September 2020')],
  ['what happened to the hammersmith counter', HAPPENED('Hammersmith', 'on 8 October 2016', 'on 29 September 2020')],
  ['whats the story with hammersmith police station', HAPPENED('Hammersmith', 'on 8 October 2016', 'on 29 September 2020')],
  ['what happened with bethnal green', HAPPENED('Bethnal Green', 'in 2020', 'on 4 September 2021')],
  ['whatever happened to ilford', HAPPENED('Ilford', 'on 2 November 2020', 'around March 2021')],
  ["what's happened to hammersmith", HAPPENED('Hammersmith', 'on 8 October 2016', 'on 29 September 2020')],
  ['what became of hammersmith police station', HAPPENED('Hammersmith', 'on 8 October 2016', 'on 29 September 2020')],
  ['what has happened to ilford', HAPPENED('Ilford', 'on 2 November 2020', 'around March 2021')],
  ['what happened to chingford', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026\./],
  ['what happened to brixton', /^The front counter at \*\*Brixton Police Station\*\* is open/],
  // Hours asked "always": the hours before they changed, as before.
  ['has brixton always been open 24 hours', HOURS_BEFORE('Brixton')],
  ['was hammersmith always open 24/7', HOURS_BEFORE('Hammersmith')],
  ['has brixton always been open on sundays', HOURS_BEFORE('Brixton')],
  ['was hammersmith always open 24 hours', HOURS_BEFORE('Hammersmith')],
  ['was hammersmith always open at night', HOURS_BEFORE('Hammersmith')],
  // In the present, "always open" is open 24 hours now.
  ['is hammersmith always open', /^No, \*\*Hammersmith Police Station\*\* is not open 24 hours/],
  ['is lewisham always open', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours/],
  // Why it closed, in the past tense: the closure it came back from.
  ['why did hammersmith close', WHY_HAMMERSMITH],
  ['why did the met close hammersmith', WHY_HAMMERSMITH],
  ['why was hammersmith police station shut', WHY_HAMMERSMITH],
  ['how come hammersmith was closed', WHY_HAMMERSMITH],
  ['why did they close bethnal green for a while', WHY_BETHNAL_GREEN],
  ['why did bethnal green police station close?', WHY_BETHNAL_GREEN],
  ['why did ilford close', WHY_ILFORD],
  ['why was ilford closed', WHY_ILFORD],
];

describe('a counter that closed and reopened, asked about its past many ways: the closure first', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);

  it('"why is hammersmith closed today?" is about today: its status, not the 2016 closure', async () => {
    const first = firstLineOf(await new Conversation().askText('why is hammersmith closed today'));
    expect(first).to.match(/Hammersmith Police Station\*\* is open/);
    expect(first).to.not.match(/2016/);
  });

  it('"has croydon been closed before now?" stays a question about now', async () => {
    expect(firstLineOf(await new Conversation().askText('has croydon been closed before now'))).to.match(/Croydon Police Station\*\* is open now/);
  });

  it('"what happened to hammersmith?" says it is open today after the closure', async () => {
    const lines = (await new Conversation().askText('what happened to hammersmith')).split('\n').filter(Boolean);
    expect(lines[1]).to.match(/^It is open: Mon–Fri/);
  });

  it('"why did wimbledon close?" of a counter closed for good keeps the plan and its reason', async () => {
    expect(firstLineOf(await new Conversation().askText('why did wimbledon close'))).to.match(/closed on 28 February 2026 under the 2025 front counter review \(Met\); the reason given:/);
  });
});
