import type { Database } from 'better-sqlite3';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { writeCheckpoint } from './checkpoints.ts';

/**
 * The first record of a new local day closes the day before: its last head is signed, so
 * that day's records are anchored even if the station never exports or shuts down cleanly.
 */
export function closeDayIfNew(db: Database, timeZone: string, now = new Date()): void {
  const head = db.prepare('SELECT local_date AS localDate FROM events ORDER BY seq DESC LIMIT 1').get() as { localDate: string } | undefined;
  if (head && head.localDate < localDateAndOffset(now, timeZone).localDate) writeCheckpoint(db, 'day-close', now);
}
