import type { DailyReport, DaySummary, StaffSummary } from './daily-report.ts';
import { addFigures } from './figures.ts';

function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) out[key] = ((out[key] ?? 0) + (b[key] ?? 0)) as T[keyof T];
  return out;
}

function addDays(a: DaySummary[], b: DaySummary[]): DaySummary[] {
  const byDate = new Map(a.map((d) => [d.date, d]));
  for (const d of b) {
    const have = byDate.get(d.date);
    byDate.set(d.date, have
      ? { date: d.date, figures: addFigures(have.figures, d.figures), abnormal: have.abnormal + d.abnormal, zeroReport: have.zeroReport && d.zeroReport }
      : d);
  }
  return [...byDate.values()].sort((x, y) => x.date.localeCompare(y.date));
}

const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

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
    total = {
      ...total,
      // Stations of one township share it; a village differs, so the total names none.
      village: total.village === r.village ? total.village : '',
      township: total.township === r.township ? total.township : '',
      from: r.from < total.from ? r.from : total.from,
      to: r.to > total.to ? r.to : total.to,
      figures: addFigures(total.figures, r.figures),
      decisions: addCounts(total.decisions, r.decisions),
      turnBacks: {
        byVehicleType: addCounts(total.turnBacks.byVehicleType, r.turnBacks.byVehicleType),
        byReason: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      },
      maxCelsius: higher(total.maxCelsius, r.maxCelsius),
      hourly: total.hourly.map((h, i) => ({ hour: h.hour, in: h.in + (r.hourly[i]?.in ?? 0), out: h.out + (r.hourly[i]?.out ?? 0) })),
      staffOnDuty: [...total.staffOnDuty, ...staffOf(r)],
      days: addDays(total.days, r.days),
      // Stations may differ; the total names the strictest threshold any of them used.
      feverThresholdCelsius: Math.min(total.feverThresholdCelsius, r.feverThresholdCelsius),
      abnormal: total.abnormal + r.abnormal,
      zeroReport: total.zeroReport && r.zeroReport,
      transfers: [...total.transfers, ...r.transfers],
      // Duty is a station's own: the total lists it per station page only.
      duty: null,
    };
  }
  return total;
}
