/** Resident facts as reply lines: grouped by their era prefix, never ending on an intro without its items. */
import type { ResidentFact } from '../../stations/model';
import { residentWording } from './text';

/** Facts in the data read `2017 (Mayor Sadiq Khan): The strategy ...`: grouped by that prefix. */
export function groupFacts(facts: readonly ResidentFact[]): { heading: string | null; facts: ResidentFact[] }[] {
  const groups: { heading: string | null; facts: ResidentFact[] }[] = [];
  for (const fact of facts) {
    const m = /^(\d{4}[^:]{0,60}):\s+(.*)$/s.exec(fact.text);
    const heading = m ? m[1] : null;
    const text = m ? m[2] : fact.text;
    const last = groups[groups.length - 1];
    if (last && last.heading === heading) last.facts.push({ ...fact, text });
    else groups.push({ heading, facts: [{ ...fact, text }] });
  }
  return groups;
}

/** The first facts of a list, never ending on an intro ("Daily crime reports per counter:") without its items. */
export function firstFacts(facts: readonly ResidentFact[], n: number): ResidentFact[] {
  const shown = facts.slice(0, n);
  while (shown.length > 0 && shown[shown.length - 1].text.trim().endsWith(':')) shown.pop();
  return shown;
}

export function factLines(facts: readonly ResidentFact[]): string[] {
  return facts.map((f) => `- ${residentWording(f.text)}`);
}
