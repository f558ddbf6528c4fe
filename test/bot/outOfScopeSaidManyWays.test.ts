/**
 * Things near the police but not front counters, and everyday things, said many ways, through the real turn
 * pipeline: the first line says plainly that the bot can't help with that (it only knows London's police front
 * counters), the reply says what it can do, and for police matters points to 101 / met.police.uk (the data's own
 * routes, resident-facts.md §1). It never asks for a postcode because "where" or "nearest" is in the message, and
 * makes up no phone number or address. Front-counter questions that mention the same things stay service questions.
 * Checks, licences, visas and fines are tasks the bot says plainly it cannot do (tasksTheBotCannotDoSaidManyWays); noise
 * and pets lost, found or stray also say where to go instead (theCouncilsNoiseOrAnAnimalAstraySaidManyWays).
 */
import { expect } from 'chai';
import { Conversation } from './harness';

// Another office's business is named, with only where to look (round 30b): "I can't help with passports, and I don't know ...".
const CANT_HELP = /^(?:Sorry, I can't help with that|I can't help with [^:]+, and I don't (?:know|have) [^:]+): I only know about London's police front counters\.(?: Check (?:gov\.uk|your council's website|met\.police\.uk)\.)?$/;
const WHAT_I_DO = /I can tell you whether a police front counter is open, its opening hours, or the nearest one to you\./;
const POLICE_ROUTES = /call 999 in an emergency, otherwise 101 or met\.police\.uk/;

const OUT_OF_SCOPE: string[] = [
  // Papers from other offices.
  'how do i renew my passport',
  'where do i get a passport',
  'passport renewal?',
  'how do i renew my driving licence',
  'DVLA phone number',
  'where is the nearest place to get my provisional licence',
  'how do i get a blue badge',
  'where can i get a fishing licence',
  // The council.
  'how much is council tax in hackney',
  'when are the bins collected in croydon',
  'my bins werent collected again',
  'who do i call about a pothole on my road',
  'how to apply for universal credit',
  'where is my nearest polling station',
  'ulez charge how much',
  // Health.
  'how do i register with a gp',
  'where is the nearest a and e',
  'nhs 111 number',
  'where can i get a flu jab',
  // Everyday things.
  'whats the weather like tomorrow',
  'will it rain in london today',
  'when is the next train to brighton',
  'tube strike?',
  'what time does tesco close',
  'is sainsburys open on sunday',
  // Police business not done at a front counter (jobs at the Met are declined as a task: tasksTheBotCannotDoSaidManyWays).
  'how many points for speeding',
  'WHERE DO I GET A PASSPORT FORM',
  'nearest passport office',
  'where can i renew my passport near SE13',
  'MOT centre near me',
  'where is the nearest recycling centre',
  'the council hasnt collected my rubbish',
  // Courts and lawyers (a vehicle towed, clamped or in the pound has its own answer: papersToBringOrAVehicleToGetBack).
  'how do i find a solicitor',
  'where is the nearest court',
  'how do i do jury service',
];

describe('out of scope, said many ways: says first it cannot help, and what it does', function () {
  this.timeout(60_000);

  for (const say of OUT_OF_SCOPE) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      const [first] = text.split('\n');
      expect(first, say).to.match(CANT_HELP);
      expect(text, say).to.match(WHAT_I_DO);
      expect(text, `${say}: points to the police's own routes`).to.match(POLICE_ROUTES);
      expect(text, `${say}: never asks where the resident is`).to.not.match(/postcode or area\?|I need to know where you are|Which police station/);
      // Only the data's numbers: 999, 101 (and none made up).
      for (const number of text.match(/\b\d{3,}\b/g) ?? []) expect(['999', '101', '24', '2026', '111'], `${say}: ${number}`).to.include(number);
    });
  }

  it('front-counter questions about the same things stay front-counter questions', async () => {
    expect(await new Conversation().askText('do I have to bring my passport')).to.match(/^My sources don't say whether you need to show ID at a front counter\./);
    expect(await new Conversation().askText('my passport was stolen how do i report it')).to.match(/^To report a crime that is not an emergency: call 101/);
    expect(await new Conversation().askText('knife amnesty bins near me')).to.match(/I need to know where you are/);
    expect(await new Conversation().askText('was ilford open during covid')).to.match(/Ilford/);
    expect(await new Conversation().askText('was lewisham open on bin day last week')).to.match(/Lewisham/);
    expect(await new Conversation().askText('were the closures challenged in court?')).to.not.match(/^Sorry, I can't help/);
    expect(await new Conversation().askText('was harrow open on the day of the vote')).to.not.match(/^Sorry, I can't help/);
    expect(await new Conversation().askText('how do i report a pothole that caused a crash')).to.not.match(/^Sorry, I can't help/);
  });

  it('a pet stolen is a crime, not a lost pet', async () => {
    expect(await new Conversation().askText('my dog was stolen from the garden yesterday')).to.not.match(/^Sorry, I can't help/);
  });

  it('danger about the same things leads with 999', async () => {
    const text = await new Conversation().askText('my neighbour is attacking me over the bins right now');
    expect(text.replace(/\*\*/g, '')).to.match(/^Call 999 now/);
  });
});
