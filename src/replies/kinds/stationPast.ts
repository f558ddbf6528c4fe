/**
 * One counter at a time gone by: "Was Bethnal Green open in summer 2021?",
 * "What were Holloway's hours before it closed?". The first sentence answers
 * for the period asked (saying which dates a loose period was taken as); then
 * who stood in while it was closed, what the record notes for those dates,
 * and today in one short line. Doubts (estimated or "by" dates, limited
 * evidence, sources that disagree, the thin record before mid-2017) are said.
 */
import { DateTime } from 'luxon';
import type { Answer, PastSpell, StandIn } from '../../answers/answer';
import type { CounterStatus, DatedMark, PlanStep } from '../../stations/timeline';
import type { TimelineEvent } from '../../stations/model';
import type { PastPeriod } from '../../understanding/question';
import { formatDate } from '../format/dates';
import { scheduleValueText } from '../format/hours';
import { planShortName, shortStationName } from '../format/names';
import { citedOf } from '../format/sources';
import { bold, capitalise, joinAnd, lowerFirst, pounds, sentence } from '../format/text';
import { describeStatus, disputeLine as disputedAgainst } from '../parts/status';
import type { AnswerSections } from '../sections';

type PastAnswer = Extract<Answer, { kind: 'station-past' }>;

/** "In summer 2021 (June to August 2021)", "On 1 October 2020", "During covid (taken as ...)". */
function periodWords(period: PastPeriod): string {
  if (period.from === period.to) {
    const day = formatDate(period.from);
    return period.label === day ? `On ${day}` : `On ${day}, ${period.label}`;
  }
  const taken = period.taken ? ` (${period.taken})` : '';
  if (/^(?:after|since) /.test(period.label)) return `${capitalise(period.label)}${taken}`;
  return /^(?:covid|corona|pandemic|the pandemic|lockdown|the lockdown)/.test(period.label) ? `During ${period.label}${taken}` : `In ${period.label}${taken}`;
}

/** "open 24 hours a day", "open (Mon–Fri 08:00–20:00; Sat 10:00–18:00)", "open (hours not recorded)", "closed". */
function stateWords(status: CounterStatus): string {
  if (status.counter === 'closed') return 'closed';
  if (status.counter === 'unknown') return 'not in my sources';
  if (!status.hours) return 'open (my sources do not give its hours then)';
  return status.hours.is24x7 ? 'open 24 hours a day' : `open (${scheduleValueText(status.hours.text)})`;
}

/** When a spell began, as precisely as the record says: "from 2 November 2020", "from about March 2021 (estimated)", "some time in 2020". */
function fromWords(spell: PastSpell): string {
  const mark = startOf(spell);
  const text = formatDate(mark.date, mark.precision);
  if (mark.qualifier === 'estimated') return `from about ${text} (an estimated date)`;
  if (mark.qualifier === 'by') return `by ${text} (the exact date is not known)`;
  if (mark.precision === 'year') return `from some time in ${text}`;
  return `from ${text}`;
}

/** The date a spell began, as precisely as the record says it (the row that began it), else the day the period does. */
function startOf(spell: PastSpell): DatedMark {
  const since = spell.status.since;
  return since && since.date === spell.from ? since : { date: spell.from, precision: 'day' };
}

function untilWords(spell: PastSpell, next: PastSpell | undefined): string {
  return next ? ` until ${formatDate(spell.to)}` : '';
}

/** How the first spell came to be, for a closed counter: "it had closed on 8 October 2016 (counter moved to Shepherd's Bush)". */
function closedSince(status: CounterStatus): string {
  if (status.counter !== 'closed' || !status.since) return '';
  const row = status.decidedBy.find((e) => e.kind === 'closed');
  const what = row ? ` (${lowerFirst(pounds(row.value))})` : '';
  const mark = status.since;
  const when = mark.precision === 'year' ? `some time in ${formatDate(mark.date, 'year')}` : mark.precision === 'month' ? `in ${formatDate(mark.date, 'month')}` : `on ${formatDate(mark.date)}`;
  return `: it had closed ${when}${what}`;
}

