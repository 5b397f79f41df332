import BetterSqlite3, { type Database } from 'better-sqlite3';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BackupName, type BackupInfo } from '../../shared/api/maintenance.ts';
import { makeOwnerOnly, ownerOnlyFolder } from './private-files.ts';
import { writeCheckpoint } from './checkpoints.ts';
import { newerVersionProblem } from './migrate.ts';

export type BackupReason = BackupInfo['reason'];

/** A full day between automatic backups. */
export const AUTO_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Backups live beside the database: `<data dir>/backups/`. */
export function backupDirOf(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function backupName(at: Date, reason: BackupReason): string {
  return `station-${at.toISOString().replace(/[-:.]/g, '')}-${reason}.db`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = /^station-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([\w-]+)\.db$/.exec(name);
  if (!m || !BackupName.safeParse(name).success) return null;
  return { createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`, reason: m[8] as BackupReason };
}

/** Every backup file in the folder, newest first (partial and foreign files are ignored). */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDirOf(dbPath);
  let files: string[];
  try { files = readdirSync(dir); } catch { return []; }
  return files
    .flatMap((name) => {
      const parsed = parseName(name);
      if (!parsed) return [];
      try { return [{ name, ...parsed, bytes: statSync(join(dir, name)).size }]; } catch { return []; }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The integrity check SQLite itself offers; "ok" or the first problems it names. The full
 * check reads every index against its table (0.55–0.85 s at 100k records): it runs on each
 * backup copy, so once a day with the daily backup. `quick` skips the index-content checks
 * (~0.1 s): the start-up check, so the station is at the barrier fast.
 */
export function integrityOf(db: Database, quick = false): string {
  const pragma = quick ? 'quick_check' : 'integrity_check';
  return (db.pragma(`${pragma}(5)`) as Record<string, string>[]).map((r) => r[pragma]).join('; ');
}

/**
 * Whether a backup file opens, passes the integrity check, holds a station's records and was
 * not written by a newer version (which this version must not restore over its database).
 */
export function checkBackupFile(path: string): { ok: true } | { ok: false; detail: string } {
  try {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      const integrity = integrityOf(db);
      if (integrity !== 'ok') return { ok: false, detail: integrity };
      const newer = newerVersionProblem(db);
      if (newer) return { ok: false, detail: newer };
      db.prepare('SELECT COUNT(*) FROM events').get();
      return { ok: true };
    } finally {
      db.close();
    }
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}

/** The backups that pass their integrity check and this version can open, newest first: what recovery may offer. */
export function goodBackups(dbPath: string): BackupInfo[] {
  return listBackups(dbPath).filter((b) => checkBackupFile(join(backupDirOf(dbPath), b.name)).ok);
}

/**
 * Copies the live database with SQLite's online backup API (safe while the station records),
 * into a partial file that becomes a backup only once it is self-contained (rollback journal,
 * not WAL) and passes its integrity check; then keeps only the newest `keep` backups.
 */
export async function createBackup(db: Database, dbPath: string, reason: BackupReason, keep: number, now = new Date()): Promise<BackupInfo> {
  const dir = backupDirOf(dbPath);
  ownerOnlyFolder(dir);
  const name = backupName(now, reason);
  const partial = join(dir, `${name}.partial`);
  writeCheckpoint(db, 'backup', now);
  try {
    await db.backup(partial);
    makeOwnerOnly(partial);
    const copy = new BetterSqlite3(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const integrity = integrityOf(copy);
      if (integrity !== 'ok') throw new Error(`the backup copy failed its integrity check: ${integrity}`);
    } finally {
      copy.close();
    }
    renameSync(partial, join(dir, name));
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  pruneBackups(dbPath, keep);
  return { name, createdAt: now.toISOString(), reason, bytes: statSync(join(dir, name)).size };
}

/** Only daily and on-demand backups rotate; a restore's safety copy is never pruned. */
const ROTATING: readonly BackupReason[] = ['auto', 'manual'];

/** Deletes all but the newest `keep` rotating backups. */
export function pruneBackups(dbPath: string, keep: number): void {
  const rotating = listBackups(dbPath).filter((b) => ROTATING.includes(b.reason));
  for (const old of rotating.slice(keep)) rmSync(join(backupDirOf(dbPath), old.name), { force: true });
}

/** An automatic backup is due when none was taken in the last day. */
export function autoBackupDue(dbPath: string, now = new Date()): boolean {
  const last = listBackups(dbPath).find((b) => b.reason === 'auto');
  return !last || now.getTime() - Date.parse(last.createdAt) >= AUTO_BACKUP_INTERVAL_MS;
}

/** The full path of a named backup, after checking the name is one the station writes. */
export function backupPath(dbPath: string, name: string): string {
  if (!parseName(name)) throw new Error(`not a backup name: ${name}`);
  return join(backupDirOf(dbPath), name);
}
