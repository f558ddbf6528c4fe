/**
 * The line each value of a JSON text starts on, by its path (`[12, 'proposedOn']`),
 * so a problem found in a parsed file can name the line to fix. A small scanner
 * over text `JSON.parse` has already accepted; no values are built.
 */

export type JsonPath = readonly PropertyKey[];

const key = (path: JsonPath): string => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

export function jsonValueLines(text: string): (path: JsonPath) => number | undefined {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipSpace = (): void => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') return;
    }
  };
  const readString = (): string => {
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    skipSpace();
    lines.set(key(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      while (text[i] !== '}' && i < text.length) {
        const name = readString();
        skipSpace();
        i++; // ':'
        value([...path, name]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '[') {
      i++;
      skipSpace();
      for (let n = 0; text[i] !== ']' && i < text.length; n++) {
        value([...path, n]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };

  value([]);
  /** The line of the value at `path`, or of its nearest enclosing value the text has. */
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const found = lines.get(key(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return undefined;
  };
}
