import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { RuleSettings } from '../rules/settings.ts';

/** The checkpoint's screening policy; read by every screen, changed by a supervisor only. */
export const rulesMethods = {
  getRuleSettings: method({ role: 'public', request: z.object({}), response: RuleSettings }),
  updateRuleSettings: method({ role: 'supervisor', request: patchOf(RuleSettings), response: RuleSettings }),
};
