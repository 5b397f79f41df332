import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { EventView, ListEventsRequest } from '../../shared/api/core.ts';
import { normalisePlate } from '../../shared/decode/plate.ts';
import type { ScreeningEvent } from '../../shared/domain/event.ts';
import { amendmentsOf, rowToEvent, type EventRow } from './event-log.ts';

type Query = z.output<typeof ListEventsRequest>;

/** Screenings (newest first) matching the log's filters; amendments are attached, not listed. */
export function listScreenings(db: Database, q: Query): { events: EventView[]; nextBeforeSeq: number | null } {
  const where = ["kind = 'screening'"];
  const params: (string | bigint)[] = [];
  const add = (sql: string, value: string | bigint) => { where.push(sql); params.push(value); };
  if (q.date) add('local_date = ?', q.date);
  if (q.kind) add('screening_kind = ?', q.kind);
  if (q.direction) add('direction = ?', q.direction);
  if (q.beforeSeq) add('seq < ?', BigInt(q.beforeSeq));
  // Filters on the decision in force: an amendment may have changed it.
  if (q.decision) {
    // (MAX over the amendment index: an ORDER BY … LIMIT 1 here made SQLite scan the log per row.)
    add(`COALESCE((SELECT e2.decision FROM events e2 WHERE e2.seq = (SELECT MAX(a.amendment_seq) FROM amendments a
      WHERE a.target_id = events.id)), decision) = ?`, q.decision);
  }
  if (q.text) {
    // A plate is found however it is typed (粤a 12345, 粤A·12345), also in records kept before
    // the station stored plates without the dot.
    where.push("(instr(search_text, ?) > 0 OR instr(replace(replace(search_text, '·', ''), ' ', ''), ?) > 0)");
    params.push(q.text.toUpperCase(), normalisePlate(q.text) || q.text.toUpperCase());
  }
  const rows = db.prepare(`SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
    .all(...params, BigInt(q.limit + 1)) as EventRow[];
  const page = rows.slice(0, q.limit).map(rowToEvent) as ScreeningEvent[];
  return {
    events: page.map((e) => ({ ...e, amendments: amendmentsOf(db, e.id) })),
    nextBeforeSeq: rows.length > q.limit ? page[page.length - 1]!.seq : null,
  };
}
