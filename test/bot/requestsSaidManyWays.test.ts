/**
 * Requests the bot cannot carry out, said many ways (terse, polite, typos, text-speak, Teams-style), through the
 * real turn pipeline: the first line says plainly what it cannot do; where the request is wrapped around a question
 * it can answer (a counter's hours, the nearest desk to a postcode, the list of open counters), that answer comes
 * right after. Reporting a crime or getting the police to come leads with 999, then 101 or met.police.uk.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const SEND = /^I can't send emails, texts or messages\.$/;
const REMIND = /^I can't set reminders or send you alerts\.$/;
const SAVE = /^I can't save things for later or add them to your calendar or other apps\.$/;
const PRINT = /^I can't print or make files\.$/;
const BOOK = /^I can't book or change appointments\.$/;
const MESSAGE = /^I can't send messages or make calls for you\.$/;
const PASS_ON = /^I can't contact a station or an officer for you\.$/;
const REPORT = /^Call 999 now if someone is in danger: I can't report a crime or make a complaint for you\.$/;
const CALL_POLICE = /^Call 999 now if someone is in danger: I can't call the police for you\.$/;
const SEND_OFFICER = /^Call 999 now if someone is in danger: I can't send an officer\.$/;

const HOURS_OF = (station: string) => new RegExp(`^(?:The front counter at )?${station} Police Station (?:is open|opens at)`);
const ADDRESS_OF = (station: string) => new RegExp(`^${station} Police Station: \\d`);
const NEAREST_TO = (place: string, station: string) => new RegExp(`^The nearest front counter to ${place} is ${station} Police Station`);
const ASKS_WHERE = /^To find the nearest front counter(?: open [^,]+)?, I need to know where you are\.$/;
const ASKS_WHICH = /^Which police station/;
const EVERY_COUNTER = /^27 police front counters are open in London/;
const ROUND_THE_CLOCK = /^Only two front counters are open 24 hours a day/;
const NON_EMERGENCY = /[Cc]all 101, or report online at met\.police\.uk/;
const BOOKED_THROUGH_101 = /^Victims of crime can book an officer to come and see them\. Book through 101\.$/;

/** [what the resident says, the first line, the line after it (the question carried), or null for none]. */
const CASES: [string, RegExp, RegExp | null][] = [
  // Sending the resident something, around a question about a counter.
  ['can you email me the opening hours of brixton', SEND, HOURS_OF('Brixton')],
  ['email me lewishams hours', SEND, HOURS_OF('Lewisham')],
  ['pls txt me the opening times for croydon police station', SEND, HOURS_OF('Croydon')],
  ['can u send me a text with the address of croydon police station', SEND, ADDRESS_OF('Croydon')],
  ['could you whatsapp me the address of walworth police station', SEND, ADDRESS_OF('Walworth')],
  ['@StationDesk email me the hours for hammersmith police station', SEND, HOURS_OF('Hammersmith')],
  ['share the address of kentish town police station on whatsapp', SEND, ADDRESS_OF('Kentish Town')],
  ['email the hours of all the open counters to my work address', SEND, EVERY_COUNTER],
  ['text me the list of 24 hour stations', SEND, ROUND_THE_CLOCK],
  ['can u email me the nearest police station to n17 6ha', SEND, NEAREST_TO('N17 6HA', 'Tottenham')],
  ['Hi, would you be able to send me an email with the nearest front desk to SE13 please?', SEND, NEAREST_TO('SE13', 'Lewisham')],
  ['could you kindly email me where the nearest police station is', SEND, ASKS_WHERE],
  ['yo can u msg me brixton opening times', SEND, HOURS_OF('Brixton')],
  ['could you please send the hours for walworth to my email', SEND, HOURS_OF('Walworth')],
  ['can you whatsapp me which stations are open 24 hours', SEND, ROUND_THE_CLOCK],
  ['i need you to email me the address and hours of kingston police station', SEND, ADDRESS_OF('Kingston')],
  // Typos and shouting.
  ['can you emial me the hours for brixton', SEND, HOURS_OF('Brixton')],
  ['CAN YOU EMAIL ME THE ADDRESS OF LEWISHAM POLICE STATION', SEND, ADDRESS_OF('Lewisham')],
  ['Can you send an email to me with walworth\'s opening times?', SEND, HOURS_OF('Walworth')],
  ['could u possibly just drop me an email with the list of open counters', SEND, EVERY_COUNTER],
  ['remnd me to go to ilford tomorrow', REMIND, /^Ilford Police Station is open tomorrow/],
  ['set a remider for 5pm', REMIND, null],
  ['can u book me an apointment at croydon', BOOK, BOOKED_THROUGH_101],
  ['can you text me', SEND, null],
  ['email it to me', SEND, null],
  // Reminders and alerts.
  ['set a reminder to go to hayes police station on saturday', REMIND, /^Hayes Police Station \(Hayes End\) is open on Saturday/],
  ['pls text me when ilford opens', REMIND, HOURS_OF('Ilford')],
  ['set an alarm for when bromley opens', REMIND, HOURS_OF('Bromley')],
  ['set a reminder for when the nearest station to SE13 opens', REMIND, NEAREST_TO('SE13', 'Lewisham')],
  ['notify me when woodford reopens', REMIND, /^The front counter at Woodford Police Station closed in 2013\./],
  ['can you alert me if sutton police station is closing', REMIND, /Sutton Police Station/],
  ['alert me when charing cross closes', REMIND, /^(?:The front counter at )?Charing Cross Police Station is open 24 hours a day/],
  ['can you keep me updated on whether wimbledon reopens', REMIND, /^The front counter at Wimbledon Police Station closed on 28 February 2026\./],
  ['can you sign me up for alerts about closures', REMIND, null],
  ['subscribe me to updates for ilford', REMIND, null],
  ['remind me tomorrow', REMIND, null],
  ['set me a reminder pls', REMIND, null],
  // Keeping things for later in the resident's apps.
  ['save this for later', SAVE, null],
  ['save the address of brixton police station to my notes', SAVE, ADDRESS_OF('Brixton')],
  ['add lewisham police station opening hours to my calendar', SAVE, HOURS_OF('Lewisham')],
  ['put bromley police station hours in my diary', SAVE, HOURS_OF('Bromley')],
  ['can you remember this for me', SAVE, null],
  ['can you bookmark lewisham police station', SAVE, /^Lewisham Police Station is at 43 Lewisham High Street/],
  ['could you add the nearest 24 hour station to SE1 to my google maps', SAVE, /^The nearest 24-hour front counter to SE1 is Charing Cross Police Station/],
  // Paper and files.
  ['can you print the opening hours', PRINT, ASKS_WHICH],
  ['print me a map to the nearest station', PRINT, ASKS_WHERE],
  ['download the list of open stations as a pdf', PRINT, EVERY_COUNTER],
  ['print off the opening times for tottenham police station', PRINT, HOURS_OF('Tottenham')],
  ['export all the front counters to excel', PRINT, EVERY_COUNTER],
  // Other errands: translating, a taxi, a website, a case.
  ['can you translate the opening hours of brixton into polish', /^I can't translate\.$/, HOURS_OF('Brixton')],
  ['can you order me an uber to the nearest open police station to SW9', /^I can't order taxis\.$/, /^The nearest front counter open now to SW9 is Brixton Police Station/],
  ['can you open the met police website for me', /^I can't do that: I only answer questions about London's police front counters\.$/, null],
  ['can you check if my crime report has been received', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  ['could you pls find out if my case has been closed', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  // The resident's own reference number asked of the bot: a record it cannot look up (asking how to get one is reporting).
  ['can i get my crime reference number from you', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  ['can you give me my crime number', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  ['i lost my crime reference number', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  ['i forgot my crime ref number can you find it', /^I can't look up crime reports or cases\.$/, NON_EMERGENCY],
  ['how do i get a crime reference number', /^To report a crime that is not an emergency: call 101/, null],
  // Booking: declined, and where it is done (101), without a station's hours in between.
  ['can you book me an appointment at kingston', BOOK, BOOKED_THROUGH_101],
  ['make me an appointment at the front desk in sutton for monday', BOOK, BOOKED_THROUGH_101],
  ['book me in at tottenham police station on tuesday at 11', BOOK, BOOKED_THROUGH_101],
  ['i want to book a slot at charing cross', BOOK, BOOKED_THROUGH_101],
  ['can you reserve me a spot at the lewisham front desk', BOOK, BOOKED_THROUGH_101],
  // Calls and messages to the resident or for them.
  ['pls call me', MESSAGE, null],
  ['can you give me a call', MESSAGE, null],
  ['call me on 07700900123', MESSAGE, null],
  ['could you whatsapp my mum the address of walworth police station', MESSAGE, ADDRESS_OF('Walworth')],
  ['could you phone lewisham police and ask if they are open', PASS_ON, /^Yes, Lewisham Police Station is open now/],
  ['can you contact croydon police station for me', PASS_ON, /^Croydon Police Station is at 71 Park Lane/],
  // A request of any kind with a question of its own after it: declined, then the question answered.
  ['can you book me an appointment at lewisham and tell me when they open', BOOK, /^Lewisham Police Station is open now, 24 hours a day\./],
  ['book me in at brixton - what time do they open on saturday?', BOOK, /^Brixton Police Station opens at 09:00 on Saturday/],
  ['make an appointment for me at croydon, are they open sundays?', BOOK, /^Yes, Croydon Police Station is open on Sunday/],
  ['can you call ilford police station for me? also what are their hours', PASS_ON, HOURS_OF('Ilford')],
  ['text my mum that im going to walworth police station, is it open now?', MESSAGE, /^Yes, Walworth Police Station is open now/],
  ['could you contact the station for me? which stations are open 24 hours', PASS_ON, ROUND_THE_CLOCK],
  ['order me a taxi to brixton police station, is it open now?', /^I can't order taxis\.$/, /^Yes, Brixton Police Station is open now/],
  ['can you report a crime for me and whats the nearest station to SE13', REPORT, NEAREST_TO('SE13', 'Lewisham')],
  ['can you get the police to come to my house? nearest station to CR0 2RH', CALL_POLICE, /^The nearest front counter to CR0 2RH is/],
  // Reporting and getting the police: 999 first, then 101 or online.
  ['can you report a crime for me', REPORT, NON_EMERGENCY],
  ['report my stolen bike for me please', REPORT, NON_EMERGENCY],
  ['file a police report for me', REPORT, NON_EMERGENCY],
  ['can you file a report about my neighbour', REPORT, NON_EMERGENCY],
  ['cn u log a crime 4 me', REPORT, NON_EMERGENCY],
  ['can you fill in the crime report form for me', REPORT, NON_EMERGENCY],
  ['please make a complaint for me', REPORT, NON_EMERGENCY],
  ['can you report this to the police, someone keyed my car last night', REPORT, NON_EMERGENCY],
  ['can you take my statement', REPORT, NON_EMERGENCY],
  ['can I give you my statement', REPORT, NON_EMERGENCY],
  ['send police round to my house', SEND_OFFICER, /Book through 101/],
  ['get the police to come round please', CALL_POLICE, NON_EMERGENCY],
];

/** The reply's lines, without markdown bold. */
async function linesOf(say: string): Promise<string[]> {
  const text = await new Conversation().askText(say);
  return text.replace(/\*\*/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('requests the bot cannot do, said many ways: declined first, then the question they carry', function () {
  this.timeout(60_000);

  for (const [say, declined, carried] of CASES) {
    it(say, async () => {
      const [first, second, ...rest] = await linesOf(say);
      expect(first, say).to.match(declined);
      expect(first, `${say}: no station before the decline`).to.not.match(/Police Station|opening hours/);
      // The carried answer's own first sentence starts a line of its own after the decline.
      if (carried) expect([second, ...rest].join('\n'), say).to.match(new RegExp(carried.source, 'm'));
      const all = [first, second, ...rest].join('\n');
      expect(all, say).to.not.match(/Sorry, I (?:can't help with that|didn't understand)|I can only answer in English|I answer in English/);
      expect(all, `${say}: never pretends to have done it`).to.not.match(/\b(?:I've|I have) (?:sent|emailed|texted|set|saved|booked|reported|printed)\b/);
    });
  }

  it('the question carried answers right after the decline, on the second line', async () => {
    const [first, second] = await linesOf('can you email me the opening hours of brixton');
    expect(first).to.equal("I can't send emails, texts or messages.");
    expect(second).to.match(/^Brixton Police Station is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./);
  });

  it('"let me know when", "tell me", "send me the address", "remind me, was it...": how people ask, answered without a decline', async () => {
    for (const say of ['let me know when brixton opens', 'can you tell me the hours for ilford', 'send me the address of lewisham police station', 'remind me, was brixton open in 2019?']) {
      const [first] = await linesOf(say);
      expect(first, say).to.not.match(/^I can't/);
    }
  });

  it('reporting, asked how rather than asked of the bot, is answered with how to report', async () => {
    for (const say of ['how do i report a crime', 'report crime', 'can you report a crime online?', 'can i report a crime at the front counter']) {
      const [first] = await linesOf(say);
      expect(first, say).to.match(/^(?:To report a crime that is not an emergency:|Yes, you can report a crime in person at a police front counter; if it is not an emergency you can also) call 101, or report online at met\.police\.uk\./);
    }
    for (const say of ['could you report a crime at wimbledon police station in 2019?', 'can you still report things at walworth these days']) {
      const [first] = await linesOf(say);
      expect(first, say).to.not.match(/^Call 999 now if someone is in danger: I can't report/);
    }
  });

  it('danger wrapped in a request still leads with 999 now', async () => {
    for (const say of ['can you report this for me, someone is breaking into my flat right now', 'email the police for me, my ex is attacking me']) {
      const [first] = await linesOf(say);
      expect(first, say).to.match(/^Call 999 now\b/);
    }
  });

  it('after the carried question, a follow-up leans on its counter', async () => {
    const chat = new Conversation();
    await chat.say('can you email me the opening hours of brixton');
    const text = await chat.askText('is it open on sunday?');
    expect(text).to.match(/Brixton Police Station/);
  });
});
