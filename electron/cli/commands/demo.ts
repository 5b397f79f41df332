import { resolve } from 'node:path';
import { Settings } from '../../../shared/api/core.ts';
import { isIsoDate } from '../../../shared/domain/iso-date.ts';
import { createStation } from '../../station/station.ts';
import { stationSettings } from '../../store/settings/station.ts';
import { ruleContext } from '../../station/handlers/rules.ts';
import { listStaff, staffByName } from '../../store/staff-store.ts';
import { localInstant, planDemo, DEMO_STAFF, DEMO_SUPERVISOR } from '../../demo/plan.ts';
import { DEMO_HEALTH_WORKER, planFollowUps } from '../../demo/isolation-plan.ts';
import { isolationSettings } from '../../store/settings/isolation.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { playDemo } from '../../demo/play.ts';
import { setDemoDepartments } from '../../demo/departments.ts';
import { type CommandRun, parseIntOption, parseOptions, UsageError } from '../command.ts';

/** The demo station, used when the database is still empty (a Guangxi county, UTC+8). */
const DEMO_STATION: Partial<Settings> & { stationName: string; stationCode: string } = {
  stationName: '新村路口卡点（演示）', stationCode: 'DEMO-01', township: '白沙镇', village: '新村',
  timezone: 'Asia/Shanghai', localRegionPrefixes: ['450321'], localPlatePrefixes: ['桂C'], feverThresholdCelsius: 37.3,
};

function parseDay(value: string | undefined): string {
  if (!value) throw new UsageError('demo needs --from YYYY-MM-DD');
  if (!isIsoDate(value)) throw new UsageError(`--from must be a real date as YYYY-MM-DD, not "${value}"`);
  return value;
}

export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, {
    db: { type: 'string' }, from: { type: 'string' }, days: { type: 'string' }, 'per-day': { type: 'string' }, seed: { type: 'string' },
  });
  if (!values.db) throw new UsageError('demo needs --db PATH');
  const from = parseDay(values.from);
  const days = parseIntOption(values.days, 'days', 1, 366);
  const perDay = parseIntOption(values['per-day'], 'per-day', 1, 100_000);
  if (days === undefined || perDay === undefined) throw new UsageError('demo needs --days N and --per-day N');
  const seed = parseIntOption(values.seed, 'seed', 0, 0xffffffff) ?? 1;

  const station = createStation({ dbPath: resolve(values.db) });
  try {
    const { db } = station.core;
    const status = await station.call('status', {});
    const token = status.setUp ? null : (await station.call('setup', { settings: DEMO_STATION, supervisor: DEMO_SUPERVISOR })).token;
    const known = new Set(listStaff(db).map((s) => s.name));
    for (const s of [DEMO_SUPERVISOR, ...DEMO_STAFF, DEMO_HEALTH_WORKER]) {
      if (known.has(s.name)) continue;
      if (!token) throw new UsageError(`this station was set up without the demo staff (${s.name}); use an empty --db`);
      await station.call('addStaff', s, token);
    }
    if (token) await station.call('signOut', {}, token);
    setDemoDepartments(db);
    const settings = stationSettings.read(station.core.db);
    const plan = planDemo({ from, days, perDay, seed, timeZone: settings.timezone }, ruleContext(db, settings));
    const periodDays = isolationSettings.read(db).periodDays;
    const followUps = planFollowUps(plan, { from, days, perDay, seed, periodDays }, (date, minutes) => localInstant(date, minutes, settings.timezone), (at) => localDateAndOffset(at, settings.timezone).localDate);
    const doctor = staffByName(db, DEMO_HEALTH_WORKER.name)!;
    const now = new Date();
    const s = playDemo(db, settings, plan, { periodDays, healthWorker: { staffId: doctor.id, name: doctor.name }, followUps }, now);
    io.stdout.write(`demo: ${s.screenings} screenings over ${days} day(s) from ${from}: ${s.turnBacks} turned away, ` +
      `${s.referrals} referred (${s.transfers} transfers), ${s.overrides} overrides, ${s.amendments} corrections, ${s.shifts} shifts; ` +
      `${s.arrivals} arrivals registered, ${s.followUps} follow-up readings, ${s.releases} releases\n`);
    if (s.notYet > 0) io.stdout.write(`${s.notYet} planned step(s) after now (${now.toISOString()}) left out: the demo never dates a record ahead of the clock\n`);
    io.stdout.write(`sign in as ${DEMO_SUPERVISOR.name} (PIN ${DEMO_SUPERVISOR.pin}, supervisor) or ${DEMO_STAFF.map((x) => `${x.name} (${x.pin})`).join(', ')}; health worker ${DEMO_HEALTH_WORKER.name} (${DEMO_HEALTH_WORKER.pin})\n`);
    return 0;
  } finally {
    await station.close();
  }
};
