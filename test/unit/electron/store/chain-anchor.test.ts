import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { lastCheckpoint, writeCheckpoint } from '../../../../electron/store/checkpoints.ts';
import { eventById, iterateEvents } from '../../../../electron/store/event-log.ts';
import { editDatabaseByHand, rehashByHand } from '../../../support/edit-by-hand.ts';
import { runCli } from '../../../support/run-cli.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

/**
 * Attack 2 of issue 12: someone with the station's database file cuts the log short or
 * rewrites it (recomputing every hash), replaces a row, hides one from search or deletes the
 * corrections. The database refuses what it can; `verify --db` names the rest.
 */
let t: TempStation;
let paper: string;
const fever = () => {
  const input = localPersonScreening('发热者');
  if (input.screening.kind === 'person') input.screening.person.temperature = { celsius: 38.2, source: 'manual' };
  return { ...input, verdict: { decision: 'refer' as const, reasons: [] } };
};

beforeEach(async () => {
  t = await tempStation();
  for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  const referred = await t.station.call('recordScreening', fever(), t.staff);
  expect(referred.decision).toBe('refer');
  for (const name of ['丙', '丁']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  // The referral (seq 3) opens its transfer (seq 4). What a supervisor's export signs and
  // prints on the 日报: the head at seq 6.
  const printed = writeCheckpoint(t.station.core.db, 'export');
  paper = `${printed.seq}:${printed.headHash}`;
  await t.stop();
});
afterEach(async () => { await t.close(); });

const verifyDb = (...extra: string[]) => runCli(['verify', '--db', t.dbPath, ...extra]);
const open = () => new BetterSqlite3(t.dbPath);

describe('the database refuses rows that do not extend the chain', () => {
  it('a truncation through the purge guard is refused, triggers untouched', async () => {
    const db = open();
    expect(() => db.exec('INSERT INTO purge_guard VALUES (1); DELETE FROM events WHERE seq > 3; DELETE FROM purge_guard;')).toThrow(/append-only/);
    db.close();
    expect((await verifyDb()).code).toBe(0);
  });

  it('INSERT OR REPLACE cannot rewrite a row (its hidden delete fires no trigger)', async () => {
    const db = open();
    expect(() => db.exec("INSERT OR REPLACE INTO events SELECT seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name, shift_id, screening_kind, 'allow', direction, search_text, payload, prev_hash, hash, clock_reading FROM events WHERE seq = 3"))
      .toThrow(/extend the chain/);
    expect(() => db.prepare("INSERT INTO events SELECT seq + 10, id || 'x', station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name, shift_id, screening_kind, decision, direction, search_text, payload, prev_hash, hash || 'x', clock_reading FROM events WHERE seq = 5").run())
      .toThrow(/extend the chain/);
    db.close();
  });

  it('a correction cannot be deleted apart from its record: the link is read from the hashed amendment', async () => {
    const again = await tempStation();
    const target = await again.station.call('recordScreening', localPersonScreening('赵一'), again.staff);
    await again.station.call('amendEvent', { targetId: target.id, reason: '姓名写错', payload: { ...localPersonScreening('赵壹'), overrideReason: '' } as never }, again.supervisor);
    expect(() => again.station.core.db.exec('DELETE FROM amendments')).toThrow();
    const { events } = await again.station.call('listEvents', {}, again.staff);
    expect(events[0]!.amendments).toHaveLength(1);
    await again.stop();
    editDatabaseByHand(again.dbPath, "DELETE FROM events WHERE kind = 'amendment'");
    expect(await runCli(['verify', '--db', again.dbPath])).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 2: truncated/) });
    await again.close();
  });
});

