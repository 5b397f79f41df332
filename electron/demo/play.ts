import type { Database } from 'better-sqlite3';
import type { Settings } from '../../shared/api/core.ts';
import type { EventPayloadInput } from '../../shared/domain/event.ts';
import { appendEvent } from '../store/event-log.ts';
import { endShift, openShift, staffByName } from '../store/staff-store.ts';
import { checkedScreening } from '../station/screening-check.ts';
import { TRANSFER_SOURCES } from '../transfer/sources.ts';
import { demoTransferSteps } from './transfers.ts';
import type { DemoPlan, DemoShift } from './plan.ts';
import type { DemoFollowUp } from './isolation-plan.ts';
import { arrivalsOf } from '../isolation/arrivals.ts';
import { appendReading } from '../isolation/reading-write.ts';

/** Home isolation in the demo: the period, the doctor who follows up, and the planned readings and releases. */
export interface DemoIsolation { periodDays: number; healthWorker: { staffId: number; name: string }; followUps: DemoFollowUp[] }

export interface DemoSummary {
  screenings: number; turnBacks: number; referrals: number; overrides: number; amendments: number; shifts: number;
  transfers: number; arrivals: number; followUps: number; releases: number;
  /** Planned steps left out because they lie after `until`. */
  notYet: number;
}

type Step = { at: Date; order: number; run: () => void };

const STEPS_PER_TRANSACTION = 10_000;

/**
 * Writes a plan into the store in time order, through the same functions the station uses:
 * sign-in opens a shift, every screening and correction is judged by the rules and appended to
 * the hash chain. Thousands of steps per transaction keep a year of demo data to minutes, not hours.
 * Nothing after `until` (now) is played: a record dated ahead of the clock would leave the
 * station's clock behind its log, and every real record after it flagged as such.
 */
export function playDemo(db: Database, station: Settings, plan: DemoPlan, isolation: DemoIsolation, until: Date): DemoSummary {
  const onDuty = new Map<DemoShift, { staffId: number; name: string; shiftId: number }>();
  const ids: string[] = [];
  const summary: DemoSummary = { screenings: 0, turnBacks: 0, referrals: 0, overrides: 0, amendments: 0, shifts: 0, transfers: 0, arrivals: 0, followUps: 0, releases: 0, notYet: 0 };
  const arrivalIds: string[][] = [];
  const append = (staff: { staffId: number; name: string; shiftId: number | null }, at: Date, input: EventPayloadInput) =>
    appendEvent(db, { ...input, stationCode: station.stationCode, timeZone: station.timezone, staff, at });
  const signInAt = (name: string, at: Date) => {
    // A year of shifts: opened directly, not by checking a PIN (at scrypt cost) hundreds of times.
    const { staff } = openShift(db, staffByName(db, name)!, at);
    return { staffId: staff.staffId, name: staff.name, shiftId: staff.shiftId };
  };

  // Same instant: shifts open first and close last, so every record falls inside one.
  const steps: Step[] = [];
  for (const shift of plan.shifts) {
    steps.push({ at: shift.start, order: 0, run: () => { onDuty.set(shift, signInAt(shift.staff, shift.start)); summary.shifts++; } });
    steps.push({ at: shift.end, order: 3, run: () => endShift(db, onDuty.get(shift)!.shiftId, shift.end) });
  }
  plan.screenings.forEach((s, i) => steps.push({
    at: s.at, order: 1, run: () => {
      const payload = checkedScreening(db, station, { screening: s.draft, verdict: { decision: s.decision }, overrideReason: s.overrideReason });
      const event = append(onDuty.get(s.shift)!, s.at, { kind: 'screening', payload });
      ids[i] = event.id;
      // The station registers returnees let in with the screening (electron/isolation/arrivals.ts).
      arrivalIds[i] = arrivalsOf(event, isolation.periodDays).map((arrival) => append(onDuty.get(s.shift)!, s.at, { kind: 'arrival', payload: arrival }).id);
      summary.arrivals += arrivalIds[i].length;
      summary.screenings++;
      if (s.decision === 'turn-away') summary.turnBacks++;
      if (s.decision === 'refer') {
        summary.referrals++;
        // Every referral opens its transfer, as at the station; its later steps follow in time order.
        const staff = onDuty.get(s.shift)!;
        const facts = TRANSFER_SOURCES.referral(db, ids[i]!, station.feverThresholdCelsius)!;
        const transferId = append(staff, s.at, { kind: 'transfer', payload: { step: 'opened', source: { kind: 'referral', eventId: ids[i]! }, ...facts } }).id;
        for (const step of demoTransferSteps(transferId, summary.transfers++, s.at, s.shift.end)) {
          later.push({ at: step.at, order: 2, run: () => append(staff, step.at, { kind: 'transfer', payload: step.payload }) });
        }
      }
      if (s.overrideReason) summary.overrides++;
    },
  }));
  for (const a of plan.amendments) {
    steps.push({
      at: a.at, order: 2, run: () => {
        const target = plan.screenings[a.targetIndex]!;
        const payload = checkedScreening(db, station, { screening: a.draft, verdict: { decision: target.decision }, overrideReason: target.overrideReason });
        append(onDuty.get(a.shift)!, a.at, { kind: 'amendment', payload: { targetId: ids[a.targetIndex]!, payload, reason: a.reason } });
        summary.amendments++;
      },
    });
  }
  for (const f of isolation.followUps) {
    steps.push({
      at: f.at, order: 2, run: () => {
        const arrivalId = arrivalIds[f.screeningIndex]?.[f.person];
        if (!arrivalId) return;
        const doctor = { ...isolation.healthWorker, shiftId: null };
        if (f.kind === 'release') {
          append(doctor, f.at, { kind: 'isolation-end', payload: { arrivalId, outcome: 'release', reason: '' } });
          summary.releases++;
        } else {
          appendReading((input) => append(doctor, f.at, input), { arrivalId, date: f.date, slot: f.slot, celsius: f.celsius, note: '' }, station.feverThresholdCelsius);
          summary.followUps++;
        }
      },
    });
  }
  steps.sort((x, y) => x.at.getTime() - y.at.getTime() || x.order - y.order);
  // Steps that earlier steps schedule (a transfer's departure and hand-over) run in time order among the rest.
  const later: Step[] = [];
  let next = 0;
  const more = () => next < steps.length || later.length > 0;
  // Committed every STEPS_PER_TRANSACTION steps: five 100,000-record days in one transaction
  // would hold the whole gigabyte in the write-ahead log until the commit.
  const batch = db.transaction(() => {
    for (let n = 0; n < STEPS_PER_TRANSACTION && more(); n++) {
      later.sort((x, y) => x.at.getTime() - y.at.getTime() || x.order - y.order);
      const takeLater = later.length > 0 && (next >= steps.length || later[0]!.at.getTime() < steps[next]!.at.getTime()
        || (later[0]!.at.getTime() === steps[next]!.at.getTime() && later[0]!.order <= steps[next]!.order));
      const step = takeLater ? later.shift()! : steps[next++]!;
      if (step.at.getTime() <= until.getTime()) step.run();
      else summary.notYet++;
    }
  });
  while (more()) batch.immediate();
  return summary;
}
