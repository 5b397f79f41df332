import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ExportError, type ExportErrorCode } from './export-error.ts';
import type { SheetJob } from './sheet-files.ts';

export interface SheetWorkerData<Job> { dbPath: string; nativeBinding?: string | undefined; job: Job; tsEntry: string }
export type SheetWorkerReply = { paths: string[] } | { error: { code: ExportErrorCode; message: string; folder?: string | undefined } };

/**
 * Where the worker's code is: beside this module's code, in the same form. From the sources
 * (tsx, vitest) that is electron/export/sheet-export-worker.ts; in dist/node (node-build.mjs)
 * and dist-electron (electron-bundle.ts) the bundlers write it as a second entry,
 * sheet-export-worker.js, in the folder this code was bundled into.
 */
const here = fileURLToPath(import.meta.url);
const WORKER_FILE = join(dirname(here), `sheet-export-worker${extname(here)}`);
/** A worker does not inherit the process's loaders: the sources start through ts-worker.mjs, which registers tsx. */
const FROM_SOURCES = extname(here) === '.ts';

/**
 * Runs one sheet export in a worker thread on its own read-only connection to `dbPath`
 * (the caller has committed everything the export must see) and resolves with the written paths.
 */
export function runSheetExport(dbPath: string, nativeBinding: string | undefined, job: SheetJob): Promise<string[]> {
  const workerData: SheetWorkerData<SheetJob> = { dbPath, nativeBinding, job, tsEntry: pathToFileURL(WORKER_FILE).href };
  return new Promise((resolve, reject) => {
    const worker = new Worker(FROM_SOURCES ? join(dirname(here), 'ts-worker.mjs') : WORKER_FILE, { workerData });
    let reply: SheetWorkerReply | undefined;
    worker.once('message', (message: SheetWorkerReply) => { reply = message; });
    worker.once('error', (err) => reject(new ExportError('io', `the export worker failed (${err.message}): nothing was exported`)));
    worker.once('exit', (code) => {
      if (reply === undefined) return reject(new ExportError('io', `the export worker stopped (exit code ${code}) before it answered: nothing was exported`));
      if ('paths' in reply) return resolve(reply.paths);
      reject(new ExportError(reply.error.code, reply.error.message, reply.error.folder));
    });
  });
}
