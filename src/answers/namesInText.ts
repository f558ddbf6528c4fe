/**
 * Whether a piece of the data's text names a station ("temporary front counter for Islington", "Examples:
 * Woodford (Jan 2025)"): by its name without "Police Station", or by one of its longer aliases, read
 * without case, apostrophes or punctuation ("Shepherd's Bush" and "Shepherds Bush" read alike).
 */
import type { Station } from '../stations/model';

function plain(text: string): string {
  return ` ${text.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ')} `;
}

function namesOf(station: Station): string[] {
  const short = station.name.replace(/\s+police (?:station|front counter)$/i, '');
  return [short, ...station.aliases].map(plain).filter((n) => n.trim().length >= 5);
}

export function namesStation(text: string, station: Station): boolean {
  const words = plain(text);
  return namesOf(station).some((name) => words.includes(name));
}
