import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/contract.ts';
import { healthCentreSheet, isolationHtml, registerSheet } from '../../shared/isolation/sheets.ts';
import { stationTimeLabel } from '../../shared/report/records.ts';
import { audit } from '../store/audit-log.ts';
import { writeAtomically } from '../export/atomic-write.ts';
import { ExportError } from '../export/export-error.ts';
import { digestWritten, type WrittenFile } from '../export/file-digest.ts';
import { chromiumPdf, writePdf, type PdfRenderer } from '../export/pdf-render.ts';
import { exportBaseName } from '../export/export-report.ts';
import { writeXlsx } from '../export/xlsx-export.ts';
import { EXPORT_REASON } from '../station/handlers/report.ts';
import type { ReadWorkers } from '../reads/read-workers.ts';

export interface IsolationExportRequest {
  sheet: 'health-centre' | 'register';
  date: string;
  format: 'pdf' | 'xlsx';
  outDir: string;
  by: { staffId: number | null; name: string };
  renderPdf?: PdfRenderer;
  /** The worker threads that read the register, off the caller's thread. */
  reads: ReadWorkers;
}

/**
 * Writes the health-centre report of a date (卫生院: every person under follow-up, the day's
 * two readings, fevers, who has not reported) or the arrivals register (登记造册, by village
 * group) as PDF or XLSX, whole or not at all, and audits who wrote what. The register is read
 * in a worker (isolation-rows.ts); the sheet of a few hundred rows is written here.
 */
export async function exportIsolation(db: Database, request: IsolationExportRequest): Promise<WrittenFile[]> {
  const at = new Date();
  try {
    const { rows, notes, station } = await request.reads.run('isolation', { sheet: request.sheet, date: request.date, at: at.toISOString() });
    const sheet = request.sheet === 'health-centre' ? healthCentreSheet(rows) : registerSheet(rows);
    const base = exportBaseName(station.stationCode, { from: request.date, to: request.date });
    const name = `${base}_${sheet.title}.${request.format}`;
    const paths = await writeAtomically(request.outDir, [name], (_n, temp) => request.format === 'xlsx'
      ? writeXlsx([sheet], temp)
      : writePdf(isolationHtml({ title: sheet.title, village: [station.township, station.village].filter(Boolean).join(' '), date: request.date, sheet, notes, generatedAt: stationTimeLabel(at, station.timezone) }), temp, request.renderPdf ?? chromiumPdf));
    const files = await digestWritten(paths);
    audit(db, 'isolation.export', request.by.staffId, { by: request.by.name, sheet: request.sheet, date: request.date, format: request.format, files: files.map((f) => ({ path: f.path, sha256: f.sha256 })) });
    return files;
  } catch (err) {
    if (err instanceof ExportError) throw new ApiError('storage', err.message, [], EXPORT_REASON[err.code], { folder: err.folder ?? request.outDir });
    throw err;
  }
}
