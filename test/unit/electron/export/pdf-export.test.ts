import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineOfEvent, linesFingerprint } from '../../../../electron/export/bundle/event-line.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { bundleEvents } from '../../../../electron/export/range-events.ts';
import { ensureStationKey, groupedFingerprint } from '../../../../electron/export/station-key.ts';
import { fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

/** pdftotext's text of the exported 日报, whitespace collapsed. */
let text = '';
let store: ReportStore;

beforeAll(async () => {
  store = new ReportStore();
  fillReportDay(store);
  const out = join(store.dir, 'out');
  mkdirSync(out);
  const { files } = await exportReport(store.db, { range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: null, name: 'test' } });
  expect(files[0]?.path).toBe(join(out, 'GX-001_2026-02-01_日报.pdf'));
  text = execFileSync('pdftotext', ['-layout', files[0]!.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}, 60_000);
afterAll(() => store.close());

describe('PDF daily report', () => {
  it('names the station and the day, with the summary from the store', () => {
    expect(text).toContain('东村路口卡点 卡点登记日报');
    expect(text).toContain('日期：2026-02-01');
    expect(text).toMatch(/登记总数 4/);
    expect(text).toMatch(/劝返 1/);
    expect(text).toContain('异常情况：2 起');
  });

  it('lists the turn-back and the fever referral, masked', () => {
    expect(text).toContain('劝返登记（1 起）');
    expect(text).toMatch(/23:59:30 出 车辆 桂B11111 货车/);
    expect(text).toContain('发热转诊（1 人）');
    expect(text).toMatch(/王五 男 4401\*+1234 139\*+1111 38\.3/);
    expect(text).not.toContain('440101198805051234');
  });

  it('carries staff on duty, signature lines and both fingerprints', () => {
    expect(text).toContain('值班人员');
    expect(text).toContain('李主任');
    expect(text).toContain('卡点负责人（签字）');
    expect(text).toContain(linesFingerprint([...bundleEvents(store.db, { from: '2026-02-01', to: '2026-02-01' })].map(lineOfEvent)));
    expect(text).toContain(groupedFingerprint(ensureStationKey(store.db).fingerprint));
  });
});

describe('PDF without a browser', () => {
  it('says which browser is missing and writes nothing', async () => {
    const out = join(store.dir, 'no-browser');
    mkdirSync(out);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(store.dir, 'no-such-chromium');
    try {
      const error = await exportReport(store.db, { range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: null, name: 'test' } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'no-browser', message: expect.stringContaining('no Chromium, Chrome or Edge found') });
      expect(readdirSync(out)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
