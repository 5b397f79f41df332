import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../../shared/api/core.ts';
import type { RuleContext } from '../../../shared/rules/settings.ts';
import { useStation } from '../../app/station-context.tsx';

export interface RulesState { ctx: RuleContext; settings: Settings }

/**
 * The station settings and screening policy, loaded once per screen: the rules then run in the
 * page itself, so a suggestion appears as the staff member types, without a round trip.
 */
export function useRules(): RulesState | null {
  const { client, status } = useStation();
  const [state, setState] = useState<RulesState | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client.call('getSettings', {}), client.call('getRuleSettings', {})]).then(([settings, rules]) => {
      if (!live) return;
      const { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes } = settings;
      setState({ settings, ctx: { feverThresholdCelsius, localRegionPrefixes, localPlatePrefixes, rules } });
    }, () => { /* the status bar shows a lost station; the screen stays on its loading state */ });
    return () => { live = false; };
  }, [client]);
  // The station's day, for birth dates in the future (it changes at midnight without a reload).
  const today = status?.today;
  return useMemo(() => (state ? { ...state, ctx: { ...state.ctx, today } } : null), [state, today]);
}
