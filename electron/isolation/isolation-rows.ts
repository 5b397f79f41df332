import type { Database } from 'better-sqlite3';
import type { IsolationRow } from '../../shared/api/isolation.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { followUpDay, isolationRow } from '../../shared/isolation/follow-up-view.ts';
import { localClock, minutesOfClock } from '../../shared/isolation/period.ts';
import { SLOT_ZH } from '../../shared/isolation/sheets.ts';
import { isolationSettings } from '../store/settings/isolation.ts';
import { stationSettings } from '../store/settings/station.ts';
import { loadRegister } from './register-store.ts';

/** Which sheet of which date, as of when (the health-centre report says who is late by then). */
export interface IsolationRowsJob { sheet: 'health-centre' | 'register'; date: string; at: string }

/** What the sheet and its PDF need, as plain data: read by a worker, written by the station. */
export interface IsolationRows {
  rows: IsolationRow[];
  notes: string[];
  station: { stationCode: string; township: string; village: string; timezone: string };
}

/**
 * The rows of the health-centre report of a date (every person under follow-up, the day's two
 * readings, fevers, who has not reported) or of the arrivals register (by village group), with
 * the notes printed under them: the read of the whole register, done off the station's thread.
 */
export function isolationRows(db: Database, job: IsolationRowsJob): IsolationRows {
  const station = stationSettings.read(db);
  const settings = isolationSettings.read(db);
  const at = new Date(job.at);
  const { utcOffsetMin } = localDateAndOffset(at, station.timezone);
  const clock = localClock(at, utcOffsetMin);
  const entries = loadRegister(db, job.date < clock.date ? job.date : undefined);
  const day = followUpDay(entries, {
    date: job.date, today: clock.date, nowMinutes: clock.minutes, cutOff: settings.cutOff,
    cutOffMinutes: minutesOfClock(settings.cutOff)!, feverThresholdCelsius: station.feverThresholdCelsius,
  });
  const isHealthCentre = job.sheet === 'health-centre';
  const rows: IsolationRow[] = isHealthCentre
    ? day.rows
    : entries.map((e) => isolationRow(e, job.date)).filter((r): r is IsolationRow => r !== null)
      .sort((x, y) => x.address.localeCompare(y.address, 'zh-CN') || x.name.localeCompare(y.name, 'zh-CN'));
  const notes = isHealthCentre ? [
    `截止时间 ${settings.cutOff}${day.pastCutOff ? '（已过）' : '（未到，可先打印）'}；在管 ${rows.filter((r) => r.state !== 'released').length} 人；发热 ${rows.filter((r) => r.morning?.fever || r.afternoon?.fever).length} 人`,
    `未按时报告：${day.notReported.length ? day.notReported.map((x) => `${x.name}（${x.slots.map((s) => SLOT_ZH[s]).join('、')}）`).join('；') : (day.pastCutOff ? '无' : '截止时间未到')}`,
  ] : [`共 ${rows.length} 人`];
  const { stationCode, township, village, timezone } = station;
  return { rows, notes, station: { stationCode, township, village, timezone } };
}
