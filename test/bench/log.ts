import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_SUPERVISOR } from '../../electron/demo/plan.ts';
import { createStation } from '../../electron/station/station.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { checkDerivedTables } from '../../electron/store/derived-check.ts';
import { bigStation } from './big-station.ts';
import { percentile, type BenchRow } from './bench-row.ts';


async function timed(n: number, run: () => unknown): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The log and status figures of the station database at `dbPath`, reading its busiest day as `supervisor`. */
export async function measureLog(dbPath: string, busiest: string, supervisor: { name: string; pin: string }): Promise<BenchRow[]> {
  const s = createStation({ dbPath });
  try {
    const session = (await s.call('signIn', supervisor)).token;
    const total = (await s.call('status', {})).counts.total.toLocaleString('en');
    const day = `${(await s.call('countEvents', { date: busiest }, session)).total.toLocaleString('en')}-record day`;
    const rows: BenchRow[] = [];
    const add = (name: string, r: { p50: number; p95: number }, goal = '') => {
      rows.push({ name: `${name}: p50`, value: r.p50, unit: 'ms', goal: '' }, { name: `${name}: p95`, value: r.p95, unit: 'ms', goal });
    };
    add(`\`status\` at ${total} records (per-day counter)`, await timed(200, () => s.call('status', {})), '< 10 ms');
    // What `status` did before the counter, for comparison: a count over the whole log.
    add(`for comparison: full screening count at ${total} records`, await timed(20, () => s.core.db.prepare("SELECT COUNT(*) FROM events WHERE kind = 'screening'").get()));
    // What `verify` and the daily backup add: the log tables held against the chain (a read of every record).
    add(`log tables held against the chain (verify, daily backup) at ${total} records`, await timed(3, () => checkDerivedTables(s.core.db)));
    const first = await s.call('listEvents', { date: busiest, limit: 100 }, session);
    add(`log page 1 (100 rows, masked, corrections attached), ${day}`, await timed(50, () => s.call('listEvents', { date: busiest, limit: 100 }, session)));
    let deep = first.nextBeforeSeq!;
    for (let i = 0; i < 400; i++) deep = (await s.call('listEvents', { date: busiest, limit: 100, beforeSeq: deep }, session)).nextBeforeSeq ?? deep;
    add(`log page 401 (by seq cursor), ${day}`, await timed(50, () => s.call('listEvents', { date: busiest, limit: 100, beforeSeq: deep }, session)));
    add(`log counts bar, ${day}`, await timed(50, () => s.call('countEvents', { date: busiest }, session)));
    add(`log counts bar, referred only, ${day}`, await timed(50, () => s.call('countEvents', { date: busiest, decision: 'refer' }, session)));
    const name = (first.events[50]!.payload as { screening: { person?: { name: string } } }).screening.person?.name ?? '张';
    add(`log text search (a name): page + counts, ${day}`, await timed(20, () => Promise.all([
      s.call('listEvents', { date: busiest, text: name, limit: 100 }, session), s.call('countEvents', { date: busiest, text: name }, session)])));
    return rows;
  } finally {
    await s.close();
  }
}

/**
 * The log and the status line on a station holding 500,000 records (five ~100,000-record
 * days, filled by `demo` through the store's own append and kept between runs): what every
 * pushed event and every tap on the log screen costs the station.
 */
export async function benchLog(days = 5, perDay = 100_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-log-'));
  try {
    const station = await bigStation(days, perDay, dir);
    const busiest = busiestDay(station.dbPath);
    return [
      { name: `fill ${days} demo days of ~${perDay.toLocaleString('en')} records (built ${station.builtAt.slice(0, 10)}, kept per schema)`, value: station.fillMs / 1000, unit: 's', goal: '' },
      ...await measureLog(station.dbPath, busiest, DEMO_SUPERVISOR),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The station day with the most screenings (the demo varies each day's traffic ±15 %). */
function busiestDay(dbPath: string): string {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT local_date AS day FROM screening_counts ORDER BY screenings DESC LIMIT 1').get() as { day: string }).day;
  } finally {
    db.close();
  }
}
