import type { DailyReport } from './daily-report.ts';
import { afterBarrierHtml } from './after-barrier-html.ts';
import { hourlyChartSvg } from './hourly-chart-svg.ts';
import { FIGURE_DEFINITIONS, FIGURE_KEYS } from './figures.ts';
import type { Cell, Sheet } from './sheet.ts';
import { ZERO_REPORT_ZH } from './summary-sheet.ts';

/** One report in the printed document: a station's day (or range), or the merged total. */
export interface ReportPage {
  /** e.g. "合计" for the total of a merge; the station name otherwise. */
  heading: string;
  report: DailyReport;
  /** The registration sheets of the same records (the turn-back and fever lists are printed). */
  sheets: Sheet[];
  /** SHA-256 of the bundle's events.ndjson for the same range; what `verify` prints. */
  bundleFingerprint: string | null;
  /** The station key's fingerprint, grouped for reading. */
  keyFingerprint: string | null;
  /**
   * The signed checkpoint of the chain head written with this report, as `SEQ:HASH`: what
   * `verify --db --checkpoint` holds a station database against (absent on a merged report).
   */
  checkpoint?: string | null;
}

/** Printed lists stop here; the full lists are in the XLSX. */
export const PRINTED_ROWS_MAX = 200;

const TURN_BACK_COLUMNS = ['时间', '方向', '类别', '车牌', '车型', '姓名', '人数', '来自', '劝返原因', '登记人'];
const REFERRAL_COLUMNS = ['时间', '姓名', '性别', '身份证号', '电话', '体温(℃)', '健康码', '车牌', '来自', '转诊原因', '登记人'];

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) would
 * let a typed or scanned name print reversed or drag its neighbours along; they are shown as
 * their code point instead, so the paper shows what was really recorded.
 */
