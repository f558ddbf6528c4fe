/**
 * Kinds of question the bot answered badly, each said many ways through the real turn pipeline:
 * text 999 / Relay UK asked about (no danger told), parking and facilities near a named station,
 * counts before or after "the closures", what happened in a year of closures, and police records
 * or being put through to someone asked of the bot. Facts from data/ (resident-facts.md §1, the
 * timeline); where the data is silent the bot says so and where to check.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';


const RELAY = /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering .*call 18000 through Relay UK/;
const FACILITIES = (station: string) => new RegExp(`^I don't have information about waiting times, access, parking or other facilities at \\*\\*${station} Police Station\\*\\*: call 101 or check met\\.police\\.uk\\.$`);
const BEFORE_EACH_ROUND = /^London had 73 front counters open before the December 2017 closures \(on 13 December 2017\) and 37 before the February 2026 closures/;
const BEFORE_2026 = /^As of 27 February 2026, 37 front counters were open in London/;
const BEFORE_2026_24H = /^As of 27 February 2026, 32 front counters were open 24 hours a day/;
const NOW = /^27 front counters are open in London now/;
const LOOKUP = /^I can't look up crime reports or cases\.$/;
const CUSTODY = /^I can't check whether someone has been arrested or is in custody, or where they are held\.$/;
const PUT_THROUGH = /^I can't contact a station or an officer for you\.$/;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // Text 999 / Relay UK / 18000 asked about: that answer first, 999 in it.
  ['what is relay uk', RELAY],
  ['whats relay uk', RELAY],
  ['how does relay uk work', RELAY],
  ['what is 18000', RELAY],
  ["what's 18001 for", RELAY],
  ['can i text 999', RELAY],
  ['how do i text 999 if im deaf', RELAY],
  ['im deaf how do i contact police', RELAY],
  ['how do deaf people call the police', RELAY],
  ['what number do i call if i have a speech impairment', RELAY],
  ['do i need to register to text 999', RELAY],
  ['how do i use relay uk to call 101', RELAY],
  ['how does emergency sms work', RELAY],
  ['wat is text relay', RELAY],
  ['my mum is hard of hearing, how can she contact the police?', RELAY],
  ['Hi, I have a stammer. What is the best way to reach the police?', RELAY],
  // Parking and facilities near a named station: that station, and the data's silence.
  ['where can I park near Lewisham police station', FACILITIES('Lewisham')],
  ['where can i park near brixton station', FACILITIES('Brixton')],
  ['parking near croydon police station?', FACILITIES('Croydon')],
  ['is there somewhere to park at wembley police station', FACILITIES('Wembley')],
  ['can i park outside ilford police station', FACILITIES('Ilford')],
  ['toilets near charing cross police station', FACILITIES('Charing Cross')],
  ['is it safe to park near lewisham station', FACILITIES('Lewisham')],
  // Counts before or after "the closures": as of the day before the round, the date said.
  ['how many counters were there before the closures', BEFORE_EACH_ROUND],
  ['how many front desks were open before the cuts', BEFORE_EACH_ROUND],
  ['how many police stations did london have before the latest closures', BEFORE_2026],
  ['how many stations were there before they closed them', BEFORE_EACH_ROUND],
  ['how many were 24/7 before the cuts', BEFORE_2026_24H],
  ['how many 24 hour counters before the changes', BEFORE_2026_24H],
  ['how many counters were there before the 2017 closures', /^As of 13 December 2017, 73 front counters were open in London/],
  ['number of front counters before the closures in 2017', /^As of 13 December 2017, 73 front counters were open in London/],
  ['how many counters will there be after the closures', NOW],
  ['how many counters are left after the cuts', NOW],
  // What happened in a year of closures: the closures, their day and the plan, in the first line.
  ['what happened in 2017', /^In 2017, 36 front counters closed \(mostly on 14 December 2017\) under the 2017 Public Access Strategy/],
  ['what went on in 2017 with the police stations', /^In 2017, 36 front counters closed \(mostly on 14 December 2017\)/],
  // Police records asked of the bot: declined, then 101 (someone in custody has its own decline).
  ['can you check if my son is in custody', CUSTODY],
  ['is my brother in custody', CUSTODY],
  ['has my dad been arrested can u check', CUSTODY],
  ['who got arrested on my road last night', LOOKUP],
  ['is there a warrant out for me', LOOKUP],
  ['any warrants for me', LOOKUP],
  ['what is my crime reference number', LOOKUP],
  ['whats my case number', LOOKUP],
  ['can you look up a car reg', LOOKUP],
  ['check this number plate for me', LOOKUP],
  ['can you check my criminal record', LOOKUP],
  // Being put through to someone.
  ['put me through to an officer', PUT_THROUGH],
  ['connect me to 101', PUT_THROUGH],
  ['can i speak to a real person', PUT_THROUGH],
  ['i want to talk to a human', PUT_THROUGH],
  ['can i talk to a real officer', PUT_THROUGH],
  ['transfer me to lewisham station', PUT_THROUGH],
];

describe('weak kinds said many ways: the first sentence answers what was asked', () => {
  itAnswersFirst(CASES, { understood: true });

  it('text 999 asked about still says what 999 is for and gives 101', async () => {
    const text = await new Conversation().ask('what is relay uk');
    expect(text).to.match(/101/);
    expect(text).to.match(/999 is for a crime happening now/);
  });

  describe('danger told with the same words still leads with "Call 999 now"', () => {
    const DANGER = [
      "i'm deaf and someone is breaking into my house, how do i text 999",
      'how do i use relay uk a man is hitting my mum',
      'its an emergency how do i text 999',
      'can i text 999 now someone is following me',
      "i'm deaf, my flat is being burgled",
      'text 999 help me quick',
    ];
    for (const say of DANGER) {
      it(say, async () => {
        const text = await new Conversation().askText(say);
        expect(firstLineOf(text)).to.match(/^\*\*Call 999 now\*\*/);
      });
    }
  });

  it('parking near a named station gives its address after saying the data is silent', async () => {
    const parking = await new Conversation().ask('where can I park near Lewisham police station');
    expect(parking).to.include('Address: 43 Lewisham High Street');
  });
});

describe('the building asked about after a counter was named (the data has no waiting times or facilities)', function () {
  this.timeout(30_000);
  for (const [first, then, station] of [
    ['lewisham hours', 'is it busy', 'Lewisham'],
    ['is brixton open now', 'how long will i have to wait', 'Brixton'],
    ['when does croydon open', 'is there parking there', 'Croydon'],
    ['is ilford open on sunday', 'is there a queue usually?', 'Ilford'],
  ]) {
    it(`${first} / ${then}`, async () => {
      const chat = new Conversation();
      await chat.say(first);
      expect(firstLineOf(await chat.askText(then))).to.match(FACILITIES(station));
    });
  }
});
