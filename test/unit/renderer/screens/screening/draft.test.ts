import { describe, expect, it } from 'vitest';
import { emptyPerson, emptyVehicle, personFormDraft, vehicleFormDraft } from '../../../../../renderer/screens/screening/draft.ts';

const reading = { celsius: 38.2, source: 'manual' as const, offsetCelsius: 0 };

describe('the form as the station keeps it across a reload', () => {
  it('is nothing while only a temperature is on the form: a reading alone is no draft', () => {
    expect(personFormDraft('in', emptyPerson())).toBeNull();
    expect(personFormDraft('out', { ...emptyPerson(), temperature: reading })).toBeNull();
    expect(vehicleFormDraft('in', emptyVehicle(), false)).toBeNull();
  });

  it('keeps what was typed and never the reading, for a person and for each occupant', () => {
    expect(personFormDraft('in', { ...emptyPerson(), name: '张三', temperature: reading })).toEqual({ kind: 'person', direction: 'in', person: { ...emptyPerson(), name: '张三' } });
    const vehicle = { ...emptyVehicle(), plate: '桂B1', occupants: [{ ...emptyPerson(), name: '王五', temperature: reading }] };
    expect(vehicleFormDraft('in', vehicle, true)).toEqual({ kind: 'vehicle', direction: 'in', typeChosen: true, vehicle: { ...vehicle, occupants: [{ ...emptyPerson(), name: '王五' }] } });
    expect(vehicle.occupants[0]!.temperature).toBe(reading); // the form's own occupant keeps it
  });

  it('counts a tapped vehicle type as a draft even before the plate', () => {
    expect(vehicleFormDraft('in', emptyVehicle(), true)).toMatchObject({ kind: 'vehicle', typeChosen: true });
  });
});
