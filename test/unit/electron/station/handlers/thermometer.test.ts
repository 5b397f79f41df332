import { afterEach, describe, expect, it } from 'vitest';
import type { ThermometerReading } from '../../../../../shared/api/contract.ts';
import type { DeviceStatus } from '../../../../../shared/api/core.ts';
import { createStation } from '../../../../../electron/station/station.ts';
import { tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation | null = null;
afterEach(async () => { await t?.close(); t = null; });

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('thermometer handlers', () => {
  it("refuses a supervisor's ASCII pattern that would hang the station, naming the field", async () => {
    t = await tempStation();
    const saving = t.station.call('updateThermometerSettings', { protocol: 'ascii', ascii: { pattern: String.raw`^(\d+)+$` } }, t.supervisor);
    await expect(saving).rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'ascii.pattern', message: /could hang the station/ }] });
    expect((await t.station.call('getThermometerSettings', {}, t.supervisor)).protocol).toBe('gy-mcu90614');
  });

  it('refuses a pattern that is merely slow on a long line (\\d*\\d*\\d*\\d*x), found by trying it off the main thread', async () => {
    t = await tempStation();
    const slow = { protocol: 'ascii' as const, ascii: { errorPattern: String.raw`\d*\d*\d*\d*x` } };
    await expect(t.station.call('updateThermometerSettings', slow, t.supervisor))
      .rejects.toMatchObject({ code: 'bad-request', issues: [{ path: 'ascii.errorPattern', message: /too slow/ }] });
    await expect(t.station.call('testThermometer', { config: slow }, t.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    const fine = await t.station.call('updateThermometerSettings', { protocol: 'ascii', ascii: { pattern: String.raw`OBJ:(?<value>\d+\.\d)` } }, t.supervisor);
    expect(fine.ascii.pattern).toBe(String.raw`OBJ:(?<value>\d+\.\d)`);
  });

  it('stores settings (supervisor only), connects, and pushes batched readings and states on the bus', async () => {
    t = await tempStation();
    const { station, supervisor, staff } = t;
    const batches: ThermometerReading[][] = [];
    const states: DeviceStatus[] = [];
    station.bus.on('thermometerReading', (b) => batches.push(b));
    station.bus.on('deviceStatus', (s) => states.push(s));

    expect(await station.call('getThermometerSettings', {}, staff)).toMatchObject({ protocol: 'gy-mcu90614', autoConnect: false, offsetCelsius: 0 });
    const settings = { protocol: 'virtual' as const, offsetCelsius: 0.4, autoConnect: true };
    await expect(station.call('updateThermometerSettings', settings, staff)).rejects.toMatchObject({ code: 'forbidden' });
    const saved = await station.call('updateThermometerSettings', settings, supervisor);
    expect(saved).toMatchObject(settings);
    expect(await station.call('getThermometerSettings', {}, staff)).toEqual(saved);

    await until(() => batches.length > 0, 'readings on the bus');
    expect(batches[0]![0]).toMatchObject({ offsetCelsius: 0.4, protocol: 'virtual' });
    expect(states.map((s) => s.state)).toContain('receiving');
    expect((await station.call('status', {})).devices).toContainEqual(expect.objectContaining({ device: 'thermometer', state: 'receiving' }));

    const d = await station.call('thermometerDiagnostics', {}, staff);
    expect(d.counters.frames).toBeGreaterThan(0);
    expect(d.raw[0]).toMatchObject({ dir: 'tx', hex: 'A5 45 EA' });
    expect(d.frames.some((f) => f.kind === 'reading')).toBe(true);

    expect(await station.call('disconnectThermometer', {}, staff)).toMatchObject({ state: 'disconnected' });
    expect(['connecting', 'connected', 'receiving']).toContain((await station.call('connectThermometer', {}, staff)).state);
  });

  it('reconnects on the next start when set to auto-connect', async () => {
    t = await tempStation();
    await t.station.call('updateThermometerSettings', { protocol: 'virtual', autoConnect: true }, t.supervisor);
    await t.stop();
    const again = createStation({ dbPath: t.dbPath });
    try {
      let got = 0;
      again.bus.on('thermometerReading', (b) => { got += b.length; });
      await until(() => got > 0, 'readings after restart');
    } finally {
      await again.close();
    }
  });

  it('tests a connection with unsaved settings and says why it failed', async () => {
    t = await tempStation();
    const ok = await t.station.call('testThermometer', { config: { protocol: 'virtual', offsetCelsius: 1 } }, t.supervisor);
    expect(ok.ok).toBe(true);
    expect(ok.reading?.celsius).toBeGreaterThan(0);
    const bad = await t.station.call('testThermometer', { config: { protocol: 'gy-mcu90614', path: '/nonexistent/ttyUSB9' }, timeoutMs: 300 }, t.supervisor);
    expect(bad).toMatchObject({ ok: false, reading: null });
    expect(bad.detail).toMatch(/cannot open \/nonexistent\/ttyUSB9/);
    expect((await t.station.call('getThermometerSettings', {}, t.staff)).protocol).toBe('gy-mcu90614');
    // A failed trial does not keep retrying the bad port.
    expect((await t.station.call('thermometerDiagnostics', {}, t.staff)).status.state).toBe('disconnected');
  });

  it('validates settings and lists ports without failing', async () => {
    t = await tempStation();
    await expect(t.station.call('updateThermometerSettings', { protocol: 'modbus', modbus: { slave: 300 } }, t.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    expect(Array.isArray(await t.station.call('listSerialPorts', {}, t.staff))).toBe(true);
  });
});
