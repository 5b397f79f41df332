import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, eventById, iterateEvents } from '../../../../electron/store/event-log.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { eventHash, GENESIS_HASH } from '../../../../electron/store/hash-chain.ts';
import { editDatabaseByHand } from '../../../support/edit-by-hand.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

async function recordThree() {
  for (const name of ['甲', '乙', '丙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
}

describe('the event log', () => {
  it('chains each event to the one before, from the genesis hash', async () => {
    await recordThree();
    const events = [...iterateEvents(t.station.core.db)];
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('records who made each record, on which shift, in station time', async () => {
    const event = await t.station.call('recordScreening', localPersonScreening(), t.staff);
    expect(event).toMatchObject({ staffName: '李明', stationCode: 'GX-001', utcOffsetMin: 480, kind: 'screening', decision: 'allow' });
    expect(event.shiftId).toBeGreaterThan(0);
  });

  it('puts every field of an event, its link included, under its hash', async () => {
    const event = await t.station.call('recordScreening', localPersonScreening(), t.staff);
    expect(eventHash(event)).toBe(event.hash);
    for (const field of Object.keys(event).filter((k) => k !== 'hash')) {
      const changed = { ...event, [field]: field === 'payload' ? { ...event.payload, overrideReason: 'x' } : typeof event[field as keyof typeof event] === 'number' ? 99 : 'x' };
      expect(eventHash(changed), field).not.toBe(event.hash);
    }
  });

  it('never dates a record before the one before it: a clock set back is recorded against the later time, and audited (attack 6)', async () => {
    const first = await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    const db = t.station.core.db;
    const { staffId } = await t.station.call('whoAmI', {}, t.staff);
    const late = appendEvent(db, {
      kind: 'screening', payload: { ...localPersonScreening('乙'), overrideReason: '' }, stationCode: 'GX-001', timeZone: 'Asia/Shanghai',
      staff: { staffId, name: '李明', shiftId: null }, at: new Date(Date.parse(first.recordedAt) - 3 * 86_400_000),
    });
    expect(late).toMatchObject({ recordedAt: first.recordedAt, localDate: first.localDate });
    const row = db.prepare("SELECT detail FROM audit WHERE action = 'clock.behind'").get() as { detail: string };
    expect(JSON.parse(row.detail)).toMatchObject({ recordedAs: first.recordedAt, afterSeq: first.seq });
  });

  it('refuses a lone UTF-16 surrogate in the station code, a name or a record before it is hashed: the chain still verifies (attack 11)', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
    await expect(t.station.call('updateSettings', { stationCode: 'GX-\ud800' }, t.supervisor)).rejects.toMatchObject({ code: 'bad-request' });
    await expect(t.station.call('recordScreening', localPersonScreening('a\ud83d'), t.staff)).rejects.toMatchObject({ code: 'bad-request' });
    const { staffId } = await t.station.call('whoAmI', {}, t.staff);
    expect(() => appendEvent(t.station.core.db, {
      kind: 'screening', payload: { ...localPersonScreening('乙'), overrideReason: '' }, stationCode: 'GX-\udfff', timeZone: 'Asia/Shanghai',
      staff: { staffId, name: '李明', shiftId: null },
    })).toThrow(/lone UTF-16 surrogate/);
    expect([...iterateEvents(t.station.core.db)].map((e) => e.stationCode)).toEqual(['GX-001']);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('refuses updates and deletes in the database itself', async () => {
    await recordThree();
    const db = t.station.core.db;
    expect(() => db.prepare("UPDATE events SET staff_name = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events WHERE seq = 2').run()).toThrow(/append-only/);
    expect([...iterateEvents(db)]).toHaveLength(3);
  });

  it.each([
    ['an edited row', `UPDATE events SET payload = replace(payload, '乙', '丁') WHERE seq = 2`, { seq: 2, problem: 'hash-mismatch' }],
    ['an edited filter column (every column is under the hash)', `UPDATE events SET decision = 'refer' WHERE seq = 3`, { seq: 3, problem: 'hash-mismatch' }],
    ['a deleted row', 'DELETE FROM events WHERE seq = 2', { seq: 2, problem: 'missing' }],
  ])('catches %s, naming it', async (_what, sql, expected) => {
    await recordThree();
    await t.stop();
    editDatabaseByHand(t.dbPath, sql);
    const db = new BetterSqlite3(t.dbPath, { readonly: true });
    expect(verifyStoredChain(db)).toMatchObject(expected);
    db.close();
  });
});

describe('amendments', () => {
  it('keep the original and add a correction that names it', async () => {
    const original = await t.station.call('recordScreening', localPersonScreening('张三'), t.staff);
    const corrected = localPersonScreening('张山');
    const amendment = await t.station.call('amendEvent', {
      targetId: original.id, reason: '姓名写错', payload: { ...corrected, overrideReason: '' } as never,
    }, t.supervisor);
    expect(amendment.kind).toBe('amendment');
    const stored = eventById(t.station.core.db, original.id)!;
    expect(stored.hash).toBe(original.hash);
    expect(JSON.stringify(stored.payload)).toContain('张三');
    const listed = await t.station.call('listEvents', { text: '张' }, t.staff);
    expect(listed.events).toHaveLength(1);
    expect(listed.events[0]!.id).toBe(original.id);
    expect(JSON.stringify(listed.events[0]!.amendments[0]!.payload)).toContain('张山');
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('are for supervisors only', async () => {
    const original = await t.station.call('recordScreening', localPersonScreening(), t.staff);
    await expect(t.station.call('amendEvent', {
      targetId: original.id, reason: 'x', payload: { ...localPersonScreening(), overrideReason: '' } as never,
    }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
