/**
 * A counter picked by its place in a list of open counters the bot just gave (London's, a part of London's, at a time or
 * on a day): "the second one", "the last one", "is the 4th one open sunday", "number 3", "the fifth, whats the address",
 * in the order the list shows them (the 24-hour ones first). Before, only the nearest desks, the 24-hour ones and the
 * closures could be picked from, and only the first to third: these were not understood. A place past the end of the list
 * ("the 3rd" after two, "number 9" after eight) says there are no more. Controls: "the 6th" after a day's list is still a
 * date; "no 24 hour ones?" is not a number; "was ilford one of them" is still asked of the list; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SOUTH = 'list every counter in south london';
const OPEN = (counter: string) => new RegExp(`^The front counter at \\*\\*${counter} Police Station\\*\\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);

describe('a counter picked from a list of open counters, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      // South London's list: Lewisham (24 hours), then Brixton, Bromley, Croydon, Lavender Hill, Plumstead, Sutton, Walworth.
      [[SOUTH, 'the second one'], OPEN('Brixton')],
      [[SOUTH, 'the last one'], OPEN('Walworth')],
      [[SOUTH, 'is the 4th one open sunday'], /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00/],
      [[SOUTH, 'number 3'], OPEN('Bromley')],
      [[SOUTH, 'the fifth, whats the address'], /^\*\*Lavender Hill Police Station\*\*: 176 Lavender Hill/],
      [[SOUTH, 'what about the seventh'], OPEN('Sutton')],
      [[SOUTH, 'the first one'], /^The front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day/],
      [['which stations are open after 8pm', 'the 3rd one'], OPEN('Acton')],
      [['which ones open on sunday morning', 'the first one'], /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours a day/],
      [['how many are left in east london', 'the second one whats the address'], /^\*\*Bexleyheath Police Station\*\*: 2 Arnsberg Way/],
      [['list the 24 hour ones', 'number 2'], /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours a day/],
      // Past the end of the list: no more.
      [['list the 24 hour ones', 'the 3rd'], /^There are no more: my last answer named every one \(Only two front counters are open 24 hours a day/],
      [[SOUTH, 'number 9'], /^There are no more: my last answer named every one \(Eight police front counters are open in South London\)/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['whats open on sunday', 'and the 6th?'], /^27 police front counters are open in London on Sunday 6 December/],
        [['list all stations in west london pls', 'no 24 hour ones?'], /^(?!There are no more)(?!The front counter at)/],
        [['list all stations in west london pls', 'was ilford one of them'], /^No: \*\*Ilford\*\* is not among them/],
        [['list all stations in west london pls', 'which of those is nearest to W6'], /^The nearest front counter to W6 is \*\*Hammersmith Police Station\*\*/],
        [['is brixton open on the 5th', 'the 3rd?'], /^(?!There are no more)/],
        [[SOUTH, 'the second one, someone is breaking in right now'], /^\*\*Call 999 now/],
        [[SOUTH, 'number 9 someone is attacking me'], /^\*\*Call 999 now/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['the second one, someone is breaking in right now'], FRIDAY);
  });
});
