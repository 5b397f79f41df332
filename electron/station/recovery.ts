import BetterSqlite3 from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { ApiError } from '../../shared/api/contract.ts';
import type { RecoveryState } from '../../shared/api/maintenance.ts';
import { backupPath, checkBackupFile, goodBackups } from '../store/backup.ts';
import { headOfFile, replacedHeadOf, restoreWithEvent } from '../store/restore.ts';
import { pinMatches } from '../store/pin.ts';
import { lockedError } from '../store/pin-lock.ts';
import { RecoveryLock } from './recovery-lock.ts';
import type { StationMode } from './dispatch.ts';
import type { Handlers } from './module.ts';
import { APP_VERSION } from './version.ts';

/** The supervisor in a backup's own staff list with this name and PIN, or null. */
function supervisorInBackup(path: string, name: string, pin: string): number | null {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT id, pin_hash FROM staff WHERE name = ? AND role = 'supervisor' AND active = 1")
      .get(name) as { id: number; pin_hash: string } | undefined;
    return row && pinMatches(pin, row.pin_hash) ? row.id : null;
  } finally {
    db.close();
  }
}

/** Moves the damaged database and its WAL/SHM aside (never deleted); the new name, or null. */
function keepDamagedFile(dbPath: string, now: Date): string | null {
  if (!existsSync(dbPath)) return null;
  const kept = `${dbPath}.damaged-${now.toISOString().replace(/[-:.]/g, '')}`;
  // The WAL must go with it: SQLite would otherwise replay it into the restored database.
  for (const suffix of ['-wal', '-shm', '']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, kept + suffix);
  return kept;
}

export interface Recovered { backup: string; damagedFileKeptAs: string | null; restoreSeq: number }

/**
 * The station in recovery, a mode of the one dispatcher: `status` (which says why and which
 * backups are good) and `recoverFromBackup` are served; every other method is refused with a
 * clear storage error. Wrong PINs lock recovery for a growing time, as sign-in does, across restarts.
 */
export function recoveryMode(dbPath: string, problem: Omit<RecoveryState, 'backups'>, onRecovered: (r: Recovered) => void): StationMode {
  const lock = new RecoveryLock(dbPath);

  async function recoverFromBackup(input: { backup: string; name: string; pin: string }) {
    const lockedUntil = lock.lockedUntil();
    if (lockedUntil !== null) throw lockedError(lockedUntil, Date.now());
    const path = backupPath(dbPath, input.backup);
    const checked = checkBackupFile(path);
    if (!checked.ok) throw new ApiError('bad-request', `backup ${input.backup} cannot be used: ${checked.detail}`, [], 'backup-unusable', { backup: input.backup });
    const staffId = supervisorInBackup(path, input.name, input.pin);
    if (staffId === null) {
      lock.failed();
      throw new ApiError('unauthenticated', 'wrong name or PIN for a supervisor in that backup', [], 'wrong-pin');
    }
    lock.cleared();
    const damagedFileKeptAs = keepDamagedFile(dbPath, new Date());
    // The restore event names the damaged database's head where it can still be read, and never
    // falls behind the last head the station signed.
    const replacedHead = replacedHeadOf(dbPath, damagedFileKeptAs === null ? null : headOfFile(damagedFileKeptAs));
    const event = await restoreWithEvent(dbPath, input.backup, { replacedHead, replacedKeptAs: damagedFileKeptAs, keptRecords: null, staff: { staffId, name: input.name } },
      (e) => ({ action: 'backup.recover', staffId, detail: { backup: input.backup, damagedFileKeptAs, restoreSeq: e.seq } }));
    onRecovered({ backup: input.backup, damagedFileKeptAs, restoreSeq: event.seq });
    return { restoredFrom: input.backup, damagedFileKeptAs };
  }

  const handlers: Partial<Handlers> = {
    status: () => ({
      stationName: '', stationCode: '', version: APP_VERSION, setUp: true, today: '', counts: { today: 0, total: 0 }, devices: [],
      recovery: { ...problem, backups: goodBackups(dbPath) },
    }),
    recoverFromBackup,
  };
  return {
    handlers: handlers as StationMode['handlers'],
    sessionOf: () => null, // no staff list to sign in against: recovery checks the backup's own
    unavailable: () => new ApiError('storage', `the station database needs recovery (${problem.problem}): nothing can be recorded until a supervisor restores a backup`, [], 'needs-recovery'),
  };
}
