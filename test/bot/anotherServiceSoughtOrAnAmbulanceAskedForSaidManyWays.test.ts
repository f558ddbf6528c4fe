/**
 * Two kinds told apart from a counter question, through the real bot:
 * - an ambulance asked for, however said ("get me an ambulance", "pls get us an ambulance", "ring an ambulance"):
 *   999 first, asking for an ambulance, never "Sorry, I can't help with that";
 * - another service sought near a counter ("is there a hospital near brixton police station", "any doctors near the
 *   police station in ilford"): out of scope first, never the counter as if it were what was sought.
 * Controls: a counter sought near a hospital, transport near a counter (no routes, but where it is), and danger.
 */
import { itAnswersFirst } from './harness';

const AMBULANCE = /^\*\*Call 999 now\*\* and ask for an ambulance\./;
/** The other service not known, said first (the counter named follows, as where). */
const ANOTHER_SERVICE = /^I don't know where hospitals, cash machines, courts, shops or other services are: I only know about London's police front counters\./;

describe('another service sought, or an ambulance asked for, said many ways', () => {
  describe('an ambulance asked for', () => {
    itAnswersFirst([
      ['get me an ambulance', AMBULANCE],
      ['can you get me an ambulance', AMBULANCE],
      ['pls get us an ambulance', AMBULANCE],
      ['ring an ambulance', AMBULANCE],
      ['phone the ambulance', AMBULANCE],
      ['my nan needs an ambulance', AMBULANCE],
      ['fetch an ambulance quick', AMBULANCE],
    ]);
  });

  describe('another service sought near a counter', () => {
    itAnswersFirst([
      ['is there a hospital near brixton police station', ANOTHER_SERVICE],
      ['any doctors near the police station in ilford', ANOTHER_SERVICE],
      ['whats the closest pharmacy to lewisham police station', ANOTHER_SERVICE],
      ['is there a post office by wembley police station', ANOTHER_SERVICE],
      ['nearest fire station to croydon police station', ANOTHER_SERVICE],
      ['a dentist near tottenham police station?', ANOTHER_SERVICE],
    ]);
  });

  describe('controls', () => {
    itAnswersFirst([
      ['nearest police station to kings college hospital', /^I couldn't find "kings college hospital"/],
      ['nearest train station to lewisham police station', /^I don't have bus, Tube or train routes, but \*\*Lewisham Police Station\*\* is at/],
      ['is brixton police station open', /^Yes, \*\*Brixton Police Station\*\* is open/],
      ['someone collapsed outside the hospital near brixton police station', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
