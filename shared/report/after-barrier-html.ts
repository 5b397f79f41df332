import type { DailyReport } from './daily-report.ts';
import type { Cell } from './sheet.ts';
import { TRANSFER_STATE_ZH } from './transfer-lines.ts';

type Table = (headers: string[], rows: Cell[][]) => string;
const NONE = '<p class="none">无</p>';
/** 'MM-DD HH:mm' of a 'YYYY-MM-DD HH:mm:ss' station time: narrow enough for the printed list. */
const short = (time: string) => time.slice(5, 16);
const hours = (minutes: number) => `${Math.floor(minutes / 60)}小时${String(minutes % 60).padStart(2, '0')}分`;

/** The printed 日报's transfer list and 三联动 duty lines (who by department, when nobody was on duty). */
export function afterBarrierHtml(r: DailyReport, table: Table): string {
  const transfers = r.transfers.length === 0 ? NONE : table(
    ['登记时间', '转运人员', '原因', '状态', '护送人', '方式', '送往', '出发', '交接', '接收人'],
    r.transfers.map((t) => [short(t.openedAt), t.people, t.reasons, TRANSFER_STATE_ZH[t.state], t.escort, t.means, t.institution, short(t.leftAt), short(t.handedOverAt), t.receivedBy]),
  );
  const duty = r.duty === null ? '' : `<h2>三联动值班（无人签到时段合计 ${hours(r.duty.unattendedMinutes)}）</h2>${table(
    ['部门', '值班人员', '在岗时长'],
    r.duty.byDepartment.map((d) => [d.label, d.staff.join('、') || '无', hours(d.minutes)]),
  )}${r.duty.unattended.length === 0 ? '' : `<p class="more">无人签到：${r.duty.unattended.map((g) => `${g.from.slice(11)}–${g.to.slice(11)}${r.from === r.to ? '' : `（${g.from.slice(0, 10)}）`}`).join('、')}</p>`}`;
  return `<h2>发热转运交接（${r.transfers.length} 起）</h2>${transfers}${duty}`;
}

/** The 汇总 sheet's duty lines (XLSX/CSV), beside the figures. */
export function dutySummaryLines(r: DailyReport): [string, Cell][] {
  if (r.duty === null) return [];
  return [
    ...r.duty.byDepartment.map((d): [string, Cell] => [`值班·${d.label}`, d.staff.join('、') || '无']),
    ['无人签到时段(分钟)', r.duty.unattendedMinutes],
  ];
}
