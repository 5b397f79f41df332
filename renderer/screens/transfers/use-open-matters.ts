import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { useStation } from '../../app/station-context.tsx';
import { useLatestAnswer } from '../../app/use-latest-answer.ts';

/** Unfinished transfers and unacknowledged reports, read again whenever a record is written. */
export function useOpenMatters(): MethodOutput<'openMatters'> | null {
  const { client, staff } = useStation();
  const [matters, setMatters] = useState<MethodOutput<'openMatters'> | null>(null);
  const ask = useLatestAnswer();
  const load = useCallback(async () => {
    const latest = ask();
    try {
      const answer = await client.call('openMatters', {});
      if (latest()) setMatters(answer);
    } catch { /* signed out or the station is away: the bar shows that */ }
  }, [client, ask]);
  useEffect(() => {
    if (!staff) { setMatters(null); return undefined; }
    void load();
    return client.on('eventRecorded', () => void load());
  }, [client, staff, load]);
  return matters;
}
