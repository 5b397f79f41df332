import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemporaries, writeAtomically } from '../../../../electron/export/atomic-write.ts';
import { ExportError } from '../../../../electron/export/export-error.ts';
import type { ExportFormat } from '../../../../shared/api/report.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

const isRoot = process.getuid?.() === 0;
let store: ReportStore;
let usb: string;

/** Every file below `dir` with its bytes, to compare a folder before and after. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

const exportTo = (outDir: string, format: ExportFormat, from = '2026-02-01') =>
  exportReport(store.db, { reads: store.reads, range: { from, to: from }, format, outDir, fullId: false, by: { staffId: null, name: 'test' } });

beforeAll(() => {
  store = new ReportStore();
  fillReportDay(store);
  usb = mkdtempSync(join(tmpdir(), 'usb-'));
  // A 64 KiB RAM disk stands in for a nearly full USB stick.
  if (isRoot) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', usb]);
});
afterAll(() => {
  if (isRoot) execFileSync('umount', [usb]);
  rmSync(usb, { recursive: true, force: true });
  store.close();
});

describe('atomic export', () => {
  it.runIf(isRoot).each(['csv', 'xlsx', 'bundle'] as const)('a full disk leaves no partial %s file, keeps earlier exports and says so', async (format) => {
    const earlier = await exportTo(usb, format);
    const before = snapshot(usb);
    // Fill the stick to a few hundred bytes of free space.
    const filler = join(usb, 'filler.bin');
    try { writeFileSync(filler, Buffer.alloc(64 * 1024)); } catch { /* full: that was the point */ }
    const error = await exportTo(usb, format, '2026-01-31').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect(error).toMatchObject({ code: 'disk-full', message: expect.stringContaining('no space left') });
    rmSync(filler);
    const after = snapshot(usb);
    expect(after).toEqual(before);
    expect([...after.keys()].some((f) => f.includes('.tmp'))).toBe(false);
    expect(earlier.files.length).toBeGreaterThan(0);
    for (const entry of readdirSync(usb)) rmSync(join(usb, entry), { recursive: true, force: true });
  });

  it('a folder that is not there gives a clear error and creates nothing', async () => {
    const gone = join(tmpdir(), `pulled-stick-${process.pid}`);
    const error = await exportTo(gone, 'xlsx').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'folder-missing', message: `the folder ${gone} is not there (USB stick removed?): nothing was written` });
    expect(() => readdirSync(gone)).toThrow();
  });

  it('a folder that vanishes mid-write gives a clear error and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanishing-'));
    const error = await writeAtomically(dir, ['a.csv', 'b.csv'], async (name, temp) => {
      await writeFile(temp, 'x');
      if (name === 'b.csv') rmSync(dir, { recursive: true });
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'folder-missing' });
    expect(() => readdirSync(dir)).toThrow();
  });

  it('writes nothing under the final names until every file is complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const seen: string[][] = [];
    const error = await writeAtomically(dir, ['a.csv', 'b.csv'], async (name, temp) => {
      seen.push(readdirSync(dir).filter((f) => !f.endsWith('.tmp')));
      if (name === 'b.csv') throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      await writeFile(temp, 'x');
    }).catch((e: unknown) => e);
    expect(seen).toEqual([[], []]);
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('nothing was written') });
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it("tidies what a writer that died mid-write left of one export's files, and nothing else", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'usb-'));
    try {
      writeFileSync(join(dir, '.GX-001_2026-02-01_日报.xlsx.0a1b2c3d.tmp'), 'half a workbook');
      mkdirSync(join(dir, '.GX-001_2026-02-01_bundle.4e5f6a7b.tmp'));
      writeFileSync(join(dir, '.GX-001_2026-02-01_bundle.4e5f6a7b.tmp', 'events.ndjson'), 'half a bundle');
      writeFileSync(join(dir, 'GX-001_2026-02-01_日报.pdf'), 'an earlier export');
      writeFileSync(join(dir, '.GX-001_2026-02-02_日报.xlsx.9f8e7d6c.tmp'), "another day's export, still being written");
      await removeTemporaries(dir, 'GX-001_2026-02-01_');
      expect(readdirSync(dir).sort()).toEqual(['.GX-001_2026-02-02_日报.xlsx.9f8e7d6c.tmp', 'GX-001_2026-02-01_日报.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
