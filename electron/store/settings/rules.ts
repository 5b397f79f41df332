import { RuleSettings } from '../../../shared/rules/settings.ts';
import { settingsGroup } from './group.ts';

/** The screening policy (who is turned away, what must be registered): read with every screening. */
export const ruleSettings = settingsGroup('rules', RuleSettings);
