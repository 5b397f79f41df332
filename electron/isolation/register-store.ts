import type { Database } from 'better-sqlite3';
import { ISOLATION_KINDS, type StationEvent } from '../../shared/domain/event.ts';
import { foldRegister, type IsolationEntry } from '../../shared/isolation/register.ts';
import { rowToEvent, type EventRow } from '../store/event-log.ts';

/**
 * The isolation events recorded up to local date `upTo` (all when left out), in seq order. The
 * responsible-person kind came later (migration 065) with an index of its own: each branch of
 * the union reads its partial index, not the whole log.
 */
export function* isolationEvents(db: Database, upTo?: string): Generator<StationEvent> {
  const first = ISOLATION_KINDS.filter((k) => k !== 'isolation-responsible');
  const upToSql = upTo ? ' AND local_date <= ?' : '';
  const sql = `SELECT * FROM events WHERE kind IN (${first.map(() => '?').join(', ')})${upToSql}`
    + ` UNION ALL SELECT * FROM events WHERE kind = 'isolation-responsible'${upToSql} ORDER BY seq`;
  const params = upTo ? [...first, upTo, upTo] : first;
  const rows = db.prepare(sql).iterate(...params) as Iterable<EventRow>;
  for (const row of rows) yield rowToEvent(row);
}

/** The register as the log stands at the end of `upTo` (now when left out). */
export function loadRegister(db: Database, upTo?: string): IsolationEntry[] {
  return [...foldRegister(isolationEvents(db, upTo)).values()];
}
