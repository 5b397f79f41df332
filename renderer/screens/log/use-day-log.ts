import { useEffect, useState } from 'react';
import type { EventView } from '../../../shared/api/core.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

const PAGE = 500;
/** Records read when a notice comes: more than can be written between two notices. */
const NEWEST = 20;

/** The day's records, newest first, with `record` added unless it is already there. */
const withRecord = (events: EventView[], record: EventView): EventView[] =>
  (events.some((e) => e.id === record.id) ? events : [record, ...events].sort((a, b) => b.seq - a.seq));

/**
 * Every record of one station day, newest first, kept live: when a new screening's notice is
 * pushed, the newest records are read (masked, under this session's role) and added by id; a
 * correction reloads the day so each record carries its amendments.
 */
export function useDayLog(date: string | undefined) {
  const { client } = useStation();
  const [events, setEvents] = useState<EventView[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const [error, showError] = useApiError();

  useEffect(() => {
    if (!date) return;
    let live = true;
    // A record announced while the day is still loading may or may not be in the loaded pages
    // (the notice and the answer race each other): keep it aside, add it once, by id.
    let loaded = false;
    const pushedMeanwhile: EventView[] = [];
    (async () => {
      const all: EventView[] = [];
      let beforeSeq: number | undefined;
      do {
        const page = await client.call('listEvents', { date, limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
        all.push(...page.events);
        beforeSeq = page.nextBeforeSeq ?? undefined;
      } while (beforeSeq !== undefined && live);
      loaded = true;
      if (live) setEvents(pushedMeanwhile.reduce(withRecord, all));
    })().catch(showError);
    const off = client.on('eventRecorded', (e) => {
      if (e.kind === 'screening' && e.localDate === date) {
        client.call('listEvents', { date, limit: NEWEST }).then((page) => {
          if (!live) return;
          if (loaded) setEvents((prev) => (prev ? page.events.reduce(withRecord, prev) : prev));
          else pushedMeanwhile.push(...page.events);
        }).catch(showError);
      } else if (e.kind === 'amendment') setReloads((n) => n + 1);
    });
    return () => { live = false; off(); };
  }, [client, date, reloads, showError]);

  return { events, error, reload: () => setReloads((n) => n + 1) };
}
