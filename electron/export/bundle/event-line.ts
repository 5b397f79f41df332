import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import type { StationEvent } from '../../../shared/domain/event.ts';
import type { EventRow } from '../../store/event-log.ts';

/** One line of events.ndjson with the chain facts the manifest records about it. */
export interface ChainLine {
  seq: number;
  kind: StationEvent['kind'];
  prevHash: string;
  hash: string;
  /** Canonical JSON of the event and a newline: the same records always give the same bytes. */
  line: string;
}

export function lineOfEvent(event: StationEvent): ChainLine {
  return { seq: event.seq, kind: event.kind, prevHash: event.prevHash, hash: event.hash, line: canonicalJson(event) + '\n' };
}

const q = JSON.stringify;

/**
 * The same line straight from a stored row, without parsing the payload: the store keeps the
 * payload as canonical JSON already, and the keys below are in canonical (sorted) order. This
 * is what keeps a 100,000-record bundle fast; a test holds it byte-equal to `lineOfEvent`.
 */
export function lineOfRow(r: EventRow): ChainLine {
  const line = `{"decision":${q(r.decision)},"direction":${q(r.direction)},"hash":${q(r.hash)},"id":${q(r.id)},"kind":${q(r.kind)},`
    + `"localDate":${q(r.local_date)},"payload":${r.payload},"prevHash":${q(r.prev_hash)},"recordedAt":${q(r.recorded_at)},`
    + `"screeningKind":${q(r.screening_kind)},"seq":${q(r.seq)},"shiftId":${q(r.shift_id)},"staffId":${q(r.staff_id)},`
    + `"staffName":${q(r.staff_name)},"stationCode":${q(r.station_code)},"utcOffsetMin":${q(r.utc_offset_min)}}\n`;
  return { seq: r.seq, kind: r.kind, prevHash: r.prev_hash, hash: r.hash, line };
}

/**
 * SHA-256 of a range's events.ndjson without writing it: the bundle fingerprint printed on the
 * PDF, which a police officer compares with `verify`'s output.
 */
export function linesFingerprint(lines: Iterable<ChainLine>): string {
  const hash = createHash('sha256');
  for (const { line } of lines) hash.update(line);
  return hash.digest('hex');
}
