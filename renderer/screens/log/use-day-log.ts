import { useEffect, useState } from 'react';
import type { EventView } from '../../../shared/api/core.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

const PAGE = 500;

/**
 * Every record of one station day, newest first, kept live: a new screening is added as it is
 * pushed; a correction reloads the day so each record carries its amendments.
 */
export function useDayLog(date: string | undefined) {
  const { client } = useStation();
  const [events, setEvents] = useState<EventView[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const [error, showError] = useApiError();

  useEffect(() => {
    if (!date) return;
    let live = true;
    (async () => {
      const all: EventView[] = [];
      let beforeSeq: number | undefined;
      do {
        const page = await client.call('listEvents', { date, limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
        all.push(...page.events);
        beforeSeq = page.nextBeforeSeq ?? undefined;
      } while (beforeSeq !== undefined && live);
      if (live) setEvents(all);
    })().catch(showError);
    const off = client.on('eventRecorded', (e) => {
      if (e.kind === 'screening' && e.localDate === date) setEvents((prev) => (prev ? [{ ...e, amendments: [] }, ...prev] : prev));
      else if (e.kind === 'amendment') setReloads((n) => n + 1);
    });
    return () => { live = false; off(); };
  }, [client, date, reloads, showError]);

  return { events, error, reload: () => setReloads((n) => n + 1) };
}
