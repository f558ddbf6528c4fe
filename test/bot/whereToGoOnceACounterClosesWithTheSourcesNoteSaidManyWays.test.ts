/**
 * Where to go once a counter closes for good, asked of a counter a source says is to close ("what then?" after "is
 * stratford closing?", "where will i go when stratford closes", "what will happen when stratford closes"): the nearest
 * other counter open now first, as before, then what the source says of that closure (the estates strategy: Stratford
 * to close once officers move into the redeveloped Forest Gate), quoted from the timeline. A counter with no such note
 * ("what then?" after "is brixton closing?"), and "where else can i go" after "is stratford open", have no such line.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, knowledge } from './harness';

const note = knowledge.timeline.eventsFor('stratford').find((e) => e.kind === 'note' && /\bto close\b/.test(e.value))!;
const noteLine = `A source of 18 December 2025 says: ${note.value.charAt(0).toUpperCase()}${note.value.slice(1)}`;

async function after(...said: string[]): Promise<string> {
  const c = new Conversation();
  let text = '';
  for (const s of said) text = await c.askText(s);
  return text;
}

describe('where to go once a counter a source says is to close closes: the nearest other, then the source', () => {
  for (const said of [['is stratford closing?', 'what then?'], ['is stratford closing', 'and then what'], ['where will i go when stratford closes'], ['what will happen when stratford closes'], ['where will i report things when stratford police station shuts']]) {
    it(said.join(' / '), async () => {
      const text = await after(...said);
      expect(firstLineOf(text)).to.match(/^The nearest front counter open now to Stratford(?: Police Station)? is \*\*(?!Stratford)[\w ]+ Police Station\*\*/);
      expect(text).to.contain(noteLine);
    });
  }
});

describe('controls: no note, or not a closure asked', () => {
  for (const said of [['is brixton closing?', 'what then?'], ['what do we do if wembley closes'], ['is stratford open', 'where else can i go']]) {
    it(said.join(' / '), async () => {
      const text = await after(...said);
      expect(firstLineOf(text)).to.match(/^The nearest front counter open now to \w+ is /);
      expect(text).to.not.match(/A source of \d+ \w+ \d{4} says/);
    });
  }
});
