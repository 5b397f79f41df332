import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../electron/export/csv-export.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { auditEntries } from '../../../../electron/store/audit-log.ts';
import { INJECTION, fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+86', "'+86"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', '\rx'],
    ['张三', '张三'], ['a=b', 'a=b'], ['', ''], ["'already", "'already"],
    ['a\n=1+1', "a\n'=1+1"], ['a\r\n+1\r-2', "a\r\n'+1\r'-2"], ['\r=x', "\r'=x"], ['a\nb', 'a\nb'],
  ])('%j -> %j', (input, output) => expect(neutraliseFormula(input)).toBe(output));
});

describe('CSV export', () => {
  let store: ReportStore;
  beforeEach(() => {
    store = new ReportStore();
    fillReportDay(store);
  });
  afterEach(() => store.close());

  const read = (file: string) => readFileSync(join(store.dir, 'out', file));

  it('writes one BOM-prefixed UTF-8 file per sheet, read back equal to the store', async () => {
    const out = join(store.dir, 'out');
    mkdirSync(out);
    const result = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'csv', outDir: out, fullId: false, by: { staffId: null, name: 'test' } });
    expect(readdirSync(out).sort()).toEqual(['汇总', '人员登记', '车辆登记', '劝返登记', '发热转诊', '健康码转诊'].map((t) => `GX-001_2026-02-01_${t}.csv`).sort());
    expect(result.masked).toBe(true);

    const persons = read('GX-001_2026-02-01_人员登记.csv');
    expect([...persons.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(persons, { bom: true, columns: true }) as Record<string, string>[];
    // The day's people, the corrected name in force, neighbours of midnight left out.
    expect(rows.map((r) => r['姓名'])).toEqual(['张叁', "'" + INJECTION.name, '王五', '赵六']);
    expect(rows[0]).toMatchObject({ 时间: '2026-02-01 08:00:00', 身份证号: '4502**********1234', 电话: '138****5678', 更正: '已更正', 返乡: '是' });
    expect(rows[1]).toMatchObject({ 来自: "'" + INJECTION.origin, 事由: "'" + INJECTION.reason, 前往: "'" + INJECTION.destination, 电话: '138****0000' });

    const summary = new Map((parse(read('GX-001_2026-02-01_汇总.csv'), { bom: true, from_line: 2 }) as string[][]).map(([k, v]) => [k, v]));
    expect(summary.get('登记总数')).toBe('4');
    expect(summary.get('劝返人数')).toBe('1');
    expect(summary.get('乡镇')).toBe('白沙镇');
    expect(summary.get('发热转诊')).toBe('1');
    const turnBacks = parse(read('GX-001_2026-02-01_劝返登记.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(turnBacks).toEqual([expect.objectContaining({ 时间: '2026-02-01 23:59:30', 车牌: '桂B11111', 车型: '货车', 劝返原因: '外地车辆禁止通行' })]);
  });

  it('records the export in the audit log with each file hash', async () => {
    const out = join(store.dir, 'out');
    mkdirSync(out);
    const result = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'csv', outDir: out, fullId: true, by: { staffId: 1, name: '李主任' } });
    const [entry] = auditEntries(store.db, 1);
    expect(entry).toMatchObject({ action: 'report.export', staffId: 1, detail: { format: 'csv', masked: false, from: '2026-02-01', to: '2026-02-01' } });
    const files = entry!.detail.files as { path: string; sha256: string }[];
    expect(files).toHaveLength(6);
    for (const f of files) expect(f.sha256).toBe(createHash('sha256').update(readFileSync(f.path)).digest('hex'));
    expect(result.files.map((f) => f.sha256).sort()).toEqual(files.map((f) => f.sha256).sort());
    const rows = parse(read('GX-001_2026-02-01_人员登记.csv'), { bom: true, columns: true }) as Record<string, string>[];
    // Digit strings go out as ="…", which spreadsheets show as the text, every digit kept.
    expect(rows[0]).toMatchObject({ 身份证号: '="450203199001011234"', 电话: '="13812345678"' });
  });
});
