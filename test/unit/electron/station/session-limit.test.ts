import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeSession } from '../../../../electron/station/session-limit.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

const HOUR = 3_600_000;
let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

/** When 李明's shift (the staff session) began. */
const since = () => Date.parse((t.station.core.db.prepare(
  "SELECT h.started_at AS s FROM shifts h JOIN staff s ON s.id = h.staff_id WHERE s.name = '李明'").get() as { s: string }).s);

describe('the longest shift', () => {
  it('is 12 hours unless a supervisor sets it', async () => {
    expect(await t.station.call('getMaintenanceSettings', {}, t.supervisor)).toMatchObject({ maxShiftHours: 12 });
    expect(await t.station.call('updateMaintenanceSettings', { maxShiftHours: 8 }, t.supervisor)).toMatchObject({ maxShiftHours: 8 });
    await expect(t.station.call('updateMaintenanceSettings', { maxShiftHours: 48 }, t.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('ends a session left open past it: refused with a clear message, the shift closed at the limit, audited', () => {
    const db = t.station.core.db;
    const start = since();
    expect(activeSession(db, t.staff, true, new Date(start + 12 * HOUR - 1))).toMatchObject({ name: '李明' });
    expect(() => activeSession(db, t.staff, true, new Date(start + 12 * HOUR))).toThrow(/shift has ended \(longer than 12 h\)/);
    const shift = db.prepare("SELECT ended_at FROM shifts h JOIN staff s ON s.id = h.staff_id WHERE s.name = '李明'").get() as { ended_at: string };
    expect(shift.ended_at).toBe(new Date(start + 12 * HOUR).toISOString());
    expect(db.prepare("SELECT COUNT(*) AS n FROM audit WHERE action = 'shift.expired'").get()).toEqual({ n: 1 });
  });

  it('once ended, the token is dead for every method; signing in again starts a new shift', async () => {
    activeSession(t.station.core.db, t.staff, false, new Date(since() + 13 * HOUR));
    await expect(t.station.call('recordScreening', localPersonScreening(), t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
    const fresh = (await t.station.call('signIn', { name: '李明', pin: '1357' })).token;
    await expect(t.station.call('recordScreening', localPersonScreening(), fresh)).resolves.toMatchObject({ kind: 'screening' });
  });

  it('sign-out still ends a session at once', async () => {
    await t.station.call('signOut', {}, t.staff);
    await expect(t.station.call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
