import { escapeHtml } from '../report/daily-report-html.ts';
import { localDateTime } from '../report/records.ts';
import type { IncidentCategory } from './incident.ts';
import type { Incident } from './incident-state.ts';

export const INCIDENT_CATEGORY_ZH: Record<IncidentCategory, string> = {
  fever: '发热人员', 'red-code': '红码人员', 'refused-isolation': '拒不配合隔离', other: '其他突发情况',
};

export interface SheetPlace { stationName: string; stationCode: string; township: string; village: string; utcOffsetMin: number }

const STYLE = `
@page { size: A4; margin: 16mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 11pt; color: #111; margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 10pt; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #555; padding: 6pt; text-align: left; vertical-align: top; }
th { width: 28%; background: #eee; white-space: nowrap; }
td.facts { white-space: pre-wrap; min-height: 60mm; height: 60mm; overflow-wrap: anywhere; }
.signatures { margin-top: 22pt; display: grid; grid-template-columns: 1fr 1fr; gap: 22pt 20pt; }
.line { display: inline-block; width: 40mm; border-bottom: 1px solid #000; }
`;

/** The printable incident sheet (随时报告单): facts, times, staff, acknowledgement and signature lines. */
export function incidentSheetHtml(incident: Incident, place: SheetPlace): string {
  const at = (iso: string | null) => (iso ? localDateTime({ recordedAt: iso, utcOffsetMin: place.utcOffsetMin }) : '—');
  const rows: [string, string][] = [
    ['卡点', [place.township, place.village, place.stationName, place.stationCode].filter(Boolean).join(' ')],
    ['情况类别', INCIDENT_CATEGORY_ZH[incident.category]],
    ['发生时间', at(incident.occurredAt)],
    ['报告时间', at(incident.reportedAt)],
    ['报告人（值班人员）', incident.reportedBy],
    ['记录编号', incident.id],
    ['值班负责人确认', incident.acknowledgedBy ? `${incident.acknowledgedBy}（${at(incident.acknowledgedAt)}）${incident.note ? `：${incident.note}` : ''}` : '未确认'],
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>随时报告单</title><style>${STYLE}</style></head><body>
<h1>卡点随时报告单</h1>
<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join('')}
<tr><th>情况经过</th><td class="facts">${escapeHtml(incident.facts)}</td></tr></table>
<div class="signatures">
  <div>报告人（签字）：<span class="line"></span></div>
  <div>值班负责人（签字）：<span class="line"></span></div>
  <div>报送单位：<span class="line"></span></div>
  <div>日期：<span class="line"></span></div>
</div>
</body></html>`;
}
