/**
 * Where the resident is, when and what they want, said loosely:
 * - "I live in Leyton, where do I go?", "live in leyton which station do i use": the nearest counter to that place,
 *   not the counters of its borough (Waltham Forest has none, which is no answer to "where do I go").
 * - "around teatime", "around 5", "around midnight": a time, not a place to be near, so "can i pop into wembley
 *   around teatime" is whether Wembley is open then.
 * - "any news on sutton police station closing", "any updates on hammersmith": that counter's status and any closure
 *   ahead of it (events.csv), not the counters of its borough nor the borough's closures.
 */
import { expectCall999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const NEAREST = (place: string, station: string) => new RegExp(`^The nearest front counter to ${place} is \\*\\*${station} Police Station\\*\\*, about `);
const NOT_PLANNED = (name: string) => new RegExp(`^No, the front counter at \\*\\*${name} Police Station\\*\\* is not planned to close, as far as my sources show`);

describe('where the resident is, when and what they want, said loosely: answered for that place, time or counter', function () {
  this.timeout(30_000);
  itAnswersFirst(
    [
      ['i live in leyton where do i go', NEAREST('Leyton', 'Stratford')],
      ['im in leyton, where can i go', NEAREST('Leyton', 'Stratford')],
      ['live in leyton which station do i use', NEAREST('Leyton', 'Stratford')],
      ['live in leyton, nearest?', NEAREST('Leyton', 'Stratford')],
      ['i live in walthamstow where should i go', NEAREST('Walthamstow', 'Tottenham')],
      ['i live in forest gate which police station do i go to', NEAREST('Forest Gate', 'Stratford')],
      // A borough asked as a borough keeps its counters.
      ['i live in hackney, is there a police station in my borough', /^Yes, Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
      ['is there a police station in hackney', /^Yes, Hackney has one police front counter/],
      // A time said with "around".
      ['can i pop into wembley around teatime', /^Yes, at 16:00 today \(Thursday 26 November\), \*\*Wembley Police Station\*\* is open, until 22:00\./],
      ['could i drop by ilford around 5', /^Yes, at 17:00 today \(Thursday 26 November\), \*\*Ilford Police Station\*\* is open, until 22:00\./],
      ['will hayes be open around 9', /^Yes, at 21:00 today \(Thursday 26 November\), \*\*Hayes Police Station \(Hayes End\)\*\* is open, until 22:00\./],
      ['any chance lewisham is open around midnight', /^Yes, at 00:00 tomorrow \(Friday 27 November\), \*\*Lewisham Police Station\*\* is open, 24 hours a day\./],
      // News of a counter.
      ['is there any news on sutton police station closing', NOT_PLANNED('Sutton')],
      ['any word on whether sutton is shutting', NOT_PLANNED('Sutton')],
      ['any news about walworth closing down', NOT_PLANNED('Walworth')],
      ['heard anything about brixton police station closing?', NOT_PLANNED('Brixton')],
      ['any updates on hammersmith police station', /^The front counter at \*\*Hammersmith Police Station\*\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
      ['whats the latest on ilford police station', /^The front counter at \*\*Ilford Police Station\*\* is open/],
      ['any news on twickenham police station', /^The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026\./],
    ],
    { understood: true },
  );

  // Danger control: these readings never come before danger.
  for (const say of ['i live in leyton and someone is trying to break in right now, where do i go', 'any news on sutton police station? my neighbour is being attacked']) {
    it(`danger still leads: ${say}`, async () => {
      expectCall999First(await new Conversation().say(say), say);
    });
  }
});
