import { describe, expect, it } from 'vitest';
import { cnIdCheckChar, decodeCnId } from '../../../../shared/decode/cn-id.ts';
import { makeCnId } from '../../../support/cn-id-maker.ts';

const today = '2026-11-29';

describe('cnIdCheckChar', () => {
  it('matches the worked examples of GB 11643-1999', () => {
    expect(cnIdCheckChar('11010519491231002')).toBe('X');
    expect(cnIdCheckChar('44052418800101001')).toBe('4');
  });
  it('agrees with an independent MOD 11-2 implementation', () => {
    for (const seq of ['001', '002', '017', '123', '998']) {
      const id = makeCnId('450103', '19880412', seq);
      expect(cnIdCheckChar(id.slice(0, 17))).toBe(id[17]);
    }
  });
  it('refuses anything but 17 digits', () => {
    expect(cnIdCheckChar('1234')).toBeUndefined();
    expect(cnIdCheckChar('1101051949123100X')).toBeUndefined();
  });
});

describe('decodeCnId', () => {
  const valid: [string, string, string, 'male' | 'female', string][] = [
    // id, birthDate, regionCode, sex, regionName
    [makeCnId('450103', '19880412', '013'), '1988-04-12', '450103', 'male', '广西壮族自治区南宁市青秀区'],
    [makeCnId('110105', '20000229', '024'), '2000-02-29', '110105', 'female', '北京市朝阳区'],
    [makeCnId('441900', '19751231', '375'), '1975-12-31', '441900', 'male', '广东省东莞市'],
    ['11010519491231002X', '1949-12-31', '110105', 'female', '北京市朝阳区'],
  ];
  it.each(valid)('accepts %s', (id, birthDate, regionCode, sex, regionName) => {
    const r = decodeCnId(id, { today });
    expect(r).toMatchObject({ kind: 'cn-id', valid: true, value: id, errors: [], birthDate, regionCode, sex, regionName });
    expect(r.warnings).toEqual([]);
  });

  it('accepts a lower-case x and normalises it', () => {
    const r = decodeCnId('11010519491231002x', { today });
    expect(r.valid).toBe(true);
    expect(r.value).toBe('11010519491231002X');
  });

  it('drops spaces typed or printed between groups', () => {
    const id = makeCnId('450103', '19880412', '013');
    expect(decodeCnId(`${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, { today }).value).toBe(id);
  });

  const invalid: [string, string, string][] = [
    ['wrong check character', `${makeCnId('450103', '19880412', '013').slice(0, 17)}0`, 'check-char'],
    ['30 February', makeCnId('450103', '19900230', '013'), 'birth-date-invalid'],
    ['29 February of a common year', makeCnId('450103', '19000229', '013'), 'birth-date-invalid'],
    ['month 13', makeCnId('450103', '19901301', '013'), 'birth-date-invalid'],
    ['a birth date after today', makeCnId('450103', '20261130', '013'), 'birth-date-future'],
    ['born before 1900', makeCnId('450103', '18991231', '013'), 'birth-date-too-early'],
    ['17 digits', '45010319880412013', 'length'],
    ['letters inside', '4501031988O412013X', 'format'],
    ['an X not at the end', '450103198X04120134', 'format'],
  ];
  it.each(invalid)('rejects %s', (_label, id, error) => {
    const r = decodeCnId(id, { today });
    expect(r.valid).toBe(false);
    expect(r.errors).toContain(error);
  });

  it('accepts a birth date of today', () => {
    expect(decodeCnId(makeCnId('450103', '20261129', '013'), { today }).valid).toBe(true);
  });

  it('reads legacy 15-digit numbers as born in the 1900s, with a warning', () => {
    const r = decodeCnId('450103880412013', { today });
    expect(r).toMatchObject({ valid: true, birthDate: '1988-04-12', sex: 'male', regionCode: '450103' });
    expect(r.warnings).toEqual(['legacy-15-digit']);
    expect(decodeCnId('450103880230012', { today }).errors).toEqual(['birth-date-invalid']);
    expect(decodeCnId('450103880412012', { today }).sex).toBe('female');
  });

  it('names abolished districts from historical GB/T 2260 revisions, with a warning', () => {
    // 110103 崇文区 was merged into 东城区 in 2010; people born there keep their number.
    const r = decodeCnId(makeCnId('110103', '19700101', '001'), { today });
    expect(r).toMatchObject({ valid: true, regionCode: '110103', regionName: '北京市崇文区' });
    expect(r.warnings).toEqual(['region-historical']);
  });

  it('keeps an unknown region valid, with a warning and no name', () => {
    const r = decodeCnId(makeCnId('459999', '19700101', '001'), { today });
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual(['region-unknown']);
    expect(r.regionName).toBeUndefined();
  });

  it('is local when the region starts with a configured prefix', () => {
    const id = makeCnId('450103', '19880412', '013');
    expect(decodeCnId(id, { today, localRegionPrefixes: ['45'] }).local).toBe(true);
    expect(decodeCnId(id, { today, localRegionPrefixes: ['4501'] }).local).toBe(true);
    expect(decodeCnId(id, { today, localRegionPrefixes: ['450103'] }).local).toBe(true);
    expect(decodeCnId(id, { today, localRegionPrefixes: ['4502', '11'] }).local).toBe(false);
    expect(decodeCnId(id, { today }).local).toBe(false);
  });

  it('reports a malformed today instead of guessing', () => {
    expect(decodeCnId(makeCnId('450103', '19880412', '013'), { today: 'soon' }).errors).toEqual(['today-invalid']);
  });
});
