import { describe, expect, it } from 'vitest';
import { checkPlatePrefixes, checkRegionPrefixes, splitList } from '../../../../../renderer/screens/setup/prefixes.ts';

describe('setup prefixes', () => {
  it('splits on spaces, commas and enumeration marks', () => {
    expect(splitList(' 4503，4505、45;  46 ')).toEqual(['4503', '4505', '45', '46']);
  });
  it('accepts 2, 4 or 6 digits and names the places it knows', () => {
    expect(checkRegionPrefixes('450321 45')).toMatchObject({ values: ['450321', '45'], bad: [] });
    expect(checkRegionPrefixes('450321').names[0]).toContain('阳朔');
    expect(checkRegionPrefixes('450 4503x').bad).toEqual(['450', '4503x']);
  });
  it('normalises plate prefixes and refuses what is not a province (+ letter)', () => {
    expect(checkPlatePrefixes('桂c 桂')).toEqual({ values: ['桂C', '桂'], bad: [], names: [] });
    expect(checkPlatePrefixes('桂CC XA').bad).toEqual(['桂CC', 'XA']);
  });
});
