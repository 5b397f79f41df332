import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../electron/export/csv-export.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { loadReport } from '../../../../electron/export/report-source.ts';
import { registrationSheets } from '../../../../shared/report/registration-sheets.ts';
import type { Cell, Sheet } from '../../../../shared/report/sheet.ts';
import { summarySheet } from '../../../../shared/report/summary-sheet.ts';
import { openInCalc, readSheets, removeCalcOutput, type CalcCell } from '../../../support/libreoffice.ts';
import { fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

/**
 * The police open the full-ID export in a spreadsheet: every ID number and phone must stay
 * whole, the Chinese readable, and nothing a visitor typed may run or split a row.
 * LibreOffice's import dialog preselects UTF-8 for a file that starts with a UTF-8 BOM, with
 * comma and double quote: those are the options given to the headless import here.
 */
const CALC_CSV_IMPORT = 'CSV:44,34,76,1';
const DAY = { from: '2026-02-01', to: '2026-02-01' };
const FULL_ID = '450202199007210026';
const LANDLINE = '07712345678';
const MULTI_LINE = 'a\n=1+1\r\n+2';

let store: ReportStore;
let out: string;
let sheets: Sheet[];
beforeAll(() => {
  store = new ReportStore();
  // Recorded first: the station never dates a record before the one before it, and the demo day ends on the next day.
  store.record('2026-02-01', '07:00:00', { kind: 'person', direction: 'in', person: {
    name: '李\u202E四五', sex: 'female', idNumber: FULL_ID, phone: LANDLINE, origin: MULTI_LINE, destination: '东村', reason: ' 探亲 \u0001_x0041_ ', returnee: false,
  } });
  fillReportDay(store);
  out = join(store.dir, 'out');
  mkdirSync(out);
  const source = loadReport(store.db, DAY);
  sheets = [summarySheet(source.report), ...registrationSheets(source.records, { mask: false, ...source.settings })];
});
afterAll(() => store.close());

/**
 * A cell as the spreadsheet shows it: formulas by their result, dates on the wall clock (a
 * date without a time, such as the 汇总's 日期, as the date alone).
 */
function shown(cell: CalcCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 19).replace('T', ' ').replace(/ 00:00:00$/, '');
  return String(cell.value);
}

const expectedText = (cell: Cell, neutralise: boolean) => (cell === null ? '' : typeof cell === 'number' || !neutralise ? String(cell) : neutraliseFormula(cell));

/** How a suite may legitimately differ from the source: Calc keeps a line break inside a cell as LF only. */
interface Tolerance { neutralise: boolean; lineEnds?: boolean; ooxmlEscapes?: boolean }
const normal = (text: string, t: Tolerance) => (t.lineEnds ? text.replace(/\r\n?/g, '\n') : text);
/**
 * exceljs hands back the format's _xHHHH_ escapes (how XLSX carries characters XML cannot,
 * such as U+0001) as written; Excel and Calc decode them. Decoded here for the comparison.
 */
const decodeOoxml = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function expectSameAsSource(sheet: Sheet, rows: CalcCell[][], t: Tolerance): void {
  const source = [sheet.columns.map((c) => c.header), ...sheet.rows()];
  expect(rows.length, sheet.title).toBe(source.length);
  source.forEach((row, r) => row.forEach((cell, c) => {
    const got = normal(shown(rows[r]![c]), t);
    expect(t.ooxmlEscapes ? decodeOoxml(got) : got, `${sheet.title} row ${r + 1} column ${c + 1}`).toBe(normal(expectedText(cell, t.neutralise), t));
  }));
}

describe('exports opened in LibreOffice Calc', { timeout: 180_000 }, () => {
  it('CSV: full IDs and phones stay whole text, Chinese intact, a multi-line field stays one neutralised cell', async () => {
    const { files } = await exportReport(store.db, { reads: store.reads, range: DAY, format: 'csv', outDir: out, fullId: true, by: { staffId: null, name: 'test' } });
    for (const sheet of sheets) {
      const file = files.find((f) => f.path.endsWith(`_${sheet.title}.csv`))!;
      const xlsx = openInCalc(file.path, { csvImport: CALC_CSV_IMPORT });
      const rows = [...(await readSheets(xlsx)).values()][0]!;
      removeCalcOutput(xlsx);
      expectSameAsSource(sheet, rows, { neutralise: true, lineEnds: true });
      if (sheet.key !== 'persons') continue;
      const header = rows[0]!.map(shown);
      const line = rows.find((r) => shown(r[header.indexOf('身份证号')]) === FULL_ID)!;
      expect(shown(line[header.indexOf('电话')])).toBe(LANDLINE);
      expect(shown(line[header.indexOf('来自')])).toBe("a\n'=1+1\n'+2");
      expect(shown(line[header.indexOf('姓名')])).toBe('李\u202E四五');
      // The ID and phone cells are text (or a formula whose result is that text), never numbers.
      expect(line[header.indexOf('身份证号')]!.type).not.toBe('number');
      expect(line[header.indexOf('电话')]!.type).not.toBe('number');
    }
  });

  it('XLSX: Calc and exceljs read every sheet back exactly, IDs and phones as text', async () => {
    const { files } = await exportReport(store.db, { reads: store.reads, range: DAY, format: 'xlsx', outDir: out, fullId: true, by: { staffId: null, name: 'test' } });
    const direct = await readSheets(files[0]!.path);
    const xlsx = openInCalc(files[0]!.path);
    const book = await readSheets(xlsx);
    removeCalcOutput(xlsx);
    expect([...book.keys()]).toEqual(sheets.map((s) => s.title));
    expect([...direct.keys()]).toEqual(sheets.map((s) => s.title));
    for (const sheet of sheets) {
      expectSameAsSource(sheet, book.get(sheet.title)!, { neutralise: false, lineEnds: true });
      expectSameAsSource(sheet, direct.get(sheet.title)!, { neutralise: false, ooxmlEscapes: true });
    }
    const persons = book.get('人员登记')!;
    const header = persons[0]!.map(shown);
    const line = persons.find((r) => shown(r[header.indexOf('身份证号')]) === FULL_ID)!;
    expect(line[header.indexOf('身份证号')]!.type).toBe('text');
    expect(line[header.indexOf('电话')]).toEqual({ type: 'text', value: LANDLINE });
  });
});
