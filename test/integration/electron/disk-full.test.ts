import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningPayload } from '../../../shared/domain/event.ts';
import { startBridge, type Bridge } from '../../../electron/bridge/server.ts';
import { createStation, type Station } from '../../../electron/station/station.ts';
import { integrityOf } from '../../../electron/store/backup.ts';
import { iterateEvents } from '../../../electron/store/event-log.ts';
import { verifyStoredChain } from '../../../electron/store/chain-check.ts';
import { localPersonScreening, STATION_SETTINGS_FOR_TESTS, TEST_PIN_COST } from '../../support/temp-station.ts';

/** Mounting a tmpfs needs root (and a kernel that lets this container mount); else the reason. */
function mountTinyDisk(dir: string): string | null {
  if (process.getuid?.() !== 0) return 'skipped: needs root to mount tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `skipped: could not mount tmpfs here (${String((err as Error).message).split('\n')[0]})`;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'disk-full-'));
const skipReason = mountTinyDisk(dir);
let station: Station;
let bridge: Bridge;
afterAll(async () => {
  await bridge?.close();
  await station?.close();
  if (!skipReason) execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  beforeAll(async () => {
    if (skipReason) return;
    station = createStation({ dbPath: join(dir, 'station.db'), pinCost: TEST_PIN_COST });
    await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } });
    bridge = await startBridge({ station, staticDir: dir });
  });

  it.skipIf(skipReason !== null)(skipReason ?? 'refuses the record with a clear message, writes nothing half, and recovers once space is freed', async () => {
    const session = (await station.call('signIn', { name: '王芳', pin: '246813' })).token;
    const filler = join(dir, 'filler');
    const { bavail, bsize } = statfsSync(dir);
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 48 * 1024))); // leave ~48 KB

    const acknowledged: string[] = [];
    let refusal: { status: number; body: { error: { code: string; message: string } } } | null = null;
    for (let i = 0; i < 2000 && !refusal; i++) {
      const res = await fetch(`${bridge.origin}/api/recordScreening`, {
        method: 'POST', body: JSON.stringify(localPersonScreening()),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}`, 'x-station-session': session },
      });
      const body = await res.json();
      if (res.ok) acknowledged.push(body.id);
      else refusal = { status: res.status, body };
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refusal).toEqual({ status: 507, body: { error: { code: 'storage', reason: 'disk-full', params: {}, message: 'the disk is full: nothing was saved', issues: [] } } });

    const db = station.core.db;
    const stored = [...iterateEvents(db)];
    expect(stored.map((e) => e.id)).toEqual(acknowledged);
    expect(stored.every((e) => ScreeningPayload.safeParse(e.payload).success)).toBe(true);
    expect(integrityOf(db)).toBe('ok');
    expect(verifyStoredChain(db)).toBeNull();

    // A backup on the full disk is refused the same way and leaves no partial file behind.
    await expect(station.call('backupNow', {}, session)).rejects.toMatchObject({ code: 'storage' });
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);

    rmSync(filler);
    const after = await station.call('recordScreening', localPersonScreening(), session);
    expect(after.seq).toBe(acknowledged.length + 1);
    expect(verifyStoredChain(db)).toBeNull();
  }, 60_000);
});
