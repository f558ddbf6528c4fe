/**
 * Names and places as residents write them, said many ways through the real bot:
 * - a place whose name is everyday words, said first ("new cross nearest front desk"): the place;
 * - a London neighbourhood that shares its name with a town near London the data has a point for (Newington, by the
 *   Elephant and Castle, and Newington in Kent): London's, and with no point for it, said not found and its postcode asked;
 * - a name introduced ("my name is Victoria", "I'm Paddy, ..."): a person, not a place;
 * - a map of where a counter is ("is there a map of where ilford police station is"): the map answer, with the address;
 * - firearms paperwork ("shotgun cert"): a licence the bot cannot issue, not danger;
 * - a venue the data has no point for ("the O2", "Twickenham Stadium"): said not found, never a postcode or the counter
 *   its first word names.
 * Danger told with the same words still leads with 999.
 */
import { expect } from 'chai';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst, NOT_UNDERSTOOD } from './harness';

const NEAREST_TO = (place: string, desk: string) => new RegExp(`^The nearest (?:open )?front counter to ${place} is \\*\\*${desk} Police Station\\*\\*`);
const NOT_FOUND = (name: string) => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know`);
const POSTCODE_ASKED = /Tell me its postcode/;
const CANNOT_SEND_MAP = (station: string, address: string) =>
  new RegExp(`^I can't give turn-by-turn directions myself, but \\*\\*${station} Police Station\\*\\* is at ${address}\\.$`);
const LICENCES = /^I can't do police checks, licences or certificates/;

