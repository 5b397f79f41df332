import type { Database } from 'better-sqlite3';
import type { Settings } from '../../shared/api/core.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { recordsInRange, reportOfRecords } from '../../shared/report/build-report.ts';
import type { DailyReport } from '../../shared/report/daily-report.ts';
import type { RecordInForce } from '../../shared/report/records.ts';
import { lateRecordsOutside } from '../store/reported-days.ts';
import { stationSettings } from '../store/settings/station.ts';
import { reportEvents, staffOnShift, type DateRange } from './range-events.ts';
import { reportDuty, reportTransfers } from './after-barrier-source.ts';
import { withIsolationFigures } from '../../shared/isolation/figures.ts';
import { loadRegister } from '../isolation/register-store.ts';
import { uncounted, type RowCounter } from '../reads/read-progress.ts';

export interface ReportSource {
  settings: Settings;
  records: RecordInForce[];
  report: DailyReport;
}

/**
 * The range's records in force and its report, from the store, with the station's settings.
 * `count` sees each event read (a worker's progress).
 */
export function loadReport(db: Database, range: DateRange, count: RowCounter = uncounted): ReportSource {
  const settings = stationSettings.read(db);
  const { utcOffsetMin } = localDateAndOffset(new Date(`${range.from}T12:00:00Z`), settings.timezone);
  const records = recordsInRange(count(reportEvents(db, range)), range.from, range.to);
  const screenings = reportOfRecords(records, {
    ...range,
    stationCode: settings.stationCode,
    stationName: settings.stationName,
    township: settings.township,
    village: settings.village,
    localRegionPrefixes: settings.localRegionPrefixes,
    localPlatePrefixes: settings.localPlatePrefixes,
    feverThresholdCelsius: settings.feverThresholdCelsius,
    staffOnShift: staffOnShift(db, range, utcOffsetMin),
    transfers: reportTransfers(db, range),
    duty: reportDuty(db, range, utcOffsetMin),
  });
  const report = withIsolationFigures(screenings, loadRegister(db, range.to));
  const late = lateRecordsOutside(db, range.from, range.to);
  return { settings, records, report: late.length > 0 ? { ...report, lateForReportedDays: late } : report };
}
