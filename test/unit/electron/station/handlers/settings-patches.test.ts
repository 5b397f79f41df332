import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../../shared/api/contract.ts';
import { tempStation, localPersonScreening, type TempStation } from '../../../../support/temp-station.ts';

/**
 * Settings are patches: every update method changes only the fields it names. Each screen
 * saves its own fields, and another screen's fields must come back exactly as they were.
 */
describe('settings updates change only the fields they name (real station, real SQLite)', () => {
  let s: TempStation;
  beforeEach(async () => { s = await tempStation(); });
  afterEach(async () => { await s.close(); });
  const call = asSupervisor(() => s);

  it('updateSettings: a name change keeps the fever line, prefixes and time zone', async () => {
    await call('updateSettings', { feverThresholdCelsius: 37.0, localRegionPrefixes: ['4502', '4503'], localPlatePrefixes: ['桂B', '桂C'], timezone: 'Asia/Urumqi' });
    const saved = await call('updateSettings', { stationName: '西村卡点' });
    expect(saved).toMatchObject({ stationName: '西村卡点', stationCode: 'GX-001', feverThresholdCelsius: 37.0, localRegionPrefixes: ['4502', '4503'], localPlatePrefixes: ['桂B', '桂C'], timezone: 'Asia/Urumqi' });
    expect(await call('getSettings', {})).toEqual(saved);
  });

  it('updateSettings: an empty patch changes nothing', async () => {
    const before = await call('getSettings', {});
    expect(await call('updateSettings', {})).toEqual(before);
  });

  it('updateRuleSettings: one list changed, the others as they were', async () => {
    await call('updateRuleSettings', { refuseCodeColours: ['red', 'yellow'], requireTemperature: false, outsidePersonMustRegister: ['name'] });
    const saved = await call('updateRuleSettings', { barredOutsideVehicleTypes: ['coach'] });
    expect(saved).toMatchObject({ refuseCodeColours: ['red', 'yellow'], requireTemperature: false, outsidePersonMustRegister: ['name'], barredOutsideVehicleTypes: ['coach'] });
    expect(await call('getRuleSettings', {})).toEqual(saved);
  });

  it('updateMaintenanceSettings: the shift length stays when the backup count changes', async () => {
    await call('updateMaintenanceSettings', { maxShiftHours: 8 });
    const saved = await call('updateMaintenanceSettings', { backupsToKeep: 3 });
    expect(saved).toEqual({ backupsToKeep: 3, maxShiftHours: 8 });
  });

  it('updateScannerSettings: the burst timing stays when the port changes; nested health-code fields merge', async () => {
    await call('updateScannerSettings', { burstMaxGapMs: 120, healthCodeHosts: ['jkm.example.cn'], healthCodeFields: { colour: ['zt'] } });
    const saved = await call('updateScannerSettings', { baudRate: 115200, healthCodeFields: { name: ['xm'] } });
    expect(saved).toMatchObject({ baudRate: 115200, burstMaxGapMs: 120, healthCodeHosts: ['jkm.example.cn'], healthCodeFields: { colour: ['zt'], name: ['xm'] } });
  });

  it('updateThermometerSettings: the calibration offset stays when a Modbus register changes', async () => {
    await call('updateThermometerSettings', { protocol: 'modbus', offsetCelsius: 0.4, modbus: { slave: 7, register: 0x0e } });
    const saved = await call('updateThermometerSettings', { modbus: { register: 0x12 } });
    expect(saved).toMatchObject({ protocol: 'modbus', offsetCelsius: 0.4, modbus: { slave: 7, register: 0x12 } });
  });

  it('updateIdCardSettings: the baud rate stays when the port changes', async () => {
    await call('updateIdCardSettings', { baudRate: 9600, autoConnect: false });
    const saved = await call('updateIdCardSettings', { path: '/dev/ttyUSB7' });
    expect(saved).toMatchObject({ mode: 'serial', path: '/dev/ttyUSB7', baudRate: 9600, autoConnect: false });
  });

  it('updateIsolationSettings: the period stays when the cut-off changes', async () => {
    await call('updateIsolationSettings', { periodDays: 7 });
    const saved = await call('updateIsolationSettings', { cutOff: '17:00' });
    expect(saved).toEqual({ periodDays: 7, cutOff: '17:00' });
    expect(await call('isolationSettings', {})).toEqual(saved);
  });

  it('updateTransferSettings: the institutions replace the list whole', async () => {
    const saved = await call('updateTransferSettings', { institutions: ['白沙镇卫生院'] });
    expect(saved).toEqual({ institutions: ['白沙镇卫生院'] });
    expect(await call('getTransferSettings', {})).toEqual(saved);
  });

  it('every settings update leaves its audit line, naming the fields and who changed them', async () => {
    const supervisorId = (await call('whoAmI', {})).staffId;
    await call('updateTransferSettings', { institutions: ['白沙镇卫生院'] });
    await call('updateIsolationSettings', { cutOff: '17:00' });
    const lines = s.station.core.db.prepare("SELECT staff_id AS staffId, detail FROM audit WHERE action = 'settings.update' ORDER BY id").all() as { staffId: number; detail: string }[];
    expect(lines.slice(-2).map((l) => ({ staffId: l.staffId, ...JSON.parse(l.detail) }))).toEqual([
      { staffId: supervisorId, group: 'transfer', keys: ['institutions'] },
      { staffId: supervisorId, group: 'isolation', keys: ['cutOff'] },
    ]);
  });

  it('a patch that would make the whole invalid is refused, and nothing moves', async () => {
    const before = await call('getSettings', {});
    await expect(call('updateSettings', { timezone: 'Mars/Base' })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(call('updateThermometerSettings', { modbus: { slave: 300 } })).rejects.toMatchObject({ code: 'bad-request' });
    expect(await call('getSettings', {})).toEqual(before);
  });
});

describe('the supervisor saving one screen after another', () => {
  let s: TempStation;
  beforeEach(async () => { s = await tempStation(); });
  afterEach(async () => { await s.close(); });
  const call = asSupervisor(() => s);
  const feverish = (): MethodInput<'recordScreening'> => {
    const input = localPersonScreening('赵六');
    if (input.screening.kind === 'person') input.screening.person.temperature = { celsius: 37.1, source: 'manual' };
    return input;
  };

  it('saving the Station screen (identity only) keeps the fever line: a 37.1 °C person is still referred', async () => {
    // The Rules screen: a stricter fever line and this village's prefixes.
    await call('updateSettings', { feverThresholdCelsius: 37.0, localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'] });
    // The Station screen sends exactly its four fields.
    await call('updateSettings', { stationName: '东村路口卡点', stationCode: 'GX-001', township: '白沙镇', village: '东村' });
    expect(await call('getSettings', {})).toMatchObject({ feverThresholdCelsius: 37.0, localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'] });
    await expect(s.station.call('recordScreening', feverish(), s.staff)).rejects.toMatchObject({ code: 'bad-request' });
    const referred = await s.station.call('recordScreening', { ...feverish(), verdict: { decision: 'refer', reasons: [] } }, s.staff);
    expect(referred.payload).toMatchObject({ verdict: { decision: 'refer' } });
  });

  it('saving the Rules screen keeps the station name and code: new records still carry GX-001', async () => {
    await call('updateSettings', { localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3 });
    await call('updateRuleSettings', { requireTemperature: true });
    expect(await call('getSettings', {})).toMatchObject({ stationName: '东村路口卡点', stationCode: 'GX-001' });
    const event = await s.station.call('recordScreening', localPersonScreening(), s.staff);
    expect(event.stationCode).toBe('GX-001');
  });
});

/** Calls as the supervisor of the current temporary station. */
function asSupervisor(get: () => TempStation) {
  return <M extends Parameters<TempStation['station']['call']>[0]>(method: M, input: MethodInput<M>) => get().station.call(method, input, get().supervisor);
}
