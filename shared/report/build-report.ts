import type { VehicleType } from '../domain/screening.ts';
import type { StationEvent } from '../domain/event.ts';
import type { DailyReport, DaySummary, StaffSummary } from './daily-report.ts';
import { addFigures, countRecord, emptyFigures, hasFever, listedPeople } from './figures.ts';
import { localDateTime, localHour, recordsInForce, type RecordInForce } from './records.ts';
import type { DutySection } from '../duty/duty-hours.ts';
import type { Transfer } from '../transfer/transfer-state.ts';
import { countTransfers, transferLine } from './transfer-lines.ts';

export interface ReportOptions {
  from: string;
  to: string;
  stationCode: string;
  stationName: string;
  township?: string;
  village?: string;
  localRegionPrefixes: readonly string[];
  localPlatePrefixes: readonly string[];
  feverThresholdCelsius: number;
  /** Staff who held a shift in the range; listed on duty even without a record. */
  staffOnShift?: readonly { staffId: number; name: string }[];
  /** The range's transfers (`transfersForReport`), listed and counted in the figures. */
  transfers?: readonly Transfer[];
  /** The duty section, from the station's shifts. */
  duty?: DutySection | null;
}

const VEHICLE_TYPES: VehicleType[] = ['private-car', 'taxi', 'coach', 'freight', 'emergency', 'agricultural', 'motorcycle', 'other'];

/** A record the 日报 must report: turned back, referred, a fever reading, or a red/yellow code. */
export function isAbnormal(record: RecordInForce, threshold: number): boolean {
  const decision = record.payload.verdict.decision;
  if (decision !== 'allow') return true;
  return listedPeople(record).some((p) => hasFever(p, threshold) || p.healthCode?.colour === 'red' || p.healthCode?.colour === 'yellow');
}

/** Every local date from `from` to `to` inclusive (both YYYY-MM-DD). */
export function datesInRange(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); ms <= end; ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * The report for the station-local dates `from`..`to`. `events` are the range's events in seq
 * order plus any later amendments of them; screenings are counted in their latest version
 * and by the day they were recorded, so a record at 23:59 stays in its own day's report.
 */
export function buildReport(events: Iterable<StationEvent>, options: ReportOptions): DailyReport {
  return reportOfRecords(recordsInRange(events, options.from, options.to), options);
}

/** The range's screenings in force, in seq order: what every sheet and the report count. */
export function recordsInRange(events: Iterable<StationEvent>, from: string, to: string): RecordInForce[] {
  return recordsInForce(events).filter((r) => r.event.localDate >= from && r.event.localDate <= to);
}

/** The report of records already resolved by `recordsInRange` (exports reuse them for the sheets). */
export function reportOfRecords(records: readonly RecordInForce[], options: ReportOptions): DailyReport {
  const { from, to, feverThresholdCelsius: threshold } = options;

  const decisions = { allow: 0, turnAway: 0, refer: 0 };
  const byVehicleType = Object.fromEntries(VEHICLE_TYPES.map((t) => [t, 0])) as Record<VehicleType, number>;
  const byReason = new Map<string, number>();
  const hourly = Array.from({ length: 24 }, (_, hour) => ({ hour, in: 0, out: 0 }));
  const staff = new Map<number, StaffSummary>();
  const spans = new Map<number, { first: StationEvent; last: StationEvent }>();
  const days = new Map<string, DaySummary>(datesInRange(from, to).map((date) => [date, { date, figures: emptyFigures(), abnormal: 0, zeroReport: true }]));
  let maxCelsius: number | null = null;

  for (const { staffId, name } of options.staffOnShift ?? []) staff.set(staffId, { staffId, name, records: 0, firstAt: '', lastAt: '' });

  for (const record of records) {
    const { screening, verdict } = record.payload;
    const hour = hourly[localHour(record.event)];
    if (hour) hour[screening.direction] += 1;
    for (const person of listedPeople(record)) {
      const celsius = person.temperature?.celsius;
      if (celsius !== undefined) maxCelsius = Math.max(maxCelsius ?? -Infinity, celsius);
    }

    const day = days.get(record.event.localDate);
    if (day) {
      countRecord(day.figures, record, options);
      if (isAbnormal(record, threshold)) {
        day.abnormal += 1;
        day.zeroReport = false;
      }
    }
    if (verdict.decision === 'allow') decisions.allow += 1;
    else if (verdict.decision === 'refer') decisions.refer += 1;
    else {
      decisions.turnAway += 1;
      if (screening.kind === 'vehicle') byVehicleType[screening.vehicle.vehicleType] += 1;
      const reasons = verdict.reasons.length > 0 ? verdict.reasons : ['unspecified'];
      for (const reason of reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }

    const member = staff.get(record.event.staffId) ?? { staffId: record.event.staffId, name: record.event.staffName, records: 0, firstAt: '', lastAt: '' };
    member.records += 1;
    // Kept as events while counting (formatting 100,000 times costs the report its budget).
    const span = spans.get(member.staffId);
    if (!span) spans.set(member.staffId, { first: record.event, last: record.event });
    else {
      if (record.event.recordedAt < span.first.recordedAt) span.first = record.event;
      if (record.event.recordedAt > span.last.recordedAt) span.last = record.event;
    }
    staff.set(member.staffId, member);
  }
  for (const [staffId, span] of spans) {
    const member = staff.get(staffId)!;
    member.firstAt = localDateTime(span.first);
    member.lastAt = localDateTime(span.last);
  }

  countTransfers(days, options.transfers ?? []);
  const dayList = [...days.values()];
  const abnormal = dayList.reduce((n, d) => n + d.abnormal, 0);
  return {
    stationCode: options.stationCode,
    stationName: options.stationName,
    township: options.township ?? '',
    village: options.village ?? '',
    from,
    to,
    figures: dayList.reduce((sum, d) => addFigures(sum, d.figures), emptyFigures()),
    decisions,
    turnBacks: {
      byVehicleType,
      byReason: [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    },
    maxCelsius,
    hourly,
    staffOnDuty: [...staff.values()].sort((a, b) => a.staffId - b.staffId),
    days: dayList,
    feverThresholdCelsius: threshold,
    abnormal,
    zeroReport: abnormal === 0,
    transfers: (options.transfers ?? []).map((t) => transferLine(t, true)),
    duty: options.duty ?? null,
  };
}
