import type { Database } from 'better-sqlite3';
import { ExportFormat } from '../../shared/api/report.ts';
import { registrationSheets } from '../../shared/report/registration-sheets.ts';
import { dailyReportHtml } from '../../shared/report/daily-report-html.ts';
import { stationTimeLabel } from '../../shared/report/records.ts';
import { auditedWrite } from '../store/audit-log.ts';
import { checkChainSinceLastCheckpoint } from '../store/chain-check.ts';
import { ExportError } from './export-error.ts';
import { checkpointText, writeCheckpoint, type Checkpoint } from '../store/checkpoints.ts';
import { markDaysReported } from '../store/reported-days.ts';
import { writeAtomically } from './atomic-write.ts';
import { lineOfRaw, linesFingerprint } from './bundle/event-line.ts';
import { writeBundle } from './bundle/write-bundle.ts';
import { digestWritten, type WrittenFile } from './file-digest.ts';
import { chromiumPdf, writePdf, type PdfRenderer } from './pdf-render.ts';
import { bundleRawRows, type DateRange } from './range-events.ts';
import { loadReport, type ReportSource } from './report-source.ts';
import { stationSettings } from '../store/settings/station.ts';
import { ensureStationKey, groupedFingerprint } from './station-key.ts';
import { runSheetExport } from './sheet-export-runner.ts';

export const EXPORT_FORMATS = ExportFormat.options;

export interface ExportRequest {
  range: DateRange;
  format: ExportFormat;
  outDir: string;
  /** Full ID numbers and phones: only a supervisor's police export. */
  fullId: boolean;
  /** Who exports: a signed-in staff member, or the CLI's operating-system user. */
  by: { staffId: number | null; name: string };
  renderPdf?: PdfRenderer;
  /** The better-sqlite3 build the export worker loads (Electron's own, when not packaged). */
  nativeBinding?: string | undefined;
}

export interface ExportResult {
  format: ExportFormat;
  masked: boolean;
  files: WrittenFile[];
}

/** File names carry the station and the range, in characters every USB stick file system takes. */
export function exportBaseName(stationCode: string, range: DateRange): string {
  const code = stationCode.replace(/[^\p{L}\p{N}_-]/gu, '') || 'station';
  return range.from === range.to ? `${code}_${range.from}` : `${code}_${range.from}_${range.to}`;
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** The HTML of the printed 日报 for a range, with the bundle and key fingerprints and the checkpoint on it. */
export function reportHtml(db: Database, source: ReportSource, range: DateRange, mask: boolean, checkpoint: Checkpoint | null = null): string {
  return dailyReportHtml([{
    heading: source.settings.stationName || source.settings.stationCode,
    report: source.report,
    sheets: registrationSheets(source.records, { mask, ...source.settings }),
    bundleFingerprint: linesFingerprint(mapIterable(bundleRawRows(db, range), lineOfRaw)),
    keyFingerprint: groupedFingerprint(ensureStationKey(db).fingerprint),
    checkpoint: checkpoint && checkpointText(checkpoint),
  }], stationTimeLabel(new Date(), source.settings.timezone));
}

async function write(db: Database, request: ExportRequest, mask: boolean, checkpoint: Checkpoint): Promise<string[]> {
  const { range, outDir, format } = request;
  const base = exportBaseName(stationSettings.read(db).stationCode, range);
  if (format === 'bundle') {
    const key = ensureStationKey(db);
    const settings = stationSettings.read(db);
    return writeAtomically(outDir, [`${base}_bundle`], (_name, temp) =>
      writeBundle(temp, { settings, range, lines: mapIterable(bundleRawRows(db, range), lineOfRaw), key, createdBy: request.by.name }).then(() => undefined));
  }
  // The sheets are the heavy read and write of a big day: a worker thread does them on its own
  // read-only connection, so recording and the thermometer stay live meanwhile.
  if (format === 'csv' || format === 'xlsx') return runSheetExport(db.name, request.nativeBinding, { range, format, outDir, base, mask });
  const html = reportHtml(db, loadReport(db, range), range, mask, checkpoint);
  return writeAtomically(outDir, [`${base}_日报.pdf`], (_n, temp) => writePdf(html, temp, request.renderPdf ?? chromiumPdf));
}

/**
 * Writes one export of a range into a folder (a USB stick), each file whole or not at all, and
 * records it in the audit log: who, when, range, format, masked or not, and each file's hash.
 * A bundle always holds the full records: its hash chain covers them byte for byte.
 */
export async function exportReport(db: Database, request: ExportRequest): Promise<ExportResult> {
  const masked = request.format === 'bundle' ? false : !request.fullId;
  // Nothing is vouched for over a log cut or rewritten since its last signed checkpoint: the
  // station checks at start, and a copy exported with the CLI is checked here.
  const broken = checkChainSinceLastCheckpoint(db);
  if (broken) throw new ExportError('io', `the record chain is broken at seq ${broken.seq} (${broken.problem}: ${broken.detail}): nothing was exported or signed (run checkpoint-station verify --db)`);
  // Every export signs the head first: the paper 日报 then carries a head the police can hold
  // the station's database against, and a later cut or rewrite no longer matches it.
  const checkpoint = writeCheckpoint(db, 'export');
  const paths = await write(db, request, masked, checkpoint);
  const files = await digestWritten(paths);
  // The days closed and the line saying which files closed them: both, or neither.
  auditedWrite(db, () => markDaysReported(db, request.range, checkpoint.seq, stationSettings.read(db).timezone), () => ({
    action: 'report.export', staffId: request.by.staffId, detail: {
      by: request.by.name, from: request.range.from, to: request.range.to, format: request.format, masked,
      outDir: request.outDir, checkpointSeq: checkpoint.seq, files: files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 })),
    },
  }));
  return { format: request.format, masked, files };
}
