import type { ReadingSlot } from '../../shared/isolation/payloads.ts';
import { addDays, lastDayOf } from '../../shared/isolation/period.ts';
import type { DemoPlan } from './plan.ts';
import { Random } from './random.ts';

/** The village doctor who enters the follow-up readings in the demo. */
export const DEMO_HEALTH_WORKER = { name: '钱村医', pin: '1470', role: 'health-worker' } as const;

/** Follow-up readings are planned for training-sized demos only; a benchmark's arrivals are registered without them. */
export const FOLLOW_UP_MAX_PER_DAY = 2000;
const MISS_RATE = 0.05;
const FEVER_RATE = 0.01;

export type DemoFollowUp =
  | { at: Date; screeningIndex: number; person: number; kind: 'reading'; date: string; slot: ReadingSlot; celsius: number }
  | { at: Date; screeningIndex: number; person: number; kind: 'release'; date: string };

/** Whether a planned screening puts people on the register: returnees let in. */
export function demoReturnees(plan: DemoPlan, index: number): number {
  const s = plan.screenings[index]!;
  if (s.decision !== 'allow' || s.draft.direction !== 'in') return 0;
  const people = s.draft.kind === 'person' ? [s.draft.person] : s.draft.vehicle.occupants;
  return people.filter((p) => p.returnee).length;
}

/**
 * For every returnee let in, the village doctor's two readings a day (08:xx and 15:xx local)
 * through the period, a few missed and a few at fever, and the release on the morning after the
 * last day, all within the demo's days. Its own seed, so the screenings stay as they were.
 */
export function planFollowUps(
  plan: DemoPlan, options: { from: string; days: number; perDay: number; seed: number; periodDays: number },
  localInstant: (date: string, minutes: number) => Date, localDateOf: (at: Date) => string,
): DemoFollowUp[] {
  if (options.perDay > FOLLOW_UP_MAX_PER_DAY) return [];
  const random = new Random(options.seed ^ 0x5eed);
  const end = addDays(options.from, options.days - 1);
  const out: DemoFollowUp[] = [];
  plan.screenings.forEach((s, screeningIndex) => {
    const arrivalDate = localDateOf(s.at);
    const lastDay = lastDayOf(arrivalDate, options.periodDays);
    for (let person = 0; person < demoReturnees(plan, screeningIndex); person++) {
      for (let date = arrivalDate; date <= lastDay && date <= end; date = addDays(date, 1)) {
        for (const [slot, minutes] of [['morning', 8 * 60], ['afternoon', 15 * 60]] as const) {
          const at = localInstant(date, minutes + random.int(0, 50));
          if (at <= s.at || random.chance(MISS_RATE)) continue;
          const celsius = random.chance(FEVER_RATE) ? 37.4 + random.int(0, 12) / 10 : 36.0 + random.int(0, 9) / 10;
          out.push({ at, screeningIndex, person, kind: 'reading', date, slot, celsius: Math.round(celsius * 10) / 10 });
        }
      }
      const releaseOn = addDays(lastDay, 1);
      if (releaseOn <= end) out.push({ at: localInstant(releaseOn, 9 * 60 + random.int(0, 50)), screeningIndex, person, kind: 'release', date: releaseOn });
    }
  });
  return out;
}
