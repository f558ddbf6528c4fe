/**
 * Questions about the service and requests the bot cannot carry out, each said many ways through the real turn
 * pipeline. What a counter does that the data does not name (handing in a knife, collecting a seized car): the data's
 * silence first, not "where are you?". Walking in without an appointment and waiting times: the data is silent. How busy
 * counters are: the visit figures resident-facts.md §5 holds (busiest Charing Cross, about 15 a day, 2025–26); how big
 * they are: the data is silent. Requests to ring a counter, chase a report or open a case: declined first.
 */
import { itAnswersFirst } from './harness';

const NOT_SAID = /^My sources don't say whether police front counters do that\. Check met\.police\.uk or call 101\.$/;
const APPOINTMENT = /^My sources don't say whether you need an appointment to visit a front counter\. Check met\.police\.uk or call 101\.$/;
const WAITING = /^My sources have no information about waiting times, parking, toilets, access or other facilities at police stations\./;
const BUSIEST = /^In 2025–26, the busiest front counter was Charing Cross, about 15 a day \(daily crime reports per counter\)\.$/;
const SIZE = /^My sources don't say how big police stations or their front counters are\. Check met\.police\.uk or call 101\.$/;
const CONTACT = /^I can't contact a station or an officer for you\.$/;
const LOOKUP = /^I can't look up crime reports or cases\.$/;
const REPORT = /^\*\*Call 999 now\*\* if someone is in danger: I can't report a crime or make a complaint for you\.$/;

describe('counter tasks, sizes and requests said many ways: the first sentence answers', () => {
  itAnswersFirst(
    [
      // A task the data does not name: its silence, not a request for a postcode.
      ['can i hand in a knife at the counter', NOT_SAID],
      ['can i hand in a weapon', NOT_SAID],
      ['cn i hand in drugs i found', NOT_SAID],
      ['where can i hand in an unwanted knife', NOT_SAID],
      ['Can I surrender a firearm at the front desk?', NOT_SAID],
      ['can i collect my seized car from the counter', NOT_SAID],
      // Walking in, waiting.
      ['can i just walk in', APPOINTMENT],
      ['can u just turn up or do u need to book', APPOINTMENT],
      ['Can people just walk in?', APPOINTMENT],
      ['how long is the wait at the front desk', WAITING],
      ['how long do you have to wait at the police station', WAITING],
      // How busy, how big.
      ['which station is busiest', BUSIEST],
      ['which is the busiest police station in london', BUSIEST],
      ['busiest front counter?', BUSIEST],
      ['how busy is the front desk at charing cross', BUSIEST],
      // Two compared, one of them the busiest: answered for the two.
      ['is brixton busier than charing cross', /^In 2025–26, Charing Cross was the busiest front counter in London \(about 15 a day, daily crime reports per counter\), so busier than Brixton\.$/],
      ['which is the biggest police station', SIZE],
      ['whats the largest front counter in london', SIZE],
      ['is lewisham bigger than brixton', SIZE],
      // Requests: declined first.
      ['can u ring brixton for me', CONTACT],
      ['could you phone lewisham station for us', CONTACT],
      ['can you find out if my bike has been handed in', LOOKUP],
      ['can u check if my phone was handed in', LOOKUP],
      ['can you chase up my report', LOOKUP],
      ['pls follow up my complaint', LOOKUP],
      ['get me a crime number', REPORT],
      ['open a case for me', REPORT],
      ['can you open an investigation', REPORT],
      ['do you take reports', REPORT],
      ['can i report a crime to you', REPORT],
      ['can u take a report', REPORT],
      ['can i speak to an officer online', CONTACT],
      ['can you give me a lift to the station', /^I can't order taxis\.$/],
      ['can i claim my seized vehicle at the front desk', NOT_SAID],
    ],
    { understood: true },
  );
});
