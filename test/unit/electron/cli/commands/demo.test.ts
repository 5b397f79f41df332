import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../../../electron/cli/commands/demo.ts';
import { quietIo } from '../../../../support/run-cli.ts';
import { UsageError } from '../../../../../electron/cli/command.ts';
import { openDatabase } from '../../../../../electron/store/database.ts';
import { verifyStoredChain } from '../../../../../electron/store/chain-check.ts';
import { createStation } from '../../../../../electron/station/station.ts';
import { localInstant } from '../../../../../electron/demo/plan.ts';
import { localDateAndOffset } from '../../../../../shared/domain/local-time.ts';

const dir = mkdtempSync(join(tmpdir(), 'demo-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fingerprint(path: string) {
  const db = openDatabase(path, { readonly: true });
  try {
    // Ids and hashes are fresh per run; an amendment names its target by id, so compare without ids.
    const rows = (db.prepare(`SELECT kind, recorded_at, local_date, staff_name, decision, direction, payload FROM events ORDER BY seq`).all() as { kind: string; payload: string }[])
      .map((r) => ({ ...r, payload: r.payload.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>') }));
    const shifts = db.prepare('SELECT COUNT(*) AS n, COUNT(ended_at) AS ended FROM shifts').get() as { n: number; ended: number };
    return { rows, shifts, chain: verifyStoredChain(db) };
  } finally {
    db.close();
  }
}

describe('demo command', () => {
  it('fills an empty database through the store, deterministically for a seed', async () => {
    const args = (db: string) => ['--db', join(dir, db), '--from', '2026-11-01', '--days', '3', '--per-day', '120', '--seed', '9'];
    expect(await run(args('a.db'), quietIo)).toBe(0);
    expect(await run(args('b.db'), quietIo)).toBe(0);
    const a = fingerprint(join(dir, 'a.db'));
    const b = fingerprint(join(dir, 'b.db'));
    expect(a.chain).toBeNull();
    expect(b.rows).toEqual(a.rows);
    expect(a.rows.filter((r) => r.kind === 'screening').length).toBeGreaterThanOrEqual(3 * 102);
    expect(a.rows.some((r) => r.kind === 'amendment')).toBe(true);
    expect(a.shifts.n).toBeGreaterThan(6);
    expect(a.shifts.ended).toBe(a.shifts.n);
  });

  it('adds more days to its own station', async () => {
    const path = join(dir, 'c.db');
    await run(['--db', path, '--from', '2026-11-01', '--days', '1', '--per-day', '20'], quietIo);
    await run(['--db', path, '--from', '2026-11-02', '--days', '1', '--per-day', '20'], quietIo);
    const days = new Set(fingerprint(path).rows.map((r) => (r as unknown as { local_date: string }).local_date));
    expect([...days].sort()).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('plays today only up to now, so a training station is not left with its clock behind its records', async () => {
    const path = join(dir, 'today.db');
    const today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
    const out: string[] = [];
    await run(['--db', path, '--from', today, '--days', '1', '--per-day', '2000'], { ...quietIo, stdout: { write: (s: string) => out.push(s) } });
    const db = openDatabase(path, { readonly: true });
    const last = (db.prepare('SELECT MAX(recorded_at) AS at FROM events').get() as { at: string }).at;
    db.close();
    expect(last <= new Date().toISOString()).toBe(true);
    const station = createStation({ dbPath: path });
    try {
      expect((await station.call('status', {})).clockBehindLastRecord).toBeUndefined();
    } finally {
      await station.close();
    }
    // 2,000 planned over the whole day: unless it is the day's last minutes, some lie ahead and are said to be left out.
    if (new Date().toISOString() < localInstant(today, 23 * 60 + 30, 'Asia/Shanghai').toISOString()) expect(out.join('')).toMatch(/after now .* left out/);
  });

  it.each([
    [['--from', '2026-11-01', '--days', '1', '--per-day', '1'], /--db/],
    [['--db', 'x.db', '--from', '2026-02-30', '--days', '1', '--per-day', '1'], /real date/],
    [['--db', 'x.db', '--from', '2026-11-01', '--days', '0', '--per-day', '1'], /--days/],
    [['--db', 'x.db', '--from', '2026-11-01', '--days', '1'], /--per-day/],
    [['--db', 'x.db', '--from', '2026-11-01', '--days', '1', '--per-day', '1', '--seed', '-1'], /seed|argument/],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(run(args, quietIo)).rejects.toThrow(UsageError);
    await expect(run(args, quietIo)).rejects.toThrow(message);
  });
});
