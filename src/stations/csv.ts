/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line
 * breaks inside quotes. Enough for the research CSVs; no dependency needed.
 */

export interface CsvRow {
  /** 1-based data row number (the header is row 0), as a person counts rows in a spreadsheet below the header. */
  row: number;
  /** 1-based line in the file where the row starts, for error messages. */
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {}

export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records = splitRecords(text.replace(/^\uFEFF/, ''));
  if (records.length === 0) throw new CsvError('empty file: no header row');
  const header = records[0].fields.map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const { fields, line } = records[i];
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    if (fields.length !== header.length) {
      throw new CsvError(`line ${line}: expected ${header.length} fields, found ${fields.length}`);
    }
    // No prototype: a column named "constructor" or "__proto__" is a column like any other.
    const values = Object.create(null) as Record<string, string>;
    header.forEach((h, j) => (values[h] = fields[j]));
    rows.push({ row: rows.length + 1, line, values });
  }
  return { header, rows };
}

function splitRecords(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  if (inQuotes) throw new CsvError(`line ${recordLine}: unterminated quoted field`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
}

/** Splits a `; `-separated list cell (aliases, source URLs) into trimmed, non-empty items. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
