import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { openDatabase } from '../../../../electron/store/database.ts';
import { migrate, readMigrations } from '../../../../electron/store/migrate.ts';
import { localPersonScreening, tempStation } from '../../../support/temp-station.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('migration 050 (health-worker role)', () => {
  it('keeps a station of the version before: its staff, shifts and records, the foreign keys whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-050-')); dirs.push(dir);
    const path = join(dir, 'station.db');
    // A database as the version before left it: every migration up to 040, with a supervisor on shift.
    const old = new BetterSqlite3(path);
    old.pragma('foreign_keys = ON');
    migrate(old, readMigrations().filter((m) => m.id < 50));
    old.exec("INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (1, '王芳', 'supervisor', 'x', '2026-01-01T00:00:00Z')");
    old.exec("INSERT INTO shifts (id, staff_id, started_at, token_hash) VALUES (1, 1, '2026-01-01T00:00:00Z', 'h')");
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT id, name, role FROM staff').all()).toEqual([{ id: 1, name: '王芳', role: 'supervisor' }]);
    db.exec("INSERT INTO staff (name, role, pin_hash, created_at) VALUES ('赵医生', 'health-worker', 'x', '2026-01-01T00:00:00Z')");
    expect(() => db.exec("INSERT INTO staff (name, role, pin_hash, created_at) VALUES ('x', 'boss', 'x', 'y')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO shifts (staff_id, started_at, token_hash) VALUES (99, 'x', 'y')")).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('leaves the chain rules in place on the rebuilt table', async () => {
    const t = await tempStation();
    try {
      await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
      const db = t.station.core.db;
      expect(verifyStoredChain(db)).toBeNull();
      expect(() => db.exec('UPDATE events SET staff_name = 1')).toThrow(/append-only/);
      expect(() => db.exec('DELETE FROM events')).toThrow(/append-only/);
      expect(() => db.exec("INSERT INTO events SELECT seq + 5, id || 'x', station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name, shift_id, screening_kind, decision, direction, search_text, payload, prev_hash, hash || 'x', clock_reading FROM events")).toThrow(/extend the chain/);
      expect(db.prepare('SELECT COUNT(*) AS n FROM amendments').get()).toEqual({ n: 0 });
    } finally {
      await t.close();
    }
  });
});
