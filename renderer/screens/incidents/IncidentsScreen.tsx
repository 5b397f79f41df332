import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentView } from '../../../shared/api/incident.ts';
import { IncidentCategory } from '../../../shared/incident/incident.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useLiveList } from '../../app/use-live-list.ts';
import { useStation } from '../../app/station-context.tsx';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';
import { localTime } from '../transfers/local-time.ts';
import '../transfers/transfers.css';

/**
 * 随时报告: what must be reported at once, each with its printable sheet. Staff report (or
 * arrive here from a fever or red-code result, already reported); a supervisor acknowledges.
 */
export function IncidentsScreen() {
  const { t } = useTranslation('transfers');
  const { client, staff } = useStation();
  const [incidents, setIncidents] = useState<IncidentView[]>([]);
  const [category, setCategory] = useState<IncidentCategory>('other');
  const [facts, setFacts] = useState('');
  const [printed, setPrinted] = useState<Record<string, string>>({});
  const [error, showError, clearError] = useApiError();
  const load = useCallback(() => client.call('listIncidents', {}).then(setIncidents, showError), [client, showError]);
  const run = useLiveList(load, showError, clearError);
  async function report(e: FormEvent) {
    e.preventDefault();
    if (await run(() => client.call('reportIncident', { category, facts }))) setFacts('');
  }
  const print = (id: string) => run(async () => {
    const { path } = await client.call('printIncidentSheet', { incidentId: id });
    setPrinted((p) => ({ ...p, [id]: path }));
  });

  return (
    <section className="incidents-screen">
      <h1>{t('incidents.title')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <form className="incident-form" onSubmit={(e) => void report(e)}>
        <ChoiceButtons<IncidentCategory> label={t('incidents.category')} options={IncidentCategory.options} value={category} onChange={setCategory}
          labelOf={(c) => t(`category.${c}`)} className="category-choice" />
        <label>{t('incidents.facts')}<textarea name="facts" rows={3} cols={50} value={facts} onChange={(e) => setFacts(e.target.value)} /></label>
        <button type="submit" className="primary" disabled={!facts.trim()}>{t('incidents.report')}</button>
      </form>
      {incidents.length === 0 ? <p>{t('incidents.none')}</p> : (
        <ul className="incident-list" data-testid="incident-list">
          {incidents.map((i) => (
            <li key={i.id} className={`incident ${i.acknowledgedBy ? 'acknowledged' : 'unacknowledged'}`} data-testid="incident" data-acknowledged={Boolean(i.acknowledgedBy)}>
              <div className="incident-head">
                <strong>{t(`category.${i.category}`)}</strong>
                <span>{t('incidents.when', { at: localTime(i.occurredAt), by: i.reportedBy })}</span>
                <span className="badge">{i.acknowledgedBy ? t('incidents.acknowledgedBy', { by: i.acknowledgedBy }) : t('incidents.waiting')}</span>
              </div>
              <p className="incident-facts">{i.facts}</p>
              <button type="button" onClick={() => void print(i.id)}>{t('incidents.print')}</button>
              {!i.acknowledgedBy && staff?.role === 'supervisor' && (
                <button type="button" className="primary" onClick={() => void run(() => client.call('acknowledgeIncident', { incidentId: i.id }))}>{t('incidents.acknowledge')}</button>
              )}
              {printed[i.id] && <p role="status" className="saved" data-testid="incident-printed">{t('incidents.printed', { path: printed[i.id] })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
