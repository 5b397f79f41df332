import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { RecoveryState } from '../../shared/api/maintenance.ts';
import { integrityOf, listBackups } from './backup.ts';

export type DatabaseHealth =
  | { state: 'ok' }
  /** No database and no backups: a first run. */
  | { state: 'new' }
  | { state: RecoveryState['problem']; detail: string };

const DAMAGED_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/**
 * The check every start makes before the station opens its database: the file opens and
 * passes SQLite's quick check (the full integrity check runs with the daily backup, on its copy). A missing file is a first run only when there are no
 * backups either; otherwise the records went missing, and the station must not quietly begin
 * a new, empty database over them.
 */
export function checkDatabaseHealth(dbPath: string, nativeBinding?: string): DatabaseHealth {
  if (!existsSync(dbPath)) {
    return listBackups(dbPath).length
      ? { state: 'missing', detail: `the station database ${dbPath} is gone, but backups of it exist` }
      : { state: 'new' };
  }
  let db: BetterSqlite3.Database;
  try {
    // Read-write, so a WAL left by a power cut is recovered exactly as the station would.
    db = new BetterSqlite3(dbPath, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (err) {
    return { state: 'unreadable', detail: describe(err) };
  }
  try {
    const integrity = integrityOf(db, true);
    return integrity === 'ok' ? { state: 'ok' } : { state: 'damaged', detail: `quick check: ${integrity}` };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    return { state: DAMAGED_CODES.has(code) ? 'damaged' : 'unreadable', detail: describe(err) };
  } finally {
    db.close();
  }
}

function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(': ').slice(0, 300);
}
