/** When the data was last checked against public sources, read from SOURCES.md. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The date the data was last checked against public sources: the independent
 * audit ("Applied on YYYY-MM-DD from the independent audit") or a later
 * freshness review ("## Corrections applied (freshness review, 4 Dec 2026)"),
 * whichever is latest: a review that found nothing new still verified the data.
 */
export function lastVerifiedOn(sourcesMd: string): string {
  const audit = /Applied on (\d{4}-\d{2}-\d{2}) from the independent audit/.exec(sourcesMd)?.[1];
  if (!audit) throw new Error('SOURCES.md: could not find the audit date ("Applied on YYYY-MM-DD from the independent audit")');
  const reviews = [...sourcesMd.matchAll(/^#+ .*\(freshness review, (\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})\)/gm)].map(([, day, month, year]) => {
    const m = MONTHS.indexOf(month);
    if (m < 0) throw new Error(`SOURCES.md: unreadable freshness review date "${day} ${month} ${year}"`);
    return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  });
  return [audit, ...reviews].reduce((a, b) => (b > a ? b : a));
}
