import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillReportDay } from '../../../../support/report-day.ts';
import { ReportStore, TEST_STATION } from '../../../../support/report-store.ts';
import { runCli } from '../../../../support/run-cli.ts';
import { Manifest, signedBytes } from '../../../../../electron/export/bundle/manifest.ts';
import { ensureStationKey, groupedFingerprint, keyFingerprint } from '../../../../../electron/export/station-key.ts';
import { openDatabase } from '../../../../../electron/store/database.ts';
import { appendEvent } from '../../../../../electron/store/event-log.ts';

let east: ReportStore;
let west: ReportStore;
const bundles: Record<string, string> = {};

async function exportBundle(store: ReportStore, from: string, to: string): Promise<string> {
  const out = join(store.dir, `usb-${from}-${to}`);
  mkdirSync(out);
  const r = await runCli(['export', '--db', store.dbPath, '--date', from, '--to', to, '--format', 'bundle', '--out', out]);
  expect(r.code).toBe(0);
  return join(out, readdirSync(out)[0]!);
}

/** Every sheet's values, to compare two workbooks cell by cell. */
async function workbookValues(path: string): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return Object.fromEntries(workbook.worksheets.map((w) => [w.name, w.getSheetValues()]));
}

/** The township's pinned stations: east and west, each with the key printed on its 日报. */
const trustFile = () => join(east.dir, 'trusted-stations.json');

async function mergeInto(name: string, ...paths: string[]) {
  const out = join(east.dir, name);
  mkdirSync(out);
  const r = await runCli(['merge', '--out', out, '--trust', trustFile(), ...paths]);
  const files = r.code === 0 ? readdirSync(out).sort() : [];
  return { ...r, out, files, xlsx: join(out, files.find((f) => f.endsWith('.xlsx')) ?? 'none') };
}

beforeAll(async () => {
  east = new ReportStore();
  west = new ReportStore({ ...TEST_STATION, stationName: '西村卡点', stationCode: 'GX-002' });
  fillReportDay(east);
  fillReportDay(west);
  bundles.eastDay = await exportBundle(east, '2026-02-01', '2026-02-01');
  bundles.eastRange = await exportBundle(east, '2026-01-31', '2026-02-02');
  bundles.westDay = await exportBundle(west, '2026-02-01', '2026-02-01');
  for (const store of [east, west]) {
    const r = await runCli(['trust', 'add', store.station.stationCode, groupedFingerprint(ensureStationKey(store.db).fingerprint), '--file', trustFile()]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^trusted: /) });
  }
}, 120_000);
afterAll(() => {
  east.close();
  west.close();
});

describe('station merge', { timeout: 120_000 }, () => {
  it('writes one XLSX and one PDF; the same bundle twice adds nothing', async () => {
    const once = await mergeInto('once', bundles.eastDay!);
    const twice = await mergeInto('twice', bundles.eastDay!, bundles.eastDay!);
    expect(once.code).toBe(0);
    expect(once.files).toEqual(['合并_2026-02-01_日报.pdf', '合并_2026-02-01_日报.xlsx']);
    expect(twice.stdout).toContain('merged 4 records of 1 station(s) from 2 bundle(s)');
    const [a, b] = [await workbookValues(once.xlsx), await workbookValues(twice.xlsx)];
    expect(b).toEqual(a);
    expect((a['人员登记'] as unknown[]).length - 2).toBe(4);
  });

  it('merges overlapping ranges of one station by record id', async () => {
    const r = await mergeInto('overlap', bundles.eastRange!, bundles.eastDay!);
    expect(r.stdout).toContain('merged 7 records of 1 station(s)');
  });

  it('adds stations into a total, with a 卡点 column and a page per station', async () => {
    const r = await mergeInto('two', bundles.eastDay!, bundles.westDay!);
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

  it('refuses a bundle that fails verification and writes nothing', async () => {
    const manifest = join(bundles.westDay!, 'manifest.json');
    const original = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, original.replace('"screenings": 4', '"screenings": 5'));
    const r = await mergeInto('tampered', bundles.eastDay!, bundles.westDay!);
    writeFileSync(manifest, original);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^checkpoint-station merge: bundle .*GX-002_2026-02-01_bundle failed verification: the signature does not match/);
    expect(readdirSync(r.out)).toEqual([]);
  });

  it('refuses a bundle re-signed under another station code: only pinned stations count (attack 4)', async () => {
    const forged = join(east.dir, 'forged-bundle');
    cpSync(bundles.westDay!, forged, { recursive: true });
    const path = join(forged, 'manifest.json');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const { signature: _s, ...body } = Manifest.parse(JSON.parse(readFileSync(path, 'utf8')));
    for (const code of ['GX-009', 'GX-002']) {
      const resigned = { ...body, station: { ...body.station, code }, publicKey: spki.toString('base64'), keyFingerprint: keyFingerprint(spki) };
      writeFileSync(path, JSON.stringify({ ...resigned, signature: sign(null, signedBytes(resigned), privateKey).toString('base64') }, null, 2) + '\n');
      expect((await runCli(['verify', forged])).code).toBe(0);
      const r = await mergeInto(`forged-${code}`, bundles.eastDay!, forged);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(code === 'GX-009'
        ? /station GX-009 \(bundle .*forged-bundle\) is not on the trust list: compare its key fingerprint/
        : /bundle .*forged-bundle claims station GX-002 but is signed by key [0-9a-f]{64}, not by its trusted key/);
      expect(readdirSync(r.out)).toEqual([]);
    }
  });

  it('refuses two histories of one station (same seq, different records), naming both bundles (attack 4)', async () => {
    const copy = join(east.dir, 'copy');
    mkdirSync(copy);
    east.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(east.dbPath, join(copy, 'station.db'));
    const person = (name: string) => ({ kind: 'person' as const, direction: 'in' as const, person: { name, sex: 'male' as const, idNumber: '', phone: '', origin: '', destination: '', reason: '', returnee: false } });
    east.record('2026-02-03', '08:00:00', person('甲'));
    const forked = openDatabase(join(copy, 'station.db'));
    appendEvent(forked, {
      kind: 'screening', payload: { screening: person('乙'), verdict: { decision: 'allow', reasons: [] }, overrideReason: '' },
      stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '李主任', shiftId: 1 }, at: new Date('2026-02-03T08:00:00+08:00'),
    });
    forked.close();
    const genuine = await exportBundle(east, '2026-02-03', '2026-02-03');
    const out = join(copy, 'usb');
    mkdirSync(out);
    expect((await runCli(['export', '--db', join(copy, 'station.db'), '--date', '2026-02-03', '--format', 'bundle', '--out', out])).code).toBe(0);
    const other = join(out, readdirSync(out)[0]!);
    const r = await mergeInto('fork', genuine, other);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`bundles ${genuine} and ${other} of station GX-001 hold different records at seq`);
    expect(r.stderr).toContain('(a forked chain); nothing was merged');
  });
});
