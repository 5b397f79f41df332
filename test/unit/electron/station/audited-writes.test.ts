import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

/** The audit log cannot take a line for `action` (a full disk at the wrong moment, say). */
function auditRefuses(action: string) {
  t.station.core.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit WHEN NEW.action = '${action}'
    BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
}

describe('a change and its audit line are kept together, or not at all', () => {
  it('a correction is not kept without its audit line, and no notice goes out for it', async () => {
    const original = await t.station.call('recordScreening', localPersonScreening('张三'), t.staff);
    const notices: string[] = [];
    t.station.bus.on('eventRecorded', (e) => notices.push(e.kind));
    auditRefuses('event.amend');
    const { verdict, screening } = localPersonScreening('张叁');
    await expect(t.station.call('amendEvent', { targetId: original.id, payload: { screening, verdict, overrideReason: '' }, reason: '录入错误' }, t.supervisor))
      .rejects.toThrow();
    const [listed] = (await t.station.call('listEvents', {}, t.supervisor)).events;
    expect(listed!.amendments).toEqual([]);
    expect((await t.station.call('listEvents', { text: '张叁' }, t.supervisor)).events).toEqual([]);
    expect(notices).toEqual([]);
  });

  it.each([
    ['station settings', 'settings.update', 'updateSettings', { stationName: '改过的名字' }, async () => (await t.station.call('getSettings', {})).stationName !== '改过的名字'],
    ['rules', 'rules.update', 'updateRuleSettings', { riskAreaPolicy: 'register' }, async () => (await t.station.call('getRuleSettings', {}, t.supervisor)).riskAreaPolicy !== 'register'],
    ['maintenance', 'maintenance.update', 'updateMaintenanceSettings', { maxShiftHours: 9 }, async () => (await t.station.call('getMaintenanceSettings', {}, t.supervisor)).maxShiftHours !== 9],
    ['a new staff member', 'staff.add', 'addStaff', { name: '新人', pin: '2468', role: 'staff' }, async () => !(await t.station.call('listStaff', {})).some((s) => s.name === '新人')],
  ] as const)('%s: unchanged when the audit line cannot be written', async (_what, action, method, input, unchanged) => {
    auditRefuses(action);
    await expect(t.station.call(method, input, t.supervisor)).rejects.toThrow();
    expect(await unchanged()).toBe(true);
  });
});
