import type { DailyReport } from './daily-report.ts';
import type { Cell, Sheet } from './sheet.ts';
import { summaryLines } from './summary-sheet.ts';

/** Several stations' sheets of one kind as one sheet, with a leading 卡点 column. */
export function combineSheets(parts: readonly { station: string; sheet: Sheet }[]): Sheet | null {
  const [first] = parts;
  if (!first) return null;
  return {
    key: first.sheet.key,
    title: first.sheet.title,
    columns: [{ header: '卡点', width: 16, type: 'text' }, ...first.sheet.columns],
    *rows() {
      for (const { station, sheet } of parts) for (const row of sheet.rows()) yield [station, ...row];
    },
  };
}

/**
 * The 汇总 of a merge: one line per item, the total beside each station's value. Items a
 * station lacks (a vehicle type it never turned back) read as empty.
 */
export function mergedSummarySheet(total: DailyReport, stations: readonly DailyReport[]): Sheet {
  const columns = [total, ...stations].map((r) => new Map(summaryLines(r)));
  const labels = summaryLines(total).map(([label]) => label);
  return {
    key: 'summary',
    title: '汇总',
    columns: [
      { header: '项目', width: 22, type: 'text' },
      { header: '合计', width: 16, type: 'text' },
      ...stations.map((s) => ({ header: s.stationName || s.stationCode, width: 18, type: 'text' as const })),
    ],
    rows: () => labels.map((label): Cell[] => [label, ...columns.map((c) => c.get(label) ?? null)]),
  };
}
