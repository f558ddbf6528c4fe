/**
 * Another person doing it, not the bot: "can my mum report it for me", "can a friend call 101 for me" ask whether
 * someone else may, so the ways to report or call are given, not "I can't report a crime for you". Asked of the bot
 * ("can you report it for me"), the decline stays; booking through someone else stays declined. And "lost property" is
 * the office for things lost: "can my son pick up my lost property" is no one missing.
 */
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';
import { itCalls999First, itAnswersWithout999First } from './call999First';

describe('another person reports or calls for the resident: the ways to do it', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['can my mum report for me', /^To report a crime that is not an emergency: call 101, or report online/],
    ['can my friend report it for me', /^To report a crime that is not an emergency/],
    ['can someone else report a crime for me', /^To report a crime that is not an emergency/],
    ['can i report for my nan, she cant get out', /^To report a crime that is not an emergency/],
    ['can a friend call 101 for me', /^If it is not an emergency: call 101/],
    ['can my neighbour call the police for me', /^If it is not an emergency: call 101/],
  ]);
  // Asked of the bot, or a booking: declined as before.
  itAnswersFirst([
    ['can you report it for me', /I can't report a crime or make a complaint for you/],
    ['could you call the police for me', /I can't call the police for you/],
    ['can my mum book me an appointment', /^I can't book or change appointments/],
  ]);
});

describe('lost property is the office, not someone lost', function () {
  this.timeout(60_000);
  itAnswersWithout999First([
    ['can my son pick up my lost property for me', /lost property/],
    ['my daughter handed in lost property yesterday, where do i collect it', /lost property/],
    ['can my sister collect my lost and found items', /lost property/],
  ]);
  itCalls999First(['my son is lost', 'i lost my son in the crowd at stratford']);
});
