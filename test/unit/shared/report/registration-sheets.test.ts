import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/report/build-report.ts';
import { recordsInForce } from '../../../../shared/report/records.ts';
import { registrationSheets, type SheetOptions } from '../../../../shared/report/registration-sheets.ts';
import type { Sheet } from '../../../../shared/report/sheet.ts';
import { summaryLines } from '../../../../shared/report/summary-sheet.ts';
import { amendment, person, resetSeq, screening, vehicle } from '../../../support/hand-built-events.ts';

const options: SheetOptions = { mask: true, localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3 };
const day = '2026-02-01';
const hot = (celsius: number, name: string) => person({ name, temperature: { celsius, source: 'device', offsetCelsius: 0 } });

/** A sheet as header → cell objects, so tests read by column name. */
function table(sheet: Sheet | undefined): Record<string, unknown>[] {
  if (!sheet) throw new Error('missing sheet');
  return [...sheet.rows()].map((row) => Object.fromEntries(sheet.columns.map((c, i) => [c.header, row[i]])));
}

function events() {
  const walker = screening({ date: day, time: '08:05:09', person: person({ name: '张三', idNumber: '110101199001011234', healthCode: { colour: 'green' } }) });
  const car = screening({ date: day, time: '09:00:00', decision: 'refer', reasons: ['fever'], vehicle: vehicle({ plate: '粤A12345', occupantCount: 2, occupants: [hot(38.2, '李四'), hot(36.6, '赵六')] }) });
  const taxi = screening({ date: day, time: '10:00:00', decision: 'turn-away', reasons: ['outside-vehicle'], vehicle: vehicle({ plate: '桂B99999', vehicleType: 'taxi', occupantCount: 3, origin: '南宁' }) });
  const bus = screening({ date: day, time: '23:59:30', decision: 'refer', vehicle: vehicle({ vehicleType: 'coach', occupantCount: 20 }) });
  const fix = amendment(walker, { person: person({ name: '张叁', idNumber: '110101199001011234', healthCode: { colour: 'green' } }) }, { date: day, time: '12:00:00' });
  return [walker, car, taxi, bus, fix];
}

beforeEach(resetSeq);

describe('registrationSheets', () => {
  it('builds the five sheets with Chinese titles and matching columns', () => {
    const sheets = registrationSheets(recordsInForce(events()), options);
    expect(sheets.map((s) => s.title)).toEqual(['人员登记', '车辆登记', '劝返登记', '发热转诊', '健康码转诊']);
    for (const sheet of sheets) for (const row of sheet.rows()) expect(row).toHaveLength(sheet.columns.length);
  });

  it('lists pedestrians and occupants, masked, in their amended version', () => {
    const [persons] = registrationSheets(recordsInForce(events()), options);
    const rows = table(persons);
    expect(rows.map((r) => r['姓名'])).toEqual(['张叁', '李四', '赵六']);
    expect(rows[0]).toMatchObject({ 时间: '2026-02-01 08:05:09', 方向: '进', 身份证号: '1101**********1234', 电话: '138****5678', 健康码: '绿码', 外地: '外地', 处置: '放行', 更正: '已更正', 登记人: '李主任' });
    expect(rows[1]).toMatchObject({ 车牌: '粤A12345', '体温(℃)': 38.2, 处置: '转诊', 外地: '本地' });
  });

  it('shows full numbers only when masking is off', () => {
    const [persons] = registrationSheets(recordsInForce(events()), { ...options, mask: false });
    expect(table(persons)[0]).toMatchObject({ 身份证号: '110101199001011234', 电话: '13812345678' });
  });

  it('lists vehicles and turn-backs', () => {
    const [, vehicles, turnBacks] = registrationSheets(recordsInForce(events()), options);
    expect(table(vehicles).map((r) => [r['车牌'], r['车型'], r['乘员数'], r['外地']])).toEqual([
      ['粤A12345', '私家车', 2, '外地'], ['桂B99999', '出租车', 3, '本地'], ['桂A12345', '客车', 20, '外地'],
    ]);
    expect(table(turnBacks)).toEqual([expect.objectContaining({ 类别: '车辆', 车牌: '桂B99999', 车型: '出租车', 人数: 3, 来自: '南宁', 劝返原因: '外地车辆' })]);
  });

  it('发热转诊 lists only the referred people at or over the fever line', () => {
    const [, , , fever] = registrationSheets(recordsInForce(events()), options);
    expect(table(fever).map((r) => [r['姓名'], r['车牌'], r['体温(℃)'], r['转诊原因'], r['时间']])).toEqual([
      ['李四', '粤A12345', 38.2, '体温异常', '2026-02-01 09:00:00'],
    ]);
  });

  it('健康码转诊 lists referred people without fever who showed a yellow or red code', () => {
    const records = recordsInForce([
      screening({ date: day, time: '08:00:00', decision: 'refer', reasons: ['code-referred'], person: person({ name: '黄一', healthCode: { colour: 'yellow' }, temperature: { celsius: 36.2, source: 'device', offsetCelsius: 0 } }) }),
      screening({ date: day, time: '08:01:00', decision: 'refer', person: person({ name: '热二', healthCode: { colour: 'red' }, temperature: { celsius: 37.3, source: 'device', offsetCelsius: 0 } }) }),
      screening({ date: day, time: '08:02:00', person: person({ name: '放三', healthCode: { colour: 'yellow' } }) }),
    ]);
    const [, , , fever, codes] = registrationSheets(records, options);
    expect(table(fever).map((r) => r['姓名'])).toEqual(['热二']);
    expect(table(codes).map((r) => [r['姓名'], r['健康码'], r['转诊原因']])).toEqual([['黄一', '黄码', '健康码异常（转诊）']]);
  });

  it('writes "无" in the summary of a zero report and the counts otherwise', () => {
    const empty = summaryLines(buildReport([], { from: day, to: day, stationCode: 'GX-001', stationName: '东村卡点', localRegionPrefixes: [], localPlatePrefixes: [], feverThresholdCelsius: 37.3 }));
    expect(new Map(empty).get('异常情况')).toBe('无');
    expect(new Map(empty).get('登记总数')).toBe(0);
    const busy = summaryLines(buildReport(events(), { from: day, to: day, stationCode: 'GX-001', stationName: '东村卡点', localRegionPrefixes: [], localPlatePrefixes: [], feverThresholdCelsius: 37.3 }));
    expect(new Map(busy).get('异常情况')).toBe(3);
    expect(new Map(busy).get('劝返车辆·出租车')).toBe(1);
  });
});
