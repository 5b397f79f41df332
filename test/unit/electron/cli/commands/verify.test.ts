import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editDatabaseByHand } from '../../../../support/edit-by-hand.ts';
import { runCli } from '../../../../support/run-cli.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  for (const name of ['甲', '乙', '丙', '丁']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  await t.stop();
});
afterEach(async () => { await t.close(); });

describe('station verify --db', () => {
  it('exits 0 for an intact store', async () => {
    const r = await runCli(['verify', '--db', t.dbPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/OK: 4 events/);
  });

  it('exits 1 naming the first changed record', async () => {
    editDatabaseByHand(t.dbPath, `UPDATE events SET staff_name = '王五' WHERE seq = 3`);
    const r = await runCli(['verify', '--db', t.dbPath]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/seq 3: hash-mismatch/);
  });

  it('exits 1 naming a removed record', async () => {
    editDatabaseByHand(t.dbPath, 'DELETE FROM events WHERE seq = 2');
    const r = await runCli(['verify', '--db', t.dbPath]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/seq 2: missing/);
  });

  it('gives a one-line usage error, never a stack trace', async () => {
    const r = await runCli(['verify', '--db']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('station --help', () => {
  it('lists every command with its usage', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['serve', 'verify']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('refuses an unknown command with exit 2', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
