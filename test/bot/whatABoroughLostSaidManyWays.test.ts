/**
 * What a borough lost or closed, said with the borough as the subject ("what did croydon lose", "which stations did
 * hackney close"): that borough's closures first, even where its name is also a counter's (Croydon). A counter's own
 * closing time ("what time did croydon close") stays that counter's hours.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const closedIn = (borough: string) => new RegExp(`^Since July 2017, \\w+ front counters? closed in \\*\\*${borough}\\*\\*: `);

describe('what a borough lost, said many ways: its closures first', () => {
  itAnswersFirst(
    [
      ['what did croydon lose', closedIn('Croydon')], ['what stations did croydon lose', closedIn('Croydon')], ['which stations did hackney close', closedIn('Hackney')],
      ['how many counters has barnet lost', closedIn('Barnet')], ['what did lambeth lose', closedIn('Lambeth')], ['which ones did westminster close', closedIn('Westminster')],
      ['so what has bromley lost', closedIn('Bromley')], ['what police stations did ealing get rid of', closedIn('Ealing')],
    ],
    { understood: true },
  );

  it('names the closed counters of that borough', async () => {
    expect(firstLineOf(await new Conversation().askText('what did croydon lose'))).to.match(/Addington/);
  });

  it("a counter's closing time: its hours, not the borough's closures", async () => {
    expect(firstLineOf(await new Conversation().askText('what time did croydon close'))).to.match(/^\*\*Croydon Police Station\*\* is open until/);
  });
});
