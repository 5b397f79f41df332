import { describe, expect, it } from 'vitest';
import { makeCnId } from '../../../support/cn-id-maker.ts';
import { suggest } from '../../../../shared/rules/suggest.ts';
import { RuleSettings, type RuleContext } from '../../../../shared/rules/settings.ts';
import { PersonScreening, Screening, VehicleScreening, type CodeColour, type VehicleType } from '../../../../shared/domain/screening.ts';

const ctx = (rules: Partial<RuleSettings> = {}, extra: Partial<RuleContext> = {}): RuleContext => ({
  feverThresholdCelsius: 37.3,
  localRegionPrefixes: ['4503'],
  localPlatePrefixes: ['桂C'],
  rules: RuleSettings.parse(rules),
  ...extra,
});

const LOCAL_ID = makeCnId('450321', '19900101', '123');
const OUTSIDE_ID = makeCnId('430102', '19850505', '234');

function person(p: Partial<PersonScreening> & { celsius?: number; manual?: boolean; colour?: CodeColour } = {}): PersonScreening {
  const { celsius = 36.5, manual = false, colour = 'green', ...rest } = p;
  return PersonScreening.parse({
    idNumber: LOCAL_ID,
    temperature: Number.isNaN(celsius) ? undefined : { celsius, source: manual ? 'manual' : 'device' },
    healthCode: { colour },
    ...rest,
  });
}
const personDraft = (p: PersonScreening, direction: 'in' | 'out' = 'in') => Screening.parse({ kind: 'person', direction, person: p });

function vehicle(v: Partial<VehicleScreening> & { plate: string; vehicleType: VehicleType }, direction: 'in' | 'out' = 'in') {
  return Screening.parse({ kind: 'vehicle', direction, vehicle: VehicleScreening.parse({ occupantCount: 1, occupants: [person()], ...v }) });
}

const registered = { name: '张三', phone: '13800000000', origin: '长沙', reason: '探亲' };

describe('suggest: persons', () => {
  it.each([
    ['local, normal temperature, green code', person(), 'allow', ['checks-passed'], []],
    ['just under the threshold', person({ celsius: 37.2 }), 'allow', ['checks-passed'], []],
    ['at the threshold is fever', person({ celsius: 37.3 }), 'refer', ['fever'], []],
    ['38.0 °C', person({ celsius: 38.0 }), 'refer', ['fever'], []],
    ['manual temperature is marked', person({ manual: true }), 'allow', ['temperature-manual'], []],
    ['manual fever', person({ celsius: 38.5, manual: true }), 'refer', ['fever', 'temperature-manual'], []],
    ['red code turned away', person({ colour: 'red' }), 'turn-away', ['code-refused'], []],
    ['yellow code referred', person({ colour: 'yellow' }), 'refer', ['code-referred'], []],
    ['fever outranks red code', person({ celsius: 38.0, colour: 'red' }), 'refer', ['fever', 'code-refused'], []],
    ['no temperature', person({ celsius: NaN }), 'allow', [], ['temperature']],
    ['ambient reading', person({ celsius: 26.0 }), 'allow', [], ['temperature-implausible']],
    ['too hot to be a person', person({ celsius: 43.0 }), 'allow', [], ['temperature-implausible']],
    ['outside person unregistered', person({ idNumber: OUTSIDE_ID }), 'allow', ['outside-person'], ['name', 'phone', 'origin', 'reason']],
    ['outside person registered', person({ idNumber: OUTSIDE_ID, ...registered }), 'allow', ['outside-person'], []],
    ['no ID registers like outside', person({ idNumber: '' }), 'allow', [], ['name', 'idNumber', 'phone', 'origin', 'reason']],
  ] as const)('%s', (_name, p, decision, reasons, missing) => {
    expect(suggest(ctx(), personDraft(p))).toEqual({ decision, reasons, missing });
  });

  it('an outbound outside person need not register', () => {
    expect(suggest(ctx(), personDraft(person({ idNumber: OUTSIDE_ID }), 'out'))).toEqual({ decision: 'allow', reasons: ['checks-passed'], missing: [] });
  });

  it('code colours and the threshold are configurable', () => {
    const strict = ctx({ refuseCodeColours: ['red', 'yellow', 'none'], referCodeColours: [] }, { feverThresholdCelsius: 37.0 });
    expect(suggest(strict, personDraft(person({ colour: 'yellow' }))).decision).toBe('turn-away');
    expect(suggest(strict, personDraft(person({ colour: 'none' }))).decision).toBe('turn-away');
    expect(suggest(strict, personDraft(person({ celsius: 37.1 }))).decision).toBe('refer');
  });

  it('what outside persons must register is configurable, and temperature may be optional', () => {
    const lax = ctx({ outsidePersonMustRegister: ['name'], requireTemperature: false });
    expect(suggest(lax, personDraft(person({ idNumber: OUTSIDE_ID, celsius: NaN }))).missing).toEqual(['name']);
  });

  it('a station without local prefixes sees nobody as outside', () => {
    expect(suggest(ctx({}, { localRegionPrefixes: [] }), personDraft(person({ idNumber: OUTSIDE_ID }))).reasons).toEqual(['checks-passed']);
  });
});

