/**
 * Small talk as residents type it on a phone: greetings stretched or misspelt, "anyone there?", "test", a
 * Teams-style "@StationDesk hi" typed in web chat, "lol" and "k", "gotta go", "sorry wrong chat", and the time or
 * the date (the bot's own clock, London time). Each gets its small-talk reply, never "I didn't understand"; a real
 * question with the same words is still answered, and danger with them still leads with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const GREETING = /^Hello! I can tell you whether a London police front counter is open/;
/** A greeting that asks whether the bot is there, or how it is: that answered first, then the greeting's own words. */
const HERE = /^Yes, I'm here\. I can tell you whether a London police front counter is open/;
const WELL = /^I'm well, thanks for asking\. I can tell you whether a London police front counter is open/;
const THANKS = /^You're welcome\./;
/** "ok", "lol": heard, not thanked for. */
const HEARD = /^OK\. Is there anything else/;
const GOODBYE = /^Goodbye\. Remember: in an emergency call 999/;
const STOPPED = /^OK, I've stopped that\./;
/** Thursday 26 November 2026, 14:00 in London: the harness's clock. */
const TIME = /^It's 14:00 on Thursday 26 November 2026 in London\.$/;
const DATE = /^Today is Thursday 26 November 2026 in London\.$/;

describe('small talk said many ways: its own reply first', () => {
  describe('greetings, checks that someone is there, and tests', () => {
    itAnswersFirst(
      [
        ['hellooo', GREETING], ['helloooo there', GREETING], ['helo', GREETING], ['hii', GREETING], ['hiii', GREETING], ['heyy', GREETING],
        ['heyyy', GREETING], ['hiyaa', GREETING], ['yooo', GREETING], ['ello', GREETING], ['hullo', GREETING], ['wagwan', GREETING],
        // Asked whether the bot is there: that answered first ("Yes, I'm here."), then what it does.
        ['anyone there?', HERE], ['is anybody there', HERE], ['anyone around', HERE], ['someone there?', HERE],
        ['are you there?', HERE], ['u there', HERE], ['r u awake', HERE], ['you still there?', HERE],
        ['hello? is this working', HERE], ['is this thing on', HERE], ['does this work', HERE],
        ['test', GREETING], ['testing', GREETING], ['testing 123', GREETING], ['test test', GREETING], ['just testing', GREETING],
        ['this is a test', GREETING], ['hi just a test', GREETING],
        ['gd morning', GREETING], ['ey up', GREETING], ['you ok?', WELL], ['how ya doing', WELL], ['whats good', WELL], ['can you hear me', HERE],
        ['@StationDesk hi', GREETING], ['@StationDesk hello there', GREETING], ['hey @StationDesk', GREETING], ['@stationdesk yo', GREETING],
        // Good wishes as typed: "ur"/"your" for "you're", the wish said of things or of everyone.
        ['good morning, hope ur well', GREETING], ['hope your well', GREETING], ['hope things are good with you', GREETING],
        ['evening all hope everyone is well', GREETING], ['hiya hope youre keeping safe', GREETING],
      ],
      { understood: true },
    );
  });

  describe('thanks and acknowledgements', () => {
    itAnswersFirst(
      [
        ['lol', HEARD], ['lool', HEARD], ['haha', HEARD], ['hahaha', HEARD], ['hehe', HEARD], ['lmao', HEARD], ['k', HEARD],
        ['kk', HEARD], ['okk', HEARD], ['oki', HEARD], ['okie', HEARD], ['sound', THANKS], ['sound mate', THANKS], ['safe', THANKS],
        ['sweet', THANKS], ['gotcha', HEARD], ['fair enough', HEARD], ['no worries', THANKS], ['will do', HEARD], ['love this', THANKS],
        ['legend', THANKS], ['ok lol', HEARD], ['haha cheers', THANKS], ['wow thanks', THANKS], ['brill', THANKS], ['ahh ok', HEARD],
        ['thank you so much for your help', THANKS], ['thanks for all your help', THANKS], ['cheers for the help', THANKS], [':)', THANKS], [':-D', THANKS], ['<3', THANKS],
      ],
      { understood: true },
    );
  });

  describe('goodbyes', () => {
    itAnswersFirst(
      [
        ['gotta go', GOODBYE], ['got to go now', GOODBYE], ['i have to go', GOODBYE], ['need to run', GOODBYE], ['g2g', GOODBYE],
        ['gtg bye', GOODBYE], ['ok im off', GOODBYE], ['signing off', GOODBYE], ['night night', GOODBYE], ['thanks gotta dash', GOODBYE],
        ['catch you later', GOODBYE], ['speak soon', GOODBYE], ['talk later', GOODBYE],
      ],
      { understood: true },
    );
  });

  describe('apologies, a message sent to the wrong chat, never mind', () => {
    itAnswersFirst(
      [
        ['sorry wrong chat', STOPPED], ['oops wrong person', STOPPED], ['wrong chat sorry', STOPPED], ['sorry wrong group', STOPPED],
        ['sent that by mistake', STOPPED], ['sorry that was meant for someone else', /./], ['didnt mean to send that', STOPPED],
        ['nvm', STOPPED], ['nevermind', STOPPED], ['sorry', STOPPED], ['soz', STOPPED], ['my bad', STOPPED], ['oops', STOPPED],
        ['whoops sorry', STOPPED], ['ignore me', STOPPED], ['disregard that', STOPPED], ['apologies', STOPPED], ['forget i asked', STOPPED],
        ['scrap that', STOPPED], ['dont worry about it', STOPPED], ['doesnt matter', STOPPED],
      ],
      { understood: true },
    );
  });

  describe('who the resident is talking to, and what to ask', () => {
    const IDENTITY = /^I'm StationDesk, a chatbot\b/;
    const HELP = /^I answer questions about police front counters in London/;
    itAnswersFirst(
      [
        ['who am i talking to', IDENTITY], ['who is this', IDENTITY], ['whos this?', IDENTITY], ['bot?', IDENTITY], ['human?', IDENTITY], ['bot or human', IDENTITY],
        ['what do i ask', HELP], ['what should i type', HELP], ['what info do you have', HELP], ['what are you able to do', HELP], ['what are u capable of', HELP],
      ],
      { understood: true },
    );
  });

  describe('a bare yes, no or "what?" with nothing to answer: what the bot can do, never an apology', () => {
    const HELP = /^I answer questions about police front counters in London/;
    itAnswersFirst(
      [
        ['yes', HELP], ['no', HELP], ['yes please', HELP], ['yeah', HELP], ['yep', HELP], ['sure', HELP], ['nope', HELP], ['nah', HELP],
        ['hmm', HELP], ['huh?', HELP], ['what?', HELP], ['what do you mean', HELP], ['wdym', HELP], ['i dont understand', HELP], ['im confused', HELP],
        ['pardon?', HELP], ['come again?', HELP], ['what is your purpose', HELP], ['whats ur job', HELP],
        // A thumbs down or an angry face alone is frustration, as "ugh" is (anInterjectionOrAnEmojiAloneSaidManyWays).
        ['👎', /^Sorry I haven't been more help\./], ['😡', /^Sorry I haven't been more help\./], ['what kind of questions can i ask', HELP], ['what sort of things can i ask you', HELP],
      ],
      { understood: true },
    );

    it('after an answer and "anything else?", a yes says what can be asked', async () => {
      const chat = new Conversation();
      await chat.say('thanks');
      expect(await chat.askText('yes')).to.match(HELP);
    });

    it('after a choice of places, a no says what can be asked', async () => {
      const chat = new Conversation();
      await chat.say('wood');
      expect(await chat.askText('no')).to.match(HELP);
    });

    // A yes or no with a question after it is the question.
    itAnswersFirst([['no, is brixton open', /Brixton Police Station/], ['yes brixton', /Brixton Police Station/]], { understood: true });
  });

  describe('more thanks, laughter, and what the bot is', () => {
    const IDENTITY = /^I'm StationDesk, a chatbot\b/;
    itAnswersFirst(
      [
        ['thanks a bunch', THANKS], ['many thanks', THANKS], ['massive thanks', THANKS], ['thanks muchly', THANKS], ['😂', HEARD], ['🤣', HEARD],
        ['do you use ai', IDENTITY], ['are you using chatgpt', IDENTITY], ['do you have feelings', IDENTITY], ['are u alive', IDENTITY], ['do you have a name', IDENTITY],
        ['thanks x', THANKS], ['ta xx', THANKS], ['nice 1', THANKS], ['great stuff', THANKS], ['sorted', THANKS], ['all sorted thanks', THANKS], ['job done', THANKS],
        ["you've been very helpful", THANKS], ["thanks, that's all I needed", GOODBYE], ["that's everything", GOODBYE],
      ],
      { understood: true },
    );
  });

  describe('rudeness and "you didn\'t answer": a calm reply, and rubbish collections are still the council\'s', () => {
    const CALM = /^Sorry I haven't been more help\./;
    const CANT_HELP = /^Sorry, I can't help with that: I only know about London's police front counters\.$/;
    itAnswersFirst(
      [
        ['this is rubbish', CALM], ["you're rubbish", CALM], ['thats rubbish', CALM], ['urgh this bot is rubbish', CALM], ['you didnt answer my question', CALM],
        ['u never answered the question', CALM], ['bad bot', CALM], ['rubbish bot', CALM], ['pointless', CALM],
      ],
      { understood: true },
    );
    itAnswersFirst([['when is my rubbish collected', CANT_HELP], ['rubbish collection in croydon', CANT_HELP], ['my bins are rubbish', /^I can't help with council services/]]);
    // Thanks or a grumble before a question: the question is answered.
    itAnswersFirst(
      [
        ['good stuff is ilford open', /Ilford Police Station/], ['its hopeless, where is the nearest station to SE13', /Lewisham/],
        ['hope your well, what time does ilford open on sunday', /Ilford Police Station/],
      ],
      { understood: true },
    );
  });

  describe('the time and the date: the bot\'s own clock, London time', () => {
    itAnswersFirst(
      [
        ['what time is it', TIME], ['whats the time', TIME], ["what's the time please", TIME], ['time?', TIME], ['the time', TIME],
        ['what time is it now in london', TIME], ['do you know what time it is', TIME], ['can you tell me the time', TIME],
        ['excuse me what time is it', TIME], ['what time is it right now', TIME],
        ["what's the date today", DATE], ['what day is it', DATE], ['whats todays date', DATE], ['what is the date', DATE],
        ['date?', DATE], ['what day is it today', DATE], ['whats today', DATE],
      ],
      { understood: true },
    );

    it('says what the bot is for after the time', async () => {
      const text = await new Conversation().askText('what time is it');
      expect(text).to.match(/police front counter/);
    });
  });

  describe('a real question with small-talk words is answered', () => {
    itAnswersFirst(
      [
        ['hii is ilford open', /Ilford Police Station/],
        ['@StationDesk is ilford open now', /Ilford Police Station/],
        ['@StationDesk whats the nearest 24 hour station', /nearest 24-hour front counter/],
        ['test is croydon open now', /Croydon Police Station/],
        ['sorry is walworth still open', /Walworth Police Station/],
        ['lol is charing cross 24 hours', /Charing Cross Police Station/],
        ['k what about brixton on sunday', /Brixton Police Station/],
        ['anyone there? is lewisham open', /Lewisham Police Station/],
        ['what time does hayes open', /Hayes Police Station/],
        ['what time is it open till at sutton', /Sutton Police Station/],
        ['what time is it open until in bromley today', /Bromley Police Station/],
        ['what day is brixton closed', /Brixton Police Station/],
        ['gotta go to a police station near SE13', /Lewisham|SE13/],
      ],
      { understood: true },
    );
  });

  describe('danger with small-talk words still leads with 999', () => {
    const DANGER = [
      'hiya someone is breaking in',
      'hellooo help a man has a knife',
      'anyone there? my husband is hitting me',
      'test test someone is following me with a knife',
      'sorry wrong chat but there is a man trying to get in my flat',
      'lol someone just stabbed my mate',
      '@StationDesk someone is breaking into my car right now',
      'what time is it, someone is kicking my door in',
      'gotta go hes coming back with a knife',
      'thanks for your help, he is back with a knife',
      'who is this, someone is in my house with a knife',
      'yes hes back and hes got a knife',
      'no he is still hitting her',
      'what do you mean, a man is kicking my door in right now',
      'this is rubbish someone is breaking into my flat',
    ];
    for (const say of DANGER) it(say, async () => expect999First(await new Conversation().say(say), say));
  });
});

describe('conversational glue in shorthand: its own reply first, the question beside it answered', () => {
  describe('a grumble in shorthand: a calm reply', () => {
    const CALM = /^Sorry I haven't been more help\./;
    itAnswersFirst([['ffs', CALM], ['ugh', CALM], ['smh', CALM], ['for gods sake', CALM], ['ffs this bot', CALM]], { understood: true });
  });

  describe('"night" said as goodnight', () => {
    itAnswersFirst([['night', GOODBYE], ['night all', GOODBYE], ['nite x', GOODBYE], ['ok night', GOODBYE]], { understood: true });
  });

  describe('a real question beside the glue is answered, not swallowed', () => {
    itAnswersFirst(
      [
        ['thanks, and is ilford open sunday?', /Ilford Police Station\*\* is open on Sunday/], ['cheers, whats the nearest to SE13', /Lewisham Police Station/],
        ['sorry, is croydon open now', /Croydon Police Station/], ['never mind, is brixton open', /Brixton Police Station/], ['ffs is brixton open or not', /Brixton Police Station/],
        ['open at night?', /^Which police station/], ['night, is lewisham 24 hours', /Lewisham/],
      ],
      { understood: true },
    );
  });

  describe('acknowledgements and thanks, season\'s greetings, someone reading', () => {
    itAnswersFirst(
      [
        ['i see', HEARD], ['makes sense', HEARD], ['fair', HEARD], ['thanks anyway', THANKS], ["you're welcome", THANKS], ['my pleasure', THANKS], ['all good', THANKS],
        ['happy christmas', GREETING], ['merry xmas', GREETING], ['happy new year', GREETING], ['is anyone actually reading this', HERE], ['anybody listening', HERE],
      ],
      { understood: true },
    );
  });

  describe('the bot slow, stuck or not answering, and a frown typed as text', () => {
    const CALM = /^Sorry I haven't been more help\./;
    const HELP = /^I answer questions about police front counters in London/;
    itAnswersFirst(
      [
        ['you are so slow', CALM], ['hurry up', CALM], ['answer me', CALM], ['why arent you answering', CALM], ['are you broken', CALM],
        ["you're not working", CALM], ['something went wrong', CALM], ["it's not loading", CALM], ['this bot is so laggy', CALM],
        [':(', HELP], [':/', HELP], [":'(", HELP],
      ],
      { understood: true },
    );
  });

  describe('a human asked for: no one to put the resident through to', () => {
    const PUT_THROUGH = /^I can't contact a station or an officer for you\.$/;
    itAnswersFirst([['i want a human', PUT_THROUGH], ['get me a real person', PUT_THROUGH], ['put me through to an operator', PUT_THROUGH], ['can i speak to a human please', PUT_THROUGH]], { understood: true });
  });

  describe('the glue before a question: the question is answered', () => {
    itAnswersFirst([['anyway is brixton open', /Brixton Police Station/], ['fair, is croydon open sunday', /Croydon Police Station/], ['happy christmas, is ilford open on christmas day', /Ilford Police Station/]], { understood: true });
  });

  describe('doubt or puzzlement after an answer', () => {
    // Doubted: yes, as far as the sources show, first, then what the answer on Brixton stood on.
    const FRESH = /^Yes, as far as my sources show: what I have on \*\*Brixton Police Station\*\* was last checked on \d+ \w+ 2026/;
    const HELP = /^I answer questions about police front counters in London/;
    // Puzzled ("wait what"): the answer put simply (confusionAfterAnAnswerSaidManyWays), not the whole help text.
    for (const [reply, first] of [['really?', FRESH], ['seriously??', FRESH], ['u sure', FRESH], ['for real', FRESH], ['wait what', /^In short: Yes, Brixton Police Station is open/], ['wait', HELP], ['say that again', /^Yes, Brixton Police Station is open/]] as const) {
      it(`is brixton open -> ${reply}`, async () => {
        const chat = new Conversation();
        await chat.askText('is brixton open');
        expect((await chat.askText(reply)).split('\n')[0]).to.match(first);
      });
    }
  });

  describe('"idk" when asked where one is: asked again, not read as a place', () => {
    for (const reply of ['idk', 'no clue mate', 'dont know']) {
      it(`nearest 24 hour police station -> ${reply}`, async () => {
        const chat = new Conversation();
        await chat.askText('nearest 24 hour police station');
        const text = await chat.askText(reply);
        expect(text.split('\n')[0]).to.match(/^To find the nearest 24-hour front counter, I need to know where you are\./);
        expect(text).to.not.match(/couldn't find/);
      });
    }
  });

  describe('danger with the glue still leads with 999', () => {
    for (const say of ['hurry up someone is breaking in', 'answer me hes got a knife', 'something went wrong, my friend collapsed and isnt breathing', 'its not loading and a man is at my door trying to get in', 'i want a human, my ex is hitting me', 'wait theres a man outside with a knife', 'really scared, someone is trying to get in right now', 'ugh my ex is outside with a knife', 'ffs someone is breaking in', 'night night, hes back and hes hitting me', 'smh a man is following me right now']) {
      it(say, async () => expect999First(await new Conversation().say(say), say));
    }
  });
});
