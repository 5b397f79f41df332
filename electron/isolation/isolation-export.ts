import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/contract.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { followUpDay, isolationRow } from '../../shared/isolation/follow-up-view.ts';
import { minutesOfClock, localClock } from '../../shared/isolation/period.ts';
import { healthCentreSheet, isolationHtml, registerSheet, SLOT_ZH } from '../../shared/isolation/sheets.ts';
import type { IsolationRow } from '../../shared/api/isolation.ts';
import { stationTimeLabel } from '../../shared/report/records.ts';
import { audit } from '../store/audit-log.ts';
import { writeAtomically } from '../export/atomic-write.ts';
import { ExportError } from '../export/export-error.ts';
import { digestWritten, type WrittenFile } from '../export/file-digest.ts';
import { chromiumPdf, writePdf, type PdfRenderer } from '../export/pdf-render.ts';
import { exportBaseName } from '../export/export-report.ts';
import { stationSettings } from '../store/settings/station.ts';
import { isolationSettings } from '../store/settings/isolation.ts';
import { writeXlsx } from '../export/xlsx-export.ts';
import { EXPORT_REASON } from '../station/handlers/report.ts';
import { loadRegister } from './register-store.ts';

export interface IsolationExportRequest {
  sheet: 'health-centre' | 'register';
  date: string;
  format: 'pdf' | 'xlsx';
  outDir: string;
  by: { staffId: number | null; name: string };
  renderPdf?: PdfRenderer;
}

/**
 * Writes the health-centre report of a date (卫生院: every person under follow-up, the day's
 * two readings, fevers, who has not reported) or the arrivals register (登记造册, by village
 * group) as PDF or XLSX, whole or not at all, and audits who wrote what.
 */
export async function exportIsolation(db: Database, request: IsolationExportRequest): Promise<WrittenFile[]> {
  const station = stationSettings.read(db);
  const settings = isolationSettings.read(db);
  const at = new Date();
  const { utcOffsetMin } = localDateAndOffset(at, station.timezone);
  const clock = localClock(at, utcOffsetMin);
  const entries = loadRegister(db, request.date < clock.date ? request.date : undefined);
  const day = followUpDay(entries, {
    date: request.date, today: clock.date, nowMinutes: clock.minutes, cutOff: settings.cutOff,
    cutOffMinutes: minutesOfClock(settings.cutOff)!, feverThresholdCelsius: station.feverThresholdCelsius,
  });
  const isHealthCentre = request.sheet === 'health-centre';
  const rows: IsolationRow[] = isHealthCentre
    ? day.rows
    : entries.map((e) => isolationRow(e, request.date)).filter((r): r is IsolationRow => r !== null)
      .sort((x, y) => x.address.localeCompare(y.address, 'zh-CN') || x.name.localeCompare(y.name, 'zh-CN'));
  const sheet = isHealthCentre ? healthCentreSheet(rows) : registerSheet(rows);
  const base = exportBaseName(station.stationCode, { from: request.date, to: request.date });
  const name = `${base}_${sheet.title}.${request.format}`;
  const notes = isHealthCentre ? [
    `截止时间 ${settings.cutOff}${day.pastCutOff ? '（已过）' : '（未到，可先打印）'}；在管 ${rows.filter((r) => r.state !== 'released').length} 人；发热 ${rows.filter((r) => r.morning?.fever || r.afternoon?.fever).length} 人`,
    `未按时报告：${day.notReported.length ? day.notReported.map((x) => `${x.name}（${x.slots.map((s) => SLOT_ZH[s]).join('、')}）`).join('；') : (day.pastCutOff ? '无' : '截止时间未到')}`,
  ] : [`共 ${rows.length} 人`];
  try {
    const paths = await writeAtomically(request.outDir, [name], (_n, temp) => request.format === 'xlsx'
      ? writeXlsx([sheet], temp)
      : writePdf(isolationHtml({ title: sheet.title, village: [station.township, station.village].filter(Boolean).join(' '), date: request.date, sheet, notes, generatedAt: stationTimeLabel(at, station.timezone) }), temp, request.renderPdf ?? chromiumPdf));
    const files = await digestWritten(paths);
    audit(db, 'isolation.export', request.by.staffId, { by: request.by.name, sheet: request.sheet, date: request.date, format: request.format, files: files.map((f) => ({ path: f.path, sha256: f.sha256 })) });
    return files;
  } catch (err) {
    if (err instanceof ExportError) throw new ApiError('storage', err.message, [], EXPORT_REASON[err.code], { folder: err.folder ?? request.outDir });
    throw err;
  }
}
