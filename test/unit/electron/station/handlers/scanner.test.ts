import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../../../shared/api/core.ts';
import type { SerialScanNotice } from '../../../../../shared/api/scanner.ts';
import { createPtyPair, type PtyPair } from '../../../../support/pty.ts';
import { PtyWriter } from '../../../../support/pty-writer.ts';
import { tempStation, type TempStation } from '../../../../support/temp-station.ts';

/** Resolves with the first pushed value that satisfies `match`. */
function next<T>(subscribe: (fn: (v: T) => void) => () => void, match: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { off(); reject(new Error('timed out waiting for an event')); }, timeoutMs);
    const off = subscribe((v) => { if (match(v)) { clearTimeout(timer); off(); resolve(v); } });
  });
}

describe('serial barcode scanner (real pty pair)', () => {
  let s: TempStation;
  let pty: PtyPair;
  let device: PtyWriter;
  const scans = () => (fn: (v: SerialScanNotice) => void) => s.station.bus.on('serialScan', fn);
  /** What the screen does with a notice: takes the scan's text, under its session. */
  const text = async (notice: Promise<SerialScanNotice>) => (await s.station.call('takeSerialScan', { id: (await notice).id }, s.staff)).text;
  const statuses = () => (fn: (v: DeviceStatus) => void) => s.station.bus.on('deviceStatus', fn);

  beforeEach(async () => {
    s = await tempStation();
    pty = await createPtyPair();
    device = new PtyWriter(pty.device);
  });
  afterEach(async () => {
    device.close();
    await s.close();
    await pty.dispose();
  });

  it('pushes each line the scanner sends as one scan, UTF-8 intact', async () => {
    const connected = next(statuses(), (st) => st.device === 'scanner' && st.state === 'connected');
    const saved = await s.station.call('updateScannerSettings', { path: pty.app, baudRate: 9600, autoConnect: true }, s.supervisor);
    expect(saved).toMatchObject({ path: pty.app, baudRate: 9600, autoConnect: true, burstMaxGapMs: 50, healthCodeHosts: [] });
    await connected;

    const first = next(scans(), () => true);
    const payload = '{"姓名":"张三","color":"green"}';
    const bytes = new TextEncoder().encode(`450203199001011233\r\n${payload}\r\n`);
    device.write(bytes.slice(0, 21)); // a scan split mid-line, as USB packets split it
    expect(await text(first)).toBe('450203199001011233');
    const second = next(scans(), () => true);
    device.write(bytes.slice(21));
    expect(await text(second)).toBe(payload);
    expect((await s.station.call('status', {})).devices.find((d) => d.device === 'scanner')?.state).toBe('connected');
  });

  it('announces a scan without its text, which a signed-in screen takes once', async () => {
    const connected = next(statuses(), (st) => st.device === 'scanner' && st.state === 'connected');
    await s.station.call('updateScannerSettings', { path: pty.app, baudRate: 9600, autoConnect: true }, s.supervisor);
    await connected;
    const notice = next(scans(), () => true);
    device.write(new TextEncoder().encode('450203199001011233\r\n'));
    const { id } = await notice;
    expect(JSON.stringify(await notice)).not.toContain('450203199001011233');
    await expect(s.station.call('takeSerialScan', { id })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await s.station.call('takeSerialScan', { id }, s.staff)).text).toBe('450203199001011233');
    await expect(s.station.call('takeSerialScan', { id }, s.staff)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reopens the port when the scanner is unplugged and plugged back in', async () => {
    const connected = next(statuses(), (st) => st.device === 'scanner' && st.state === 'connected');
    await s.station.call('updateScannerSettings', { path: pty.app, baudRate: 9600, autoConnect: true }, s.supervisor);
    await connected;

    const lost = next(statuses(), (st) => st.device === 'scanner' && st.state === 'error');
    device.close();
    await pty.unplug();
    expect((await lost).detail).toContain(pty.app);

    const back = next(statuses(), (st) => st.device === 'scanner' && st.state === 'connected', 10_000);
    await pty.replug();
    await back;
    const scan = next(scans(), () => true);
    device.write(new TextEncoder().encode('桂B12345\r'));
    expect(await text(scan)).toBe('桂B12345');
  });

  it('connects and disconnects on request, and only a supervisor changes the settings', async () => {
    await expect(s.station.call('updateScannerSettings', { path: pty.app, baudRate: 9600, autoConnect: false }, s.staff))
      .rejects.toMatchObject({ code: 'forbidden' });
    await s.station.call('updateScannerSettings', { path: pty.app, baudRate: 115200, autoConnect: false }, s.supervisor);
    expect(await s.station.call('getScannerSettings', {}, s.staff)).toMatchObject({ baudRate: 115200, autoConnect: false });
    expect((await s.station.call('connectScanner', {}, s.staff)).state).toBe('connected');
    expect((await s.station.call('disconnectScanner', {}, s.staff)).state).toBe('disconnected');
    await expect(s.station.call('updateScannerSettings', { path: pty.app, baudRate: 12345, autoConnect: false }, s.supervisor))
      .rejects.toMatchObject({ code: 'bad-request' });
  });

  it('keeps the USB-scanner timing and the health-code field map, and refuses bad ones', async () => {
    const healthCodeFields = { colour: ['ma'], name: ['xingming'], idNumber: ['zjhm'], colourValues: { green: ['0'], yellow: ['1'], red: ['2'] } };
    await s.station.call('updateScannerSettings', { burstMaxGapMs: 90, healthCodeFields, healthCodeHosts: ['JKM.Example.CN'] }, s.supervisor);
    expect(await s.station.call('getScannerSettings', {}, s.staff)).toMatchObject({ burstMaxGapMs: 90, healthCodeFields, healthCodeHosts: ['jkm.example.cn'], path: '' });
    for (const bad of [{ burstMaxGapMs: 5 }, { healthCodeHosts: ['https://x.cn/'] }, { healthCodeFields: { ...healthCodeFields, colour: [] } }]) {
      await expect(s.station.call('updateScannerSettings', bad, s.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    }
  });

  it('reports a port that cannot be opened', async () => {
    await s.station.call('updateScannerSettings', { path: `${pty.dir}/missing`, baudRate: 9600, autoConnect: false }, s.supervisor);
    const status = await s.station.call('connectScanner', {}, s.staff);
    expect(status.state).toBe('error');
    expect(status.detail).toContain('missing');
    await s.station.call('disconnectScanner', {}, s.staff);
  });
});
