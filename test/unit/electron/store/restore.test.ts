import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../../electron/store/backup.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { chainHead, writeCheckpoint } from '../../../../electron/store/checkpoints.ts';
import { eventById, iterateEvents, screeningCount } from '../../../../electron/store/event-log.ts';
import type { RestoreEvent } from '../../../../shared/domain/event.ts';
import { replacedHeadOf, restoreWithEvent } from '../../../../electron/store/restore.ts';
import { purgeBefore } from '../../../../electron/store/retention.ts';
import { createStation } from '../../../../electron/station/station.ts';
import { runCli } from '../../../support/run-cli.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

const record = async (n: number) => { for (let i = 0; i < n; i++) await t.station.call('recordScreening', localPersonScreening(), t.staff); };
const supervisor = { staffId: 1, name: '王芳' };
const line = (e: RestoreEvent) => ({ action: 'backup.restore', staffId: supervisor.staffId, detail: { restoreSeq: e.seq } });

describe('a restore is a chained event after the head it replaced (attack 5)', () => {
  it('restores into the open database as one step: the backup\'s records, then the restore naming both heads', async () => {
    await record(2);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    const backupHead = chainHead(t.station.core.db);
    await record(3);
    const replaced = chainHead(t.station.core.db);

    const event = await restoreWithEvent(t.dbPath, made.name, { replacedHead: replaced, replacedKeptAs: 'safety.db', keptRecords: null, staff: supervisor }, line);
    expect(screeningCount(t.station.core.db)).toBe(2);
    expect(event).toMatchObject({ seq: 6, kind: 'restore', prevHash: backupHead.hash, staffName: '王芳', shiftId: null });
    expect(event.payload).toEqual({ backup: made.name, backupHead, replacedHead: replaced, replacedKeptAs: 'safety.db', keptRecords: null });
    expect(eventById(t.station.core.db, event.id)).toEqual(event);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
    // Its audit line came with it, in the restored database.
    expect(t.station.core.db.prepare("SELECT staff_id AS staffId, detail FROM audit WHERE action = 'backup.restore'").all()).toEqual([{ staffId: 1, detail: JSON.stringify({ restoreSeq: 6 }) }]);

    // The restore ended every session; numbers 3–5 were used by records a bundle or checkpoint
    // may name, so the next record takes 7.
    await expect(t.station.call('whoAmI', {}, t.staff)).rejects.toMatchObject({ code: 'unauthenticated' });
    const staff = (await t.station.call('signIn', { name: '李明', pin: '1357' })).token;
    expect((await t.station.call('recordScreening', localPersonScreening(), staff)).seq).toBe(7);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });

  it('never falls behind the last head the station signed, even when the database it replaces is gone', async () => {
    await record(1);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    await record(4);
    const signed = writeCheckpoint(t.station.core.db, 'export');
    await t.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(t.dbPath + suffix, { force: true });

    const replacedHead = replacedHeadOf(t.dbPath, null);
    expect(replacedHead).toEqual({ seq: signed.seq, hash: signed.headHash });
    const event = await restoreWithEvent(t.dbPath, made.name, { replacedHead, replacedKeptAs: null, keptRecords: null, staff: supervisor }, line);
    expect(event.seq).toBe(signed.seq + 1);
    const station = createStation({ dbPath: t.dbPath });
    try {
      expect(verifyStoredChain(station.core.db)).toBeNull();
    } finally {
      await station.close();
    }
  });

  it('a restore event whose gap is widened or whose head is changed breaks the chain', async () => {
    await record(1);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    await record(2);
    const event = await restoreWithEvent(t.dbPath, made.name, { replacedHead: chainHead(t.station.core.db), replacedKeptAs: null, keptRecords: null, staff: supervisor }, line);
    await t.stop();
    const db = new BetterSqlite3(t.dbPath);
    try {
      db.exec('DROP TRIGGER events_no_update');
      const widened = { ...event.payload, replacedHead: { ...event.payload.replacedHead, seq: 9 } };
      db.prepare('UPDATE events SET payload = ? WHERE seq = ?').run(JSON.stringify(widened), BigInt(event.seq));
      expect(verifyStoredChain(db)).toMatchObject({ seq: 2, problem: 'missing' });
    } finally {
      db.close();
    }
  });
});

