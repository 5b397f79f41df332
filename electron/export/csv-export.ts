import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Cell, Sheet } from '../../shared/report/sheet.ts';

/**
 * A line Excel, WPS or LibreOffice would run as a formula (=, +, -, @, or a leading tab that
 * some importers strip first) gets a leading apostrophe, so it shows as typed text. Every line
 * of a multi-line value is treated so: a health-code QR can carry `a\n=1+1`, and an importer
 * that splits lines must not find a formula at the start of the second.
 */
export function neutraliseFormula(value: string): string {
  return value.replace(/(^|\r\n|\r|\n)(?=[=+\-@\t])/g, "$1'");
}

/**
 * A digit string a spreadsheet would turn into a number: an 18-digit ID loses its last digits
 * (4.50202199007210E+17), a phone or a landline its leading zero. Written as ="…", which
 * Excel, WPS and LibreOffice (measured, see csv-libreoffice.test.ts) all show as the text.
 * Only digits go inside, so the formula can never be anything but that constant.
 */
function keepDigitsAsText(value: string): string {
  return /^\d+$/.test(value) ? `="${value}"` : neutraliseFormula(value);
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : keepDigitsAsText(cell);
}

function* csvRecords(sheet: Sheet): Iterable<string[]> {
  yield sheet.columns.map((c) => neutraliseFormula(c.header));
  for (const row of sheet.rows()) yield row.map(csvCell);
}

/**
 * One sheet as CSV: UTF-8 with a byte-order mark (without it Excel and WPS read Chinese as
 * GBK and show mojibake; with it LibreOffice's import dialog picks UTF-8), CRLF line ends,
 * streamed row by row. Any field holding a CR or LF is quoted, so a line break inside a value
 * can never start a new row.
 */
export async function writeCsv(sheet: Sheet, path: string): Promise<void> {
  await pipeline(
    Readable.from(csvRecords(sheet)),
    stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
    createWriteStream(path, { flags: 'wx' }),
  );
}