/** An open spell that was a temporary counter ("temporary front counter for Islington during refurbishment"): said, with when it opened. */
function temporaryLine(spell: PastSpell): string | null {
  const opened = spell.status.openedBy;
  if (spell.status.counter !== 'open' || !opened || !/temporar/i.test(opened.value)) return null;
  return `It was open then as a temporary counter (from ${formatDate(opened.date, opened.datePrecision)}): ${lowerFirst(sentence(pounds(opened.value)))}`;
}

/** "31 October 2017: decided under the 2017 Public Access Strategy: close counter." */
function planLine(step: PlanStep): string {
  const what = step.stage === 'reversed' ? 'Reversed' : 'Decided';
  return `${formatDate(step.date, step.precision)}: ${what} under the ${planShortName(step.planId, step.planName)}: ${sentence(pounds(step.value))}`;
}

/** What the card badge says of the period: open, closed, or partly open then. */
function badgeOf(answer: PastAnswer): { text: string; color: 'Good' | 'Attention' | 'Warning' } {
  const known = answer.spells.filter((s) => s.status.counter !== 'unknown');
  const open = known.filter((s) => s.status.counter === 'open').length;
  if (known.length === 0) return { text: 'Not known then', color: 'Warning' };
  if (open === known.length) return { text: 'Open then', color: 'Good' };
  return open === 0 ? { text: 'Closed then', color: 'Attention' } : { text: 'Partly open then', color: 'Warning' };
}

function standInLine(standIn: StandIn): string {
  const hours = standIn.status.hours ? (standIn.status.hours.is24x7 ? ', open 24 hours a day' : `, ${scheduleValueText(standIn.status.hours.text)}`) : ', hours not recorded';
  const when = `${formatDate(standIn.from)} to ${formatDate(standIn.to)}`;
  return `Meanwhile ${bold(standIn.station.name)} stood in (${when}${hours}): ${lowerFirst(sentence(pounds(standIn.opened.value)))}`;
}

/** Yes, no or partly, for a question that wanted to know whether it was open (or closed). */
function verdict(answer: PastAnswer, known: PastSpell[]): string {
  if (answer.focus === 'hours' || answer.focus === 'changed' || known.length === 0) return '';
  const open = known.filter((s) => s.status.counter === 'open').length;
  if (open > 0 && open < known.length) return 'Partly. ';
  const wasOpen = open === known.length;
  return (answer.focus === 'closed' ? !wasOpen : wasOpen) ? 'Yes. ' : 'No. ';
}

/**
 * "Since when is it 24/7?": the date the hours began first ("The front counter at X has been open 24 hours a day since
 * 3 March 2026."), or, when the record only saw them in force, that it does not say when they began and the earliest date
 * it has them; when a closure or other hours ended them, until when.
 */
function sinceHeadline(answer: PastAnswer, name: string): string {
  const spell = answer.hoursSince;
  const asked = answer.asked.kind === 'since' && answer.asked.roundTheClock ? 'open 24 hours a day' : null;
  if (!spell) return asked ? `My sources never show the front counter at ${name} ${asked}.` : `My sources do not give the hours of the front counter at ${name}.`;
  const hours = stateWords(spell.status);
  const on = (e: TimelineEvent) => `${e.datePrecision === 'day' ? 'on ' : 'in '}${formatDate(e.date, e.datePrecision)}`;
  const ended = spell.until ? (spell.until.kind === 'closed' ? `until it closed ${on(spell.until)}` : `until its hours changed ${on(spell.until)}`) : '';
  if (spell.observedOnly) {
    const still = ended ? `, ${ended}` : ', and it still is';
    return `My sources don't say when the front counter at ${name} became ${asked ?? hours}: the earliest of them has it so ${on(spell.from)}${still}.`;
  }
  const from = `${spell.from.datePrecision === 'day' ? '' : 'some time in '}${formatDate(spell.from.date, spell.from.datePrecision)}`;
  return ended ? `The front counter at ${name} was ${hours} from ${from}, ${ended}.` : `The front counter at ${name} has been ${hours} since ${from}.`;
}