describe('suggest: a wrong ID number is a reason, never "normal"', () => {
  const wrongCheck = LOCAL_ID.slice(0, 17) + (LOCAL_ID[17] === '1' ? '2' : '1');
  it.each([
    ['wrong check character', wrongCheck, ['id-check-char']],
    ['17 digits', LOCAL_ID.slice(0, 17), ['id-length']],
    ['19 digits', `${LOCAL_ID}1`, ['id-length']],
    ['letters', '45032119900101123A', ['id-length']],
    ['no such date', makeCnId('450321', '19900230', '123'), ['id-birth-date']],
    ['born before 1900', makeCnId('450321', '18991231', '123'), ['id-birth-date']],
    ['born after the station\'s day', makeCnId('450321', '20261207', '123'), ['id-birth-date']],
  ] as const)('%s', (_name, idNumber, reasons) => {
    const s = suggest(ctx({}, { today: '2026-12-06' }), personDraft(person({ idNumber })));
    expect(s).toMatchObject({ decision: 'allow', reasons, missing: [] });
  });

  it('born on the station\'s day is no problem; without the day no date is in the future', () => {
    expect(suggest(ctx({}, { today: '2026-12-06' }), personDraft(person({ idNumber: makeCnId('450321', '20261206', '123') }))).reasons).toEqual(['checks-passed']);
    expect(suggest(ctx(), personDraft(person({ idNumber: makeCnId('450321', '20991206', '123') }))).reasons).toEqual(['checks-passed']);
  });

  it('a fever with a wrong ID is still referred, with both reasons', () => {
    expect(suggest(ctx(), personDraft(person({ idNumber: wrongCheck, celsius: 38.2 })))).toMatchObject({ decision: 'refer', reasons: ['id-check-char', 'fever'] });
  });

  it("an occupant's wrong ID is the vehicle's reason and that occupant's", () => {
    const s = suggest(ctx(), vehicle({ plate: '桂C12345', vehicleType: 'private-car', occupants: [person(), person({ idNumber: wrongCheck })] }));
    expect(s).toMatchObject({ decision: 'allow', reasons: ['id-check-char'], occupants: [{ reasons: ['checks-passed'] }, { reasons: ['id-check-char'] }] });
  });

  it('a plate that is no plate is a reason, and is not judged outside', () => {
    expect(suggest(ctx(), vehicle({ plate: 'B12345', vehicleType: 'taxi' }))).toMatchObject({ decision: 'allow', reasons: ['plate-invalid'] });
    expect(suggest(ctx(), vehicle({ plate: '湘A1234', vehicleType: 'taxi' }))).toMatchObject({ decision: 'allow', reasons: ['plate-invalid'] });
    expect(suggest(ctx(), vehicle({ plate: '湘A12345', vehicleType: 'taxi' })).reasons).toEqual(['outside-vehicle-barred']);
  });
});

