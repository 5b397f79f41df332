import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { StationEvent } from '../../shared/domain/event.ts';
import type { Decision, Screening } from '../../shared/domain/screening.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { ReadWorkers } from '../../electron/reads/read-workers.ts';
import { appendEvent } from '../../electron/store/event-log.ts';
import { stationSettings } from '../../electron/store/settings/station.ts';
import { addStaff, signIn } from '../../electron/store/staff-store.ts';
import { TEST_PIN_COST } from './temp-station.ts';

export const TEST_STATION = {
  stationName: '东村路口卡点', stationCode: 'GX-001', township: '白沙镇', village: '东村', timezone: 'Asia/Shanghai',
  localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3,
};

/**
 * A real station database in a temporary folder, with settings and one staff member on shift,
 * whose records are appended through the store's own append at chosen local times (UTC+8).
 */
export class ReportStore {
  readonly dir = mkdtempSync(join(tmpdir(), 'report-store-'));
  readonly dbPath = join(this.dir, 'station.db');
  readonly db: Database = openDatabase(this.dbPath);
  /** The read workers an export of this database runs in, as a station's would. */
  readonly reads = new ReadWorkers({ dbPath: this.dbPath });
  private readonly staff: { staffId: number; name: string; shiftId: number };

  constructor(readonly station: typeof TEST_STATION = TEST_STATION) {
    stationSettings.patch(this.db, station);
    addStaff(this.db, '李主任', '123456', 'supervisor', TEST_PIN_COST);
    const { staff } = signIn(this.db, '李主任', '123456', TEST_PIN_COST, new Date('2026-01-01T00:00:00Z'));
    this.staff = { staffId: staff.staffId, name: staff.name, shiftId: staff.shiftId };
  }

  /** Appends a screening recorded at station-local `date` `time` (UTC+8). */
  record(date: string, time: string, screening: Screening, decision: Decision = 'allow', reasons: string[] = []): StationEvent {
    const at = new Date(Date.parse(`${date}T${time}+08:00`));
    return appendEvent(this.db, {
      kind: 'screening', payload: { screening, verdict: { decision, reasons }, overrideReason: '' },
      stationCode: this.station.stationCode, timeZone: this.station.timezone, staff: this.staff, at,
    });
  }

  amend(target: StationEvent, date: string, time: string, screening: Screening, decision: Decision = 'allow'): StationEvent {
    const at = new Date(Date.parse(`${date}T${time}+08:00`));
    return appendEvent(this.db, {
      kind: 'amendment', payload: { targetId: target.id, payload: { screening, verdict: { decision, reasons: [] }, overrideReason: '' }, reason: '录入错误' },
      stationCode: this.station.stationCode, timeZone: this.station.timezone, staff: this.staff, at,
    });
  }

  close(): void {
    void this.reads.close();
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
