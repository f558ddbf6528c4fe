/**
 * Streets and towns: a London street named for a town far from London ("Brighton Road", "Rochester Row", "Watford
 * Way") is a street we do not know, not the town and not a typo of a counter's road (Brixton Road); a street said after
 * "on" with police words ("police on old kent road?") is said not found, by its name, rather than "can't help"; and a
 * town far from London said alone ("brighton") is told it is outside the Met's area.
 */
import { describe } from 'mocha';
import { PLACE_NOT_KNOWN, itAnswersFirst, itAnswersLast } from './harness';

const OUTSIDE = (town: string): RegExp => new RegExp(`^I only know an? ${town} outside London`);

describe('a London street named for a town far from London is a street, not the town', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['nearest police station to brighton road', PLACE_NOT_KNOWN('brighton road')],
    ['whats the closest cop shop to watford way', PLACE_NOT_KNOWN('watford way')],
    ['police station on rochester row', PLACE_NOT_KNOWN('rochester row')],
    ['any police near chelmsford road', PLACE_NOT_KNOWN('chelmsford road')],
    ['is there a front counter near maidstone road', PLACE_NOT_KNOWN('maidstone road')],
    ['nearest nick to staines road please', PLACE_NOT_KNOWN('staines road')],
    ['closest police station to st albans road', PLACE_NOT_KNOWN('st albans road')],
    ['nearest police station to hertford road edmonton', /^The nearest front counter to Edmonton is \*\*Edmonton Police Station\*\*/],
  ]);
});

describe('the controls: the towns themselves, and London streets the data holds', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['is there a police station in brighton', /^I only know a Brighton outside London/],
    ['nearest police station to watford', /^Watford \(Hertfordshire\) is outside London/],
    ['nearest police to brixton road', /\*\*Brixton Police Station\*\*/],
    ['nearest police to gloucester road', /^The nearest front counter to Gloucester Road is/],
    ['liverpool street', /^Liverpool Street is in the City of London/],
    ['nearest station to bath road hounslow', /^The nearest front counter to Hounslow is \*\*Hounslow Police Station\*\*/],
  ]);
});

describe('a street we do not know said after "on", with police words, is named as not found', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['police on old kent road?', PLACE_NOT_KNOWN('old kent road')],
    ['police station on acre lane', PLACE_NOT_KNOWN('acre lane')],
    ['cop shop on kingsland road??', PLACE_NOT_KNOWN('kingsland road')],
    ['the police station on dover street', PLACE_NOT_KNOWN('dover street')],
    ['any front desk on portobello road', PLACE_NOT_KNOWN('portobello road')],
    ['the nick on mare street', PLACE_NOT_KNOWN('mare street')],
  ]);
  // Asked of one counter, the question of which counter stays; asked where, the place is asked for; with a place said
  // too, the place answers.
  itAnswersFirst([
    ['is there a cop shop on kingsland road', /^To find the nearest front counter, I need to know where you are/],
    ['did the station on rochester row shut', /^Which police station/],
    ['im on acre lane in brixton whats the nearest police station', /^The nearest front counter to Brixton is/],
    ['i work on fleet street', /^Sorry, I can't help with that/],
  ]);
});

describe('a town far from London said alone', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['brighton', OUTSIDE('Brighton')],
    ['manchester?', OUTSIDE('Manchester')],
    ['Sheffield', OUTSIDE('Sheffield')],
    ['leeds', OUTSIDE('Leeds')],
  ]);
  itAnswersLast([
    [['nearest police station please', 'brighton'], /outside London|Brighton/],
    [['nearest to SE1', 'brighton'], OUTSIDE('Brighton')],
  ]);
  // Nonsense and London's own names said alone keep their answers.
  itAnswersFirst([
    ['watford', /^Watford \(Hertfordshire\) is outside London/],
    ['asdfgh', /^Sorry, I didn't understand/],
  ]);
});
