/**
 * "Which stations reopened?": how many counters closed and later reopened, and which, in the first sentence; then
 * which of them are open now, and each with its closing and reopening dates and the sources' own words (an estimated
 * date said as such), oldest reopening first.
 */
import type { Answer } from '../../answers/answer';
import type { TimelineEvent } from '../../stations/model';
import { datedLabel, formatDate, markOf, onDate } from '../format/dates';
import { shortStationName } from '../format/names';
import { citedOf, isBeyondSources } from '../format/sources';
import { bold, capitalise, countWord, joinAnd, plural, pounds } from '../format/text';
import type { AnswerSections } from '../sections';

type ReopeningsAnswer = Extract<Answer, { kind: 'reopenings' }>;
type Reopening = ReopeningsAnswer['reopenings'][number];

/** `closed on 24 January 2020 (closed at 14:00 for refurbishment …), reopened around October 2020 (an estimated date): reopened after …; closed again on 28 February 2026.` */
function itemOf(r: Reopening): string {
  const name = bold(shortStationName(r.status.station));
  const closed = `closed ${onDate(markOf(r.closed))} (${pounds(r.closed.value)})`;
  const reopened = `reopened ${onDate(markOf(r.reopened))}: ${pounds(r.reopened.value)}`;
  const after = r.closedAgain ? `; closed again ${onDate(markOf(r.closedAgain))}` : r.status.counter === 'open' ? '; open now' : '';
  return `${name}: ${closed}, ${reopened}${after}.`;
}

/** `Closed 14 December 2017; reopened 2 November 2020; closed again around March 2021 (estimated)`, for the card. */
function factOf(r: Reopening): string {
  const label = (e: TimelineEvent) => datedLabel(e).replace(/^(?:Around|By) /, (w) => w.toLowerCase());
  return `Closed ${label(r.closed)}; reopened ${label(r.reopened)}${r.closedAgain ? `; closed again ${label(r.closedAgain)}` : ''}`;
}

/** Which of the counters are open now, said after the list's first sentence. */
function openNowLine(reopenings: readonly Reopening[]): string {
  const names = [...new Set(reopenings.map((r) => r.status.station.id))].map((id) => reopenings.find((r) => r.status.station.id === id)!.status);
  const open = names.filter((s) => s.counter === 'open');
  if (open.length === names.length) return names.length === 1 ? 'It is open now.' : 'All of them are open now.';
  if (open.length === 0) return names.length === 1 ? 'It has closed again since.' : 'All of them have closed again since.';
  return `Open now: ${joinAnd(open.map((s) => bold(shortStationName(s.station))))}; the others have closed again since.`;
}

export function renderReopenings(answer: ReopeningsAnswer): AnswerSections {
  const { reopenings } = answer;
  const where = answer.part ? ` in ${answer.part.label}` : '';
  const when = answer.period ? `${answer.periodOf === 'closed' ? ' that closed' : ''} in ${answer.period.label}` : '';
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: isBeyondSources(answer) };
  const suggestions = ['Which counters closed?', 'Which desks are open 24/7?', 'Nearest open desk'];
  if (reopenings.length === 0) {
    const none = answer.periodOf === 'closed' ? `My sources show no front counter${where}${when} reopening later.` : `My sources show no front counter${where} reopening after a closure${when}.`;
    return { headline: none, dating, suggestions };
  }
  const stations = [...new Set(reopenings.map((r) => shortStationName(r.status.station)))];
  const n = stations.length;
  const headline =
    answer.periodOf === 'closed'
      ? `${capitalise(countWord(n))} front ${plural(n, 'counter')}${where}${when} reopened later, as my sources show: ${joinAnd(stations.map(bold))}.`
      : `${capitalise(countWord(n))} front ${plural(n, 'counter')}${where} reopened after a closure${when}, as my sources show: ${joinAnd(stations.map(bold))}.`;
  return {
    headline,
    keyLines: [openNowLine(reopenings)],
    list: { items: reopenings.map(itemOf) },
    card: {
      title: `Counters that reopened${where}${when}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: reopenings.map((r) => ({ title: shortStationName(r.status.station), value: factOf(r) })) },
    },
    sources: { cited: citedOf(reopenings.flatMap((r) => [r.closed, r.reopened, ...(r.closedAgain ? [r.closedAgain] : [])])), publishers: answer.publishers },
    dating,
    speak: headline.replace(/\*\*/g, ''),
    suggestions,
  };
}
