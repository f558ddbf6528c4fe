/**
 * Reading an incoming activity into words: mentions, markup, entities, card
 * buttons, pictures and files, and malformed activities that must not throw.
 */
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { plainText, readIncoming } from '../../dialogs/incomingText';

const BOT = { id: '28:bot-app-id', name: 'StationDesk' };
const botMention = { type: 'mention', text: '<at>StationDesk</at>', mentioned: BOT };

function message(fields: Partial<Activity>): Partial<Activity> {
  return { type: 'message', recipient: BOT, from: { id: '29:resident', name: 'Resident' }, ...fields };
}

describe('plainText: Teams markup and HTML entities to words', () => {
  const rows: [string, string][] = [
    ['Woodford&#x2019;s', 'Woodford\u2019s'],
    ['Woodford&#X2019;s', 'Woodford\u2019s'],
    ['Woodford&#8217;s', 'Woodford\u2019s'],
    ['Woodford&rsquo;s', 'Woodford\u2019s'],
    ['it&#39;s', "it's"],
    ['fish &amp; chips', 'fish & chips'],
    ['open&nbsp;now', 'open now'],
    ['&ldquo;Brixton&rdquo; &ndash; Sunday', '\u201cBrixton\u201d \u2013 Sunday'],
    ['caf&eacute;', 'caf\u00e9'],
    ['&lt;b&gt; is text', '<b> is text'],
    ['<p>is Brixton open</p><p>on Sunday</p>', 'is Brixton open on Sunday'],
    ['<div><span style="color:red">Hayes</span><br/>hours</div>', 'Hayes hours'],
    ['<emoji id="wave" alt="👋" title="Wave"></emoji>', '👋'],
    ['<img class="emoji-img emoji" alt="🚓" src="x.png">', '🚓'],
    ['<img src="photo.png" alt="a photo of a police station">', ''],
    ['<script>alert(1)</script>Ilford', 'Ilford'],
    ['AT&T and M&S', 'AT&T and M&S'],
    ['&unknownentity; stays', '&unknownentity; stays'],
    ['open < 5pm, 9 > 8', 'open < 5pm, 9 > 8'],
    ['  lots\u00a0of \t\n space  ', 'lots of space'],
  ];
  for (const [html, words] of rows) {
    it(`${JSON.stringify(html)} -> ${JSON.stringify(words)}`, () => {
      expect(plainText(html)).to.equal(words);
    });
  }

  it('reads no more than 20,000 characters of a huge paste, and does not choke on unclosed tags', () => {
    const text = plainText('<script>'.repeat(40000) + '<p'.repeat(40000));
    expect(text.length).to.be.at.most(20000);
  });
});

describe('readIncoming: what a message asks', () => {
  it('removes the bot mention its entity points at, wherever it is', () => {
    for (const text of ['<at>StationDesk</at> is Ilford open?', 'is Ilford open? <at>StationDesk</at>', 'is <at>StationDesk</at> Ilford open?']) {
      expect(readIncoming(message({ text, entities: [botMention] })), text).to.deep.equal({ kind: 'words', text: text.replace('<at>StationDesk</at>', '').replace(/\s+/g, ' ').trim() });
    }
  });

  it('removes every mention of the bot, not only the first', () => {
    const incoming = readIncoming(message({ text: '<at>StationDesk</at> Brixton hours <at>StationDesk</at>', entities: [botMention, botMention] }));
    expect(incoming).to.deep.equal({ kind: 'words', text: 'Brixton hours' });
  });

  it('removes a mention whose entity text is not in <at> tags (other channels write "@StationDesk")', () => {
    const incoming = readIncoming(message({ text: '@StationDesk Brixton hours', entities: [{ type: 'mention', text: '@StationDesk', mentioned: BOT }] }));
    expect(incoming).to.deep.equal({ kind: 'words', text: 'Brixton hours' });
  });

  it('keeps someone else\'s "@name" in other channels, where only the bot\'s mention is known not to be the question', () => {
    const incoming = readIncoming(message({ text: '@Sam Brixton hours', entities: [{ type: 'mention', text: '@Sam', mentioned: { id: 'sam' } }] }));
    expect(incoming).to.deep.equal({ kind: 'words', text: '@Sam Brixton hours' });
  });

  it('a bare mention, with or without its entity, is a bare mention', () => {
    expect(readIncoming(message({ text: '<at>StationDesk</at>', entities: [botMention] }))).to.deep.equal({ kind: 'bare-mention' });
    expect(readIncoming(message({ text: ' <at>StationDesk</at>&nbsp;', entities: [] }))).to.deep.equal({ kind: 'bare-mention' });
    expect(readIncoming(message({ text: '', entities: [botMention] }))).to.deep.equal({ kind: 'bare-mention' });
    expect(readIncoming(message({ entities: [botMention] }))).to.deep.equal({ kind: 'bare-mention' });
  });

  it('a card button sends its question in value', () => {
    expect(readIncoming(message({ text: '', value: { msteams: { type: 'imBack', value: 'Woodford' } } }))).to.deep.equal({ kind: 'words', text: 'Woodford' });
    expect(readIncoming(message({ value: { text: 'which desks are open 24/7' } }))).to.deep.equal({ kind: 'words', text: 'which desks are open 24/7' });
    expect(readIncoming(message({ value: { question: 'help' } }))).to.deep.equal({ kind: 'words', text: 'help' });
  });

  it('a picture or a file with no words is attachments-only; the HTML copy of a text message is not', () => {
    expect(readIncoming(message({ attachments: [{ contentType: 'image/png', contentUrl: 'https://x.invalid/p.png' }] }))).to.deep.equal({ kind: 'attachments-only' });
    expect(readIncoming(message({ text: '', attachments: [{ contentType: 'text/html', content: '<div><img src="https://x.invalid/p.png"></div>' }] }))).to.deep.equal({
      kind: 'attachments-only',
    });
    expect(readIncoming(message({ text: '<img src="https://x.invalid/p.png">' }))).to.deep.equal({ kind: 'attachments-only' });
    expect(readIncoming(message({ text: 'Ilford hours', attachments: [{ contentType: 'text/html', content: '<p>Ilford hours</p>' }] }))).to.deep.equal({
      kind: 'words',
      text: 'Ilford hours',
    });
    expect(readIncoming(message({ text: '', attachments: [{ contentType: 'text/html', content: '<p><img class="emoji" alt="👋"></p>' }] }))).to.deep.equal({
      kind: 'words',
      text: '',
    });
  });

  it('an empty message is empty words', () => {
    expect(readIncoming(message({ text: '   ' }))).to.deep.equal({ kind: 'words', text: '' });
    expect(readIncoming(message({}))).to.deep.equal({ kind: 'words', text: '' });
  });

  it('never throws on malformed activities', () => {
    const malformed: unknown[] = [
      { text: 42 },
      { text: 'hi', entities: 'not a list' },
      { text: 'hi', entities: [null, 7, {}, { type: 5 }, { type: 'mention' }, { type: 'Mention', mentioned: null, text: null }] },
      { text: 'hi', entities: [botMention], recipient: undefined },
      { text: 'hi', attachments: [null, 'x', { contentType: 'image/png' }] },
      { text: undefined, value: 'a string value' },
      { text: 'hi', value: { msteams: null } },
    ];
    for (const activity of malformed) {
      expect(() => readIncoming(activity as Partial<Activity>), JSON.stringify(activity)).to.not.throw();
    }
  });
});
