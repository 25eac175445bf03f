/**
 * CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line break,
 * quotes doubled, records ended by CRLF. The file starts with a UTF-8 byte-order mark, which is
 * what makes Excel read it as UTF-8 (LibreOffice ignores it). Cells that a spreadsheet would run as
 * a formula (starting with = + - @, or a tab or carriage return) are prefixed with an apostrophe.
 */

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded against formula injection and quoted when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header, rows, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

/**
 * Parse CSV text (RFC 4180, BOM tolerated) into records of fields. Used by tests to read back what
 * `toCsv` wrote; it does not undo the formula guard.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && src[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** One keyword-in-context line of an export: where it is and what surrounds it. */
export interface KwicRow {
  /** The article's id (stable across exports and in Refrain links). */
  article: string;
  outlet: string;
  place: string;
  /** ISO date as stored (`2020-02` or `2020-02-14`). */
  date: string;
  /** The phrase or query the line was found for. */
  phrase: string;
  left: string;
  hit: string;
  right: string;
}

/** Column names of a concordance export: fixed and in English, so scripts can rely on them. */
export const KWIC_HEADER = [
  'article',
  'outlet',
  'place',
  'date',
  'phrase',
  'left context',
  'hit',
  'right context',
] as const;

/** Phrase occurrences or search hits as a CSV file. */
export function kwicCsv(rows: readonly KwicRow[]): string {
  return toCsv(
    KWIC_HEADER,
    rows.map((r) => [r.article, r.outlet, r.place, r.date, r.phrase, r.left, r.hit, r.right]),
  );
}
