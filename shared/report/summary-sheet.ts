import type { DailyReport } from './daily-report.ts';
import { FIGURE_DEFINITIONS, FIGURE_KEYS } from './figures.ts';
import { reasonZh, VEHICLE_TYPE_ZH } from './labels-zh.ts';
import type { Cell, Sheet } from './sheet.ts';
import { dutySummaryLines } from './after-barrier-html.ts';

/** "无" is how a zero report is written on the paper form. */
export const ZERO_REPORT_ZH = '无';

/** The 汇总 lines: item and value, in the order of the paper 日报. */
export function summaryLines(report: DailyReport): [string, Cell][] {
  const range = report.from === report.to ? report.from : `${report.from} 至 ${report.to}`;
  const lines: [string, Cell][] = [
    ['乡镇', report.township],
    ['村', report.village],
    ['卡点', report.stationName],
    ['卡点编号', report.stationCode],
    ['日期', range],
    [`发热标准(℃)`, `≥${report.feverThresholdCelsius}`],
    ...FIGURE_KEYS.map((key): [string, Cell] => [FIGURE_DEFINITIONS[key].zh, report.figures[key]]),
    ['最高体温(℃)', report.maxCelsius],
  ];
  for (const [type, count] of Object.entries(report.turnBacks.byVehicleType)) {
    if (count > 0) lines.push([`劝返车辆·${VEHICLE_TYPE_ZH[type as keyof typeof VEHICLE_TYPE_ZH]}`, count]);
  }
  for (const { reason, count } of report.turnBacks.byReason) lines.push([`劝返原因·${reasonZh(reason)}`, count]);
  lines.push(
    ['异常情况', report.zeroReport ? ZERO_REPORT_ZH : report.abnormal],
    ['值班人员', report.staffOnDuty.map((s) => s.name).join('、') || ZERO_REPORT_ZH],
    ...dutySummaryLines(report),
  );
  return lines;
}

export function summarySheet(report: DailyReport): Sheet {
  return {
    key: 'summary',
    title: '汇总',
    columns: [
      { header: '项目', width: 22, type: 'text' },
      { header: '数值', width: 30, type: 'text' },
    ],
    rows: () => summaryLines(report),
  };
}
