import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CODE_FIELDS, decodeHealthCode } from '../../../../shared/decode/health-code.ts';
import { makeCnId } from '../../../support/cn-id-maker.ts';

const today = '2026-11-29';
const id = makeCnId('450103', '19880412', '013');

describe('decodeHealthCode', () => {
  it('reads colour, name and ID number from JSON, nested or not, and keeps the raw text', () => {
    const raw = JSON.stringify({ data: { name: '张三', idNumber: id.toLowerCase(), color: 'GREEN' } });
    expect(decodeHealthCode(raw, { today })).toEqual({
      kind: 'health-code', valid: true, value: raw, raw, errors: [], warnings: ['unverified'],
      format: 'json', colour: 'green', name: '张三', idNumber: id,
    });
  });

  it('reads a URL query and a query after the hash', () => {
    const a = decodeHealthCode(`https://code.example.cn/h5?xm=${encodeURIComponent('李四')}&color=yellow`, { today });
    expect(a).toMatchObject({ format: 'url', name: '李四', colour: 'yellow' });
    const b = decodeHealthCode('https://code.example.cn/#/show?status=%E7%BA%A2%E7%A0%81', { today });
    expect(b).toMatchObject({ format: 'url', colour: 'red' });
  });

  it('reads key=value pairs with Chinese keys', () => {
    const r = decodeHealthCode(`姓名=王五;身份证号=${id};健康码=绿码`, { today });
    expect(r).toMatchObject({ format: 'pairs', name: '王五', idNumber: id, colour: 'green' });
  });

  it('warns rather than rejects when the colour is missing or unknown, or the ID is wrong', () => {
    expect(decodeHealthCode('{"name":"赵六"}', { today })?.warnings).toEqual(['unverified', 'colour-missing']);
    expect(decodeHealthCode('{"color":"purple"}', { today })?.warnings).toEqual(['unverified', 'colour-unrecognised']);
    const bad = decodeHealthCode(`{"color":"green","sfzh":"${id.slice(0, 17)}0"}`, { today });
    expect(bad?.valid).toBe(true);
    expect(bad?.warnings).toEqual(['unverified', 'id-number-invalid']);
  });

  it('uses a configured field map instead of the default', () => {
    const fields = { ...DEFAULT_HEALTH_CODE_FIELDS, colour: ['ma'], colourValues: { green: ['0'], yellow: ['1'], red: ['2'] } };
    expect(decodeHealthCode('ma=2', { today, healthCodeFields: fields })?.colour).toBe('red');
    expect(decodeHealthCode('color=red', { today, healthCodeFields: fields })).toBeUndefined();
  });

  it('takes a configured provider host without readable fields as a health code', () => {
    const url = 'https://jkm.gov.example/qr/8f3a9c';
    expect(decodeHealthCode(url, { today })).toBeUndefined();
    expect(decodeHealthCode(url, { today, healthCodeHosts: ['gov.example'] })).toMatchObject({ format: 'url', raw: url, warnings: ['unverified', 'colour-missing'] });
  });

  it('recognises an EU Digital COVID Certificate but reads nothing from it offline', () => {
    expect(decodeHealthCode('HC1:6BFOXN%TS3DH0YOJ58S', { today })).toMatchObject({ format: 'eu-dcc', valid: true, warnings: ['unverified'] });
  });

  it('declines text that is none of these', () => {
    for (const text of ['hello world', '{"a":1}', '{not json', 'https://example.com/?q=1', 'a=1&b=2', '']) {
      expect(decodeHealthCode(text, { today })).toBeUndefined();
    }
  });
});
