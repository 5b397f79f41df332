import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineOfEvent, linesFingerprint } from '../../../../electron/export/bundle/event-line.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { bundleEvents } from '../../../../electron/export/range-events.ts';
import { ensureStationKey, groupedFingerprint } from '../../../../electron/export/station-key.ts';
import { stationTimeLabel } from '../../../../shared/report/records.ts';
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
  const { files } = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: null, name: 'test' } });
  expect(files[0]?.path).toBe(join(out, 'GX-001_2026-02-01_日报.pdf'));
  text = execFileSync('pdftotext', ['-layout', files[0]!.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}, 60_000);
afterAll(() => store.close());

describe('PDF daily report', () => {
  it('names the station and the day, with the summary from the store', () => {
    expect(text).toContain('东村路口卡点 卡点登记日报');
    expect(text).toContain('日期：2026-02-01');
    expect(text).toMatch(/登记总数 4/);
    expect(text).toMatch(/劝返人数 1/);
    expect(text).toMatch(/发热转诊 1/);
    expect(text).toContain('异常情况：2 起');
    expect(text).toContain('乡镇：白沙镇 村：东村 卡点编号：GX-001');
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

describe('PDF of a hard day', () => {
  const LONG = 'QR'.repeat(30);
  let pdf = '';
  let hard: ReportStore;
  beforeAll(async () => {
    hard = new ReportStore();
    hard.record('2026-02-01', '08:00:00', { kind: 'person', direction: 'in', person: { name: 'abc\u202Edef', sex: 'male', idNumber: '450203199001011234', phone: '', origin: LONG, destination: '', reason: LONG, returnee: false } }, 'turn-away', ['outside-person']);
    hard.record('2026-02-01', '09:00:00', { kind: 'person', direction: 'in', person: { name: '黄码人', sex: 'female', idNumber: '', phone: '', origin: '', destination: '', reason: '', returnee: false, healthCode: { colour: 'yellow' }, temperature: { celsius: 36.4, source: 'device', offsetCelsius: 0 } } }, 'refer', ['code-referred']);
    const out = join(hard.dir, 'out');
    mkdirSync(out);
    const { files } = await exportReport(hard.db, { reads: hard.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: null, name: 'test' } });
    pdf = files[0]!.path;
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }, 60_000);
  afterAll(() => hard.close());

  it('prints the time it was made on the station clock, not UTC', () => {
    const local = stationTimeLabel(new Date(), 'Asia/Shanghai').slice(0, 13);
    expect(text).toMatch(/生成时间（卡点当地时间）：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\+08:00\)/);
    expect(text).toContain(`生成时间（卡点当地时间）：${local}`);
  });

  it('a yellow-code referral is listed as 健康码转诊, not as fever', () => {
    expect(text).toContain('发热转诊（0 人）');
    expect(text).toContain('健康码转诊（1 人）');
    expect(text).toMatch(/黄码人 女 .*36\.4 黄码/);
  });

  it('shows a right-to-left override as its code point, so a name is never printed reversed', () => {
    // Read in content order (not layout), so the wrapped cell's two lines come together.
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(raw.replace(/\s+/g, '')).toContain('abc[U+202E]def');
    expect(raw).not.toContain('\u202E');
  });

  it('wraps a 60-character unbroken string inside the page: the right margin stays blank', () => {
    const prefix = join(hard.dir, 'page');
    execFileSync('pdftoppm', ['-r', '40', '-gray', pdf, prefix]);
    const pages = readdirSync(hard.dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const { width, height, pixels } = readPgm(readFileSync(join(hard.dir, page)));
      // A4 is 210 mm wide with a 12 mm margin: the outer 10 mm on the right must be white.
      const marginFrom = Math.floor(width * (200 / 210));
      for (let y = 0; y < height; y++) for (let x = marginFrom; x < width; x++) expect(pixels[y * width + x], `${page} x=${x} y=${y}`).toBeGreaterThan(200);
    }
  });
});

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

describe('PDF without a browser', () => {
  it('says which browser is missing and writes nothing', async () => {
    const out = join(store.dir, 'no-browser');
    mkdirSync(out);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(store.dir, 'no-such-chromium');
    try {
      const error = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: null, name: 'test' } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'no-browser', message: expect.stringContaining('no Chromium, Chrome or Edge found') });
      expect(readdirSync(out)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
