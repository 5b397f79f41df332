import { ApiError } from '../../../shared/api/contract.ts';
import { maintenanceMethods } from '../../../shared/api/maintenance.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { audit, auditedWrite } from '../../store/audit-log.ts';
import { rebuildDerivedTablesAudited } from '../../store/derived-check.ts';
import { autoBackupDue, backupPath, checkBackupFile, createBackup, listBackups } from '../../store/backup.ts';
import { writeCheckpoint } from '../../store/checkpoints.ts';
import { maintenanceSettings } from '../../store/settings/maintenance.ts';
import { purgeBefore } from '../../store/retention.ts';
import { keepRecordsAfterBackup } from '../../store/restore-keep.ts';
import { replacedHeadOf, restoreWithEvent, supervisorKnownToBackup } from '../../store/restore.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';
import { stationSettings } from '../../store/settings/station.ts';
import { stationLog } from '../station-log.ts';

/** How often the station looks whether the daily backup is due (it runs once a day at most). */
const BACKUP_CHECK_MS = 30 * 60 * 1000;
const DAY_MS = 86_400_000;

/** Backups (daily and on demand), restore, retention purge and the maintenance settings. */
export function maintenanceModule(core: StationCore): StationModule<keyof typeof maintenanceMethods> {
  const { db, dbPath } = core;
  const keep = () => maintenanceSettings.read(db).backupsToKeep;
  let running: Promise<unknown> | null = null;

  /** One backup at a time; the timer and a supervisor's button never overlap. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = (running ?? Promise.resolve()).catch(() => {}).then(work);
    running = next;
    return next;
  }

  async function backupIfDue(): Promise<void> {
    if (dbPath === ':memory:' || !autoBackupDue(dbPath)) return;
    try {
      const made = await exclusive(() => createBackup(db, dbPath, 'auto', keep()));
      stationLog().info({ event: 'backup.auto', backup: made.name, bytes: made.bytes }, 'daily backup written');
    } catch (err) {
      stationLog().error({ event: 'backup.failed', code: (err as { code?: string }).code }, 'daily backup failed');
      return;
    }
    await checkLogTables();
  }

  /**
   * Once a day, with the full integrity check of the backup: the tables the log screen reads
   * are held against the chain (every record read, 1.2 s at 500,000: in a read worker, never
   * on the thread that records) and, if someone edited them, rebuilt from it and audited: the
   * chain is the evidence.
   */
  async function checkLogTables(): Promise<void> {
    try {
      const problem = await core.reads.run('derived-check', {});
      if (!problem) return;
      rebuildDerivedTablesAudited(db, problem);
      stationLog().warn({ event: 'log.rebuilt', table: problem.table, at: problem.at }, 'the log tables disagreed with the chain: rebuilt from it');
    } catch (err) {
      stationLog().error({ event: 'log.check-failed', code: (err as { code?: string }).code }, 'could not check the log tables against the chain');
    }
  }
  // The first look waits a minute, so a station that is started and stopped at once (tests,
  // the CLI) does not copy its database; a station restarted by power cuts still gets it.
  const first = setTimeout(() => void backupIfDue(), 60_000);
  const timer = setInterval(() => void backupIfDue(), BACKUP_CHECK_MS);
  first.unref();
  timer.unref();

  return {
    close: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running?.catch(() => {});
    },
    handlers: {
      listBackups: () => listBackups(dbPath),
      async backupNow(_input, ctx) {
        const made = await exclusive(() => createBackup(db, dbPath, 'manual', keep()));
        audit(db, 'backup.create', requireStaff(ctx).staffId, { backup: made.name });
        return made;
      },
      async restoreBackup({ backup }, ctx) {
        const { staffId, name } = requireStaff(ctx);
        const checked = checkBackupFile(backupPath(dbPath, backup));
        if (!checked.ok) throw new ApiError('bad-request', `backup ${backup} cannot be restored: ${checked.detail}`, [], 'backup-unusable', { backup });
        if (!supervisorKnownToBackup(dbPath, backup, { staffId, name })) {
          throw new ApiError('forbidden', `supervisor ${name} is not in backup ${backup}: a supervisor that backup knows restores it`, [], 'supervisor-not-in-backup', { backup });
        }
        return exclusive(async () => {
          // Keep more than `keep` for a moment: the safety copy must not push out the chosen one.
          const safety = await createBackup(db, dbPath, 'pre-restore', keep());
          const kept = await keepRecordsAfterBackup(db, dbPath, backupPath(dbPath, backup), name);
          // The restore is an event in the restored chain, after the head it replaced; the
          // sessions of the backup's time end with it (and every session now is over).
          const event = await restoreWithEvent(dbPath, backup, {
            replacedHead: replacedHeadOf(dbPath, kept.replacedHead), replacedKeptAs: safety.name, keptRecords: kept.bundle, staff: { staffId, name },
          }, (e) => ({ action: 'backup.restore', staffId, detail: { backup, safetyBackup: safety.name, replacedHead: e.payload.replacedHead, restoreSeq: e.seq, keptRecords: kept.bundle } }));
          writeCheckpoint(db, 'restore');
          stationLog().info({ event: 'backup.restore', backup, safetyBackup: safety.name, restoreSeq: event.seq, keptRecords: kept.bundle }, 'records restored from a backup');
          return { restoredFrom: backup, safetyBackup: safety.name };
        });
      },
      recoverFromBackup() {
        throw new ApiError('conflict', 'the station database is healthy: a supervisor restores backups from maintenance', [], 'database-healthy');
      },
      getMaintenanceSettings: () => maintenanceSettings.read(db),
      updateMaintenanceSettings(patch, ctx) {
        return auditedWrite(db, () => maintenanceSettings.patch(db, patch),
          () => ({ action: 'maintenance.update', staffId: requireStaff(ctx).staffId, detail: { keys: Object.keys(patch) } }));
      },
      purgeRecords({ olderThanDays }, ctx) {
        const staff = requireStaff(ctx);
        const s = stationSettings.read(core.db);
        const keptFrom = localDateAndOffset(new Date(Date.now() - olderThanDays * DAY_MS), s.timezone).localDate;
        const result = purgeBefore(db, keptFrom, olderThanDays, { stationCode: s.stationCode, timeZone: s.timezone, staff },
          (r) => ({ action: 'records.purge', staffId: staff.staffId, detail: { olderThanDays, keptFrom, ...r } }));
        stationLog().info({ event: 'records.purge', olderThanDays, keptFrom, ...result }, 'old records purged');
        return { ...result, keptFrom };
      },
    },
  };
}
