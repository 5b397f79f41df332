import { useEffect, useState } from 'react';
import type { Direction } from '../../../shared/domain/screening.ts';
import { useStation } from '../../app/station-context.tsx';

/**
 * Going out (出村), a full ID number is checked against the station's own isolation list;
 * the answer is yes (until which day) or no, nothing more. Null while there is nothing to ask.
 */
export function useIsolationCheck(direction: Direction, idNumber: string): { lastDay: string } | null {
  const { client } = useStation();
  const [hit, setHit] = useState<{ id: string; lastDay: string } | null>(null);
  const id = idNumber.trim().toUpperCase();
  const asks = direction === 'out' && (id.length === 18 || id.length === 15);
  useEffect(() => {
    if (!asks) return;
    let live = true;
    client.call('isolationCheck', { idNumber: id }).then(
      (r) => { if (live) setHit(r.underIsolation ? { id, lastDay: r.lastDay ?? '' } : null); },
      // The station judges again on record: a failed check only means no early warning.
      () => { if (live) setHit(null); },
    );
    return () => { live = false; };
  }, [client, asks, id]);
  return asks && hit?.id === id ? { lastDay: hit.lastDay } : null;
}
