import { describe, expect, it } from 'vitest';
import { personLocality, vehicleLocality } from '../../../../shared/report/locality.ts';

describe('locality', () => {
  it.each([
    ['450203199001011234', ['4502'], 'local'],
    ['450303199001011234', ['4502', '4501'], 'outside'],
    ['450303199001011234', [], 'unknown'],
    ['', ['4502'], 'unknown'],
    ['45xx', ['45'], 'unknown'],
  ] as const)('person %j with %j is %s', (id, prefixes, locality) => {
    expect(personLocality(id, prefixes)).toBe(locality);
  });

  it.each([
    ['桂A12345', ['桂A'], 'local'],
    ['桂 b·12345', ['桂B', '桂A'], 'local'],
    ['桂C12345', ['桂A'], 'outside'],
    ['桂C12345', ['桂'], 'local'],
    ['桂C12345', [], 'unknown'],
  ] as const)('plate %j with %j is %s', (plate, prefixes, locality) => {
    expect(vehicleLocality(plate, prefixes)).toBe(locality);
  });
});
