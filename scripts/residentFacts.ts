/**
 * Turns `resident-facts.md` into structured, sourced facts: every bullet and
 * table row keeps the links it cites. The contact table (§1) becomes named
 * contacts (999, 101, Crimestoppers, interpreters, the Silent Solution, text
 * 999 and Relay UK), so answers never hard-code a phone number.
 */
import type { ContactKey, ResidentFact, ResidentFacts, ResidentFactsSection } from '../src/stations/model';

/** Which row is which contact, most particular first: the Silent Solution and text rows mention 999 too, the interpreter row 101 and 999. */
const CONTACT_PATTERNS: Record<ContactKey, RegExp> = {
  silentCall: /press 55|Silent Solution/i,
  textRelay: /Relay UK|18000/i,
  anonymous: /Crimestoppers/i,
  interpreter: /Language Line/i,
  nonEmergency: /\b101\b/,
  emergency: /\b999\b/,
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Removes Markdown emphasis and turns `[text][ref]` / `[text](url)` into `text`, collecting the URLs. */
function plain(markdown: string, refs: Map<string, string>): ResidentFact {
  const sources: string[] = [];
  const text = markdown
    .replace(/\[([^\]]+)\]\[([^\]]+)\]/g, (_m, label: string, ref: string) => {
      const url = refs.get(ref);
      if (!url) throw new Error(`resident-facts.md: link reference [${ref}] is not defined`);
      sources.push(url);
      return label;
    })
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, (_m, label: string, url: string) => {
      sources.push(url);
      return label;
    })
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, sources: [...new Set(sources)] };
}

export function parseResidentFacts(markdown: string): ResidentFacts {
  const refs = new Map<string, string>();
  for (const m of markdown.matchAll(/^\[([^\]]+)\]:\s*(\S+)\s*$/gm)) refs.set(m[1], m[2]);

  const sections: ResidentFactsSection[] = [];
  const contacts: Partial<ResidentFacts['contacts']> = {};
  let current: ResidentFactsSection | null = null;
  let subheading = '';

  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const h2 = /^## (.+)$/.exec(line);
    if (h2) {
      const heading = h2[1].replace(/^\d+\.\s*/, '');
      current = { id: slug(heading), heading, facts: [] };
      sections.push(current);
      subheading = '';
      continue;
    }
    const h3 = /^### (.+)$/.exec(line);
    if (h3) {
      subheading = h3[1];
      continue;
    }
    if (!current) continue;
    const bullet = /^(\s*)- (.+)$/.exec(line);
    if (bullet) {
      const fact = plain(bullet[2], refs);
      if (subheading) fact.text = `${subheading}: ${fact.text}`;
      current.facts.push(fact);
      continue;
    }
    // A section's opening paragraph, before any bullet: what the section is about ("A front counter ... is ...").
    if (current.facts.length === 0 && !current.intro && /^[A-Z*]/.test(line) && !line.startsWith('|')) {
      current.intro = plain(line, refs).text;
      continue;
    }
    const cells = /^\|(.+)\|$/.exec(line)?.[1].split('|').map((c) => c.trim());
    if (!cells || cells.every((c) => /^-*$/.test(c)) || /^(Situation|Plan)$/.test(cells[0])) continue;
    const fact = plain(cells.join(' | '), refs);
    current.facts.push(fact);
    if (current.id.startsWith('how-to-contact')) {
      const [situation, whatToDo, sourceCell] = cells;
      const row = { situation: plain(situation, refs).text, text: plain(whatToDo, refs).text, sources: plain(sourceCell ?? '', refs).sources };
      const key = (Object.keys(CONTACT_PATTERNS) as ContactKey[]).find((k) => CONTACT_PATTERNS[k].test(row.text) && !contacts[k]);
      if (key) contacts[key] = row;
    }
  }

  for (const key of Object.keys(CONTACT_PATTERNS) as ContactKey[]) {
    if (!contacts[key]) throw new Error(`resident-facts.md: no contact row for ${key} in "How to contact the police"`);
  }
  return { contacts: contacts as ResidentFacts['contacts'], sections };
}
