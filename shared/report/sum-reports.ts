import type { DailyReport, DaySummary, Flow, StaffSummary } from './daily-report.ts';

const addFlow = (a: Flow, b: Flow): Flow => ({ persons: a.persons + b.persons, vehicles: a.vehicles + b.vehicles, occupants: a.occupants + b.occupants, people: a.people + b.people });

function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) out[key] = ((out[key] ?? 0) + (b[key] ?? 0)) as T[keyof T];
  return out;
}

function addDays(a: DaySummary[], b: DaySummary[]): DaySummary[] {
  const byDate = new Map(a.map((d) => [d.date, { ...d }]));
  for (const d of b) {
    const have = byDate.get(d.date);
    if (!have) byDate.set(d.date, { ...d });
    else Object.assign(have, { total: have.total + d.total, turnBacks: have.turnBacks + d.turnBacks, feverReferrals: have.feverReferrals + d.feverReferrals, zeroReport: have.zeroReport && d.zeroReport });
  }
  return [...byDate.values()].sort((x, y) => x.date.localeCompare(y.date));
}

/**
 * The total of several stations' reports (a township's 日报): every count added, the range
 * widened to cover all, staff listed with their station. Each station's own report was made
 * with its own local prefixes and threshold, so the total adds results, never re-judges.
 */
export function sumReports(reports: readonly DailyReport[], identity: { stationCode: string; stationName: string }): DailyReport | null {
  const [first, ...rest] = reports;
  if (!first) return null;
  const staffOf = (r: DailyReport): StaffSummary[] => r.staffOnDuty.map((s) => ({ ...s, name: reports.length > 1 ? `${s.name}（${r.stationName || r.stationCode}）` : s.name }));
  let total: DailyReport = { ...first, ...identity, staffOnDuty: staffOf(first) };
  for (const r of rest) {
    const reasons = new Map(total.turnBacks.byReason.map((x) => [x.reason, x.count]));
    for (const x of r.turnBacks.byReason) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + x.count);
    const maxes = [total.feverReferrals.maxCelsius, r.feverReferrals.maxCelsius].filter((m): m is number => m !== null);
    total = {
      ...total,
      from: r.from < total.from ? r.from : total.from,
      to: r.to > total.to ? r.to : total.to,
      total: total.total + r.total,
      entries: addFlow(total.entries, r.entries),
      exits: addFlow(total.exits, r.exits),
      decisions: addCounts(total.decisions, r.decisions),
      turnBacks: {
        total: total.turnBacks.total + r.turnBacks.total,
        persons: total.turnBacks.persons + r.turnBacks.persons,
        vehicles: total.turnBacks.vehicles + r.turnBacks.vehicles,
        byVehicleType: addCounts(total.turnBacks.byVehicleType, r.turnBacks.byVehicleType),
        byReason: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      },
      feverReferrals: {
        total: total.feverReferrals.total + r.feverReferrals.total,
        febrilePeople: total.feverReferrals.febrilePeople + r.feverReferrals.febrilePeople,
        maxCelsius: maxes.length ? Math.max(...maxes) : null,
      },
      codeColours: addCounts(total.codeColours, r.codeColours),
      outside: addCounts(total.outside, r.outside),
      returnees: total.returnees + r.returnees,
      feverReadings: total.feverReadings + r.feverReadings,
      amended: total.amended + r.amended,
      hourly: total.hourly.map((h, i) => ({ hour: h.hour, in: h.in + (r.hourly[i]?.in ?? 0), out: h.out + (r.hourly[i]?.out ?? 0) })),
      staffOnDuty: [...total.staffOnDuty, ...staffOf(r)],
      days: addDays(total.days, r.days),
      // Stations may differ; the total names the strictest threshold any of them used.
      feverThresholdCelsius: Math.min(total.feverThresholdCelsius, r.feverThresholdCelsius),
      abnormal: total.abnormal + r.abnormal,
      zeroReport: total.zeroReport && r.zeroReport,
    };
  }
  return total;
}
