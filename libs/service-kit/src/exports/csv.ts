import type { FileDownload } from '@ascc/contracts';

/** A CSV cell: a number (or bigint) is written as that number; anything else as text. */
export type CsvValue = string | number | bigint | null | undefined;

/** Characters that make a spreadsheet program read a text cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A text that is exactly a decimal number (a total of whole đồng kept as its digits): read as that number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell (RFC 4180). A number stays a number, negative amounts included; a text starting with
 * `= + - @`, a tab or a carriage return is prefixed with `'`, so Excel and LibreOffice show it as text
 * instead of running it as a formula (a name typed as `=HYPERLINK(…)` or `-2+3+cmd|…`). A text that
 * is only a plain decimal number cannot be a formula and is left as it is.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: CRLF line ends, with a byte-order mark so spreadsheet programs read Vietnamese as UTF-8. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Rows as a CSV file download named `<baseName>.csv`. */
export function csvFile(baseName: string, rows: readonly (readonly CsvValue[])[]): FileDownload {
  return {
    fileName: `${baseName}.csv`,
    contentType: 'text/csv; charset=utf-8',
    base64: Buffer.from(csvText(rows), 'utf8').toString('base64'),
  };
}
