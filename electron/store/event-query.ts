import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { EventView, ListEventsRequest, LogCounts, LogFilter } from '../../shared/api/core.ts';
import { normalisePlate } from '../../shared/decode/plate.ts';
import type { ScreeningEvent } from '../../shared/domain/event.ts';
import { amendmentsOfMany, rowToEvent, type EventRow } from './event-log.ts';

type Query = z.output<typeof ListEventsRequest>;

/**
 * The one implementation of the log's filters, over `log_in_force` (one row per screening with
 * its values in force, kept by triggers): the list, its paging and its counts all use it.
 */
function whereOf(f: LogFilter): { sql: string; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  const add = (sql: string, value: string) => { where.push(sql); params.push(value); };
  if (f.date) add('l.local_date = ?', f.date);
  if (f.kind) add('l.screening_kind = ?', f.kind);
  if (f.decision) add('l.decision = ?', f.decision);
  if (f.direction) add('l.direction = ?', f.direction);
  const needle = normalisePlate(f.text ?? '');
  if (needle) add('instr(l.search_key, ?) > 0', needle);
  return { sql: where.length ? where.join(' AND ') : '1', params };
}

/** Screenings (newest first) matching the log's filters; amendments are attached, not listed. */
export function listScreenings(db: Database, q: Query): { events: EventView[]; nextBeforeSeq: number | null } {
  const { sql, params } = whereOf(q);
  const before = q.beforeSeq ? ' AND l.seq < ?' : '';
  const rows = db.prepare(`SELECT e.* FROM log_in_force l JOIN events e ON e.seq = l.seq
    WHERE ${sql}${before} ORDER BY l.seq DESC LIMIT ?`)
    .all(...params, ...(q.beforeSeq ? [BigInt(q.beforeSeq)] : []), BigInt(q.limit + 1)) as EventRow[];
  const page = rows.slice(0, q.limit).map(rowToEvent) as ScreeningEvent[];
  const amendments = amendmentsOfMany(db, page.map((e) => e.id));
  return {
    events: page.map((e) => ({ ...e, amendments: amendments.get(e.id) ?? [] })),
    nextBeforeSeq: rows.length > q.limit ? page[page.length - 1]!.seq : null,
  };
}

/** The counts bar for the records the same filters list, computed by SQL over the index. */
export function countScreenings(db: Database, f: LogFilter): LogCounts {
  const { sql, params } = whereOf(f);
  const rows = db.prepare(`SELECT l.decision AS decision, l.direction AS direction, COUNT(*) AS n
    FROM log_in_force l WHERE ${sql} GROUP BY l.decision, l.direction`).all(...params) as { decision: string; direction: 'in' | 'out'; n: number }[];
  const counts: LogCounts = { in: 0, out: 0, turnedAway: 0, referred: 0, total: 0 };
  for (const r of rows) {
    counts.total += r.n;
    if (r.decision === 'allow') counts[r.direction] += r.n;
    else if (r.decision === 'turn-away') counts.turnedAway += r.n;
    else counts.referred += r.n;
  }
  return counts;
}
