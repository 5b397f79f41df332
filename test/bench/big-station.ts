/**
 * A station database holding days of demo traffic, for the benchmarks that need a big log
 * (500,000 records). It is filled by the `demo` command, day by day: every screening judged by
 * the rules and appended through the store's own `appendEvent` (hash chain, triggers and the
 * derived `log_in_force` / `screening_counts` exactly as at the barrier), thousands per
 * transaction, with no station call per record. Built once per schema and kept under
 * `.cache/bench/` (gitignored): a re-run reuses it, and measures on a copy so the kept file
 * stays as built.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../../electron/cli/main.ts';
import { readMigrations } from '../../electron/store/migrate.ts';

const REPO = join(import.meta.dirname, '..', '..');
const CACHE = join(REPO, '.cache', 'bench');
const FROM = '2026-02-01';

export interface BigStation {
  /** A copy of the kept database in the caller's folder. */
  dbPath: string;
  /** How long the fill took when the kept file was built (ms of wall time), and when that was. */
  fillMs: number;
  builtAt: string;
}

/** The schema the file was built for: the highest migration and a hash of every migration's text. */
function schemaKey(): string {
  const migrations = readMigrations();
  const hash = createHash('sha256').update(migrations.map((m) => `${m.name}\n${m.sql}`).join('\n')).digest('hex').slice(0, 12);
  return `schema${Math.max(...migrations.map((m) => m.id))}-${hash}`;
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const silent = { write: () => true };

async function fill(dbPath: string, days: number, perDay: number): Promise<void> {
  // A day per run keeps one day's plan in memory; each run starts where the last one closed.
  for (let d = 0; d < days; d++) {
    const code = await main(['demo', '--db', dbPath, '--from', addDays(FROM, d), '--days', '1', '--per-day', String(perDay), '--seed', String(d + 1)],
      { stdout: silent, stderr: process.stderr, onStop: () => {} });
    if (code !== 0) throw new Error(`demo fill of day ${d + 1} failed (exit ${code})`);
  }
}

// The database and what SQLite and the station keep beside it: a reader still open when the
// fill closed (a look at its progress) leaves committed pages in the -wal file.
const SIDECARS = ['', '-wal', '-shm', '.signed-head'];
const carry = (move: (from: string, to: string) => void, from: string, to: string) => {
  for (const suffix of SIDECARS) if (existsSync(from + suffix)) move(from + suffix, to + suffix);
};

/** A copy of the `days` × ~`perDay` demo station, built first if this schema has none kept. */
export async function bigStation(days: number, perDay: number, workDir: string): Promise<BigStation> {
  mkdirSync(CACHE, { recursive: true });
  const kept = join(CACHE, `station-${days}x${perDay}-${schemaKey()}.db`);
  const note = `${kept}.json`;
  if (!existsSync(kept) || !existsSync(note)) {
    const building = join(CACHE, `building-${process.pid}.db`);
    // A killed build's leftovers, and this size's files for older schemas (a gigabyte each).
    const stale = (name: string) => name.startsWith('building-') || name.startsWith(`station-${days}x${perDay}-`);
    for (const f of readdirSync(CACHE).filter(stale)) rmSync(join(CACHE, f), { force: true });
    process.stderr.write(`filling a ${days} × ${perDay.toLocaleString('en')}-record station into ${CACHE} (once per schema)…\n`);
    const start = performance.now();
    await fill(building, days, perDay);
    const fillMs = performance.now() - start;
    carry(renameSync, building, kept);
    writeFileSync(note, JSON.stringify({ fillMs, builtAt: new Date().toISOString() }));
  }
  const { fillMs, builtAt } = JSON.parse(readFileSync(note, 'utf8')) as { fillMs: number; builtAt: string };
  const dbPath = join(workDir, 'station.db');
  carry(copyFileSync, kept, dbPath);
  return { dbPath, fillMs, builtAt };
}
