import type { Database } from 'better-sqlite3';
import { ExportFormat, type ExportProgress } from '../../shared/api/report.ts';
import { auditedWrite } from '../store/audit-log.ts';
import { checkChainAfter, type StoredChainProblem } from '../store/chain-check.ts';
import { writeCheckpoint, type Checkpoint } from '../store/checkpoints.ts';
import { markDaysReported } from '../store/reported-days.ts';
import type { ReadLease, ReadWorkers } from '../reads/read-workers.ts';
import { ReadWorkerStopped } from '../reads/read-workers.ts';
import { removeTemporaries, writeAtomically } from './atomic-write.ts';
import { ExportError } from './export-error.ts';
import { digestWritten, type WrittenFile } from './file-digest.ts';
import { chromiumPdf, writePdf, type PdfRenderer } from './pdf-render.ts';
import type { DateRange } from './range-events.ts';
import { stationSettings } from '../store/settings/station.ts';
import { ensureStationKey } from './station-key.ts';

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
  /** The worker threads that do the reading (and the files' writing), off the caller's thread. */
  reads: ReadWorkers;
  /** Each stage's progress, in order, the last one `done`. */
  onProgress?: (progress: ExportProgress) => void;
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

const brokenChain = (broken: StoredChainProblem) => new ExportError('io',
  `the record chain is broken at seq ${broken.seq} (${broken.problem}: ${broken.detail}): nothing was exported or signed (run checkpoint-station verify --db)`);

/**
 * Nothing is vouched for over a log cut or rewritten since its last signed checkpoint: a
 * worker walks the chain from there, then the records the station appended meanwhile are
 * walked here (a few), and only then is the head signed, in this thread, with nothing between.
 */
async function checkedCheckpoint(db: Database, reads: ReadLease): Promise<Checkpoint> {
  const checked = await reads.run('chain-check', {});
  const broken = checked.problem ?? checkChainAfter(db, checked.head);
  if (broken) throw brokenChain(broken);
  // Every export signs the head first: the paper 日报 then carries a head the police can hold
  // the station's database against, and a later cut or rewrite no longer matches it.
  return writeCheckpoint(db, 'export');
}

/** The files of an export, read and written by a worker from what is committed; the PDF printed by Chromium. */
async function write(db: Database, reads: ReadLease, request: ExportRequest, mask: boolean, checkpoint: Checkpoint, base: string): Promise<string[]> {
  const { range, outDir, format } = request;
  if (format === 'bundle') return reads.run('bundle', { range, outDir, base, key: ensureStationKey(db), createdBy: request.by.name });
  if (format === 'csv' || format === 'xlsx') return reads.run('sheets', { range, format, outDir, base, mask });
  const html = await reads.run('report-html', { range, mask, checkpoint, keyFingerprint: ensureStationKey(db).fingerprint });
  request.onProgress?.({ format, stage: 'printing', done: 0, total: 0 });
  return writeAtomically(outDir, [`${base}_日报.pdf`], (_n, temp) => writePdf(html, temp, request.renderPdf ?? chromiumPdf));
}

/**
 * Writes one export of a range into a folder (a USB stick), each file whole or not at all, and
 * records it in the audit log: who, when, range, format, masked or not, and each file's hash.
 * A bundle always holds the full records: its hash chain covers them byte for byte. The reads
 * run in a worker thread; the writes to the database (checkpoint, reported days, audit) here.
 */
export async function exportReport(db: Database, request: ExportRequest): Promise<ExportResult> {
  const { format, outDir } = request;
  const masked = format === 'bundle' ? false : !request.fullId;
  const base = exportBaseName(stationSettings.read(db).stationCode, request.range);
  const reads = request.reads.lease((p) => request.onProgress?.({ format, ...p }));
  try {
    const checkpoint = await checkedCheckpoint(db, reads);
    const paths = await write(db, reads, request, masked, checkpoint, base);
    const files = await digestWritten(paths);
    // The days closed and the line saying which files closed them: both, or neither.
    auditedWrite(db, () => markDaysReported(db, request.range, checkpoint.seq, stationSettings.read(db).timezone), () => ({
      action: 'report.export', staffId: request.by.staffId, detail: {
        by: request.by.name, from: request.range.from, to: request.range.to, format, masked,
        outDir, checkpointSeq: checkpoint.seq, files: files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 })),
      },
    }));
    const written = files.length;
    request.onProgress?.({ format, stage: 'done', done: written, total: written });
    return { format, masked, files };
  } catch (err) {
    // A worker that died mid-write could not tidy up after itself: nothing half-written stays.
    if (err instanceof ReadWorkerStopped) await removeTemporaries(outDir, `${base}_`);
    throw err;
  } finally {
    reads.release();
  }
}
