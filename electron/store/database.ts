import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';
import { ownerOnlyDatabaseFiles } from './private-files.ts';

export interface OpenOptions {
  /** Electron loads its own build of the native module (different ABI from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens the station database: WAL, synchronous=FULL (a record the staff saw saved survives a
 * power cut), foreign keys on, migrations applied.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:' && !options.readonly) {
    mkdirSync(dirname(path), { recursive: true });
    ownerOnlyDatabaseFiles(path, true);
  }
  const db = new BetterSqlite3(path, {
    fileMustExist: options.readonly ?? false,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
