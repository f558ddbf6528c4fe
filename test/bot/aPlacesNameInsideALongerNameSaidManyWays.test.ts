/**
 * A known place's name inside a longer name the data does not know: a word after it that makes another place or a
 * landmark ("victoria park", "hampton hill", "richmond park", "tooting common", "kingston hospital") or a direction
 * before it ("north woolwich", "upper tooting"): answered for the place the data knows, saying first that it does not
 * know the longer name and which place it used, and asking a postcode for the place itself; never silently answered
 * for another place. A road named after a place ("romford road", "croydon lane") leads to it from elsewhere: not known,
 * asked a postcode for. With its area or district said too ("victoria park e9", "romford road forest gate") the area is
 * used. A name only like a place's inside a landmark's ("the royal london hospital", not Royalty Studios) is the
 * landmark, not known. Controls: names the data knows whole ("kings cross", "crystal palace", "wood green", "finsbury
 * park", "green park", "clapham common", "west norwood") and the short names alone ("victoria", "hampton") are as
 * before; a part of a place ("croydon town centre", "ilford high street", "brixton market") stays that place; a
 * direction before a counter's name stays asked a postcode for; danger leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, PLACE_NOT_KNOWN, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const USED_FOR = (said: string, used: string) => new RegExp(`^I don't know ${said}, so this is for ${used}\\. The nearest front counter (?:open now )?to ${used} is \\*\\*`);

describe('a place\'s name inside a longer name, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police station to victoria park', USED_FOR('Victoria Park', 'Victoria')],
      ['im near victoria park where do i go', USED_FOR('Victoria Park', 'Victoria')],
      ['nearest police station to north woolwich', USED_FOR('North Woolwich', 'Woolwich')],
      ['police station in hampton hill', USED_FOR('Hampton Hill', 'Hampton')],
      ['is hampton hill police station open', USED_FOR('Hampton Hill', 'Hampton')],
      ['whats the nearest cop shop to richmond park pls', USED_FOR('Richmond Park', 'Richmond')],
      ['nearest police station to tooting common', USED_FOR('Tooting Common', 'Tooting')],
      ['nearest police station to upper tooting', USED_FOR('Upper Tooting', 'Tooting')],
      ['nearest police station to north finchley', USED_FOR('North Finchley', 'Finchley')],
      ['police station near kingston hospital', /^I don't know Kingston Hospital, so this is for Kingston\. The nearest front counter to Kingston is \*\*Kingston Police Station\*\*/],
      ['nearest police station to greenwich park', USED_FOR('Greenwich Park', 'Greenwich')],
    ],
    { understood: true, now: FRIDAY },
  );

  it('asks a postcode for the longer name itself, after the answer', async () => {
    const reply = await new Conversation('webchat', FRIDAY).askText('nearest police station to victoria park');
    expect(reply).to.match(/For Victoria Park itself, tell me its postcode/);
  });

  describe('a road named after a place, or a landmark named like one, is not known', () => {
    itAnswersFirst(
      [
        ['nearest police station to croydon lane', PLACE_NOT_KNOWN('croydon lane')],
        ['any police near kingston avenue', PLACE_NOT_KNOWN('kingston avenue')],
        ['nearest police station to the royal london hospital', PLACE_NOT_KNOWN('royal london hospital')],
      ],
      { understood: true, now: FRIDAY },
    );
  });

  describe('with its area or district said, the area is used', () => {
    itAnswersFirst(
      [
        ['nearest police station to victoria park e9', /^The nearest front counter to E9 is \*\*/],
        ['nearest police station to victoria park hackney', /^The nearest front counter to Hackney is \*\*/],
        ['nearest police station to romford road forest gate', /^The nearest front counter to Forest Gate is \*\*/],
        ['police near hampton hill twickenham', /^The nearest front counter to Twickenham is \*\*/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['nearest police station to victoria park', 'E9'], /^The nearest front counter open now to \*\*E9\*\* is \*\*/]], FRIDAY);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['nearest police station to victoria', /^The nearest front counter to Victoria is \*\*Charing Cross Police Station\*\*/],
        ['nearest police station to hampton', /^The nearest front counter to Hampton is \*\*Kingston Police Station\*\*/],
        ['nearest police station to kings cross', /^The nearest front counter to King's Cross is \*\*/],
        ['nearest police station to crystal palace', /^The nearest front counter to Crystal Palace is \*\*/],
        ['police near wood green', /^The nearest front counter to Wood Green is \*\*/],
        ['nearest police station to finsbury park', /^The nearest front counter to Finsbury Park is \*\*/],
        ['nearest police station to green park', /^The nearest front counter to Green Park is \*\*/],
        ['police near clapham common', /^The nearest front counter to Clapham Common is \*\*/],
        ['nearest police station to west norwood', /^The nearest front counter to West Norwood is \*\*/],
        ['nearest police station to croydon town centre', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
        ['nearest police to ilford high street', /^The nearest front counter to Ilford is \*\*Ilford Police Station\*\*/],
        ['nearest police station to brixton market', /^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/],
        ['is west brixton police station open', PLACE_NOT_KNOWN('west brixton')],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is being stabbed in victoria park right now'], FRIDAY);
  });
});
