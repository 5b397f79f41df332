import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, NewerDatabaseError, newerVersionProblem } from './migrate.ts';
import { ownerOnlyDatabaseFiles } from './private-files.ts';

export interface OpenOptions {
  /** Electron loads its own build of the native module (different ABI from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens the station database: WAL, synchronous=FULL (a record the staff saw saved survives a
 * power cut), foreign keys on, migrations applied. A database a newer version wrote is refused
 * (NewerDatabaseError), read-only too: this version could misread what it does not know.
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
  try {
    db.pragma('busy_timeout = 5000');
    if (options.readonly) {
      const newer = newerVersionProblem(db);
      if (newer) throw new NewerDatabaseError(newer);
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
