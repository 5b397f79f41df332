import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, eventById, iterateEvents } from '../../../../electron/store/event-log.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { purgeBefore } from '../../../../electron/store/retention.ts';
import { editDatabaseByHand } from '../../../support/edit-by-hand.ts';
import { runCli } from '../../../support/run-cli.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

const DAY = 86_400_000;
let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

/** A screening recorded `daysAgo` days ago, written through the store as the station would have. */
function recordedDaysAgo(daysAgo: number, name: string) {
  const input = localPersonScreening(name);
  return appendEvent(t.station.core.db, {
    kind: 'screening', payload: { ...input, suggested: input.verdict, overrideReason: '' },
    stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 2, name: '李明', shiftId: null },
    at: new Date(Date.now() - daysAgo * DAY),
  });
}

describe('retention purge', () => {
  it('deletes records older than N days, records itself in the chain, and the chain still verifies', async () => {
    for (const [days, name] of [[40, '赵一'], [35, '钱二'], [31, '孙三'], [5, '李四']] as const) recordedDaysAgo(days, name);
    const today = await t.station.call('recordScreening', localPersonScreening('周五'), t.staff);

    const result = await t.station.call('purgeRecords', { olderThanDays: 30 }, t.supervisor);
    expect(result.purged).toBe(3);
    const events = [...iterateEvents(t.station.core.db)];
    expect(events.map((e) => e.seq)).toEqual([4, 5, 6]);
    const purge = events.at(-1)!;
    expect(purge).toMatchObject({ kind: 'purge', seq: result.purgeSeq, staffName: '王芳' });
    expect(purge.payload).toMatchObject({ olderThanDays: 30, purged: 3, chainStart: { seq: 3 } });
    expect(eventById(t.station.core.db, today.id)).not.toBeNull();
    expect(verifyStoredChain(t.station.core.db)).toBeNull();

    await t.stop();
    expect(await runCli(['verify', '--db', t.dbPath])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 3 events/) });
    // The purged names are gone from the file itself, not just unlinked (secure_delete).
    expect(readFileSync(t.dbPath).includes(Buffer.from('赵一'))).toBe(false);
  });

  it('keeps an old record that a kept correction still amends', async () => {
    const old = recordedDaysAgo(60, '吴六');
    recordedDaysAgo(50, '郑七');
    await t.station.call('amendEvent', { targetId: old.id, reason: '姓名写错', payload: { ...localPersonScreening('吴陆'), overrideReason: '' } as never }, t.supervisor);
    const result = await t.station.call('purgeRecords', { olderThanDays: 30 }, t.supervisor);
    expect(result.purged).toBe(0);
    expect(eventById(t.station.core.db, old.id)).not.toBeNull();
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('stays verifiable over successive purges, even when a later one removes an earlier purge', async () => {
    recordedDaysAgo(100, '甲');
    recordedDaysAgo(90, '乙');
    await t.station.call('purgeRecords', { olderThanDays: 95 }, t.supervisor);
    recordedDaysAgo(1, '丙');
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
    // A cut after today's records (as a purge years later would make) takes the first purge too.
    const actor = { stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '王芳', shiftId: null } };
    const second = purgeBefore(t.station.core.db, '2999-01-01', 1, actor);
    expect(second.purged).toBe(3);
    expect([...iterateEvents(t.station.core.db)].map((e) => e.kind)).toEqual(['purge']);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('is detected if the recorded link is edited or rows vanish without a purge', async () => {
    recordedDaysAgo(40, '甲');
    recordedDaysAgo(1, '乙');
    await t.station.call('purgeRecords', { olderThanDays: 30 }, t.supervisor);
    await t.stop();
    editDatabaseByHand(t.dbPath, "UPDATE events SET payload = json_set(payload, '$.chainStart.prevHash', 'f') WHERE kind = 'purge'");
    const db = new BetterSqlite3(t.dbPath, { readonly: true });
    expect(verifyStoredChain(db)).toMatchObject({ seq: 2, problem: 'broken-link' });
    db.close();
    editDatabaseByHand(t.dbPath, "DELETE FROM events WHERE kind = 'purge'");
    const db2 = new BetterSqlite3(t.dbPath, { readonly: true });
    expect(verifyStoredChain(db2)).toMatchObject({ seq: 1, problem: 'missing' });
    db2.close();
  });

  it('is refused to staff, and plain deletes stay refused outside a purge', async () => {
    recordedDaysAgo(40, '甲');
    await expect(t.station.call('purgeRecords', { olderThanDays: 30 }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    expect(() => t.station.core.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    const audit = t.station.core.db.prepare("SELECT COUNT(*) AS n FROM audit WHERE action = 'records.purge'").get() as { n: number };
    expect(audit.n).toBe(0);
  });
});
