/**
 * Questions about the service, not a station: what a 24/7 counter is, why
 * counters close at night, what a policing hub, a mobile police station or a
 * video screen is (none is a front counter), court challenges, what the
 * closures save, what a counter is for, how current the information is.
 * Every sentence is the data's own (resident facts, timeline rows, dates);
 * a counter named with the question is answered for, or said to be absent
 * from the record.
 */
import type { Answer, LastCountersLost } from '../../answers/answer';
import type { ResidentFact } from '../../stations/model';
import { alternativesShort, contactNumber, contactText } from '../format/contacts';
import { datedLabel, formatDate, markOf, onDate } from '../format/dates';
import { shortStationName } from '../format/names';
import { citedOf, undated } from '../format/sources';
import { bold, capitalise, countWord, firstSentences, afterAColon, joinAnd, lowerFirst, plural, pounds, residentWording, sentence, usesNamed } from '../format/text';
import { describeStatus } from '../parts/status';
import type { RenderContext } from '../reply';
import type { AnswerSections } from '../sections';

type ServiceAnswer = Extract<Answer, { kind: 'service' }>;

/** What the thing asked about is called, in "whether there is a ___ at Twickenham". */
const TOPIC_NOUN: Record<ServiceAnswer['topic'], string> = {
  'round-the-clock': '24-hour counter',
  night: 'counter open at night',
  hub: 'policing hub',
  mobile: 'mobile police station',
  'video-screen': 'video screen',
  'contact-point': 'contact point',
  phones: 'phone outside',
  court: 'court challenge',
  savings: 'saving',
  purpose: 'front counter',
  freshness: 'date',
  'no-counter': 'counter',
  'most-per-borough': 'count',
  busiest: 'figure',
  size: 'size',
  age: 'building date',
  appointment: 'need for an appointment',
  accessibility: 'step-free access',
  'what-to-bring': 'list of what to bring',
  'id-check': 'ID check',
  complaint: 'complaints process',
  'who-may-come': 'rule on who may come with you',
  'crime-figures': 'crime figures or officer numbers',
  'the-met': 'information on who runs the Met',
  'police-work': 'information on police work or pay',
  'local-leaders': 'names of local police leaders',
  animals: 'lost or found animal service',
  estates: 'estates strategy',
  'if-closed': 'way to reach the police',
  'video-appointment': 'video appointment',
  'about-the-bot': 'source',
  'bot-sources': 'source',
  'bot-checks': 'check',
  'bot-code': 'link to my code',
  'bot-official': 'source',
  'bot-funding': 'funder',
  'bot-contact': 'phone line or email',
  privacy: 'record of this chat',
  forgetting: 'record of this chat',
  'bot-cost': 'charge',
  'call-cost': 'cost of a call',
  'police-term': 'meaning of those letters',
  'bot-channels': 'app',
  'bot-devices': 'app',
  'bot-screen-reader': 'screen reader',
  'bot-hours': 'opening time',
  'bot-limits': 'limit',
  'seasonal-hours': 'seasonal hours',
  breaks: 'lunch break',
  'bot-distances': 'road distance',
  'bot-location': 'location',
  'beyond-london': 'police stations outside London',
  probation: 'probation service',
  pledge: 'pledge',
  facilities: 'list of facilities',
  'lost-property': 'lost property service',
  documents: 'place to present documents',
  bail: 'place to report on bail',
  evidence: 'place to hand in evidence',
  'counter-other': 'service',
  'what-happened': 'record of that',
};

/** What the data does not say, for the topics it is silent on: the first sentence of the answer. */
const NOT_IN_SOURCES: Partial<Record<ServiceAnswer['topic'], string>> = {
  appointment: "My sources don't say whether you need an appointment to visit a front counter.",
  accessibility: "My sources don't say whether front counters are wheelchair accessible or step-free.",
  'what-to-bring': "My sources don't say what to bring to a front counter.",
  'id-check': "My sources don't say whether you need to show ID at a front counter.",
  complaint: "My sources don't cover complaints about the police.",
  'who-may-come': "My sources don't say who may come with you to a front counter.",
  'crime-figures': "My sources don't cover crime figures or police officer numbers: they are about front counters.",
  'the-met': "My sources don't cover the Met as a whole (who leads, runs or funds it, or how big it is): they are about its front counters.",
  'police-work': "I don't know that: my sources don't cover what police officers and PCSOs do, their powers, ranks or pay, or strikes. They are about London's police front counters.",
  'local-leaders': "My sources don't name who leads policing in a borough or at a station: they are about front counters.",
  animals: "My sources don't say whether front counters deal with lost, found or stray animals.",
  facilities: "My sources have no information about waiting times, parking, toilets, access or other facilities at police stations.",
  size: "My sources don't say how big police stations or their front counters are.",
  age: "My sources don't say how old police stations are, or when they were built or first opened.",
};

/** That the chat is not a way to contact the police, and the ways that are: after what the bot keeps. */
function notAWayToReport(contacts: ServiceAnswer['contacts']): string {
  return `This chat is not a way to contact the police: to report something, call ${contactNumber(contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(contacts, 'emergency')} in an emergency.`;
}

