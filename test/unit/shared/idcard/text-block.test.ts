import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTextBlock, markerPhoto, residentTextBlock, ZHANG_SAN, type TextField } from '../../../../shared/idcard/encode.ts';
import { nationName } from '../../../../shared/idcard/nation.ts';
import { decodeReadAnswer } from '../../../../shared/idcard/read-answer.ts';
import { decodeTextBlock } from '../../../../shared/idcard/text-block.ts';
import { zhangSanReadAnswer } from '../../../support/idcard/frames.ts';

const resident = (patch: Partial<typeof ZHANG_SAN>) => decodeTextBlock(residentTextBlock({ ...ZHANG_SAN, ...patch }));

describe('the text block of a resident ID card (§4)', () => {
  it('decodes 张三 from the notes’ byte-exact answer', () => {
    const data = zhangSanReadAnswer().slice(10, -1);
    expect(decodeReadAnswer(data)).toEqual({
      ok: true,
      value: {
        cardType: 'resident', name: '张三', sex: 'male', nation: '汉族', birthDate: '1990-07-21',
        address: '广西壮族自治区柳州市城中区某某路1号', idNumber: '450202199007210018', issuer: '柳州市公安局城中分局',
        validFrom: '2015-01-01', validTo: '2035-01-01',
      },
    });
  });

  it('zeroes the answer buffer: no copy of the photo outlives the decode', () => {
    const data = zhangSanReadAnswer().slice(10, -1);
    decodeReadAnswer(data);
    expect(data.every((b) => b === 0)).toBe(true);
  });

  it('takes the text and photo lengths from the frame, not fixed sizes', () => {
    const text = residentTextBlock(ZHANG_SAN);
    const photo = markerPhoto().subarray(0, 100);
    const data = Uint8Array.from([0x01, 0x00, 0x00, 100, ...text, ...photo]);
    expect(decodeReadAnswer(data)).toMatchObject({ ok: true, value: { name: '张三' } });
    expect(decodeReadAnswer(Uint8Array.from([0x01, 0x00, 0x04, 0x00, ...text]))).toMatchObject({ ok: false });
    expect(decodeReadAnswer(Uint8Array.of(1, 0))).toEqual({ ok: false, error: 'read answer too short' });
    expect(decodeReadAnswer(Uint8Array.from([0x00, 0x10, 0x00, 0x00, ...text.subarray(0, 16)]))).toMatchObject({ ok: false, error: expect.stringContaining('not 256') });
  });

  it.each([['1', 'male'], ['2', 'female'], ['0', 'unknown'], ['9', 'unspecified']])('sex code %s is %s (GB/T 2261.1)', (code, sex) => {
    expect(resident({ sex: code })).toMatchObject({ ok: true, value: { sex } });
  });

  it('refuses a sex code outside GB/T 2261.1 instead of calling it 女', () => {
    expect(resident({ sex: '3' })).toEqual({ ok: false, error: 'sex code is not 0, 1, 2 or 9' });
  });

  it('reads 长期 as a long-term card', () => {
    expect(resident({ validTo: '长期' })).toMatchObject({ ok: true, value: { validTo: 'long-term' } });
  });

  it.each([
    ['01', '汉族'], ['08', '壮族'], ['31', '达斡尔族'], ['36', '毛南族'], ['46', '德昂族'], ['56', '基诺族'],
    ['97', '其他'], ['98', '外国血统中国籍人士'],
  ])('nation %s is %s', (code, name) => {
    expect(nationName(code)).toBe(name);
    expect(resident({ nationCode: code })).toMatchObject({ ok: true, value: { nation: name } });
  });

  it('passes an unknown nation code through as the code', () => {
    expect(nationName('00')).toBeNull();
    expect(nationName('57')).toBeNull();
    expect(nationName('1')).toBeNull();
    expect(resident({ nationCode: '60' })).toMatchObject({ ok: true, value: { nation: '60' } });
    expect(resident({ nationCode: 'x1' })).toMatchObject({ ok: false });
  });

  it.each([
    [{ birth: '19901321' }, 'birth date is not a date'],
    [{ validFrom: '2015010' }, 'valid-from date is not a date'],
    [{ validTo: '永久' }, 'valid-to date is not a date'],
    [{ idNumber: '45020219900721001' }, 'ID number has the wrong form'],
    [{ name: '' }, 'name has the wrong form'],
  ])('refuses a garbled field %o', (patch, error) => {
    expect(resident(patch)).toEqual({ ok: false, error });
  });

  it('refuses text that is not UTF-16 and an unknown card-type character', () => {
    const lone = residentTextBlock(ZHANG_SAN);
    lone.set([0x00, 0xd8], 0);
    expect(decodeTextBlock(lone)).toEqual({ ok: false, error: 'text is not UTF-16' });
    expect(decodeTextBlock(encodeTextBlock([...fields(), [248, 2, 'Z']]))).toEqual({ ok: false, error: 'unknown card type' });
  });

  it('strips NUL padding as well as spaces', () => {
    const block = residentTextBlock(ZHANG_SAN);
    block.fill(0, 4, 30);
    expect(decodeTextBlock(block)).toMatchObject({ ok: true, value: { name: '张三' } });
  });
});

