import type { EventView } from '../../../shared/api/core.ts';
import type { ScreeningPayload } from '../../../shared/domain/event.ts';
import type { Decision, Direction, PersonScreening } from '../../../shared/domain/screening.ts';

/** The version of a record in force: its latest correction, else the record itself. */
export function inForce(e: EventView): ScreeningPayload {
  const last = e.amendments.at(-1);
  return last ? (last.payload as { payload: ScreeningPayload }).payload : (e.payload as ScreeningPayload);
}

export function peopleOf(p: ScreeningPayload): PersonScreening[] {
  return p.screening.kind === 'person' ? [p.screening.person] : p.screening.vehicle.occupants;
}

export interface LogCounts { in: number; out: number; turnedAway: number; referred: number; total: number }

/**
 * The numbers on top of the log, records by their version in force: 进村 / 出村 count only what
 * was let through (a turned-back car never entered), 劝返 and 转诊 the rest.
 */
export function countLog(events: readonly EventView[]): LogCounts {
  const counts: LogCounts = { in: 0, out: 0, turnedAway: 0, referred: 0, total: events.length };
  for (const e of events) {
    const p = inForce(e);
    if (p.verdict.decision === 'allow') counts[p.screening.direction]++;
    else if (p.verdict.decision === 'turn-away') counts.turnedAway++;
    else counts.referred++;
  }
  return counts;
}

export interface LogFilter {
  kind: 'all' | 'person' | 'vehicle';
  decision: 'all' | Decision;
  direction: 'all' | Direction;
  /** Matched against names, plates, ID numbers and phones, ignoring case and spaces. */
  text: string;
}

export const NO_FILTER: LogFilter = { kind: 'all', decision: 'all', direction: 'all', text: '' };

const squash = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export function matchesFilter(e: EventView, f: LogFilter): boolean {
  const p = inForce(e);
  if (f.kind !== 'all' && p.screening.kind !== f.kind) return false;
  if (f.decision !== 'all' && p.verdict.decision !== f.decision) return false;
  if (f.direction !== 'all' && p.screening.direction !== f.direction) return false;
  const needle = squash(f.text);
  if (needle === '') return true;
  const words = peopleOf(p).flatMap((x) => [x.name, x.idNumber, x.phone]);
  if (p.screening.kind === 'vehicle') words.push(p.screening.vehicle.plate);
  return words.some((w) => squash(w).includes(needle));
}
