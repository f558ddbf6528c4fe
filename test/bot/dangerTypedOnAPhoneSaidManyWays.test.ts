/**
 * Danger as people type it on a phone: typos, slang, no punctuation, buried after a question, on Teams with an
 * @mention. Someone following the resident home, a stranger trying car doors, an alarm and smashing glass, a child not
 * breathing, someone threatening to jump, a crash with someone trapped, a dog attacking a child, smoke from a flat: all
 * "Call 999 now". Look-alikes (figures of speech, films and games, things past) never lead with "Call 999 now".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
/** "T:" marks a message sent on Teams. */
const talk = (say: string) => new Conversation(say.startsWith('T:') ? 'msteams' : 'webchat', FRIDAY);
const text = (say: string) => (say.startsWith('T:') ? say.slice(2) : say);

describe('danger typed on a phone, said many ways', () => {
  for (const say of [
    'someone is following me home rn what do i do',
    'theres a guy been following me since the station and hes still behind me',
    'man following me home pls help',
    'im walking home and some bloke keeps following me',
    'T:<at>StationDesk</at> theres a man following me home right now',
    'someone following me down my road i think hes gonna grab me',
    'a man is trying car doors on my street right now',
    'some guy going down the road trying all the car door handles',
    'theres a lad checking car doors outside my house atm',
    '2 men trying the doors of cars on our road now',
    'someone is going along the street pulling car door handles',
    'my neighbours alarm is going off and i can hear glass smashing',
    'next doors burglar alarm going off and sounds like smashing glass',
    'i can hear glass breaking next door and there alarm is ringing',
    'alarm going off across the road and someone just smashed a window',
    'my baby isnt breathing',
    'my son is not breathing properly please',
    'T:<at>StationDesk</at> my little girl has stopped breathing',
    'toddler not breathing help',
    'child not breathing and blue lips',
    'theres a man on the bridge saying hes going to jump',
    'my friend says shes gonna jump off her balcony',
    'someone standing on the edge of the roof threatening to jump',
    'my brother is threatening to jump in front of a train',
    'a girl on the bridge over the a406 looks like she wants to jump',
    'car crash outside my house someone trapped inside',
    'theres been a crash on the high road and a man is stuck in his car',
    'accident on the north circ someone trapped in the car',
    'a van hit a car and the driver is trapped',
    'a dog is attacking a child in the park',
    'a dog is biting a kid on my street',
    'staffy has got hold of a little boy in the park help',
    'theres a dog mauling a child outside',
    'smoke coming out of the flat next door',
    'theres smoke pouring out of the flat above mine',
    'smoke coming from my neighbours flat and they are not answering',
    'i can smell smoke and theres smoke coming under the door of the flat opposite',
    "hi i was going to ask if brixton is open but actually there's a man following me right now and i'm scared",
    'sorry to bother u but theres smoke comin out the window of the flat downstairs',
    'my boyfriend is trying to jump out of the window',
    'some1 tryin car doors on my road',
    'i think someones following me, been behind me for ages, walking faster',
    'T:<at>StationDesk</at> dog just bit a child on our estate and it wont let go',
    'kid not breathin',
    'theres a fella on the roof of the car park sayin hes gonna jump',
  ]) {
    it(say, async () => expectCall999First(await talk(say).say(text(say)), say));
  }

  for (const say of [
    'this traffic is killing me',
    'im dying to know if brixton is open',
    'that film where the guy jumps off the roof was mad',
    'in the film a guy threatens to jump off the roof',
    'a man gets stabbed in the film',
    'in gta you can steal cars and smash windows',
    'my car alarm went off last week, is the counter open',
    'someone followed me home last year, which station can i report it at',
    'i was followed home last month and want to report it at a counter',
    'there was a crash on the a406 last week, is the road open now',
    'my dog attacked my slipper lol',
    'the smoke alarm keeps going off when i cook',
    'my neighbours alarm has been going off all day, who do i call',
    'my phone died',
    'i nearly died laughing',
    'the dog next door never stops barking',
    'i smashed my phone screen',
    'we had a fire drill at work',
    'the kids were trying the car doors in the game',
    'i felt like someone was following me but it was just my shadow lol',
    'i smashed it at the interview',
    'my mate fell down the stairs last year at uni lol, does hendon have a counter',
    'this heat is suffocating',
    'my baby wont stop crying, is there a counter near me open late',
    'someone tried my car door last night, can i report it at the front counter',
  ]) {
    it(`look-alike: ${say}`, async () => expect(firstLineOf(await talk(say).askText(text(say)))).to.not.match(/^\*\*Call 999 now/));
  }
});
