/**
 * Everyday matters a resident brings to a police-counter bot that are the council's: noise from neighbours, a party or a
 * barking dog ("who do i complain to about my neighbours noise", "loud party next door every night who do i report it
 * to"), and an animal lost, found or stray ("i found a dog", "there's a stray cat in my garden"). The first line says what
 * the bot cannot do and where to go instead, the local council (was: a complaint about the police, 101 for a crime, or a
 * bare "Sorry, I can't help with that"); then 999 if anyone is in danger, and 101 / met.police.uk (the data's routes). No
 * number is made up. Controls: a pet stolen is a crime; an animal asked of a counter says what the sources do not say;
 * noise asked with a counter's hours is the counter's; violence or threats next door lead with 999. Through the bot.
 */
import { expect } from 'chai';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const NOISE = /^I can't take noise complaints: I only know about London's police front counters\. Noise from neighbours, parties or barking dogs is for your local council: contact them\.$/;
const ANIMAL = /^I can't help with lost, found or stray animals: I only know about London's police front counters\. Your local council can tell you what to do about a stray or found dog or other animal\.$/;

describe("the council's noise or an animal astray, said many ways", function () {
  this.timeout(60_000);
  describe('noise', () => {
    itAnswersFirst(
      [
        ['who do i complain to about my neighbours noise', NOISE],
        ['loud party next door every night who do i report it to', NOISE],
        ['my neighbours are so loud every night what can i do', NOISE],
        ['who deals with noisy neighbours', NOISE],
        ['can i report noise to the police', NOISE],
        ['theres a dog barking all night next door', NOISE],
        ['upstairs neighbour plays music til 3am every night', NOISE],
        ['the flat above me is so noisy at 2am who do i ring', NOISE],
        ['do the police deal with noise complaints', NOISE],
        ['noise complaint about my neighbours', NOISE],
      ],
      { understood: true },
    );
    itAnswersLast([[['is brixton open now?', 'my neighbours are really noisy, who do i tell'], NOISE]]);
  });

  describe('an animal lost, found or stray', () => {
    itAnswersFirst(
      [
        ['i found a dog', ANIMAL],
        ["there's a stray cat in my garden", ANIMAL],
        ['found a cat wandering near my house', ANIMAL],
        ['theres a stray dog on my road who do i call', ANIMAL],
        ['ive lost my dog', ANIMAL],
        ['my cat is missing what should i do', ANIMAL],
        ['our puppy ran away in lewisham', ANIMAL],
        ['my dog has gone missing in hackney', ANIMAL],
      ],
      { understood: true },
    );
  });

  it('then 999 for danger and the police routes, and no number made up', async () => {
    for (const say of ['who do i complain to about my neighbours noise', 'i found a dog']) {
      const text = await new Conversation().askText(say);
      expect(text, say).to.match(/If anyone is in danger or being threatened, call 999\. Otherwise the police are on 101 or met\.police\.uk\./);
      for (const number of text.match(/\b\d{3,}\b/g) ?? []) expect(['999', '101'], `${say}: ${number}`).to.include(number);
    }
  });

  describe('controls', () => {
    itAnswersFirst([
      ['my dog was stolen', /^To report a crime that is not an emergency: call 101/],
      ['can i report a lost dog at the front desk', /^My sources don't say whether front counters deal with lost, found or stray animals\./],
      ['is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ['how do i renew my passport', /^I can't help with passports, and I don't know where passport offices are or their numbers: I only know about London's police front counters\. Check gov\.uk\.$/],
      ['when are the bins collected in croydon', /^I can't help with council services, and I don't know councils' numbers or addresses: I only know about London's police front counters\. Check your council's website\.$/],
    ]);
    it999FirstAsControls([
      'neighbours shouting and screaming next door i think hes hurting her',
      'my neighbour threatened me over the noise',
      "there's a party next door and someone has a knife",
      'my neighbours are loud and banging on my door threatening me',
      'a dog is attacking my son outside the police station',
    ]);
  });
});