/** A card title per topic. */
const TOPIC_TITLE: Record<ServiceAnswer['topic'], string> = {
  'round-the-clock': '24-hour front counters',
  night: 'Counters at night',
  hub: 'Policing hubs',
  mobile: 'Mobile police stations',
  'video-screen': 'Video screens',
  'contact-point': 'Contact points',
  phones: 'Phones outside police stations',
  court: 'Court challenges',
  savings: 'What the closures save',
  purpose: 'What a front counter is for',
  freshness: 'How current this is',
  'no-counter': 'Boroughs with no front counter',
  'most-per-borough': 'Front counters by borough',
  busiest: 'How busy front counters are',
  size: 'Size of police stations',
  age: 'Age of police stations',
  appointment: 'Appointments',
  accessibility: 'Accessibility',
  'what-to-bring': 'What to bring',
  'id-check': 'ID at the counter',
  complaint: 'Complaints',
  'who-may-come': 'Who may come with you',
  'crime-figures': 'Crime figures',
  'the-met': 'The Met itself',
  'police-work': 'Police work and pay',
  'local-leaders': 'Local police leaders',
  animals: 'Lost and found animals',
  estates: 'The estates strategy',
  'if-closed': 'If your counter is closed',
  'video-appointment': 'Video appointments',
  'about-the-bot': 'Where my answers come from',
  'bot-sources': 'Where my answers come from',
  'bot-checks': 'Who checks my facts',
  'bot-code': 'My code',
  'bot-official': 'Who runs StationDesk',
  'bot-funding': 'Who runs StationDesk',
  'bot-contact': 'Where you can use StationDesk',
  privacy: 'What I keep about you',
  forgetting: 'Deleting what I keep',
  'bot-cost': 'Using StationDesk',
  'call-cost': 'What a call costs',
  'police-term': 'What the letters mean',
  'bot-channels': 'Where you can use StationDesk',
  'bot-devices': 'Where you can use StationDesk',
  'bot-screen-reader': 'Screen readers',
  'bot-hours': 'When you can use StationDesk',
  'bot-limits': 'Using StationDesk',
  'seasonal-hours': 'Opening hours through the year',
  breaks: 'Breaks in the day',
  'bot-distances': 'How distances are measured',
  'bot-location': 'What I know of where you are',
  'beyond-london': 'Outside London',
  probation: 'Probation',
  pledge: 'Pledges of a 24-hour counter in every borough',
  facilities: 'Facilities',
  'lost-property': 'Lost property',
  documents: 'Presenting documents',
  bail: 'Bail',
  evidence: 'Handing in evidence',
  'counter-other': 'What a front counter does',
  'what-happened': 'What happened to police stations',
};

/** `Policing hubs: local bases for ...` -> label and the rest; `2025–26 (Met ...): Only 1% ...` -> era and the rest. */
function split(fact: ResidentFact): { label: string | null; rest: string } {
  const m = /^([^:]{2,80}):\s+(.*)$/s.exec(fact.text);
  return m ? { label: m[1], rest: m[2] } : { label: null, rest: fact.text };
}

const clean = (text: string) => residentWording(pounds(text));

/** "**Charing Cross Police Station** and **Lewisham Police Station**". */
function open24x7Names(answer: ServiceAnswer): string {
  return joinAnd(answer.open24x7.map((s) => bold(s.station.name)));
}

/** "official ones such as the Metropolitan Police and the Mayor of London, and news, local news ...": who publishes the data's sources, by kind. */
function publishersSaid(answer: ServiceAnswer): { count: number; said: string } {
  const byKind = new Map<string, Set<string>>();
  for (const { name, kind } of Object.values(answer.publishers)) {
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add(name.replace(/\s*\(.*\)$/, ''));
  }
  const count = new Set(Object.values(answer.publishers).map((p) => p.name)).size;
  const official = [...(byKind.get('official') ?? [])].slice(0, 2);
  const others = (['news', 'local-news', 'politician', 'community'] as const).filter((k) => byKind.has(k)).map((k) => PUBLISHER_KIND_WORDS[k]);
  const parts = [official.length > 0 ? `official ones such as ${joinAnd(official)}` : '', others.length > 0 ? joinAnd(others) : ''].filter(Boolean);
  return { count, said: parts.join(', and ') };
}

/** How fresh the bot's facts are: when last checked, and the date of the latest source. */
const freshnessLine = (answer: ServiceAnswer): string => `My information was last checked on ${formatDate(answer.verifiedOn)}, and my latest source is from ${formatDate(answer.sourcesUpTo)}.`;
const officialLine = (answer: ServiceAnswer): string => `For anything official, check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`;
/** The data's "how sure is this list?" facts, their first sentences, as lines of the bot's own answers about itself. */
const howSureTheListIs = (facts: ServiceAnswer['facts'], sentences: number): string[] =>
  facts.map((f) => firstSentences(clean(f.text.replace(/^how sure is this list\?\s*/i, '').replace(/\bbelow /, '')), sentences));

const PUBLISHER_KIND_WORDS = { news: 'news reports', 'local-news': 'local news', politician: "politicians' statements", community: 'community groups' } as const;