function headlineOf(answer: PastAnswer, name: string): string {
  if (answer.asked.kind === 'since') return sinceHeadline(answer, name);
  const { period, spells } = answer;
  // "was lewisham a 24 hour station?": no change on record, so how it is today is how it was.
  if (!period && answer.asked.kind === 'before-change') {
    const today = answer.today.counter === 'open' && answer.today.hours ? ` It is ${stateWords(answer.today)} today.` : '';
    return `My sources show no change to the hours of the front counter at ${name}, and no closure.${today}`;
  }
  if (!period) return `My sources show no closure of the front counter at ${name}, so there is no "before it closed".`;
  const when = periodWords(period);
  // Months the record has nothing on are said as a caution, not as a state.
  const known = spells.filter((s) => s.status.counter !== 'unknown');
  if (known.length === 0) {
    const why = answer.patchy ? `my sources before ${formatDate(answer.completeFrom, 'month')} cover only some counters` : 'none of my sources covers it then';
    return `I don't know whether the front counter at ${name} was open then (${when.charAt(0).toLowerCase()}${when.slice(1)}): ${why}.`;
  }
  const lead = verdict(answer, known);
  // "Was brixton ever 24 hours?": yes or no first, from how it was before its last change.
  if (answer.asked.kind === 'before-change' && answer.asked.roundTheClock && known.length === 1) {
    const [only] = known;
    const until = answer.change ? `, until ${answer.change.kind === 'closed' ? 'it closed' : 'its hours changed'} ${answer.change.datePrecision === 'day' ? 'on' : 'in'} ${formatDate(answer.change.date, answer.change.datePrecision)}` : '';
    if (only.status.hours?.is24x7) return `Yes: the front counter at ${name} was open 24 hours a day${until}.`;
    if (only.status.hours) return `Not as far as my sources show: before its last change, the front counter at ${name} was ${stateWords(only.status)}.`;
    return `My sources don't say whether the front counter at ${name} was ever open 24 hours a day: ${when.charAt(0).toLowerCase()}${when.slice(1)}, it was ${stateWords(only.status)}${closedSince(only.status)}.`;
  }
  // "When did its hours change?": the date first, then how it was until then.
  const change = answer.asked.kind === 'before-change' && answer.asked.when ? answer.change : null;
  if (change && known.length === 1) {
    const on = change.datePrecision === 'day' ? 'on ' : 'in ';
    const what = change.kind === 'closed' ? `The front counter at ${name} closed` : `The hours of the front counter at ${name} last changed`;
    return `${what} ${on}${formatDate(change.date, change.datePrecision)}: until then it was ${stateWords(known[0].status)}.`;
  }
  // "was ilford open last christmas": the data has no special-day hours, so only the usual hours of that weekday then.
  if (period.specialDay && known.every((s) => s.status.counter === 'open')) {
    const weekday = DateTime.fromISO(period.from).setLocale('en-GB').toFormat('cccc');
    return `I don't have special-day hours for ${period.specialDay} (${formatDate(period.from)}), so I can't say whether ${name} opened as usual then: on a usual ${weekday} then it was ${stateWords(known[0].status)}.`;
  }
  if (answer.focus === 'changed') return changedHeadline(answer, name, when, known);
  if (known.length === 1) {
    const [only] = known;
    const from = spells.length > 1 ? ` ${fromWords(only)}` : '';
    return `${lead}${when}, the front counter at ${name} was ${stateWords(only.status)}${from}${closedSince(only.status)}.`;
  }
  const parts = known.map((spell, i) => {
    const state = stateWords(spell.status);
    return i === 0 && spell === spells[0] ? `${state}${untilWords(spell, known[1])}` : `${state} ${fromWords(spell)}${untilWords(spell, known[i + 1])}`;
  });
  return `${lead}${when}, the front counter at ${name} was ${joinAnd(parts)}.`;
}

/**
 * "Has anything changed at ilford since 2019?": Yes with each change in the period dated ("closed on 2 November 2020,
 * reopened in about March 2021 (an estimated date) and changed its hours on 3 March 2026, from 24 hours a day to ..."),
 * or "No recorded change" with how it was throughout and when the record was last checked.
 */
