import { describe, expect, it } from 'vitest';
import { fieldsFromScan } from '../../../../shared/decode/form-fields.ts';
import { decode } from '../../../../shared/decode/index.ts';
import { makeCnId } from '../../../support/cn-id-maker.ts';

const options = { today: '2026-11-29' };
const id = makeCnId('450103', '19880412', '014');

describe('fieldsFromScan', () => {
  it('fills the ID number and sex from a valid ID number', () => {
    expect(fieldsFromScan(decode(id.toLowerCase(), options))).toEqual({ idNumber: id, sex: 'female' });
  });
  it('fills an invalid ID number without guessing the sex', () => {
    const wrong = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    expect(fieldsFromScan(decode(wrong, options))).toEqual({ idNumber: wrong });
  });
  it('fills the normalised plate', () => {
    expect(fieldsFromScan(decode('桂b·12345', options))).toEqual({ plate: '桂B12345' });
  });
  it('fills the health code raw, with colour, name and ID number when the payload has them', () => {
    const raw = JSON.stringify({ name: '张三', idNumber: id, color: 'green' });
    expect(fieldsFromScan(decode(raw, options))).toEqual({ healthCode: { raw, colour: 'green' }, name: '张三', idNumber: id });
    expect(fieldsFromScan(decode('HC1:NCFOXN', options))).toEqual({ healthCode: { raw: 'HC1:NCFOXN' } });
  });
  it('fills nothing from unrecognised text', () => {
    expect(fieldsFromScan(decode('hello', options))).toEqual({});
  });
});
