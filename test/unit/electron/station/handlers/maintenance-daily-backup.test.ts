import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../../../electron/store/backup.ts';
import { tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await t?.close();
});

const autoBackups = () => listBackups(t!.dbPath).filter((b) => b.reason === 'auto');

describe('the daily automatic backup', () => {
  it('runs a minute after start, then once a day, on the station\'s own timer', async () => {
    // The clock and timers are simulated; the backup itself (SQLite's online backup) is real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'], now: new Date('2026-11-20T01:00:00Z') });
    t = await tempStation();
    expect(autoBackups()).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(autoBackups()).toHaveLength(1));

    await vi.advanceTimersByTimeAsync(12 * 3_600_000);
    expect(autoBackups()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(12 * 3_600_000 + 30 * 60_000); // the next half-hourly look after a full day
    await vi.waitFor(() => expect(autoBackups()).toHaveLength(2));
    expect(autoBackups()[0]!.createdAt.slice(0, 10)).toBe('2026-11-21');
  });
});
