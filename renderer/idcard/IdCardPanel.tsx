import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIRTUAL_READER_DETAIL, type IdCardDiagnostics, type IdCardPresented } from '../../shared/api/idcard.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';
import { IdCardSettingsForm } from './IdCardSettingsForm.tsx';
import { DeviceDetail } from '../app/DeviceDetail.tsx';
import './idcard.css';

/** How often the live log is refreshed while the panel is open. */
const LOG_REFRESH_MS = 1000;

/**
 * 读卡器: settings, the reader's state, the cards laid on it (their kind and time only: the
 * content goes to the screening form, never to a check screen) and its recent traffic.
 */
export function IdCardPanel() {
  const { t } = useTranslation('idcard');
  const { client, status } = useStation();
  const [reads, setReads] = useState<IdCardPresented[]>([]);
  const [diagnostics, setDiagnostics] = useState<IdCardDiagnostics | null>(null);
  const [error, showError] = useApiError();
  const device = status?.devices.find((d) => d.device === 'idcard');
  const virtual = device?.detail === VIRTUAL_READER_DETAIL;

  useEffect(() => client.on('idCardPresented', (p) => setReads((prev) => [p, ...prev].slice(0, 10))), [client]);
  // The log is fetched only at a station with a reader set up: nothing to show otherwise.
  const hasReader = device !== undefined;
  useEffect(() => {
    if (!hasReader) return;
    const refresh = () => client.call('idCardDiagnostics', {}).then(setDiagnostics, () => {});
    refresh();
    const timer = setInterval(refresh, LOG_REFRESH_MS);
    return () => clearInterval(timer);
  }, [client, hasReader]);

  return (
    <div className="card idcard-panel" data-testid="idcard-panel">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <p data-testid="idcard-state">
        {t('state')}: {device ? <>{t(`common:status.device.${device.state}`)} {virtual ? t('virtualReader') : <DeviceDetail status={device} />}</> : t('common:status.device.none')}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void client.call('connectIdCardReader', {}).catch(showError)}>{t('reconnect')}</button>
        {virtual && <button type="button" onClick={() => void client.call('presentTrainingCard', {}).catch(showError)}>{t('trainingCard')}</button>}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <IdCardSettingsForm />
      <h3>{t('reads')}</h3>
      {reads.length === 0 ? <p className="empty">{t('noReads')}</p> : (
        <ol className="idcard-reads" data-testid="idcard-reads">
          {reads.map((r) => <li key={r.readId}>{new Date(r.at).toLocaleTimeString()} · {t(`cardType.${r.cardType}`)}</li>)}
        </ol>
      )}
      <h3>{t('log')}</h3>
      <ol className="idcard-log" data-testid="idcard-log">
        {(diagnostics?.log ?? []).slice(-12).reverse().map((e, i) => (
          <li key={`${e.at}-${i}`} className={`log-${e.kind}`}><code>{new Date(e.at).toLocaleTimeString()} {e.kind}</code> {e.text}</li>
        ))}
      </ol>
    </div>
  );
}
