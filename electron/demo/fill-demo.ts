import type { Settings } from '../../shared/api/core.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { isolationSettings } from '../store/settings/isolation.ts';
import { stationSettings } from '../store/settings/station.ts';
import { ruleContext } from '../station/handlers/rules.ts';
import type { Station } from '../station/station.ts';
import { listStaff, staffByName } from '../store/staff-store.ts';
import { setDemoDepartments } from './departments.ts';
import { DEMO_HEALTH_WORKER, planFollowUps } from './isolation-plan.ts';
import { DEMO_STAFF, DEMO_SUPERVISOR, localInstant, planDemo } from './plan.ts';
import { playDemo, type DemoSummary } from './play.ts';

/** The demo station, used when the database is still empty (a Guangxi county, UTC+8). */
const DEMO_STATION: Partial<Settings> & { stationName: string; stationCode: string } = {
  stationName: '新村路口卡点（演示）', stationCode: 'DEMO-01', township: '白沙镇', village: '新村',
  timezone: 'Asia/Shanghai', localRegionPrefixes: ['450321'], localPlatePrefixes: ['桂C'], feverThresholdCelsius: 37.3,
};

export interface DemoDays { from: string; days: number; perDay: number; seed: number }

/** A station's records can hold only the demo staff's work: one set up otherwise is refused. */
export class NotADemoStation extends Error {}

/**
 * Fills a running station with demo days through its own connection (set up as the demo
 * station with its staff when still empty): the records come after the station's start, as a
 * station that has been recording since morning holds them. Nothing after `until` is played.
 */
export async function fillDemo(station: Station, days: DemoDays, until: Date): Promise<DemoSummary> {
  const { db } = station.core;
  const status = await station.call('status', {});
  const token = status.setUp ? null : (await station.call('setup', { settings: DEMO_STATION, supervisor: DEMO_SUPERVISOR })).token;
  const known = new Set(listStaff(db).map((s) => s.name));
  for (const s of [DEMO_SUPERVISOR, ...DEMO_STAFF, DEMO_HEALTH_WORKER]) {
    if (known.has(s.name)) continue;
    if (!token) throw new NotADemoStation(`this station was set up without the demo staff (${s.name}); use an empty --db`);
    await station.call('addStaff', s, token);
  }
  if (token) await station.call('signOut', {}, token);
  setDemoDepartments(db);
  const settings = stationSettings.read(db);
  const plan = planDemo({ ...days, timeZone: settings.timezone }, ruleContext(db, settings));
  const periodDays = isolationSettings.read(db).periodDays;
  const followUps = planFollowUps(plan, { ...days, periodDays }, (date, minutes) => localInstant(date, minutes, settings.timezone), (at) => localDateAndOffset(at, settings.timezone).localDate);
  const doctor = staffByName(db, DEMO_HEALTH_WORKER.name)!;
  return playDemo(db, settings, plan, { periodDays, healthWorker: { staffId: doctor.id, name: doctor.name }, followUps }, until);
}
