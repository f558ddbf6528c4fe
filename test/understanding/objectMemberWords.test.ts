/**
 * Names of JavaScript object members ("constructor", "toString", "__proto__",
 * "hasOwnProperty", "valueOf"...) are ordinary words: every word table is a
 * `Map` (or has no prototype), so they are read, and answered, exactly as a
 * made-up word would be. Once "is the constructor open" crashed the turn and
 * "constructor" alone was answered "I think you wrote in function Object() {
 * [native code] }".
 */
import { expect } from 'chai';
import { parseCsv } from '../../src/stations/csv';
import { Conversation } from '../bot/harness';
import { ask } from './helpers';

/** Every member of a plain object: what an object used as a word table would wrongly find. */
const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
/** A word that is nothing at all, to compare with. */
const NOTHING = 'zqxwvkjh';

const TEMPLATES = [
  'W',
  'is the W open',
  'W hours sunday',
  'nearest police station to W',
  'is brixton open on W',
  'W police station',
  'where is W police station',
  'what about W?',
  'W W W',
  'is W open on christmas day',
  'I am in W, nearest 24 hour desk?',
];

/** The question as text, the word itself replaced (it is quoted back as the resident wrote it, lower-cased). */
function readingOf(message: string, word: string): string {
  return JSON.stringify(ask(message)).split(word.toLowerCase().replace(/_/g, '')).join('<word>');
}

describe('object member names are ordinary words', () => {
  it('covers the members named in the issue', () => {
    expect(MEMBERS).to.include.members(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']);
  });

  describe('understanding reads them as it reads a made-up word', () => {
    for (const word of MEMBERS) {
      it(word, () => {
        for (const template of TEMPLATES) {
          const message = template.replaceAll('W', word);
          expect(readingOf(message, word), message).to.equal(readingOf(template.replaceAll('W', NOTHING), NOTHING));
        }
      });
    }
  });

  it('are column names like any other in the data files', () => {
    const { rows } = parseCsv('constructor,__proto__,toString\nbuilt,proto,text\n');
    expect(rows[0].values.constructor).to.equal('built');
    expect(Object.getOwnPropertyDescriptor(rows[0].values, '__proto__')?.value).to.equal('proto');
    expect(rows[0].values.toString).to.equal('text');
    expect(parseCsv('name\nBrixton\n').rows[0].values.constructor).to.equal(undefined);
  });

  it('reads "constructor" alone as words it does not know, not another language', () => {
    expect(ask('constructor')).to.deep.equal({ intent: 'out-of-scope', reason: 'nonsense' });
    expect(ask('Constructor')).to.deep.equal({ intent: 'out-of-scope', reason: 'nonsense' });
  });

  describe('the bot answers them as it answers a made-up word (real turn pipeline)', () => {
    const messages = ['constructor', 'is the constructor open', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'nearest police station to constructor'];
    for (const message of messages) {
      it(message, async () => {
        const word = /constructor|tostring|__proto__|hasownproperty|valueof/i.exec(message)![0];
        const reply = await new Conversation().ask(message);
        const usual = await new Conversation().ask(message.replace(word, NOTHING));
        expect(reply).to.not.match(/native code|function|undefined|\[object|something went wrong/i);
        expect(reply.trim()).to.not.equal('');
        const quoted = word.toLowerCase().replace(/_/g, '');
        expect(reply.split(quoted).join('<word>')).to.equal(usual.split(NOTHING).join('<word>'));
      });
    }
  });
});