function fields(): TextField[] {
  const p = ZHANG_SAN;
  return [[0, 30, p.name], [30, 2, p.sex], [32, 4, p.nationCode], [36, 16, p.birth], [52, 70, p.address],
    [122, 36, p.idNumber], [158, 30, p.issuer], [188, 16, p.validFrom], [204, 16, p.validTo]];
}

describe('other cards the same readers read (§6)', () => {
  it('an HK/Macau/Taiwan permit (J) keeps its pass number and leaves the nation out', () => {
    const block = encodeTextBlock([
      [0, 30, '陈大文'], [30, 2, '1'], [32, 4, 'xx'], [36, 16, '19850101'], [52, 70, '广东省深圳市福田区某路2号'],
      [122, 36, '810000198501010016'], [158, 30, '深圳市公安局'], [188, 16, '20200101'], [204, 16, '20250101'],
      [220, 18, 'H12345678'], [238, 4, '01'], [248, 2, 'J'],
    ]);
    expect(decodeTextBlock(block)).toEqual({
      ok: true,
      value: {
        cardType: 'hmt-permit', name: '陈大文', sex: 'male', birthDate: '1985-01-01', address: '广东省深圳市福田区某路2号',
        idNumber: '810000198501010016', issuer: '深圳市公安局', validFrom: '2020-01-01', validTo: '2025-01-01',
        passNumber: 'H12345678', issueCount: '01',
      },
    });
  });

  it('a 2017 foreign permanent residence card (I) is read through its own layout, never as a resident', () => {
    const block = encodeTextBlock([
      [0, 120, 'SMITH JOHN'], [120, 2, '1'], [122, 30, 'USA110080123456'], [152, 6, 'USA'], [158, 30, '史密斯'],
      [188, 16, '20180301'], [204, 16, '20280301'], [220, 16, '19800101'], [236, 4, '01'], [240, 8, '1100'], [248, 2, 'I'],
    ]);
    expect(decodeTextBlock(block)).toEqual({
      ok: true,
      value: {
        cardType: 'foreign-2017', englishName: 'SMITH JOHN', name: '史密斯', sex: 'male', idNumber: 'USA110080123456',
        nationality: 'USA', validFrom: '2018-03-01', validTo: '2028-03-01', birthDate: '1980-01-01',
      },
    });
  });

  it('a 2023 foreign permanent residence card (Y) joins its two English-name parts', () => {
    const block = encodeTextBlock([
      [0, 30, '玛丽'], [30, 2, '2'], [32, 4, '00'], [36, 16, '19900505'], [52, 70, 'MARY ANN ELIZABETH WILLIAMSON-'],
      [122, 36, '911234199005050028'], [188, 16, '20240101'], [204, 16, '20340101'], [220, 22, 'SMYTHE'], [242, 6, '826'], [248, 2, 'Y'],
    ]);
    expect(decodeTextBlock(block)).toMatchObject({
      ok: true,
      value: { cardType: 'foreign-2023', name: '玛丽', englishName: 'MARY ANN ELIZABETH WILLIAMSON-SMYTHE', sex: 'female', idNumber: '911234199005050028', nationality: '826' },
    });
  });
});

describe('text block properties', () => {
  it('random bytes never decode as a card with a malformed field', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 256, maxLength: 256 }), (bytes) => {
      const r = decodeTextBlock(bytes);
      if (r.ok) {
        expect(r.value.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.value.idNumber).toMatch(/^(\d{17}[\dX]|[A-Z]{3}\d{12})$/);
      }
    }), { numRuns: 500 });
  });

  it('any name and address round-trip', () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom(...'张三李四王五广西壮族自治区路号ABC 1-'), minLength: 1, maxLength: max }).map((s) => s.trim()).filter((s) => s.length > 0);
    fc.assert(fc.property(text(15), text(35), (name, address) => {
      expect(resident({ name, address })).toMatchObject({ ok: true, value: { name, address } });
    }));
  });
});
