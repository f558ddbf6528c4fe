/**
 * "report it at Lewisham", "sutton police station", "the borough of sutton"
 * are read where the name occurs in the words, with patterns made once, not a
 * pattern made per message with the name written in. This shows both read
 * the same: over every golden message and every run of one to three of its
 * words as the name (with some that never occur, an empty one and names
 * holding pattern characters), each reading agrees with the pattern made with
 * the name in it.
 */
import { expect } from 'chai';
import { GO_IN_PERSON_AT } from '../../src/understanding/lexicon';
import { readMessage } from '../../src/understanding/message';
import { saidAsABorough, saidAsAStation } from '../../src/understanding/places';
import { goesInAt } from '../../src/understanding/reading';
import { readGolden } from './golden/goldenFile';

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asStation = (text: string, name: string) => new RegExp(`\\b${escape(name)} (?:borough )?police station\\b`).test(text);
const asBorough = (text: string, name: string) => new RegExp(`\\b${escape(name)} borough\\b|\\bborough of (?:the )?${escape(name)}\\b`).test(text);
const goesIn = (text: string, name: string) => new RegExp(`\\b(?:${GO_IN_PERSON_AT})\\b[a-z ]{0,40}\\b(?:at|to|in) (?:the )?${name}\\b`).test(text);

describe('names read where they occur read as a pattern with the name written in', function () {
  this.timeout(60_000);

  it('agree on every golden message for every run of its words, and names that are not there', () => {
    const texts = new Set(readGolden().map((l) => readMessage(l.say).text));
    for (const t of ['report it at the lewisham', 'go to sutton borough police station', 'the borough of the sutton', 'st. johns wood borough', 'sutton', '']) texts.add(t);
    let agreed = 0;
    let found = 0;
    const differences: string[] = [];
    for (const text of texts) {
      const words = text.split(' ');
      const names = new Set(['', 'lewisham', 'st. johns', 'a+b', 'wood (old)', 'sutton ']);
      for (let i = 0; i < words.length; i++) for (let n = 1; n <= 3 && i + n <= words.length; n++) names.add(words.slice(i, i + n).join(' '));
      for (const name of names) {
        const plain = name.replace(/[^a-z0-9 ]/g, '');
        const pairs: [string, boolean, boolean][] = [
          ['as a station', saidAsAStation(text, name), asStation(text, name)],
          ['as a borough', saidAsABorough(text, name), asBorough(text, name)],
          ['goes in at', goesInAt(text, plain), goesIn(text, plain)],
        ];
        for (const [what, got, expected] of pairs) {
          if (got !== expected) differences.push(`${what} "${name}" in "${text}": ${got}, the pattern says ${expected}`);
          else agreed++;
          if (expected) found++;
        }
      }
    }
    expect(differences.slice(0, 10), `${differences.length} differences`).to.deep.equal([]);
    expect(agreed).to.be.greaterThan(50_000);
    expect(found, 'readings that found the name said so').to.be.greaterThan(100);
  });
});
