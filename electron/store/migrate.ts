import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export interface Migration { id: number; name: string; sql: string }

/** The numbered `NNN-name.sql` files, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ id: Number(file.slice(0, 3)), name: file.replace(/\.sql$/, ''), sql: readFileSync(join(dir, file), 'utf8') }));
}

export function appliedMigrations(db: Database): string[] {
  return (db.prepare('SELECT name FROM schema_migrations ORDER BY id').all() as { name: string }[]).map((r) => r.name);
}

/** Applies each migration not yet applied, each in its own transaction. */
export function migrate(db: Database, migrations = readMigrations()): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(appliedMigrations(db));
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(BigInt(m.id), m.name, new Date().toISOString());
    }).immediate();
  }
}
