import BetterSqlite3 from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChainHead, RestoreEvent } from '../../shared/domain/event.ts';
import { stationSettings } from './settings/station.ts';
import { backupPath } from './backup.ts';
import { chainHead } from './checkpoints.ts';
import { appendEvent } from './event-log.ts';
import { auditedWrite, type AuditLine } from './audit-log.ts';
import { migrate } from './migrate.ts';
import { makeOwnerOnly } from './private-files.ts';
import { laterHead, readSignedHead } from './signed-head.ts';
import { endAllShifts } from './staff-store.ts';

/** What a restore records about itself, beyond the backup and its head. */
export interface RestoreFacts {
  /** The head being replaced, as far as it can be read (null: the database could not be read). */
  replacedHead: ChainHead | null;
  /** Where the replaced database is kept whole (a safety copy, or the damaged file moved aside). */
  replacedKeptAs: string | null;
  /** The signed bundle holding the records after the backup. */
  keptRecords: string | null;
  /** The supervisor restoring, by their id and name in the backup's own staff list. */
  staff: { staffId: number; name: string };
}

/** Whether the backup's own staff list holds this active supervisor (same id and name): the restore event names them. */
export function supervisorKnownToBackup(dbPath: string, backup: string, staff: { staffId: number; name: string }): boolean {
  const db = new BetterSqlite3(backupPath(dbPath, backup), { readonly: true, fileMustExist: true });
  try {
    return Boolean(db.prepare("SELECT 1 FROM staff WHERE id = ? AND name = ? AND role = 'supervisor' AND active = 1").get(BigInt(staff.staffId), staff.name));
  } finally {
    db.close();
  }
}

/**
 * The head a restore replaces: the later of the one the database holds and the last one the
 * station signed (kept beside the database), so no number a bundle or checkpoint used comes back.
 */
export function replacedHeadOf(dbPath: string, databaseHead: ChainHead | null): ChainHead | null {
  return laterHead(databaseHead, readSignedHead(dbPath));
}

/**
 * The head of a database file that may be damaged, or null when it cannot be read. The file is
 * left as it was: the WAL and shared-memory files a reader of a WAL database makes go again.
 */
export function headOfFile(path: string): ChainHead | null {
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  try {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try { return chainHead(db); } finally { db.close(); }
  } catch {
    return null;
  } finally {
    for (const suffix of made) rmSync(path + suffix, { force: true });
  }
}

/**
 * Restores a backup over the database at `dbPath` as one step a reader sees whole: the backup
 * is copied aside, brought to this version's tables, its sessions ended, and the restore
 * appended to its chain as an event naming the backup, its head and the head it replaced;
 * with its audit `line` in the same transaction; then that copy is written over the database
 * with SQLite's online backup API (inside SQLite's own locking, so a connection the station
 * holds open sees the restored records, the restore event and its line among them, on its next
 * read). A crash in between leaves the old database; a restore never lands without its line.
 */
export async function restoreWithEvent(dbPath: string, name: string, facts: RestoreFacts, line: (event: RestoreEvent) => AuditLine): Promise<RestoreEvent> {
  const prepared = `${backupPath(dbPath, name)}.restoring`;
  rmSync(prepared, { force: true });
  try {
    const source = new BetterSqlite3(backupPath(dbPath, name), { readonly: true, fileMustExist: true });
    try { await source.backup(prepared); } finally { source.close(); }
    makeOwnerOnly(prepared);
    const copy = new BetterSqlite3(prepared);
    let event: RestoreEvent;
    try {
      migrate(copy); // a backup from an older version gets this version's tables
      endAllShifts(copy); // no session from the backup's time comes back to life
      const backupHead = chainHead(copy);
      const settings = stationSettings.read(copy);
      event = auditedWrite(copy, () => appendEvent(copy, {
        kind: 'restore',
        payload: {
          backup: name,
          backupHead,
          replacedHead: laterHead(facts.replacedHead, backupHead)!,
          replacedKeptAs: facts.replacedKeptAs === null ? null : basename(facts.replacedKeptAs),
          keptRecords: facts.keptRecords === null ? null : basename(facts.keptRecords),
        },
        stationCode: settings.stationCode,
        timeZone: settings.timezone,
        staff: { ...facts.staff, shiftId: null },
      }) as RestoreEvent, line);
    } finally {
      copy.close();
    }
    const restored = new BetterSqlite3(prepared, { readonly: true, fileMustExist: true });
    try { await restored.backup(dbPath); } finally { restored.close(); }
    return event;
  } finally {
    rmSync(prepared, { force: true });
  }
}
