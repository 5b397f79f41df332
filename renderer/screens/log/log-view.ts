import type { EventView, LogFilter } from '../../../shared/api/core.ts';
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

/** The filter buttons as tapped ('all' = no filter); the station does the matching. */
export interface LogChoice {
  kind: 'all' | 'person' | 'vehicle';
  decision: 'all' | Decision;
  direction: 'all' | Direction;
  /** Names, plates, ID numbers and phones, as typed. */
  text: string;
}

export const NO_FILTER: LogChoice = { kind: 'all', decision: 'all', direction: 'all', text: '' };

/** The station's filter for one day and the buttons tapped. */
export function logFilterOf(date: string, c: LogChoice): LogFilter {
  const text = c.text.trim().slice(0, 60);
  return {
    date,
    ...(c.kind !== 'all' ? { kind: c.kind } : {}),
    ...(c.decision !== 'all' ? { decision: c.decision } : {}),
    ...(c.direction !== 'all' ? { direction: c.direction } : {}),
    ...(text ? { text } : {}),
  };
}
