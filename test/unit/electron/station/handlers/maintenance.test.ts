import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBundle } from '../../../../../electron/export/bundle/verify-bundle.ts';
import { keptRecordsDirOf } from '../../../../../electron/store/restore-keep.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../../../../electron/store/backup.ts';
import { verifyStoredChain } from '../../../../../electron/store/chain-check.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

const record = (name: string) => t.station.call('recordScreening', localPersonScreening(name), t.staff);

describe('maintenance: backup now, list, restore', () => {
  it('a supervisor backs up now and restores it; the state before is kept as a safety copy', async () => {
    await record('甲');
    const made = await t.station.call('backupNow', {}, t.supervisor);
    expect(made).toMatchObject({ reason: 'manual' });
    await record('乙');
    await record('丙');

    const done = await t.station.call('restoreBackup', { backup: made.name }, t.supervisor);
    expect(done.restoredFrom).toBe(made.name);
    const supervisor = (await t.station.call('signIn', { name: '王芳', pin: '246813' })).token;
    expect((await t.station.call('listBackups', {}, supervisor)).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
    expect((await t.station.call('status', {})).counts.total).toBe(1);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
    const audit = t.station.core.db.prepare("SELECT detail FROM audit WHERE action = 'backup.restore'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ backup: made.name, safetyBackup: done.safetyBackup, replacedHead: { seq: 3 } });

    // Restoring the safety copy undoes the restore.
    await t.station.call('restoreBackup', { backup: done.safetyBackup }, supervisor);
    expect((await t.station.call('status', {})).counts.total).toBe(3);
  });

  it('a restore lands with its audit line or not at all', async () => {
    await record('甲');
    const { db } = t.station.core;
    // The backup's own audit table refuses the restore's line (as a damaged one might).
    db.exec("CREATE TRIGGER refuse_restore_line BEFORE INSERT ON audit WHEN NEW.action = 'backup.restore' BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
    const made = await t.station.call('backupNow', {}, t.supervisor);
    db.exec('DROP TRIGGER refuse_restore_line');
    await record('乙');

    await expect(t.station.call('restoreBackup', { backup: made.name }, t.supervisor)).rejects.toThrow();
    expect((await t.station.call('status', {})).counts.total).toBe(2);
    expect(db.prepare("SELECT COUNT(*) AS n FROM events WHERE kind = 'restore'").get()).toEqual({ n: 0 });
    expect(verifyStoredChain(db)).toBeNull();
  });

  it('a restore loses nothing silently: later records go to a signed bundle, sessions end, the safety copy outlives rotation (attack 5)', async () => {
    await record('甲');
    const made = await t.station.call('backupNow', {}, t.supervisor);
    await record('乙');
    await t.station.call('signOut', {}, t.staff);
    const done = await t.station.call('restoreBackup', { backup: made.name }, t.supervisor);

    const kept = readdirSync(keptRecordsDirOf(t.dbPath));
    expect(kept).toHaveLength(1);
    const check = await verifyBundle(join(keptRecordsDirOf(t.dbPath), kept[0]!));
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => [e.seq, e.kind === 'screening' && e.payload.screening.kind === 'person' ? e.payload.screening.person.name : null])).toEqual([[2, '乙']]);

    // The staff session signed out after the backup, and the supervisor's own, are over.
    await expect(t.station.call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(t.station.call('whoAmI', {}, t.supervisor)).rejects.toMatchObject({ code: 'unauthenticated' });

    const supervisor = (await t.station.call('signIn', { name: '王芳', pin: '246813' })).token;
    await t.station.call('updateMaintenanceSettings', { backupsToKeep: 1 }, supervisor);
    for (let i = 0; i < 3; i++) await t.station.call('backupNow', {}, supervisor);
    expect((await t.station.call('listBackups', {}, supervisor)).map((b) => b.name)).toContain(done.safetyBackup);
  });

  it('keeps as many backups as the setting says', async () => {
    await t.station.call('updateMaintenanceSettings', { backupsToKeep: 2 }, t.supervisor);
    for (let i = 0; i < 4; i++) await t.station.call('backupNow', {}, t.supervisor);
    expect(await t.station.call('listBackups', {}, t.supervisor)).toHaveLength(2);
  });

  it('refuses to restore a damaged backup and leaves the records alone', async () => {
    await record('甲');
    const made = await t.station.call('backupNow', {}, t.supervisor);
    writeFileSync(join(backupDirOf(t.dbPath), made.name), 'garbage'.repeat(1000));
    await expect(t.station.call('restoreBackup', { backup: made.name }, t.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    expect((await t.station.call('status', {})).counts.total).toBe(1);
  });

  it('is refused to a supervisor the backup does not know (the restore event names its supervisor), and changes nothing', async () => {
    await record('甲');
    const made = await t.station.call('backupNow', {}, t.supervisor);
    await t.station.call('addStaff', { name: '张新', pin: '975312', role: 'supervisor' }, t.supervisor);
    const newcomer = (await t.station.call('signIn', { name: '张新', pin: '975312' })).token;
    await expect(t.station.call('restoreBackup', { backup: made.name }, newcomer)).rejects.toMatchObject({ code: 'forbidden', reason: 'supervisor-not-in-backup' });
    expect((await t.station.call('listBackups', {}, newcomer)).map((b) => b.reason)).toEqual(['manual']);
    expect((await t.station.call('whoAmI', {}, t.staff)).name).toBe('李明');
  });

  it('offers recovery only to a station in recovery', async () => {
    const made = await t.station.call('backupNow', {}, t.supervisor);
    await expect(t.station.call('recoverFromBackup', { backup: made.name, name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