function changedHeadline(answer: PastAnswer, name: string, when: string, known: PastSpell[]): string {
  const period = when.charAt(0).toLowerCase() + when.slice(1);
  const hours = (status: CounterStatus): string => (status.hours?.is24x7 ? '24 hours a day' : status.hours ? scheduleValueText(status.hours.text) : 'hours my sources do not give');
  const changes = known.slice(1).map((spell, i) => {
    const before = known[i].status;
    const on = changeDate(spell);
    if (spell.status.counter === 'closed') return `closed ${on}`;
    if (before.counter === 'closed') return `reopened ${on}`;
    return `changed its hours ${on}, from ${hours(before)} to ${hours(spell.status)}`;
  });
  if (changes.length === 0) {
    return `No recorded change ${period} (my sources last checked ${formatDate(answer.verifiedOn)}): the front counter at ${name} was ${stateWords(known[0].status)} throughout${closedSince(known[0].status).replace(/^:/, ';')}.`;
  }
  return `Yes: ${period}, the front counter at ${name} ${joinAnd(changes)}.`;
}

/** When a spell began, said of a change: "on 2 November 2020", "in about March 2021 (an estimated date)", "by 2018 (the exact date is not known)". */
function changeDate(spell: PastSpell): string {
  const mark = startOf(spell);
  const text = formatDate(mark.date, mark.precision);
  const on = mark.precision === 'day' ? 'on' : 'in';
  if (mark.qualifier === 'estimated') return `${on === 'on' ? 'on about' : 'in about'} ${text} (an estimated date)`;
  if (mark.qualifier === 'by') return `by ${text} (the exact date is not known)`;
  return `${on} ${text}`;
}

/** Doubts about the spells: limited evidence, a change known only to the year, claims other sources contradict. */
function cautionsOf(answer: PastAnswer): string[] {
  const out: string[] = [];
  for (const spell of answer.spells) {
    const s = spell.status;
    if (s.confidence === 'low') out.push(`${capitalise(stateWords(s))} ${fromWords(spell)} rests on limited evidence (an inference or an estimate in my sources).`);
    if (s.basis === 'counter-list' && s.counterList) {
      out.push(`From ${formatDate(s.counterList.since, 'month')} it counts as open because it is on the list of London's ${s.counterList.count} counters then, a reconstructed list.`);
    }
  }
  const disputes = disputeLines(answer);
  out.push(...disputes.inPeriod.slice(1), ...disputes.earlier);
  const unknown = answer.spells.filter((s) => s.status.counter === 'unknown');
  if (unknown.length > 0 && unknown.length < answer.spells.length) {
    out.push(`My sources have nothing on it from ${joinAnd(unknown.map((s) => `${formatDate(s.from)} to ${formatDate(s.to)}`))}${answer.patchy ? `: before ${formatDate(answer.completeFrom, 'month')} they cover only some counters` : ''}.`);
  } else if (answer.patchy && unknown.length === 0) out.push(`My sources before ${formatDate(answer.completeFrom, 'month')} cover only some counters, so they may miss changes then.`);
  return [...new Set(out)];
}

/**
 * "Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the
 * counter closed in 2013.": the claim, beside what the other sources say of the counter at the claim's date.
 */
function disputeLine(answer: PastAnswer, e: TimelineEvent): string {
  return disputedAgainst(spellAt(answer.spells, e.date)?.status ?? answer.today, e);
}

/**
 * Claims other sources contradict: those dated within the period ("Woodford open 9 to 5 in June 2017", asked
 * of 2017), said right after the answer, then those the spells' own days were read with, among the cautions.
 */
function disputeLines(answer: PastAnswer): { inPeriod: string[]; earlier: string[] } {
  const inPeriod = answer.disputed.map((e) => disputeLine(answer, e));
  const fromSpells = answer.spells.flatMap((s) => s.status.conflicts.filter((d) => d.reason === 'conflict').map((d) => disputeLine(answer, d.event)));
  return { inPeriod, earlier: [...new Set(fromSpells)].filter((l) => !inPeriod.includes(l)) };
}

