import { expect } from 'chai';
import type { Answer, AnswerKind } from '../../src/answers/answer';
import { renderReply } from '../../src/replies';
import { cardWords, expectWellFormed } from './replyChecks';
import * as real from './realAnswers';

const { THURSDAY_AFTERNOON: at } = real;
const d = real.dating(at);
const twickenham = real.timeline.statusAsOf('twickenham', at);

/** One or more real answers of every kind: the Record makes the compiler insist on all of them. */
const EXAMPLES: Record<AnswerKind, Answer[]> = {
  'station-status': [real.statusAnswer('twickenham', at), real.statusAnswer('brixton', at), real.statusAnswer('woodford', at)],
  'station-hours': [
    real.hoursAnswer('plumstead', { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' }, at),
    real.hoursAnswer('hayes', { kind: 'now' }, real.THURSDAY_NIGHT),
    real.hoursAnswer('charing-cross', { kind: 'week' }, at),
  ],
  'station-address': [{ kind: 'station-address', station: real.station('ilford'), status: real.timeline.statusAsOf('ilford', at), ...d }],
  'station-history': [
    real.historyAnswer('fulham', 'closure-date', at),
    real.historyAnswer('hammersmith', 'temporary-closure', at),
  ],
  'station-past': [
    real.pastAnswer('hammersmith', { kind: 'period', period: { from: '2018-01-01', to: '2018-12-31', label: '2018' } }, 'open', at),
    real.pastAnswer('ilford', { kind: 'period', period: { from: '2020-03-23', to: '2021-07-19', label: 'covid', taken: '23 March 2020 to 19 July 2021' } }, 'open', at),
    real.pastAnswer('holloway', { kind: 'before-closure' }, 'hours', at),
    real.pastAnswer('brixton', { kind: 'period', period: { from: '2015-01-01', to: '2015-12-31', label: '2015' } }, 'open', at),
  ],
  'no-location-for-station': [{ kind: 'no-location-for-station', station: { ...twickenham.station, location: null }, status: twickenham }],
  nearest: [real.nearestAnswer(real.placeOf('NW10 4AA'), '24/7', at), real.nearestAnswer(real.placeOf('SE18'), 'open-now', real.THURSDAY_NIGHT)],
  'borough-desks': [real.boroughAnswer('Richmond upon Thames', at), real.boroughAnswer('Westminster', at)],
  'list-24x7': [real.list24x7Answer(at), real.list24x7AsOfAnswer({ date: '2020-07-01', label: '1 July 2020', year: 2020 }, at)],
  'open-list': [
    real.openListAnswer(at),
    real.openListAnswer(at, { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' }),
    real.openListAnswer(real.THURSDAY_NIGHT, { kind: 'now' }),
  ],
  'counts-compared': [real.countsComparedAnswer(at)],
  'nearer-of': [real.nearerOfAnswer('E17', ['chingford', 'walthamstow-town-centre'], at), real.nearerOfAnswer('SE6', ['lewisham', 'bromley'], at)],
  'closing-list': [
    real.closingListAnswer({ kind: 'at', minutes: 19 * 60, weekdays: [6, 7] }, at),
    real.closingListAnswer({ kind: 'at', minutes: 17 * 60, weekdays: [4] }, at),
    real.closingListAnswer({ kind: 'within', minutes: 60 }, at),
    real.closingListAnswer({ kind: 'within', minutes: 60 }, real.THURSDAY_NIGHT),
  ],
  comparison: [
    real.comparisonAnswer(['lewisham', 'bromley'], { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' }, at, 'longer'),
    real.comparisonAnswer(['chingford', 'brixton', 'charing-cross'], { kind: 'now' }, real.THURSDAY_NIGHT),
  ],
  'closures-list': [real.closuresAnswer(real.roundOf('2025-front-counter-review'), at), real.closuresAnswer('all', at)],
  'saved-list': [
    real.savedAnswer(at),
    real.savedAnswer(at, { from: '2025-01-01', to: '2025-12-31', label: '2025', planId: '2025-front-counter-review' }),
    real.savedAnswer(at, { from: '2019-01-01', to: '2019-12-31', label: '2019' }),
  ],
  'kept-list': [real.keptAnswer(at, real.roundOf('2017-public-access-strategy')), real.keptAnswer(at, real.roundOf('2013-police-and-crime-plan'))],
  'moved-list': [real.movedAnswer(at)],
  'first-closure': [real.firstClosureAnswer(at)],
  reopenings: [real.reopeningsAnswer(at), real.reopeningsAnswer(at, { label: 'South London', directions: ['south'] })],
  plans: [real.plansAnswer('why', at), real.plansAnswer('2025-front-counter-review', at), real.plansAnswer('general', at), real.plansAnswer('how-many-left', at)],
  both: [
    { kind: 'both', answers: [real.statusAnswer('twickenham', at), real.nearestAnswer(real.placeOf('Twickenham'), 'open-now', at)] },
    { kind: 'both', answers: [{ kind: 'station-address', station: real.station('croydon'), status: real.timeline.statusAsOf('croydon', at), ...d }, real.hoursAnswer('croydon', { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' }, at)] },
  ],
  service: [
    ...(['round-the-clock', 'night', 'hub', 'mobile', 'video-screen', 'contact-point', 'phones', 'court', 'savings', 'purpose', 'freshness', 'no-counter', 'appointment', 'accessibility', 'what-to-bring', 'id-check', 'complaint', 'who-may-come', 'crime-figures', 'estates', 'if-closed', 'facilities', 'lost-property', 'documents', 'bail', 'evidence', 'counter-other'] as const).map((t) => real.serviceAnswer(t, at)),
    real.serviceAnswer('video-screen', at, 'twickenham'),
    real.serviceAnswer('court', at, 'wimbledon'),
  ],
  contact: [
    ...(['emergency', 'report-crime', 'non-emergency', 'interpreter', 'anonymous'] as const).map((t) => real.contactAnswer(t)),
    real.emergencyAnswer({ silentCall: true }),
    real.emergencyAnswer({ textOrRelay: true }),
    real.emergencyAnswer({ silentCall: true, textOrRelay: true }),
    real.emergencyAnswer({ unsure: true }),
  ],
  'cannot-do': [
    real.cannotDoAnswer('taxi', 'lewisham'),
    real.cannotDoAnswer('call-police'),
    real.cannotDoAnswer('send-officer'),
    real.cannotDoAnswer('booking', 'ilford'),
    real.cannotDoAnswer('translate'),
    real.cannotDoAnswer('taxi', 'wimbledon'),
  ],
  more: [{ kind: 'more', topic: 'details' }, { kind: 'more', topic: 'sources' }],
  'ask-location': [{ kind: 'ask-location', pending: { intent: 'nearest', desk: 'open-now' } }],
  'ask-station': [{ kind: 'ask-station', pending: { intent: 'status' } }],
  'choose-place': [{ kind: 'choose-place', candidates: [real.placeOf('Wood Green'), real.placeOf('Woodford'), real.placeOf('Walthamstow'), real.placeOf('Wembley')], pending: { intent: 'hours' } }],
  'place-only': [{ kind: 'place-only', place: real.placeOf('N9 0PW'), station: null, nearby: real.nearbyFrom(real.placeOf('N9 0PW'), at), dating: d }],
  'postcode-outside-london': [{ kind: 'postcode-outside-london', postcode: 'M1 1AE', contacts: real.contacts }],
  'town-outside-london': [{ kind: 'town-outside-london', town: 'Manchester', contacts: real.contacts }],
  'outside-met': [
    real.outsideMetAnswer('Watford', 'any', at),
    real.outsideMetAnswer('the square mile', '24/7', real.THURSDAY_NIGHT),
    real.outsideMetAnswer('EC1A 4AB', 'open-now', at),
    { ...real.outsideMetAnswer('Epping', 'any', at), nearest: null },
  ],
  'postcode-unknown': [{ kind: 'postcode-unknown', postcode: 'E99 9ZZ' }],
  'place-not-found': [{ kind: 'place-not-found', query: 'Atlantis' }],
  welcome: [{ kind: 'welcome', contacts: real.contacts }],
  greeting: [{ kind: 'greeting', contacts: real.contacts }],
  identity: [{ kind: 'identity', contacts: real.contacts }],
  help: [{ kind: 'help', contacts: real.contacts }],
  thanks: [{ kind: 'thanks', contacts: real.contacts }],
  acknowledged: [{ kind: 'acknowledged', contacts: real.contacts }],
  goodbye: [{ kind: 'goodbye', contacts: real.contacts }],
  cancelled: [{ kind: 'cancelled', contacts: real.contacts }],
  forgotten: [{ kind: 'forgotten', contacts: real.contacts }],
  clock: [{ kind: 'clock', asked: 'time', instant: '2026-11-26T14:05:00.000+00:00' }, { kind: 'clock', asked: 'date', instant: '2026-11-26T14:05:00.000+00:00' }],
  'non-english': [{ kind: 'non-english', language: null, contacts: real.contacts }],
  'out-of-scope': [{ kind: 'out-of-scope', reason: 'unrelated', contacts: real.contacts }],
};

/** Kinds that state facts as of a date: they must say how fresh the data is. */
const DATED: AnswerKind[] = ['both', 'station-status', 'station-hours', 'station-address', 'station-history', 'station-past', 'nearest', 'borough-desks', 'list-24x7', 'open-list', 'closures-list', 'plans', 'place-only', 'comparison'];
// 'outside-met' is dated through the nearest desks it carries; without them it states no dated fact.

describe('replies: every answer kind, on every channel', () => {
  for (const [kind, answers] of Object.entries(EXAMPLES) as [AnswerKind, Answer[]][]) {
    it(`${kind}: well-formed text, speech, card and suggestions on Teams, Web Chat and SMS`, () => {
      for (const answer of answers) {
        for (const channelId of ['msteams', 'webchat', 'sms']) {
          const reply = renderReply(answer, { channelId });
          expectWellFormed(reply, channelId);
          if (channelId === 'sms') expect(reply.text, 'plain channels get no Markdown').to.not.contain('**');
          if (DATED.includes(kind)) expect([reply.text, cardWords(reply)].join('\n')).to.contain('Data checked 4 December 2026');
        }
      }
    });
  }

  it('cards only where they help: none for small talk or contact routes', () => {
    const noCards: AnswerKind[] = ['contact', 'cannot-do', 'ask-location', 'ask-station', 'welcome', 'greeting', 'identity', 'help', 'thanks', 'acknowledged', 'goodbye', 'cancelled', 'forgotten', 'clock', 'non-english', 'out-of-scope', 'postcode-unknown', 'place-not-found'];
    for (const kind of noCards) for (const answer of EXAMPLES[kind]) expect(renderReply(answer, { channelId: 'webchat' }).card, kind).to.equal(null);
    for (const kind of ['station-status', 'station-hours', 'nearest', 'list-24x7', 'closures-list', 'comparison'] as AnswerKind[]) {
      for (const answer of EXAMPLES[kind]) expect(renderReply(answer, { channelId: 'msteams' }).card, kind).to.not.equal(null);
    }
  });

  it('rendering does not change the answer', () => {
    const answer = real.statusAnswer('twickenham', at);
    const before = JSON.stringify(answer);
    renderReply(answer, { channelId: 'msteams' });
    expect(JSON.stringify(answer)).to.equal(before);
  });
});
