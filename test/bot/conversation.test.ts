/**
 * Transcript tests: the real bot, through TestAdapter, on both channels.
 * Every expectation is a fact from data/ as of Thursday 26 November 2026.
 */
import { expect } from 'chai';
import { ActivityTypes } from 'botbuilder';
import { DateTime } from 'luxon';
import { cardOf, Conversation, suggestions } from './harness';

const CHANNELS = ['webchat', 'msteams'] as const;

for (const channel of CHANNELS) {
  describe(`StationDesk conversation (${channel})`, () => {
    let chat: Conversation;
    beforeEach(() => {
      chat = new Conversation(channel);
    });

    describe('welcome and small talk', () => {
      it('welcomes a resident who joins, says what it does and that it is not for reporting crime', async () => {
        const [welcome] = await chat.say({
          type: ActivityTypes.ConversationUpdate,
          membersAdded: [{ id: 'resident-1', name: 'Resident' }],
        });
        expect(welcome.text).to.match(/StationDesk/);
        expect(welcome.text).to.match(/999/);
        expect(welcome.text).to.match(/101/);
        expect(welcome.text?.toLowerCase()).to.match(/can't take crime reports|not for reporting/);
      });

      it('welcomes once: the bot being added after the resident does not repeat it', async () => {
        await chat.say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'resident-1', name: 'Resident' }] });
        const replies = await chat.say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'stationdesk', name: 'StationDesk' }] });
        expect(replies).to.deep.equal([]);
      });

      it("what's your name -> introduces itself", async () => {
        expect(await chat.ask("what's your name")).to.match(/StationDesk/);
      });

      it('tell me a joke -> politely out of scope, with what it can do', async () => {
        const text = await chat.ask('tell me a joke');
        expect(text.toLowerCase()).to.match(/opening hours|front counter|police station/);
      });

      it('Spanish -> answers in English, offers a postcode', async () => {
        const text = await chat.ask('¿dónde está la comisaría más cercana?');
        expect(text).to.match(/English/);
        expect(text.toLowerCase()).to.match(/postcode/);
      });
    });

    describe('status', () => {
      it('is acton police station still open -> open, with its hours and the as-of date', async () => {
        const text = await chat.ask('is acton police station still open');
        expect(text).to.match(/Acton/);
        expect(text).to.match(/open/i);
        expect(text).to.match(/10:00/);
        expect(text).to.match(/22:00/);
        expect(text).to.match(/09:00/);
        expect(text).to.match(/19:00/);
        expect(text).to.match(/26 November 2026/);
      });

      it('is twickenham police station closing -> closed on 28 February 2026, nearest open desk, 101', async () => {
        const text = await chat.ask('is twickenham police station closing');
        expect(text).to.match(/Twickenham/);
        expect(text).to.match(/28 February 2026/);
        expect(text).to.match(/Hounslow|Kingston/);
        expect(text).to.match(/101/);
        expect(text).to.match(/https?:\/\//);
      });

      it('kensington police station -> closed; Hammersmith open; Charing Cross 24/7', async () => {
        const text = await chat.ask('kensington police station');
        expect(text).to.match(/28 February 2026/);
        expect(text).to.match(/Hammersmith/);
        expect(text).to.match(/Charing Cross/);
      });

      it('is Woodford staying open? -> no counter, and the sources that disagree are named', async () => {
        const text = await chat.ask('is Woodford staying open?');
        expect(text).to.match(/Woodford/);
        expect(text).to.match(/2013/);
        expect(text.toLowerCase()).to.match(/disagree|conflict|contradict/);
        expect(text).to.not.match(/open (?:on )?Mon(?:day)?[-–]Fri(?:day)? 09:00/);
      });

      it('is wimbledon police station still open -> closed 28 February 2026', async () => {
        const text = await chat.ask('is wimbledon police station still open');
        expect(text).to.match(/Wimbledon/);
        expect(text).to.match(/28 February 2026/);
      });
    });

    describe('hours', () => {
      it('plumstead police open sunday? -> Sunday 09:00-19:00', async () => {
        const text = await chat.ask('plumstead police open sunday?');
        expect(text).to.match(/Plumstead/);
        expect(text).to.match(/Sunday/);
        expect(text).to.match(/09:00/);
        expect(text).to.match(/19:00/);
      });

      it('brixtn hours sat (typos) -> Brixton on Saturday', async () => {
        const text = await chat.ask('brixtn hours sat');
        expect(text).to.match(/Brixton/);
        expect(text).to.match(/Saturday/);
        expect(text).to.match(/09:00.*19:00/s);
      });

      it('kentsh town police opning hours -> Kentish Town weekday hours', async () => {
        const text = await chat.ask('kentsh town police opning hours');
        expect(text).to.match(/Kentish Town/);
        expect(text).to.match(/10:00/);
        expect(text).to.match(/22:00/);
      });

      it('hayes police station open now? -> open until 22:00 at 14:00 on a Thursday', async () => {
        const text = await chat.ask('hayes police station open now?');
        expect(text).to.match(/Hayes/);
        expect(text).to.match(/open/i);
        expect(text).to.match(/22:00/);
      });

      it('at 23:00 Hayes is closed and opens at 10:00 tomorrow', async () => {
        chat.now = DateTime.fromISO('2026-11-26T23:00', { zone: 'Europe/London' });
        const text = await chat.ask('is hayes police station open now');
        expect(text).to.match(/closed/i);
        expect(text).to.match(/10:00/);
        expect(text.toLowerCase()).to.match(/tomorrow|friday/);
      });

      it('follow-up: bethnal green police -> what about on sunday', async () => {
        const first = await chat.ask('bethnal green police');
        expect(first).to.match(/Bethnal Green/);
        expect(first).to.match(/E2 9NZ|Victoria Park Square/);
        const second = await chat.ask('what about on sunday');
        expect(second).to.match(/Bethnal Green/);
        expect(second).to.match(/Sunday/);
        expect(second).to.match(/09:00.*19:00/s);
      });

      it('follow-up: bank holidays get an honest "the data has no special-day hours"', async () => {
        await chat.ask('Stoke Newington police hours');
        const text = await chat.ask('and is it open on bank holidays?');
        expect(text).to.match(/Stoke Newington/);
        expect(text.toLowerCase()).to.match(/bank holiday/);
        expect(text).to.match(/met\.police\.uk/);
      });

      it("is the police station in stratford open -> Newham's counter since the Forest Gate fire, with hours", async () => {
        const text = await chat.ask('is the police station in stratford open');
        expect(text).to.match(/Stratford/);
        expect(text).to.match(/7 March 2024/);
        expect(text).to.match(/Forest Gate/);
        expect(text).to.match(/22:00/);
      });

      it('is islington police station open on christmas day -> honest, with 999/101', async () => {
        const text = await chat.ask('is islington police station open on christmas day');
        expect(text).to.match(/Islington/);
        expect(text).to.match(/met\.police\.uk/);
        expect(text).to.match(/101/);
      });
    });

    describe('nearest desks', () => {
      it('nearest 24 hr police station NW10 4AA -> Charing Cross, about 9 km; Acton open', async () => {
        const text = await chat.ask('nearest 24 hr police station NW10 4AA');
        expect(text).to.match(/Charing Cross/);
        expect(text).to.match(/\b(8\.\d|9\.\d) km/);
        expect(text).to.match(/Acton/);
      });

      it('asks for a postcode, then takes it in the next message', async () => {
        const ask = await chat.ask('nearest 24 hour police station');
        expect(ask.toLowerCase()).to.match(/postcode/);
        const text = await chat.ask('RM10 7TU');
        expect(text).to.match(/Lewisham/);
        expect(text).to.match(/Dagenham/);
      });

      for (const [message, desk] of [
        ['closest police front desk to HA9 0WS', 'Wembley'],
        ['police station near TW3 1ES', 'Hounslow'],
        ['nearest station to kt1 1ee', 'Kingston'],
        ["I'm in SE18, nearest police front counter?", 'Plumstead'],
        ['whats the nearest cop shop to E2 0', 'Bethnal Green'],
        ['ig80sb nearest 24h', 'Charing Cross'],
      ] as const) {
        it(`${message} -> ${desk}`, async () => {
          expect(await chat.ask(message)).to.match(new RegExp(desk));
        });
      }

      it('"is it open on Saturday?" after a nearest answer means the desk it named', async () => {
        await chat.ask('nearest police station to E17 4PP');
        const text = await chat.ask('is it open on saturday?');
        expect(text).to.match(/Tottenham Police Station/);
        expect(text).to.match(/Saturday 28 November, 09:00–19:00/);
      });

      it('hours asked of a postcode answer for its nearest open desk, and say so', async () => {
        const text = await chat.ask('hours for SE18 on sunday');
        expect(text).to.match(/nearest open front counter to SE18 is \**Plumstead Police Station/);
        expect(text).to.match(/Sunday 29 November, 09:00–19:00/);
      });

      it('a bare postcode offers the nearest desk (Edmonton for N9 0PW)', async () => {
        expect(await chat.ask('n9 0pw')).to.match(/Edmonton/);
      });

      it('where should I go instead? after a closed counter -> the nearest open desk', async () => {
        await chat.ask('is twickenham police station closing');
        const text = await chat.ask('where should I go instead?');
        expect(text).to.match(/Hounslow|Kingston/);
      });

      it('a postcode outside London is outside the Met area', async () => {
        const text = await chat.ask('nearest police station to M1 1AE');
        expect(text).to.match(/M1 1AE/);
        expect(text.toLowerCase()).to.match(/outside|not in/);
      });

      it('an unknown postcode is reported as not found', async () => {
        const text = await chat.ask('nearest police station to ZZ99 9ZZ');
        expect(text).to.match(/ZZ99 9ZZ/);
        expect(text.toLowerCase()).to.match(/can't find|cannot find|couldn't find|not find|don't recognise|unknown|no record/);
      });
    });

    describe('boroughs, lists and plans', () => {
      it('which police front desks are open 24/7 -> Charing Cross and Lewisham since 3 March 2026', async () => {
        const text = await chat.ask('which police front desks are open 24/7');
        expect(text).to.match(/Charing Cross/);
        expect(text).to.match(/Lewisham/);
        expect(text).to.match(/3 March 2026/);
      });

      it('how many police stations closed in February 2026 -> ten', async () => {
        const text = await chat.ask('how many police stations closed in February 2026');
        expect(text).to.match(/\b(10|ten)\b/i);
        expect(text).to.match(/Chingford/);
      });

      it('is there a police station open in Richmond borough -> none since 28 February 2026; Hounslow or Kingston', async () => {
        const text = await chat.ask('is there a police station open in Richmond borough');
        expect(text).to.match(/Richmond upon Thames/);
        expect(text).to.match(/Hounslow|Kingston/);
      });

      it('where can I go in person in Hackney -> Stoke Newington', async () => {
        expect(await chat.ask('where can I go in person in Hackney')).to.match(/Stoke Newington/);
      });

      it('why did the met close so many front counters -> savings and usage figures with sources', async () => {
        const text = await chat.ask('why did the met close so many front counters');
        expect(text).to.match(/£/);
        expect(text).to.match(/%/);
      });

      it('when did fulham police station close -> 14 December 2017', async () => {
        expect(await chat.ask('when did fulham police station close')).to.match(/14 December 2017/);
      });

      it("Was Hammersmith police station closed for a while? -> Shepherd's Bush 2016-2020", async () => {
        const text = await chat.ask('Was Hammersmith police station closed for a while?');
        expect(text).to.match(/Shepherd/);
        expect(text).to.match(/2016/);
        expect(text).to.match(/2020/);
      });

      it('Ilford station address -> 270-294 High Road', async () => {
        expect(await chat.ask('Ilford station address')).to.match(/High Road/);
      });
    });

    describe('safety', () => {
      for (const message of ["there's a man with a knife outside", 'someone is breaking into my house right now', "I've been stabbed"]) {
        it(`"${message}" -> 999 first`, async () => {
          const [first] = await chat.say(message);
          expect((first.text ?? '').split('\n')[0]).to.match(/999/);
        });
      }

      it('a past crime -> 101 or online, not 999 first', async () => {
        const text = await chat.ask('my car was broken into last night, what do I do?');
        expect(text).to.match(/101/);
        expect(text).to.match(/met\.police\.uk/);
        expect(text.split('\n')[0]).to.not.match(/^.*call 999 now/i);
      });

      it('interpreters via Language Line', async () => {
        expect(await chat.ask('I need to speak to someone in Polish')).to.match(/Language Line/);
      });
    });

    describe('disambiguation, help, cancel, forget me', () => {
      it('an ambiguous name offers a choice with buttons, and typing the answer works', async () => {
        const [prompt] = await chat.say('is wood police station open');
        expect(prompt.text).to.match(/Wood Green/);
        expect(prompt.text).to.match(/Woodford/);
        const offered = [...suggestions(prompt), ...JSON.stringify(cardOf(prompt) ?? {}).match(/Wood(?:ford| Green)/g) ?? []];
        expect(offered.join(' ')).to.match(/Woodford/);
        const text = await chat.ask('woodford');
        expect(text).to.match(/Woodford/);
        expect(text).to.match(/2013/);
      });

      it('help works while a question is waiting, and the question still completes', async () => {
        await chat.ask('nearest 24 hour police station');
        const help = await chat.ask('help');
        expect(help.toLowerCase()).to.match(/postcode|opening hours|nearest/);
        expect(await chat.ask('SE13 6LW')).to.match(/Lewisham/);
      });

      it('cancel drops the waiting question', async () => {
        await chat.ask('nearest 24 hour police station');
        await chat.ask('cancel');
        const text = await chat.ask('what about on sunday');
        expect(text).to.not.match(/Lewisham|Charing Cross/);
      });

      it('forget me clears what the bot stored about this conversation', async () => {
        await chat.ask('nearest police station to RM10 7TU');
        expect(chat.storage.dump()).to.match(/RM10 7TU/);
        const text = await chat.ask('forget me');
        expect(text.toLowerCase()).to.match(/clear|forgot|deleted/);
        expect(chat.storage.dump()).to.not.match(/RM10 7TU/);
        // The conversation goes on normally afterwards.
        expect(await chat.ask('nearest 24 hour police station to SE13 6LW')).to.match(/Lewisham/);
      });
    });

    describe('bad input never breaks the conversation', () => {
      for (const [label, message] of [
        ['empty', ''],
        ['emoji only', '🚓🚓🚓'],
        ['5,000 characters', 'police '.repeat(715)],
        ['markup', '<script>alert("x")</script><b>brixton</b>'],
        ['SQL-looking text', "'; DROP TABLE stations; --"],
        ['control characters', 'brix\u0000ton\u0007 hours'],
      ] as const) {
        it(`${label}: a polite reply`, async () => {
          const replies = await chat.say(message);
          expect(replies.length).to.be.greaterThan(0);
          expect(replies[0].text ?? '').to.not.match(/error|exception|undefined|\[object/i);
        });
      }

      it('unknown activity types and typing get no reply and keep the conversation', async () => {
        await chat.ask('nearest 24 hour police station');
        expect(await chat.say({ type: 'somethingNew' })).to.deep.equal([]);
        expect(await chat.say({ type: ActivityTypes.Typing })).to.deep.equal([]);
        expect(await chat.ask('SE13 6LW')).to.match(/Lewisham/);
      });

      it('a card button (value, no text) is answered like typed text', async () => {
        const text = await chat.ask({ type: ActivityTypes.Message, text: '', value: { msteams: { type: 'imBack', value: 'which police front desks are open 24/7' } } });
        expect(text).to.match(/Charing Cross/);
      });
    });

    describe('channel fit', () => {
      it('every reply has text and speak; cards are Adaptive Card 1.5; Teams gets at most three suggestions', async () => {
        for (const message of ['is twickenham police station closing', 'brixton hours this week', 'nearest 24 hour police station to SE13 6LW', 'help']) {
          for (const reply of await chat.say(message)) {
            expect(reply.text, message).to.be.a('string').and.not.equal('');
            expect(reply.speak, message).to.be.a('string').and.not.equal('');
            const card = cardOf(reply);
            if (card) expect(card.version, message).to.equal('1.5');
            const limit = channel === 'msteams' ? 3 : 4;
            expect(suggestions(reply).length, message).to.be.at.most(limit);
          }
        }
      });
    });
  });
}
