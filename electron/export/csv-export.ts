import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Cell, Sheet } from '../../shared/report/sheet.ts';

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @, or a leading tab or CR that some
 * importers strip first) is written with a leading apostrophe, so it shows as typed text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting, as csv-stringify does it: a field with a quote, comma or line break is quoted, quotes doubled. */
function quoted(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : quoted(neutraliseFormula(cell));
}

/** Lines go out in chunks of about 64 KiB: one write per line would cost a 100,000-line sheet dearly. */
function* csvChunks(sheet: Sheet): Generator<string> {
  // The byte-order mark: without it Excel and WPS read Chinese as GBK and show mojibake.
  let chunk = '\uFEFF' + sheet.columns.map((c) => quoted(neutraliseFormula(c.header))).join(',') + '\r\n';
  for (const row of sheet.rows()) {
    chunk += row.map(csvCell).join(',') + '\r\n';
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/** One sheet as CSV: UTF-8 with a byte-order mark, CRLF line ends, streamed in chunks. */
export async function writeCsv(sheet: Sheet, path: string): Promise<void> {
  await pipeline(Readable.from(csvChunks(sheet)), createWriteStream(path, { flags: 'wx' }));
}
