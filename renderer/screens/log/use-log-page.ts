import { useEffect, useState } from 'react';
import type { EventView, LogCounts, LogFilter } from '../../../shared/api/core.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useLatestAnswer } from '../../app/use-latest-answer.ts';
import { useStation } from '../../app/station-context.tsx';

/** Rows on one page of the log: a shift's worth to scroll; the filters and the pager find the rest. */
export const LOG_PAGE = 100;

interface Page { key: string; cursor: number | undefined; events: EventView[]; nextBeforeSeq: number | null; counts: LogCounts }

/**
 * One page of the log and the counts for the same filters, both found by the station (the
 * screen never loads a day whole). Paging is by sequence number, so a record written meanwhile
 * never shifts an older page; the page shown is read again when a record of its day is written
 * or any record is corrected. Only the answer to the latest question reaches the screen.
 */
export function useLogPage(filter: LogFilter) {
  const { client } = useStation();
  const key = JSON.stringify(filter);
  // The cursors of the older pages opened, for these filters only: new filters start at the newest.
  const [nav, setNav] = useState<{ key: string; cursors: number[] }>({ key, cursors: [] });
  const cursors = nav.key === key ? nav.cursors : [];
  const cursor = cursors.at(-1);
  const [page, setPage] = useState<Page | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const [error, showError] = useApiError();
  const ask = useLatestAnswer();

  useEffect(() => {
    const query = JSON.parse(key) as LogFilter;
    if (!query.date) return; // the station's day is not known yet
    const latest = ask();
    Promise.all([
      client.call('listEvents', { ...query, limit: LOG_PAGE, ...(cursor ? { beforeSeq: cursor } : {}) }),
      client.call('countEvents', query),
    ]).then(([list, counts]) => { if (latest()) setPage({ key, cursor, ...list, counts }); }, showError);
  }, [client, key, cursor, refreshes, ask, showError]);

  useEffect(() => client.on('eventRecorded', (e) => {
    if (e.kind === 'amendment' || (e.kind === 'screening' && e.localDate === filter.date)) setRefreshes((n) => n + 1);
  }), [client, filter.date]);

  return {
    /** The rows shown (the last answer, until the answer for new filters comes); null before the first. */
    events: page?.events ?? null,
    counts: page?.counts ?? null,
    error,
    pageNumber: cursors.length + 1,
    // Only from the page on screen (a second tap before it comes must not skip a page).
    older: page?.key === key && page.cursor === cursor && page.nextBeforeSeq !== null
      ? () => setNav({ key, cursors: [...cursors, page.nextBeforeSeq!] }) : null,
    newer: cursors.length > 0 ? () => setNav({ key, cursors: cursors.slice(0, -1) }) : null,
  };
}
