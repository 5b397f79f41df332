import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpDay } from '../../../shared/api/isolation.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { FollowUpRow } from './FollowUpRow.tsx';
import { IsolationExports } from './IsolationExports.tsx';
import './isolation.css';

/**
 * The village doctor's list (追踪随访): everyone under home isolation on a day, their morning and
 * afternoon temperatures, who has not reported by the cut-off, release or extension; and the
 * health-centre report (卫生院) and the arrivals register (登记造册) to print or export.
 */
export function FollowUpScreen() {
  const { t } = useTranslation('isolation');
  const { client, status } = useStation();
  const [date, setDate] = useState('');
  const [address, setAddress] = useState('');
  const [day, setDay] = useState<FollowUpDay | null>(null);
  const [error, showError, clearError] = useApiError();
  const load = useCallback(() => client.call('followUpDay', { ...(date ? { date } : {}), ...(address.trim() ? { address: address.trim() } : {}) })
    .then((d) => { setDay(d); clearError(); }, showError), [client, date, address, showError, clearError]);
  useEffect(() => { void load(); }, [load]);
  // Someone else's reading (another doctor, the barrier registering an arrival) shows at once.
  useEffect(() => client.on('eventRecorded', () => void load()), [client, load]);

  if (!day) return error ? <p role="alert" className="error">{error}</p> : <p className="loading" aria-busy="true">…</p>;
  return (
    <section className="follow-up-screen" data-testid="follow-up-screen">
      <div className="follow-up-head">
        <h1>{t('title')}</h1>
        <label>{t('date')}<input type="date" name="followUpDate" value={date || day.date} max={status?.today} onChange={(e) => setDate(e.target.value)} /></label>
        <label>{t('group')}<input name="group" value={address} placeholder={t('groupHint')} onChange={(e) => setAddress(e.target.value)} /></label>
        <span className="cut-off" data-testid="cut-off">{t(day.pastCutOff ? 'cutOffPassed' : 'cutOffOpen', { time: day.cutOff })}</span>
      </div>
      {day.pastCutOff && (
        <p className={day.notReported.length ? 'not-reported alert' : 'not-reported'} role="status" data-testid="not-reported">
          {day.notReported.length
            ? t('notReported', { list: day.notReported.map((x) => `${x.name}（${x.slots.map((s) => t(`slot.${s}`)).join('、')}）`).join('；') })
            : t('allReported')}
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {day.rows.length === 0 ? <p className="none">{t('nobody')}</p> : (
        <table className="follow-up-table" data-testid="follow-up-table">
          <thead><tr>
            <th>{t('col.group')}</th><th>{t('col.name')}</th><th>{t('col.phone')}</th><th>{t('col.day')}</th>
            <th>{t('slot.morning')}</th><th>{t('slot.afternoon')}</th><th>{t('col.responsible')}</th><th>{t('col.state')}</th><th />
          </tr></thead>
          <tbody>{day.rows.map((row) => <FollowUpRow key={row.arrivalId} row={row} date={day.date} threshold={day.feverThresholdCelsius} onDone={() => void load()} />)}</tbody>
        </table>
      )}
      <IsolationExports date={day.date} />
    </section>
  );
}
