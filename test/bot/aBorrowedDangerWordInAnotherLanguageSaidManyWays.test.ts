/**
 * A sentence of another language, nearly no word of it English, holding a word of danger that languages borrow or
 * spell nearly as English does ("Ta dooinney lesh gunn ec y dorrys ain nish": a man with a gun at our door now):
 * Call 999 now first. Controls: English that names the police or a gun licence, and keys pressed, keep their answers.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a borrowed word of danger in another language, many ways: Call 999 now first', () => {
  itCalls999First([
    'Ta dooinney lesh gunn ec y dorrys ain nish',
    'aia se tane ma le gun i fafo o le fale',
    'kuna mtu ana gun nje ya mlango sasa hivi',
    'mwen wè yon nonm ak yon gun devan pòt la',
    'okunrin kan ni gun ni ita ile wa bayi',
    'wanpela man i gat gun long dua bilong mi nau',
  ]);
});

describe('English naming the police or a gun, and keys pressed: no 999 first', () => {
  itAnswersWithout999First([
    ['the police were great thanks, is brixton open', /Brixton/],
    ['my dad has a gun licence, is lewisham open', /Lewisham|licence/],
  ]);
});
