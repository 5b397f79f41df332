import { useCallback, useState } from 'react';
import type { StationEvent } from '../../../shared/domain/event.ts';
import type { Decision, Screening } from '../../../shared/domain/screening.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

/**
 * Saves one screening. The result screen shows only what the station stored (its decision,
 * judged again there), so what staff see is what is on record.
 */
export function useRecord() {
  const { client } = useStation();
  const [saved, setSaved] = useState<StationEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, showError, clearError] = useApiError();

  const record = useCallback(async (screening: Screening, decision: Decision, overrideReason: string, isolationReason = ''): Promise<boolean> => {
    setBusy(true);
    clearError();
    try {
      setSaved(await client.call('recordScreening', { screening, verdict: { decision }, overrideReason, isolationReason }));
      return true;
    } catch (err) {
      showError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }, [client, showError, clearError]);

  return { record, saved, dismiss: useCallback(() => setSaved(null), []), busy, error };
}
