import type { Decision, Direction, Screening } from '../../shared/domain/screening.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { suggest } from '../../shared/rules/suggest.ts';
import type { RuleContext } from '../../shared/rules/settings.ts';
import { correctedPerson, demoPerson, type PersonRates } from './people.ts';
import { Random } from './random.ts';
import { demoVehicle } from './vehicles.ts';

export interface DemoOptions { from: string; days: number; perDay: number; seed: number; timeZone: string }

export interface DemoShift { staff: string; start: Date; end: Date }
export interface DemoScreening { at: Date; shift: DemoShift; draft: Screening; decision: Decision; overrideReason: string }
export interface DemoAmendment { at: Date; shift: DemoShift; targetIndex: number; draft: Screening; reason: string }
export interface DemoPlan { shifts: DemoShift[]; screenings: DemoScreening[]; amendments: DemoAmendment[] }

/** Three staff rotate 12-hour shifts; the supervisor signs in once a day to make the corrections. */
export const DEMO_STAFF = [
  { name: '王芳', pin: '1111', role: 'staff' },
  { name: '陈伟', pin: '2222', role: 'staff' },
  { name: '刘洋', pin: '3333', role: 'staff' },
] as const;
export const DEMO_SUPERVISOR = { name: '李主任', pin: '258000', role: 'supervisor' } as const;

const RATES: PersonRates = { fever: 0.006, yellow: 0.004, red: 0.002, outside: 0.15, manualTemperature: 0.1 };
/** Share of turn-backs the village committee lets in after all (recorded as overrides). */
const OVERRIDE_SHARE = 0.1;
const AMEND_RATE = 0.02;
/** More traffic by day: hours 07–19 weigh three times the night hours. */
const HOUR_WEIGHTS = Array.from({ length: 24 }, (_, h) => (h >= 7 && h <= 19 ? 3 : 1));

/** The instant at which the station's wall clock shows `date` `minutes` after midnight. */
export function localInstant(date: string, minutes: number, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const offset = localDateAndOffset(new Date(naive), timeZone).utcOffsetMin;
  return new Date(naive - offset * 60_000);
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function shiftsFor(options: DemoOptions): DemoShift[] {
  const shifts: DemoShift[] = [];
  for (let d = -1; d < options.days; d++) {
    const date = addDays(options.from, d);
    const day = DEMO_STAFF[(d + 3) % 3]!.name;
    const night = DEMO_STAFF[(d + 4) % 3]!.name;
    if (d >= 0) shifts.push({ staff: day, start: localInstant(date, 8 * 60, options.timeZone), end: localInstant(date, 20 * 60, options.timeZone) });
    shifts.push({ staff: night, start: localInstant(date, 20 * 60, options.timeZone), end: localInstant(date, 32 * 60, options.timeZone) });
  }
  // The night before the first day only matters from the first midnight on.
  shifts[0]!.start = localInstant(options.from, 0, options.timeZone);
  return shifts;
}

function minuteOfDay(random: Random): number {
  let roll = random.next() * HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  let hour = 0;
  while (roll >= HOUR_WEIGHTS[hour]!) roll -= HOUR_WEIGHTS[hour++]!;
  return hour * 60 + random.int(0, 59);
}

function draftFor(random: Random, ctx: RuleContext, direction: Direction): Screening {
  if (random.chance(0.65)) return { kind: 'person', direction, person: demoPerson(random, ctx.localRegionPrefixes, RATES) };
  return { kind: 'vehicle', direction, vehicle: demoVehicle(random, ctx.localPlatePrefixes, ctx.localRegionPrefixes, RATES, direction) };
}

/** Staff follow the suggestion, except that some turn-backs are let in by the village committee. */
function decide(random: Random, ctx: RuleContext, full: Screening): Omit<DemoScreening, 'at' | 'shift'> {
  const suggested = suggest(ctx, full);
  if (suggested.decision === 'turn-away' && random.chance(OVERRIDE_SHARE)) {
    return { draft: full, decision: 'allow', overrideReason: '村委会同意放行（返乡车辆）' };
  }
  // Turned back at the barrier: nobody gets out, only the head count is written down.
  const draft = full.kind === 'vehicle' && suggested.reasons.includes('outside-vehicle-barred')
    ? { ...full, vehicle: { ...full.vehicle, occupants: [] } }
    : full;
  return { draft, decision: suggested.decision, overrideReason: '' };
}

/** The supervisor's shift that holds `at`: stretched to cover the day's first to last correction. */
function supervisorShift(shifts: DemoShift[], at: Date): DemoShift {
  const last = shifts.at(-1);
  if (last && Math.abs(at.getTime() - last.start.getTime()) < 12 * 3_600_000) {
    last.start = new Date(Math.min(last.start.getTime(), at.getTime()));
    last.end = new Date(Math.max(last.end.getTime(), at.getTime() + 60_000));
    return last;
  }
  const shift = { staff: DEMO_SUPERVISOR.name, start: at, end: new Date(at.getTime() + 60_000) };
  shifts.push(shift);
  return shift;
}

/** A deterministic schedule of shifts, screenings and corrections for the given seed. */
export function planDemo(options: DemoOptions, ctx: RuleContext): DemoPlan {
  const random = new Random(options.seed);
  const shifts = shiftsFor(options);
  const supervisorShifts: DemoShift[] = [];
  const screenings: DemoScreening[] = [];
  const amendments: DemoAmendment[] = [];
  for (let d = 0; d < options.days; d++) {
    const date = addDays(options.from, d);
    const count = Math.round(options.perDay * (0.85 + 0.3 * random.next()));
    const minutes = Array.from({ length: count }, () => minuteOfDay(random)).sort((a, b) => a - b);
    for (const minute of minutes) {
      const at = localInstant(date, minute + random.next() * 0.98, options.timeZone);
      const shift = shifts.find((s) => s.start <= at && at < s.end)!;
      const screening = { at, shift, ...decide(random, ctx, draftFor(random, ctx, random.chance(0.55) ? 'in' : 'out')) };
      screenings.push(screening);
      const { draft } = screening;
      if (draft.kind === 'person' && random.chance(AMEND_RATE)) {
        const fixed = correctedPerson(random, draft.person);
        const later = new Date(at.getTime() + random.int(10, 90) * 60_000);
        amendments.push({ at: later, shift: supervisorShift(supervisorShifts, later), targetIndex: screenings.length - 1, draft: { ...draft, person: fixed.person }, reason: fixed.reason });
      }
    }
  }
  return { shifts: [...shifts, ...supervisorShifts], screenings, amendments };
}
