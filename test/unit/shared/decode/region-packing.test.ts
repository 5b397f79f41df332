import { describe, expect, it } from 'vitest';
import { regionParent, unpackRegions } from '../../../../shared/decode/region-packing.ts';

describe('the packed table', () => {
  it('writes a name after its prefecture, else its province, when the table has them', () => {
    const known = new Set(['450000', '450100']);
    expect(regionParent('450102', known)).toBe('450100');
    expect(regionParent('450100', known)).toBe('450000');
    expect(regionParent('450202', known)).toBe('450000');
    expect(regionParent('450000', known)).toBeUndefined();
    expect(regionParent('460102', new Set())).toBeUndefined();
  });

  it('reads names relative to the parent, and whole names after "="', () => {
    expect(unpackRegions('450000广西壮族自治区450100南宁市450102兴宁区450103=青秀区460321西沙群岛')).toEqual(new Map([
      ['450000', '广西壮族自治区'], ['450100', '广西壮族自治区南宁市'], ['450102', '广西壮族自治区南宁市兴宁区'],
      ['450103', '青秀区'], ['460321', '西沙群岛'],
    ]));
  });

  it('takes a parent from the inherited (current) table when its own table lacks it', () => {
    const current = new Map([['130000', '河北省'], ['130100', '河北省石家庄市']]);
    expect(unpackRegions('130182藁城市139000=河北省139001定州市', current)).toEqual(new Map([
      ['130182', '河北省石家庄市藁城市'], ['139000', '河北省'], ['139001', '河北省定州市'],
    ]));
  });
});
