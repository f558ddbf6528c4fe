/**
 * Questions about the service said many ways (typos, terse, polite, long,
 * Teams-style), through the real turn pipeline. Each expectation is what a good
 * first sentence must contain, from the data: resident-facts.md §1 (101,
 * met.police.uk, Crimestoppers, Language Line), §2 (what a counter is for), §4
 * (appointments through 101) and the data's dates. Where the data is silent
 * (accessibility, what to bring, ID, complaints, whether an appointment is
 * needed) the bot must say its sources don't say, and where to check.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const PURPOSE = /^A front counter \(front desk\) is the public desk in a police station where you can speak to an officer or staff member in person\./;
const REPORT_AT_A_COUNTER = /^Yes, you can report a crime in person at a police front counter; if it is not an emergency you can also call 101, or report online at met\.police\.uk\./;
const REPORT = /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk\./;
const LANGUAGE_LINE = /Language Line is available through 101 and 999|call 101, or 999 in an emergency, and ask for an interpreter/;
const CHECK = /Check met\.police\.uk or call 101\.$/;
const NOT_SAID = (what: RegExp) => new RegExp(`^My sources don't ${what.source}.* Check met\\.police\\.uk or call 101\\.$`);
const IDENTITY = /^I'm StationDesk, a chatbot\. I answer questions about police front counters in London/;
const FRESHNESS = /^My information was last checked on \d{1,2} \w+ 20\d\d, and my latest source is from 28 February 2026\.$/;
const IF_CLOSED = /^If your counter is closed, call 101 or report online at met\.police\.uk when it is not an emergency, and 999 in an emergency\.$/;
const SEIZED = /^I can't get back property the police have seized or kept\.$/;
const NEAREST = /^To find the nearest front counter(?: open now)?, I need to know where you are\.$/;
/** A task done at a counter, asked with no place: the data's words for it (resident-facts.md §2), then the offer of the nearest. */
const TASK = (what: string) => new RegExp(`^You can do that at a police front counter: ${what} is one of the things people go there for\\.$`);
const BAIL_TASK = TASK('reporting as part of bail conditions');
const DOCUMENTS_TASK = TASK('presenting documents');
const LOST_TASK = TASK('leaving or collecting lost property');
const VIDEO = /^The Met offers video appointments with officers\. The Met calls them "highly effective and popular"/;
const NOT_THE_METS = /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources, each with its date\.$/;
const ABOUT_THE_BOT = /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources, each with its date\.$/;
/** Where its facts come from, asked: the publishers first. */
const SOURCES = /^My facts come from \d+ publishers: official ones such as Metropolitan Police/;
const SILENT_55 = /^\*\*Call 999 now\*\*/;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // What a front counter is for (§2).
  ['what is a front counter', PURPOSE],
  ['wat can i do at the front desk of a police station', PURPOSE],
  ['whats the point of a police front counter', PURPOSE],
  ['what do people go to the front counter for?', PURPOSE],
  ['Hi, could you tell me what services a police station front desk offers please?', PURPOSE],
  ['Good afternoon. I would be grateful if you could explain what I can do at a police front counter, as mine is closing.', PURPOSE],
  ['what does the front desk do', PURPOSE],
  ['whats the use of a police front desk these days', PURPOSE],
  ['what services do police front counters provide?', PURPOSE],
  ['What is a front counter for', PURPOSE],
  // Reporting a crime: online, by 101, at a counter (§1).
  ['how do i report a crime', REPORT],
  ['can i report a crime online', REPORT],
  ['can I report a crime by phone', REPORT],
  ['can i report a crime at the front counter', REPORT_AT_A_COUNTER],
  ['report burglary that happened last week', REPORT],
  ['report crime', REPORT],
  ['how do i reprot a crime', REPORT],
  ['is 101 the right number for non urgent stuff', /^If it is not an emergency: call 101, or report online at met\.police\.uk\./],
  ['what is 101', /^If it is not an emergency: call 101/],
  ['i want to report something anonymously', /^To report a crime without giving your name, contact Crimestoppers: 0800 555 111/],
  // Lost or found property, documents, bail: errands done at a counter, so the nearest one.
  ['i found a wallet in the street where do i hand it in', LOST_TASK],
  ['where can i hand in lost property', LOST_TASK],
  ['found a bag on the bus who do i give it to', LOST_TASK],
  ['lost property', LOST_TASK],
  ['i need to produce my driving documents', DOCUMENTS_TASK],
  ['I have been asked to produce my insurance documents at a police station', DOCUMENTS_TASK],
  ['where do i sign on for bail', BAIL_TASK],
  ['i have to report for bail every week, where can i do it', BAIL_TASK],
  ['can I hand in evidence at the front counter', TASK('handing in evidence')],
  // ID: the data is silent.
  ['do i need to show id at the front desk', NOT_SAID(/say whether you need to show ID at a front counter\./)],
  ['will they check my id at the police station?', NOT_SAID(/say whether you need to show ID at a front counter\./)],
  ['do I have to bring my passport', NOT_SAID(/say whether you need to show ID at a front counter\./)],
  // Interpreters (§1).
  ['I need a Polish interpreter', LANGUAGE_LINE],
  ['do you have interpreters', LANGUAGE_LINE],
  ['i dont speak good english can someone help me in my language', LANGUAGE_LINE],
  ['interpreter', LANGUAGE_LINE],
  // Accessibility: the data is silent.
  ['is the police station wheelchair accessible', NOT_SAID(/say whether front counters are wheelchair accessible or step-free\./)],
  ['wheelchair access', NOT_SAID(/say whether front counters are wheelchair accessible or step-free\./)],
  ['is there step free access at the front counter?', NOT_SAID(/say whether front counters are wheelchair accessible or step-free\./)],
  ['do front desks have hearing loops', NOT_SAID(/say whether front counters are wheelchair accessible or step-free\./)],
  // Appointments: whether one is needed is not in the data; booking an officer through 101 is (§4).
  ['do I need an appointment to go to the front counter', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['can i just walk in or do i need to book', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['appointment?', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['is it appointment only at the front desk now', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  // What to bring: the data is silent.
  ['what should i bring to the police station', NOT_SAID(/say what to bring to a front counter\./)],
  ['what do i need to take with me to report a crime in person', NOT_SAID(/say what to bring to a front counter\./)],
  ['what to bring to the front desk?', NOT_SAID(/say what to bring to a front counter\./)],
  // Complaints: the data is silent.
  ['how do i make a complaint about the police', NOT_SAID(/cover complaints about the police\./)],
  ['I want to complain about an officer', NOT_SAID(/cover complaints about the police\./)],
  ['complaint', NOT_SAID(/cover complaints about the police\./)],
  ['where can I complain about how I was treated at the front desk?', NOT_SAID(/cover complaints about the police\./)],
  // The bot itself and its facts.
  ['who are you', IDENTITY],
  ['what is this bot', IDENTITY],
  // Asked yes or no whether a person answers: No first.
  ['are you a real person', /^No, I'm StationDesk, a chatbot, not a person\./],
  ['how up to date is this', FRESHNESS],
  ['is this info current?', FRESHNESS],
  ['when was ur data last updated', FRESHNESS],
  // When the counter is closed: where to go instead, or the nearest one.
  ['my local counter is closed what do i do now', NEAREST],
  ['what can I do if my police station has closed', IF_CLOSED],
  ['what happens if the station is closed when i get there', IF_CLOSED],
  ['what are the alternatives to a front counter', IF_CLOSED],
  ['what can i do now my front desk has shut?', IF_CLOSED],
  ['the front desk near me shut down, where do i go', NEAREST],
  ['what are contact points', /contact points?/i],
  ['what are the yellow phones outside for', /phones/i],
  ['@StationDesk what is a front counter', PURPOSE],
  ['StationDesk what can i do at the front desk', PURPOSE],
  // What staff do there, said other ways.
  ['what do they do at the police station front desk', PURPOSE],
  ['what kind of things can i do at a police counter', PURPOSE],
  ['what can the front counter help with', PURPOSE],
  ['whats the front desk for lol', PURPOSE],
  ['what can u do at the front desk', PURPOSE],
  ['why would i go to a police station', PURPOSE],
  // Video appointments (§4): the Met offers them; how to book is not in the data.
  ['can i get a video appointment with the police', VIDEO],
  ['how do i book a video appointment', VIDEO],
  ['video call with an officer?', VIDEO],
  ['can i speak to an officer over video', VIDEO],
  ['do the met do online appointments', VIDEO],
  ['is there a way to talk to police on facetime', VIDEO],
  // The bot itself: what it is, who runs it, whether it is official, where its facts come from.
  ['what is stationdesk', ABOUT_THE_BOT],
  ['is this official', NOT_THE_METS],
  ['is this bot run by the met', NOT_THE_METS],
  ['are you from the police', NOT_THE_METS],
  ['r u the met police', NOT_THE_METS],
  ['who runs this bot', ABOUT_THE_BOT],
  ['who made this', ABOUT_THE_BOT],
  ['where does your information come from', SOURCES],
  ['where do you get your info from', SOURCES],
  ['what are your sources', SOURCES],
  ['how do you know all this', SOURCES],
  // Whether an appointment is needed: asked, not a request to book one.
  ['do i need to book an appointment to report a crime', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['do i have to make an appointment before going', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['is an appointment needed', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['do i need an apointment', NOT_SAID(/say whether you need an appointment to visit a front counter\./)],
  ['accessability at the front desk', NOT_SAID(/say whether front counters are wheelchair accessible or step-free\./)],
  // Errands done at a counter: HORTI (producing documents), getting property back, bail, lost property.
  ['HORTI where do i take it', DOCUMENTS_TASK],
  ['i got a horti what do i do', DOCUMENTS_TASK],
  // Back from the police (not a counter's lost property): what the police took, which 101 answers.
  ['how do i get my stuff back from the police', SEIZED],
  ['i need to get my phone back from the police', SEIZED],
  ['where do i hand in a lost purse', LOST_TASK],
  ['can i sign on for bail at any police station', BAIL_TASK],
  // 101, online, Crimestoppers, interpreters, said other ways.
  // A call's cost: the sources give none, said first (theCostOfACallOrOfReportingAskedSaidManyWays).
  ['is 101 free to call', /^My sources don't say what a call to 101 costs\./],
  ['what is the non emergency number for the met', /^If it is not an emergency: call 101, or report online at met\.police\.uk\./],
  // Online instead of going in: yes first (goingInOrOnlineInsteadAskedSaidManyWays).
  ['can i report a crime online instead of going in', /^Yes, if it is not an emergency you don't have to go to a front counter: you can call 101, or report online at met\.police\.uk\./],
  ['how do i report anonymously online', /^To report a crime without giving your name, contact Crimestoppers: 0800 555 111/],
  ['crimestoppers number?', /^To report a crime without giving your name, contact Crimestoppers: 0800 555 111/],
  ['i cant speak english well can i get an interpreter', LANGUAGE_LINE],
  // The silent 55 call: 999 without speaking, 999 first.
  ['what is the silent 55 call', SILENT_55],
  ['what does pressing 55 do', SILENT_55],
  ['whats the 55 thing', SILENT_55],
];

describe('service questions said many ways: the first sentence answers what was asked', () => {
  for (const [say, first] of CASES) {
    it(say, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(first);
      expect(text).to.not.match(/Sorry, I (?:can't help with that|didn't understand)/);
    });
  }

  it('where the data is silent, says so and where to check, and gives what the data does say (an officer booked through 101)', async () => {
    const text = await new Conversation().ask('do I need an appointment to go to the front counter');
    expect(text.split('\n')[0]).to.match(CHECK);
    expect(text).to.include('Victims of crime can book an officer to come and see them. Book through 101');
    expect(text).to.include('Video appointments with officers');
    expect(text).to.not.include('They are for non-urgent contact');
  });

  it('a silent topic asked of a named counter is answered for that counter: no information, where to check', async () => {
    const text = await new Conversation().ask('is lewisham police station wheelchair accessible');
    expect(text.split('\n')[0]).to.match(/^I don't have information about (?:waiting times, )?access.* at \*\*Lewisham Police Station\*\*: call 101 or check met\.police\.uk\./);
  });

  it('when the counter is closed: the data’s alternatives (phones outside, appointments through 101, contact points), and the nearest counter', async () => {
    const text = await new Conversation().ask('what can I do if my police station has closed');
    expect(text).to.include('Weatherproof phones outside every closed or reduced-hours counter');
    expect(text).to.include('Victims of crime can book an officer');
    expect(text).to.include('Contact points');
    expect(text).to.include('tell me your postcode or area');
    expect(text).to.not.include('Policing hubs');
  });

  it('what a counter is for says in the text what people go there for: crimes, lost property, documents, bail', async () => {
    const text = await new Conversation().askText('what can i do at a police front counter');
    expect(text).to.include('About a quarter of public visits are to report a crime or a traffic collision');
    for (const use of ['leaving or collecting lost property', 'presenting documents', 'handing in evidence', 'reporting as part of bail conditions']) expect(text).to.include(use);
  });

  it('video appointments: how to book one is not in the data, so it says so and where to ask; an officer visit is booked through 101', async () => {
    const text = await new Conversation().ask('how do i book a video appointment');
    expect(text).to.include("My sources don't say how to book one: call 101 or check met.police.uk.");
    expect(text).to.include('Victims of crime can book an officer to come and see them. Book through 101');
  });

  it('the bot itself: who publishes its sources, how current it is, and where to check officially', async () => {
    const text = await new Conversation().ask('where does your information come from');
    expect(text).to.match(/My facts come from \d+ publishers: official ones such as Metropolitan Police/);
    expect(text).to.match(/My information was last checked on \d{1,2} \w+ 20\d\d, and my latest source is from 28 February 2026\./);
    expect(text).to.include('For anything official, check met.police.uk or call 101.');
  });

  it('after an answer, "what are your sources?" still gives that answer\'s sources', async () => {
    const conversation = new Conversation();
    await conversation.ask('is brixton open now');
    const text = await conversation.ask('what are your sources');
    expect(text.split('\n')[0]).to.match(/^About ".*Brixton.*", my sources? (?:is|are):/);
  });

  it('asking to book an appointment is still declined, not read as whether one is needed', async () => {
    const text = await new Conversation().ask('can you book me an appointment');
    expect(text.split('\n')[0]).to.match(/^I can't book or change appointments\./);
  });

  it('leaves hours, open and how-to-get-there questions alone', async () => {
    expect(await new Conversation().ask('is brixton open')).to.not.match(/My sources don't say whether front counters/);
    expect(await new Conversation().ask('what time does lewisham open on sunday')).to.not.match(/My sources don't/);
  });
});
