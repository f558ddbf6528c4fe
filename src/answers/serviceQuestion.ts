/**
 * Questions about the service, not a station, answered from the data:
 * resident-facts (what a counter is for, what is not a counter, why counters
 * close at night, the savings of each plan, how sure the list is), the
 * timeline (the counters open 24 hours today, court challenges) and the data's
 * own dates. Which facts answer which topic is chosen here by the words the
 * data itself labels them with ("Policing hubs:", "Savings:"); no fact is
 * written here.
 */
import { hasABreakInTheDay } from '../stations/openingHours';
import type { CounterStatus } from '../stations/timeline';
import type { KnowledgeData, ResidentFact, ResidentFactsSection, TimelineEvent } from '../stations/model';
import type { Happened, ServiceTopic } from '../understanding/question';
import type { Answer, AnswerDating } from './answer';
import { namesStation } from './namesInText';

type ServiceAnswer = Extract<Answer, { kind: 'service' }>;

/** How the data labels or words the facts of each topic (resident-facts.md), and the timeline rows of some. */
const FACTS_OF: Partial<Record<ServiceTopic, { section: string; label: RegExp }[]>> = {
  hub: [{ section: 'if-your-counter-is-closed', label: /^policing hubs?\b/i }],
  mobile: [{ section: 'if-your-counter-is-closed', label: /^mobile police stations?\b/i }],
  'video-screen': [{ section: 'if-your-counter-is-closed', label: /^video screens?\b/i }],
  'contact-point': [{ section: 'if-your-counter-is-closed', label: /contact.points?|^they are for non-urgent/i }],
  phones: [
    { section: 'if-your-counter-is-closed', label: /^weatherproof phones\b/i },
    { section: 'where-you-can-go-in-person', label: /^outside opening hours\b/i },
  ],
  night: [
    { section: 'why-counters-were-closed', label: /\bnight\b|23:00|outside 10:00/i },
    { section: 'where-you-can-go-in-person', label: /^outside opening hours\b/i },
  ],
  savings: [
    { section: 'headline-numbers-of-each-plan', label: / \| / },
    { section: 'why-counters-were-closed', label: /\bsav(?:e|ed|ing|ings)\b/i },
  ],
  purpose: [{ section: 'what-a-front-counter-is-for', label: /./ }],
  // The visit figures, each era's: "The busiest counter, Brixton, ...", "Daily crime reports per counter:", "busiest: ...".
  busiest: [{ section: 'why-counters-were-closed', label: /\b(?:busiest|quietest)\b|: average: |reports per counter:\s*$/i }],
  freshness: [{ section: 'where-you-can-go-in-person', label: /^how sure is this list\b/i }],
  'if-closed': [{ section: 'if-your-counter-is-closed', label: /^(?:weatherproof phones|in-person appointments|video appointments|neighbourhood policing teams|contact points)\b/i }],
  appointment: [{ section: 'if-your-counter-is-closed', label: /^(?:in-person|video) appointments\b/i }],
  estates: [{ section: 'things-the-chatbot-should-not-get-wrong', label: /\bestates strategy\b/i }],
  'no-counter': [{ section: 'where-you-can-go-in-person', label: /^boroughs with no counter\b|nearest desks are at\b|^those suggestions\b/i }],
  'video-appointment': [{ section: 'if-your-counter-is-closed', label: /^(?:video|in-person) appointments\b/i }],
  pledge: [{ section: 'headline-numbers-of-each-plan', label: /^pledges residents may mention:/i }],
  'about-the-bot': [{ section: 'where-you-can-go-in-person', label: /^how sure is this list\b/i }],
  'bot-sources': [{ section: 'where-you-can-go-in-person', label: /^how sure is this list\b/i }],
  'bot-official': [{ section: 'where-you-can-go-in-person', label: /^how sure is this list\b/i }],
  'bot-checks': [{ section: 'where-you-can-go-in-person', label: /^how sure is this list\b/i }],
  // What a counter does: the data's visit types and uses people describe, and what contact points take.
  'lost-property': [
    { section: 'what-a-front-counter-is-for', label: /\blost property\b/i },
    { section: 'if-your-counter-is-closed', label: /\blost or found property\b/i },
  ],
  documents: [{ section: 'what-a-front-counter-is-for', label: /\bdocuments\b/i }],
  bail: [{ section: 'what-a-front-counter-is-for', label: /\bbail\b/i }],
  evidence: [{ section: 'what-a-front-counter-is-for', label: /\bevidence\b/i }],
  'counter-other': [{ section: 'what-a-front-counter-is-for', label: /^[a-z]/ }],
};

/** Timeline rows about challenges in court. */
const COURT_ROW = /\b(?:court|legal|judicial|pre-action|letter before action|quashed|lawful)\b/i;
/** The words of a topic in a station's own rows ("is there a video screen at Twickenham?"). */
const ROW_WORDS: Partial<Record<ServiceTopic, RegExp>> = {
  hub: /\bhub\b/i,
  mobile: /\bmobile\b/i,
  'video-screen': /\bvideo\b|\bscreen\b/i,
  'contact-point': /\bcontact point/i,
  phones: /\bphones?\b/i,
  court: COURT_ROW,
};
/** How the timeline's rows say what happened to a building ("fire destroyed roof", "station sold"). */
const HAPPENED_ROWS: Record<Happened, RegExp> = {
  fire: /\bfire\b/i,
  flood: /\bflood/i,
  sold: /\bsold\b/i,
  demolished: /\b(?:demolish|torn down|pulled down)/i,
};
/** The header of the data's list of what is not a front counter. */
const NOT_COUNTERS = /^not front counters\b/i;

