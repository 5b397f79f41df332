import type { Database } from 'better-sqlite3';
import { rulesMethods } from '../../../shared/api/rules.ts';
import type { Settings } from '../../../shared/api/core.ts';
import { RuleSettings, type RuleContext } from '../../../shared/rules/settings.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { patchSettings, readSettings } from '../../store/settings-store.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

const RULE_SETTINGS = 'rules';

export function readRuleSettings(db: Database): RuleSettings {
  return readSettings(db, RULE_SETTINGS, RuleSettings);
}

/** What the rules read: the station's threshold, local prefixes and day, plus the policy group. */
export function ruleContext(db: Database, station: Settings): RuleContext {
  const { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes } = station;
  const today = localDateAndOffset(new Date(), station.timezone).localDate;
  return { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes, rules: readRuleSettings(db), today };
}

export function rulesModule(core: StationCore): StationModule<keyof typeof rulesMethods> {
  const { db } = core;
  return {
    handlers: {
      getRuleSettings: () => readRuleSettings(db),
      updateRuleSettings(patch, ctx) {
        const saved = auditedWrite(db, () => patchSettings(db, RULE_SETTINGS, RuleSettings, patch),
          () => ({ action: 'rules.update', staffId: requireStaff(ctx).staffId, detail: { keys: Object.keys(patch) } }));
        return saved;
      },
    },
  };
}
