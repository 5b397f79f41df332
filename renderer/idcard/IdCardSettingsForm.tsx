import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdCardReaderSettings } from '../../shared/api/idcard.ts';
import { READER_BAUD_RATES } from '../../shared/idcard/commands.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useSeededForm } from '../app/use-seeded-form.ts';
import { useStation } from '../app/station-context.tsx';
import { SerialPortFields, useSerialPorts } from '../app/SerialPortFields.tsx';

/**
 * The reader's settings: a real reader (port typed or picked, speed) or the virtual one for
 * training. A supervisor saves and tests; anyone on duty can reopen the reader.
 */
export function IdCardSettingsForm() {
  const { t } = useTranslation('idcard');
  const { client, staff } = useStation();
  // Seeded from the station; a late answer never overwrites what the supervisor is typing.
  const form = useSeededForm<IdCardReaderSettings>();
  const settings = form.value;
  const [ports] = useSerialPorts();
  const [result, setResult] = useState<{ ok: boolean; detail: string } | 'saved' | 'testing' | null>(null);
  const [error, showError, clearError] = useApiError();

  useEffect(() => {
    client.call('getIdCardSettings', {}).then(form.seed, showError);
  }, [client, showError, form.seed]);

  if (!settings) return null;
  const supervisor = staff?.role === 'supervisor';
  const edit = (next: Partial<IdCardReaderSettings>) => { setResult(null); form.edit(next); };
  const wanted = { ...settings, autoConnect: settings.mode === 'virtual' || settings.path !== '' };
  const save = () => {
    clearError();
    client.call('updateIdCardSettings', wanted).then((s) => { form.saved(wanted, s); setResult('saved'); }, showError);
  };
  const test = () => {
    clearError();
    setResult('testing');
    client.call('testIdCardReader', { settings: wanted }).then(setResult, (e) => { setResult(null); showError(e); });
  };

  return (
    <div className="idcard-settings">
      <fieldset disabled={!supervisor}>
        <div className="choice-row" role="radiogroup" aria-label={t('settings.mode')}>
          {(['serial', 'virtual'] as const).map((mode) => (
            <label key={mode} className="check">
              <input type="radio" name="idcardMode" value={mode} checked={settings.mode === mode} onChange={() => edit({ mode })} />
              {t(`settings.${mode}`)}
            </label>
          ))}
        </div>
        {settings.mode === 'serial' && (
          <>
            <SerialPortFields names={{ port: 'idcardPort', baud: 'idcardBaud' }} labels={{ port: t('settings.port'), baud: t('settings.baud') }}
              placeholder="/dev/ttyUSB0, COM3" path={settings.path} baudRate={settings.baudRate} baudRates={READER_BAUD_RATES} ports={ports} onChange={edit} />
          </>
        )}
        {supervisor && (
          <div className="button-row">
            <button type="button" onClick={save}>{t('settings.save')}</button>
            <button type="button" onClick={test}>{t('settings.test')}</button>
          </div>
        )}
      </fieldset>
      {result === 'saved' && <p className="hint" role="status">{t('settings.saved')}</p>}
      {result === 'testing' && <p className="hint" role="status" aria-busy="true">{t('settings.testing')}</p>}
      {typeof result === 'object' && result && (
        <p className={result.ok ? 'hint ok' : 'error'} role="status" data-testid="idcard-test">
          {t(result.ok ? 'settings.testOk' : 'settings.testFailed', { detail: result.detail })}
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {!supervisor && <p className="hint">{t('settings.supervisorOnly')}</p>}
    </div>
  );
}