describe('verify --db against signed checkpoints', () => {
  it('names a tail cut off with the triggers dropped', async () => {
    editDatabaseByHand(t.dbPath, 'DELETE FROM events WHERE seq > 3');
    const r = await verifyDb();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/BROKEN: seq 4: truncated: the log ends at seq 3, but checkpoint #\d+ \(export, .*\) vouches for a head at seq 6: records 4–6 were removed/);
  });

  it('names a fever referral turned into "allow" with every hash recomputed', async () => {
    editDatabaseByHand(t.dbPath, "UPDATE events SET decision = 'allow', payload = json_set(payload, '$.verdict.decision', 'allow') WHERE seq = 3");
    rehashByHand(t.dbPath, 3);
    const db = open();
    expect([...iterateEvents(db)].map((e) => e.decision)).toEqual(['allow', 'allow', 'allow', null, 'allow', 'allow']);
    db.close();
    const r = await verifyDb();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/BROKEN: seq 1: rewritten: the record at seq 6 is not the one checkpoint #\d+ \(export/);
  });

  it('a copy rewritten with recomputed hashes signs nothing: the CLI export refuses it, naming the break', async () => {
    editDatabaseByHand(t.dbPath, "UPDATE events SET decision = 'allow', payload = json_set(payload, '$.verdict.decision', 'allow') WHERE seq = 3");
    rehashByHand(t.dbPath, 3);
    const out = join(t.dir, 'usb');
    mkdirSync(out);
    const day = (open().prepare('SELECT local_date AS d FROM events WHERE seq = 3').get() as { d: string }).d;
    const r = await runCli(['export', '--db', t.dbPath, '--date', day, '--format', 'bundle', '--out', out]);
    expect(r).toMatchObject({ code: 1, stderr: expect.stringMatching(/the record chain is broken at seq 1 \(rewritten: .*nothing was exported or signed/) });
    expect(readdirSync(out)).toEqual([]);
  });

  it('names a row replaced by INSERT OR REPLACE once the triggers are dropped', async () => {
    editDatabaseByHand(t.dbPath, `DROP TRIGGER events_extend_chain; INSERT OR REPLACE INTO events SELECT seq, id, station_code, kind, recorded_at, utc_offset_min,
      local_date, staff_id, staff_name, shift_id, screening_kind, 'allow', direction, search_text, json_set(payload, '$.verdict.decision', 'allow'), prev_hash, hash, clock_reading
      FROM events WHERE seq = 3`);
    expect(await verifyDb()).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 3: hash-mismatch/) });
  });

  it('names the rewrite against the checkpoint printed on paper when the stored ones are deleted too', async () => {
    // A careful forger keeps the log table in step too, so the copy holds together on its own.
    editDatabaseByHand(t.dbPath, "UPDATE events SET decision = 'allow', payload = json_set(payload, '$.verdict.decision', 'allow') WHERE seq = 3; DELETE FROM checkpoints; UPDATE log_in_force SET decision = 'allow' WHERE seq = 3;");
    rehashByHand(t.dbPath, 3);
    expect((await verifyDb()).code).toBe(0);
    const r = await verifyDb('--checkpoint', paper);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/BROKEN: seq 1: rewritten: the record at seq 6 is not the one the checkpoint given on the command line \(seq 6\) vouches for/);
  });

  it('a rewrite that re-links only its neighbour breaks the next hash (prevHash is under the hash)', async () => {
    editDatabaseByHand(t.dbPath, "UPDATE events SET decision = 'allow', payload = json_set(payload, '$.verdict.decision', 'allow') WHERE seq = 3");
    rehashByHand(t.dbPath, 3, 3);
    expect(await verifyDb()).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 4: hash-mismatch/) });
  });

  it('names a row hidden from search', async () => {
    editDatabaseByHand(t.dbPath, "UPDATE events SET search_text = '' WHERE seq = 3");
    expect(await verifyDb()).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 3: search-text/) });
  });

  it('names a forged checkpoint', async () => {
    editDatabaseByHand(t.dbPath, "UPDATE checkpoints SET seq = 4");
    expect(await verifyDb()).toMatchObject({ code: 1, stdout: expect.stringMatching(/BROKEN: seq 4: bad-checkpoint/) });
  });

  it('passes an intact log and its checkpoint, and a paper checkpoint must be written in full', async () => {
    expect(await verifyDb('--checkpoint', paper)).toMatchObject({ code: 0, stdout: expect.stringMatching(/OK: 6 events, hash chain intact, last signed checkpoint seq 6 .*matches the 1 checkpoint/) });
    expect((await verifyDb('--checkpoint', paper.slice(0, 20))).code).toBe(2);
  });
});
