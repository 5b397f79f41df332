import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';

/** A backup file's name as the station writes it; nothing else is ever opened as a backup. */
export const BackupName = z.string().regex(/^station-\d{8}T\d{6}\d{3}Z-(auto|manual|pre-restore)\.db$/, 'not a backup name');

export const BackupInfo = z.object({
  name: BackupName,
  createdAt: z.string(),
  reason: z.enum(['auto', 'manual', 'pre-restore']),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/**
 * Why the station started in recovery instead of opening its database: the file is damaged
 * (not a database, or the integrity check failed), cannot be opened, or is gone while backups
 * remain. The station never silently starts a new, empty database in its place.
 */
export const RecoveryState = z.object({
  /**
   * chain-broken: the file opens, but its record chain fails the start check (cut, rewritten or edited).
   * newer-version: a newer version of the station wrote it (a restore from a newer version's backup).
   */
  problem: z.enum(['damaged', 'unreadable', 'missing', 'chain-broken', 'newer-version']),
  detail: z.string(),
  /** Backups that passed their own integrity check and that this version can open, newest first. */
  backups: z.array(BackupInfo),
});
export type RecoveryState = z.infer<typeof RecoveryState>;

export const MaintenanceSettings = z.object({
  /** How many backup files to keep; the oldest beyond this are deleted. */
  backupsToKeep: z.number().int().min(1).max(60).default(7),
  /** A session is refused this long after its sign-in: a shift ends even if nobody signs out. */
  maxShiftHours: z.number().min(1).max(24).default(12),
});
export type MaintenanceSettings = z.infer<typeof MaintenanceSettings>;

const Pin = z.string().regex(/^\d{4,12}$/, 'PIN: 4 to 12 digits');

export const PurgeResult = z.object({
  purged: z.number().int(),
  /** Records on or after this local date were kept. */
  keptFrom: z.string(),
  /** The purge's own event in the chain (it records the link the kept records start from). */
  purgeSeq: z.number().int(),
});

/** Backups, restore, recovery, retention and the session limit: a supervisor's maintenance. */
export const maintenanceMethods = {
  listBackups: method({ role: 'supervisor', request: z.object({}), response: z.array(BackupInfo) }),
  backupNow: method({ role: 'supervisor', request: z.object({}), response: BackupInfo }),
  /** Replaces the station's records with a backup's; the current state is backed up first. */
  restoreBackup: method({
    role: 'supervisor',
    request: z.object({ backup: BackupName }),
    response: z.object({ restoredFrom: BackupName, safetyBackup: BackupName }),
  }),
  /**
   * Only while the station is in recovery: a supervisor *of that backup* (name and PIN checked
   * against the backup's own staff list) puts it in place of the damaged database.
   */
  recoverFromBackup: method({
    role: 'public',
    request: z.object({ backup: BackupName, name: z.string().trim().min(1).max(40), pin: Pin }),
    response: z.object({ restoredFrom: BackupName, damagedFileKeptAs: z.string().nullable() }),
  }),
  getMaintenanceSettings: method({ role: 'supervisor', request: z.object({}), response: MaintenanceSettings }),
  updateMaintenanceSettings: method({ role: 'supervisor', request: patchOf(MaintenanceSettings), response: MaintenanceSettings }),
  /** Deletes records older than N days; the purge itself is an event in the chain. */
  purgeRecords: method({
    role: 'supervisor',
    request: z.object({ olderThanDays: z.number().int().min(1).max(3650) }),
    response: PurgeResult,
  }),
};
