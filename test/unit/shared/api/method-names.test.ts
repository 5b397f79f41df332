import { describe, expect, it } from 'vitest';
import { methods } from '../../../../shared/api/contract.ts';
import { METHOD_NAMES } from '../../../../shared/api/method-names.ts';

describe("the preload's method-name list", () => {
  it('names every contract method once, and nothing else', () => {
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(methods).sort());
  });
});
