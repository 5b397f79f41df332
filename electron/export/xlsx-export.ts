import { rm } from 'node:fs/promises';
import type { Cell, CellType, Column, Sheet } from '../../shared/report/sheet.ts';
import { contentTypes, coreProps, rootRels, SHEET_HEAD, STYLE, styles, workbook, workbookRels, xmlText } from './xlsx/parts.ts';
import { ZipFile } from './xlsx/zip-file.ts';

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * A station-local 'YYYY-MM-DD HH:mm:ss' as an Excel serial day number. Excel dates carry no
 * zone, so the wall-clock fields count as UTC (days since 1899-12-30).
 */
function excelSerial(local: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return 25569 + Date.UTC(y, mo - 1, d, h, mi, s) / 86_400_000;
}

/** Column letters: A … Z, AA … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A text cell written inline, never as a formula, so a leading '=' cannot run. */
function textCell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

function cellXml(ref: string, cell: Cell, type: CellType): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (type === 'datetime') {
    const serial = excelSerial(cell);
    if (serial !== null) return `<c r="${ref}" s="${STYLE.datetime}"><v>${serial}</v></c>`;
  }
  return textCell(ref, cell, STYLE.plain);
}

/** One worksheet's XML in pieces, a row at a time: a 100,000-record day never sits in memory whole. */
function* sheetXml(sheet: Sheet): Generator<string> {
  const letters = sheet.columns.map((_c, i) => columnName(i));
  const types = sheet.columns.map((c) => c.type);
  const cols = sheet.columns.map((c: Column, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  yield `${SHEET_HEAD}<cols>${cols}</cols><sheetData>`;
  yield `<row r="1">${sheet.columns.map((c, i) => textCell(`${letters[i]}1`, c.header, STYLE.bold)).join('')}</row>`;
  let r = 1;
  for (const values of sheet.rows()) {
    r += 1;
    let row = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) row += cellXml(`${letters[i] ?? columnName(i)}${r}`, values[i] ?? null, types[i] ?? 'text');
    yield `${row}</row>`;
  }
  yield '</sheetData></worksheet>';
}

/**
 * The workbook of the 日报: one tab per sheet, Chinese headers in bold on a frozen first row,
 * column widths, real date cells. Written straight as Office Open XML and streamed through the
 * ZIP (a general spreadsheet library spent several seconds per 100,000-record day on per-cell
 * objects), so a day never sits in memory as a workbook.
 */
export async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const zip = await ZipFile.create(path);
  try {
    await zip.add('[Content_Types].xml', [contentTypes(sheets.length)]);
    await zip.add('_rels/.rels', [rootRels]);
    await zip.add('docProps/core.xml', [coreProps('Checkpoint Station 卡点登记站', new Date())]);
    await zip.add('xl/workbook.xml', [workbook(sheets.map((s) => s.title))]);
    await zip.add('xl/_rels/workbook.xml.rels', [workbookRels(sheets.length)]);
    await zip.add('xl/styles.xml', [styles(DATE_FORMAT)]);
    for (const [i, sheet] of sheets.entries()) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet));
  } catch (error) {
    await zip.abandon();
    await rm(path, { force: true });
    throw error;
  }
  await zip.close();
}
