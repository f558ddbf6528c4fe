/**
 * Questions about the bot itself, said many ways: whether to trust it, whether it is the police (or a scam), where
 * its facts come from when nothing has been answered yet, what it keeps of the chat, which languages it answers in,
 * and "you're wrong". Each is answered first in its own terms, from what the bot and its data are; the same words
 * about the police or a counter keep their own answers.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NOT_THE_METS = /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources/;
const OPEN_SOURCE = /^StationDesk is open source: its code is under the MIT licence\./;
const NO_FUNDING_KNOWN = /^I have no information about who funds or runs StationDesk: it's an open-source chatbot, not a Metropolitan Police service/;
/** What it knows of where one is: only a place or postcode typed. */
const LOCATION = /^No: I can't see your location\. I only know a place or postcode you type/;
const ABOUT = /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources/;
/** Where its facts come from, asked: the publishers first. */
const SOURCES = /^My facts come from \d+ publishers: official ones such as Metropolitan Police/;
const FRESH = /^My information was last checked on \d+ \w+ 2026, and my latest source is from/;
const PRIVACY = /^I keep only what this conversation needs/;
const ENGLISH = /^I can only answer in English\.$/;
/** Told it was wrong: sorry first, then what the answer stood on (the counter discussed, or the data as a whole). */
const DISPUTED = /^Sorry if that was wrong: (?:my information was last checked on|what I have on \*\*)/;

