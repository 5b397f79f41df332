// One stage of the report benchmark in its own process, so its peak memory is its own.
// usage: tsx test/bench/report-stage.ts STAGE DB DATE OUT_DIR  -> one JSON line {ms, cpuMs, count, peakRssMiB}
// cpuMs (this process's user + system time) is what the stage costs when it has a core to
// itself; on a busy machine the wall time `ms` grows with the load, the CPU time does not.
import { performance } from 'node:perf_hooks';
import { recordsInRange, reportOfRecords } from '../../shared/report/build-report.ts';
import type { ExportFormat } from '../../shared/api/report.ts';
import { exportReport } from '../../electron/export/export-report.ts';
import { reportEvents } from '../../electron/export/range-events.ts';
import { loadReport } from '../../electron/export/report-source.ts';
import { stationSettings } from '../../electron/store/settings/station.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { ReadWorkers } from '../../electron/reads/read-workers.ts';

const [stage, dbPath, date, outDir] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(dbPath);
const reads = new ReadWorkers({ dbPath });
const range = { from: date, to: date };
/** Times one run of `work`: wall clock and this process's CPU. */
async function timed(work: () => number | Promise<number>): Promise<{ ms: number; cpuMs: number; count: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const count = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, count };
}

let result: { ms: number; cpuMs: number; count: number };
if (stage === 'report-maths') {
  // The pure maths alone, over events already read from the store.
  const events = [...reportEvents(db, range)];
  const s = stationSettings.read(db);
  result = await timed(() => reportOfRecords(recordsInRange(events, date, date), { ...s, ...range }).figures.records);
} else if (stage === 'report') {
  result = await timed(() => loadReport(db, range).report.figures.records);
} else {
  const request = { range, format: stage as ExportFormat, outDir, fullId: false, by: { staffId: null, name: 'bench' }, reads };
  result = await timed(async () => (await exportReport(db, request)).files.length);
}
await reads.close();
db.close();
process.stdout.write(JSON.stringify({ ...result, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
