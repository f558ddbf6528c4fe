/**
 * Danger written in languages in Latin letters the bot did not read (Welsh, Haitian Creole, Uzbek, Kinyarwanda,
 * Luganda, Cantonese as people type it; fear said in Swahili): Call 999 now first, with the language named for the interpreter. Controls:
 * English words near these (a "bat", "Mr Cheung", "Sekou") keep their old answers.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { expectCall999First, itAnswersWithout999First } from './call999First';

describe('danger in Latin-letter languages the bot did not read, said many ways: Call 999 now first', () => {
  for (const [say, language] of [
    ['help, mae rhywun yn fy nghuro', 'Welsh'],
    ['helpwch fi, mae fy ngŵr wrth y drws gyda chyllell', 'Welsh'],
    ['mae dyn eisiau fy lladd, dewch yn gyflym', 'Welsh'],
    ['mari m ap bat mwen, li di l ap touye m', 'Haitian Creole'],
    ['anmwe! gen yon nèg ak kouto nan kay la', 'Haitian Creole'],
    ['mwen pè, mari m vle touye m', 'Haitian Creole'],
    ["yordam bering, meni o'ldirmoqchi", 'Uzbek'],
    ['erim meni uryapti, tez keling', 'Uzbek'],
    ['eshik oldida pichoq bilan odam bor', 'Uzbek'],
    ['mutabare, arashaka kunyica', 'Kinyarwanda'],
    ['umugabo wanjye arankubita, ndatinya', 'Kinyarwanda'],
    ['hari umuntu ufite imbunda ku muryango', 'Kinyarwanda'],
    ['mumbeere, ayagala kunzita', 'Luganda'],
    ['baze ankuba, nkwegayiridde mujje mangu', 'Luganda'],
    ["omusajja ali ku mulyango n'ekiso", 'Luganda'],
    ['gau meng ah, yau yan jap jor lai ngo uk kei', 'Cantonese'],
    ['ngo ho geng, lo gung da ngo', 'Cantonese'],
    ['yau yan sat yan ah, faai di lai', 'Cantonese'],
    // Fear said in Swahili ("naogopa", I am afraid), as in the other languages' lists (found by our own probes, session 27).
    ['Kuna mtu nje ya nyumba yangu Hayes, naogopa sana', 'Swahili'],
    ['Ninaogopa, kuna mtu mlangoni', 'Swahili'],
    ['ninaogopa sana, mume wangu yuko nje', 'Swahili'],
  ] as const) {
    it(say, async () => {
      const conversation = new Conversation();
      const replies = await conversation.say(say);
      expectCall999First(replies, say);
      expect(replies.map((r) => r.text ?? '').join('\n')).to.contain(`say "${language}"`);
    });
  }
});


describe('controls near the new words: no 999 first', () => {
  itAnswersWithout999First([
    ['my son left his cricket bat at brixton station, is it open now', /Brixton/],
    ['is Mr Cheung at the front counter in ilford today', /Ilford/],
    ['Sekou here, what time does lewisham station close', /Lewisham/],
    ['is walworth open on sat', /Walworth/],
  ]);
});