describe('names and places as residents write them, said many ways', () => {
  describe('a place of everyday words said first, before the question', () => {
    itAnswersFirst(
      [
        ['new cross nearest front desk', NEAREST_TO('New Cross', 'Lewisham')],
        ['new cross, where do i go', NEAREST_TO('New Cross', 'Lewisham')],
        ['hi new cross nearest counter', NEAREST_TO('New Cross', 'Lewisham')],
        ['new cross police', NEAREST_TO('New Cross', 'Lewisham')],
        ['new cross opening hours', NEAREST_TO('New Cross', 'Lewisham')],
        ['new malden nearest front desk', NEAREST_TO('New Malden', 'Kingston')],
        ['morning, new malden whats nearest', NEAREST_TO('New Malden', 'Kingston')],
        ['new barnet opening times', NEAREST_TO('New Barnet', 'Colindale')],
        ['seven sisters nearest station', NEAREST_TO('Seven Sisters', 'Tottenham')],
        ['hello seven sisters opening times', NEAREST_TO('Seven Sisters', 'Tottenham')],
        ['west end nearest station', NEAREST_TO('West End', 'Charing Cross')],
        ['new cross gate nearest police', NEAREST_TO('New Cross Gate', 'Lewisham')],
        ['west ham nearest desk', NEAREST_TO('West Ham', 'Stratford')],
        ['south norwood police', NEAREST_TO('South Norwood', 'Croydon')],
        ['upper norwood nearest front counter', NEAREST_TO('Upper Norwood', 'Croydon')],
        ['high barnet nearest police station', NEAREST_TO('High Barnet', 'Colindale')],
        ['new southgate closest station', NEAREST_TO('New Southgate', 'Tottenham')],
        ['old street nearest police', NEAREST_TO('Old Street', 'Islington')],
        ['london fields nearest desk', NEAREST_TO('London Fields', 'Bethnal Green')],
      ],
      { understood: true },
    );

    it('"new malden police hours" is New Malden\'s own counter, which closed, with the nearest open', async () => {
      const text = await new Conversation().askText('new malden police hours');
      expect(firstLineOf(text)).to.match(/New Malden/);
      expect(text).to.match(/Nearest open now: \*\*Kingston\*\*/);
    });

    it('"old kent road police": a road the data has no point for is said not found, and its postcode asked', async () => {
      const text = await new Conversation().askText('old kent road police');
      expect(firstLineOf(text)).to.match(NOT_FOUND('old kent road'));
      expect(text).to.match(POSTCODE_ASKED);
    });

    describe('controls: everyday words said first that are no place stay the question', () => {
      it('"new hours for brixton" is Brixton\'s hours', async () => {
        expect(firstLineOf(await new Conversation().askText('new hours for brixton'))).to.match(/^\*\*Brixton Police Station\*\* is open/);
      });
      it('"lost phone nearest station" asks where the resident is', async () => {
        expect(firstLineOf(await new Conversation().askText('lost phone nearest station'))).to.not.match(/^The nearest front counter to /);
      });
    });
  });

  describe("Newington: London's, not Kent's; with no point for it, said not found and its postcode asked", () => {
    for (const say of ['is newington open', 'nearest desk to newington', 'i live in newington where do i go', 'newington police station hours', 'newington nearest front desk', 'im in newington, any counter near me']) {
      it(say, async () => {
        const text = await new Conversation().askText(say);
        expect(firstLineOf(text)).to.match(NOT_FOUND('newington'));
        expect(text).to.match(POSTCODE_ASKED);
        expect(text).to.not.match(/Kent|outside London|Stoke Newington/);
      });
    }
    it('Kent\'s Newington, named with its county, is still Kent\'s', async () => {
      expect(firstLineOf(await new Conversation().askText('nearest station to newington kent'))).to.match(/^Newington \(Kent\) is outside London/);
    });
    it('Stoke Newington is still Stoke Newington', async () => {
      expect(firstLineOf(await new Conversation().askText('stoke newington opening hours'))).to.match(/^\*\*Stoke Newington Police Station\*\* is open/);
    });
  });

  describe('a name introduced is a person, not a place', () => {
    itAnswersFirst(
      [
        ['my name is victoria, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['hello, I\'m Victoria. What time does Brixton close?', /^\*\*Brixton Police Station\*\* is open until 22:00/],
        ['hi im kingston, is lewisham open', /^Yes, \*\*Lewisham Police Station\*\* is open now/],
        ["i'm called richmond, nearest desk to brixton", NEAREST_TO('Brixton', 'Brixton')],
        ["the name's Barnet, opening hours for ilford", /^\*\*Ilford Police Station\*\* is open/],
        ['you can call me ealing. is hammersmith open', /^Yes, \*\*Hammersmith Police Station\*\* is open now/],
        ['my names sutton and im in croydon where do i go', NEAREST_TO('Croydon', 'Croydon')],
        ['my name is john and i live in croydon, nearest desk?', NEAREST_TO('Croydon', 'Croydon')],
      ],
      { understood: true },
    );

    for (const say of ["i'm paddy, where's the nearest desk", 'Hi, I\'m Victoria, where is my nearest police counter?']) {
      it(`"${say}": no place named, so where the resident is is asked`, async () => {
        expect(firstLineOf(await new Conversation().askText(say))).to.match(/^To find the nearest front counter, I need to know where you are\./);
      });
    }
    it('"this is sutton from hr" is not about Sutton\'s counter', async () => {
      expect(await new Conversation().askText('this is sutton from hr')).to.not.match(/Sutton Police Station/);
    });

    describe('controls: where the resident is, said with "I\'m", is still a place', () => {
      itAnswersFirst(
        [
          ["i'm in sutton", NEAREST_TO('Sutton', 'Sutton')],
          ['im at victoria, nearest?', NEAREST_TO('Victoria', 'Charing Cross')],
          ["i'm in croydon, is it open", /^Yes, \*\*Croydon Police Station\*\* is open now/],
        ],
        { understood: true },
      );
    });
  });

  describe('a map of where a counter is: the map answer, with the address', () => {
    const ILFORD = CANNOT_SEND_MAP('Ilford', '270-294 High Road, Ilford IG1 1GT');
    itAnswersFirst(
      [
        ['is there a map of where ilford police station is', ILFORD],
        ['is there a map showing ilford police station', ILFORD],
        ['show me where croydon police station is on a map', CANNOT_SEND_MAP('Croydon', '71 Park Lane, Croydon CR9 1BP')],
        ['have you got a map of lewisham police station', CANNOT_SEND_MAP('Lewisham', '43 Lewisham High Street, Lewisham SE13 5JZ')],
        ['any map for where the walworth police station is', CANNOT_SEND_MAP('Walworth', '12-28 Manor Place, Walworth SE17 3BB')],
        ['is there a map showing brixton police station', CANNOT_SEND_MAP('Brixton', '367 Brixton Road, Brixton SW9 7DD')],
      ],
      { understood: true },
    );
    it('controls: "is there a police station in ilford" is still the borough\'s counters', async () => {
      expect(firstLineOf(await new Conversation().askText('is there a police station in ilford'))).to.match(/^Yes, in Ilford\. Redbridge has one police front counter/);
    });
    it('controls: "is there a map of police stations in croydon" is the borough\'s counters', async () => {
      expect(firstLineOf(await new Conversation().askText('is there a map of police stations in croydon'))).to.match(/^Croydon has one police front counter/);
    });
  });

  describe('firearms paperwork is a licence the bot cannot issue, not danger', () => {
    itAnswersFirst(
      [
        ['shotgun cert', LICENCES],
        ['shotgun certificate renewal', LICENCES],
        ['firearms licence where do i go', LICENCES],
        ['where do i renew my shotgun certificate', LICENCES],
        ['licence for my shotgun', LICENCES],
        ['gun cert renewal', LICENCES],
        ['firearms cert', LICENCES],
        ['certificate to own a rifle', LICENCES],
        ['shotgun licensing', LICENCES],
        ['rifle permit, which station', LICENCES],
      ],
      { understood: true },
    );

    it('talk about weapons with a threat word that is no threat stays no danger ("the knife crime figures are threatening to get worse")', async () => {
      expect(firstLineOf(await new Conversation().askText('the knife crime figures are threatening to get worse'))).to.not.match(/999/);
    });

    describe('danger told with the same words: 999 first', () => {
      for (const said of [
        'man with a shotgun outside',
        "he's got a gun",
        'shotgun',
        'theres a man with a gun and a shotgun certificate outside',
        'he has a shotgun and a licence for it and hes threatening me',
        'my neighbour is pointing a shotgun at me',
        // Paperwork told beside a weapon turned on someone is still danger.
        'my neighbour has a shotgun licence and is waving it at me',
        'he has a shotgun certificate and is waving it at me',
        'my ex has a firearms certificate and threatened to shoot me',
        'my husband has a gun licence and keeps threatening me with his shotgun',
      ]) {
        it(said, async () => expectCall999First(await new Conversation().say(said), said));
      }
    });
  });

  describe('a venue the data has no point for: said not found, never a postcode or another place', () => {
    for (const [say, name] of [
      ['nearest station to the O2', 'o2'],
      ['nearest police to o2', 'o2'],
      ['police near the o2 arena', 'o2 arena'],
      ['twickenham stadium police station', 'twickenham stadium'],
      ['nearest desk to twickenham stadium', 'twickenham stadium'],
      ['emirates stadium nearest police station', 'emirates stadium'],
      ['is there a police station near the emirates stadium', 'emirates stadium'],
    ] as const) {
      it(say, async () => {
        const text = await new Conversation().askText(say);
        expect(firstLineOf(text)).to.match(NOT_FOUND(name));
        expect(text).to.match(POSTCODE_ASKED);
        expect(text).to.not.match(/the postcode O2|Twickenham Police Station/);
      });
    }
    it('"stamford bridge stadium nearest police": the venue, not found, its postcode asked', async () => {
      const text = await new Conversation().askText('stamford bridge stadium nearest police');
      expect(firstLineOf(text)).to.match(NOT_FOUND('stamford bridge stadium'));
      expect(text).to.match(POSTCODE_ASKED);
    });
    it('"police near stamford bridge": the only Stamford Bridge known is outside London, and a London postcode is asked, never a counter', async () => {
      const text = await new Conversation().askText('police near stamford bridge');
      expect(firstLineOf(text)).to.match(/^I only know a Stamford Bridge outside London/);
      expect(text).to.match(/If you meant a Stamford Bridge in London, tell me its postcode or area\./);
      expect(text).to.not.match(/Police Station\*\*/);
    });
    it('a venue the data has (Wembley Stadium) is answered from its point', async () => {
      expect(firstLineOf(await new Conversation().askText('nearest desk to wembley stadium'))).to.match(NEAREST_TO('Wembley Stadium', 'Wembley'));
    });
    it('controls: real postcodes are still postcodes', async () => {
      expect(firstLineOf(await new Conversation().askText('nearest to e17'))).to.match(NEAREST_TO('E17', 'Tottenham'));
      expect(firstLineOf(await new Conversation().askText('nearest to w1'))).to.match(NEAREST_TO('W1', 'Charing Cross'));
      expect(await new Conversation().askText('nearest police station to ZZ99 9ZZ')).to.match(/I couldn't find the postcode ZZ99 9ZZ/);
    });
    it('a bare "o2" is not read as a postcode', async () => {
      expect(await new Conversation().askText('o2')).to.not.match(/postcode O2/);
    });
    it('danger at a venue: 999 first', async () => {
      const said = 'someone has been stabbed outside the o2 arena';
      expectCall999First(await new Conversation().say(said), said);
    });
  });

  it('the replies here are never the apology for not understanding, where a place was asked', async () => {
    expect(await new Conversation().askText('new cross nearest front desk')).to.not.match(NOT_UNDERSTOOD);
  });
});
