import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../../electron/station/open-station.ts';
import type { Station } from '../../../../electron/station/station.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import BetterSqlite3 from 'better-sqlite3';
import { editDatabaseByHand } from '../../../support/edit-by-hand.ts';
import { localPersonScreening, tempStation } from '../../../support/temp-station.ts';
import { checkedAnswers } from '../../../support/checked-answers.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

/** A station with 2 records in its backup and 3 in its database, closed; its files remain. */
async function stationWithBackup() {
  const t = await tempStation();
  cleanup.push(() => rmSync(t.dir, { recursive: true, force: true }));
  for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  const backup = await t.station.call('backupNow', {}, t.supervisor);
  await t.station.call('recordScreening', localPersonScreening('丙'), t.staff);
  await t.stop();
  return { ...t, backup: backup.name };
}

async function open(dbPath: string): Promise<Station> {
  const station = await openStation({ dbPath });
  cleanup.unshift(() => station.close());
  return checkedAnswers(station); // in recovery too, answers are held to the contract
}

/** Overwrites bytes inside the file, as a failing disk or a half-written sector would. */
function scribble(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

describe('start-up integrity check and recovery', () => {
  it('opens a healthy database normally: status has no recovery', async () => {
    const t = await stationWithBackup();
    const station = await open(t.dbPath);
    const status = await station.call('status', {});
    expect(status.recovery).toBeUndefined();
    expect(status.counts.total).toBe(3);
  });

  it('starts in recovery on a damaged file, refuses to record, and offers the last good backup', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 4096, statSync(t.dbPath).size - 4096);
    const station = await open(t.dbPath);
    const status = await station.call('status', {});
    expect(status.recovery).toMatchObject({ problem: 'damaged', backups: [{ name: t.backup }] });
    await expect(station.call('signIn', { name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'storage', message: /needs recovery/ });
    await expect(station.call('recordScreening', localPersonScreening(), 'token')).rejects.toMatchObject({ code: 'storage' });
  });

  it('says so when the file is not a database at all', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 0, 100);
    const status = await (await open(t.dbPath)).call('status', {});
    expect(status.recovery?.problem).toBe('damaged');
    expect(status.recovery?.detail).toMatch(/SQLITE_NOTADB/);
  });

  it('never starts a silent new database where one went missing while backups exist', async () => {
    const t = await stationWithBackup();
    rmSync(t.dbPath);
    const status = await (await open(t.dbPath)).call('status', {});
    expect(status.recovery).toMatchObject({ problem: 'missing', backups: [{ name: t.backup }] });
    expect(existsSync(t.dbPath)).toBe(false);
  });

  it('starts even when its log folder cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'logs'), 'a file where the log folder should be');
    const status = await (await open(join(dir, 'station.db'))).call('status', {});
    expect(status).toMatchObject({ setUp: false });
    expect(status.recovery).toBeUndefined();
  });

  it('reports a database it cannot open as unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'station.db')); // a folder where the file should be
    const status = await (await open(join(dir, 'station.db'))).call('status', {});
    expect(status.recovery).toMatchObject({ problem: 'unreadable', backups: [] });
  });

  it('recovers only for a supervisor of that backup, keeps the damaged file, and runs normally after', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 4096, statSync(t.dbPath).size - 4096);
    const station = await open(t.dbPath);
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '9999' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '李明', pin: '1357' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(station.call('recoverFromBackup', { backup: '../station.db', name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'bad-request' });

    const done = await station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' });
    expect(done.restoredFrom).toBe(t.backup);
    expect(readdirSync(t.dir).filter((f) => f.startsWith('station.db.damaged-'))).toHaveLength(1);

    const status = await station.call('status', {});
    expect(status.recovery).toBeUndefined();
    expect(status.counts.total).toBe(2);
    expect(verifyStoredChain(station.core.db)).toBeNull();
    const staff = (await station.call('signIn', { name: '李明', pin: '1357' })).token;
    // The damaged file's last signed head was seq 3 (丙, at shutdown): the recovery is an event
    // after it, so no number a checkpoint or bundle used comes back.
    const restore = station.core.db.prepare("SELECT seq, payload FROM events WHERE kind = 'restore'").get() as { seq: number; payload: string };
    expect(restore.seq).toBe(4);
    expect(JSON.parse(restore.payload)).toMatchObject({ backup: t.backup, backupHead: { seq: 2 }, replacedHead: { seq: 3 }, replacedKeptAs: expect.stringMatching(/^station\.db\.damaged-/) });
    const line = station.core.db.prepare("SELECT detail FROM audit WHERE action = 'backup.recover'").all() as { detail: string }[];
    expect(line.map((l) => JSON.parse(l.detail))).toEqual([{ backup: t.backup, damagedFileKeptAs: done.damagedFileKeptAs, restoreSeq: 4 }]);
    expect((await station.call('recordScreening', localPersonScreening('丁'), staff)).seq).toBe(5);
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it.each([
    ['a tail cut off', 'DELETE FROM events WHERE seq = 3', /seq 3 \(truncated\)/],
    ['a record edited after the last checkpoint', "UPDATE events SET staff_name = '王五' WHERE seq = 3", /seq 3 \(hash-mismatch\)/],
  ])('starts in recovery on %s, records and signs nothing (attack 10)', async (_what, sql, named) => {
    const t = await stationWithBackup();
    editDatabaseByHand(t.dbPath, sql);
    const checkpoints = () => {
      const db = new BetterSqlite3(t.dbPath, { readonly: true });
      try { return (db.prepare('SELECT COUNT(*) AS n FROM checkpoints').get() as { n: number }).n; } finally { db.close(); }
    };
    const before = checkpoints();
    const station = await openStation({ dbPath: t.dbPath });
    const status = await station.call('status', {});
    expect(status.recovery).toMatchObject({ problem: 'chain-broken', detail: expect.stringMatching(named), backups: [{ name: t.backup }] });
    await expect(station.call('signIn', { name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'storage' });
    await expect(station.call('exportReport', { from: '2026-01-01', format: 'bundle' }, 'token')).rejects.toMatchObject({ code: 'storage' });
    await station.close();
    expect(checkpoints()).toBe(before);
  });

  it('locks recovery after five wrong PINs', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 0, 100);
    const station = await open(t.dbPath);
    for (let i = 0; i < 5; i++) {
      await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '0000' })).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'locked' });
  });

  it('keeps the recovery lock when the station is restarted (no fresh PIN attempts by pulling the plug)', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 0, 100);
    const first = await openStation({ dbPath: t.dbPath });
    for (let i = 0; i < 5; i++) {
      await expect(first.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '0000' })).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await first.close();
    const restarted = await open(t.dbPath);
    await expect(restarted.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'locked' });
  });

  it('counts a lock file it cannot read as attempts used up', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 0, 100);
    writeFileSync(`${t.dbPath}.recovery-lock`, 'not json');
    const station = await open(t.dbPath);
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '0000' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' })).rejects.toMatchObject({ code: 'locked' });
  });

  it('forgets the wrong PINs once recovered', async () => {
    const t = await stationWithBackup();
    scribble(t.dbPath, 0, 100);
    const station = await open(t.dbPath);
    await expect(station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '0000' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(existsSync(`${t.dbPath}.recovery-lock`)).toBe(true);
    await station.call('recoverFromBackup', { backup: t.backup, name: '王芳', pin: '246813' });
    expect(existsSync(`${t.dbPath}.recovery-lock`)).toBe(false);
  });
});

describe('one station per database', () => {
  it('refuses a second station on the same file with a clear error, and opens it again once the first closed', async () => {
    const t = await stationWithBackup();
    const first = await openStation({ dbPath: t.dbPath });
    await expect(openStation({ dbPath: t.dbPath })).rejects.toMatchObject({
      code: 'database-in-use', message: expect.stringMatching(/another station \(process \d+\) already has this database open/),
    });
    expect((await first.call('status', {})).counts.total).toBe(3); // the refusal left the first alone
    await first.close();
    const again = await open(t.dbPath);
    expect((await again.call('status', {})).counts.total).toBe(3);
  });

  it('takes over a lock left by a process that no longer runs, and one left unreadable', async () => {
    const t = await stationWithBackup();
    writeFileSync(`${t.dbPath}.lock`, '2147483646\n'); // no such process
    await (await openStation({ dbPath: t.dbPath })).close();
    writeFileSync(`${t.dbPath}.lock`, '');
    const station = await open(t.dbPath);
    expect((await station.call('status', {})).recovery).toBeUndefined();
  });
});
