import type { CodeColour } from '../../../shared/domain/screening.ts';
import type { RuleSettings } from '../../../shared/rules/settings.ts';

/** What the checkpoint does with one health-code colour: the two lists, seen per colour. */
export type CodePolicy = 'admit' | 'refer' | 'refuse';
export const CODE_POLICIES: readonly CodePolicy[] = ['admit', 'refer', 'refuse'];

export function policyOf(rules: Pick<RuleSettings, 'referCodeColours' | 'refuseCodeColours'>, colour: CodeColour): CodePolicy {
  if (rules.referCodeColours.includes(colour)) return 'refer';
  if (rules.refuseCodeColours.includes(colour)) return 'refuse';
  return 'admit';
}

export function withPolicy<R extends Pick<RuleSettings, 'referCodeColours' | 'refuseCodeColours'>>(rules: R, colour: CodeColour, policy: CodePolicy): R {
  const without = (list: CodeColour[]) => list.filter((c) => c !== colour);
  return {
    ...rules,
    referCodeColours: policy === 'refer' ? [...without(rules.referCodeColours), colour] : without(rules.referCodeColours),
    refuseCodeColours: policy === 'refuse' ? [...without(rules.refuseCodeColours), colour] : without(rules.refuseCodeColours),
  };
}
