import { describe, expect, it } from 'vitest';
import { parseCelsius } from '../../../../../renderer/screens/screening/TemperatureField.tsx';

describe('parseCelsius', () => {
  it.each([
    ['36.5', 36.5], ['365', 36.5], ['38', 38], ['37,3', 37.3], [' 36.55 ', 36.55],
    ['3', null], ['36.', null], ['3650', null], ['abc', null], ['', null], ['-36', null],
  ] as const)('%j → %s', (text, celsius) => {
    expect(parseCelsius(text)).toBe(celsius);
  });
});
