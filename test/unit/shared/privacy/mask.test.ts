import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../../../shared/privacy/mask.ts';

describe('maskIdNumber', () => {
  it.each([
    ['450203199001011234', '4502**********1234'],
    ['45020319900101123x', '4502**********123x'],
    [' 450203900101123 ', '4502*******1123'],
    ['12345678', '*******8'],
    ['A1', '*1'],
    ['', ''],
  ])('%j -> %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0771-1234567', '077****4567'],
    ['110', '**0'],
    ['', ''],
  ])('%j -> %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});
