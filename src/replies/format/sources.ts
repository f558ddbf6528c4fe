/**
 * Where a fact came from and as of when: every fact-bearing reply ends with
 * its source links, the date the data was last checked and, past the last
 * source, that this is the Met's announced arrangement.
 */
import { formatDate, monthAfter } from './dates';
import { joinAnd } from './text';

export interface Dating {
  asOf: string;
  verifiedOn: string;
  sourcesUpTo: string;
}

const MET_SITE = 'met.police.uk';
export const MET_URL = 'https://www.met.police.uk';

/** Unique, in order, at most `n`. */
export function firstSources(urls: readonly string[], n = 2): string[] {
  return [...new Set(urls.filter((u) => /^https?:\/\//.test(u)))].slice(0, n);
}

/** `Source: https://...` / `Sources: https://... and https://...`; empty when there are none. */
export function sourcesLine(urls: readonly string[], n = 2): string {
  const shown = firstSources(urls, n);
  if (shown.length === 0) return '';
  return `${shown.length === 1 ? 'Source' : 'Sources'}: ${joinAnd(shown)}`;
}

/** `metengage.co.uk` for a button title. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The answer is later than the last source: the data shows what was announced, not what was seen. */
export function isBeyondSources(dating: Dating): boolean {
  return dating.asOf > dating.sourcesUpTo;
}

/** `Data last checked on 26 November 2026.` plus, past the sources, the announced-arrangement caveat. */
export function freshnessLine(dating: Dating, beyondSources = isBeyondSources(dating)): string {
  const checked = `Data last checked on ${formatDate(dating.verifiedOn)}.`;
  if (!beyondSources) return checked;
  return (
    `${checked} This is the Met's announced arrangement since ${monthAfter(dating.sourcesUpTo)}: ` +
    `our latest source is from ${formatDate(dating.sourcesUpTo)}, so check ${MET_SITE} before you travel.`
  );
}

/** The card footer: the same, shorter. */
export function freshnessFooter(dating: Dating, beyondSources = isBeyondSources(dating)): string {
  const checked = `Data checked ${formatDate(dating.verifiedOn)}`;
  if (!beyondSources) return `${checked}.`;
  return `${checked}. The Met's announced arrangement since ${monthAfter(dating.sourcesUpTo)}; check ${MET_SITE} before you travel.`;
}
