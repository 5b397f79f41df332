/**
 * Start-up rows for `npm run bench`: `checkpoint-station --help` as a person types it (a new
 * Node process running the built JavaScript; the build itself is made first, as `npm install`
 * does). The `serve` cold start → sign-in usable row is in screening.ts (it needs Chromium).
 */
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from '../../electron/launcher/node-build.mjs';
import { CLI_BIN, REPO } from '../support/cli-bin.ts';
import { type BenchRow, percentile } from './bench-row.ts';

const RUNS = 7;

export async function benchStart(): Promise<BenchRow[]> {
  await ensureBuilt();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI_BIN, '--help'], { cwd: REPO, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`--help failed: ${r.stderr}`);
  }
  return [{ name: `start: checkpoint-station --help (a new process), median of ${RUNS}`, value: percentile(times, 50), unit: 'ms', goal: '< 500 ms' }];
}
