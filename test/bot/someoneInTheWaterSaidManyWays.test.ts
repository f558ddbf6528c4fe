/**
 * Someone in the water and in trouble, told by what the water does or where they went in ("being carried off by the
 * current", "swept along in the river", "fell through the ice", "a toddler fell in the pool", "thrashing about in the
 * canal"): Call 999 now. Controls: a swim, a walk by the river, a phone in the canal: no 999 first.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('someone in the water, said many ways: Call 999 now', () => {
  itCalls999First([
    'someone in the thames being carried off by the current',
    'a woman is being swept along in the river lea',
    'a dog walker fell through the ice on the pond',
    'two kids went through the ice on the lake in victoria park',
    "a toddler fell in the pool at the hotel and isn't coming up",
    'my little boy is face down in the pond',
    'a woman is thrashing about in the canal by camden lock',
    'someone is caught in the current near the weir',
    'a lad is being dragged along by the current in the lea',
    'a boy fell in the canal and hes going under',
    "a man fell off the pier and he's in the water",
    "a boy's been swept out by the tide at the beach",
    // In the water first, what it does to them a few words on.
    'theres a man in the thames near the bridge being carried downstream',
    'my son is in the canal by the lock and hes getting dragged under',
    'girl in the river next to the weir getting swept away fast',
  ]);
});

describe('water with no one in trouble: no 999 first', () => {
  itAnswersWithout999First([
    ['we went swimming in the lido', /can't help|front counters/],
    ['we went for a swim in the serpentine then had lunch, is belgravia station open', /Belgravia|open/],
    ['the river walk near kingston', /Kingston/],
    ['my phone fell in the canal lol', /can't help|front counters/],
    ['i got carried away in the sales yesterday, is brixton open', /Brixton/],
    ['swept along by the crowd at the match, where is the nearest station to SE10', /Lewisham/],
  ]);
});
