import type { Database } from 'better-sqlite3';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';

/** Screenings dated into a day already reported, recorded after its 日报 was exported. */
export interface LateRecords { date: string; count: number }

/**
 * Marks the days `from`..`to` that have come (up to today in `timeZone`) as reported through
 * `throughSeq`, the head the export signed: their 日报 left the station. A day still to come is
 * not closed by exporting a range over it.
 */
export function markDaysReported(db: Database, range: { from: string; to: string }, throughSeq: number, timeZone: string, now = new Date()): void {
  const { from, to } = range;
  const today = localDateAndOffset(now, timeZone).localDate;
  const mark = db.prepare(`INSERT INTO reported_days (local_date, reported_at, through_seq) VALUES (?, ?, ?)
    ON CONFLICT (local_date) DO UPDATE SET reported_at = excluded.reported_at, through_seq = excluded.through_seq`);
  db.transaction(() => {
    for (let day = from; day <= to && day <= today; day = nextDay(day)) mark.run(day, now.toISOString(), BigInt(throughSeq));
  })();
}

/** Whether a day's 日报 was already exported. */
export function isDayReported(db: Database, localDate: string): boolean {
  return db.prepare('SELECT 1 FROM reported_days WHERE local_date = ?').get(localDate) !== undefined;
}

/**
 * Late records of reported days other than `from`..`to`: what a 日报 of that range flags, so the
 * village sees that an earlier 日报 it holds is no longer complete.
 */
export function lateRecordsOutside(db: Database, from: string, to: string): LateRecords[] {
  return db.prepare(`SELECT r.local_date AS date, COUNT(*) AS count FROM reported_days r
    JOIN events e ON e.local_date = r.local_date AND e.seq > r.through_seq AND e.kind = 'screening'
    WHERE r.local_date NOT BETWEEN ? AND ? GROUP BY r.local_date ORDER BY r.local_date`).all(from, to) as LateRecords[];
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
