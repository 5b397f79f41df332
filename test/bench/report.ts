import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './bench-row.ts';

const REPO = join(import.meta.dirname, '..', '..');
const DAY = '2026-02-01';

interface StageResult { ms: number; cpuMs: number; count: number; peakRssMiB: number }

/** Runs one stage in a fresh process (report-stage.ts), so each peak memory is that stage's own. */
function stage(name: string, dbPath: string, outDir: string): StageResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'test/bench/report-stage.ts'), name, dbPath, DAY, outDir], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as StageResult;
}

/** The goals of issue 11 on a 100,000-record day; every stage also aims under 200 MiB. */
const GOALS: Record<string, string> = { 'report-maths': '', report: '< 200 ms', csv: '< 1500 ms', xlsx: '< 5000 ms', bundle: '< 1000 ms', pdf: '' };
const MEMORY_GOAL = '< 200 MiB';
const LABELS: Record<string, string> = {
  'report-maths': 'report maths (events in memory)',
  report: 'report from the store (read + parse + maths)',
  csv: 'CSV export, 6 files (read + write)',
  xlsx: 'XLSX export, 6 sheets, streaming (read + write)',
  bundle: 'signed bundle (read + ndjson + Ed25519)',
  pdf: 'PDF 日报 (read + headless Chromium)',
};

/**
 * The 日报 of a 100,000-record day: a real station database filled by the `demo` command
 * (the records go through the store's own append and hash chain), then each stage timed.
 */
export async function benchReport(perDay = 100_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  try {
    const dbPath = join(dir, 'station.db');
    execFileSync(process.execPath, [join(REPO, 'electron/cli/bin.mjs'), 'demo', '--db', dbPath, '--from', DAY, '--days', '1', '--per-day', String(perDay)], { cwd: REPO, stdio: 'ignore' });
    const rows: BenchRow[] = [];
    for (const name of Object.keys(GOALS)) {
      const outDir = join(dir, name);
      mkdirSync(outDir);
      const r = stage(name, dbPath, outDir);
      rows.push({ name: `${LABELS[name]}, ${perDay.toLocaleString('en')}-record day: wall`, value: r.ms, unit: 'ms', goal: GOALS[name] ?? '' });
      // CPU time of the stage's own process: its cost with a core to itself (Chromium's work is not in it).
      rows.push({ name: `${LABELS[name]}: CPU time`, value: r.cpuMs, unit: 'ms', goal: '' });
      rows.push({ name: `${LABELS[name]}: peak memory (process RSS)`, value: r.peakRssMiB, unit: 'MiB', goal: MEMORY_GOAL });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
