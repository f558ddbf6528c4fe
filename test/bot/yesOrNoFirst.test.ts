/**
 * Answer first, through the bot: a yes/no question gets "Yes" or "No" (or "It
 * may", "It already has") as its first word, in the question's own terms,
 * whatever the wording: still open / staying open, closed, closing / at risk,
 * open 24 hours, closes at night, open or closed on a day. Any other question
 * gets the statement alone. The message text on Teams and Web Chat is the
 * headline and at most two key lines: what bears on the answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstRead } from '../replies/replyChecks';
import { cardOf, Conversation } from './harness';

const CHANNELS = ['webchat', 'msteams'] as const;
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });

/**
 * The answer as first read, paragraph by paragraph, without the once-per-conversation caveat: the
 * text, or on Teams (which shows the text, the headline alone, above the card) the headline and the card's key lines.
 */
async function answer(say: string, channel: (typeof CHANNELS)[number] = 'webchat', now?: DateTime): Promise<string[]> {
  const [reply] = await new Conversation(channel, now).say(say);
  const caveat = (p: string) => /^This is the Met's announced arrangement/.test(p);
  if (channel === 'msteams' && cardOf(reply)) expect(reply.text!.split('\n\n').filter((p) => !caveat(p)), `${say}: Teams text is the headline alone`).to.have.length(1);
  return firstRead(reply.text ?? '', cardOf(reply), channel).filter((p) => !caveat(p));
}

async function firstLine(say: string, channel?: (typeof CHANNELS)[number], now?: DateTime): Promise<string> {
  return (await answer(say, channel, now))[0];
}

function each(phrasings: string[], check: (lines: string[], said: string) => void): () => Promise<void> {
  return async () => {
    for (const channel of CHANNELS) for (const said of phrasings) check(await answer(said, channel), `${said} (${channel})`);
  };
}