describe('suggest: vehicles', () => {
  it.each([
    ['outside taxi', '湘A12345', 'taxi', '', 'turn-away', ['outside-vehicle-barred']],
    ['outside private car', '湘A12345', 'private-car', '', 'turn-away', ['outside-vehicle-barred']],
    ['outside coach', '粤B12345', 'coach', '', 'turn-away', ['outside-vehicle-barred']],
    ['outside taxi, spaced plate', '湘A · 12345', 'taxi', '', 'turn-away', ['outside-vehicle-barred']],
    ['outside freight carries supplies', '湘A12345', 'freight', '', 'allow', ['outside-vehicle', 'exempt-vehicle']],
    ['outside ambulance', '湘A12345', 'emergency', '', 'allow', ['outside-vehicle', 'exempt-vehicle']],
    ['outside car on a green channel', '湘A12345', 'private-car', 'medical staff', 'allow', ['outside-vehicle', 'green-channel']],
    ['outside motorcycle is not barred', '湘A12345', 'motorcycle', '', 'allow', ['outside-vehicle']],
    ['local taxi', '桂C12345', 'taxi', '', 'allow', ['checks-passed']],
    ['local plate in lower case', '桂c12345', 'private-car', '', 'allow', ['checks-passed']],
  ] as const)('%s', (_name, plate, vehicleType, greenChannel, decision, reasons) => {
    expect(suggest(ctx(), vehicle({ plate, vehicleType, greenChannel }))).toMatchObject({ decision, reasons, missing: [] });
  });

  it('an outside taxi is turned away without screening anyone in it', () => {
    const s = suggest(ctx(), vehicle({ plate: '湘A12345', vehicleType: 'taxi', occupantCount: 3, occupants: [] }));
    expect(s).toEqual({ decision: 'turn-away', reasons: ['outside-vehicle-barred'], missing: [] });
  });

  it('an outside taxi leaving is let go', () => {
    expect(suggest(ctx(), vehicle({ plate: '湘A12345', vehicleType: 'taxi' }, 'out'))).toMatchObject({ decision: 'allow', reasons: ['outside-vehicle', 'outbound'], missing: [] });
  });

  it('barred types are configurable', () => {
    const onlyCoaches = ctx({ barredOutsideVehicleTypes: ['coach'] });
    expect(suggest(onlyCoaches, vehicle({ plate: '湘A12345', vehicleType: 'taxi' })).decision).toBe('allow');
    const noExempt = ctx({ barredOutsideVehicleTypes: ['freight'], exemptVehicleTypes: [] });
    expect(suggest(noExempt, vehicle({ plate: '湘A12345', vehicleType: 'freight' })).decision).toBe('turn-away');
  });

  it('occupants decide a vehicle that is let through: the worst one counts', () => {
    const occupants = [person(), person({ colour: 'red' }), person({ celsius: 38.2 })];
    const s = suggest(ctx(), vehicle({ plate: '桂C12345', vehicleType: 'private-car', occupantCount: 3, occupants }));
    expect(s).toEqual({
      decision: 'refer', reasons: ['occupant-code-refused', 'occupant-fever'], missing: [],
      // Who: each occupant's own suggestion, in order.
      occupants: [
        { decision: 'allow', reasons: ['checks-passed'] },
        { decision: 'turn-away', reasons: ['code-refused'] },
        { decision: 'refer', reasons: ['fever'] },
      ],
    });
    const red = suggest(ctx(), vehicle({ plate: '湘A12345', vehicleType: 'freight', occupants: [person({ colour: 'red', idNumber: OUTSIDE_ID, ...registered })] }));
    expect(red).toMatchObject({ decision: 'turn-away', reasons: ['outside-vehicle', 'exempt-vehicle', 'occupant-code-refused', 'occupant-outside'], missing: [] });
  });

  it('green-channel fast path: an ambulance or supply truck goes through without its occupants, flagged as an open task', () => {
    const fast = (v: Partial<VehicleScreening> & { vehicleType: VehicleType }) => suggest(ctx(), vehicle({ plate: '湘A12345', occupants: [], occupantCount: 2, occupantsLater: true, ...v }));
    expect(fast({ vehicleType: 'emergency', greenChannel: '救护车' })).toEqual({
      decision: 'allow', reasons: ['outside-vehicle', 'green-channel', 'occupants-later'], missing: [], occupants: [],
    });
    expect(fast({ vehicleType: 'freight', greenChannel: '生活物资', occupantsWaived: '司机已离开' }).reasons).toContain('occupants-waived');
    // Not for any car, and not without a green-channel kind.
    expect(fast({ vehicleType: 'emergency', greenChannel: ' ' }).missing).toEqual(['greenChannel']);
    expect(fast({ vehicleType: 'private-car', greenChannel: '医护人员' }).missing).toEqual(['greenChannel']);
    // An occupant named anyway still counts.
    expect(fast({ vehicleType: 'emergency', greenChannel: '救护车', occupants: [person({ celsius: 38.4 })] }).decision).toBe('refer');
  });

  it('missing occupants and their missing fields are named by path', () => {
    const s = suggest(ctx(), vehicle({ plate: '桂C12345', vehicleType: 'private-car', occupantCount: 2, occupants: [person({ celsius: NaN, manual: false })] }));
    expect(s.missing).toEqual(['occupants', 'occupants.0.temperature']);
  });

  it('an empty plate is missing (a draft on screen, before the schema would accept it)', () => {
    const draft = vehicle({ plate: '湘A12345', vehicleType: 'taxi' });
    if (draft.kind !== 'vehicle') throw new Error('unreachable');
    expect(suggest(ctx(), { ...draft, vehicle: { ...draft.vehicle, plate: ' ' } }).missing).toEqual(['plate']);
  });
});
