// A worker thread's entry: one sheet export (CSV or XLSX) read from the station's database on
// its own read-only connection and written to the folder, so the thread that records screenings,
// serves the bridge and takes the thermometer's frames never waits on a 100,000-record day.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/database.ts';
import { ExportError } from './export-error.ts';
import { writeSheetFiles, type SheetJob } from './sheet-files.ts';
import type { SheetWorkerData, SheetWorkerReply } from './sheet-export-runner.ts';

const { dbPath, nativeBinding, job } = workerData as SheetWorkerData<SheetJob>;

async function run(): Promise<SheetWorkerReply> {
  const db = openDatabase(dbPath, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return { paths: await writeSheetFiles(db, job) };
  } catch (err) {
    // An Error crosses threads without its own fields: the code and folder go as data.
    if (err instanceof ExportError) return { error: { code: err.code, message: err.message, folder: err.folder } };
    return { error: { code: 'io', message: err instanceof Error ? err.message : String(err) } };
  } finally {
    db.close();
  }
}

parentPort!.postMessage(await run());
