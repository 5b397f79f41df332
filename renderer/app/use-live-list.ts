import { useCallback, useEffect } from 'react';
import { useStation } from './station-context.tsx';

/**
 * A screen that lists what the station holds (transfers, reports): loads it now and again on
 * every new record, and runs a person's action with its error shown and the list reloaded after.
 * Returns that runner: true when the action went through.
 */
export function useLiveList(load: () => Promise<unknown>, showError: (err: unknown) => void, clearError: () => void) {
  const { client } = useStation();
  useEffect(() => {
    void load();
    return client.on('eventRecorded', () => void load());
  }, [client, load]);

  return useCallback(async (call: () => Promise<unknown>): Promise<boolean> => {
    clearError();
    try { await call(); return true; } catch (err) { showError(err); return false; } finally { await load(); }
  }, [load, showError, clearError]);
}
