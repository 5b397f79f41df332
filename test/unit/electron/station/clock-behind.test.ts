import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBundle } from '../../../../electron/export/bundle/verify-bundle.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { editDatabaseByHand } from '../../../support/edit-by-hand.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

/**
 * Attack 6: the PC's clock set back (a dead RTC battery) at a station that has recorded today.
 * The station records against the later time, flags the record under its hash, and says so.
 */
let t: TempStation;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-04-10T09:00:00Z'));
  t = await tempStation();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('a clock set back behind the last record', () => {
  it('is shown in status, and the next record carries what the clock said under its hash', async () => {
    const before = await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    expect(before.clockReading).toBeUndefined();
    expect((await t.station.call('status', {})).clockBehindLastRecord).toBeUndefined();

    vi.setSystemTime(new Date('2026-04-07T08:00:00Z'));
    expect((await t.station.call('status', {})).clockBehindLastRecord).toBe(before.recordedAt);
    const late = await t.station.call('recordScreening', localPersonScreening('乙'), t.staff);
    expect(late).toMatchObject({ recordedAt: before.recordedAt, localDate: before.localDate, clockReading: '2026-04-07T08:00:00.000Z' });
    expect(verifyStoredChain(t.station.core.db)).toBeNull();

    vi.setSystemTime(new Date('2026-04-10T10:00:00Z')); // the clock set right again
    expect((await t.station.call('status', {})).clockBehindLastRecord).toBeUndefined();
    const after = await t.station.call('recordScreening', localPersonScreening('丙'), t.staff);
    expect(after.clockReading).toBeUndefined();
  });

  it('travels in the bundle, which verifies', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    vi.setSystemTime(new Date('2026-04-07T08:00:00Z'));
    await t.station.call('recordScreening', localPersonScreening('乙'), t.staff);
    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    await t.station.call('exportReport', { from: '2026-04-10', format: 'bundle', folder: usb }, t.supervisor);
    const check = await verifyBundle(join(usb, readdirSync(usb)[0]!));
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => e.clockReading)).toEqual([undefined, '2026-04-07T08:00:00.000Z']);
  });

  it('cannot be removed from the record without breaking the chain', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    vi.setSystemTime(new Date('2026-04-07T08:00:00Z'));
    const late = await t.station.call('recordScreening', localPersonScreening('乙'), t.staff);
    await t.stop();
    editDatabaseByHand(t.dbPath, `UPDATE events SET clock_reading = NULL WHERE seq = ${late.seq}`);
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(t.dbPath, { readonly: true });
    expect(verifyStoredChain(db)).toMatchObject({ seq: late.seq, problem: 'hash-mismatch' });
    db.close();
  });
});
