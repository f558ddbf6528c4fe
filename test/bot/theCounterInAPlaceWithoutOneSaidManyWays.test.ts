/**
 * A counter asked of by the place it would be in ("what happened to the police station in bow"), where the data has
 * no counter of that name: the first sentence says so before the nearest counter's answer, as it does for "bow police
 * station". A place named for its counter ("the police station in stratford") is that counter. Everyday words said as
 * a police station's name ("snow hill police station") are a name the bot cannot find, not a question it cannot help with.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NO_COUNTER_IN = (place: string) => new RegExp(`^My sources have no police front counter called ${place}\\. The nearest open front counter to ${place} is \\*\\*`);
const NOT_FOUND = (name: string) => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know`);

describe('the counter in a place that has none, said many ways: no counter of that name first', () => {
  itAnswersFirst([
    ['what happened to the police station in bow', NO_COUNTER_IN('Bow')],
    ['What happened to the police station in Rotherhithe?', NO_COUNTER_IN('Rotherhithe')],
    ['did the police station in bow close down', NO_COUNTER_IN('Bow')],
    ['when did the nick at rotherhithe shut', NO_COUNTER_IN('Rotherhithe')],
    ['is the front counter in wapping still there', NO_COUNTER_IN('Wapping')],
    ['what are the hours of the police station in bow', NO_COUNTER_IN('Bow')],
  ]);
});

describe('the counter in a place named for it, said many ways: that counter', () => {
  itAnswersFirst([
    ['is the police station in stratford open', /^Yes, \*\*Stratford Police Station\*\* is open/],
    ['when did the police station in kilburn close', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017/],
    ['what time does the nick in ilford open', /^\*\*Ilford Police Station\*\* opens at 10:00/],
    ['is the police station at woodford still open', /^No, the front counter at \*\*Woodford Police Station\*\* closed in 2013/],
  ]);
});

describe('everyday words said as a police station\'s name: a name not found, whoever asks', () => {
  itAnswersFirst([
    ['snow hill police station', NOT_FOUND('snow hill')],
    ['what about snow hill police station', NOT_FOUND('snow hill')],
    ['tower bridge police station', NOT_FOUND('tower bridge')],
  ]);

  it('still leads with 999 when the same words tell of danger there', async () => {
    const text = await new Conversation().askText('a man with a knife is outside the police station in bow right now');
    expect(firstLineOf(text)).to.match(/999/);
  });
});
