import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import type { RestorePayload, StationEvent } from '../../../shared/domain/event.ts';
import type { EventRow } from '../../store/event-log.ts';
import { EVENT_COLUMNS, type RawEventRow } from '../range-events.ts';

/** One line of events.ndjson with the chain facts the manifest records about it. */
export interface ChainLine {
  seq: number;
  /** The seq of the record it links to: the one before, or for a restore the restored head. */
  follows: number;
  kind: StationEvent['kind'];
  prevHash: string;
  hash: string;
  /** Canonical JSON of the event and a newline: the same records always give the same bytes. */
  line: string;
}

export function lineOfEvent(event: StationEvent): ChainLine {
  const follows = event.kind === 'restore' ? event.payload.backupHead.seq : event.seq - 1;
  return { seq: event.seq, follows, kind: event.kind, prevHash: event.prevHash, hash: event.hash, line: canonicalJson(event) + '\n' };
}

const q = JSON.stringify;

/**
 * The same line straight from a stored row, without parsing the payload: the store keeps the
 * payload as canonical JSON already, and the keys below are in canonical (sorted) order. This
 * is what keeps a 100,000-record bundle fast; a test holds it byte-equal to `lineOfEvent`.
 */
export function lineOfRaw(r: RawEventRow): ChainLine {
  const [seq, id, stationCode, kind, recordedAt, utcOffsetMin, localDate, staffId, staffName, shiftId, screeningKind, decision, direction, payload, prevHash, hash, clockReading] = r;
  const clock = clockReading === null ? '' : `"clockReading":${q(clockReading)},`;
  const line = `{${clock}"decision":${q(decision)},"direction":${q(direction)},"hash":${q(hash)},"id":${q(id)},"kind":${q(kind)},`
    + `"localDate":${q(localDate)},"payload":${payload},"prevHash":${q(prevHash)},"recordedAt":${q(recordedAt)},`
    + `"screeningKind":${q(screeningKind)},"seq":${q(seq)},"shiftId":${q(shiftId)},"staffId":${q(staffId)},`
    + `"staffName":${q(staffName)},"stationCode":${q(stationCode)},"utcOffsetMin":${q(utcOffsetMin)}}\n`;
  const follows = kind === 'restore' ? (JSON.parse(payload) as RestorePayload).backupHead.seq : seq - 1;
  return { seq, follows, kind, prevHash, hash, line };
}

/** The lines of stored rows read with `.raw()`, one by one as they are read. */
export function* linesOfRaw(rows: Iterable<RawEventRow>): Generator<ChainLine> {
  for (const row of rows) yield lineOfRaw(row);
}

export function lineOfRow(r: EventRow): ChainLine {
  return lineOfRaw(EVENT_COLUMNS.map((c) => r[c]) as RawEventRow);
}

/**
 * SHA-256 of a range's events.ndjson without writing it: the bundle fingerprint printed on the
 * PDF, which a police officer compares with `verify`'s output.
 */
export function linesFingerprint(lines: Iterable<ChainLine>): string {
  const hash = createHash('sha256');
  // Hashed in chunks of about 64 KiB: one update per line costs a 100,000-line day dearly.
  let chunk = '';
  for (const { line } of lines) {
    chunk += line;
    if (chunk.length >= 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}
