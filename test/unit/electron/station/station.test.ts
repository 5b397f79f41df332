import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

describe('the station entry point', () => {
  it('rejects bad input field by field, and stays usable', async () => {
    const err = await t.station.call('recordScreening', { screening: { kind: 'person', direction: 'sideways' } }, t.staff).catch((e) => e);
    expect(err).toMatchObject({ code: 'bad-request' });
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['screening.direction', 'verdict']));
    await expect(t.station.call('recordScreening', localPersonScreening(), t.staff)).resolves.toMatchObject({ seq: 1 });
  });

  it('refuses unknown methods and prototype names', async () => {
    await expect(t.station.call('dropTables' as never, {})).rejects.toMatchObject({ code: 'not-found' });
    await expect(t.station.call('constructor' as never, {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('needs a signed-in session for staff methods', async () => {
    await expect(t.station.call('listEvents', {})).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(t.station.call('listEvents', {}, 'not-a-session')).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses supervisor methods to staff, whatever the UI shows', async () => {
    await expect(t.station.call('updateSettings', { feverThresholdCelsius: 39 }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.station.call('addStaff', { name: '外人', pin: '0000', role: 'supervisor' }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.station.call('updateSettings', { feverThresholdCelsius: 37.5 }, t.supervisor)).resolves.toMatchObject({ feverThresholdCelsius: 37.5 });
  });

  it('ends the session at sign-out (handover)', async () => {
    await t.station.call('signOut', {}, t.staff);
    await expect(t.station.call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a second setup', async () => {
    await expect(t.station.call('setup', {
      settings: { stationName: 'x', stationCode: 'y' }, supervisor: { name: '新人', pin: '123456' },
    })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('locks a name at the fifth wrong PIN, saying for how many minutes', async () => {
    for (let i = 0; i < 4; i++) {
      await expect(t.station.call('signIn', { name: '李明', pin: '9999' })).rejects.toMatchObject({ code: 'unauthenticated', reason: 'wrong-pin' });
    }
    await expect(t.station.call('signIn', { name: '李明', pin: '9999' })).rejects.toMatchObject({ code: 'locked', reason: 'pin-locked', params: { minutes: 1 } });
    await expect(t.station.call('signIn', { name: '李明', pin: '1357' })).rejects.toMatchObject({ code: 'locked', params: { minutes: 1 } });
  });

  it('pushes each recorded event and counts it in status', async () => {
    const seen: number[] = [];
    t.station.bus.on('eventRecorded', (e) => seen.push(e.seq));
    await t.station.call('recordScreening', localPersonScreening(), t.staff);
    expect(seen).toEqual([1]);
    const status = await t.station.call('status', {});
    expect(status.counts).toEqual({ today: 1, total: 1 });
    expect(status.setUp).toBe(true);
  });
});
