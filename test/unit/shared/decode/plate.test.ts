import { describe, expect, it } from 'vitest';
import { decodePlate, looksLikePlate, normalisePlate } from '../../../../shared/decode/plate.ts';

describe('normalisePlate', () => {
  it('upper-cases and drops spaces and middle dots', () => {
    expect(normalisePlate(' 桂b · 12345 ')).toBe('桂B12345');
    expect(normalisePlate('京A•D12345')).toBe('京AD12345');
    expect(normalisePlate('粤Z　1234港')).toBe('粤Z1234港');
  });
});

describe('decodePlate', () => {
  const valid: [string, string, string, boolean][] = [
    // text, normalised value, province, newEnergy
    ['桂B·12345', '桂B12345', '桂', false],
    ['京a 8h2k9', '京A8H2K9', '京', false],
    ['沪AD12345', '沪AD12345', '沪', true], // small new-energy, pure electric
    ['粤BFA1234', '粤BFA1234', '粤', true], // small new-energy, second place a letter
    ['浙AA12345', '浙AA12345', '浙', true], // small new-energy, 2022 letter range
    ['苏E12345D', '苏E12345D', '苏', true], // large new-energy
    ['川A1234警', '川A1234警', '川', false],
    ['鲁B1234学', '鲁B1234学', '鲁', false],
    ['冀C1234挂', '冀C1234挂', '冀', false],
    ['粤Z·1234港', '粤Z1234港', '粤', false],
    ['粤Z1234澳', '粤Z1234澳', '粤', false],
    ['沪A1234领', '沪A1234领', '沪', false],
    ['京A·1234应急', '京A1234应急', '京', false],
    ['应急京123A', '应急京123A', '京', false],
  ];
  it.each(valid)('accepts %s', (text, value, province, newEnergy) => {
    expect(decodePlate(text)).toMatchObject({ kind: 'plate', valid: true, value, province, newEnergy, errors: [] });
  });

  it('accepts embassy plates, which carry no province', () => {
    const r = decodePlate('使014578');
    expect(r).toMatchObject({ valid: true, value: '使014578', newEnergy: false });
    expect(r.province).toBeUndefined();
  });

  const invalid: [string, string, string][] = [
    ['letter I in the serial', '桂B1I345', 'letter-i-o'],
    ['letter O as the office letter', '桂O12345', 'letter-i-o'],
    ['a non-province first character', '港B12345', 'province'],
    ['too short', '桂B1234', 'format'],
    ['too long for an ordinary plate', '桂B1234567', 'format'],
    ['a Hong Kong plate outside 粤Z', '粤B1234港', 'hong-kong-macao-prefix'],
    ['new-energy letter in the wrong place', '苏E1D2345', 'format'],
    ['new-energy with an energy letter outside A-K', '沪AM12345', 'format'],
    ['empty', ' · ', 'empty'],
  ];
  it.each(invalid)('rejects %s', (_label, text, error) => {
    const r = decodePlate(text);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([error]);
  });

  it('is local when the plate starts with a configured prefix', () => {
    expect(decodePlate('桂B12345', { localPlatePrefixes: ['桂B'] }).local).toBe(true);
    expect(decodePlate('桂B12345', { localPlatePrefixes: ['桂'] }).local).toBe(true);
    expect(decodePlate('桂B12345', { localPlatePrefixes: ['桂b '] }).local).toBe(true);
    expect(decodePlate('桂A12345', { localPlatePrefixes: ['桂B', '粤'] }).local).toBe(false);
    expect(decodePlate('桂B12345', { localPlatePrefixes: [''] }).local).toBe(false);
  });
});

describe('looksLikePlate', () => {
  it('routes plate-shaped text only', () => {
    expect(looksLikePlate('桂B12345')).toBe(true);
    expect(looksLikePlate('使014578')).toBe(true);
    expect(looksLikePlate('hello')).toBe(false);
    expect(looksLikePlate('桂')).toBe(false);
  });
});
