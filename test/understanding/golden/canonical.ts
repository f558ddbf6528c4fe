/**
 * A question in a compact, stable form for the golden recording: every field
 * the question holds, with each place reduced to what it resolved to
 * (`station:brixton "Brixton Police Station"`, `ambiguous:wood-green/woodford`,
 * `not-found:blahville`) rather than the whole match with its coordinates.
 */
import type { LocateResult, PlaceMatch } from '../../../src/stations/model';
import type { PlaceMention, Question } from '../../../src/understanding/question';

function matchKey(m: PlaceMatch): string {
  return `${m.kind}:${m.stationId ?? m.postcode ?? m.label}`;
}

function resultKey(r: LocateResult): string {
  switch (r.status) {
    case 'found': {
      const alternatives = r.alternatives.length > 0 ? ` (also ${r.alternatives.map(matchKey).join(', ')})` : '';
      return `${matchKey(r.match)} "${r.match.label}"${alternatives}`;
    }
    case 'ambiguous':
      return `ambiguous:${r.candidates.map(matchKey).join('/')}`;
    case 'not-found':
      return `not-found:${r.query}`;
    default:
      return `${r.status}:${r.postcode}`;
  }
}

function mentionKey(m: PlaceMention): string {
  return `${m.fromContext ? '(context) ' : ''}"${m.text}" -> ${resultKey(m.result)}`;
}

/** Plain data with its keys sorted at every level, so equal values print as equal text. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sorted(v);
  }
  return out;
}

/** The question with places as one-line keys: `intent` first, then the other fields in name order. */
export function canonicalQuestion(q: Question): Record<string, unknown> {
  const out: Record<string, unknown> = { intent: q.intent };
  for (const [key, value] of Object.entries(sorted(q) as Record<string, unknown>)) {
    if (key === 'intent') continue;
    if (key === 'place') out.place = value === null ? null : mentionKey((q as { place: PlaceMention }).place);
    else if (key === 'others') out.others = (q as { others: PlaceMention[] }).others.map(mentionKey);
    else out[key] = value;
  }
  return out;
}
