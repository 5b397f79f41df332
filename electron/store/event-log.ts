import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/contract.ts';
import { canonicalJson } from '../../shared/domain/canonical-json.ts';
import { hasLoneSurrogate } from '../../shared/domain/well-formed.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { PAYLOAD_OF_KIND, type AmendmentEvent, type AmendmentPayload, type EventKind, type EventPayloadInput, type RestorePayload, type StationEvent } from '../../shared/domain/event.ts';
import { audit } from './audit-log.ts';
import { eventHash, GENESIS_HASH } from './hash-chain.ts';
import { screeningPayloadOf, searchTextOf } from './search-text.ts';
import { statement } from './statements.ts';

/** Who appends, where and when; the kind and its payload come from `EventPayloadInput`. */
export interface AppendContext {
  stationCode: string;
  timeZone: string;
  staff: { staffId: number; name: string; shiftId: number | null };
  at?: Date;
}
export type AppendInput = EventPayloadInput & AppendContext;

export interface EventRow {
  seq: number; id: string; station_code: string; kind: EventKind; recorded_at: string;
  utc_offset_min: number; local_date: string; staff_id: number; staff_name: string;
  shift_id: number | null; screening_kind: 'person' | 'vehicle' | null;
  decision: StationEvent['decision']; direction: StationEvent['direction'];
  payload: string; prev_hash: string; hash: string; clock_reading: string | null;
}

export function rowToEvent(r: EventRow): StationEvent {
  // The row was parsed by its kind's schema on the way in (appendEvent) and is hashed as a whole.
  return {
    seq: r.seq, id: r.id, stationCode: r.station_code, kind: r.kind, recordedAt: r.recorded_at,
    utcOffsetMin: r.utc_offset_min, localDate: r.local_date, staffId: r.staff_id, staffName: r.staff_name,
    shiftId: r.shift_id, screeningKind: r.screening_kind, decision: r.decision, direction: r.direction,
    ...clockReadingField(r.clock_reading), payload: JSON.parse(r.payload), prevHash: r.prev_hash, hash: r.hash,
  } as StationEvent;
}

/** The hashed `clockReading` field: there only when the clock was behind (older records have none). */
export function clockReadingField(reading: string | null): { clockReading?: string } {
  return reading === null ? {} : { clockReading: reading };
}

/**
 * Appends one event durably: the payload is parsed by its kind's schema (the one `verify`
 * checks with), then the chain head is read and the new row written inside one immediate
 * transaction, so two writers can never fork the chain.
 */
