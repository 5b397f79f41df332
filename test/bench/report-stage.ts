// One stage of the report benchmark in its own process, so its peak memory is its own.
// usage: tsx test/bench/report-stage.ts STAGE DB DATE OUT_DIR  -> one JSON line {ms, peakRssMiB}
import { performance } from 'node:perf_hooks';
import { recordsInRange, reportOfRecords } from '../../shared/report/build-report.ts';
import type { ExportFormat } from '../../shared/api/report.ts';
import { exportReport } from '../../electron/export/export-report.ts';
import { reportEvents } from '../../electron/export/range-events.ts';
import { loadReport, stationSettingsOf } from '../../electron/export/report-source.ts';
import { openDatabase } from '../../electron/store/database.ts';

const [stage, dbPath, date, outDir] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(dbPath);
const range = { from: date, to: date };
let ms: number;
let count = 0;
if (stage === 'report-maths') {
  // The pure maths alone, over events already read from the store.
  const events = [...reportEvents(db, range)];
  const s = stationSettingsOf(db);
  const start = performance.now();
  const report = reportOfRecords(recordsInRange(events, date, date), { ...s, ...range });
  ms = performance.now() - start;
  count = report.total;
} else if (stage === 'report') {
  const start = performance.now();
  count = loadReport(db, range).report.total;
  ms = performance.now() - start;
} else {
  const start = performance.now();
  const result = await exportReport(db, { range, format: stage as ExportFormat, outDir, fullId: false, by: { staffId: null, name: 'bench' } });
  ms = performance.now() - start;
  count = result.files.length;
}
db.close();
process.stdout.write(JSON.stringify({ ms, count, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