describe('the service itself, said many ways: answered first in its own terms', () => {
  describe('whether to trust it, how reliable it is', () => {
    itAnswersFirst(
      [
        ['can i trust this', FRESH], ['can i trust you', FRESH], ['can we rely on this', FRESH], ['can i believe the info', FRESH],
        ['are you reliable', FRESH], ['r u accurate', FRESH], ['are you ever wrong', FRESH], ['is this reliable', FRESH],
        ['is this info trustworthy', FRESH], ['can people trust your answers', FRESH], ['when did you last update', FRESH], ['when was it last checked', FRESH],
      ],
      { understood: true },
    );
  });

  describe('whether it is the police, or a scam', () => {
    itAnswersFirst(
      [
        ['is this the police', NOT_THE_METS], ['is this the met police', NOT_THE_METS], ['is this the met', NOT_THE_METS], ['are you the police', NOT_THE_METS],
        ['are you actually the police', NOT_THE_METS], ['am i talking to the police', NOT_THE_METS], ['am i speaking with the met', NOT_THE_METS],
        ['what sources do you use', SOURCES], ['is this a scam', ABOUT], ['is this real', ABOUT], ['is this site fake', ABOUT], ['is it genuine', ABOUT], ['whats your source', SOURCES],
      ],
      { understood: true },
    );
  });

  describe('where its facts come from, asked before anything is answered', () => {
    itAnswersFirst([['how do you know', SOURCES], ['source?', SOURCES], ['sources', SOURCES], ['says who', SOURCES], ['where is that from', SOURCES], ['hi, how do you know?', /./]], { understood: true });

    it('after a greeting, still about the bot in general', async () => {
      const chat = new Conversation();
      await chat.say('hello');
      expect(firstLineOf(await chat.askText('how do you know'))).to.match(SOURCES);
    });

    it('after an answer with facts, the sources of that answer', async () => {
      const chat = new Conversation();
      await chat.say('is brixton open now');
      expect(await chat.ask('source?')).to.not.match(ABOUT);
    });
  });

  describe('what it keeps of the chat, and who sees it', () => {
    itAnswersFirst(
      [
        ['do you record this conversation', PRIVACY], ['do you log these chats', PRIVACY], ['do you monitor messages', PRIVACY],
        ['who can see what i type', PRIVACY], ['who will read what i write', PRIVACY], ['does this bot collect my data', PRIVACY],
      ],
      { understood: true },
    );
  });

  describe('doubted, or asked how often it is checked: how current it is', () => {
    itAnswersFirst(
      [
        ['why should i believe you', FRESH], ['are you sure', FRESH], ['r u sure about that', FRESH], ['is that definitely right', FRESH], ['is that really correct', FRESH],
        ['can you double check', FRESH], ['could u check again', FRESH], ['is this information verified', FRESH], ['is your data fact checked', FRESH],
        ['how often is this updated', FRESH], ['how often do you update your info', FRESH], ['when did you last check', FRESH], ['why should we trust this', FRESH],
        ['when was the data last refreshed', FRESH], ['do you make mistakes', FRESH], ['can you be wrong', FRESH], ['do u ever get things wrong', FRESH],
      ],
      { understood: true },
    );

    // Asked of a counter, it is the counter's answer.
    itAnswersFirst([['are you sure brixton is open on sunday', /Brixton/]], { understood: true });

    describe('danger said with the same words still leads with 999', () => {
      for (const say of ['are you sure? someone is breaking in right now', 'can you double check, he has a knife and is outside', 'why should i believe you, my ex is hitting me']) {
        it(say, async () => expect999First(await new Conversation().say(say), say));
      }
    });
  });

  describe('whether it works for the police, is a real service, or is open source', () => {
    itAnswersFirst(
      [
        ['is this affiliated with the police', NOT_THE_METS], ['are you connected with the met', ABOUT], ['do you work for the police', NOT_THE_METS], ['does this bot work with the met', ABOUT],
        ["who's behind stationdesk", NO_FUNDING_KNOWN], ['is this a government website', NOT_THE_METS], ['is this an official site', NOT_THE_METS],
        ['are you a real service', ABOUT], ['r u a legit website', ABOUT], ['what is this service', ABOUT], ['whats this app', ABOUT], ['is it open source', OPEN_SOURCE], ['is stationdesk open source', OPEN_SOURCE],
      ],
      { understood: true },
    );
  });

  describe('whether it is safe to use, and deleting the chat', () => {
    itAnswersFirst([['is this bot safe to use', PRIVACY], ['is it safe to type in', PRIVACY], ['is my chat safe to share', PRIVACY]], { understood: true });
    itAnswersFirst([['can you delete this chat', /^I've cleared what I stored about you/], ['could you forget me please', /^I've cleared what I stored about you/]], { understood: true });
  });

  describe('which languages it answers in', () => {
    itAnswersFirst(
      [
        ['what languages do you speak', ENGLISH], ['what language can you do', ENGLISH], ['do you speak polish', ENGLISH], ['can you answer in spanish', ENGLISH],
        ['can i ask in urdu', ENGLISH], ['can i write to you in arabic', ENGLISH], ['do you understand french', ENGLISH],
        ['can you reply in other languages', ENGLISH], ['do you only speak english', ENGLISH], ['can i chat in my own language', ENGLISH],
        ['any other languages', ENGLISH], ['english only?', ENGLISH],
        ['can you speak english', ENGLISH], ['do u understand english', ENGLISH], ['speak english?', ENGLISH], ['does this bot speak english', ENGLISH],
      ],
      { understood: true },
    );

    it('then how to speak to the police in another language, from the data', async () => {
      expect(await new Conversation().askText('do you speak polish')).to.match(/Language Line/);
    });
  });

  describe('whether it costs anything, where it can be used, and screen readers: what is true of the bot', () => {
    const FREE = /^StationDesk is free to use: it's an open-source chatbot and never asks you to pay\.$/;
    const NO_APP = /^No: there's no StationDesk app to download, and I'm not on WhatsApp, text messages or social media\. I work only in a web chat page and in Microsoft Teams\.$/;
    const SCREEN_READER = /^Yes: my replies are written text, so your screen reader can read them to you\.$/;
    itAnswersFirst(
      [
        ['is this bot free', FREE], ['does it cost anything', FREE], ['is it free', FREE], ['do i have to pay to use this', FREE], ['how much does this cost', FREE],
        ['is stationdesk free to use', FREE], ['r u free', FREE], ['will this cost me anything', FREE],
        ['is there an app', NO_APP], ['do you have an app', NO_APP], ['can i download this on my phone', NO_APP], ['can i use whatsapp', NO_APP], ['are you on whatsapp', NO_APP],
        ['can i text you', NO_APP], ['can i use you on facebook messenger', NO_APP], ['is stationdesk on the app store', NO_APP], ['do you have an android app', NO_APP], ['got an app?', NO_APP], ['is this on whatsapp', NO_APP],
        ['can i use a screen reader', SCREEN_READER], ['does this work with voiceover', SCREEN_READER], ['is this chat accessible for blind people', SCREEN_READER],
        ['will my screen reader work with this', SCREEN_READER], ['does talkback work on here', SCREEN_READER], ['can blind people use this', SCREEN_READER],
        ['any charge for using this', FREE],
      ],
      { understood: true },
    );

    it('then how to contact the police, from the data', async () => {
      expect(await new Conversation().askText('is this bot free')).to.match(/call 101 or use met\.police\.uk, and 999 in an emergency/);
    });

    // The same words asked of the police or a counter keep their answers.
    itAnswersFirst([['is it free to park at brixton', /Brixton Police Station/], ['does it cost anything to report a crime', /^My sources don't say whether reporting a crime costs anything\./], ['is brixton wheelchair accessible', /Brixton Police Station/], ['is there an app to report crime', /^To report a crime/]]);

    describe('danger said with the same words still leads with 999', () => {
      for (const say of ['is it free, someone is breaking in right now', 'can i use whatsapp, my ex is outside with a knife', 'can i use a screen reader, hes hitting me']) {
        it(say, async () => expect999First(await new Conversation().say(say), say));
      }
    });
  });

  describe('"you\'re wrong": sorry, then how fresh the facts are (not an apology for being a simple assistant)', () => {
    itAnswersFirst([['why are you wrong', DISPUTED], ['youre wrong', DISPUTED], ['you are wrong', DISPUTED], ['u got it wrong', DISPUTED], ['why do you get things wrong', DISPUTED],
      ['that answer was wrong', DISPUTED], ['your info is wrong', DISPUTED], ['you gave me the wrong hours', DISPUTED]]);
  });

  describe('the same words about the police or a counter keep their answers', () => {
    itAnswersFirst(
      [
        ['can i speak to someone in polish', /^To speak to the police in Polish, call 101/],
        ['i need a polish interpreter', /Polish/],
        ['is brixton police station open', /Brixton Police Station/],
        ['can i trust the police with my details', /./],
        ['who runs the met police', /./],
        ['is the police station in lewisham 24 hours', /Lewisham Police Station/],
      ],
    );

    it('a trust question with a counter named is about that counter', async () => {
      const text = await new Conversation().askText('is lewisham really open 24 hours');
      expect(firstLineOf(text)).to.match(/Lewisham Police Station/);
    });
  });
});

/**
 * More of the bot itself, as residents type it: trust in what it says, whether its times are live, who pays for it or
 * runs it, whether it works on a phone, what it knows of where one is, what it covers, and its feelings.
 */
describe('the bot itself, said loosely: answered first in its own terms', () => {
  const DEVICES = /^Yes: I work in a web browser on a phone, tablet or computer, and in Microsoft Teams\.$/;
  const CHANNELS = /^No: there's no StationDesk app to download, and I'm not on WhatsApp, text messages or social media\./;
  const WHAT_IT_DOES = /^I answer questions about police front counters in London \(the Metropolitan Police area\)/;
  const IDENTITY = /^I'm StationDesk, a chatbot\b/;
  const HELP = /^I answer questions about police front counters in London/;

  describe('trust, and how fresh the times are', () => {
    itAnswersFirst(
      [
        ['can i trust what you say', FRESH], ['are your hours definitely right', FRESH], ['are the times live', FRESH], ['is this updated daily', FRESH],
        ['whats the date of your info', FRESH], ['is this info from 2026', FRESH], ['are ur opening times accurate', FRESH], ['is the data updated every day', FRESH],
      ],
      { understood: true },
    );
    // Told they were wrong: sorry, and how fresh the facts are, as "your info is wrong" gets.
    itAnswersFirst([['the hours you gave were wrong', DISPUTED], ['ur times are wrong', DISPUTED]]);
  });

  describe('who runs it or pays for it', () => {
    itAnswersFirst(
      [['who pays for this', NO_FUNDING_KNOWN], ['is this run by the council', NOT_THE_METS], ['<at>StationDesk</at> whos made u', ABOUT], ['whos behind this', NO_FUNDING_KNOWN], ['who is your boss', ABOUT], ['is this funded by the mayor', NO_FUNDING_KNOWN]],
      { understood: true },
    );
  });

  describe('where it can be used', () => {
    itAnswersFirst(
      [['does this work on my phone', DEVICES], ['can i use this on my iphone', DEVICES], ['is there a website version', DEVICES], ['will it work on an android', DEVICES], ['can i use you on my laptop', DEVICES]],
      { understood: true },
    );
    itAnswersFirst([['is there a number i can text', CHANNELS], ['whats the number i can whatsapp', CHANNELS]], { understood: true });
  });

  describe('what it keeps, and what it knows of where one is', () => {
    itAnswersFirst(
      [
        ['will my messages be saved', PRIVACY], ['can u see my location', LOCATION], ['do you know where i am', LOCATION], ['how do you know where i am', LOCATION],
        ['how do i delete my data', /^Say "forget me" and I delete what I keep about you/], ['is my conversation being recorded', PRIVACY], ['do u know my name', PRIVACY],
      ],
      { understood: true },
    );
    it('"delete my data" said outright still forgets', async () => {
      expect(firstLineOf(await new Conversation().askText('delete my data'))).to.match(/^I've cleared what I stored about you/);
    });
  });

  describe('what it covers, and what else it can do', () => {
    itAnswersFirst(
      [
        ['do you cover kent', WHAT_IT_DOES], ['do you know about other police forces', WHAT_IT_DOES], ['do u know everything about police stations', WHAT_IT_DOES],
        ['do you know about stations outside london', WHAT_IT_DOES], ['what areas do you cover', WHAT_IT_DOES], ['does this cover the whole uk', WHAT_IT_DOES],
        ['can you do anything else', HELP], ['anything else you can do?', HELP],
      ],
      { understood: true },
    );
  });

  describe('its feelings and its name', () => {
    itAnswersFirst(
      [['are you happy', IDENTITY], ['do you sleep', IDENTITY], ['do you like your job', IDENTITY], ['whats your favourite station', IDENTITY], ['can you learn', IDENTITY], ['why are you called stationdesk', IDENTITY]],
      { understood: true },
    );
  });

  describe('the same words with a counter or a place keep their answers', () => {
    itAnswersFirst(
      [
        ['is brixton open on my phone', /Brixton Police Station/],
        ['nearest station to ME1 kent', /./],
        ['what time does ilford open, i lost my phone', /Ilford Police Station/],
      ],
    );
  });

  describe('danger beside these words still leads with 999', () => {
    const DANGER = [
      'do you know where i am, a man is following me with a knife',
      'can u see my location hes trying to break in',
      'are you happy someone is hitting my mum right now',
      'does this work on my phone i need help hes attacking me',
    ];
    for (const say of DANGER) it(say, async () => expect999First(await new Conversation().say(say), say));
  });
});
