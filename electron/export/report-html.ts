import type { Database } from 'better-sqlite3';
import { dailyReportHtml } from '../../shared/report/daily-report-html.ts';
import { registrationSheets } from '../../shared/report/registration-sheets.ts';
import { stationTimeLabel } from '../../shared/report/records.ts';
import { uncounted, type RowCounter } from '../reads/read-progress.ts';
import { checkpointText, type Checkpoint } from '../store/checkpoints.ts';
import { linesFingerprint, linesOfRaw } from './bundle/event-line.ts';
import { bundleRawRows, type DateRange } from './range-events.ts';
import { loadReport } from './report-source.ts';
import { groupedFingerprint } from './station-key.ts';

export interface ReportHtmlJob {
  range: DateRange;
  mask: boolean;
  /** The head the export signed first, printed so the police can hold the database against it. */
  checkpoint: Checkpoint;
  /** The station key's fingerprint (read where the key is: the station's own connection). */
  keyFingerprint: string;
}

/**
 * The HTML of the printed 日报 for a range, with the bundle and key fingerprints and the
 * checkpoint on it: read-only work (a worker's), printed to PDF by Chromium afterwards.
 * `count` sees each event of both passes (the report, then the bundle fingerprint).
 */
export function reportHtml(db: Database, job: ReportHtmlJob, count: RowCounter = uncounted): string {
  const source = loadReport(db, job.range, count);
  return dailyReportHtml([{
    heading: source.settings.stationName || source.settings.stationCode,
    report: source.report,
    sheets: registrationSheets(source.records, { mask: job.mask, ...source.settings }),
    bundleFingerprint: linesFingerprint(linesOfRaw(count(bundleRawRows(db, job.range)))),
    keyFingerprint: groupedFingerprint(job.keyFingerprint),
    checkpoint: checkpointText(job.checkpoint),
  }], stationTimeLabel(new Date(), source.settings.timezone));
}
