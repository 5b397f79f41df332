import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillReportDay } from '../../../../support/report-day.ts';
import { ReportStore, TEST_STATION } from '../../../../support/report-store.ts';
import { runCli } from '../../../../support/run-cli.ts';

let east: ReportStore;
let west: ReportStore;
const bundles: Record<string, string> = {};

function exportBundle(store: ReportStore, from: string, to: string): string {
  const out = join(store.dir, `usb-${from}-${to}`);
  mkdirSync(out);
  const r = runCli(['export', '--db', store.dbPath, '--date', from, '--to', to, '--format', 'bundle', '--out', out]);
  expect(r.code).toBe(0);
  return join(out, readdirSync(out)[0]!);
}

/** Every sheet's values, to compare two workbooks cell by cell. */
async function workbookValues(path: string): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return Object.fromEntries(workbook.worksheets.map((w) => [w.name, w.getSheetValues()]));
}

function mergeInto(name: string, ...paths: string[]) {
  const out = join(east.dir, name);
  mkdirSync(out);
  const r = runCli(['merge', '--out', out, ...paths], { timeout: 90_000 });
  const files = r.code === 0 ? readdirSync(out).sort() : [];
  return { ...r, out, files, xlsx: join(out, files.find((f) => f.endsWith('.xlsx')) ?? 'none') };
}

beforeAll(() => {
  east = new ReportStore();
  west = new ReportStore({ ...TEST_STATION, stationName: '西村卡点', stationCode: 'GX-002' });
  fillReportDay(east);
  fillReportDay(west);
  bundles.eastDay = exportBundle(east, '2026-02-01', '2026-02-01');
  bundles.eastRange = exportBundle(east, '2026-01-31', '2026-02-02');
  bundles.westDay = exportBundle(west, '2026-02-01', '2026-02-01');
}, 120_000);
afterAll(() => {
  east.close();
  west.close();
});

describe('station merge', { timeout: 120_000 }, () => {
  it('writes one XLSX and one PDF; the same bundle twice adds nothing', async () => {
    const once = mergeInto('once', bundles.eastDay!);
    const twice = mergeInto('twice', bundles.eastDay!, bundles.eastDay!);
    expect(once.code).toBe(0);
    expect(once.files).toEqual(['合并_2026-02-01_日报.pdf', '合并_2026-02-01_日报.xlsx']);
    expect(twice.stdout).toContain('merged 4 records of 1 station(s) from 2 bundle(s)');
    const [a, b] = [await workbookValues(once.xlsx), await workbookValues(twice.xlsx)];
    expect(b).toEqual(a);
    expect((a['人员登记'] as unknown[]).length - 2).toBe(4);
  });

  it('merges overlapping ranges of one station by record id', () => {
    const r = mergeInto('overlap', bundles.eastRange!, bundles.eastDay!);
    expect(r.stdout).toContain('merged 7 records of 1 station(s)');
  });

  it('adds stations into a total, with a 卡点 column and a page per station', async () => {
    const r = mergeInto('two', bundles.eastDay!, bundles.westDay!);
    expect(r.code).toBe(0);
    const values = await workbookValues(r.xlsx);
    const summary = new Map((values['汇总'] as unknown[][]).slice(1).map((row) => [row[1], row.slice(2)]));
    expect(summary.get('登记总数')).toEqual([8, 4, 4]);
    expect((values['汇总'] as unknown[][])[1]).toEqual([undefined, '项目', '合计', '东村路口卡点', '西村卡点']);
    const persons = (values['人员登记'] as unknown[][]).slice(2).map((row) => row[1]);
    expect(persons).toEqual(['东村路口卡点', '东村路口卡点', '东村路口卡点', '东村路口卡点', '西村卡点', '西村卡点', '西村卡点', '西村卡点']);
    const pdf = r.files.find((f) => f.endsWith('.pdf'))!;
    const text = execFileSync('pdftotext', [join(r.out, pdf), '-'], { encoding: 'utf8' });
    expect(text).toContain('合计（2 个卡点） 卡点登记日报');
    expect(text).toContain('东村路口卡点 卡点登记日报');
    expect(text).toContain('西村卡点 卡点登记日报');
  });

  it('refuses a bundle that fails verification and writes nothing', () => {
    const manifest = join(bundles.westDay!, 'manifest.json');
    const original = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, original.replace('"screenings": 4', '"screenings": 5'));
    const r = mergeInto('tampered', bundles.eastDay!, bundles.westDay!);
    writeFileSync(manifest, original);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^checkpoint-station merge: bundle .*GX-002_2026-02-01_bundle failed verification: the signature does not match/);
    expect(readdirSync(r.out)).toEqual([]);
  });
});
