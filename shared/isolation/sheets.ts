import type { IsolationRow } from '../api/isolation.ts';
import { escapeHtml, STYLE, table } from '../report/daily-report-html.ts';
import { sheetOf, type Cell, type ColumnOf, type Sheet } from '../report/sheet.ts';

/**
 * The health-centre report (卫生院) of a day and the arrivals register (登记造册), as sheets
 * for the XLSX writer and as printable HTML. ID numbers are masked; phones stay whole, since
 * the health centre and the village call these people.
 */
const STATE_ZH = { active: '隔离中', 'due-release': '期满待解除', released: '已解除' } as const;
const SLOT_ZH = { morning: '上午', afternoon: '下午' } as const;
const ROLE_ZH = { 'village-cadre': '包村干部', 'village-doctor': '村医' } as const;
const responsible = (r: IsolationRow) => (r.responsible ? `${r.responsible.name}（${ROLE_ZH[r.responsible.role]}）` : '未指派');

const celsius = (r: IsolationRow['morning']) => (r ? `${r.celsius.toFixed(1)}${r.fever ? '（发热）' : ''}${r.late ? '（补报）' : ''}` : '未报');
const text = (header: string, width: number, cell: (r: IsolationRow) => Cell): ColumnOf<IsolationRow> => ({ header, width, type: 'text', cell });

const HEALTH_CENTRE_COLUMNS: ColumnOf<IsolationRow>[] = [
  text('村组', 14, (r) => r.address),
  text('姓名', 8, (r) => r.name),
  text('身份证号', 20, (r) => r.idNumberMasked),
  text('电话', 13, (r) => r.phone),
  text('来自', 12, (r) => r.origin),
  text('抵达日期', 11, (r) => r.arrivalDate),
  { header: '隔离天数', width: 8, type: 'number', cell: (r) => r.day },
  text('上午体温(℃)', 12, (r) => celsius(r.morning)),
  text('下午体温(℃)', 12, (r) => celsius(r.afternoon)),
  text('未报', 10, (r) => r.missing.map((s) => SLOT_ZH[s]).join('、')),
  { header: '期内发热次数', width: 10, type: 'number', cell: (r) => r.fevers },
  text('状态', 10, (r) => STATE_ZH[r.state]),
  text('期满日期', 11, (r) => r.lastDay),
  text('责任人', 16, responsible),
];

const REGISTER_COLUMNS: ColumnOf<IsolationRow>[] = [
  text('村组', 14, (r) => r.address),
  text('姓名', 8, (r) => r.name),
  text('身份证号', 20, (r) => r.idNumberMasked),
  text('电话', 13, (r) => r.phone),
  text('来自', 12, (r) => r.origin),
  text('户联系人', 12, (r) => r.householdContact),
  text('抵达日期', 11, (r) => r.arrivalDate),
  text('登记日期', 11, (r) => r.registeredOn),
  text('期满日期', 11, (r) => r.lastDay),
  text('延长', 16, (r) => r.extensions.map((x) => `${x.days}天：${x.reason}`).join('；')),
  text('状态', 10, (r) => STATE_ZH[r.state]),
  text('责任人', 16, responsible),
];

export const healthCentreSheet = (rows: readonly IsolationRow[]): Sheet => sheetOf('health-centre', '卫生院日报', HEALTH_CENTRE_COLUMNS, () => rows);
export const registerSheet = (rows: readonly IsolationRow[]): Sheet => sheetOf('register', '返乡人员登记册', REGISTER_COLUMNS, () => rows);

export interface IsolationPrint {
  title: string;
  village: string;
  date: string;
  sheet: Sheet;
  /** Lines above the table: cut-off, counts, who has not reported. */
  notes: string[];
  generatedAt: string;
}

/** The printable page: header, notes, the table, and signature lines for the village and the health centre. */
export function isolationHtml(p: IsolationPrint): string {
  const rows = [...p.sheet.rows()];
  const body = rows.length ? table(p.sheet.columns.map((c) => c.header), rows) : '<p class="none">无</p>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(p.title)}</title><style>${STYLE}@page { size: A4 landscape; } td { white-space: nowrap; }</style></head><body>`
    + `<section class="page"><h1>${escapeHtml(p.title)}</h1><p class="meta">${escapeHtml(p.village)}　${escapeHtml(p.date)}</p>`
    + p.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')
    + body
    + '<div class="signatures"><div>村委会（盖章）：<span class="line"></span></div><div>卫生院接收人：<span class="line"></span></div>'
    + '<div>填报人：<span class="line short"></span></div><div>日期：<span class="line short"></span></div></div>'
    + `<div class="fingerprints">生成时间（卡点当地时间）：${escapeHtml(p.generatedAt)}</div></section></body></html>`;
}

export { SLOT_ZH };
