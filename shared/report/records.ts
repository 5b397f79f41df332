import type { AmendmentPayload, ScreeningPayload, StationEvent } from '../domain/event.ts';

/**
 * One screening as it stands now: the original event (its time, day, staff and place in the
 * chain) with the payload of its latest amendment, if any. Reports count these, never the
 * superseded versions.
 */
export interface RecordInForce {
  event: StationEvent;
  payload: ScreeningPayload;
  /** The amendment in force, or null when the record was never corrected. */
  amendedBy: StationEvent | null;
}

/**
 * Events reach the report from the store or a verified bundle, both of which validated every
 * payload against its kind's schema on the way in; re-parsing 100,000 payloads here would
 * cost the report its time budget, so the payload is read by kind.
 */
const screeningOf = (event: StationEvent) => event.payload as ScreeningPayload;
const amendmentOf = (event: StationEvent) => event.payload as AmendmentPayload;

/**
 * Folds amendments into the screenings they correct. Events are taken in seq order, so the
 * last amendment seen for a record is the one in force. An amendment may name an earlier
 * amendment; it then corrects that amendment's screening. Amendments of screenings outside
 * the given events (another day) are ignored here: that record belongs to its own day.
 */
export function recordsInForce(events: Iterable<StationEvent>): RecordInForce[] {
  const records: RecordInForce[] = [];
  const byId = new Map<string, RecordInForce>();
  for (const event of events) {
    if (event.kind === 'screening') {
      const record: RecordInForce = { event, payload: screeningOf(event), amendedBy: null };
      records.push(record);
      byId.set(event.id, record);
    } else if (event.kind === 'amendment') {
      const amendment = amendmentOf(event);
      const record = byId.get(amendment.targetId);
      if (!record) continue;
      record.payload = amendment.payload;
      record.amendedBy = event;
      byId.set(event.id, record);
    }
    // Purge events only mark where the retention purge cut the log; they carry no screening.
  }
  return records;
}

/** The station's local wall-clock time of an event: UTC shifted by the offset it was recorded with. */
export function localDateTime(event: Pick<StationEvent, 'recordedAt' | 'utcOffsetMin'>): string {
  const ms = Date.parse(event.recordedAt) + event.utcOffsetMin * 60_000;
  if (Number.isNaN(ms)) return '';
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** The local hour 0–23 of an event, for the per-hour histogram. */
export function localHour(event: Pick<StationEvent, 'recordedAt' | 'utcOffsetMin'>): number {
  const ms = Date.parse(event.recordedAt) + event.utcOffsetMin * 60_000;
  return Number.isNaN(ms) ? 0 : new Date(ms).getUTCHours();
}
