/**
 * A yes or no asked of two counters, through the real turn pipeline: "is lewisham open later than brixton?" (of the first
 * named), "is croydon open as late as lewisham?", "do croydon and sutton have the same hours?" (or different ones), "are
 * croydon and sutton open?". The first word is "Yes" or "No" in the question's own terms, then the hours that settle it,
 * from data/ (Lewisham 24 hours; the others Mon–Fri 10:00–22:00, Sat–Sun 09:00–19:00).
 */
import { itAnswersFirst } from './harness';

const USUAL = 'Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00';

describe('a yes or no between counters said many ways: "Yes" or "No" first', () => {
  itAnswersFirst(
    [
      // Of the first named, against the other.
      ['is lewisham open later than brixton', /^Yes, Lewisham is open later now: 24 hours, against until 22:00 at Brixton\.$/],
      ['Is Lewisham open later than Brixton?', /^Yes, Lewisham is open later now/],
      // How long, no time said: their hours over a week.
      ['is lewisham open longer than croydon', /^Yes, Lewisham is open longer: 168 hours a week, against 80 at Croydon\.$/],
      ['does croydon stay open longer than lewisham', /^No, Lewisham is open longer: 168 hours a week, against 80 at Croydon\.$/],
      ['is brixton open later than walworth', /^No, Brixton and Walworth have the same hours now: until 22:00\.$/],
      ['is bromley open later than croydon on sunday', /^No, Bromley and Croydon have the same hours on Sunday: 09:00–19:00\.$/],
      ['does charing cross close later than kentish town', /^Yes, Charing Cross is open later/],
      // As much as the other: a tie is yes.
      ['is croydon open as late as lewisham', /^No, Lewisham is open later now: 24 hours, against until 22:00 at Croydon\.$/],
      ['is sutton open as late as kingston on saturday', /^Yes, Sutton and Kingston have the same hours on Saturday: 09:00–19:00\.$/],
      ['r hammersmith open as long as acton', /^Yes, Hammersmith and Acton have the same hours/],
      // The same hours, or different ones.
      ['do croydon and sutton have the same hours', new RegExp(`^Yes, Croydon and Sutton have the same hours: ${USUAL}\\.$`)],
      ['croydon and sutton same opening times?', /^Yes, Croydon and Sutton have the same hours/],
      ['do lewisham and brixton have the same hours', new RegExp(`^No, their hours differ: Lewisham 24 hours, every day; Brixton ${USUAL}\\.$`)],
      ['do lewisham and brixton have different opening times', /^Yes, their hours differ: Lewisham 24 hours, every day; Brixton /],
      ['have ilford and romford got different hours', /^No, Ilford and Romford have the same hours/],
      // Whether they all are open.
      ['are croydon and sutton open', /^Yes, both are open now\.$/],
      ['are brixton and walworth open on sunday', /^Yes, both are open on Sunday\.$/],
      ['is brixton or walworth open now', /^Yes, both are open now\.$/],
      ['are charing cross and lewisham open at 3am', /^Yes, both are open at 3am/],
      ['are brixton and walworth open at 11pm tonight', /^No, neither is open at 11pm tonight\.$/],
    ],
    { understood: true },
  );
});
