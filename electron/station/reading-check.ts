import { ApiError } from '../../shared/api/contract.ts';
import type { Screening, TemperatureRecord } from '../../shared/domain/screening.ts';
import type { ReadingLedger } from '../thermometer/reading-ledger.ts';

/** Every temperature of a record with its field path: the person's, or each occupant's. */
export function temperaturesOf(s: Screening): { path: string; temperature: TemperatureRecord | undefined }[] {
  if (s.kind === 'person') return [{ path: 'screening.person.temperature', temperature: s.person.temperature }];
  return s.vehicle.occupants.map((o, i) => ({ path: `screening.vehicle.occupants.${i}.temperature`, temperature: o.temperature }));
}

const sameTemperature = (a: TemperatureRecord, b: TemperatureRecord | undefined) =>
  b !== undefined && b.source === a.source && b.celsius === a.celsius && b.capture?.id === a.capture?.id;

/**
 * A new record's device temperatures must each be a reading this station issued for this
 * record alone (see ReadingLedger). Throws with the field of each refused one; returns a
 * function that marks them used, to call once the record is written.
 */
export function checkNewReadings(ledger: ReadingLedger, screening: Screening, nowMs: number): (recordedAtMs: number) => void {
  const entries = temperaturesOf(screening);
  const temps = entries.map((e) => e.temperature);
  const problems = ledger.check(temps, nowMs);
  if (problems.size > 0) {
    const issues = [...problems].map(([i, problem]) => ({ path: entries[i]!.path, message: problem }));
    throw new ApiError('bad-request', `measure again: ${issues.map((x) => `${x.path} ${x.message}`).join('; ')}`, issues);
  }
  return (recordedAtMs) => ledger.consume(temps, recordedAtMs);
}

/**
 * A correction may keep a device temperature the record already had (any earlier version),
 * but cannot bring in a new one: a corrected value is typed, and marked so.
 */
export function checkCorrectionReadings(screening: Screening, earlier: readonly Screening[]): void {
  const known = earlier.flatMap((s) => temperaturesOf(s).map((e) => e.temperature));
  const issues = temperaturesOf(screening)
    .filter((e) => e.temperature?.source === 'device' && !known.some((k) => sameTemperature(e.temperature!, k)))
    .map((e) => ({ path: e.path, message: 'capture-unknown' }));
  if (issues.length > 0) throw new ApiError('bad-request', 'a corrected temperature is typed, not a device reading', issues);
}
