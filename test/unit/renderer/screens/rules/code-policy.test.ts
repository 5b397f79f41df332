import { describe, expect, it } from 'vitest';
import { policyOf, withPolicy } from '../../../../../renderer/screens/rules/code-policy.ts';

describe('code colour policy', () => {
  const rules = { referCodeColours: ['yellow' as const], refuseCodeColours: ['red' as const] };
  it('reads each colour from the two lists', () => {
    expect(['green', 'yellow', 'red', 'none'].map((c) => policyOf(rules, c as never))).toEqual(['admit', 'refer', 'refuse', 'admit']);
  });
  it('moves a colour between the lists, never into both', () => {
    expect(withPolicy(rules, 'red', 'refer')).toEqual({ referCodeColours: ['yellow', 'red'], refuseCodeColours: [] });
    expect(withPolicy(rules, 'yellow', 'admit')).toEqual({ referCodeColours: [], refuseCodeColours: ['red'] });
    expect(withPolicy(rules, 'none', 'refuse')).toEqual({ referCodeColours: ['yellow'], refuseCodeColours: ['red', 'none'] });
  });
});