describe('a retention purge after a restore', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('cuts at the numbers the restore left unused and leaves a log that verifies', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T02:00:00Z'));
    const staff = (await t.station.call('signIn', { name: '李明', pin: '1357' })).token;
    for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), staff);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    await t.station.call('recordScreening', localPersonScreening('丙'), staff);
    vi.setSystemTime(new Date('2027-01-20T02:00:00Z'));
    await restoreWithEvent(t.dbPath, made.name, { replacedHead: chainHead(t.station.core.db), replacedKeptAs: null, keptRecords: null, staff: supervisor }, line);
    vi.setSystemTime(new Date('2027-02-25T02:00:00Z'));

    const db = t.station.core.db;
    const done = purgeBefore(db, '2027-01-15', 30, { stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { ...supervisor, shiftId: null } });
    expect(done).toEqual({ purged: 2, purgeSeq: 5 });
    expect([...iterateEvents(db)].map((e) => [e.seq, e.kind])).toEqual([[4, 'restore'], [5, 'purge']]);
    expect(verifyStoredChain(db)).toBeNull();
  });
});

describe('verify --db after a restore', () => {
  it('explains the gap, holds the paper checkpoint of the replaced head, and names a restore that claims another head', async () => {
    await record(1);
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    await record(2);
    const printed = writeCheckpoint(t.station.core.db, 'export'); // on the 日报 handed over before the restore
    await restoreWithEvent(t.dbPath, made.name, { replacedHead: chainHead(t.station.core.db), replacedKeptAs: 'safety.db', keptRecords: 'kept_bundle', staff: supervisor }, line);
    await t.stop();

    const ok = await runCli(['verify', '--db', t.dbPath, '--checkpoint', `${printed.seq}:${printed.headHash}`]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain(`NOTE: restore at seq 4 (`);
    expect(ok.stdout).toContain(`backup ${made.name} (head seq 1) replaced the head at seq 3; records 2-3 left the database, kept in signed bundle restore-kept/kept_bundle and copy safety.db`);
    const other = await runCli(['verify', '--db', t.dbPath, '--checkpoint', `${printed.seq}:${'e'.repeat(64)}`]);
    expect(other).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 4: rewritten: the restore at seq 4 names as replaced a head at seq 3 that is not the one/) });
  });
});

describe('the database still refuses rows that do not extend the chain', () => {
  const insert = (db: BetterSqlite3.Database, fields: { seq: number; kind: string; prevHash: string; payload: string }) =>
    db.prepare(`INSERT INTO events (seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name,
      payload, prev_hash, hash) VALUES (?, ?, 'GX-001', ?, '2026-04-10T02:00:00.000Z', 480, '2026-04-10', 1, '王芳', ?, ?, ?)`)
      .run(BigInt(fields.seq), `00000000-0000-4000-8000-00000000000${fields.seq % 10}`, fields.kind, fields.payload, fields.prevHash, 'f'.repeat(63) + String(fields.seq % 10));

  it('a skipped number is refused unless it is a restore taking the number after the head it names', async () => {
    await record(2);
    const db = t.station.core.db;
    const head = chainHead(db);
    const restore = (replacedSeq: number) => JSON.stringify({ backup: 'x.db', backupHead: head, replacedHead: { seq: replacedSeq, hash: 'a'.repeat(64) }, replacedKeptAs: null, keptRecords: null });
    expect(() => insert(db, { seq: 5, kind: 'screening', prevHash: head.hash, payload: '{}' })).toThrow(/extend the chain/);
    expect(() => insert(db, { seq: 5, kind: 'restore', prevHash: head.hash, payload: restore(7) })).toThrow(/extend the chain/);
    expect(() => insert(db, { seq: 5, kind: 'restore', prevHash: 'b'.repeat(64), payload: restore(4) })).toThrow(/extend the chain/);
    expect(() => insert(db, { seq: 1, kind: 'restore', prevHash: head.hash, payload: restore(0) })).toThrow();
    expect(() => db.prepare("INSERT OR REPLACE INTO events SELECT * FROM events WHERE seq = 2").run()).toThrow(/extend the chain/);
    insert(db, { seq: 5, kind: 'restore', prevHash: head.hash, payload: restore(4) });
    expect(chainHead(db).seq).toBe(5);
  });
});
