import { expect } from 'chai';
import { renderReply } from '../../src/replies';
import { toActivity } from '../../src/replies/toActivity';
import { THURSDAY_AFTERNOON, contacts, statusAnswer } from './realAnswers';

describe('toActivity', () => {
  it('sends the text, the spoken version, the Adaptive Card and imBack suggestions', () => {
    const reply = renderReply(statusAnswer('twickenham', THURSDAY_AFTERNOON), { channelId: 'msteams' });
    const activity = toActivity(reply);
    expect(activity.type).to.equal('message');
    expect(activity.text).to.equal(reply.text);
    expect(activity.speak).to.equal(reply.speak);
    expect(activity.inputHint).to.equal('acceptingInput');
    expect(activity.attachments).to.have.length(1);
    expect(activity.attachments![0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
    expect(activity.attachments![0].content).to.deep.equal(reply.card);
    expect(activity.suggestedActions!.actions.map((a) => [a.type, a.value])).to.deep.equal(reply.suggestedActions.map((s) => ['imBack', s]));
  });

  it('small talk is a plain message with no attachment', () => {
    const activity = toActivity(renderReply({ kind: 'thanks', contacts }, { channelId: 'webchat' }));
    expect(activity.attachments ?? []).to.deep.equal([]);
    expect(activity.suggestedActions).to.equal(undefined);
    expect(activity.text).to.match(/^You're welcome/);
  });

  it('can send the card alone, its fallbackText carrying the words', () => {
    const reply = renderReply(statusAnswer('brixton', THURSDAY_AFTERNOON), { channelId: 'webchat' });
    const activity = toActivity(reply, { cardOnly: true });
    expect(activity.text ?? '').to.equal('');
    expect((activity.attachments![0].content as { fallbackText: string }).fallbackText).to.contain('Brixton Police Station');
  });
});
