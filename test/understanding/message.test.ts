/**
 * Reading what arrived: sanitising, normalising, keyword typos, and bad input
 * that must never throw.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readMessage, readWords, sanitise, ROUND_THE_CLOCK } from '../../src/understanding/message';
import { correctTypo } from '../../src/understanding/typos';
import { understand } from '../../src/understanding/understand';
import { data, finder, NOW, ask } from './helpers';

describe('reading a message', () => {
  it('removes markup, entities, control and invisible characters', () => {
    expect(sanitise('<p>Brixton&nbsp;<b>hours</b></p>')).to.equal('Brixton hours');
    expect(sanitise('<script>alert("x")</script>open?')).to.equal('open?');
    expect(sanitise('a\u0000b\u0007c\u200bd\ufeff')).to.equal('a b c d');
    expect(sanitise(undefined)).to.equal('');
    expect(sanitise(42)).to.equal('');
  });

  it('lower-cases, drops apostrophes and accents, keeps times and dates together', () => {
    expect(readWords("What's Shepherd’s Bush's address?")).to.deep.equal(['whats', 'shepherds', 'bushs', 'address']);
    expect(readWords('Café at 9.30pm on 25/12')).to.deep.equal(['cafe', 'at', '9:30pm', 'on', '25/12']);
    expect(readWords('Hammersmith & Fulham')).to.deep.equal(['hammersmith', 'and', 'fulham']);
  });

  it('leaves ordinary English words alone, however near a keyword they are ("losing" is not "closing", "policy" not "police")', () => {
    for (const w of ['losing', 'nearly', 'clothing', 'policy', 'polite', 'rotation', 'section', 'sections', 'allocated', 'relocation', 'counties', 'happening', 'future']) {
      expect(readWords(w), w).to.deep.equal([w]);
    }
    // A slip of a keyword is still read as the keyword.
    expect(readWords('nearst statoin opning')).to.deep.equal(['nearest', 'station', 'opening']);
  });

  it("keeps \"we're\" the present: it does not join into \"were\"", () => {
    expect(readWords("we're being followed")).to.deep.equal(['we', 'are', 'being', 'followed']);
  });

  it('reads every spelling of "open 24 hours" as one word, but not a postcode', () => {
    for (const t of ['24/7', '24-7', '24 7', '24x7', '24h', '24hr', '24 hrs', '24-hour', '24 hours', 'twenty four hour', 'round the clock', 'all night']) {
      expect(readWords(`is it ${t}`), t).to.include(ROUND_THE_CLOCK);
    }
    expect(readWords('SE24 7AA')).to.deep.equal(['se24', '7aa']);
  });

  it('reads a year said in words or cut short as its digits, and leaves other numbers in words alone', () => {
    expect(readWords('closed in twenty seventeen')).to.deep.equal(['closed', 'in', '2017']);
    expect(readWords('open in two thousand and nineteen')).to.deep.equal(['open', 'in', '2019']);
    expect(readWords('in twenty twenty five')).to.deep.equal(['in', '2025']);
    expect(readWords("how many closed in '17")).to.deep.equal(['how', 'many', 'closed', 'in', '2017']);
    expect(readWords('twenty minutes away')).to.deep.equal(['twenty', 'minutes', 'away']);
    expect(readWords('open twenty four hours')).to.include(ROUND_THE_CLOCK);
  });

  it('corrects keyword typos but leaves place names and ordinary words alone', () => {
    const typos: [string, string][] = [
      ['opning', 'opening'], ['tomorow', 'tomorrow'], ['nearst', 'nearest'], ['statoin', 'station'], ['polce', 'police'],
      ['adress', 'address'], ['closst', 'closest'], ['saturdy', 'saturday'], ['emergancy', 'emergency'], ['interpeter', 'interpreter'],
    ];
    for (const [typo, word] of typos) expect(correctTypo(typo), typo).to.equal(word);
    for (const w of ['where', 'there', 'house', 'hours', 'close', 'brixtn', 'acton', 'eltham', 'hayes', 'closer']) expect(correctTypo(w), w).to.equal(w);
  });

  it('never turns a word of a station name or alias into a keyword', () => {
    const words = new Set(
      data.stations.flatMap((s) => [s.name, ...s.aliases]).flatMap((n) => readWords(n.replace(/\([^)]*\)/g, ' ')).filter((w) => w.length >= 5)),
    );
    const changed = [...words].filter((w) => readWords(w)[0] !== w);
    expect(changed).to.deep.equal([]);
  });

  it('marks a long message as too long', () => {
    expect(readMessage('x '.repeat(600)).tooLong).to.equal(true);
    expect(readMessage('is brixton open').tooLong).to.equal(false);
  });
});

describe('bad input never throws and gets a sensible intent', () => {
  const weird: unknown[] = [
    '',
    ' ',
    '\n\t',
    '\u0000\u0001\u0002',
    '🤷‍♀️🤷‍♀️',
    '!!!???',
    '...',
    '😀'.repeat(3000),
    'a'.repeat(5000),
    'brixton '.repeat(700),
    '<div onclick="evil()">'.repeat(100),
    "Robert'); DROP TABLE students;--",
    'SELECT * FROM stations WHERE 1=1',
    '{{7*7}} ${process.exit()}',
    '\\x00\\n\\r',
    '%00%0a',
    'ﷺ',
    '\u202eevil',
    '9999999999999999999999',
    '24/7/24/7/24/7',
    '31/31/31 at 99pm',
    'at 25:99',
    '0 0 0 0',
    'E',
    'nw',
    undefined,
    null,
    123,
    { text: 'hi' },
  ];

  for (const input of weird) {
    const label = typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : String(input);
    it(`${label}`, () => {
      const q = understand(input as string, {}, NOW, finder);
      expect(q).to.have.property('intent');
      if (q.intent === 'out-of-scope') expect(['joke', 'unrelated', 'nonsense', 'empty', 'too-long']).to.include(q.reason);
    });
  }

  it('an empty or missing context is fine', () => {
    expect(understand('brixton hours', undefined as never, NOW, finder).intent).to.equal('hours');
  });

  it('5,000 characters is too long; emptiness is empty', () => {
    expect(ask('a'.repeat(5000))).to.deep.equal({ intent: 'out-of-scope', reason: 'too-long' });
    expect(ask('')).to.deep.equal({ intent: 'out-of-scope', reason: 'empty' });
    expect(ask('\u0000\u0001')).to.deep.equal({ intent: 'out-of-scope', reason: 'nonsense' });
  });

  it('random strings never throw', () => {
    // A fixed seed: the same strings on every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 ?!.,\'"/<>&;:-éñ😀\u0000\t';
    for (let i = 0; i < 300; i++) {
      const len = Math.floor(next() * 80);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(() => understand(s, {}, NOW, finder), s).to.not.throw();
    }
  });

  it('does not read the wall clock: the same message and "now" give the same question', () => {
    const later = DateTime.fromISO('2030-06-01T08:00', { zone: 'Europe/London' });
    expect(ask('brixton hours tomorrow', {}, later)).to.deep.equal(ask('brixton hours tomorrow', {}, later));
    expect(ask('brixton hours tomorrow', {}, later)).to.have.nested.property('when.date', '2030-06-02');
  });
});
