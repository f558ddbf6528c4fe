/**
 * A place named with a thing of its own after it ("old street roundabout", "walthamstow market", "wood green shopping
 * centre", "bank junction", "catford gyratory"): where the thing is, is the place, so the nearest desks are the
 * place's. Only when the whole wording names nothing the data knows and the words before the thing name a place
 * exactly; a thing with no place before it ("the local market") still asks where the resident is, and danger said
 * the same way leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

describe('a place named with a thing of its own is that place', function () {
  this.timeout(120_000);
  for (const [say, place] of [
    ['nearest police station to old street roundabout', 'Old Street'],
    ['old street roundabout nearest police station', 'Old Street'],
    ['police station near walthamstow market', 'Walthamstow'],
    ['police near wood green shopping centre', 'Wood Green'],
    ['police station near bow roundabout', 'Bow'],
    ['nearest police to angel tube', 'Angel'],
    ['police near hackney central overground', 'Hackney Central'],
    ['police station near elephant and castle shopping centre', 'Elephant & Castle'],
    ['police near catford gyratory', 'Catford'],
    ['closest front counter to stratford bus station', 'Stratford'],
  ] as const) {
    it(`"${say}" -> ${place}`, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(new RegExp(`^The nearest front counter to ${place} is \\*\\*`));
    });
  }

  it('a thing in the City of London is in the City, with its own police', async () => {
    expect(firstLineOf(await new Conversation().askText('nearest police to bank junction'))).to.match(/^Bank is in the City of London, which has its own police force/);
  });
});

describe('a thing with no place before it, or danger there, is not a place found', function () {
  this.timeout(60_000);
  for (const say of ["i'm at the local market where's the nearest police station", 'nearest police station to the high street market']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/^To find the nearest front counter, I need to know where you are/);
    });
  }
  it('danger at a roundabout leads with 999', async () => {
    expect(firstLineOf(await new Conversation().askText('someone is getting stabbed at old street roundabout right now'))).to.match(/\b999\b/);
  });
});

describe('a place whose name begins with an everyday word, or holds a word of a topic, is that place', function () {
  this.timeout(60_000);
  for (const [say, place] of [
    ['police near great portland street', 'Great Portland Street'],
    ['police near earls court', 'Earls Court'],
    // A name joined by "by" ("bromley by bow", typed with or without hyphens) is one place, not Bromley.
    ['police station near bromley by bow', 'Bromley-by-Bow'],
    ['nearest police station to bromley-by-bow', 'Bromley-by-Bow'],
  ] as const) {
    it(`"${say}" -> ${place}`, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(new RegExp(`^The nearest front counter to ${place} is \\*\\*`));
    });
  }

  it('"is there a police station in great portland street": none there, said first, then the nearest to it', async () => {
    expect(firstLineOf(await new Conversation().askText('is there a police station in great portland street'))).to.match(/^I know of no police front counter in Great Portland Street, which is in [^.]+\. The nearest front counter to Great Portland Street is \*\*/);
  });

  it('"is there a police station in earls court": its own counter closed (Kensington, in Earl\'s Court Road), and its borough has none now', async () => {
    expect(firstLineOf(await new Conversation().askText('is there a police station in earls court'))).to.match(/^No: the front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026\. There is no police front counter in \*\*Kensington and Chelsea\*\* now/);
  });

  it('"did anyone take the met to court over it" still asks about the courts', async () => {
    expect(firstLineOf(await new Conversation().askText('did anyone take the met to court over it'))).to.not.match(/Earls Court/);
  });
});
