import { useEffect, useState } from 'react';
import type { Direction } from '../../../shared/domain/screening.ts';
import { useStation } from '../../app/station-context.tsx';

const full = (id: string) => id.length === 18 || id.length === 15;

/**
 * Going out (出村), each full ID number on the form (the pedestrian, or every occupant) is
 * checked against the station's own isolation list; the answer is yes (until which day) or no,
 * nothing more. Null while nobody on the form is under isolation, or there is nothing to ask.
 */
export function useIsolationCheck(direction: Direction, idNumbers: readonly string[]): { lastDay: string } | null {
  const { client } = useStation();
  const [hit, setHit] = useState<{ key: string; lastDay: string } | null>(null);
  const ids = direction === 'out' ? idNumbers.map((id) => id.trim().toUpperCase()).filter(full) : [];
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all(key.split(',').map((idNumber) => client.call('isolationCheck', { idNumber }))).then(
      (answers) => {
        const first = answers.find((a) => a.underIsolation);
        if (live) setHit(first ? { key, lastDay: first.lastDay ?? '' } : null);
      },
      // The station judges again on record: a failed check only means no early warning.
      () => { if (live) setHit(null); },
    );
    return () => { live = false; };
  }, [client, key]);
  return key && hit?.key === key ? { lastDay: hit.lastDay } : null;
}
