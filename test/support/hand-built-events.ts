import { randomUUID } from 'node:crypto';
import type { ScreeningEvent, StationEvent } from '../../shared/domain/event.ts';
import type { PersonScreening, VehicleScreening } from '../../shared/domain/screening.ts';
import type { Decision, Direction } from '../../shared/domain/screening.ts';

/**
 * Hand-built events for report maths: realistic fields, fake hashes (the report never looks
 * at the chain). `localTime` is the station's wall clock at UTC+8.
 */
const OFFSET_MIN = 480;
let seq = 0;

export function resetSeq(): void {
  seq = 0;
}

export function person(fields: Partial<PersonScreening> = {}): PersonScreening {
  return { name: '张三', sex: 'male', idNumber: '450203199001011234', phone: '13812345678', origin: '', destination: '', reason: '', returnee: false, ...fields };
}

export function vehicle(fields: Partial<VehicleScreening> = {}): VehicleScreening {
  return { plate: '桂A12345', vehicleType: 'private-car', occupantCount: 1, occupants: [], origin: '', destination: '', reason: '', greenChannel: '', ...fields };
}

function base(localDate: string, localTime: string, staff: { id: number; name: string }) {
  const utc = new Date(Date.parse(`${localDate}T${localTime}Z`) - OFFSET_MIN * 60_000).toISOString();
  seq += 1;
  return {
    seq, id: randomUUID(), stationCode: 'GX-001', recordedAt: utc, utcOffsetMin: OFFSET_MIN, localDate,
    staffId: staff.id, staffName: staff.name, shiftId: 1, prevHash: 'p'.repeat(64), hash: `${seq}`.padStart(64, 'h'),
  };
}

export interface ScreeningSpec {
  date: string;
  time: string;
  direction?: Direction;
  decision?: Decision;
  reasons?: string[];
  person?: PersonScreening;
  vehicle?: VehicleScreening;
  staff?: { id: number; name: string };
}

export const ALICE = { id: 1, name: '李主任' };
export const BOB = { id: 2, name: '王五' };

export function screening(spec: ScreeningSpec): StationEvent {
  const direction = spec.direction ?? 'in';
  const decision = spec.decision ?? 'allow';
  const s = spec.vehicle
    ? { kind: 'vehicle' as const, direction, vehicle: spec.vehicle }
    : { kind: 'person' as const, direction, person: spec.person ?? person() };
  return {
    ...base(spec.date, spec.time, spec.staff ?? ALICE),
    kind: 'screening', screeningKind: s.kind, decision, direction,
    payload: { screening: s, verdict: { decision, reasons: spec.reasons ?? [] }, overrideReason: '' },
  };
}

export function amendment(target: StationEvent, change: Omit<ScreeningSpec, 'date' | 'time'>, at: { date: string; time: string }): StationEvent {
  const corrected = screening({ ...change, ...at }) as ScreeningEvent;
  seq -= 1; // the throwaway screening above only lent its payload
  return {
    ...base(at.date, at.time, change.staff ?? ALICE),
    kind: 'amendment', screeningKind: corrected.screeningKind, decision: corrected.decision, direction: corrected.direction,
    payload: { targetId: target.id, payload: corrected.payload, reason: '录入错误' },
  };
}
