import type { AmendmentPayload, ScreeningPayload, StationEvent } from '../domain/event.ts';
import { localDateAndOffset } from '../domain/local-time.ts';

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

/** Milliseconds of the station's local wall clock, as if it were UTC (NaN for a bad time). */
function localMs(event: Pick<StationEvent, 'recordedAt' | 'utcOffsetMin'>): number {
  return Date.parse(event.recordedAt) + event.utcOffsetMin * 60_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The station's local wall-clock time of an event, 'YYYY-MM-DD HH:mm:ss'. */
export function localDateTime(event: Pick<StationEvent, 'recordedAt' | 'utcOffsetMin'>): string {
  const ms = localMs(event);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The local hour 0–23 of an event, for the per-hour histogram. */
export function localHour(event: Pick<StationEvent, 'recordedAt' | 'utcOffsetMin'>): number {
  const ms = localMs(event);
  return Number.isNaN(ms) ? 0 : Math.floor((((ms % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}

/** An instant on the station's wall clock with its offset, e.g. '2026-02-01 09:30:00 (UTC+08:00)'. */
export function stationTimeLabel(at: Date, timeZone: string): string {
  const { utcOffsetMin } = localDateAndOffset(at, timeZone);
  const sign = utcOffsetMin < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMin);
  return `${localDateTime({ recordedAt: at.toISOString(), utcOffsetMin })} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}
