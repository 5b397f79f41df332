import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../shared/api/core.ts';
import { useStation } from '../app/station-context.tsx';
import { LogCountsBar } from './log/LogCountsBar.tsx';
import { LogFilters } from './log/LogFilters.tsx';
import { LogPager } from './log/LogPager.tsx';
import { LogTable } from './log/LogTable.tsx';
import { logFilterOf, NO_FILTER } from './log/log-view.ts';
import { RecordDetail } from './log/RecordDetail.tsx';
import { useLogPage } from './log/use-log-page.ts';
import './log/log.css';

/**
 * The log: counts on top, filters, one page of records, a record's detail and its corrections.
 * Staff see today; a supervisor can pick any day. The station filters, counts and pages.
 */
export function TodayScreen() {
  const { t } = useTranslation('log');
  const { status, staff } = useStation();
  const today = status?.today ?? '';
  const [picked, setPicked] = useState<string | null>(null);
  const date = staff?.role === 'supervisor' && picked ? picked : today;
  const [choice, setChoice] = useState(NO_FILTER);
  const filter = useMemo(() => logFilterOf(date, choice), [date, choice]);
  const { events, counts, error, pageNumber, newer, older } = useLogPage(filter);
  const [opened, setOpened] = useState<EventView | null>(null);
  // The open record follows live updates (a correction just saved shows at once).
  const open = opened && (events?.find((e) => e.id === opened.id) ?? opened);
  const filtered = JSON.stringify(choice) !== JSON.stringify(NO_FILTER);

  return (
    <section className="log" data-testid="log-screen">
      <div className="log-head">
        <h1>{t(date === today ? 'title' : 'titleDay', { date })}</h1>
        {staff?.role === 'supervisor' && (
          <label className="log-date">{t('day')}
            <input type="date" name="log-date" value={date} max={today} required
              onChange={(e) => setPicked(e.target.value || null)} />
          </label>
        )}
        {counts && <LogCountsBar counts={counts} />}
      </div>
      <LogFilters filter={choice} onChange={setChoice} />
      {/* Above the rows: the next page is one tap away, without scrolling a hundred rows. */}
      {counts && counts.total > 0 && <LogPager pageNumber={pageNumber} total={counts.total} newer={newer} older={older} />}
      {error && <p role="alert" className="error">{error}</p>}
      {events === null || counts === null ? <p aria-busy="true">…</p>
        : events.length === 0 ? <p className="empty">{filtered ? t('noMatch') : t(date === today ? 'empty' : 'emptyDay')}</p>
        : <LogTable events={events} onOpen={setOpened} />}
      {open && <RecordDetail event={open} onClose={() => setOpened(null)} />}
    </section>
  );
}
