/**
 * A parcel or delivery asked after, through the real bot ("where is my parcel", "can you track my parcel", "my amazon
 * delivery hasnt come"): not a police matter, so first that the bot can't help (it only knows London's police front
 * counters), never what the bot keeps about the resident ("track" read as privacy) nor "which station would you like the
 * address of?". Controls: a parcel stolen is a crime to report; a threat from a driver is danger, 999 first; a court
 * order keeps its own answer; a suspicious or unattended package is danger.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const CANT_HELP = /^Sorry, I can't help with that: I only know about London's police front counters\.$/;

describe('a parcel or delivery asked after, said many ways', () => {
  itAnswersFirst([
    ['where is my parcel', CANT_HELP],
    ['can you track my parcel', CANT_HELP],
    ['my amazon delivery hasnt come', CANT_HELP],
    ['wheres my package?', CANT_HELP],
    ['royal mail tracking number', CANT_HELP],
    ['when will my delivery arrive', CANT_HELP],
    ['can u track a package for me', CANT_HELP],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      ['my parcel was stolen off my doorstep', /^To report a crime that is not an emergency: call 101/],
      ['i need a restraining order', /^I can't give legal advice/],
      ['do you store my data', /^I keep only what this conversation needs/],
    ]);

    for (const said of ['the delivery driver is threatening me outside', 'there is an unattended package at the bus stop', 'theres a suspicious package outside my door']) {
      it(`danger control: ${said}`, async () => expect999First(await new Conversation().say(said), said));
    }
  });
});
