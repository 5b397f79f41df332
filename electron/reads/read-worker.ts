// A read worker thread's entry: runs the station's named read jobs (read-jobs.ts) one at a
// time, as its station thread sends them, each on a fresh read-only connection to the database
// the job names (so each sees what the station had committed when it was sent, and an idle
// worker holds no file open).
import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../store/database.ts';
import { ExportError } from '../export/export-error.ts';
import { readJobs } from './read-jobs.ts';
import type { ReadWorkerData, ReadWorkerJob, ReadWorkerReply } from './read-workers.ts';

const { nativeBinding } = workerData as ReadWorkerData;
const post = (reply: ReadWorkerReply) => parentPort!.postMessage(reply);

async function run({ dbPath, kind, input }: ReadWorkerJob): Promise<ReadWorkerReply> {
  let db: Database | undefined;
  try {
    db = openDatabase(dbPath, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return { result: await readJobs[kind](db, input as never, (progress) => post({ progress })) };
  } catch (err) {
    // An Error crosses threads without its own fields: the code and folder go as data.
    if (err instanceof ExportError) return { error: { code: err.code, message: err.message, folder: err.folder } };
    return { error: { code: 'io', message: err instanceof Error ? err.message : String(err) } };
  } finally {
    db?.close();
  }
}

parentPort!.on('message', (job: ReadWorkerJob) => {
  void run(job).then(post);
});
