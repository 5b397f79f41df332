import { ApiError } from '../../shared/api/contract.ts';
import type { ScreeningPayload } from '../../shared/domain/event.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { underIsolationOn, type IsolationEntry } from '../../shared/isolation/register.ts';
import { stationSettings } from '../store/settings/station.ts';
import type { StationCore } from '../station/module.ts';
import { loadRegister } from './register-store.ts';

/** The entry under isolation today with this ID number, matched on the local register only. */
export function isolatedToday(core: StationCore, idNumber: string): IsolationEntry | null {
  const id = idNumber.trim().toUpperCase();
  if (!id) return null;
  const today = localDateAndOffset(new Date(), stationSettings.read(core.db).timezone).localDate;
  return loadRegister(core.db).find((e) => e.arrival.idNumber === id && underIsolationOn(e, today)) ?? null;
}

/**
 * A going-out screening (出村) of a person under home isolation is flagged by the station,
 * whatever the screen showed, and is recorded only with a reason. Only the ID number is
 * matched, and only against this station's register (item 4: nothing else is matched).
 */
export function withIsolationFlag(core: StationCore, payload: ScreeningPayload, reason: string): ScreeningPayload {
  const { screening } = payload;
  if (screening.direction !== 'out') return payload;
  const people = screening.kind === 'person' ? [screening.person] : screening.vehicle.occupants;
  for (const person of people) {
    const entry = isolatedToday(core, person.idNumber);
    if (!entry) continue;
    if (!reason.trim()) {
      throw new ApiError('bad-request', 'this person is under home isolation: give a reason', [{ path: 'isolationReason', message: 'required' }], 'isolation-needs-reason');
    }
    return { ...payload, isolation: { arrivalId: entry.arrivalId, reason: reason.trim() } };
  }
  return payload;
}
