// A worker thread started from the TypeScript sources (tsx, vitest): registers tsx's loader in
// this thread, then runs the worker's own module (workerData.tsEntry). The bundles in dist/node
// and dist-electron start their built .js worker directly and never load this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
