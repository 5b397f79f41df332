import BetterSqlite3 from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autoBackupDue, backupDirOf, backupPath, checkBackupFile, createBackup, listBackups,
} from '../../../../electron/store/backup.ts';
import { screeningCount } from '../../../../electron/store/event-log.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

const record = (n: number) => Promise.all(Array.from({ length: n }, () => t.station.call('recordScreening', localPersonScreening(), t.staff)));

describe('backups with the online backup API', () => {
  it('writes a self-contained copy that passes its integrity check and holds every record', async () => {
    await record(3);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    const path = join(backupDirOf(t.dbPath), made.name);
    expect(checkBackupFile(path)).toEqual({ ok: true });
    const copy = new BetterSqlite3(path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(screeningCount(copy)).toBe(3);
    expect(verifyStoredChain(copy)).toBeNull();
    copy.close();
    expect(readdirSync(backupDirOf(t.dbPath)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('keeps only the newest N copies', async () => {
    const base = Date.parse('2026-11-01T02:00:00Z');
    for (let day = 0; day < 5; day++) await createBackup(t.station.core.db, t.dbPath, 'auto', 3, new Date(base + day * 86_400_000));
    expect(listBackups(t.dbPath).map((b) => b.createdAt)).toEqual([
      '2026-11-05T02:00:00.000Z', '2026-11-04T02:00:00.000Z', '2026-11-03T02:00:00.000Z',
    ]);
  });

  it('is due once a day: after a day without an automatic backup, not before', async () => {
    const at = new Date('2026-11-10T08:00:00Z');
    expect(autoBackupDue(t.dbPath, at)).toBe(true);
    await createBackup(t.station.core.db, t.dbPath, 'auto', 7, at);
    expect(autoBackupDue(t.dbPath, new Date('2026-11-11T07:59:59Z'))).toBe(false);
    expect(autoBackupDue(t.dbPath, new Date('2026-11-11T08:00:00Z'))).toBe(true);
  });

  it('ignores files it did not write and refuses names outside the backup folder', async () => {
    await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    writeFileSync(join(backupDirOf(t.dbPath), 'notes.txt'), 'x');
    writeFileSync(join(backupDirOf(t.dbPath), 'station-20260101T000000000Z-manual.db.partial'), 'x');
    expect(listBackups(t.dbPath)).toHaveLength(1);
    expect(() => backupPath(t.dbPath, '../station.db')).toThrow(/not a backup name/);
    expect(() => backupPath(t.dbPath, 'station-20260101T000000000Z-manual.db/../../x')).toThrow(/not a backup name/);
  });

  it('names a damaged backup file as not good', async () => {
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    writeFileSync(join(backupDirOf(t.dbPath), made.name), 'this is not a database'.repeat(300));
    expect(checkBackupFile(join(backupDirOf(t.dbPath), made.name)).ok).toBe(false);
  });
});
