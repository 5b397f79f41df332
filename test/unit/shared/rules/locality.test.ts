import { describe, expect, it } from 'vitest';
import { isOutsideId, isOutsidePlate, normalisePlate } from '../../../../shared/rules/locality.ts';

describe('locality', () => {
  it('normalises plates as written on paper', () => {
    expect(normalisePlate(' 桂c · 12345 ')).toBe('桂C12345');
  });
  it.each([
    ['桂C12345', ['桂C'], false],
    ['桂A12345', ['桂C'], true],
    ['桂A12345', ['桂'], false],
    ['湘A12345', ['桂C', '桂A'], true],
    ['湘A12345', [], false],
    ['', ['桂C'], false],
  ] as const)('plate %s with %j outside=%s', (plate, prefixes, outside) => {
    expect(isOutsidePlate(plate, prefixes)).toBe(outside);
  });
  it.each([
    ['450321199001011234', ['4503'], false],
    ['430102198505052345', ['4503'], true],
    ['430102198505052345', ['45', '43'], false],
    ['', ['4503'], false],
    ['430102198505052345', [], false],
  ] as const)('id %s with %j outside=%s', (id, prefixes, outside) => {
    expect(isOutsideId(id, prefixes)).toBe(outside);
  });
});
