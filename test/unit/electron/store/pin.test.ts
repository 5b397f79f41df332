import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPin, pinHashIsWeak, pinMatches } from '../../../../electron/store/pin.ts';
import { openStation } from '../../../../electron/station/open-station.ts';
import { createStation } from '../../../../electron/station/station.ts';
import { STATION_SETTINGS_FOR_TESTS, TEST_PIN_COST, tempStation } from '../../../support/temp-station.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

/** scrypt's N stored with each PIN, by name, as an attacker with a copy of the file reads it. */
function storedCosts(dbPath: string): Record<string, { n: number; r: number; p: number }> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, pin_hash FROM staff').all() as { name: string; pin_hash: string }[];
    return Object.fromEntries(rows.map((row) => {
      const [, n, r, p] = row.pin_hash.split('$');
      return [row.name, { n: Number(n), r: Number(r), p: Number(p) }];
    }));
  } finally { db.close(); }
}

describe('the PIN cost a real station uses (tests set up theirs cheaper)', () => {
  it('a station opened as the app and `serve` open it hashes supervisor PINs at 64 MiB and staff PINs at 32 MiB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-'));
    const station = await openStation({ dbPath: join(dir, 'station.db') });
    cleanup.push(() => station.close(), () => rmSync(dir, { recursive: true, force: true }));
    const { token } = await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } });
    await station.call('addStaff', { name: '李明', pin: '1357', role: 'staff' }, token);
    await station.call('addStaff', { name: '赵医生', pin: '2468', role: 'health-worker' }, token);
    expect(storedCosts(join(dir, 'station.db'))).toEqual({
      王芳: { n: 2 ** 16, r: 8, p: 1 }, 李明: { n: 2 ** 15, r: 8, p: 1 }, 赵医生: { n: 2 ** 15, r: 8, p: 1 },
    });
  });

  it('PINs hashed cheaper (an older version, or a test) still sign in, and that sign-in re-makes them at the real cost', async () => {
    const t = await tempStation();
    cleanup.push(() => t.close());
    await t.stop();
    expect(storedCosts(t.dbPath)).toMatchObject({ 王芳: { n: TEST_PIN_COST.supervisor }, 李明: { n: TEST_PIN_COST.staff } });

    const station = createStation({ dbPath: t.dbPath });
    cleanup.unshift(() => station.close());
    await expect(station.call('signIn', { name: '李明', pin: '1358' })).rejects.toMatchObject({ reason: 'wrong-pin' });
    expect(storedCosts(t.dbPath).李明!.n).toBe(TEST_PIN_COST.staff); // a wrong PIN re-makes nothing
    await station.call('signIn', { name: '李明', pin: '1357' });
    await station.call('signIn', { name: '王芳', pin: '246813' });
    expect(storedCosts(t.dbPath)).toMatchObject({ 王芳: { n: 2 ** 16 }, 李明: { n: 2 ** 15 } });
    // ...and the re-made hashes are of the same PINs.
    await expect(station.call('signIn', { name: '李明', pin: '1357' })).resolves.toMatchObject({ staff: { name: '李明' } });
  });
});

describe('a stored PIN hash', () => {
  const cost = TEST_PIN_COST;

  it('matches its own PIN only', () => {
    const stored = hashPin('1357', 'staff', cost);
    expect(pinMatches('1357', stored)).toBe(true);
    for (const wrong of ['1358', '135', '13570', '', '7531']) expect(pinMatches(wrong, stored)).toBe(false);
  });

  it('is salted: the same PIN twice gives two different hashes, both matching', () => {
    const [a, b] = [hashPin('1357', 'staff', cost), hashPin('1357', 'staff', cost)];
    expect(a).not.toBe(b);
    expect(pinMatches('1357', a)).toBe(true);
    expect(pinMatches('1357', b)).toBe(true);
  });

  it('verifies at the cost it was made with, whatever the station uses now', () => {
    const cheap = hashPin('246813', 'supervisor', { ...cost, supervisor: 2 ** 4 });
    expect(cheap.split('$')[1]).toBe('16');
    expect(pinMatches('246813', cheap)).toBe(true);
    expect(pinHashIsWeak(cheap, 'supervisor', cost)).toBe(true);
    expect(pinHashIsWeak(hashPin('246813', 'supervisor', cost), 'supervisor', cost)).toBe(false);
  });

  it('anything not a scrypt hash of ours matches nothing', () => {
    for (const stored of ['', 'x', 'bcrypt$10$8$1$c2FsdA==$aGFzaA==', 'scrypt$1024$8$1$$']) expect(pinMatches('1357', stored)).toBe(false);
  });
});
