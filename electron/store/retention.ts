import type { Database } from 'better-sqlite3';
import type { PurgePayload } from '../../shared/domain/event.ts';
import { appendEvent, type AppendContext } from './event-log.ts';
import { storedChainStart } from './chain-start.ts';
import { auditedWrite, type AuditLine } from './audit-log.ts';

/**
 * The last seq to delete: the longest prefix of the log dated before `keptFrom`, shortened so
 * no kept amendment loses the record it corrects.
 */
function purgeThrough(db: Database, keptFrom: string): number {
  // The last stored record before a seq: a restore leaves numbers that no record holds.
  const before = (seq: number) => (db.prepare('SELECT MAX(seq) AS seq FROM events WHERE seq < ?').get(BigInt(seq)) as { seq: number | null }).seq ?? 0;
  const firstKept = db.prepare('SELECT MIN(seq) AS seq FROM events WHERE local_date >= ?').get(keptFrom) as { seq: number | null };
  const head = db.prepare('SELECT MAX(seq) AS seq FROM events').get() as { seq: number | null };
  let through = firstKept.seq === null ? (head.seq ?? 0) : before(firstKept.seq);
  const orphaned = db.prepare(`SELECT MIN(t.seq) AS seq FROM amendments a JOIN events t ON t.id = a.target_id
    WHERE a.amendment_seq > ? AND t.seq <= ?`);
  for (;;) {
    const hit = orphaned.get(BigInt(through), BigInt(through)) as { seq: number | null };
    if (hit.seq === null) return through;
    through = before(hit.seq);
  }
}

/**
 * Deletes the records dated before `keptFrom`, in one transaction: first the purge event is
 * appended (recording the link the kept records will start from), then the old rows go, while
 * the guard row lets the append-only trigger allow it. Deleted pages are overwritten
 * (secure_delete), so the removed personal data does not linger in the file.
 */
export function purgeBefore(
  db: Database, keptFrom: string, olderThanDays: number, actor: AppendContext,
  line?: (result: { purged: number; purgeSeq: number }) => AuditLine,
): { purged: number; purgeSeq: number } {
  db.pragma('secure_delete = ON');
  try {
    const result = auditedWrite(db, () => {
      const through = purgeThrough(db, keptFrom);
      const firstSeq = (db.prepare('SELECT MIN(seq) AS seq FROM events').get() as { seq: number | null }).seq ?? 1;
      // Counted, not subtracted: a restore leaves numbers that no record holds.
      const purged = (db.prepare('SELECT COUNT(*) AS n FROM events WHERE seq <= ?').get(BigInt(through)) as { n: number }).n;
      const link = through >= firstSeq
        ? { seq: through, prevHash: (db.prepare('SELECT hash FROM events WHERE seq = ?').get(BigInt(through)) as { hash: string }).hash }
        : storedChainStart(db);
      const payload: PurgePayload = { olderThanDays, keptFrom, purged, chainStart: link };
      const event = appendEvent(db, { ...actor, kind: 'purge', payload });
      if (purged > 0) {
        db.prepare('INSERT INTO purge_guard (id) VALUES (1)').run();
        db.prepare('DELETE FROM events WHERE seq <= ?').run(BigInt(through));
        db.prepare('DELETE FROM purge_guard').run();
      }
      return { purged, purgeSeq: event.seq };
    }, (done) => line?.(done) ?? []); // the line is kept or lost with the purge
    // Old pages may still sit in the write-ahead log until it is checkpointed.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.pragma('secure_delete = OFF');
  }
}
