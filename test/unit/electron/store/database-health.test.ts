import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, listBackups } from '../../../../electron/store/backup.ts';
import { checkDatabaseHealth } from '../../../../electron/store/database-health.ts';
import { openDatabase } from '../../../../electron/store/database.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
afterEach(async () => { await t.close(); });

/**
 * What a failing disk can leave that only the full check sees: an index entry whose bytes no
 * longer match its table row, in a b-tree that is otherwise well formed.
 */
function indexOutOfStepWithItsTable(path: string): void {
  const db = new BetterSqlite3(path);
  db.exec("CREATE TABLE note (a TEXT); CREATE INDEX note_a ON note(a); INSERT INTO note VALUES ('kx'), ('kp');");
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'note_a'").get() as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  page[page.indexOf('kx') + 1] = 'y'.charCodeAt(0);
  writeFileSync(path, bytes);
}

describe('the start-up check and the daily full check', () => {
  it('start-up runs the quick check (the station is at the barrier fast); the backup’s full check finds the damage and keeps no copy of it', async () => {
    t = await tempStation();
    await t.station.call('recordScreening', localPersonScreening(), t.staff);
    await t.stop();
    indexOutOfStepWithItsTable(t.dbPath);

    expect(checkDatabaseHealth(t.dbPath)).toEqual({ state: 'ok' });
    const db = openDatabase(t.dbPath);
    try {
      await expect(createBackup(db, t.dbPath, 'auto', 3)).rejects.toThrow(/failed its integrity check: row 1 missing from index note_a/);
    } finally {
      db.close();
    }
    expect(listBackups(t.dbPath)).toEqual([]);
  });
});
