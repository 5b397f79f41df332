import type { Database } from 'better-sqlite3';
import type { Department } from '../../shared/duty/department.ts';
import { dutySection, localMidnightMs, type DutySection, type ShiftSpan } from '../../shared/duty/duty-hours.ts';
import { transfersForReport } from '../../shared/report/transfer-lines.ts';
import type { Transfer } from '../../shared/transfer/transfer-state.ts';
import { rowToEvent, type EventRow } from '../store/event-log.ts';
import type { DateRange } from './range-events.ts';

/** The transfers a report of the range lists, from every transfer event up to its last day. */
export function reportTransfers(db: Database, range: DateRange): Transfer[] {
  const rows = db.prepare("SELECT * FROM events WHERE kind = 'transfer' AND local_date <= ? ORDER BY seq").all(range.to) as EventRow[];
  return transfersForReport(rows.map(rowToEvent), range.from, range.to);
}

/** The shifts that overlap the range, with each person's department (as set now). */
export function shiftSpans(db: Database, range: DateRange, utcOffsetMin: number): ShiftSpan[] {
  const start = new Date(localMidnightMs(range.from, utcOffsetMin)).toISOString();
  const end = new Date(localMidnightMs(range.to, utcOffsetMin) + 86_400_000).toISOString();
  return db.prepare(`SELECT s.id AS staffId, s.name, d.department, h.started_at AS startedAt, h.ended_at AS endedAt
    FROM shifts h JOIN staff s ON s.id = h.staff_id LEFT JOIN staff_departments d ON d.staff_id = s.id
    WHERE h.started_at < ? AND (h.ended_at IS NULL OR h.ended_at > ?) ORDER BY h.started_at`).all(end, start) as (ShiftSpan & { department: Department | null })[];
}

export function reportDuty(db: Database, range: DateRange, utcOffsetMin: number, now = new Date()): DutySection {
  return dutySection(shiftSpans(db, range, utcOffsetMin), range, utcOffsetMin, now);
}
