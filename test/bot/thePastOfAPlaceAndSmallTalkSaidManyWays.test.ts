/**
 * The past asked of a place ("did walthamstow have a front desk?"), of the 24-hour list ("which stations used to be
 * 24 hour?") and of a counter's hours ("was charing cross always 24 hours?"), and small talk said the way residents
 * type it, each said many ways through the real turn pipeline. Facts from data/ (stations, the timeline).
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';


const CLOSED = (station: string, on: string) => new RegExp(`^The front counter at \\*\\*${station}\\*\\* closed on ${on}\\.`);
const USED_TO_BE_24H = /^As of 27 February 2026, 32 front counters were open 24 hours a day/;
const NO_CHANGE = (station: string) => new RegExp(`^My sources show no change to the hours of the front counter at \\*\\*${station} Police Station\\*\\*, and no closure\\.`);
const THANKS = /^You're welcome\./;
const IDENTITY = /^I'm StationDesk, a chatbot\b/;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // A counter in a place, in the past: the data's counter there and when it closed.
  ['did walthamstow have a front desk', CLOSED('Walthamstow Town Centre Police Office', '14 December 2017')],
  ['was there a counter in twickenham before', CLOSED('Twickenham Police Station', '28 February 2026')],
  ['was there ever a front desk in wimbledon', CLOSED('Wimbledon Police Station', '28 February 2026')],
  ['did kensington have a counter', CLOSED('Kensington Police Station', '28 February 2026')],
  ['was there a cop shop in kensington', CLOSED('Kensington Police Station', '28 February 2026')],
  ['has streatham ever had a front counter', CLOSED('Streatham police front counter \\(Streatham High Road\\)', '14 December 2017')],
  ['was there a front counter in chingford', CLOSED('Chingford Police Station', '28 February 2026')],
  ['did mitcham have a front desk', CLOSED('Mitcham Police Station', '28 February 2026')],
  ['did pinner have a police station before', CLOSED('Pinner Police Station \\(volunteer-run counter\\)', '28 February 2026')],
  // Still open: said so, not a closure.
  ['did croydon have a front counter', /^The front counter at \*\*Croydon Police Station\*\* is open/],
  // No counter of its own in the data: what its borough has.
  ['was there a police counter in crouch end', /^None of the counters in my sources is named after Crouch End, which is in Haringey\. Haringey has one police front counter: \*\*Tottenham Police Station\*\*/],
  // The 24-hour list as it was before the latest round of closures.
  ['which stations used to be 24 hour', USED_TO_BE_24H],
  ['which police stations used to be open all night', USED_TO_BE_24H],
  ['which counters were open 24/7 before', USED_TO_BE_24H],
  ['what stations were 24hr before the cuts', USED_TO_BE_24H],
  ['which desks used to be open 24 hours', USED_TO_BE_24H],
  // Always so? Its hours before they last changed (or that they never changed).
  ['was charing cross always 24 hours', NO_CHANGE('Charing Cross')],
  ['has lewisham always been 24/7', NO_CHANGE('Lewisham')],
  ['was lewisham always open 24 hours', NO_CHANGE('Lewisham')],
  ['has brixton always had the same hours', /^On 2 March 2026, the day before its hours changed \(on 3 March 2026\), the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day/],
  // "is it always open?" asks about now: 24 hours today or not.
  ['is hayes always open', /^No, \*\*Hayes Police Station \(Hayes End\)\*\* is not open 24 hours/],
  // Small talk as typed on a phone.
  ['thx thats helpful', THANKS],
  ['thx', THANKS],
  ['ty', THANKS],
  ['tysm', THANKS],
  ["you're useful", THANKS],
  ['ur a lifesaver', THANKS],
  ['that was really helpful thanks', THANKS],
  ['cheers mate', THANKS],
  ['are you a robot or a person', IDENTITY],
  ['r u a bot or a human', IDENTITY],
  ['is this chatgpt', IDENTITY],
  ['are you a real person or not', IDENTITY],
  ['am i talking to a human', /^No, I'm StationDesk, a chatbot, not a person\./],
];

describe('the past of a place, and small talk, said many ways: the first sentence answers what was asked', () => {
  itAnswersFirst(CASES, { understood: true });

  it('a counter that closed in a place asked about gives the nearest open one next', async () => {
    const text = await new Conversation().ask('did walthamstow have a front desk');
    expect(text).to.match(/Nearest open now: \*\*Tottenham\*\*/);
  });
});
