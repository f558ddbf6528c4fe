/**
 * What happened to a building, asked of the stations ("the one that burned down", "which police stations were sold",
 * "did any station flood"): the stations whose timeline rows say so, each with the row's date and words; none in the
 * sources: said so, and where to check (never a guess). Of one counter named or discussed ("was it sold"): yes with the
 * row, or that the sources record nothing. Controls: a fire happening now leads with 999; a fire station asked about, a
 * flood at home with a counter asked, and what happened to a counter named keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const FOREST_GATE_FIRE = /^\*\*Forest Gate Police Station\*\* had a fire, as my sources show\. 6 March 2024: fire destroyed roof; station closed; counter moved to Stratford\.$/;

describe('what happened to a station, said many ways', () => {
  describe('asked of every station: the ones the timeline says it of', () => {
    itAnswersFirst(
      [
        ['the one that burned down', FOREST_GATE_FIRE],
        ['which police station burned down', FOREST_GATE_FIRE],
        ['which station had a fire', FOREST_GATE_FIRE],
        ['was there a fire at a police station?', FOREST_GATE_FIRE],
        ['which stations closed after a fire', FOREST_GATE_FIRE],
        ['the police station that burnt out in newham', /^\*\*Forest Gate Police Station\*\* had a fire/],
        ['which police stations were sold', /^\*\*Wanstead Police Station \(former\)\*\* was sold, as my sources show\. 2013: front counter closed; station sold\.$/],
        ['the one that was sold off', /^\*\*Wanstead Police Station \(former\)\*\* was sold/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('nothing in the sources: said so, never a guess', () => {
    itAnswersFirst(
      [
        ['the station that flooded', /^My sources record no police station that flooded\.$/],
        ['did any police station flood', /^My sources record no police station that flooded\.$/],
        ['which police station was demolished', /^My sources record no police station that was demolished\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('one counter named or discussed', () => {
    itAnswersFirst(
      [
        ['did forest gate police station burn down', /^Yes: \*\*Forest Gate Police Station\*\* had a fire, as my sources show\./],
        ['was brixton police station sold', /^My sources record nothing saying \*\*Brixton Police Station\*\* was sold\.$/],
      ],
      { now: NOW, understood: true },
    );
    itAnswersLast(
      [
        [['is brixton open', 'was it sold'], /^My sources record nothing saying \*\*Brixton Police Station\*\* was sold\.$/],
        [['forest gate', 'was it the one that burned down'], /^Yes: \*\*Forest Gate Police Station\*\* had a fire/],
      ],
      NOW,
    );
  });

  describe('controls: danger now, a fire station, a flood at home keep their answers', () => {
    itAnswersFirst(
      [
        ['the police station is on fire', /^\*\*Call 999 now\*\*/],
        ["there's a fire at lewisham police station", /^\*\*Call 999 now\*\*/],
        ['someone set fire to the police station', /^\*\*Call 999 now\*\*/],
        ['is there a fire station near brixton police station', /^I don't know where hospitals/],
        ['my flat flooded, which police station do i go to', /^To find the nearest front counter, I need to know where you are\.$/],
        ['what happened to forest gate police station', /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\./],
      ],
      { now: NOW },
    );
  });
});