function headlineAndLines(answer: ServiceAnswer, context?: RenderContext): { headline: string; lines: string[]; list?: string[] } {
  const { facts } = answer;
  const [first] = facts.map(split);
  switch (answer.topic) {
    case 'hub':
    case 'mobile':
    case 'video-screen': {
      if (!first) return { headline: `My sources don't describe a ${TOPIC_NOUN[answer.topic]}.`, lines: [] };
      const rest = clean(first.rest);
      const opening = firstSentences(rest, 1);
      const after = rest.slice(opening.length).trim();
      const nearest = answer.notACounter ? 'To report a crime in person, go to a front counter: ask me for the nearest one.' : '';
      if (!first.label) return { headline: `${sentence(opening)}${answer.notACounter ? ' These are not front counters.' : ''}`, lines: [after, nearest].filter(Boolean) };
      const what = opening.charAt(0).toLowerCase() + opening.slice(1);
      const head = answer.notACounter ? `${first.label} are not front counters: ${what}` : `${first.label}: ${what}`;
      return { headline: sentence(head), lines: [after, nearest].filter(Boolean) };
    }
    case 'contact-point':
    case 'phones':
      return first ? { headline: sentence(clean(facts[0].text)), lines: facts.slice(1).map((f) => sentence(clean(f.text))) } : { headline: `My sources don't describe a ${TOPIC_NOUN[answer.topic]}.`, lines: [] };
    case 'round-the-clock':
      return {
        headline: `A 24-hour (24/7) front counter is open to the public at every hour of every day, nights and weekends included${answer.definition ? `: ${answer.definition.replace(/^A front counter \(front desk\) is /, '')}` : '.'}`,
        lines: [answer.open24x7.length > 0 ? `Open 24 hours today: ${open24x7Names(answer)}.` : 'No counter is open 24 hours today.'],
      };
    case 'night': {
      const reasons = facts.filter((f) => /^\d{4}/.test(f.text)).map(split);
      const latest = reasons.at(-1);
      const outside = facts.find((f) => !/^\d{4}/.test(f.text));
      return {
        headline: latest
          ? `Few crimes are reported at counters at night, the reason given for closing them then: ${clean(latest.rest)}`
          : 'My sources give no reason for closing counters at night.',
        lines: [answer.open24x7.length > 0 ? `Open through the night now: ${open24x7Names(answer)} (24 hours a day).` : '', outside ? sentence(clean(outside.text)) : ''].filter(Boolean),
        list: reasons.slice(0, -1).map((r) => `${r.label}: ${clean(r.rest)}`),
      };
    }
    case 'court': {
      const name = answer.counter ? bold(answer.counter.status.station.name) : null;
      if (answer.events.length === 0) return { headline: `My sources show no court challenge${name ? ` over ${name}` : ' to the closures'}.`, lines: [] };
      const [challenge, ...others] = answer.events;
      const line = (e: typeof challenge) => `${datedLabel(e)}: ${sentence(pounds(e.value))}`;
      // What came of it for the counter: "was wimbledon's closure stopped?" is answered by its closing later.
      const status = answer.counter?.status;
      const later = status?.counter === 'closed' && status.since && status.since.date > challenge.date ? `The front counter closed later, ${onDate(status.since)}.` : null;
      return {
        headline: `There was a court challenge${name ? ` over ${name}` : ''}. ${line(challenge)}`,
        lines: later ? [later] : [],
        list: others.map((e) => `${line(e)}${e.notes && /outcome not found/i.test(e.notes) ? ' The outcome is not known.' : ''}`),
      };
    }
    case 'what-happened':
      return whatHappened(answer);
    case 'savings': {
      const rows = facts.filter((f) => f.text.includes(' | ')).map((f) => f.text.split(' | '));
      const latest = rows.at(-1);
      return {
        headline: latest ? `The latest round (${latest[0]}) was to save ${clean(latest[3] ?? 'an amount not known')}.` : 'My sources give no savings figure.',
        lines: [],
        list: rows
          .slice(0, -1)
          .map((r) => `${r[0]}: ${clean(r[3] ?? 'not known')}`)
          .concat(facts.filter((f) => !f.text.includes(' | ') && !f.text.trim().endsWith(':')).map((f) => clean(split(f).rest))),
      };
    }
    case 'purpose': {
      // What people go there for, in the text too (not only the card): the data's visit types and the uses people describe.
      const reasons = facts.filter((f) => /^[a-z]/.test(f.text)).map((f) => f.text);
      const share = facts.map((f) => /^visit types\.\s*(.*?\.)(?:\s|$)/i.exec(f.text)?.[1]).find((t) => t !== undefined);
      const uses = reasons.length > 0 ? `${share ? `${clean(share)} ` : ''}People also go there for ${joinAnd(reasons)}.` : '';
      return {
        headline: answer.definition ?? 'A front counter is the public desk of a police station.',
        lines: [uses, `${capitalise(countWord(answer.openCount))} front counters are open in London today: ask me for the nearest one.`, alternativesShort(answer.contacts)].filter(Boolean),
        list: facts.map((f) => clean(f.text)),
      };
    }
    case 'no-counter': {
      const none = answer.boroughsWithoutCounter;
      const counted = `${countWord(none.length)} ${plural(none.length, 'borough')} ${none.length === 1 ? 'has' : 'have'} no front counter now: ${joinAnd(none)}.`;
      if (answer.lastCounterLost) return lastCountersLost(answer.lastCounterLost, capitalise(counted));
      const asOf = `as of ${formatDate(answer.asOf)}`;
      const headline = answer.everyBorough
        ? none.length === 0
          ? `Yes: every London borough with a counter in my sources has one open, ${asOf}.`
          : `No: ${asOf}, ${counted.replace(' now:', ':')}`
        : none.length === 0 ? 'Every London borough with a counter in my sources still has one open.' : capitalise(counted);
      return { headline, lines: facts.filter((f) => /nearest desks are at/i.test(f.text)).map((f) => clean(f.text)), list: facts.filter((f) => !/nearest desks are at/i.test(f.text)).map((f) => clean(f.text)) };
    }
    case 'most-per-borough': {
      const counted = answer.openPerBorough;
      const most = counted[0]?.count ?? 0;
      const top = counted.filter((b) => b.count === most).map((b) => b.borough);
      const none = answer.boroughsWithoutCounter.length;
      const withoutLine = none > 0 ? `${capitalise(countWord(none))} ${plural(none, 'borough')} ${none === 1 ? 'has' : 'have'} none: ${joinAnd(answer.boroughsWithoutCounter)}.` : '';
      if (most === 0) return { headline: "My sources don't have a complete list of counters for that day: check met.police.uk.", lines: [] };
      // "in 2018": counted as of the time asked; otherwise today.
      const when = answer.asOfLabel ? `on ${answer.asOfLabel}` : 'today';
      const list = counted.map((b) => `${b.borough}: ${b.count}`);
      // "Which boroughs still have a counter?": those boroughs, counted, first.
      if (answer.whichHave) {
        const each = counted.every((b) => b.count === 1) ? ', one each' : '';
        return { headline: `${capitalise(countWord(counted.length))} boroughs ${answer.asOfLabel ? 'had' : 'have'} a front counter open ${when}${each}.`, lines: [withoutLine].filter(Boolean), list };
      }
      // "How many boroughs have 2 stations?": those with that many, counted and named, first.
      if (answer.perBorough) return { ...boroughsWithSoMany(answer.perBorough, counted, answer.boroughsWithoutCounter, when, answer.asOfLabel !== undefined), list };
      // "Which borough has the fewest?": those with none first, else those with the fewest open.
      if (answer.fewest) return { ...boroughsWithTheFewest(counted, answer.boroughsWithoutCounter, when, answer.asOfLabel !== undefined), list };
      const headline =
        most === 1
            ? `No borough ${answer.asOfLabel ? 'had' : 'has'} more than one front counter open ${when}: ${countWord(counted.length)} boroughs ${answer.asOfLabel ? 'had' : 'have'} one each.`
            : `${joinAnd(top)} ${answer.asOfLabel ? 'had' : top.length === 1 ? 'has' : 'have'} the most front counters open ${when}: ${countWord(most)}${top.length === 1 ? '' : ' each'}.`;
      return { headline, lines: [withoutLine].filter(Boolean), list };
    }
    case 'appointment':
    case 'accessibility':
    case 'what-to-bring':
    case 'id-check':
    case 'complaint':
    case 'who-may-come':
    case 'crime-figures':
    case 'the-met':
    case 'police-work':
    case 'local-leaders':
    case 'animals':
      return {
        headline: `${NOT_IN_SOURCES[answer.topic]} Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
        // With a counter named, its hours follow instead of the offer to find one.
        lines: [...facts.map((f) => sentence(clean(f.text))), ...(answer.counter ? [] : ['To find the nearest front counter, tell me your postcode or area.'])],
      };
    case 'estates': {
      // The data's own sentence about it, cited; none: the sources say nothing of it.
      const [fact] = facts;
      if (!fact) return { headline: `My sources don't describe the Met's estates strategy. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`, lines: [] };
      return { headline: sentence(clean(fact.text)), lines: ['Ask me about one counter for what my sources say of it.'] };
    }
    case 'busiest':
      return busiest(answer);
    case 'age': {
      // A counter the timeline shows opening (the answer carries its 'opened' rows): that, dated, after what the sources do not hold.
      const opened = answer.counter ? answer.events : [];
      if (answer.counter && opened.length > 0) {
        // Often a reopening or a temporary counter, so the row's own words say which, with its date.
        const rows = opened.map((e) => `${e.value ? clean(e.value) : 'a counter opened'}, ${onDate(markOf(e))}`).join('; ');
        return {
          headline: `My sources don't say when ${bold(answer.counter.status.station.name)} was built or first opened. They do show this: ${rows}.`,
          // Where it stands now too ("... closed on 28 February 2026"), since an opening years ago says nothing of today.
          lines: [describeStatus(answer.counter.status).headline, `Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')} for more.`],
        };
      }
      return {
        headline: `${NOT_IN_SOURCES[answer.topic]} Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
        lines: ['They do hold how many crimes are reported at counters: ask me which counter is busiest.', "Tell me which station and I'll give you its address and opening hours."],
      };
    }
    case 'size':
      return {
        headline: `${NOT_IN_SOURCES[answer.topic]} Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
        lines: ['They do hold how many crimes are reported at counters: ask me which counter is busiest.', "Tell me which station and I'll give you its address and opening hours."],
      };
    case 'facilities':
      return {
        headline: `${NOT_IN_SOURCES[answer.topic]} Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
        lines: ["Tell me which station and I'll give you its address and opening hours."],
      };
    case 'lost-property':
    case 'documents':
    case 'bail':
    case 'evidence':
    case 'counter-other':
      return counterTask(answer);
    case 'if-closed':
      return {
        headline: `If your counter is closed, call ${contactNumber(answer.contacts, 'nonEmergency')} or report online at met.police.uk when it is not an emergency, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`,
        lines: ['To find the nearest front counter still open, tell me your postcode or area.'],
        list: facts.map((f) => clean(f.text)),
      };
    case 'video-appointment': {
      const video = facts.find((f) => /^video appointments\b/i.test(f.text));
      const inPerson = facts.find((f) => /^in-person appointments\b/i.test(f.text));
      const check = `My sources don't say how to book one: call ${contactNumber(answer.contacts, 'nonEmergency')} or check met.police.uk.`;
      if (!video) return { headline: `My sources don't describe video appointments. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`, lines: [] };
      const text = clean(video.text);
      const what = firstSentences(text, 1);
      return {
        headline: `The Met offers ${what.charAt(0).toLowerCase()}${what.slice(1)} ${text.slice(what.length).trim()}`.trim(),
        lines: [check, inPerson ? sentence(clean(inPerson.text).replace(/^In-person appointments\.\s*/, '')) : ''].filter(Boolean),
      };
    }
    case 'bot-official':
    case 'about-the-bot': {
      const { count, said } = publishersSaid(answer);
      // Asked yes or no whether it is the Met's ("are you the police"): "No" first.
      const no = answer.topic === 'bot-official' ? 'No: ' : '';
      return {
        headline: `${no}I'm ${context?.botName ?? 'StationDesk'}, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources, each with its date.`,
        lines: [
          count > 0 ? `My facts come from ${count} publishers: ${said}.` : '',
          freshnessLine(answer),
          officialLine(answer),
        ].filter(Boolean),
        list: howSureTheListIs(facts, 2),
      };
    }
    case 'bot-sources': {
      // Asked where the facts come from: the publishers first, then what the bot is and how fresh it is.
      const { count, said } = publishersSaid(answer);
      return {
        headline: count > 0 ? `My facts come from ${count} publishers: ${said}. Each answer names its sources and their dates.` : 'My answers come from published sources, each named with its date.',
        lines: [
          `I'm ${context?.botName ?? 'StationDesk'}, an open-source chatbot, not a Metropolitan Police service.`,
          freshnessLine(answer),
          officialLine(answer),
        ],
        list: howSureTheListIs(facts, 2),
      };
    }
    // Who checks the facts: the project's own research, checked against public sources (the audit, then freshness
    // reviews: meta.json's verifiedOn, README "Where the data comes from"); never the Met.
    case 'bot-checks':
      return {
        headline: `${context?.botName ?? 'StationDesk'}'s own research checks my facts against published sources, not the Met: they were last checked on ${formatDate(answer.verifiedOn)}, and my latest source is from ${formatDate(answer.sourcesUpTo)}.`,
        lines: [
          'Each fact comes from a named, dated source, and each answer gives its sources and dates.',
          ...howSureTheListIs(facts, 1),
          'Opening hours can change at short notice: check met.police.uk before you travel.',
        ],
      };
    // The code's licence is the repository's LICENSE (MIT); a link only where the deployment configures one (STATIONDESK_SOURCE_URL).
    case 'bot-code': {
      const name = context?.botName ?? 'StationDesk';
      return {
        headline: `${name} is open source: its code is under the MIT licence.`,
        lines: [
          context?.sourceUrl
            ? `You can see its code at ${context.sourceUrl}.`
            : "I have no link to its code to give you: ask whoever runs this chat page.",
          `I'm a chatbot, not a Metropolitan Police service. ${officialLine(answer)}`,
        ],
      };
    }
    // Nothing in the README or the data says who funds or runs it: said plainly, with what is known.
    case 'bot-funding': {
      const name = context?.botName ?? 'StationDesk';
      return {
        headline: `I have no information about who funds or runs ${name}: it's an open-source chatbot, not a Metropolitan Police service, and it's free to use.`,
        lines: ['My answers come from published sources, each named with its date.', officialLine(answer)],
      };
    }
    case 'forgetting':
      // How: the bot's own "forget me" (README "What is stored, where, and for how long": deleted wherever it is stored, in the same turn).
      return {
        headline: 'Say "forget me" and I delete what I keep about you in this conversation straight away.',
        lines: [
          "I keep only what this conversation needs (the places and stations you last asked about, and a question I'm waiting on): neither your name nor a history of your messages. The chat service that carries them, such as Teams or this web chat, holds recent ones for a while.",
          notAWayToReport(answer.contacts),
        ],
      };
    // The chat page forbids the browser's location (its Permissions-Policy), and the bot reads none from Teams: only what is typed.
    case 'bot-location':
      return {
        headline: "No: I can't see your location. I only know a place or postcode you type, and I keep the last one only for this conversation.",
        lines: ['Give me your postcode (the first half is enough) or your area, and I\'ll find the nearest front counter. Say "forget me" at any time and I delete what I keep.', notAWayToReport(answer.contacts)],
      };
    case 'privacy':
      // What the bot itself keeps (README "What is stored, where, and for how long"): no data row describes it.
      return {
        headline: "I keep only what this conversation needs (the places and stations you last asked about, and a question I'm waiting on), and I pass nothing to the police.",
        lines: [
          // The channel carrying the chat (Teams, or the page's own Direct Line: README) holds recent messages, not the bot.
          'I keep neither your name nor a history of your messages (the chat service that carries them, such as Teams or this web chat, holds recent ones for a while). Say "forget me" at any time and I delete what I keep straight away.',
          notAWayToReport(answer.contacts),
        ],
      };
    // The bot itself (README: an open-source Bot Framework bot in a web chat page and Microsoft Teams), not the police.
    // No limit on questions (README): the bot answers any time, as often as asked.
    // The data is London's counters only (the Met's area): elsewhere, the local force, reached through 101.
    case 'beyond-london':
      return {
        headline: `I only cover London's police front counters (the Metropolitan Police area), not the rest of the UK.`,
        lines: [`For police stations elsewhere, check the local police force's website, or call ${contactNumber(answer.contacts, 'nonEmergency')}: it puts you through to the local force.`],
      };
    // The data gives each counter one set of weekly hours (its latest hours row), none for a season, the school holidays or a bank holiday.
    // Counters' hours as the data gives them: those that shut between two openings on one day, if any; lunch and staff breaks otherwise unknown.
    case 'breaks': {
      const withABreak = answer.openWithABreak ?? [];
      return {
        headline:
          withABreak.length === 0
            ? "None of London's open police front counters has a break in the day in the hours my sources give, but they do not say whether counters shut for lunch or staff breaks."
            : `In the hours my sources give, ${joinAnd(withABreak.map((s) => bold(s.station.name)))} ${withABreak.length === 1 ? 'closes' : 'close'} for a break in the day; they do not say whether other counters shut for lunch or staff breaks.`,
        lines: ["Name a counter (or give your postcode) and I'll give its hours."],
      };
    }
    // Distances are haversine straight lines between points (stations/nearest); a postcode district is its middle point.
    case 'bot-distances':
      return {
        headline: "My distances are straight lines between two points, not by road or on foot: the way there is usually longer.",
        lines: [
          'A counter is measured from its own location; a place from its middle point, and a postcode district (such as SE15) from its middle, so those distances are rough.',
          "TfL's Journey Planner (tfl.gov.uk) gives routes and times.",
        ],
      };
    case 'seasonal-hours':
      return {
        headline: 'My sources give each police front counter one set of opening hours for the whole year: they list no summer, winter or school-holiday hours.',
        lines: [
          'They have no special hours for bank holidays or Christmas either, so check met.police.uk before going on one of those days.',
          "Name a counter (or give your postcode) and I'll give its hours.",
        ],
      };
    case 'bot-limits':
      return {
        headline: `There's no limit on how many questions you can ask me: ask as many as you like.`,
        lines: [`I answer questions about London's police front counters: whether one is open, its hours, and the nearest one to you. To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`],
      };
    case 'bot-cost':
      return {
        headline: `${context?.botName ?? 'StationDesk'} is free to use: it's an open-source chatbot and never asks you to pay.`,
        lines: [`It answers questions about London's police front counters. To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`],
      };
    case 'call-cost': {
      // The sources give every route and number, never a price: said so, then the route itself.
      const of = answer.costOf ?? 'reporting';
      const what = of === 'reporting' ? 'whether reporting a crime costs anything' : of === 'Relay UK' ? 'what a call through Relay UK (18000) costs' : of === 'Crimestoppers' ? `what a call to Crimestoppers (${contactNumber(answer.contacts, 'anonymous')}) costs` : `what a call to ${of} costs`;
      const route =
        of === '999'
          ? `${contactNumber(answer.contacts, 'emergency')} is for a crime happening now, or when someone is in immediate danger: call it then.`
          : of === 'Crimestoppers'
            ? (contactText(answer.contacts, 'anonymous') ?? `Crimestoppers: ${contactNumber(answer.contacts, 'anonymous')}.`)
            : `If it is not an emergency: ${lowerFirst(contactText(answer.contacts, 'nonEmergency') ?? `call ${contactNumber(answer.contacts, 'nonEmergency')}, or report online at met.police.uk.`)}`;
      return { headline: `My sources don't say ${what}.`, lines: of === '999' ? [route] : [route, `In an emergency, call ${contactNumber(answer.contacts, 'emergency')}.`] };
    }
    // Letters spelled out in the data's own words, cited by the fact that does; else not known, and where to ask.
    case 'police-term': {
      const term = answer.term;
      const letters = term?.asked ?? 'those letters';
      if (!term?.meaning) {
        return {
          headline: `My sources don't say what ${letters} stands for: they are about London's police front counters. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
          lines: [],
        };
      }
      return {
        headline: `${letters} stands for ${term.meaning}.`,
        lines: [
          ...(term.fact ? [sentence(clean(term.fact.text))] : []),
          `My sources say no more about it than that: check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
        ],
      };
    }
    case 'bot-channels':
      return {
        headline: `No: there's no ${context?.botName ?? 'StationDesk'} app to download, and I'm not on WhatsApp, text messages or social media. I work only in a web chat page and in Microsoft Teams.`,
        lines: [`To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`],
      };
    // Typed messages only, in the web chat page and Teams (README): no phone line, email or voice of its own.
    case 'bot-contact':
      return {
        headline: `No: I can't take phone calls, emails or voice messages. I answer typed messages, in a web chat page and in Microsoft Teams.`,
        lines: [`To speak to the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`],
      };
    // The web chat page works in a browser on a phone, tablet or computer (README's phone screenshot), and Teams.
    case 'bot-devices':
      return {
        headline: "Yes: I work in a web browser on a phone, tablet or computer, and in Microsoft Teams.",
        lines: [`There's no app to download. To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`],
      };
    // The data names no probation service at any counter, nor where anyone reports: said, and where to check.
    case 'probation':
      return {
        headline: "Probation isn't something police front counters deal with, and I don't know where you report or how to reach your probation officer.",
        lines: [
          "Check the letter or appointment details your probation officer gave you, or gov.uk.",
          `To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`,
        ],
      };
    // The chatbot answers whenever it is asked; counters keep their own hours, which it gives when one is named.
    case 'bot-hours':
      return {
        headline: `I'm a chatbot, so you can ask me at any time, day or night, every day of the year.`,
        lines: [
          "Police front counters keep their own hours: name one (or give your postcode) and I'll say when it's open.",
          `To contact the police, call ${contactNumber(answer.contacts, 'nonEmergency')} or use met.police.uk, and ${contactNumber(answer.contacts, 'emergency')} in an emergency.`,
        ],
      };
    case 'bot-screen-reader':
      return {
        headline: 'Yes: my replies are written text, so your screen reader can read them to you.',
        lines: ["I can't speak or listen myself: type your question, and the answer comes first in each reply."],
      };
    case 'pledge': {
      // "Pledges residents may mention: 2017: the Mayor committed ..." -> "2017: the Mayor committed ...".
      const pledges = facts.map((f) => clean(f.text.replace(/^pledges residents may mention:\s*/i, '')));
      // "what did boris promise": none of that Mayor's on record, so what the plan made under them did.
      const of = answer.pledgesOf;
      if (pledges.length === 0 && of) {
        return { headline: `My sources record no promise about front counters by ${of.person}. What the ${of.plan.shortName}, made under ${of.person}, did: ${clean(of.plan.summary)}`, lines: [] };
      }
      if (pledges.length === 0) return { headline: "My sources don't record a pledge about front counters.", lines: [] };
      const [first, ...rest] = pledges;
      const last = rest.at(-1);
      return { headline: `${capitalise(first.replace(/^(\d{4}): /, 'In $1, '))}${last ? ` ${capitalise(last.replace(/^[\d–-]+: /, ''))}` : ''}`, lines: [], list: rest.slice(0, -1) };
    }
    case 'freshness': {
      // Asked of one counter ("how up to date is your info on brixton"): when its own latest source is dated.
      const status = answer.counter?.status;
      const latest = status?.decidedBy.filter((e) => !e.conflict).reduce<(typeof status.decidedBy)[number] | null>((max, e) => (max === null || e.date > max.date ? e : max), null);
      // "That's not right": sorry first; then what the answer stood on, and where to check.
      const sorry = answer.disputed ? 'Sorry if that was wrong: ' : '';
      const check = answer.disputed
        ? `Opening hours can change at short notice: check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')} before you travel.`
        : 'Opening hours can change at short notice: check met.police.uk before you travel.';
      // "Are you sure?": yes, as far as the sources show, first.
      const lead = sorry || (answer.doubted ? 'Yes, as far as my sources show: ' : '');
      const afterSorry = (statement: string) => (lead ? `${lead}${afterAColon(statement)}` : statement);
      if (status && latest) {
        return {
          headline: afterSorry(`What I have on ${bold(status.station.name)} was last checked on ${formatDate(answer.verifiedOn)}; the latest change my sources show for its counter is dated ${formatDate(latest.date, latest.datePrecision)}.`),
          lines: [check],
        };
      }
      if (answer.disputed || answer.doubted) {
        return {
          headline: afterSorry(freshnessLine(answer)),
          lines: [check],
        };
      }
      return {
        headline: freshnessLine(answer),
        lines: [...howSureTheListIs(facts, 1), 'Opening hours can change at short notice: check met.police.uk before you travel.'],
      };
    }
  }
}