export function neutraliseBidi(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const cellText = (cell: Cell) => (cell === null ? '' : escapeHtml(String(cell)));

/**
 * A cell holding a long unbroken run (a scanned code, a pasted address) may break anywhere;
 * the others keep their words whole, so a plate or an ID number is not split to make room.
 */
const LONG_RUN = /\S{24,}/;
const cellTag = (cell: Cell) => (typeof cell === 'string' && LONG_RUN.test(cell) ? '<td class="long">' : '<td>');

export function table(headers: string[], rows: Cell[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`
    // Each cell is its own bidi isolate: right-to-left text stays inside its cell.
    + `<tbody>${rows.map((r) => `<tr>${r.map((c) => `${cellTag(c)}<bdi>${cellText(c)}</bdi></td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** A registration list with only the printable columns, at most PRINTED_ROWS_MAX lines. */
function listOf(sheet: Sheet | undefined, headers: string[], title: string, unit: string, singleDay: boolean): string {
  if (!sheet) return '';
  const picks = headers.map((h) => sheet.columns.findIndex((c) => c.header === h)).filter((i) => i >= 0);
  const rows: Cell[][] = [];
  let total = 0;
  for (const row of sheet.rows()) {
    total += 1;
    if (rows.length >= PRINTED_ROWS_MAX) continue;
    rows.push(picks.map((i) => (singleDay && sheet.columns[i]?.type === 'datetime' && typeof row[i] === 'string' ? (row[i] as string).slice(11) : row[i] ?? null)));
  }
  const body = total === 0 ? `<p class="none">${ZERO_REPORT_ZH}</p>` : table(picks.map((i) => sheet.columns[i]!.header), rows);
  const more = total > rows.length ? `<p class="more">另有 ${total - rows.length} 条，见 XLSX 表格。</p>` : '';
  return `<h2>${escapeHtml(title)}（${total} ${unit}）</h2>${body}${more}`;
}

function summaryGrid(r: DailyReport): string {
  const item = (label: string, value: string | number) => `<div class="item"><span>${escapeHtml(label)}</span><b>${escapeHtml(String(value))}</b></div>`;
  return `<div class="grid">${[
    ...FIGURE_KEYS.map((key) => item(FIGURE_DEFINITIONS[key].zh, r.figures[key])),
    item('最高体温(℃)', r.maxCelsius ?? '—'),
  ].join('')}</div>`;
}

/** Where the report is from: 乡镇, 村 and 卡点编号, each only when set up. */
function placeLine(r: DailyReport): string {
  const parts = [['乡镇', r.township], ['村', r.village], ['卡点编号', r.stationCode]].filter(([, v]) => v);
  return parts.map(([k, v]) => `${k}：<b>${escapeHtml(v!)}</b>`).join('　');
}

/** Earlier days whose 日报 was handed over and has since gained records: that paper is incomplete. */
function lateRecordsNote(r: DailyReport): string {
  if (!r.lateForReportedDays?.length) return '';
  const days = r.lateForReportedDays.map((d) => `${escapeHtml(d.date)}：<b>${d.count}</b> 条`).join('；');
  return `<p class="late">补录提示：以下日期的日报导出后又登记了记录（补录或系统时钟曾被调慢），原日报已不完整，请重新导出该日日报：${days}</p>`;
}

function page(p: ReportPage, generatedAt: string): string {
  const r = p.report;
  const singleDay = r.from === r.to;
  const date = singleDay ? r.from : `${r.from} 至 ${r.to}`;
  const abnormal = r.zeroReport
    ? `<p class="zero">异常情况：<b>${ZERO_REPORT_ZH}</b>（零报告：无劝返、无发热转诊、无其他异常）</p>`
    : `<p class="abnormal">异常情况：<b>${r.abnormal}</b> 起（劝返 ${r.figures.peopleTurnedBack} 人，发热转诊 ${r.figures.feverReferred} 人，健康码转诊 ${r.figures.codeReferred} 人）</p>`;
  const days = singleDay ? '' : `<h2>每日情况</h2>${table(['日期', '登记数', '劝返人数', '发热转诊', '健康码转诊', '零报告'], r.days.map((d) => [d.date, d.figures.records, d.figures.peopleTurnedBack, d.figures.feverReferred, d.figures.codeReferred, d.zeroReport ? ZERO_REPORT_ZH : '']))}`;
  const staff = r.staffOnDuty.length === 0 ? `<p class="none">${ZERO_REPORT_ZH}</p>`
    : table(['值班人员', '登记数', '首条', '末条'], r.staffOnDuty.map((s) => [s.name, s.records, s.firstAt, s.lastAt]));
  const [, , turnBacks, fever, codes] = p.sheets;
  return `<section class="page">
<h1>${escapeHtml(p.heading)} 卡点登记日报</h1>
<p class="meta">${placeLine(r)}</p>
<p class="meta">日期：<b>${escapeHtml(date)}</b>　发热标准：≥${r.feverThresholdCelsius}℃</p>
${summaryGrid(r)}
${lateRecordsNote(r)}
${abnormal}
<h2>每小时进出（深色：进，浅色：出）</h2>
${hourlyChartSvg(r.hourly)}
${days}
${listOf(turnBacks, TURN_BACK_COLUMNS, '劝返登记', '起', singleDay)}
${listOf(fever, REFERRAL_COLUMNS, '发热转诊', '人', singleDay)}
${listOf(codes, REFERRAL_COLUMNS, '健康码转诊', '人', singleDay)}
${afterBarrierHtml(r, table)}
<h2>值班人员</h2>
${staff}
<div class="signatures">
  <div>值班人员（签字）：<span class="line"></span></div>
  <div>卡点负责人（签字）：<span class="line"></span></div>
  <div>村（社区）负责人（签字、盖章）：<span class="line"></span></div>
  <div>卫生院（签字）：<span class="line"></span></div>
  <div>派出所（签字）：<span class="line"></span></div>
  <div>日期：<span class="line short"></span></div>
</div>
<div class="fingerprints">
  <div>数据包指纹（events.ndjson SHA-256）：<code>${escapeHtml(p.bundleFingerprint ?? '—')}</code></div>
  <div>卡点签名密钥指纹：<code>${escapeHtml(p.keyFingerprint ?? '—')}</code></div>
  ${p.checkpoint ? `<div>记录链校验点（序号:链头哈希）：<code>${escapeHtml(p.checkpoint)}</code></div>` : ''}
  <div>生成时间（卡点当地时间）：${escapeHtml(generatedAt)}　核验：checkpoint-station verify 数据包文件夹</div>
</div>
</section>`;
}

export const STYLE = `
@page { size: A4; margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10pt; color: #111; margin: 0; }
.page + .page { break-before: page; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4pt; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt; border-bottom: 1px solid #999; }
.meta { text-align: center; margin: 0 0 8pt; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3pt; }
.item { border: 1px solid #bbb; padding: 3pt 5pt; display: flex; justify-content: space-between; gap: 4pt; }
.zero, .abnormal, .late { font-size: 11pt; margin: 8pt 0; }
.late { border: 1.5pt solid #000; padding: 4pt; }
.abnormal b { color: #a00; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { border: 1px solid #999; padding: 1.5pt 3pt; text-align: left; }
/* A long unbroken string (a scanned code, a pasted address) wraps inside its cell. */
td.long, .meta, .fingerprints { overflow-wrap: anywhere; }
/* The first column of every list is the time: it never breaks. */
td:first-child { white-space: nowrap; }
th { background: #eee; white-space: nowrap; }
tr { break-inside: avoid; }
.none { margin: 2pt 0; }
.more { font-size: 9pt; color: #444; }
.signatures { margin-top: 16pt; display: grid; grid-template-columns: 1fr 1fr; gap: 14pt 20pt; break-inside: avoid; }
.signatures div { white-space: nowrap; }
.line { display: inline-block; width: 36mm; border-bottom: 1px solid #000; }
.line.short { width: 30mm; }
.fingerprints { margin-top: 12pt; font-size: 8pt; color: #333; break-inside: avoid; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
`;

/**
 * The printed 日报: one HTML document, one section per report, for Chromium to print to PDF.
 * `generatedAt` is the station's local wall-clock time, as written on the paper.
 */
export function dailyReportHtml(pages: ReportPage[], generatedAt: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>卡点登记日报</title><style>${STYLE}</style></head>`
    + `<body>${pages.map((p) => page(p, generatedAt)).join('\n')}</body></html>`;
}
