import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lineOfRaw } from '../export/bundle/event-line.ts';
import { writeBundle } from '../export/bundle/write-bundle.ts';
import { EVENT_COLUMNS, type RawEventRow } from '../export/range-events.ts';
import { stationSettings } from './settings/station.ts';
import { ensureStationKey } from '../export/station-key.ts';
import { chainHead } from './checkpoints.ts';

/** Where the records a restore took out of the database are kept, signed: beside the database. */
export function keptRecordsDirOf(dbPath: string): string {
  return join(dirname(dbPath), 'restore-kept');
}

/**
 * Before a restore replaces the database, the records it would take away (those after the
 * backup's head) are written to a signed bundle outside the database and outside backup
 * rotation: acknowledged records are never erased silently. Returns the bundle, or null when
 * the backup holds everything.
 */
export async function keepRecordsAfterBackup(db: Database, dbPath: string, backupFile: string, by: string, now = new Date())
  : Promise<{ bundle: string | null; replacedHead: { seq: number; hash: string }; backupHead: number }> {
  const backup = new BetterSqlite3(backupFile, { readonly: true, fileMustExist: true });
  const backupHead = (() => { try { return chainHead(backup).seq; } finally { backup.close(); } })();
  const replacedHead = chainHead(db);
  const bounds = db.prepare('SELECT MIN(local_date) AS "from", MAX(local_date) AS "to", COUNT(*) AS n FROM events WHERE seq > ?')
    .get(BigInt(backupHead)) as { from: string | null; to: string | null; n: number };
  if (!bounds.n || !bounds.from || !bounds.to) return { bundle: null, replacedHead, backupHead };
  const dir = keptRecordsDirOf(dbPath);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const bundle = join(dir, `before-restore-${now.toISOString().replace(/[-:.]/g, '')}_seq${backupHead + 1}-${replacedHead.seq}_bundle`);
  const settings = stationSettings.read(db);
  const key = ensureStationKey(db);
  // The read starts only when the writer pulls the first line: an open read keeps the connection busy.
  const lines = (function* () {
    const rows = db.prepare(`SELECT ${EVENT_COLUMNS.join(', ')} FROM events WHERE seq > ? ORDER BY seq`).raw().iterate(BigInt(backupHead)) as Iterable<RawEventRow>;
    for (const row of rows) yield lineOfRaw(row);
  })();
  await writeBundle(bundle, { settings, range: { from: bounds.from, to: bounds.to }, lines, key, createdBy: by });
  return { bundle, replacedHead, backupHead };
}
