/**
 * The lesser asked of two or three counters or areas: fewer counters, shorter hours ("which is open less"), closing first
 * ("which shuts earlier"), opening later ("which opens later"). The first sentence names the one that has fewer, closes
 * first or opens last (or says they are the same), never the other one "open longer". Controls: the greater asked keeps
 * its old answer; "open later" is still closing later. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the lesser of two asked, said many ways', () => {
  describe('shorter hours, closing first or opening last: the one that has them leads', () => {
    itAnswersFirst(
      [
        ['which has fewer, brixton or lewisham', /^Brixton has shorter hours/],
        ['which is open less, brixton or lewisham', /^Brixton has shorter hours/],
        ['which has shorter opening hours lewisham or brixton?', /^Brixton has shorter hours/],
        ['brixton or lewisham which one has less hours', /^Brixton has shorter hours/],
        ['which closes earlier, brixton or lewisham', /^Brixton closes earlier/],
        ['which one shuts first lewisham or brixton', /^Brixton closes earlier/],
        ['which shuts sooner tonight, brixton or lewisham', /^Brixton closes earlier/],
        ['which opens later brixton or lewisham', /^Brixton opens later/],
        ['lewisham or brixton, which is last to open on saturday', /^Brixton opens later/],
        ['does brixton close earlier than lewisham', /^Yes, Brixton closes earlier/],
        ['does lewisham shut earlier than brixton?', /^No, Brixton closes earlier/],
        ['which shuts earlier on sunday, ilford or romford', /^Ilford and Romford have the same hours on Sunday/],
        ['which closes earlier, harrow or brixton', /^Brixton: .*Harrow's front counter closed/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('fewer counters: the area with fewer leads', () => {
    itAnswersFirst(
      [
        ['which has fewer counters, north london or south london', /^North London has fewer: six open front counters, against eight in South London/],
        ['which has less police stations south london or north london', /^North London has fewer/],
        ['where are there fewest counters, north or south london', /^North London has fewer/],
        ['which has fewer counters, croydon or bromley', /^Croydon and Bromley have the same: one open front counter each/],
        ['does camden have fewer stations than islington', /^No: Camden and Islington have the same/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: the greater asked keeps its answer', () => {
    itAnswersFirst(
      [
        ['which is open longer, brixton or lewisham', /^Lewisham is open longer/],
        ['which opens earlier, brixton or lewisham', /^Lewisham opens earlier/],
        ['which is open later, brixton or lewisham', /^Lewisham is open later/],
        ['which closes later on sunday, ilford or romford', /^Ilford and Romford have the same hours on Sunday/],
        ['which has more counters, north london or south london', /^South London has more: eight/],
        ['is lewisham open later than brixton', /^Yes, Lewisham is open later/],
      ],
      { now: NOW, understood: true },
    );
  });
});
