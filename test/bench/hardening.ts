import { performance } from 'node:perf_hooks';
import { Screening } from '../../shared/domain/screening.ts';
import { createBackup } from '../../electron/store/backup.ts';
import { checkDatabaseHealth } from '../../electron/store/database-health.ts';
import { verifyStoredChain } from '../../electron/store/chain-check.ts';
import { purgeBefore } from '../../electron/store/retention.ts';
import { ReportStore, TEST_STATION } from '../support/report-store.ts';
import { localPersonScreening } from '../support/temp-station.ts';
import type { BenchRow } from './bench-row.ts';

const N = 100_000;
const DAY_MS = 86_400_000;

/** Milliseconds one call takes. */
async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * What hardening costs on a full campaign's database (100,000 records over 100 days): the
 * start-up quick check, a daily online backup (with its full integrity check), a full chain verification, and a retention
 * purge of the older half.
 */
export async function benchHardening(): Promise<BenchRow[]> {
  const store = new ReportStore();
  try {
    const screening = Screening.parse(localPersonScreening().screening);
    const start = Date.parse('2026-01-01T00:00:00Z');
    store.db.transaction(() => {
      for (let i = 0; i < N; i++) {
        const at = new Date(start + Math.floor((i * 100 * DAY_MS) / N));
        store.record(at.toISOString().slice(0, 10), at.toISOString().slice(11, 19), screening);
      }
    })();
    const integrityMs = await timed(() => checkDatabaseHealth(store.dbPath));
    let bytes = 0;
    const backupMs = await timed(async () => { bytes = (await createBackup(store.db, store.dbPath, 'manual', 3)).bytes; });
    const verifyMs = await timed(() => verifyStoredChain(store.db));
    const staff = { staffId: 1, name: '李主任', shiftId: null };
    const purgeMs = await timed(() => purgeBefore(store.db, '2026-02-20', 30, { stationCode: TEST_STATION.stationCode, timeZone: TEST_STATION.timezone, staff }));
    return [
      { name: `start-up database check (quick_check), ${N.toLocaleString('en')} records`, value: integrityMs, unit: 'ms', goal: '' },
      { name: `online backup, ${N.toLocaleString('en')} records (${(bytes / 2 ** 20).toFixed(0)} MiB)`, value: backupMs, unit: 'ms', goal: '' },
      { name: `verify the hash chain, ${N.toLocaleString('en')} records`, value: verifyMs, unit: 'ms', goal: '' },
      { name: 'retention purge of the older half (secure delete)', value: purgeMs, unit: 'ms', goal: '' },
    ];
  } finally {
    store.close();
  }
}