describe('answer first: yes or no, in the question\'s own terms (through the bot)', () => {
  describe('still open? staying open?', () => {
    it(
      'an open counter: "Yes", then its hours',
      each(['is acton still open', 'acton police station still open?', 'can you tell me if Acton is still open', 'Is Acton staying open?', 'hi, is acton police station still there'], ([first], said) => {
        expect(first, said).to.equal('Yes, the front counter at **Acton Police Station** is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
      }),
    );

    it(
      'a closed counter: "No", then the nearest desk open now and the source that says otherwise',
      each(['is Woodford staying open?', 'woodford police station still open', 'I want to know whether Woodford police station is still open'], (lines, said) => {
        expect(lines[0], said).to.equal('No, the front counter at **Woodford Police Station** closed in 2013.');
        expect(lines[1], said).to.match(/^Nearest open now: \*\*Ilford\*\*, 6\.1 km, until 22:00\.$/);
        expect(lines[2], said).to.equal('Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the counter closed in 2013.');
        expect(lines, said).to.have.length(3);
      }),
    );

    it('a closure decided: "Yes for now", then the date it closes', async () => {
      const lines = await answer('is chingford staying open?', 'webchat', london('2026-01-10T11:00'));
      expect(lines[0]).to.equal('Yes for now, the front counter at **Chingford Police Station** is open 24 hours a day.');
      expect(lines[1]).to.equal('Due to close on 28 February 2026 (decided on 15 October 2025 under the 2025 front counter review (Met)).');
    });

    it('a closure proposed and not decided: "Yes for now", then the proposal', async () => {
      const lines = await answer('will lavender hill stay open?', 'msteams', london('2025-09-01T11:00'));
      expect(lines[0]).to.match(/^Yes for now, the front counter at \*\*Lavender Hill Police Station\*\* is open/);
      expect(lines[1]).to.equal('The 2025 front counter review (Met) proposed closing it on 6 August 2025; no decision yet, as far as my sources show.');
    });

    it("an old plan's draft that a later plan's decision made moot is not news: said before that decision, not after", async () => {
      // Tottenham: a 2013 draft to cut it to daytime hours; the 2017 plan decided (31 October 2017) to keep it 24/7.
      const draft = /2013 Police and Crime Plan.*not decided yet/;
      const before = await answer('is tottenham police station closing', 'webchat', london('2017-09-01T11:00'));
      expect(before.join('\n')).to.match(draft);
      for (const say of ['is tottenham police station closing', 'used to go to tottenham police station, is it still there']) {
        const now = await answer(say, 'webchat', london('2026-12-04T14:00'));
        expect(now[0], say).to.match(/^(?:No|Yes), the front counter at \*\*Tottenham Police Station\*\*/);
        expect(now.join('\n'), say).not.to.match(/2013|not decided yet/);
      }
    });
  });

  describe('closed? shut down?', () => {
    it(
      'a closed counter: "Yes"; an open one: "No", with its hours',
      each(['has chingford shut down', 'is chingford police station closed?', 'Chingford police station shut?'], ([first], said) => {
        expect(first, said).to.equal('Yes, the front counter at **Chingford Police Station** closed on 28 February 2026.');
      }),
    );

    it('an open counter asked whether it is closed: "No"', async () => {
      for (const channel of CHANNELS) expect(await firstLine('is acton closed?', channel)).to.match(/^No, the front counter at \*\*Acton Police Station\*\* is open: /);
    });
  });

  describe('closing? at risk?', () => {
    it(
      'an open counter under no plan: "No, not planned to close", with the date the sources go up to',
      each(['is acton closing?', 'is brixton police station at risk of closure', 'will hammersmith close?', 'are they going to shut ilford police station', 'is walworth under threat?', 'any plans to close ilford', 'are there plans to shut croydon police station?', 'is there a plan to close brixton'], ([first], said) => {
        expect(first, said).to.match(/^No, the front counter at \*\*\w[\w ]+ Police Station\*\* is not planned to close, as far as my sources show \(latest source: 28 February 2026\)\.$/);
      }),
    );

    it('a counter that closed: "It already has"', async () => {
      for (const channel of CHANNELS) {
        const [first, next] = await answer('is twickenham police station closing', channel);
        expect(first).to.equal('It already has: the front counter at **Twickenham Police Station** closed on 28 February 2026.');
        expect(next).to.match(/^Nearest open now: /);
      }
    });

    it('a closure decided: "Yes", with the date and the decision', async () => {
      const [first] = await answer('is chingford closing?', 'webchat', london('2026-01-10T11:00'));
      expect(first).to.equal('Yes, the front counter at **Chingford Police Station** is due to close on 28 February 2026 (decided on 15 October 2025 under the 2025 front counter review (Met)).');
    });

    it('a closure proposed and not decided: "It may", with the proposal', async () => {
      const [first] = await answer('is lavender hill police station closing down?', 'webchat', london('2025-09-01T11:00'));
      expect(first).to.equal(
        'It may: the 2025 front counter review (Met) proposed closing the front counter at **Lavender Hill Police Station** on 6 August 2025, and my sources show no decision yet.',
      );
    });

    it('a closure reported outside any plan: not decided, and what the source says', async () => {
      const [first, next] = await answer('is stratford police station closing?', 'msteams');
      expect(first).to.equal('No closure of the front counter at **Stratford Police Station** has been decided, as far as my sources show.');
      expect(next).to.match(/^But a source of 18 December 2025 says: Estates strategy: Stratford station to close once officers move into the redeveloped Forest Gate/);
    });
  });

  describe('open 24 hours? closes at night?', () => {
    it(
      'a counter with reduced hours: "No", its hours, then the nearest 24-hour desk',
      each(['is hayes open 24 hours', 'is hayes a 24 hour station?', 'hayes 24/7?', 'is hayes police station open all night', 'is Hayes always open'], (lines, said) => {
        expect(lines[0], said).to.equal('No, **Hayes Police Station (Hayes End)** is not open 24 hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00.');
        expect(lines[1], said).to.match(/^Nearest open 24 hours: \*\*Charing Cross\*\*, [\d.]+ km\.$/);
      }),
    );

    it(
      'a 24-hour counter: "Yes"',
      each(['is Charing Cross open 24 hours?', 'is lewisham a 24hr police station', 'lewisham open round the clock?'], ([first], said) => {
        expect(first, said).to.match(/^Yes, \*\*(Charing Cross|Lewisham) Police Station\*\* is open 24 hours a day, every day\.$/);
      }),
    );

    it('"does it close at night?": "Yes" with the closing times for a reduced-hours counter, "No" for a 24-hour one', async () => {
      for (const channel of CHANNELS) {
        for (const said of ['does hayes close at night?', 'does hayes police station shut overnight']) {
          const [first, next] = await answer(said, channel);
          expect(first, said).to.equal('Yes, **Hayes Police Station (Hayes End)** closes every day: it is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday.');
          expect(next, said).to.match(/^Nearest open 24 hours: \*\*Charing Cross\*\*/);
        }
        expect(await firstLine('does lewisham close at night?', channel)).to.equal('No, **Lewisham Police Station** is open 24 hours a day, every day.');
      }
    });

    it('24 hours on a day named: "No", with that day\'s hours', async () => {
      expect(await firstLine('is hayes open 24 hours on sunday')).to.equal('No, **Hayes Police Station (Hayes End)** is not open 24 hours on Sunday 29 November: 09:00–19:00.');
    });
  });

  describe('open or closed on a day, at a time, now', () => {
    it(
      'open at the weekend, on a day, now: "Yes"',
      each(['is hayes open at weekends', 'hayes police open on sundays?', 'is brixton open now', 'could i go to hayes police station on sunday'], ([first], said) => {
        expect(first, said).to.match(/^Yes, (at the weekend )?\*\*(Hayes Police Station \(Hayes End\)|Brixton Police Station)\*\* is open/);
      }),
    );

    it(
      'closed on a day, asked of a counter open that day: "No", with the hours',
      each(['is hayes closed on sundays?', 'does ilford police station close on sundays', 'is hayes shut at the weekend'], ([first], said) => {
        expect(first, said).to.match(/^No, (at the weekend )?\*\*(Hayes Police Station \(Hayes End\)|Ilford Police Station)\*\* is open( on Sunday 29 November, 09:00–19:00\.|: Saturday 28 November 09:00–19:00; Sunday 29 November 09:00–19:00\.)$/);
      }),
    );

    it('a time named when it is closed: "No", and when it opens', async () => {
      expect(await firstLine('is croydon police station open at 11pm?')).to.equal(
        'No, at 23:00 today (Thursday 26 November), **Croydon Police Station** is closed; opens at 10:00 tomorrow (Friday 27 November).',
      );
    });

    it('a closed counter asked about a day: "No", and where to go instead', async () => {
      const [first, next] = await answer('is woodford open on saturday?', 'msteams');
      expect(first).to.equal('No, as of 28 November 2026, the front counter at **Woodford Police Station** closed in 2013.');
      expect(next).to.match(/^Nearest open now: \*\*Ilford\*\*/);
    });
  });

  describe('questions that are not yes or no get the statement alone', () => {
    it(
      'the hours asked for, a time asked, a negated question, a question about the past',
      each(['hayes hours sunday', 'what time does ilford open on sunday', "isn't acton open any more?", 'was pinner police station open on saturdays', 'how late is sutton open'], ([first], said) => {
        expect(first, said).to.not.match(/^(Yes|No|It may|It already has)\b/);
      }),
    );
  });

  it('speech is the answer word and the first sentence, then the next line', async () => {
    const [reply] = await new Conversation('msteams').say('is hayes open 24 hours?');
    expect(reply.speak).to.match(/^No, Hayes Police Station \(Hayes End\) is not open 24 hours: Monday to Friday 10:00 to 22:00, Saturday to Sunday 09:00 to 19:00\. Nearest open 24 hours: Charing Cross, [\d.]+ kilometres\.$/);
  });
});
