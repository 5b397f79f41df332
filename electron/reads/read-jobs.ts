// The station's heavy reads, by name: what a read worker (read-worker.ts) runs on its own
// read-only connection, so the thread that records, serves the bridge and takes the
// thermometer's frames never waits on a 100,000-record day. The station's thread imports
// only the types from here: the report, sheet and bundle code loads in the worker.
import type { Database } from 'better-sqlite3';
import type { DailyReport } from '../../shared/report/daily-report.ts';
import { writeBundleFolder, type BundleJob } from '../export/bundle/bundle-folder.ts';
import { rangeLength, type DateRange } from '../export/range-events.ts';
import { reportHtml, type ReportHtmlJob } from '../export/report-html.ts';
import { loadReport } from '../export/report-source.ts';
import { writeSheetFiles, type SheetJob } from '../export/sheet-files.ts';
import { isolationRows, type IsolationRows, type IsolationRowsJob } from '../isolation/isolation-rows.ts';
import { checkChainSinceLastCheckpoint, type StoredChainProblem } from '../store/chain-check.ts';
import { checkDerivedTables, type DerivedProblem } from '../store/derived-check.ts';
import { chainHead, lastCheckpoint } from '../store/checkpoints.ts';
import { StageMeter, type ProgressSink } from './read-progress.ts';

/** The chain as one read saw it: its first problem, and the head that read walked up to. */
export interface CheckedChain { problem: StoredChainProblem | null; head: { seq: number; hash: string } }

/** Each job's input and output: all of it crosses threads by structured clone. */
export interface ReadJobs {
  /** The check every export makes first: from the last signed checkpoint to the head. */
  'chain-check': { input: Record<string, never>; output: CheckedChain };
  /** The 日报 preview's figures. */
  report: { input: { range: DateRange }; output: DailyReport };
  sheets: { input: SheetJob; output: string[] };
  /** The printed 日报's HTML (Chromium prints it to PDF, out of process). */
  'report-html': { input: ReportHtmlJob; output: string };
  bundle: { input: BundleJob; output: string[] };
  /** The 卫生院 report's or the arrivals register's rows: the whole register read. */
  isolation: { input: IsolationRowsJob; output: IsolationRows };
  /** The daily look at the log tables against the chain (every record read: 1.2 s at 500,000). */
  'derived-check': { input: Record<string, never>; output: DerivedProblem | null };
}
export type ReadJobName = keyof ReadJobs;

type JobRun<K extends ReadJobName> = (db: Database, input: ReadJobs[K]['input'], progress: ProgressSink) => ReadJobs[K]['output'] | Promise<ReadJobs[K]['output']>;

/** Measures a job's one reading pass over the range and ends the stage when the job is done with it. */
async function measured<T>(meter: StageMeter, work: () => T | Promise<T>): Promise<T> {
  const out = await work();
  meter.end();
  return out;
}

export const readJobs: { [K in ReadJobName]: JobRun<K> } = {
  'chain-check': (db, _input, progress) => db.transaction((): CheckedChain => {
    // One read transaction: the head returned is the one the walk ended at.
    const head = chainHead(db);
    const meter = new StageMeter(progress, 'checking', head.seq - (lastCheckpoint(db)?.seq ?? 0));
    const problem = checkChainSinceLastCheckpoint(db, meter.count);
    meter.end();
    return { problem, head };
  })(),
  report: (db, { range }) => loadReport(db, range).report,
  sheets: (db, job, progress) => {
    const meter = new StageMeter(progress, 'reading', rangeLength(db, job.range));
    return writeSheetFiles(db, job, meter.count, () => {
      meter.end();
      progress({ stage: 'writing', done: 0, total: 0 });
    });
  },
  'report-html': (db, job, progress) => {
    // Two passes over the range: the report's records, then the bundle fingerprint's lines.
    const meter = new StageMeter(progress, 'reading', 2 * rangeLength(db, job.range));
    return measured(meter, () => reportHtml(db, job, meter.count));
  },
  bundle: (db, job, progress) => {
    const meter = new StageMeter(progress, 'writing', rangeLength(db, job.range));
    return measured(meter, () => writeBundleFolder(db, job, meter.count));
  },
  isolation: (db, job) => isolationRows(db, job),
  'derived-check': (db) => checkDerivedTables(db),
};
