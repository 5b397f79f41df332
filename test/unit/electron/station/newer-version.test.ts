import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../../electron/station/open-station.ts';
import { backupDirOf } from '../../../../electron/store/backup.ts';
import { appliedMigrations } from '../../../../electron/store/migrate.ts';
import { runCli } from '../../../support/run-cli.ts';
import { localPersonScreening, tempStation } from '../../../support/temp-station.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

/** What a later version leaves in a database: a migration this build has no file for, and its schema version. */
function writtenByNewerVersion(path: string): void {
  const db = new BetterSqlite3(path);
  db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (900, ?, ?)').run('900-from-a-newer-version', new Date().toISOString());
  db.pragma('user_version = 900');
  db.close();
}

function schemaOf(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  try { return { applied: appliedMigrations(db), userVersion: db.pragma('user_version', { simple: true }) }; } finally { db.close(); }
}

/**
 * A station with two backups: an older one this version made (2 records) and a newer one
 * (3 records) that a newer version of the station wrote.
 */
async function stationWithBackupsOfTwoVersions() {
  const t = await tempStation();
  cleanup.push(() => rmSync(t.dir, { recursive: true, force: true }));
  for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  const own = (await t.station.call('backupNow', {}, t.supervisor)).name;
  await t.station.call('recordScreening', localPersonScreening('丙'), t.staff);
  const newer = (await t.station.call('backupNow', {}, t.supervisor)).name;
  writtenByNewerVersion(join(backupDirOf(t.dbPath), newer));
  return { ...t, own, newer };
}

describe('a database from a newer version of the station', () => {
  it('after going back to this version, the station starts in recovery with a clear reason, changes nothing, and offers only the backup this version made', async () => {
    const t = await stationWithBackupsOfTwoVersions();
    await t.stop();
    writtenByNewerVersion(t.dbPath);
    const before = schemaOf(t.dbPath);

    const station = await openStation({ dbPath: t.dbPath });
    cleanup.unshift(() => station.close());
    const status = await station.call('status', {});
    expect(status.recovery).toMatchObject({
      problem: 'newer-version',
      detail: expect.stringMatching(/written by a newer version of Checkpoint Station \(migration 900-from-a-newer-version, unknown to version \d+\.\d+\.\d+\)/),
      backups: [{ name: t.own }],
    });
    await expect(station.call('signIn', { name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'storage' });
    await expect(station.call('recoverFromBackup', { backup: t.newer, name: '王芳', pin: '246813' }))
      .rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/newer version/) });
    expect(schemaOf(t.dbPath)).toEqual(before);

    const done = await station.call('recoverFromBackup', { backup: t.own, name: '王芳', pin: '246813' });
    expect(done.restoredFrom).toBe(t.own);
    expect((await station.call('status', {})).counts.total).toBe(2);
  });

  it('a supervisor cannot restore a newer version’s backup over a healthy station', async () => {
    const t = await stationWithBackupsOfTwoVersions();
    cleanup.unshift(() => t.stop());
    await expect(t.station.call('restoreBackup', { backup: t.newer }, t.supervisor))
      .rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/cannot be restored: .*newer version/) });
    expect((await t.station.call('status', {})).counts.total).toBe(3);
  });

  it('is refused by the command line too, in one line (exit 1), even read-only', async () => {
    const t = await stationWithBackupsOfTwoVersions();
    await t.stop();
    writtenByNewerVersion(t.dbPath);
    for (const args of [['report', '--db', t.dbPath, '--date', '2026-02-01'], ['verify', '--db', t.dbPath]]) {
      const r = await runCli(args);
      expect(r.code, args[0]).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^checkpoint-station \w+: this database was written by a newer version of Checkpoint Station .*\n$/);
    }
  });
});
