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
import { afterAColon, bold, capitalise, countWord, joinAnd, plural, pounds } from '../format/text';
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
/** Each counter that reopened once, as it is now (one reopened twice is one counter). */
function countersOf(reopenings: readonly Reopening[]): Reopening['status'][] {
  return [...new Set(reopenings.map((r) => r.status.station.id))].map((id) => reopenings.find((r) => r.status.station.id === id)!.status);
}

function openNowLine(reopenings: readonly Reopening[]): string {
  const names = countersOf(reopenings);
  const open = names.filter((s) => s.counter === 'open');
  if (open.length === names.length) return names.length === 1 ? 'It is open now.' : 'All of them are open now.';
  if (open.length === 0) return names.length === 1 ? 'It has closed again since.' : 'All of them have closed again since.';
  return `Open now: ${joinAnd(open.map((s) => bold(shortStationName(s.station))))}; the others have closed again since.`;
}

/** "Of the ten that reopened, five are open now: ...": those of them open now, counted and named, the others said closed again. */
function openNowOfThem(reopenings: readonly Reopening[], where: string, when: string, closedThen: boolean): string {
  const names = countersOf(reopenings);
  const open = names.filter((s) => s.counter === 'open');
  // "that closed in 2017 and reopened later" when the period is the closing's, else "that reopened since 2019".
  const of = `Of the ${countWord(names.length)} front ${plural(names.length, 'counter')}${where}${closedThen ? `${when} and reopened later` : ` that reopened${when}`}`;
  if (open.length === 0) return `${of}, none is open now: ${names.length === 1 ? 'it has' : 'all have'} closed again since.`;
  const others = open.length === names.length ? '' : '; the others have closed again since';
  return `${of}, ${countWord(open.length)} ${open.length === 1 ? 'is' : 'are'} open now: ${joinAnd(open.map((s) => bold(shortStationName(s.station))))}${others}.`;
}

type SavedAnswer = Extract<Answer, { kind: 'saved-list' }>;

/**
 * "Which stations were saved from closure?": how many and which first, each with the date its closure was dropped or
 * quashed; then which of them closed later after all. None: said so, for the plan or the period asked.
 */
export function renderSaved(answer: SavedAnswer): AnswerSections {
  const { saved } = answer;
  const when = answer.plan ? ` under the ${answer.plan}` : answer.period ? ` in ${answer.period.label}` : '';
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: isBeyondSources(answer) };
  const suggestions = ['Which counters closed?', 'Which counters reopened?', 'Which desks are open 24/7?'];
  if (saved.length === 0) return { headline: `My sources record no front counter saved from a closure${when}.`, dating, suggestions };
  // A counter saved twice (Dagenham, in 2017 and in 2025) is one counter, named once with each date.
  const stations = [...new Set(saved.map((s) => s.status.station.id))].map((id) => saved.filter((s) => s.status.station.id === id));
  const n = stations.length;
  const named = stations.map((each) => `${bold(shortStationName(each[0].status.station))} (${each.map((s) => onDate(markOf(s.event)).replace(/^on /, '')).join('; ')})`);
  const headline = `${capitalise(countWord(n))} front ${plural(n, 'counter')} ${n === 1 ? 'was' : 'were'} saved from a planned closure${when}, as my sources show: ${joinAnd(named)}.`;
  const closedLater = stations.map((each) => each[0]).filter((s) => s.status.counter === 'closed');
  const later = closedLater.length === 0 ? (n === 1 ? 'It is open now.' : 'All of them are open now.') : `Closed later all the same: ${joinAnd(closedLater.map((s) => `${bold(shortStationName(s.status.station))}${s.status.since ? ` (${onDate(s.status.since).replace(/^on /, '')})` : ''}`))}.`;
  return {
    headline,
    keyLines: [later],
    list: { items: saved.map((s) => `${bold(shortStationName(s.status.station))}: ${pounds(s.event.value)} (${onDate(markOf(s.event)).replace(/^on /, '')}).`) },
    card: {
      title: `Counters saved from closure${when}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: saved.map((s) => ({ title: shortStationName(s.status.station), value: datedLabel(s.event) })) },
    },
    sources: { cited: citedOf(saved.map((s) => s.event)), publishers: answer.publishers },
    dating,
    speak: headline.replace(/\*\*/g, ''),
    suggestions,
  };
}

/**
 * "Which station reopened most recently?": the latest reopening first (several when they share its date), with the
 * closure it ended and whether it is open now, then how many reopened in all.
 */
function latestReopeningText(reopenings: readonly Reopening[], where: string, when: string): string {
  // Oldest first, as `reopeningsOf` sorts them: the latest are those on the last date.
  const lastDate = reopenings[reopenings.length - 1].reopened.date;
  const latest = reopenings.filter((r) => r.reopened.date === lastDate);
  const said = latest.map((r) => `${bold(shortStationName(r.status.station))}, ${`reopened ${onDate(markOf(r.reopened))}`} after closing ${onDate(markOf(r.closed))}${r.closedAgain ? ` (closed again ${onDate(markOf(r.closedAgain))})` : r.status.counter === 'open' ? ' (open now)' : ''}`);
  const n = new Set(reopenings.map((r) => r.status.station.id)).size;
  return `The latest front counter${where} to reopen${when}, as my sources show, ${latest.length === 1 ? 'is' : 'are'} ${joinAnd(said)}; ${countWord(n)} reopened in all.`;
}

export function renderReopenings(answer: ReopeningsAnswer): AnswerSections {
  const { reopenings } = answer;
  const where = answer.part ? ` in ${answer.part.label}` : '';
  // "in 2021", but "since 2022", "after covid (taken as ...)": a period said with its own preposition keeps it.
  const label = answer.period ? (/^(?:after|since|during|before|from|between|in) /.test(answer.period.label) ? answer.period.label : `in ${answer.period.label}`) : '';
  const when = answer.period ? `${answer.periodOf === 'closed' ? ' that closed' : ''} ${label}` : '';
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: isBeyondSources(answer) };
  const suggestions = ['Which counters closed?', 'Which desks are open 24/7?', 'Nearest open desk'];
  if (reopenings.length === 0) {
    const none = answer.periodOf === 'closed' ? `My sources show no front counter${where}${when} reopening later.` : `My sources show no front counter${where} reopening after a closure${when}.`;
    return { headline: answer.whetherAsked ? `No: ${afterAColon(none)}` : none, dating, suggestions };
  }
  const stations = [...new Set(reopenings.map((r) => shortStationName(r.status.station)))];
  const n = stations.length;
  const listed = answer.latest
    ? latestReopeningText(reopenings, where, when)
    : answer.periodOf === 'closed'
      ? `${capitalise(countWord(n))} front ${plural(n, 'counter')}${where}${when} reopened later, as my sources show: ${joinAnd(stations.map(bold))}.`
      : `${capitalise(countWord(n))} front ${plural(n, 'counter')}${where} reopened after a closure${when}, as my sources show: ${joinAnd(stations.map(bold))}.`;
  // "did any station reopen?": yes said first, then how many and which.
  const headline = answer.whetherAsked && !answer.latest ? `Yes: ${afterAColon(listed)}` : listed;
  // "which of those are open now?" after them: those open now first, then the list again.
  const openNow = openNowLine(reopenings);
  return {
    headline: answer.openNowAsked ? openNowOfThem(reopenings, where, when, answer.periodOf === 'closed') : headline,
    keyLines: [answer.openNowAsked ? headline : openNow],
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
