import type { Database } from 'better-sqlite3';
import type { StationEvent } from '../../shared/domain/event.ts';
import { clockReadingField, type EventRow } from '../store/event-log.ts';

export interface DateRange { from: string; to: string }

/** The columns of an event (every column but the search text). */
export const EVENT_COLUMNS = ['seq', 'id', 'station_code', 'kind', 'recorded_at', 'utc_offset_min', 'local_date', 'staff_id', 'staff_name',
  'shift_id', 'screening_kind', 'decision', 'direction', 'payload', 'prev_hash', 'hash', 'clock_reading'] as const satisfies readonly (keyof EventRow)[];

type Columns<T extends readonly (keyof EventRow)[]> = { -readonly [K in keyof T]: EventRow[T[K]] };
/** An event row read with `.raw()`: its columns in EVENT_COLUMNS order. */
export type RawEventRow = Columns<typeof EVENT_COLUMNS>;

/**
 * An event from a row read with `.raw()` (columns in EVENT_COLUMNS order): a 100,000-row day
 * read as arrays spares the store a keyed object per row, which the report would drop at once.
 */
function eventOfRaw(r: RawEventRow): StationEvent {
  return {
    seq: r[0], id: r[1], stationCode: r[2], kind: r[3], recordedAt: r[4], utcOffsetMin: r[5], localDate: r[6],
    staffId: r[7], staffName: r[8], shiftId: r[9], screeningKind: r[10], decision: r[11], direction: r[12],
    ...clockReadingField(r[16]), payload: JSON.parse(r[13]) as unknown, prevHash: r[14], hash: r[15],
  } as StationEvent;
}

/**
 * The events a report of local dates `from`..`to` needs, in seq order: the range's run of the
 * chain (the report keeps only the range's own screenings), then amendments recorded on a later
 * day that correct a screening of the range (a record is reported in its latest version, in the
 * day it was recorded).
 */
export function* reportEvents(db: Database, range: DateRange): Generator<StationEvent> {
  for (const row of bundleRawRows(db, range)) yield eventOfRaw(row);
  const later = db.prepare(`SELECT ${EVENT_COLUMNS.map((c) => `e.${c}`).join(', ')} FROM amendments a
    JOIN events e ON e.seq = a.amendment_seq
    JOIN events t ON t.id = a.target_id
    WHERE t.local_date BETWEEN ? AND ? AND e.local_date > ?
    ORDER BY e.seq`).raw().iterate(range.from, range.to, range.to) as Iterable<RawEventRow>;
  for (const row of later) yield eventOfRaw(row);
}

/**
 * The events a signed bundle of the range holds: the unbroken run of the chain from the
 * range's first event to its last, so the police can check every link. (Local dates follow
 * the sequence; should the clock ever have stepped back, the run also carries the few events
 * in between, which keeps the chain checkable rather than leaving a gap.)
 */
export function bundleRows(db: Database, range: DateRange): Generator<EventRow> {
  return rangeRows(db, range, false) as Generator<EventRow>;
}

/** The same rows as arrays (`.raw()`), which spares a keyed object per row. */
export function bundleRawRows(db: Database, range: DateRange): Generator<RawEventRow> {
  return rangeRows(db, range, true) as Generator<RawEventRow>;
}

/** The first and last sequence numbers of the range's run of the chain (nulls: no events). */
function rangeBounds(db: Database, range: DateRange): { first: number | null; last: number | null } {
  return db.prepare('SELECT MIN(seq) AS first, MAX(seq) AS last FROM events WHERE local_date BETWEEN ? AND ?')
    .get(range.from, range.to) as { first: number | null; last: number | null };
}

/** How many events the range's run holds: what a progress bar over it counts to. */
export function rangeLength(db: Database, range: DateRange): number {
  const { first, last } = rangeBounds(db, range);
  return first === null || last === null ? 0 : last - first + 1;
}

function* rangeRows(db: Database, range: DateRange, raw: boolean): Generator<EventRow | RawEventRow> {
  const bounds = rangeBounds(db, range);
  if (bounds.first === null || bounds.last === null) return;
  // A primary-key range: read in order straight off the table, no sort, no search column.
  yield* db.prepare(`SELECT ${EVENT_COLUMNS.join(', ')} FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq`).raw(raw)
    .iterate(BigInt(bounds.first), BigInt(bounds.last)) as Iterable<EventRow | RawEventRow>;
}

export function* bundleEvents(db: Database, range: DateRange): Generator<StationEvent> {
  for (const row of bundleRawRows(db, range)) yield eventOfRaw(row);
}

/** Staff who held a shift that overlapped the range (UTC bounds of the local dates). */
export function staffOnShift(db: Database, range: DateRange, utcOffsetMin: number): { staffId: number; name: string }[] {
  const start = new Date(Date.parse(`${range.from}T00:00:00Z`) - utcOffsetMin * 60_000).toISOString();
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000 - utcOffsetMin * 60_000).toISOString();
  return db.prepare(`SELECT DISTINCT s.id AS staffId, s.name FROM shifts h JOIN staff s ON s.id = h.staff_id
    WHERE h.started_at < ? AND (h.ended_at IS NULL OR h.ended_at > ?) ORDER BY s.id`).all(end, start) as { staffId: number; name: string }[];
}
