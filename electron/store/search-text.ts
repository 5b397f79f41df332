import type { ScreeningPayload, StationEvent } from '../../shared/domain/event.ts';

/** The screening an event carries: its own, or the corrected one an amendment carries. */
export function screeningPayloadOf(event: Pick<StationEvent, 'kind' | 'payload'>): ScreeningPayload | null {
  if (event.kind === 'screening') return event.payload as ScreeningPayload;
  if (event.kind === 'amendment') return (event.payload as { payload: ScreeningPayload }).payload;
  return null;
}

/**
 * Words a staff member may search the log by: names, plates, ID numbers, phones. Derived from
 * the hashed payload only, so `verify` can recompute it and a hidden row is caught.
 */
export function searchTextOf(event: Pick<StationEvent, 'kind' | 'payload'>): string {
  const p = screeningPayloadOf(event);
  if (!p) return '';
  const s = p.screening;
  const people = s.kind === 'person' ? [s.person] : s.vehicle.occupants;
  const words = people.flatMap((x) => [x.name, x.idNumber, x.phone]);
  if (s.kind === 'vehicle') words.push(s.vehicle.plate);
  return words.filter(Boolean).join(' ').toUpperCase();
}