export function appendEvent(db: Database, input: AppendInput): StationEvent {
  const clock = input.at ?? new Date();
  if (hasLoneSurrogate([input.payload, input.stationCode, input.staff.name])) {
    throw new ApiError('bad-request', 'text with a broken character (a lone UTF-16 surrogate) cannot be recorded');
  }
  const payload = JSON.parse(canonicalJson(PAYLOAD_OF_KIND[input.kind].parse(input.payload))) as unknown;
  const screening = screeningPayloadOf({ kind: input.kind, payload } as StationEvent);
  const write = db.transaction((): StationEvent => {
    const head = statement(db, 'SELECT seq, hash, recorded_at AS recordedAt FROM events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string; recordedAt: string } | undefined;
    // A record is never dated before the one before it: a clock set back (a dead RTC battery)
    // must not file it into a day already reported. It takes the later time, and both the
    // record (under its hash) and the audit log keep what the clock said.
    const behind = head !== undefined && clock.toISOString() < head.recordedAt;
    const at = behind ? new Date(head.recordedAt) : clock;
    if (behind) audit(db, 'clock.behind', input.staff.staffId, { clock: clock.toISOString(), recordedAs: head.recordedAt, afterSeq: head.seq });
    const { localDate, utcOffsetMin } = localDateAndOffset(at, input.timeZone);
    if (input.kind === 'amendment' && !statement(db, "SELECT 1 FROM events WHERE id = ? AND kind = 'screening'").get((payload as AmendmentPayload).targetId)) {
      throw new Error('an amendment must correct a stored screening');
    }
    const unhashed = {
      seq: input.kind === 'restore' ? restoreSeq(payload as RestorePayload, head) : (head?.seq ?? 0) + 1,
      id: randomUUID(),
      stationCode: input.stationCode,
      kind: input.kind,
      recordedAt: at.toISOString(),
      utcOffsetMin,
      localDate,
      staffId: input.staff.staffId,
      staffName: input.staff.name,
      shiftId: input.staff.shiftId,
      ...clockReadingField(behind ? clock.toISOString() : null),
      screeningKind: screening?.screening.kind ?? null,
      decision: screening?.verdict.decision ?? null,
      direction: screening?.screening.direction ?? null,
      payload,
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    const event = { ...unhashed, hash: eventHash(unhashed) } as StationEvent;
    statement(db, `INSERT INTO events (seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id,
      staff_name, shift_id, screening_kind, decision, direction, search_text, payload, prev_hash, hash, clock_reading)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      BigInt(event.seq), event.id, event.stationCode, event.kind, event.recordedAt, BigInt(event.utcOffsetMin),
      event.localDate, BigInt(event.staffId), event.staffName, event.shiftId === null ? null : BigInt(event.shiftId),
      event.screeningKind, event.decision, event.direction, searchTextOf(event), canonicalJson(payload),
      event.prevHash, event.hash, event.clockReading ?? null,
    );
    return event;
  });
  return write.immediate();
}

/**
 * A restore event links to the head of the restored database and takes the number after the
 * head it replaced, which a signed bundle or checkpoint may already have named.
 */
function restoreSeq(payload: RestorePayload, head: { seq: number; hash: string } | undefined): number {
  const restored = head ?? { seq: 0, hash: GENESIS_HASH };
  if (payload.backupHead.seq !== restored.seq || payload.backupHead.hash !== restored.hash) {
    throw new Error(`a restore event must name the restored head (seq ${restored.seq}), not seq ${payload.backupHead.seq}`);
  }
  return payload.replacedHead.seq + 1;
}

/** When the newest record was dated (UTC, ISO 8601), or null with no records yet. */
export function lastRecordedAt(db: Database): string | null {
  return (db.prepare('SELECT recorded_at AS at FROM events ORDER BY seq DESC LIMIT 1').get() as { at: string } | undefined)?.at ?? null;
}

export function eventById(db: Database, id: string): StationEvent | null {
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return row ? rowToEvent(row) : null;
}

export function amendmentsOf(db: Database, targetId: string): AmendmentEvent[] {
  return amendmentsOfMany(db, [targetId]).get(targetId) ?? [];
}

/** The amendments of a page of records, oldest first, in one query (not one per row). */
export function amendmentsOfMany(db: Database, targetIds: readonly string[]): Map<string, AmendmentEvent[]> {
  const byTarget = new Map<string, AmendmentEvent[]>();
  if (targetIds.length === 0) return byTarget;
  // Through the amendment-target index (an expression index on the hashed payload).
  const rows = db.prepare(`SELECT * FROM events WHERE kind = 'amendment'
    AND json_extract(payload, '$.targetId') IN (SELECT value FROM json_each(?)) ORDER BY seq`)
    .all(JSON.stringify(targetIds)) as EventRow[];
  for (const row of rows) {
    const amendment = rowToEvent(row) as AmendmentEvent;
    const list = byTarget.get(amendment.payload.targetId) ?? [];
    list.push(amendment);
    byTarget.set(amendment.payload.targetId, list);
  }
  return byTarget;
}

/** Every event in seq order, streamed (a day can hold 100,000 rows). */
export function* iterateEvents(db: Database, range?: { fromDate: string; toDate: string }): Generator<StationEvent> {
  const stmt = range
    ? db.prepare('SELECT * FROM events WHERE local_date BETWEEN ? AND ? ORDER BY seq')
    : db.prepare('SELECT * FROM events ORDER BY seq');
  const rows = (range ? stmt.iterate(range.fromDate, range.toDate) : stmt.iterate()) as Iterable<EventRow>;
  for (const row of rows) yield rowToEvent(row);
}

/** Screenings on one station day, or in all, from the per-day counter (no scan of the log). */
export function screeningCount(db: Database, localDate?: string): number {
  const row = (localDate
    ? db.prepare('SELECT screenings AS n FROM screening_counts WHERE local_date = ?').get(localDate)
    : db.prepare('SELECT SUM(screenings) AS n FROM screening_counts').get()) as { n: number | null } | undefined;
  return row?.n ?? 0;
}
