import type { Database } from 'better-sqlite3';
import type { RestoreEvent } from '../../shared/domain/event.ts';
import { rowToEvent, type EventRow } from './event-log.ts';

/** The restore events a stored log holds, oldest first. */
export function storedRestores(db: Database): RestoreEvent[] {
  return (db.prepare("SELECT * FROM events WHERE kind = 'restore' ORDER BY seq").all() as EventRow[]).map(rowToEvent) as RestoreEvent[];
}

/** The numbers a restore took out of the database (never used again), or null when none. */
export function withdrawnRange(e: RestoreEvent): { from: number; to: number } | null {
  const { backupHead, replacedHead } = e.payload;
  return replacedHead.seq > backupHead.seq ? { from: backupHead.seq + 1, to: replacedHead.seq } : null;
}

/** One line a verifier prints about a restore, so a gap in the numbers is never silent. */
export function restoreNote(e: RestoreEvent): string {
  const { backup, backupHead, replacedHead, keptRecords, replacedKeptAs } = e.payload;
  const gap = withdrawnRange(e);
  const kept = [keptRecords && `signed bundle restore-kept/${keptRecords}`, replacedKeptAs && `copy ${replacedKeptAs}`].filter(Boolean).join(' and ');
  return `restore at seq ${e.seq} (${e.recordedAt}, by ${e.staffName}): backup ${backup} (head seq ${backupHead.seq}) replaced the head at seq ${replacedHead.seq}`
    + (gap ? `; records ${gap.from}-${gap.to} left the database${kept ? `, kept in ${kept}` : ''}` : '');
}
