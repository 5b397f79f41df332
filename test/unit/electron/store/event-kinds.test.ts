import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { openDatabase } from '../../../../electron/store/database.ts';
import { appendEvent, iterateEvents } from '../../../../electron/store/event-log.ts';
import { migrate, readMigrations } from '../../../../electron/store/migrate.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation | null = null;
afterEach(async () => { await t?.close(); t = null; });

describe('record kinds the database accepts (migration 060)', () => {
  it('a station recorded before 060 keeps every record, byte for byte, and its chain, after the rebuild', async () => {
    t = await tempStation();
    for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
    await t.stop();
    // Back to the schema before 060: the same rows in a database made by the older migrations.
    const before = readMigrations().filter((m) => m.id < 60);
    const old = new BetterSqlite3(`${t.dbPath}.old`);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    const src = new BetterSqlite3(t.dbPath, { readonly: true });
    // The columns the older schema has (later migrations add some, e.g. 062's clock_reading).
    const columnsOf = (table: string) => (old.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).join(', ');
    for (const table of ['settings', 'staff', 'shifts', 'events']) {
      const rows = src.prepare(`SELECT ${columnsOf(table)} FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
      for (const row of rows) old.prepare(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`).run(...Object.values(row));
    }
    const eventColumns = columnsOf('events');
    const rowsBefore = old.prepare(`SELECT ${eventColumns} FROM events ORDER BY seq`).all();
    src.close();
    old.close();

    const db = openDatabase(`${t.dbPath}.old`);
    try {
      expect(db.prepare(`SELECT ${eventColumns} FROM events ORDER BY seq`).all()).toEqual(rowsBefore);
      expect(verifyStoredChain(db)).toBeNull();
      expect(() => db.prepare("UPDATE events SET staff_name = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM events WHERE seq = 2').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT COUNT(*) AS n FROM amendments').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('refuses a row of a kind no migration added, and takes the new kinds', async () => {
    t = await tempStation();
    const db = t.station.core.db;
    const first = await t.station.call('recordScreening', localPersonScreening(), t.staff);
    const row = db.prepare('SELECT * FROM events WHERE seq = 1').get() as Record<string, unknown>;
    const forged = { ...row, seq: 2, id: crypto.randomUUID(), kind: 'gossip', prev_hash: first.hash, hash: 'f'.repeat(64) };
    expect(() => db.prepare(`INSERT INTO events (${Object.keys(forged).join(', ')}) VALUES (${Object.keys(forged).map(() => '?').join(', ')})`).run(...Object.values(forged))).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM event_kinds WHERE kind = 'transfer'").run()).toThrow(/only ever added/);
    const { staffId } = await t.station.call('whoAmI', {}, t.staff);
    appendEvent(db, { kind: 'incident', payload: { step: 'reported', category: 'other', occurredAt: new Date().toISOString(), facts: '测试' }, stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId, name: '李明', shiftId: null } });
    expect([...iterateEvents(db)].map((e) => e.kind)).toEqual(['screening', 'incident']);
  });
});
