/**
 * Whether there is a counter in a place inside a borough, asked of now ("is there a police station in peckham", "does
 * peckham have a police station", "any police station in shoreditch?"): yes or no of the place first: the counter named
 * after it is open ("Yes."), or closed and when, or none is named after it; then the borough's counters (asked which,
 * not whether: the namesake's closing, with no yes or no). Controls: a
 * borough asked (its counters, no yes or no of a place), a place with an open counter close by though not named after it
 * (the nearest, never "none"), the past asked ("was there", as before), a counter asked by name, and danger.
 */
import { itAnswersFirst } from './harness';

const CASES: [string, RegExp][] = [
  ['does peckham have a police station', /^No: the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\. Southwark has one police front counter: \*\*Walworth Police Station\*\*/],
  ['is there a police station in peckham', /^No: the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./],
  // Which, not whether: the namesake's closing, with no yes or no.
  ['police stations in peckham?', /^The front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\. Southwark has one/],
  ['what police stations are in brixton', /^Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
  ['any police station in shoreditch?', /^No: the front counter at \*\*Shoreditch Police Station\*\* closed .*Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
  ['is there a police station in wimbledon', /^No: the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026\. There is no police front counter in \*\*Merton\*\* now\.$/],
  ['is there a cop shop in brixton', /^Yes, in Brixton\. Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
  ['is there a front counter in stratford', /^Yes, in Stratford\. Newham has one police front counter: \*\*Stratford Police Station\*\*/],
  ['any police stations in ilford', /^Yes, in Ilford\. Redbridge has one police front counter: \*\*Ilford Police Station\*\*/],
  // Controls.
  ['is there a police station in hackney', /^Yes, Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
  ['is there a police station in covent garden', /^The nearest front counter to Covent Garden is \*\*Charing Cross Police Station\*\*/],
  ['was there a police station in barnes', /^None of the counters in my sources is named after Barnes, which is in Richmond upon Thames\./],
  ['is peckham police station open', /^No, the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./],
  ['is there a police station in peckham, a man is trying to stab my brother', /^\*\*Call 999 now/],
];

describe('a counter in a place asked of now: yes or no of the place, then the borough\'s', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES, { understood: true });
});
