import type { Database } from 'better-sqlite3';
import { registrationSheets } from '../../shared/report/registration-sheets.ts';
import type { Sheet } from '../../shared/report/sheet.ts';
import { summarySheet } from '../../shared/report/summary-sheet.ts';
import { writeAtomically } from './atomic-write.ts';
import { writeCsv } from './csv-export.ts';
import { uncounted, type RowCounter } from '../reads/read-progress.ts';
import type { DateRange } from './range-events.ts';
import { loadReport, type ReportSource } from './report-source.ts';
import { writeXlsx } from './xlsx-export.ts';

/** What the sheet exports need to know: read-only work, done in a worker (reads/read-jobs.ts). */
export interface SheetJob {
  range: DateRange;
  format: 'csv' | 'xlsx';
  outDir: string;
  /** The file names start with it (exportBaseName). */
  base: string;
  mask: boolean;
}

export function allSheets(source: ReportSource, mask: boolean): Sheet[] {
  const { settings, records, report } = source;
  return [summarySheet(report), ...registrationSheets(records, { mask, ...settings })];
}

/**
 * The range's sheets as CSV files (one a sheet) or one workbook, each whole or not at all.
 * `count` sees each event read; `writing` is called once the files are being written.
 */
export function writeSheetFiles(db: Database, job: SheetJob, count: RowCounter = uncounted, writing: () => void = () => undefined): Promise<string[]> {
  const { base, outDir } = job;
  const sheets = allSheets(loadReport(db, job.range, count), job.mask);
  writing();
  if (job.format === 'xlsx') return writeAtomically(outDir, [`${base}_日报.xlsx`], (_n, temp) => writeXlsx(sheets, temp));
  const byName = new Map(sheets.map((s) => [`${base}_${s.title}.csv`, s]));
  return writeAtomically(outDir, [...byName.keys()], (name, temp) => writeCsv(byName.get(name)!, temp));
}
