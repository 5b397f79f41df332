import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { INJECTION, fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

describe('XLSX export', () => {
  let store: ReportStore;
  let out: string;
  beforeEach(() => {
    store = new ReportStore();
    fillReportDay(store);
    out = join(store.dir, 'out');
    mkdirSync(out);
  });
  afterEach(() => store.close());

  async function exported(fullId: boolean): Promise<ExcelJS.Workbook> {
    const { files } = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'xlsx', outDir: out, fullId, by: { staffId: null, name: 'test' } });
    expect(files.map((f) => f.path)).toEqual([join(out, 'GX-001_2026-02-01_日报.xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files[0]!.path);
    return workbook;
  }

  it('has the six Chinese sheets with frozen bold headers and widths', async () => {
    const workbook = await exported(false);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '人员登记', '车辆登记', '劝返登记', '发热转诊', '健康码转诊']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    }
    const persons = workbook.getWorksheet('人员登记')!;
    expect(persons.getRow(1).values).toEqual(expect.arrayContaining(['时间', '方向', '姓名', '身份证号', '电话', '体温(℃)', '健康码', '处置', '登记人']));
  });

  it('reads back equal to the store: real dates, numbers, masked IDs, text cells that never run', async () => {
    const workbook = await exported(false);
    const persons = workbook.getWorksheet('人员登记')!;
    expect(persons.rowCount).toBe(5);
    const header = (persons.getRow(1).values as string[]);
    const col = (name: string) => header.indexOf(name);
    const first = persons.getRow(2);
    expect(first.getCell(col('时间')).value).toEqual(new Date(Date.UTC(2026, 1, 1, 8, 0, 0)));
    expect(first.getCell(col('时间')).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(first.getCell(col('姓名')).value).toBe('张叁');
    expect(first.getCell(col('身份证号')).value).toBe('4502**********1234');
    const injected = persons.getRow(3).getCell(col('姓名'));
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe(INJECTION.name);
    const feverRow = persons.getRow(4);
    expect(feverRow.getCell(col('体温(℃)')).value).toBe(38.3);
    expect(feverRow.getCell(col('车牌')).value).toBe('粤A12345');

    const vehicles = workbook.getWorksheet('车辆登记')!;
    expect(vehicles.rowCount).toBe(3);
    expect(workbook.getWorksheet('劝返登记')!.rowCount).toBe(2);
    const fever = workbook.getWorksheet('发热转诊')!;
    expect(fever.rowCount).toBe(2);
    expect(fever.getRow(2).values).toEqual(expect.arrayContaining(['王五', 38.3, '粤A12345', '乘员体温异常']));
    const summary = workbook.getWorksheet('汇总')!;
    const lines = new Map(summary.getSheetValues().slice(2).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(lines.get('登记总数')).toBe(4);
    expect(lines.get('异常情况')).toBe(2);
  });

  it('holds full ID numbers and phones only when asked', async () => {
    const persons = (await exported(true)).getWorksheet('人员登记')!;
    expect(persons.getRow(2).values).toEqual(expect.arrayContaining(['450203199001011234', '13812345678']));
  });
});
