import type { ArrivalPayload } from '../../shared/isolation/payloads.ts';
import type { ScreeningPayload, StationEvent } from '../../shared/domain/event.ts';
import type { PersonScreening } from '../../shared/domain/screening.ts';
import type { StaffOnDuty } from '../../shared/api/core.ts';
import { appendRecord } from '../station/handlers/core.ts';
import type { StationCore } from '../station/module.ts';
import { isolationSettings } from '../store/settings/isolation.ts';

/**
 * The arrival entries a recorded screening makes: every returnee (返乡人员, or an outsider
 * marked as staying) let in, pedestrian or occupant. Only the minimum goes onto the register:
 * name, ID number, phone, 村组 address, arrival date (the day screened when none was given),
 * origin, household contact, and the period length the station's setting gives today.
 */
export function arrivalsOf(event: StationEvent, periodDays: number): ArrivalPayload[] {
  if (event.kind !== 'screening') return [];
  const { screening, verdict } = event.payload as ScreeningPayload;
  if (screening.direction !== 'in' || verdict.decision !== 'allow') return [];
  const people: PersonScreening[] = screening.kind === 'person' ? [screening.person] : screening.vehicle.occupants;
  const origin = screening.kind === 'vehicle' ? screening.vehicle.origin : '';
  return people.filter((p) => p.returnee).map((p) => ({
    screeningId: event.id,
    name: p.name,
    idNumber: p.idNumber.toUpperCase(),
    phone: p.phone,
    address: p.followUp?.address ?? '',
    arrivalDate: p.followUp?.arrivalDate || event.localDate,
    origin: p.origin || origin,
    householdContact: p.followUp?.localContact ?? '',
    isolationDays: periodDays,
  }));
}

/** Puts the screening's returnees on the register (call inside the screening's transaction); returns the screening. */
export function registerArrivals(core: StationCore, staff: StaffOnDuty, event: StationEvent): StationEvent {
  for (const payload of arrivalsOf(event, isolationSettings.read(core.db).periodDays)) appendRecord(core, staff, { kind: 'arrival', payload });
  return event;
}
