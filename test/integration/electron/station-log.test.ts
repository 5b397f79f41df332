import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStationProcess } from '../../support/station-process.ts';
import { localPersonScreening, STATION_SETTINGS_FOR_TESTS } from '../../support/temp-station.ts';

const dir = mkdtempSync(join(tmpdir(), 'station-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERSONAL = ['欧阳娜娜', '王芳', '李明', '450203199001011233', '13800001111', '13912345678'];

describe('the station log file', () => {
  it('records device and error events, and no names, ID numbers or phones', async () => {
    const station = await startStationProcess({ dbPath: join(dir, 'station.db') });
    const supervisor = (await station.api('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })).token;
    await station.api('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor);
    const screening = localPersonScreening('欧阳娜娜');
    if (screening.screening.kind === 'person') screening.screening.person.phone = '13912345678';
    await station.api('recordScreening', screening, supervisor);
    await expect(station.api('signIn', { name: '李明', pin: '9999' })).rejects.toMatchObject({ status: 401 });
    await expect(station.api('purgeRecords', { olderThanDays: 30 }, (await station.api('signIn', { name: '李明', pin: '1357' })).token)).rejects.toMatchObject({ status: 403 });
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: '/dev/ttyNO-SUCH-PORT' } as never, supervisor);
    await station.api('connectThermometer', {}, supervisor).catch(() => {});
    // The port error may be reported after the call returns: wait for the station to know it.
    await expect.poll(async () => (await station.api('status', {})).devices.find((d) => d.device === 'thermometer')?.state).toBe('error');
    await station.stop();

    const logDir = join(dir, 'logs');
    const files = readdirSync(logDir).filter((f) => /^station\..*\.log$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((f) => readFileSync(join(logDir, f), 'utf8')).join('');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.event)).toEqual(expect.arrayContaining(['station.start', 'device', 'call-refused', 'station.stop']));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'device', device: 'thermometer', state: 'error' }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'call-refused', method: 'signIn', code: 'unauthenticated' }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'call-refused', method: 'purgeRecords', code: 'forbidden' }));
    for (const secret of PERSONAL) expect(text, secret).not.toContain(secret);
  }, 60_000);
});
