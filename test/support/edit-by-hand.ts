import BetterSqlite3 from 'better-sqlite3';
import { rowToEvent, type EventRow } from '../../electron/store/event-log.ts';
import { eventHash } from '../../electron/store/hash-chain.ts';

/**
 * Edits a station database as someone with the file and any SQLite tool could: the
 * append-only triggers are dropped first, so only the hash chain stands in the way.
 */
export function editDatabaseByHand(dbPath: string, sql: string): void {
  const db = new BetterSqlite3(dbPath);
  db.exec(`DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;
    DROP TRIGGER IF EXISTS checkpoints_no_delete; DROP TRIGGER IF EXISTS checkpoints_no_update;`);
  db.exec(sql);
  db.close();
}

/**
 * Recomputes every link and hash from `fromSeq` on, as an attacker who knows the (public)
 * hashing would after editing a record: the chain is then internally consistent again.
 * With `through`, only the records up to it are rehashed and the next one merely re-linked:
 * the cheapest rewrite, which holds only if a record's link were outside its hash.
 */
export function rehashByHand(dbPath: string, fromSeq: number, through = Infinity): void {
  const db = new BetterSqlite3(dbPath);
  db.exec('DROP TRIGGER IF EXISTS events_no_update');
  const before = db.prepare('SELECT hash FROM events WHERE seq < ? ORDER BY seq DESC LIMIT 1').get(BigInt(fromSeq)) as { hash: string } | undefined;
  let prevHash = before?.hash ?? '0'.repeat(64);
  const rows = db.prepare('SELECT * FROM events WHERE seq >= ? ORDER BY seq').all(BigInt(fromSeq)) as EventRow[];
  const update = db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?');
  db.transaction(() => {
    for (const row of rows) {
      if (row.seq > through) {
        update.run(prevHash, row.hash, BigInt(row.seq));
        break;
      }
      const hash = eventHash({ ...rowToEvent(row), prevHash });
      update.run(prevHash, hash, BigInt(row.seq));
      prevHash = hash;
    }
  })();
  db.close();
}
