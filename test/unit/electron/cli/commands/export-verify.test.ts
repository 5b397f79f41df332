import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStationKey } from '../../../../../electron/export/station-key.ts';
import { fillReportDay } from '../../../../support/report-day.ts';
import { ReportStore } from '../../../../support/report-store.ts';
import { runCli } from '../../../../support/run-cli.ts';

let store: ReportStore;
let out: string;
beforeAll(async () => {
  store = new ReportStore();
  fillReportDay(store);
  out = join(store.dir, 'usb');
  mkdirSync(out);
});
afterAll(() => store.close());

const exportCli = (...args: string[]) => runCli(['export', '--db', store.dbPath, '--date', '2026-02-01', '--out', out, ...args]);

describe('station export and verify', { timeout: 120_000 }, () => {
  it('writes each format and prints where the files went with their hashes', async () => {
    for (const format of ['csv', 'xlsx', 'bundle']) {
      const r = await exportCli('--format', format);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`${format}: \\d file\\(s\\)`));
    }
    expect(readdirSync(out)).toContain('GX-001_2026-02-01_日报.xlsx');
    expect(readdirSync(join(out, 'GX-001_2026-02-01_bundle')).sort()).toEqual(['events.ndjson', 'manifest.json']);
  });

  it('masks by default and writes full numbers with --full-id', async () => {
    await exportCli('--format', 'csv');
    expect(readFileSync(join(out, 'GX-001_2026-02-01_人员登记.csv'), 'utf8')).not.toContain('450203199001011234');
    const r = await exportCli('--format', 'csv', '--full-id');
    expect(r.stdout).toContain('FULL ID numbers');
    expect(readFileSync(join(out, 'GX-001_2026-02-01_人员登记.csv'), 'utf8')).toContain('450203199001011234');
  });

  it('verify BUNDLE exits 0 and prints the key fingerprint; --key checks it', async () => {
    await exportCli('--format', 'bundle');
    const bundle = join(out, 'GX-001_2026-02-01_bundle');
    const r = await runCli(['verify', bundle]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: bundle intact: 东村路口卡点 \(GX-001\), 2026-02-01, 4 records/);
    const fingerprint = ensureStationKey(store.db).fingerprint;
    expect(r.stdout.replace(/ /g, '')).toContain(fingerprint.toUpperCase());
    expect((await runCli(['verify', bundle, '--key', fingerprint])).code).toBe(0);
    const wrong = await runCli(['verify', bundle, '--key', 'f'.repeat(64)]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^BROKEN: signed by key/);
  });

  it('verify BUNDLE exits 1 naming the first problem', async () => {
    await exportCli('--format', 'bundle');
    const bundle = join(out, 'GX-001_2026-02-01_bundle');
    const events = join(bundle, 'events.ndjson');
    const lines = readFileSync(events, 'utf8').split('\n');
    writeFileSync(events, [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n'));
    const r = await runCli(['verify', bundle]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toMatch(/^BROKEN: events.ndjson line 2: record seq 3 expected here/);
  });

  it('verify keeps checking a store with --db', async () => {
    const r = await runCli(['verify', '--db', store.dbPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/hash chain intact/);
  });

  it.each([
    [['export', '--date', '2026-02-01', '--format', 'docx', '--out', '/tmp'], '--format must be one of csv, xlsx, pdf, bundle'],
    [['export', '--date', '2026-02-01', '--format', 'csv'], '--out'],
    [['verify'], 'either --db PATH or one bundle folder'],
    [['verify', '/nonexistent/bundle'], 'no bundle folder'],
    [['merge', '/tmp'], '--out'],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await runCli(args.includes('--db') || args[0] !== 'export' ? args : [...args, '--db', store.dbPath]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('a vanished output folder is a one-line error, exit 1', async () => {
    const r = await runCli(['export', '--db', store.dbPath, '--date', '2026-02-01', '--format', 'xlsx', '--out', join(store.dir, 'pulled')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`checkpoint-station export: the folder ${join(store.dir, 'pulled')} is not there (USB stick removed?): nothing was written`);
  });
});
