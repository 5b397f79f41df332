import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditEntries } from '../../../../../electron/store/audit-log.ts';
import { listBackups } from '../../../../../electron/store/backup.ts';
import { checkDerivedTables } from '../../../../../electron/store/derived-check.ts';
import { editDatabaseByHand } from '../../../../support/edit-by-hand.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

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

  it('holds the log table against the chain: a record someone hid from the log screen is back, and the audit log says what was wrong', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'], now: new Date('2026-11-20T01:00:00Z') });
    t = await tempStation();
    const seqs: number[] = [];
    for (const name of ['甲', '乙', '丙']) seqs.push((await t.station.call('recordScreening', localPersonScreening(name), t.staff)).seq);
    const hidden = seqs[1]!;
    editDatabaseByHand(t.dbPath, `DELETE FROM log_in_force WHERE seq = ${hidden}; UPDATE screening_counts SET screenings = screenings - 1`);
    const shown = async () => (await t!.station.call('listEvents', { limit: 10 }, t!.supervisor)).events.map((e) => e.seq);
    expect(await shown()).not.toContain(hidden);

    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(autoBackups()).toHaveLength(1));
    await vi.waitFor(async () => expect(await shown()).toContain(hidden));
    expect((await t.station.call('status', {})).counts.total).toBe(3);
    expect(checkDerivedTables(t.station.core.db)).toBeNull();
    expect(auditEntries(t.station.core.db).filter((e) => e.action === 'log.rebuilt')).toEqual([
      expect.objectContaining({ staffId: null, detail: { table: 'log_in_force', at: `seq ${hidden}`, detail: expect.stringMatching(/missing from the log table/) } }),
    ]);
  });

  it('leaves untouched log tables as they are, with nothing audited', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'], now: new Date('2026-11-20T01:00:00Z') });
    t = await tempStation();
    await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(autoBackups()).toHaveLength(1));
    expect(auditEntries(t.station.core.db).filter((e) => e.action === 'log.rebuilt')).toEqual([]);
  });
});
