import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../electron/store/backup.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { chainHead } from '../../../../electron/store/checkpoints.ts';
import { checkDerivedTables, rebuildDerivedTables } from '../../../../electron/store/derived-check.ts';
import { restoreWithEvent } from '../../../../electron/store/restore.ts';
import { purgeBefore } from '../../../../electron/store/retention.ts';
import { editDatabaseByHand } from '../../../support/edit-by-hand.ts';
import { runCli } from '../../../support/run-cli.ts';
import { feverReferral, localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

const record = async (name: string) => (await t.station.call('recordScreening', localPersonScreening(name), t.staff)).seq;

/** 甲 let in, then corrected to a fever referral by the supervisor: the log shows the correction's values. */
async function correctedToReferral(): Promise<number> {
  const seq = await record('甲');
  const target = (await t.station.call('listEvents', { limit: 10 }, t.supervisor)).events.find((e) => e.seq === seq)!;
  const fever = feverReferral('甲');
  await t.station.call('amendEvent', { targetId: target.id, payload: { screening: fever.screening, verdict: fever.verdict, overrideReason: '' }, reason: '体温录错' }, t.supervisor);
  return seq;
}

const bothTables = (db: BetterSqlite3.Database) => ({
  log: db.prepare('SELECT * FROM log_in_force ORDER BY seq').all(),
  counts: db.prepare('SELECT * FROM screening_counts WHERE screenings > 0 ORDER BY local_date').all(),
});

/** Edits the stopped station's file by hand, then asks `verify --db`. */
async function editThenVerify(sql: string) {
  await t.stop();
  editDatabaseByHand(t.dbPath, sql);
  const db = new BetterSqlite3(t.dbPath, { readonly: true });
  try {
    expect(verifyStoredChain(db)).toBeNull(); // the chain alone stays green: the edit is outside the hash
  } finally {
    db.close();
  }
  return runCli(['verify', '--db', t.dbPath]);
}

describe('the log table and day counters under the evidence (someone with the file)', () => {
  it('a record hidden from the log screen by deleting its log row fails verify, naming it', async () => {
    await record('乙');
    const hidden = await record('丙');
    const r = await editThenVerify(`DELETE FROM log_in_force WHERE seq = ${hidden}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`BROKEN: log_in_force: seq ${hidden}: the screening is missing from the log table`));
  });

  it('a log row moved to another decision (out of the referred filter) fails verify, naming the column', async () => {
    const seq = await record('乙');
    const r = await editThenVerify(`UPDATE log_in_force SET decision = 'turn-away' WHERE seq = ${seq}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`log_in_force: seq ${seq}: the log table's row differs from the record in force in the chain \\(decision\\)`));
  });

  it('a correction undone in the log table (the original shown again) fails verify', async () => {
    const seq = await correctedToReferral();
    const r = await editThenVerify(`UPDATE log_in_force SET in_force_seq = seq, decision = 'allow' WHERE seq = ${seq}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`log_in_force: seq ${seq}: the log table's row differs from the record in force in the chain \\(in_force_seq\\)`));
  });

  it('a log row that takes another record\'s values (甲 found only by searching for 乙) fails verify', async () => {
    const seq = await record('甲');
    const other = await record('乙');
    const r = await editThenVerify(`UPDATE log_in_force SET (in_force_seq, search_text) = (SELECT seq, search_text FROM events WHERE seq = ${other}) WHERE seq = ${seq}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`log_in_force: seq ${seq}: the log table's row differs from the record in force in the chain \\(in_force_seq\\)`));
  });

  it('a log row no record stands behind fails verify', async () => {
    const seq = await record('乙');
    const r = await editThenVerify(`INSERT INTO log_in_force (seq, id, local_date, in_force_seq, screening_kind, decision, direction, search_text)
      SELECT 999, 'forged', local_date, 999, screening_kind, decision, direction, search_text FROM log_in_force WHERE seq = ${seq}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/log_in_force: seq 999: the log table shows a record the chain does not hold/);
  });

  it('a day counter lowered (the status line undercounts) fails verify, naming the day', async () => {
    await record('乙');
    await record('丙');
    const day = (t.station.core.db.prepare('SELECT local_date FROM screening_counts').get() as { local_date: string }).local_date;
    const r = await editThenVerify(`UPDATE screening_counts SET screenings = 1`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`BROKEN: screening_counts: ${day}: the day's counter says 1 screenings, the chain holds 2`);
  });

  it('an untouched station passes after corrections, a purge of everything and new records', async () => {
    await correctedToReferral();
    await record('乙');
    purgeBefore(t.station.core.db, '2999-01-01', 1, { stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '王芳', shiftId: null } }); // leaves days counted 0
    await record('丙');
    await correctedToReferral();
    expect(checkDerivedTables(t.station.core.db)).toBeNull();
    await t.stop();
    const r = await runCli(['verify', '--db', t.dbPath]);
    expect(r.stdout).toMatch(/^OK: .*; the log table and day counters match it$/m);
  });

  it('an untouched station passes after a restore from a backup', async () => {
    await correctedToReferral();
    const made = await createBackup(t.station.core.db, t.dbPath, 'manual', 7);
    await record('乙');
    await restoreWithEvent(t.dbPath, made.name, { replacedHead: chainHead(t.station.core.db), replacedKeptAs: null, keptRecords: null, staff: { staffId: 1, name: '王芳' } },
      (e) => ({ action: 'backup.restore', staffId: 1, detail: { restoreSeq: e.seq } }));
    expect(checkDerivedTables(t.station.core.db)).toBeNull();
  });

  it('rebuilding from the chain gives back exactly the tables the triggers kept', async () => {
    await correctedToReferral();
    await record('乙');
    await record('丙');
    const db = t.station.core.db;
    const kept = bothTables(db);
    db.prepare('DELETE FROM log_in_force WHERE seq = (SELECT MIN(seq) FROM log_in_force)').run();
    db.prepare('UPDATE screening_counts SET screenings = 7').run();
    expect(checkDerivedTables(db)).not.toBeNull();
    rebuildDerivedTables(db);
    expect(bothTables(db)).toEqual(kept);
    expect(checkDerivedTables(db)).toBeNull();
  });
});
