import type { Direction, PersonScreening, Screening, VehicleScreening } from '../../../shared/domain/screening.ts';
import type { FormDraft } from '../../../shared/api/drafts.ts';

/** A blank person form: every text empty, nothing measured yet. */
export function emptyPerson(): PersonScreening {
  return { name: '', sex: 'unknown', idNumber: '', phone: '', origin: '', destination: '', reason: '', returnee: false };
}

export function emptyVehicle(): VehicleScreening {
  return { plate: '', vehicleType: 'private-car', occupantCount: 1, occupants: [], origin: '', destination: '', reason: '', greenChannel: '' };
}

export function personDraft(direction: Direction, person: PersonScreening): Screening {
  return { kind: 'person', direction, person };
}

/** What the log and the result screen call a record: the plate, else the name, else the ID's tail. */
export function subjectOf(s: Screening): string {
  if (s.kind === 'vehicle') return s.vehicle.plate;
  return s.person.name || (s.person.idNumber ? `…${s.person.idNumber.slice(-4)}` : '');
}

/** A field path from the rules (`occupants.1.name`) relative to one occupant's form (`name`). */
export function missingUnder(missing: readonly string[], prefix: string): string[] {
  return missing.filter((m) => m.startsWith(prefix)).map((m) => m.slice(prefix.length));
}

/** A person as a draft keeps it: everything but the reading, which is taken again after a reload. */
function withoutReading(person: PersonScreening): Omit<PersonScreening, 'temperature'> {
  const kept: PersonScreening = { ...person };
  delete kept.temperature;
  return kept;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The person form as the station keeps it across a reload; null while nothing is typed. */
export function personFormDraft(direction: Direction, person: PersonScreening): FormDraft | null {
  const kept = withoutReading(person);
  return same(kept, emptyPerson()) ? null : { kind: 'person', direction, person: kept };
}

/** The vehicle form as the station keeps it across a reload; null while nothing is entered. */
export function vehicleFormDraft(direction: Direction, vehicle: VehicleScreening, typeChosen: boolean): FormDraft | null {
  const kept = { ...vehicle, occupants: vehicle.occupants.map(withoutReading) };
  return !typeChosen && same(kept, emptyVehicle()) ? null : { kind: 'vehicle', direction, vehicle: kept, typeChosen };
}
