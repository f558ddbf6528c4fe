/**
 * The bot called rubbish, garbage or trash ("ur rubbish", "this bot is trash"), many ways, through the real bot: the
 * apology for not being more help, as for "you're useless", not "I can't help with that" as if the bins were asked
 * about. Rubbish collection, a bin day and garbage asked about keep the everyday-matter answer.
 */
import { itAnswersFirst } from './harness';

const SORRY = /^Sorry I haven't been more help\. I'm a simple assistant that only knows about London's police front counters\./;
const NOT_OURS = /^Sorry, I can't help with that: I only know about London's police front counters\./;

describe('the bot called rubbish, said many ways: the apology for not being more help', () => {
  itAnswersFirst([
    ['ur rubbish', SORRY],
    ['your rubbish', SORRY],
    ['you are garbage', SORRY],
    ['u r so rubbish', SORRY],
    ['this bot is trash', SORRY],
    ['thats rubbish', SORRY],
    ['this app is absolutely rubbish', SORRY],
  ]);
});

describe('near the bot called rubbish: rubbish and garbage as everyday matters, as before', () => {
  itAnswersFirst([
    ['when is rubbish collected in croydon', NOT_OURS],
    ['this rubbish on my street hasnt been collected', NOT_OURS],
    ['your rubbish collection is late', NOT_OURS],
    ['where do i take garbage', NOT_OURS],
  ]);
});
