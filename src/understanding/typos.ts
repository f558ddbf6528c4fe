/**
 * Keyword typos residents make on phones ("opning", "tomorow", "nearst",
 * "statoin"). Only keywords are corrected: a word that is a common English
 * word, holds a digit, or is far from every keyword is left alone, so place
 * names ("acton", "brixtn") reach the place finder as typed.
 */
import { editDistance } from '../stations/stationSearch';
import { knownDangerWords } from './dangerSpellings';
import { COMMON_WORDS, wordTable } from './lexicon';

/** Spellings seen often enough to list, including text-speak. */
const KNOWN_TYPOS = wordTable({
  opning: 'opening', openning: 'opening', oppening: 'opening', opeing: 'opening', openin: 'opening', opnening: 'opening',
  opn: 'open', opne: 'open', oepn: 'open',
  happend: 'happened', hapened: 'happened', happned: 'happened', meny: 'many', mnay: 'many',
  accessability: 'accessibility', accesibility: 'accessibility', accessiblity: 'accessibility', accesible: 'accessible', accessable: 'accessible', wheelchare: 'wheelchair',
  apointment: 'appointment', appoinment: 'appointment', appointmant: 'appointment',
  tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', tomorro: 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow',
  tmw: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow', tmorrow: 'tomorrow', tomrrow: 'tomorrow',
  '2day': 'today', tday: 'today', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight',
  nearst: 'nearest', neares: 'nearest', nearset: 'nearest', neerest: 'nearest', nearist: 'nearest', narest: 'nearest', nerest: 'nearest',
  closet: 'closest', clostest: 'closest', closests: 'closest', closeset: 'closest',
  statoin: 'station', staion: 'station', staton: 'station', sation: 'station', stn: 'station', statio: 'station', stattion: 'station',
  polic: 'police', pollice: 'police', plice: 'police', poilce: 'police', poice: 'police', polise: 'police', plod: 'police',
  hrs: 'hours', hr: 'hours', hrz: 'hours', hous: 'hours', hourse: 'hours',
  addres: 'address', adress: 'address', adresss: 'address', addresss: 'address', adddress: 'address',
  wensday: 'wednesday', wendsday: 'wednesday', wednsday: 'wednesday', wedensday: 'wednesday', wednes: 'wednesday', weds: 'wednesday',
  thurs: 'thursday', thur: 'thursday', thursay: 'thursday', tues: 'tuesday', teusday: 'tuesday',
  satuday: 'saturday', saterday: 'saturday', saturady: 'saturday', sunady: 'sunday', sundy: 'sunday', munday: 'monday',
  wkend: 'weekend', wknd: 'weekend', weeknd: 'weekend',
  pls: 'please', plz: 'please', plez: 'please', thx: 'thanks', thnx: 'thanks', thanx: 'thanks', ty: 'thanks', tx: 'thanks',
  u: 'you', ur: 'your', r: 'are', em: 'them', wats: 'whats', wots: 'whats', wot: 'what', wat: 'what', wht: 'what', wen: 'when', wer: 'where', whyd: 'why', whys: 'why',
  whr: 'where', wheres: 'where', wich: 'which', whic: 'which', whihc: 'which', cn: 'can', cud: 'could', shud: 'should', wud: 'would', sumone: 'someone', sum1: 'someone', some1: 'someone',
  copshop: 'police', feds: 'police', popo: 'police', cops: 'police', cop: 'police', coppers: 'police', nick: 'police', fuzz: 'police',
  counte: 'counter', countr: 'counter', frount: 'front', fron: 'front',
  emergancy: 'emergency', emergecy: 'emergency', emergengy: 'emergency', emergncy: 'emergency',
  intepreter: 'interpreter', interpretor: 'interpreter', interperter: 'interpreter', translater: 'translator',
  anonymus: 'anonymous', anonomous: 'anonymous', anonimous: 'anonymous', annonymous: 'anonymous', anonymously: 'anonymously',
  closin: 'closing', closeing: 'closing', clsoed: 'closed', colsed: 'closed', shutt: 'shut',
  xmas: 'christmas', chrismas: 'christmas', christams: 'christmas', crimbo: 'christmas',
  evry: 'every', evrey: 'every', evey: 'every', borogh: 'borough', burough: 'borough', bourough: 'borough',
  nite: 'night', nites: 'nights', b4: 'before', nxt: 'next', wk: 'week', wkday: 'weekday', wkdays: 'weekdays', clsd: 'closed',
  thnks: 'thanks', thanku: 'thanks', tyvm: 'thanks', hw: 'how', y: 'why', wy: 'why', whn: 'when', wher: 'where', whre: 'where',
  // Requests the bot cannot do, as typed.
  emial: 'email', emal: 'email', emali: 'email', eamil: 'email', emai: 'email', remnd: 'remind', remid: 'remind', reming: 'remind',
  remider: 'reminder', reminer: 'reminder', remindr: 'reminder', reminda: 'reminder',
  appointmnet: 'appointment', appointmet: 'appointment', apointmnet: 'appointment', appiontment: 'appointment', appoitment: 'appointment',
  apptment: 'appointment',
});

/** Keywords worth correcting towards when a word is one slip away. */
const KEYWORDS = [
  'police', 'station', 'stations', 'opening', 'nearest', 'closest', 'closing', 'closed', 'address', 'counter', 'counters',
  'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekend', 'tomorrow', 'tonight',
  'emergency', 'interpreter', 'translator', 'anonymous', 'anonymously', 'report', 'stolen', 'burgled', 'nearby',
  'hours', 'history', 'christmas', 'holiday', 'holidays', 'currently', 'directions', 'located', 'location',
  'temporarily', 'closure', 'closures', 'strategy', 'front', 'burglary', 'interpreters', 'weekends', 'opened',
];

/** The keywords as a set: asked of nearly every word of every message. */
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

const cache = new Map<string, string>();

/**
 * A keyword's past form ("reported", "addressed") is a word, not a slip: taking it to the keyword would lose the tense
 * ("my mum has already reported the break-in" told as a report still to make).
 */
function isKeywordDone(word: string): boolean {
  return word.endsWith('ed') && (KEYWORD_SET.has(word.slice(0, -2)) || KEYWORD_SET.has(word.slice(0, -1)));
}

export function correctTypo(word: string): string {
  const listed = KNOWN_TYPOS.get(word);
  if (listed) return listed;
  // A word the danger reading knows is no slip either ("burglars" is not "burglary", "robbers" not a keyword missed).
  if (word.length < 5 || !/^[a-z]+$/.test(word) || COMMON_WORDS.has(word) || KEYWORD_SET.has(word) || isKeywordDone(word) || knownDangerWords().has(word)) return word;
  const seen = cache.get(word);
  if (seen !== undefined) return seen;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (const k of KEYWORDS) {
    const d = editDistance(word, k, allowed);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (cache.size < 5000) cache.set(word, best);
  return best;
}
