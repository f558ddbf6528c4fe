/**
 * A theft told, then whether it can be reported at a counter asked after it ("my dog was stolen, can i report it at
 * the front desk", "my cat got stolen can i report it at a police station"): yes, in person, then 101 and online. Was
 * read as a facilities question or asked for a postcode. A thing taken told with "a" or "the" ("someone nicked a parcel
 * from my porch", "they pinched the bike out the garden last night"): the 101 and online answer. Was "can't help".
 * Controls: a suspicious package and a theft happening now lead with 999; someone arrested ("my son got nicked") is
 * custody; a counter's question after a theft is the counter's.
 */
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const YES_IN_PERSON = /^Yes, you can report a crime in person at a police front counter; if it is not an emergency you can also call 101, or report online at met\.police\.uk\./;
const REPORT = /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk\./;

describe('a theft told, then reporting it at a counter asked', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['my dog was stolen, can i report it at the front desk', YES_IN_PERSON],
    ['my bike was stolen, can i report it at the front desk', YES_IN_PERSON],
    ['my cat got stolen can i report it at a police station', YES_IN_PERSON],
    ['our van was broken into last week. can we report it at the counter?', YES_IN_PERSON],
    ['had my bag nicked on the bus, is it ok to report it at the police station', YES_IN_PERSON],
    ['someone nicked a parcel from my porch', REPORT],
    ['they pinched the bike out the garden last night', REPORT],
    ['some lads nicked a scooter from outside the shop yesterday', REPORT],
  ]);
});

describe('the controls: danger now, someone arrested, a counter asked', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ["there's a suspicious package outside the station", /^\*\*Call 999 now\*\*/],
    ['someone is stealing my car right now can i report it at the front desk', /^\*\*Call 999 now\*\*/],
    ['my son got nicked, which station is he at', /^I can't check whether someone has been arrested/],
    ['my dog was stolen, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
  ]);
});
