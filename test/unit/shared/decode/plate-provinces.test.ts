import { describe, expect, it } from 'vitest';
import { decodePlate } from '../../../../shared/decode/plate.ts';
import { PLATE_PROVINCES, PROVINCE_OF_PLATE } from '../../../../shared/decode/plate-provinces.ts';

describe('the plate province list', () => {
  it('has the 31 province-level abbreviations, each one character, in one string in the same order', () => {
    expect(Object.keys(PROVINCE_OF_PLATE)).toHaveLength(31);
    expect([...PLATE_PROVINCES]).toEqual(Object.keys(PROVINCE_OF_PLATE));
  });

  it.each(Object.entries(PROVINCE_OF_PLATE))('a plate opening with %s is a valid plate of %s', (abbreviation, province) => {
    const plate = decodePlate(`${abbreviation}B12345`);
    expect(plate).toMatchObject({ valid: true, province: abbreviation });
    expect(PROVINCE_OF_PLATE[plate.province!]).toBe(province);
  });

  it('names the provinces a turned-back driver would give as origin', () => {
    expect(PROVINCE_OF_PLATE['桂']).toBe('广西');
    expect(PROVINCE_OF_PLATE['蒙']).toBe('内蒙古');
  });
});
