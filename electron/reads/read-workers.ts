import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ExportError, type ExportErrorCode } from '../export/export-error.ts';
import type { ReadJobName, ReadJobs } from './read-jobs.ts';
import type { ProgressSink, ReadProgress } from './read-progress.ts';

export interface ReadWorkerData { nativeBinding?: string | undefined; tsEntry: string }
/** One job: which read, of which database. */
export interface ReadWorkerJob { dbPath: string; kind: ReadJobName; input: unknown }
export type ReadWorkerReply =
  | { progress: ReadProgress }
  | { result: unknown }
  | { error: { code: ExportErrorCode; message: string; folder?: string | undefined } };

export interface ReadWorkerOptions {
  dbPath: string;
  /** The better-sqlite3 build the workers load (Electron's own, when not packaged). */
  nativeBinding?: string | undefined;
  /** A heap cap per worker: a read that outgrows it fails alone, with a clear error. */
  maxHeapMb?: number | undefined;
}

/**
 * Where the worker's code is: beside this module's code, in the same form. From the sources
 * (tsx, vitest) that is electron/reads/read-worker.ts; in dist/node (node-build.mjs) and
 * dist-electron (electron-bundle.ts) the bundlers write it as a second entry, read-worker.js,
 * in the folder this code was bundled into.
 */
const here = fileURLToPath(import.meta.url);
const WORKER_FILE = join(dirname(here), `read-worker${extname(here)}`);
/** A worker does not inherit the process's loaders: the sources start through ts-worker.mjs, which registers tsx. */
const FROM_SOURCES = extname(here) === '.ts';

/** The worker died (out of memory, a crash): what was asked of it did not happen. */
export class ReadWorkerStopped extends ExportError {
  constructor(why: string, kind: ReadJobName) {
    super('io', `the station's read worker stopped (${why}) during ${kind}: nothing was written`);
  }
}

/** One worker, the caller's alone, for a run of jobs (an export's chain check, then its files). */
export interface ReadLease {
  run<K extends ReadJobName>(kind: K, input: ReadJobs[K]['input']): Promise<ReadJobs[K]['output']>;
  /** Done with it: the worker waits idle for the next caller. */
  release(): void;
}

/**
 * Idle workers, one at most per build and heap cap, shared by every ReadWorkers of the process
 * (each job names its database): a worker costs its start once, not once per station or export.
 * Idle workers are unreferenced, so they never keep a CLI run's process alive.
 */
const idle = new Map<string, Worker>();
/** Workers that have exited, whoever started them: never leased or kept again. */
const stopped = new WeakSet<Worker>();

/**
 * The station's read workers: each job runs in a worker thread on its own read-only
 * connection, so the station's thread stays free for recording and the devices. A worker is
 * started on first need and kept idle for the next job; a worker that dies fails the job it
 * had and is replaced.
 */
export class ReadWorkers {
  readonly #leased = new Set<Worker>();
  readonly #key: string;
  #closed = false;

  constructor(private readonly options: ReadWorkerOptions) {
    this.#key = `${options.nativeBinding ?? ''}|${options.maxHeapMb ?? ''}`;
  }

  #start(): Worker {
    const { nativeBinding, maxHeapMb } = this.options;
    const workerData: ReadWorkerData = { nativeBinding, tsEntry: pathToFileURL(WORKER_FILE).href };
    const worker = new Worker(FROM_SOURCES ? join(dirname(here), 'ts-worker.mjs') : WORKER_FILE, {
      workerData, ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
    });
    // Always heard, so a dying worker can never take the station down with an unheard 'error'.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      stopped.add(worker);
      if (idle.get(this.#key) === worker) idle.delete(this.#key);
    });
    return worker;
  }

  /** A worker for the caller alone until it releases it; its jobs' progress goes to `onProgress`. */
  lease(onProgress: ProgressSink = () => undefined): ReadLease {
    if (this.#closed) throw new ExportError('io', 'the station is closing: nothing was read');
    const worker = idle.get(this.#key) ?? this.#start();
    idle.delete(this.#key);
    worker.ref();
    this.#leased.add(worker);
    const { dbPath } = this.options;
    return {
      run: (kind, input) => stopped.has(worker) ? Promise.reject(new ReadWorkerStopped('it had stopped', kind)) : runOn(worker, dbPath, kind, input, onProgress),
      release: () => {
        if (!this.#leased.delete(worker) || stopped.has(worker)) return;
        if (this.#closed || idle.has(this.#key)) return void worker.terminate();
        worker.unref();
        idle.set(this.#key, worker);
      },
    };
  }

  /** One job on a worker of its own for its length. */
  async run<K extends ReadJobName>(kind: K, input: ReadJobs[K]['input'], onProgress?: ProgressSink): Promise<ReadJobs[K]['output']> {
    const lease = this.lease(onProgress);
    try {
      return await lease.run(kind, input);
    } finally {
      lease.release();
    }
  }

  /** Stops the jobs still running (the station is closing); idle workers stay for others. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#leased].map((w) => w.terminate()));
  }
}

function runOn<K extends ReadJobName>(worker: Worker, dbPath: string, kind: K, input: ReadJobs[K]['input'], onProgress: ProgressSink): Promise<ReadJobs[K]['output']> {
  return new Promise((resolve, reject) => {
    let failure: Error | undefined;
    const onError = (err: Error) => { failure = err; };
    const onExit = (code: number) => {
      stop();
      reject(new ReadWorkerStopped(failure?.message ?? `exit code ${code}`, kind));
    };
    const onMessage = (reply: ReadWorkerReply) => {
      if ('progress' in reply) return onProgress(reply.progress);
      stop();
      if ('result' in reply) resolve(reply.result as ReadJobs[K]['output']);
      else reject(new ExportError(reply.error.code, reply.error.message, reply.error.folder));
    };
    const stop = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const job: ReadWorkerJob = { dbPath, kind, input };
    worker.postMessage(job);
  });
}
