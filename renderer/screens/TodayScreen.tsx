import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../shared/api/core.ts';
import { useStation } from '../app/station-context.tsx';
import { LogCountsBar } from './log/LogCountsBar.tsx';
import { LogFilters } from './log/LogFilters.tsx';
import { SHOWN_ROWS, LogTable } from './log/LogTable.tsx';
import { countLog, matchesFilter, NO_FILTER } from './log/log-view.ts';
import { RecordDetail } from './log/RecordDetail.tsx';
import { useDayLog } from './log/use-day-log.ts';
import { useStationSearch } from './log/use-station-search.ts';
import './log/log.css';

/** Today's records: counts on top, filters, the list, a record's detail and its corrections. */
export function TodayScreen() {
  const { t } = useTranslation('log');
  const { status } = useStation();
  const { events, error } = useDayLog(status?.today);
  const [filter, setFilter] = useState(NO_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const counts = useMemo(() => countLog(events ?? []), [events]);
  const foundByStation = useStationSearch(status?.today, filter.text);
  // The list holds ID numbers masked: a record the station found by the full number counts too.
  const shown = useMemo(() => (events ?? []).filter((e) => matchesFilter(e, filter)
    || (foundByStation.has(e.id) && matchesFilter(e, { ...filter, text: '' }))), [events, filter, foundByStation]);
  // The open record follows live updates (a correction just saved shows at once).
  const open: EventView | undefined = openId ? events?.find((e) => e.id === openId) : undefined;

  return (
    <section className="log" data-testid="log-screen">
      <div className="log-head">
        <h1>{t('title', { date: status?.today ?? '' })}</h1>
        <LogCountsBar counts={counts} />
      </div>
      <LogFilters filter={filter} onChange={setFilter} />
      {error && <p role="alert" className="error">{error}</p>}
      {events === null ? <p aria-busy="true">…</p>
        : events.length === 0 ? <p className="empty">{t('empty')}</p>
        : shown.length === 0 ? <p className="empty">{t('noMatch')}</p>
        : <LogTable events={shown} onOpen={(e) => setOpenId(e.id)} />}
      {shown.length > SHOWN_ROWS && <p className="empty">{t('moreRows', { shown: SHOWN_ROWS, total: shown.length })}</p>}
      {open && <RecordDetail event={open} onClose={() => setOpenId(null)} />}
    </section>
  );
}
