/**
 * How long two counters are open, asked in so many words with no time said ("which is open less, brixton or lewisham",
 * "which one has longer hours, ilford or romford", "is charing cross open more than brixton"): their hours over a week,
 * from the data, each total said ("Brixton has shorter hours: 80 hours a week, against 168 at Lewisham."), not
 * whether each is open at this moment. Controls: a day or "today" said keeps that day's hours; "compare" keeps the
 * schedules; later, earlier and a closed counter keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: Brixton, Ilford, Romford and Walworth 80 hours a week, Lewisham and Charing Cross 168. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('how long two counters are open over a week, said many ways', () => {
  describe('more, less, longer, fewer, no time said: each one’s hours a week', () => {
    itAnswersFirst(
      [
        ['which is open less, brixton or lewisham', /^Brixton has shorter hours: 80 hours a week, against 168 at Lewisham\.$/],
        ['which has fewer hours, walworth or charing cross', /^Walworth has shorter hours: 80 hours a week, against 168 at Charing Cross\.$/],
        ['is charing cross open more than brixton', /^Yes, Charing Cross is open longer: 168 hours a week, against 80 at Brixton\.$/],
        ['is brixton open longer than lewisham?', /^No, Lewisham is open longer: 168 hours a week, against 80 at Brixton\.$/],
        ['lewisham or walworth, which is open the most', /^Lewisham is open longer: 168 hours a week, against 80 at Walworth\.$/],
        ['which one has longer hours, ilford or romford', /^Ilford and Romford have the same hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00, 80 hours a week each\.$/],
        ['is brixton open as long as lewisham', /^No, Lewisham is open longer: 168 hours a week, against 80 at Brixton\.$/],
        ['is walworth open as long as brixton', /^Yes, Walworth and Brixton have the same hours: .*80 hours a week each\.$/],
        ['does romford have shorter hours than ilford', /^Romford and Ilford have the same hours: .*80 hours a week each\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: a time said, compare, later, a closed counter keep their answers', () => {
    itAnswersFirst(
      [
        ['which is open longer today, brixton or lewisham', /^Lewisham is open longer today: 24 hours, against 10:00–22:00 at Brixton\.$/],
        ['which is open longer on saturday, brixton or lewisham', /^Lewisham is open longer on Saturday: 24 hours, against 09:00–19:00 at Brixton\.$/],
        ['compare the hours of charing cross and kentish town', /^Charing Cross is open longer: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at Kentish Town\.$/],
        ['is walworth open as long as brixton today', /^Yes, Walworth and Brixton have the same hours today: 10:00–22:00\.$/],
        ['is lewisham open later than brixton', /^Yes, Lewisham is open later now: 24 hours, against until 22:00 at Brixton\.$/],
        ['which is open longer, brixton or chingford', /^Brixton is open longer: Chingford's front counter closed on 28 February 2026\.$/],
      ],
      { now: NOW, understood: true },
    );
  });
});
