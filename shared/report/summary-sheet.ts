import type { DailyReport } from './daily-report.ts';
import { reasonZh, VEHICLE_TYPE_ZH } from './labels-zh.ts';
import type { Cell, Sheet } from './sheet.ts';

/** "无" is how a zero report is written on the paper form. */
export const ZERO_REPORT_ZH = '无';

/** The 汇总 lines: item and value, in the order of the paper 日报. */
export function summaryLines(report: DailyReport): [string, Cell][] {
  const range = report.from === report.to ? report.from : `${report.from} 至 ${report.to}`;
  const lines: [string, Cell][] = [
    ['卡点', report.stationName],
    ['卡点编号', report.stationCode],
    ['日期', range],
    ['登记总数', report.total],
    ['进入人员（步行）', report.entries.persons],
    ['进入车辆', report.entries.vehicles],
    ['进入车辆乘员', report.entries.occupants],
    ['外出人员（步行）', report.exits.persons],
    ['外出车辆', report.exits.vehicles],
    ['外出车辆乘员', report.exits.occupants],
    ['劝返', report.turnBacks.total],
    ['劝返人员（步行）', report.turnBacks.persons],
    ['劝返车辆', report.turnBacks.vehicles],
  ];
  for (const [type, count] of Object.entries(report.turnBacks.byVehicleType)) {
    if (count > 0) lines.push([`劝返车辆·${VEHICLE_TYPE_ZH[type as keyof typeof VEHICLE_TYPE_ZH]}`, count]);
  }
  for (const { reason, count } of report.turnBacks.byReason) lines.push([`劝返原因·${reasonZh(reason)}`, count]);
  lines.push(
    ['发热转诊', report.feverReferrals.total],
    ['最高体温(℃)', report.feverReferrals.maxCelsius],
    [`体温≥${report.feverThresholdCelsius}℃`, report.feverReadings],
    ['绿码', report.codeColours.green],
    ['黄码', report.codeColours.yellow],
    ['红码', report.codeColours.red],
    ['无码', report.codeColours.none],
    ['外地人员', report.outside.persons],
    ['外地车辆', report.outside.vehicles],
    ['返乡人员', report.returnees],
    ['已更正记录', report.amended],
    ['异常情况', report.zeroReport ? ZERO_REPORT_ZH : report.abnormal],
    ['值班人员', report.staffOnDuty.map((s) => s.name).join('、') || ZERO_REPORT_ZH],
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
