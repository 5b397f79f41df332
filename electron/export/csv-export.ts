import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Cell, Sheet } from '../../shared/report/sheet.ts';

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @, or a leading tab or CR that some
 * importers strip first) is written with a leading apostrophe, so it shows as typed text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
}

function* csvRecords(sheet: Sheet): Iterable<string[]> {
  yield sheet.columns.map((c) => neutraliseFormula(c.header));
  for (const row of sheet.rows()) yield row.map(csvCell);
}

/**
 * One sheet as CSV: UTF-8 with a byte-order mark (without it Excel and WPS read Chinese as
 * GBK and show mojibake), CRLF line ends, streamed row by row.
 */
export async function writeCsv(sheet: Sheet, path: string): Promise<void> {
  await pipeline(
    Readable.from(csvRecords(sheet)),
    stringify({ bom: true, record_delimiter: 'windows' }),
    createWriteStream(path, { flags: 'wx' }),
  );
}
