import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../shared/api/core.ts';
import type { ScreeningPayload } from '../../shared/domain/event.ts';
import { stationClockTime } from '../../shared/domain/local-time.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';

function who(e: EventView): string {
  const s = (e.payload as ScreeningPayload).screening;
  return s.kind === 'vehicle' ? s.vehicle.plate : s.person.name || '—';
}

/** Today's records, newest first, live: a record saved anywhere appears here at once. */
export function TodayScreen() {
  const { t } = useTranslation('common');
  const { client, status } = useStation();
  const [events, setEvents] = useState<EventView[]>([]);
  const [error, showError] = useApiError();
  const today = status?.today;

  useEffect(() => {
    if (!today) return;
    const load = () => client.call('listEvents', { date: today, limit: 200 }).then((r) => setEvents(r.events), showError);
    void load();
    return client.on('eventRecorded', () => void load());
  }, [client, today, showError]);

  return (
    <section>
      <h1>{t('today.title')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {events.length === 0 ? <p className="empty">{t('today.empty')}</p> : (
        <table className="records" data-testid="today-records">
          <thead><tr><th>{t('today.time')}</th><th>{t('today.kind')}</th><th>{t('today.who')}</th><th>{t('today.decision')}</th><th>{t('today.operator')}</th></tr></thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className={`decision-${e.decision}`}>
                <td>{stationClockTime(e.recordedAt, e.utcOffsetMin)}</td>
                <td>{t(`kind.${e.screeningKind}`)} · {t(`direction.${e.direction}`)}</td>
                <td>{who(e)}</td>
                <td>{t(`decision.${e.decision}`)}</td>
                <td>{e.staffName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
