import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTest, ThermometerSettings } from '../../shared/api/thermometer.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useSeededForm } from '../app/use-seeded-form.ts';
import { useStation } from '../app/station-context.tsx';
import { DiagnosticsPanel } from './DiagnosticsPanel.tsx';
import { LiveTemperature } from './LiveTemperature.tsx';
import { ThermometerSettingsForm } from './ThermometerSettingsForm.tsx';
import { DeviceDetail } from '../app/DeviceDetail.tsx';
import { useSerialPorts } from '../app/SerialPortFields.tsx';
import './thermometer.css';

/**
 * Setting up and checking the thermometer: settings (saved in the station, supervisors only),
 * test connection, connect / disconnect, the live reading and the diagnostics.
 */
export function ThermometerScreen() {
  const { t } = useTranslation('thermometer');
  const { client, staff } = useStation();
  const seeded = useSeededForm<ThermometerSettings>();
  const form = seeded.value;
  const [test, setTest] = useState<ConnectionTest | 'running' | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, showError, clearError] = useApiError();
  const supervisor = staff?.role === 'supervisor';

  const [ports, refreshPorts] = useSerialPorts(showError);
  useEffect(() => {
    client.call('getThermometerSettings', {}).then(seeded.seed, showError);
  }, [client, showError, seeded.seed]);

  async function run(action: () => Promise<unknown>) {
    clearError();
    setSaved(false);
    try { await action(); } catch (err) { showError(err); }
  }
  const save = () => run(async () => {
    const sent = form!;
    seeded.saved(sent, await client.call('updateThermometerSettings', sent));
    setSaved(true);
  });
  const testConnection = () => run(async () => {
    setTest('running');
    try { setTest(await client.call('testThermometer', { config: form! })); } catch (err) { setTest(null); throw err; }
  });

  if (!form) return <p aria-busy="true">…</p>;
  return (
    <section className="thermometer-screen" data-testid="thermometer-screen">
      <div className="card">
        <h1>{t('title')}</h1>
        <ThermometerSettingsForm value={form} onChange={(next) => { seeded.edit(next); setSaved(false); }} ports={ports} onRefreshPorts={refreshPorts} />
        <div className="buttons">
          <button type="button" className="primary" disabled={!supervisor} onClick={() => void save()}>{t('actions.save')}</button>
          <button type="button" disabled={!supervisor || test === 'running'} onClick={() => void testConnection()}>{t('actions.test')}</button>
          <button type="button" onClick={() => void run(() => client.call('connectThermometer', {}))}>{t('actions.connect')}</button>
          <button type="button" onClick={() => void run(() => client.call('disconnectThermometer', {}))}>{t('actions.disconnect')}</button>
        </div>
        {!supervisor && <p className="field-hint">{t('supervisorOnly')}</p>}
        {saved && <p className="test-result ok" data-testid="saved">{t('saved')}</p>}
        {test === 'running' && <p aria-busy="true">{t('testing')}</p>}
        {test && test !== 'running' && (
          <p className={`test-result ${test.ok ? 'ok' : 'failed'}`} data-testid="test-result">
            {test.ok ? t('testOk', { celsius: test.reading?.celsius.toFixed(2) }) : t('testFailed')} — <DeviceDetail status={test} />
          </p>
        )}
        {error && <p className="error" role="alert">{error}</p>}
      </div>
      <div>
        <LiveTemperature />
        <DiagnosticsPanel />
      </div>
    </section>
  );
}
