// The one CSV writer of every export (fund ledger tables, the board's figures): RFC 4180 (comma, CRLF, fields
// with a comma, quote, CR or LF quoted, quotes doubled) through csv-stringify, UTF-8 with a byte-order mark so
// spreadsheet programs keep the Vietnamese letters, and every text cell that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a CR) prefixed with an apostrophe (OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | bigint | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-1500", "2.5") is data, not a formula: it is left as written so it stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text a spreadsheet reads from a cell: formulas are turned into text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A header row and data rows as one CSV document (with BOM and a final CRLF). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: {
      string: neutralizeFormula,
      bigint: (value) => value.toString(),
      number: (value) => String(value),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
}
