/**
 * Where a counter went, its name the subject ("where did the kensington desk go", "where has barking police station
 * gone", "where did wembley end up"): whether its desk moved, and where (or that the sources record no move, with its
 * closure), never its address as if it were still there. Controls: someone else who went ("where did my son go, he was
 * at brixton"), "where did you go", and a counter's address asked keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('where a named counter went, said many ways', () => {
  describe('its move, or no move with its closure', () => {
    itAnswersFirst(
      [
        ['where did the kensington desk go', /^My sources record no move of the front counter at \*\*Kensington Police Station\*\*: it closed on 28 February 2026/],
        ['where did kensington go?', /^My sources record no move of the front counter at \*\*Kensington Police Station\*\*/],
        ['where has barking police station gone', /^The front counter at \*\*Barking Police Station \(former town-centre station\)\*\* moved to \*\*Barking Learning Centre/],
        ['where did the harrow front counter go', /^My sources record no move of the front counter at \*\*Harrow Police Station \(South Harrow\)\*\*: it closed on 28 February 2026/],
        ['where has the old kensington police station gone', /^My sources record no move of the front counter at \*\*Kensington Police Station\*\*/],
        ['where did wembley end up', /^My sources record no move or temporary closure of the front counter at \*\*Wembley Police Station\*\*/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: someone else went, or the address asked', () => {
    itAnswersFirst(
      [
        ['where did my son go, he was at brixton', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
        ['where did you go', /^Which police station would you like the address of\?/],
        ['where is brixton police station', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ],
      { now: NOW },
    );
  });
});
