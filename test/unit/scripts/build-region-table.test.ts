import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packRegions, REGION_TABLE_PATH, regionTableModule } from '../../../scripts/build-region-table.ts';
import { unpackRegions } from '../../../shared/decode/region-packing.ts';

describe('the region table generator', () => {
  it('packs names so they read back whole, including one that does not extend its parent', () => {
    const names = new Map([['450000', '广西壮族自治区'], ['450100', '广西壮族自治区南宁市'], ['450102', '广西壮族自治区南宁市兴宁区'], ['450103', '青秀区']]);
    const packed = packRegions(names);
    expect(packed).toBe('450000广西壮族自治区450100南宁市450102兴宁区450103=青秀区');
    expect(unpackRegions(packed)).toEqual(names);
  });

  it('writes an abolished county after its current prefecture, its own table lacking it', () => {
    const current = new Map([['130000', '河北省'], ['130100', '河北省石家庄市']]);
    const packed = packRegions(new Map([['130182', '河北省石家庄市藁城市']]), current);
    expect(packed).toBe('130182藁城市');
    expect(unpackRegions(packed, current).get('130182')).toBe('河北省石家庄市藁城市');
  });

  it('refuses a name the packing cannot hold rather than corrupting the table', () => {
    expect(() => packRegions(new Map([['450000', '广西2']]))).toThrow(/450000/);
  });

  it('has written the committed module from the installed packages (npm run regions when this fails)', () => {
    expect(readFileSync(REGION_TABLE_PATH, 'utf8')).toBe(regionTableModule());
  });
});
