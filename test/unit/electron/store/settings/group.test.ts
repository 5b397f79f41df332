import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../../../electron/store/settings/group.ts';

describe('mergePatch: a patch over what is stored', () => {
  const stored = { line: 37.0, names: ['a', 'b'], nested: { x: 5, y: 'q' } };
  it('nested objects merge, arrays replace whole, absent keys keep', () => {
    expect(mergePatch(stored, { names: ['c'], nested: { x: 6 } })).toEqual({ line: 37.0, names: ['c'], nested: { x: 6, y: 'q' } });
  });
  it('an explicit undefined is "not named", not "cleared"', () => {
    expect(mergePatch(stored, { line: undefined })).toEqual(stored);
  });
});
