/**
 * A thing that wounds, though no weapon word, held to someone's throat, neck or face or pointed at them ("holding
 * scissors to my neck", "held a glass to the cashier's face", "pointing a pair of scissors at my colleague"), at home
 * or at work: Call 999 now. Controls: scissors to cut a ribbon, a hairdresser, a nurse, a barber, a glass to the lips.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a thing held to someone as a weapon, said many ways: Call 999 now', () => {
  itCalls999First([
    'a man is holding scissors to my neck',
    "someone held a glass to the cashier's face",
    "a guy in the shop held a pen to my colleague's throat",
    "a customer is pressing a broken glass against the receptionist's neck",
    'he put a syringe to my throat in the lift',
    "she's pointing a pair of scissors at my colleague",
    "a client has got a fork held against my coworker's face at reception",
    'he is holding a needle against my arm and saying give me the money',
    'a guy at work is holding a stapler to my face',
    'a patient is pointing a syringe at the nurse',
    "urgent - visitor at reception has scissors up against Priya's neck",
    "someone's got a glass to jamie's throat in the pub",
  ]);
});

describe('scissors, needles and glasses that are no threat: no 999 first', () => {
  itAnswersWithout999First([
    ['holding scissors to cut the ribbon, is brixton open', /Brixton/],
    ['hairdresser held the scissors to my fringe', /can't help|front counters/],
    ['the nurse held the needle to my arm and i fainted', /can't help|front counters/],
    ['the barber held the razor to my neck for a shave', /can't help|front counters/],
    ['he held a glass to his lips', /can't help|front counters/],
    ['i took my pen to the head office, is lewisham open', /Lewisham/],
  ]);
});
