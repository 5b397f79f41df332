import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/store/database.ts';
import { appliedMigrations, NewerDatabaseError, readMigrations } from '../../../../electron/store/migrate.ts';

const dirs: string[] = [];
const tempDb = () => { const d = mkdtempSync(join(tmpdir(), 'migrate-')); dirs.push(d); return join(d, 'station.db'); };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('migrations', () => {
  it('are numbered in increasing order without duplicates (work in parallel takes numbers from its own range)', () => {
    const ids = readMigrations().map((m) => m.id);
    expect(ids[0]).toBe(1);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
  });

  it('applied list is a prefix of the migration files, and reopening applies nothing twice', () => {
    const path = tempDb();
    openDatabase(path).close();
    const db = openDatabase(path);
    const files = readMigrations().map((m) => m.name);
    const applied = appliedMigrations(db);
    expect(files.slice(0, applied.length)).toEqual(applied);
    expect(applied).toEqual(files);
    db.close();
  });

  it('a database opened by an older version gets only the newer migrations', () => {
    const path = tempDb();
    const all = readMigrations();
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    raw.exec(all[0]!.sql);
    raw.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(all[0]!.name, new Date().toISOString());
    raw.close();
    const db = openDatabase(path);
    expect(appliedMigrations(db)).toEqual(all.map((m) => m.name));
    db.close();
  });

  it('records the schema version in the file header (user_version = the highest migration id)', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...readMigrations().map((m) => m.id)));
    db.close();
  });

  it.each([
    ['a migration this version has no file for', (db: BetterSqlite3.Database) => db.prepare("INSERT INTO schema_migrations VALUES (900, '900-later', '2030-01-01T00:00:00Z')").run(), /migration 900-later/],
    ['a schema version beyond its highest migration', (db: BetterSqlite3.Database) => db.pragma('user_version = 900'), /schema version 900/],
  ])('refuses a database with %s, read-write and read-only, and leaves it as it was', (_what, newer, named) => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    newer(raw);
    raw.close();
    for (const readonly of [false, true]) {
      expect(() => openDatabase(path, { readonly })).toThrow(NewerDatabaseError);
      expect(() => openDatabase(path, { readonly })).toThrow(named);
    }
    const db = new BetterSqlite3(path, { readonly: true });
    expect(appliedMigrations(db)).toHaveLength(readMigrations().length + (/900-later/.test(named.source) ? 1 : 0));
    db.close();
  });

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
