import type { DailyReport } from '../report/daily-report.ts';
import type { DayFigures } from '../report/figures.ts';
import { underIsolationOn, type IsolationEntry } from './register.ts';

/**
 * The 日报's isolation figures (defined in shared/report/figures.ts) of one day, from the
 * register: registered that day, under isolation at its end, released that day, follow-up
 * fevers measured that day.
 */
export function isolationFiguresOn(entries: Iterable<IsolationEntry>, date: string): Pick<DayFigures, 'arrivalsRegistered' | 'underIsolation' | 'isolationReleased' | 'isolationFevers'> {
  const f = { arrivalsRegistered: 0, underIsolation: 0, isolationReleased: 0, isolationFevers: 0 };
  for (const entry of entries) {
    if (entry.registeredOn === date) f.arrivalsRegistered += 1;
    if (underIsolationOn(entry, date)) f.underIsolation += 1;
    if (entry.released?.on === date) f.isolationReleased += 1;
    f.isolationFevers += entry.fevers.filter((x) => x.date === date).length;
  }
  return f;
}

/**
 * The report with its isolation figures filled in from the register: each day's, and the
 * range's (sums, but `underIsolation` as at the end of the last day). A follow-up fever is a
 * special situation: its day is no zero report (无).
 */
export function withIsolationFigures(report: DailyReport, entries: readonly IsolationEntry[]): DailyReport {
  const days = report.days.map((day) => {
    const iso = isolationFiguresOn(entries, day.date);
    const abnormal = day.abnormal + iso.isolationFevers;
    return { ...day, figures: { ...day.figures, ...iso }, abnormal, zeroReport: abnormal === 0 };
  });
  const sum = (key: 'arrivalsRegistered' | 'isolationReleased' | 'isolationFevers') => days.reduce((n, d) => n + d.figures[key], 0);
  const abnormal = days.reduce((n, d) => n + d.abnormal, 0);
  return {
    ...report,
    days,
    figures: {
      ...report.figures,
      arrivalsRegistered: sum('arrivalsRegistered'),
      isolationReleased: sum('isolationReleased'),
      isolationFevers: sum('isolationFevers'),
      underIsolation: days.at(-1)?.figures.underIsolation ?? 0,
    },
    abnormal,
    zeroReport: abnormal === 0,
  };
}
