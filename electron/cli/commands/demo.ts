import { resolve } from 'node:path';
import { isIsoDate } from '../../../shared/domain/iso-date.ts';
import { createStation } from '../../station/station.ts';
import { DEMO_STAFF, DEMO_SUPERVISOR } from '../../demo/plan.ts';
import { DEMO_HEALTH_WORKER } from '../../demo/isolation-plan.ts';
import { fillDemo, NotADemoStation } from '../../demo/fill-demo.ts';
import { type CommandRun, parseIntOption, parseOptions, UsageError } from '../command.ts';

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
    const now = new Date();
    const s = await fillDemo(station, { from, days, perDay, seed }, now).catch((err: unknown) => {
      throw err instanceof NotADemoStation ? new UsageError(err.message) : err;
    });
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