/** "Today: open, Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00." */
function todayLine(today: CounterStatus, closedThen: boolean): string {
  // Closed in the period asked and open today ("was stratford open in 2023?"): since when it is open again.
  const opened = today.counter === 'open' && closedThen ? today.openedBy : null;
  if (opened) return `Today: ${stateWords(today).replace(/^open/, `open again since ${formatDate(opened.date, opened.datePrecision)}`)}.`;
  if (today.counter === 'open') return `Today: ${stateWords(today)}.`;
  if (today.counter === 'closed' && today.since) return `Today: closed (since ${formatDate(today.since.date, today.since.precision)}).`;
  return `Today: ${stateWords(today)}.`;
}

/**
 * Now and then in one sentence, for now asked beside the period ("is brixton open now vs 2018"): "The front counter at
 * X is open now (...); in 2018, it was open 24 hours a day." The period's own sentence follows the semicolon, said of "it".
 */
function nowAndThen(answer: PastAnswer, name: string, then: string): string {
  const { today } = answer;
  const now = today.counter === 'closed' && today.since ? `closed now (since ${formatDate(today.since.date, today.since.precision)})` : today.counter === 'open' ? stateWords(today).replace(/^open/, 'open now') : `${stateWords(today)} now`;
  const past = then.replace(/^(?:Yes|No|Partly)\. /, '').split(`the front counter at ${name}`).join('it');
  return `The front counter at ${name} is ${now}; ${/^I\b/.test(past) ? past : past.charAt(0).toLowerCase() + past.slice(1)}`;
}

export function renderStationPast(answer: PastAnswer): AnswerSections {
  const { station, today } = answer;
  const name = bold(station.name);
  const short = shortStationName(station);
  const then = headlineOf(answer, name);
  const headline = answer.andNow && answer.period ? nowAndThen(answer, name, then) : then;
  const standIns = answer.spells.flatMap((s) => [...s.standIns.map(standInLine), temporaryLine(s)]).filter((l): l is string => l !== null);
  const notes = answer.notes.map((n) => `Also noted (${formatDate(n.date, n.datePrecision)}): ${lowerFirst(sentence(n.value))}`);
  const todayMeaning = describeStatus(today);
  const decisions = answer.plans.map(planLine);
  const context = [...notes, ...standIns, ...(decisions.length > 0 ? [decisions.slice(-2).join(' ')] : [])];
  const disputes = disputeLines(answer).inPeriod;
  const spellLines = answer.spells.map((s) => `${capitalise(fromWords(s))} to ${formatDate(s.to)}: ${stateWords(s.status)}.`);
  const rows = answer.spells.flatMap((s) => [...s.status.decidedBy, ...s.standIns.map((x) => x.opened)]).concat(answer.notes, answer.disputed);
  return {
    headline,
    // A disputed claim takes the line after the answer; the context it displaces goes to the details.
    keyLines: [
      ...(disputes.length > 0 ? disputes.slice(0, 1) : context.slice(0, 1)),
      // Today is in the first sentence already when it was asked.
      ...(headline === then ? [todayLine(today, answer.spells.some((s) => s.status.counter === 'closed'))] : []),
    ],
    card: {
      title: `${station.name}${answer.period ? `: ${answer.period.label}` : ''}`,
      badge: badgeOf(answer),
      asOfLine: !answer.period ? null : answer.period.from === answer.period.to ? formatDate(answer.period.from) : `${formatDate(answer.period.from)} to ${formatDate(answer.period.to)}`,
      facts: answer.spells.length > 0 ? { heading: 'What my sources show', facts: answer.spells.map((s) => ({ title: `${formatDate(s.from)} – ${formatDate(s.to)}`, value: capitalise(stateWords(s.status)) })) } : null,
    },
    details: [...spellLines, ...context.slice(disputes.length > 0 ? 0 : 1), ...decisions, todayMeaning.headline],
    cautions: cautionsOf(answer),
    sources: { cited: citedOf(rows.length > 0 ? rows : today.decidedBy), publishers: answer.publishers },
    dating: { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: today.beyondSources },
    speak: headline,
    suggestions: [`Is ${short} open now?`, `${short} history`, 'Which desks are open 24/7?'],
  };
}

/** The spell a date falls in. */
function spellAt(spells: readonly PastSpell[], date: string): PastSpell | undefined {
  return spells.find((s) => s.from <= date && date <= s.to);
}
