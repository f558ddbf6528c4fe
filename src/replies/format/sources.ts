/**
 * Where a fact came from and as of when, as residents trust it: the
 * publisher's name and the date of the fact ("Metropolitan Police (MetEngage
 * alert), 3 Mar 2026"), never a bare domain; official sources first, then
 * news, local news, politicians and community sites; at most two, never two
 * from one publisher; copies of other outlets' articles only when nothing
 * better supports the fact, and then labelled as copies. A domain the data
 * names no publisher for is shown as itself, labelled so ("example.org
 * (publisher not recorded)"): never a publisher guessed from its name.
 */
import type { PublisherIndex } from '../../answers/answer';
import type { PublisherKind, TimelineEvent } from '../../stations/model';
import type { DatedMark, KnownHours } from '../../stations/timeline';
import type { Cited, Dating } from '../sections';
import { BoundedCache } from '../../stations/boundedCache';
import { formatDate, monthAfter } from './dates';

const MET_SITE = 'met.police.uk';
export const MET_URL = 'https://www.met.police.uk';

/** How many sources an answer shows. */
export const SOURCES_SHOWN = 2;

const TRUST: Record<PublisherKind | 'unknown', number> = {
  official: 0,
  news: 1,
  'local-news': 2,
  politician: 3,
  community: 4,
  unknown: 5,
  aggregator: 6,
};

/** A source as shown: `BBC News, 28 Feb 2026`, with its address for the link. */
export interface SourceLabel {
  label: string;
  url: string;
}

// Sources are the data's few hundred addresses, cited again and again: each is parsed once.
const hosts = new BoundedCache<string, string | null>(1024);

function hostOf(url: string): string | null {
  return hosts.get(url, () => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return null;
    }
  });
}

/** How a source whose domain has no row in publishers.csv is named. */
export function unrecordedPublisher(host: string): string {
  return `${host.replace(/^www\./, '')} (publisher not recorded)`;
}

/** `3 Mar 2026`, `Mar 2026`, `2013`: the date of the fact, as short as a button. */
function shortDate(mark: DatedMark): string {
  const text = formatDate(mark.date, mark.precision);
  if (mark.precision === 'day') return text.replace(/^(\d+ \w{3})\w*/, '$1');
  return mark.precision === 'month' ? text.replace(/^(\w{3})\w*/, '$1') : text;
}

/** The sources of timeline rows, each dated by its row. */
export function citedOf(events: readonly Pick<TimelineEvent, 'sources' | 'date' | 'datePrecision'>[]): Cited[] {
  return events.flatMap((e) => e.sources.map((url) => ({ url, date: { date: e.date, precision: e.datePrecision } })));
}

/** The sources of the opening hours an answer states, each dated by the day those hours began. */
export function citedOfHours(hours: readonly (KnownHours | null | undefined)[]): Cited[] {
  return citedOf(hours.flatMap((h) => (h ? [{ sources: h.sources, date: h.since.date, datePrecision: h.since.precision }] : [])));
}

/** Addresses with no date (plans' and resident facts' sources). */
export function undated(urls: readonly string[]): Cited[] {
  return urls.map((url) => ({ url }));
}

/** The sources to show, most trusted first, one per publisher; copies only when nothing else supports the facts. */
export function chooseSources(cited: readonly Cited[], publishers: PublisherIndex, n = SOURCES_SHOWN): SourceLabel[] {
  const seen = new Set<string>();
  const ranked = cited
    .filter((c) => /^https?:\/\//.test(c.url))
    .map((c, order) => {
      const host = hostOf(c.url) ?? c.url;
      const publisher = publishers[host];
      const kind = publisher?.kind ?? 'unknown';
      return { url: c.url, date: c.date, order, kind, name: publisher?.name ?? unrecordedPublisher(host) };
    })
    // Most trusted first; among equals, the latest fact first, then the order the answer gave.
    .sort((a, b) => TRUST[a.kind] - TRUST[b.kind] || (b.date?.date ?? '').localeCompare(a.date?.date ?? '') || a.order - b.order);
  const better = ranked.some((c) => c.kind !== 'aggregator');
  const out: SourceLabel[] = [];
  for (const c of ranked) {
    if (out.length >= n) break;
    if (c.kind === 'aggregator' && better) break;
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    const copy = c.kind === 'aggregator' && !/\bcopy\b/i.test(c.name) ? ' (a copy)' : '';
    out.push({ label: `${c.name}${copy}${c.date ? `, ${shortDate(c.date)}` : ''}`, url: c.url });
  }
  return out;
}

/** `Data checked 26 November 2026.` plus, past the last source, that this is the Met's announced arrangement. */
export function freshnessFooter(dating: Dating): string {
  const checked = `Data checked ${formatDate(dating.verifiedOn)}.`;
  return dating.beyondSources ? `${checked} ${announcedLine(dating)} My latest source is from ${formatDate(dating.sourcesUpTo)}.` : checked;
}

/** Said once per conversation in the text, and always in the card footer. */
export function announcedLine(dating: Pick<Dating, 'sourcesUpTo'>): string {
  return `This is the Met's announced arrangement since ${monthAfter(dating.sourcesUpTo)}: check ${MET_SITE} before you travel.`;
}

/** The answer is later than the last source. */
export function isBeyondSources(d: { asOf: string; sourcesUpTo: string }): boolean {
  return d.asOf > d.sourcesUpTo;
}
