/**
 * A deaf or hard-of-hearing resident asking whether they can use the bot, said many ways ("im deaf can i use this",
 * "i'm hard of hearing, does this work"): with no danger told, the bot is a text chat, said first, then how to reach
 * the police by text (text 999 / Relay UK, from the data) and 101. Danger told with the same words still leads with
 * "Call 999 now", text 999 and Relay UK beside it.
 */
import { expect } from 'chai';
import { expectCall999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const TEXT_CHAT = /^Yes: I'm a text chat, so you can use me without hearing or speaking\.$/;
const RELAY = /If you are deaf, hard of hearing or speech-impaired: text 999 after registering .*call 18000 through Relay UK/;

describe('a deaf resident asking whether they can use the bot, said many ways: a text chat, then text 999 and Relay UK', () => {
  itAnswersFirst(
    [
      ['im deaf can i use this', TEXT_CHAT], ["i'm hard of hearing, does this work", TEXT_CHAT], ['im deaf, can i use this bot?', TEXT_CHAT],
      ['my dad is deaf can he use this', TEXT_CHAT], ['im hard of hearing is this ok for me', TEXT_CHAT], ['is this chat accessible for deaf people', TEXT_CHAT],
      ['im partially deaf will this work for me', TEXT_CHAT], ['my son is hard of hearing can he use you', TEXT_CHAT], ['deaf here, can i chat to you', TEXT_CHAT],
    ],
    { understood: true },
  );

  it('then how to reach the police by text, and 101', async () => {
    const reply = await new Conversation().askText('im deaf can i use this');
    expect(reply).to.match(RELAY);
    expect(reply).to.match(/\b101\b/);
  });

  it('how to contact the police, asked by a deaf resident: text 999 and Relay UK first, as before', async () => {
    expect(await new Conversation().askText('im deaf how do i contact police')).to.match(new RegExp(`^${RELAY.source}`));
  });

  // The bot takes no reports: asked as a way to reach the police, how to reach them by text leads, not "Yes".
  for (const said of ['im deaf can i use this to report a crime', 'im hard of hearing, can i use this to contact the police']) {
    it(said, async () => expect(await new Conversation().askText(said)).to.match(new RegExp(`^${RELAY.source}`)));
  }

  describe('danger told with the same words: "Call 999 now", with text 999 and Relay UK', () => {
    for (const said of ['im deaf and someone is breaking in', 'im deaf can i use this someone is following me', "i'm hard of hearing, does this work? a man is hitting my mum", 'im deaf can i use this its an emergency']) {
      it(said, async () => {
        const conversation = new Conversation();
        const replies = await conversation.say(said);
        expectCall999First(replies, said);
        expect(await new Conversation().askText(said)).to.match(RELAY);
      });
    }
  });
});
