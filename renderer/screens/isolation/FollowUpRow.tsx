import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsolationRow } from '../../../shared/api/isolation.ts';
import type { ReadingSlot } from '../../../shared/isolation/payloads.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { ResponsibleForm } from './ResponsibleForm.tsx';

/** One person on the list: their two readings of the day (typed where missing), who answers for them, and release or extension. */
export function FollowUpRow({ row, date, threshold, onDone }: { row: IsolationRow; date: string; threshold: number; onDone(): void }) {
  const { t } = useTranslation('isolation');
  const { client } = useStation();
  const [typed, setTyped] = useState<Record<ReadingSlot, string>>({ morning: '', afternoon: '' });
  const [ending, setEnding] = useState<'release' | 'extend' | 'assign' | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const [error, showError, clearError] = useApiError();

  async function run(call: () => Promise<unknown>) {
    clearError();
    try { await call(); onDone(); return true; } catch (err) { showError(err); return false; }
  }
  const save = (slot: ReadingSlot) => run(() => client.call('recordIsolationReading', { arrivalId: row.arrivalId, date, slot, celsius: Number(typed[slot]) }))
    .then((ok) => { if (ok) setTyped((x) => ({ ...x, [slot]: '' })); });
  const end = () => run(() => client.call('endIsolation', { arrivalId: row.arrivalId, outcome: ending as 'release' | 'extend', reason, ...(ending === 'extend' ? { days: Number(days) } : {}) }))
    .then((ok) => { if (ok) { setEnding(null); setReason(''); } });
  const assign = (responsible: { name: string; role: 'village-cadre' | 'village-doctor' }) => run(() => client.call('assignResponsible', { arrivalId: row.arrivalId, ...responsible }))
    .then((ok) => { if (ok) setEnding(null); return ok; });
  const toggle = (form: NonNullable<typeof ending>) => setEnding(ending === form ? null : form);

  const cell = (slot: ReadingSlot) => {
    const r = row[slot];
    if (r) return <td className={r.fever ? 'fever' : ''} data-testid={`${slot}-reading`}>{r.celsius.toFixed(1)} ℃{r.fever ? ` ${t('fever')}` : ''}{r.late ? ` ${t('late')}` : ''}</td>;
    if (row.state === 'released') return <td>—</td>;
    const value = Number(typed[slot]);
    return (
      <td className="missing">
        <input name={`${slot}-celsius`} inputMode="decimal" aria-label={`${row.name} ${t(`slot.${slot}`)}`} placeholder="36.5" value={typed[slot]}
          onChange={(e) => setTyped((x) => ({ ...x, [slot]: e.target.value }))} className={value >= threshold ? 'fever' : ''} />
        <button type="button" className="small" disabled={!(value >= 34 && value <= 43)} onClick={() => void save(slot)}>{t('save')}</button>
      </td>
    );
  };

  return (
    <>
      <tr data-testid="follow-up-row" data-name={row.name}>
        <td>{row.address || t('noAddress')}</td>
        <td>{row.name}<br /><small>{row.idNumberMasked}</small></td>
        <td>{row.phone}<br /><small>{row.householdContact}</small></td>
        <td>{t('dayOf', { day: row.day, last: row.lastDay })}{row.extensions.length > 0 && <><br /><small>{t('extended', { days: row.extensions.reduce((n, x) => n + x.days, 0) })}</small></>}</td>
        {cell('morning')}
        {cell('afternoon')}
        <td className="responsible">
          <span data-testid="responsible">{row.responsible ? <>{row.responsible.name}<br /><small>{t(`responsible.${row.responsible.role}`)}</small></> : <small>{t('responsible.none')}</small>}</span>
          {row.state !== 'released' && <button type="button" className="small" onClick={() => toggle('assign')}>{t(row.responsible ? 'responsible.change' : 'responsible.assign')}</button>}
        </td>
        <td data-testid="state">{t(`state.${row.state}`)}{row.fevers > 0 && <><br /><small className="fever">{t('fevers', { n: row.fevers })}</small></>}</td>
        <td className="actions">
          {row.state !== 'released' && (
            <>
              <button type="button" className="small" onClick={() => toggle('release')}>{t('release')}</button>
              <button type="button" className="small" onClick={() => toggle('extend')}>{t('extend')}</button>
            </>
          )}
        </td>
      </tr>
      {(ending || error) && (
        <tr className="end-form"><td colSpan={9}>
          {ending === 'assign' && <ResponsibleForm row={row} onSubmit={assign} />}
          {ending && ending !== 'assign' && (
            <span>
              {ending === 'extend' && <label>{t('days')}<input name="extendDays" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} /></label>}
              <input name="endReason" value={reason} placeholder={t(ending === 'extend' ? 'extendReason' : 'releaseReason')} aria-label={t(ending === 'extend' ? 'extendReason' : 'releaseReason')} onChange={(e) => setReason(e.target.value)} />
              <button type="button" className="primary" onClick={() => void end()}>{t(ending === 'extend' ? 'confirmExtend' : 'confirmRelease', { name: row.name })}</button>
            </span>
          )}
          {error && <span role="alert" className="error">{error}</span>}
        </td></tr>
      )}
    </>
  );
}
