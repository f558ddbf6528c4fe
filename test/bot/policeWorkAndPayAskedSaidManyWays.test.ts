/**
 * What police officers and PCSOs do, their powers, ranks, uniform and pay, and strikes ("what does a pcso do", "how much
 * do police officers earn", "are the police on strike", "what rank is a sergeant", "can police search my car"): the data
 * (about front counters) says none of it, so the first sentence says that is not known, naming what was asked, then where
 * to check; rather than a bare "Sorry, I can't help with that" or a place not found ("do police have to wear uniform").
 * The Met commissioner's name, however spelt, is the Met as a whole. Controls: officer numbers (crime figures), becoming
 * a PCSO (a job), what a front counter does, an officer coming round, a counter's hours. Through the bot.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const NOT_KNOWN = /^I don't know that: my sources don't cover what police officers and PCSOs do, their powers, ranks or pay, or strikes\. They are about London's police front counters\. Check met\.police\.uk or call 101\./;
const THE_MET = /^My sources don't cover the Met as a whole \(who leads, runs or funds it, or how big it is\)/;

describe('police work and pay asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what does a pcso do', NOT_KNOWN],
      ['how much do police officers earn', NOT_KNOWN],
      ['how much do pcsos get paid', NOT_KNOWN],
      ['what do coppers get paid', NOT_KNOWN],
      ['police salary london', NOT_KNOWN],
      ['are the police on strike', NOT_KNOWN],
      ['are police officers allowed to strike', NOT_KNOWN],
      ['what rank is a sergeant', NOT_KNOWN],
      ['do police have to wear uniform', NOT_KNOWN],
      ['can police search my car', NOT_KNOWN],
      ['what powers do pcsos have', NOT_KNOWN],
      ["what is the met commissioner's name", THE_MET],
      ['whats the met commisioners name', THE_MET],
      ['who is the met commissioner', THE_MET],
    ],
    { understood: true },
  );
  itAnswersLast([
    [['is brixton open now?', 'what does a pcso do'], NOT_KNOWN],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      ['how many police officers are there in london', /^My sources don't cover crime figures or police officer numbers/],
      ['how do i become a pcso', /^I can't help with jobs or joining the police/],
      ['what does a front counter do', /^A front counter \(front desk\) is the public desk in a police station/],
      ['can police come to my house', /^\*\*Call 999 now\*\* if someone is in danger: I can't send an officer\./],
      ['what time does brixton police station close', /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
      ['is brixton open during the strike', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ]);
  });
});