/** "2025–26 (Met "tough choices")" -> "2025–26". */
const eraOf = (label: string | null) => (label ?? '').replace(/\s*\(.*\)$/, '');

/**
 * "Which is the busiest police station?": the latest era's busiest counter first ("busiest: Charing Cross, about 15 a day",
 * under "Daily crime reports per counter:"), its other figures next, then the earlier eras' own sentences.
 */
function busiest(answer: ServiceAnswer): { headline: string; lines: string[]; list?: string[] } {
  const figures = answer.facts.map(split);
  const latest = figures.filter((f) => /^busiest:/i.test(f.rest)).at(-1) ?? figures.filter((f) => /\bbusiest\b/i.test(f.rest)).at(-1);
  if (!latest) return { headline: `My sources don't say which front counter is busiest. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`, lines: [] };
  const era = eraOf(latest.label);
  const measure = figures.find((f) => f.label === latest.label && /:\s*$/.test(f.rest))?.rest.replace(/:\s*$/, '').toLowerCase();
  const others = figures.filter((f) => f.label === latest.label && f !== latest && !/:\s*$/.test(f.rest) && /^[a-z]+:/i.test(f.rest));
  const headline = /^busiest:/i.test(latest.rest)
    ? `In ${era}, the busiest front counter was ${clean(latest.rest.replace(/^busiest:\s*/i, ''))}${measure ? ` (${measure})` : ''}.`
    : `In ${era}: ${sentence(clean(latest.rest))}`;
  const earlier = figures.filter((f) => f.label !== latest.label).map((f) => `In ${eraOf(f.label)}: ${sentence(clean(f.rest))}`);
  const rest = others.length > 0 ? sentence(capitalise(others.map((f) => clean(f.rest)).join('; '))) : '';
  if (answer.compared && answer.compared.length >= 2) return busierOfTwo(answer.compared.map(shortStationName), latest, era, measure, [headline, rest, ...earlier]);
  // "Which is the quietest counter?": the quiet end first. The figures name no quietest counter, only its count.
  if (answer.quietest) {
    const quiet = others.find((f) => /^quietest:/i.test(f.rest));
    const said = quiet ? clean(quiet.rest.replace(/^quietest:\s*/i, '')) : '';
    const figure = said.charAt(0).toLowerCase() + said.slice(1);
    return {
      headline: figure
        ? `My sources don't name the quietest front counter: in ${era}, the quietest had ${figure}${measure ? ` (${measure})` : ''}.`
        : `My sources don't say which front counter is quietest. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
      // The other figures of the same era, less the quietest already said ("Average: 4 a day ...").
      lines: [headline, sentence(capitalise(others.filter((f) => f !== quiet).map((f) => clean(f.rest)).join('; '))), ...earlier].filter((l) => l && l !== '.'),
    };
  }
  return {
    headline,
    lines: [others.length > 0 ? sentence(capitalise(others.map((f) => clean(f.rest)).join('; '))) : '', ...earlier].filter(Boolean),
  };
}

/**
 * "Is walworth busier than brixton?": the counters compared, answered for them. The latest busiest counter, when it is
 * one of them, is busier than the rest; otherwise the sources have no figure per counter to compare, said first, and
 * the figures they do have follow (never the busiest overall as if it answered).
 */
function busierOfTwo(names: string[], latest: { rest: string }, era: string, measure: string | undefined, figures: string[]): { headline: string; lines: string[] } {
  const top = /^busiest:/i.test(latest.rest) ? clean(latest.rest.replace(/^busiest:\s*/i, '')) : '';
  const leader = names.find((n) => top.toLowerCase().startsWith(n.toLowerCase()));
  const lines = figures.filter(Boolean);
  if (leader) {
    const others = names.filter((n) => n !== leader);
    const figure = top.slice(leader.length).replace(/^[,:\s]+/, '');
    return {
      headline: `In ${era}, ${leader} was the busiest front counter in London${figure ? ` (${figure}${measure ? `, ${measure}` : ''})` : ''}, so busier than ${joinAnd(others)}.`,
      lines: [`My sources give no figure of its own for ${joinAnd(others)}.`, ...lines.slice(1)],
    };
  }
  // A figure naming one of them (an earlier era's busiest) comes right after the latest London-wide one.
  const [overall, ...more] = lines;
  const named = more.filter((l) => names.some((n) => l.includes(n)));
  return {
    headline: `My sources don't give how busy ${joinAnd(names)} each are, so I can't compare them.`,
    lines: [`What they give: ${overall}`, ...named, ...more.filter((l) => !named.includes(l))],
  };
}


/**
 * What a counter does, asked of counters in general: the data's own words for the task when it names it ("leaving or
 * collecting lost property"), else that the data does not say, with what it does say counters are for.
 */
function counterTask(answer: ServiceAnswer): { headline: string; lines: string[]; list?: string[] } {
  const nearest = `${capitalise(countWord(answer.openCount))} front counters are open in London today: tell me your postcode or area for the nearest one.`;
  const check = `Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')} before you go.`;
  const uses = usesNamed(answer.facts);
  if (answer.topic === 'counter-other' || uses.length === 0) {
    return {
      headline: `My sources don't say whether police front counters do that. Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`,
      lines: [uses.length > 0 ? `People go to front counters to report a crime and for ${joinAnd(uses)}.` : '', 'To find the nearest front counter, tell me your postcode or area.'].filter(Boolean),
    };
  }
  return { headline: `You can do that at a police front counter: ${joinAnd(uses)} is one of the things people go there for.`, lines: [nearest, check] };
}

export function renderService(answer: ServiceAnswer, context?: RenderContext): AnswerSections {
  const { headline, lines, list } = headlineAndLines(answer, context);
  const counter = answer.counter;
  const counterLines: string[] = [];
  let lead = headline;
  // The figures and the data's silence on size and age are about every counter: said as they are, whichever one is named.
  if (counter && answer.topic !== 'court' && answer.topic !== 'what-happened' && answer.topic !== 'busiest' && answer.topic !== 'size' && answer.topic !== 'age' && answer.topic !== 'probation') {
    const name = bold(counter.status.station.name);
    if (!counter.mentioned && NOT_IN_SOURCES[answer.topic] === undefined && answer.topic !== 'freshness') lead = `My sources don't say whether there is a ${TOPIC_NOUN[answer.topic]} at ${name}. ${headline}`;
    counterLines.push(describeStatus(counter.status).headline);
  }
  const short = counter ? shortStationName(counter.status.station) : null;
  return {
    headline: lead,
    keyLines: [...counterLines, ...lines].slice(0, 2),
    list: list && list.length > 0 ? { items: list } : null,
    card: { title: TOPIC_TITLE[answer.topic] },
    details: [...counterLines, ...lines].slice(2),
    sources: { cited: [...undated(answer.facts.flatMap((f) => f.sources)), ...citedOf(answer.events)], publishers: answer.publishers },
    dating: { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: false },
    speak: lead,
    suggestions:
      answer.topic === 'privacy' || answer.topic === 'forgetting'
        ? ['Forget me', 'Nearest open desk to me', 'Which desks are open 24/7?']
        : [short ? `Is ${short} open now?` : 'Nearest open desk to me', 'Which desks are open 24/7?', 'Why did counters close?'],
  };
}

/**
 * "which boroughs lost their police station in 2017": the boroughs whose last open counter closed then, each with the
 * counter and its date; none, said so. The boroughs with none now follow: what the resident may have meant.
 */
function lastCountersLost(asked: LastCountersLost, noneNow: string): { headline: string; lines: string[]; list?: string[] } {
  const since = formatDate(asked.completeFrom, 'month');
  const n = asked.lost.length;
  if (asked.before) return { headline: `My sources cannot say which boroughs lost their last front counter in ${asked.period}: they hold every counter only from ${since}.`, lines: [noneNow] };
  const gap = asked.incomplete ? `My sources hold every counter only from ${since}: a loss before then would not show.` : '';
  const boroughs = joinAnd(asked.lost.map((l) => `${l.borough} (${onDate(markOf(l.event)).replace(/^on /, '')}${l.hasOneNow ? '; it has one open again now' : ''})`));
  const who = `${countWord(n)} ${plural(n, 'borough')}`;
  const headline = asked.period
    ? n === 0
      ? `No borough lost its last front counter in ${asked.period}, as far as my sources show: each kept at least one open.`
      : `${capitalise(who)} lost ${n === 1 ? 'its' : 'their'} last front counter in ${asked.period}: ${boroughs}.`
    : n === 0
      ? `No borough has lost its last front counter since ${since} (when my sources cover every counter).`
      : `Since ${since} (when my sources cover every counter), ${who} ${n === 1 ? 'has' : 'have'} lost ${n === 1 ? 'its' : 'their'} last front counter: ${boroughs}.`;
  const each = asked.lost.map((l) => `${bold(l.borough)}: ${shortStationName(l.station)} closed ${onDate(markOf(l.event))}${l.hasOneNow ? ' (it has a counter open again now)' : ''}`);
  return { headline, lines: [gap, noneNow].filter(Boolean), list: n > 0 ? each : undefined };
}

/** Most boroughs' names said in a first sentence; more are counted there and listed below. */
const NAMED_IN_A_SENTENCE = 6;

/**
 * The boroughs with as many counters open as asked ("how many boroughs have 2 stations": exactly two; "more than one": two
 * or more; "fewer than two": one or none), counted and, when few, named; none: that none has, and what the most is.
 */
function boroughsWithSoMany(
  asked: { count: number; orMore?: true; orFewer?: true },
  counted: readonly { borough: string; count: number }[],
  without: readonly string[],
  when: string,
  past: boolean,
): { headline: string; lines: string[] } {
  const has = (n: number): string => (past ? 'had' : n === 1 ? 'has' : 'have');
  const fits = (n: number): boolean => (asked.orMore ? n >= asked.count : asked.orFewer ? n <= asked.count : n === asked.count);
  const these = [...counted.filter((b) => fits(b.count)).map((b) => b.borough), ...(asked.orFewer ? without : [])];
  // "more than one front counter", "at most one front counter", "two front counters".
  const said = asked.orMore && asked.count > 1 ? asked.count - 1 : asked.count;
  const many = `${asked.orMore && asked.count > 1 ? 'more than ' : asked.orFewer ? 'at most ' : ''}${countWord(said)} front ${plural(said, 'counter')}`;
  const top = counted[0]?.count ?? 0;
  const mostSaid = top === 1 ? `${countWord(counted.length)} boroughs ${has(2)} one each` : `the most any borough ${past ? 'had was' : 'has is'} ${countWord(top)}`;
  const noneLine = without.length > 0 ? `${capitalise(countWord(without.length))} ${plural(without.length, 'borough')} ${has(without.length)} none: ${joinAnd(without)}.` : '';
  if (these.length === 0) return { headline: `No borough ${has(1)} ${many} open ${when}: ${mostSaid}.`, lines: [noneLine].filter(Boolean) };
  const named = these.length <= NAMED_IN_A_SENTENCE ? `: ${joinAnd(these)}` : '';
  return { headline: `${capitalise(countWord(these.length))} ${plural(these.length, 'borough')} ${has(these.length)} ${many} open ${when}${named}.`, lines: [noneLine].filter(Boolean) };
}

/** What happened to a building, as residents ask it: "which station had a fire", "which station was sold". */
const HAPPENED_PHRASE: Record<NonNullable<ServiceAnswer['happened']>, string> = {
  fire: 'had a fire',
  flood: 'flooded',
  sold: 'was sold',
  demolished: 'was demolished',
};

/**
 * "The one that burned down", "which police stations were sold": the stations whose timeline rows say so, each with the
 * row's date and words; none: that the sources record none, and where to check (never a guess).
 */
function whatHappened(answer: ServiceAnswer): { headline: string; lines: string[]; list?: string[] } {
  const phrase = HAPPENED_PHRASE[answer.happened ?? 'fire'];
  const check = `Check met.police.uk or call ${contactNumber(answer.contacts, 'nonEmergency')}.`;
  const named = answer.counter ? bold(answer.counter.status.station.name) : null;
  const rows = answer.events.map((e, i) => ({ name: answer.eventNames?.[i] ?? '', line: `${datedLabel(e)}: ${sentence(e.value)}` }));
  if (rows.length === 0) {
    return { headline: named ? `My sources record nothing saying ${named} ${phrase}.` : `My sources record no police station that ${phrase}.`, lines: [check] };
  }
  if (rows.length === 1 || named) {
    const [first, ...others] = rows;
    return { headline: `${named ? 'Yes: ' : ''}${named ?? bold(first.name)} ${phrase}, as my sources show. ${first.line}`, lines: [], list: others.map((r) => r.line) };
  }
  const names = [...new Set(rows.map((r) => r.name))];
  return {
    headline: `${capitalise(countWord(names.length))} police stations ${phrase}, as my sources show: ${joinAnd(names.map(bold))}.`,
    lines: [],
    list: rows.map((r) => `${r.name}: ${r.line}`),
  };
}

/**
 * "Which borough has the fewest police stations?": the boroughs with none open, named, and what the others have; with
 * none at none, the boroughs with the fewest open and how many.
 */
function boroughsWithTheFewest(counted: readonly { borough: string; count: number }[], without: readonly string[], when: string, past: boolean): { headline: string; lines: string[] } {
  const has = (n: number): string => (past ? 'had' : n === 1 ? 'has' : 'have');
  const least = Math.min(...counted.map((b) => b.count));
  const bottom = counted.filter((b) => b.count === least).map((b) => b.borough);
  if (without.length > 0) {
    const others = counted.every((b) => b.count === least) ? ` The other ${countWord(counted.length)} ${has(counted.length)} ${least === 1 ? 'one each' : `${countWord(least)} each`}.` : '';
    return { headline: `${capitalise(countWord(without.length))} ${plural(without.length, 'borough')} ${has(without.length)} no front counter open ${when}: ${joinAnd(without)}.${others}`, lines: [] };
  }
  const many = `${countWord(least)} front ${plural(least, 'counter')} open ${when}`;
  if (bottom.length === 1) return { headline: `${bottom[0]} ${has(1)} the fewest: ${many}.`, lines: [] };
  const named = bottom.length <= NAMED_IN_A_SENTENCE ? `: ${joinAnd(bottom)}` : '';
  return { headline: `${capitalise(countWord(bottom.length))} boroughs ${has(2)} ${many}${least === 1 ? '' : ' each'}, the fewest of any${named}.`, lines: [] };
}