function section(data: KnowledgeData, prefix: string): ResidentFactsSection | undefined {
  return data.residentFacts.sections.find((s) => s.id.startsWith(prefix));
}

/** Every borough the data has ever had a counter in, less those with one open (the City of London has none in the data). */
function boroughsWithout(data: KnowledgeData, statuses: readonly CounterStatus[]): string[] {
  const boroughs = new Set(data.stations.map((s) => s.borough));
  for (const s of statuses) if (s.counter === 'open') boroughs.delete(s.station.borough);
  return [...boroughs].sort();
}

/** Each borough with a counter open and how many, most first, then by name. */
function openPerBorough(statuses: readonly CounterStatus[]): { borough: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of statuses) if (s.counter === 'open') counts.set(s.station.borough, (counts.get(s.station.borough) ?? 0) + 1);
  return [...counts].map(([borough, count]) => ({ borough, count })).sort((a, b) => b.count - a.count || a.borough.localeCompare(b.borough));
}

export function serviceAnswer(
  data: KnowledgeData,
  topic: ServiceTopic,
  events: (stationId: string) => TimelineEvent[],
  statuses: readonly CounterStatus[],
  counter: CounterStatus | null,
  dating: AnswerDating,
  happened?: Happened,
): ServiceAnswer {
  const facts: ResidentFact[] = [];
  let notACounter = false;
  for (const { section: prefix, label } of FACTS_OF[topic] ?? []) {
    const found = section(data, prefix);
    if (!found) continue;
    const header = found.facts.findIndex((f) => NOT_COUNTERS.test(f.text));
    found.facts.forEach((fact, i) => {
      if (!label.test(fact.text) || NOT_COUNTERS.test(fact.text)) return;
      facts.push(fact);
      if (header >= 0 && i > header) notACounter = true;
    });
  }
  const stationIds = counter ? [counter.station.id] : data.stations.map((s) => s.id);
  // Court challenges, or what happened to a building ("the one that burned down"): the rows that say so.
  const row = topic === 'court' ? COURT_ROW : topic === 'what-happened' && happened ? HAPPENED_ROWS[happened] : undefined;
  const court = row ? stationIds.flatMap((id) => events(id)).filter((e) => !e.conflict && row.test(e.value)) : [];
  // One challenge can be on record for each counter it was about (Harrow and Pinner): said once.
  const rows = [...new Map(court.map((e) => [`${e.date} ${e.value}`, e])).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const words = ROW_WORDS[topic];
  const mentioned =
    counter !== null &&
    (rows.length > 0 ||
      facts.some((f) => namesStation(f.text, counter.station)) ||
      (words !== undefined && events(counter.station.id).some((e) => words.test(e.value))));
  return {
    kind: 'service',
    topic,
    facts,
    definition: section(data, 'what-a-front-counter-is-for')?.intro ?? null,
    notACounter,
    events: rows,
    ...(topic === 'what-happened' ? { eventNames: rows.map((e) => data.stations.find((s) => s.id === e.stationId)?.name ?? '') } : {}),
    open24x7: statuses.filter((s) => s.counter === 'open' && s.hours?.is24x7),
    // "do police stations close for lunch": the open counters whose hours shut between two openings on one day.
    ...(topic === 'breaks' ? { openWithABreak: statuses.filter((s) => s.counter === 'open' && s.hours !== null && hasABreakInTheDay(s.hours.schedule)) } : {}),
    boroughsWithoutCounter: boroughsWithout(data, statuses),
    openCount: statuses.filter((s) => s.counter === 'open').length,
    // Before the counter list is complete, a count by borough would miss counters: none is given.
    openPerBorough: dating.asOf >= data.meta.counterList.since ? openPerBorough(statuses) : [],
    contacts: data.residentFacts.contacts,
    counter: counter ? { status: counter, mentioned } : null,
    ...dating,
  };
}

/**
 * What the data spells letters out as, in its own words ("Police Community Support Officers (PCSOs)"): words whose
 * initials are the letters, with the letters in brackets after them; one of many said as one ("PCSO": "Police Community
 * Support Officer"). None found: only the letters, so the reply says the sources do not say.
 */
export function termSpelledOut(data: KnowledgeData, asked: string): { asked: string; meaning?: string; fact?: ResidentFact } {
  const facts = [...Object.values(data.residentFacts.contacts), ...data.residentFacts.sections.flatMap((s) => s.facts)];
  const letters = asked.toUpperCase();
  for (const fact of facts) {
    for (const m of fact.text.matchAll(/((?:[A-Z][a-z]+ ){1,7})\(([A-Z]{2,6})(s?)\)/g)) {
      if (m[2] !== letters) continue;
      const words = m[1].trim().split(' ').slice(-letters.length);
      if (words.map((w) => w[0]).join('') !== letters) continue;
      // "Officers (PCSOs)": the plural in the brackets, so the last word is said as one.
      if (m[3] === 's') words[words.length - 1] = words[words.length - 1].replace(/s$/, '');
      return { asked: letters, meaning: words.join(' '), fact };
    }
  }
  return { asked: letters };
}
