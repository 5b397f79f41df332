import type { Database } from 'better-sqlite3';
import { rulesMethods } from '../../../shared/api/rules.ts';
import type { Settings } from '../../../shared/api/core.ts';
import type { RuleContext } from '../../../shared/rules/settings.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { ruleSettings } from '../../store/settings/rules.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** What the rules read: the station's threshold, local prefixes and day, plus the policy group. */
export function ruleContext(db: Database, station: Settings): RuleContext {
  const { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes } = station;
  const today = localDateAndOffset(new Date(), station.timezone).localDate;
  return { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes, rules: ruleSettings.read(db), today };
}

export function rulesModule(core: StationCore): StationModule<keyof typeof rulesMethods> {
  const { db } = core;
  return {
    handlers: {
      getRuleSettings: () => ruleSettings.read(db),
      updateRuleSettings(patch, ctx) {
        const saved = auditedWrite(db, () => ruleSettings.patch(db, patch),
          () => ({ action: 'rules.update', staffId: requireStaff(ctx).staffId, detail: { keys: Object.keys(patch) } }));
        return saved;
      },
    },
  };
}
