import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { APP_VERSION } from '../station/version.ts';

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

/**
 * A database a newer version of the station has written to (its tables may mean things this
 * version does not know): opening it here could misread or damage it, so it is refused.
 */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

/**
 * Why this build must not open the database, or null: migrations it does not know (by name,
 * or a user_version beyond its highest migration id), as a restore from a newer version's
 * backup, or running an older version again after an update, would leave.
 */
export function newerVersionProblem(db: Database, migrations = readMigrations()): string | null {
  const known = new Set(migrations.map((m) => m.name));
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const unknown = hasTable ? appliedMigrations(db).filter((name) => !known.has(name)) : [];
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const highest = Math.max(0, ...migrations.map((m) => m.id));
  if (!unknown.length && userVersion <= highest) return null;
  const what = unknown.length ? `migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : `schema version ${userVersion}`;
  return `this database was written by a newer version of Checkpoint Station (${what}, unknown to version ${APP_VERSION}): ` +
    'run that newer version, or restore a backup this version made';
}

/** Applies each migration not yet applied, each in its own transaction; refuses a newer database. */
export function migrate(db: Database, migrations = readMigrations()): void {
  const newer = newerVersionProblem(db, migrations);
  if (newer) throw new NewerDatabaseError(newer);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(appliedMigrations(db));
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(BigInt(m.id), m.name, new Date().toISOString());
    }).immediate();
  }
  // The schema version a later version compares with its own (SQLite keeps it in the header).
  db.pragma(`user_version = ${Math.max(0, ...migrations.map((m) => m.id))}`);
}
