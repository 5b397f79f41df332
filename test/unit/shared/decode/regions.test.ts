import { describe, expect, it } from 'vitest';
import { lookupRegion } from '../../../../shared/decode/regions.ts';
import { currentRegionNames, historicalRegionNames } from '../../../../scripts/region-sources.ts';

describe('region names from the generated table', () => {
  it('names a current county with its province and prefecture', () => {
    expect(lookupRegion('450102')).toEqual({ name: '广西壮族自治区南宁市兴宁区', current: true });
  });

  it('still names a district abolished in 2010, so an old ID card shows its place', () => {
    // 110103 崇文区 merged into 东城区; 320102 南京市玄武区 is current, 320103 白下区 was abolished in 2013.
    expect(lookupRegion('110103')).toEqual({ name: '北京市崇文区', current: false });
    expect(lookupRegion('320103')).toEqual({ name: '江苏省南京市白下区', current: false });
  });

  it('knows nothing of a code no revision lists', () => {
    expect(lookupRegion('999999')).toBeUndefined();
  });

  it('gives every code the data packages name, with the same name (the table is not stale)', () => {
    const current = currentRegionNames();
    for (const [code, name] of current) expect(lookupRegion(code), code).toEqual({ name, current: true });
    for (const [code, name] of historicalRegionNames()) {
      if (!current.has(code)) expect(lookupRegion(code), code).toEqual({ name, current: false });
    }
  });
});
