import BetterSqlite3 from 'better-sqlite3';

/**
 * Edits a station database as someone with the file and any SQLite tool could: the
 * append-only triggers are dropped first, so only the hash chain stands in the way.
 */
export function editDatabaseByHand(dbPath: string, sql: string): void {
  const db = new BetterSqlite3(dbPath);
  db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
  db.exec(sql);
  db.close();
}
