import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/core.ts';
import type { SigningKeyInfo } from '../../../shared/api/report.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useSeededForm } from '../../app/use-seeded-form.ts';
import { useStation } from '../../app/station-context.tsx';
import { StaffPanel } from './StaffPanel.tsx';
import './station.css';

type Identity = Pick<Settings, 'stationName' | 'stationCode' | 'township' | 'village'>;
const FIELDS = ['stationName', 'stationCode', 'township', 'village'] as const;
const identityOf = ({ stationName, stationCode, township, village }: Settings): Identity => ({ stationName, stationCode, township, village });

/**
 * Station settings for supervisors: the checkpoint's identity as it appears on every record
 * and 日报, the staff who may sign in, and the signing key's fingerprint the police compare.
 */
export function StationScreen() {
  const { t } = useTranslation('station');
  const { client, refreshStatus } = useStation();
  const seeded = useSeededForm<Identity>();
  const identity = seeded.value;
  const [key, setKey] = useState<SigningKeyInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, showError, clearError] = useApiError();

  useEffect(() => {
    client.call('getSettings', {}).then((s) => seeded.seed(identityOf(s)), showError);
    client.call('signingKey', {}).then(setKey, () => setKey(null));
  }, [client, showError, seeded.seed]);
  if (!identity) return <p aria-busy="true">{error ?? '…'}</p>;

  async function save(e: FormEvent) {
    e.preventDefault();
    clearError();
    const sent = identity!;
    try {
      seeded.saved(sent, identityOf(await client.call('updateSettings', sent)));
      setSaved(true);
      await refreshStatus();
    } catch (err) { showError(err); }
  }

  return (
    <div className="station-screen">
      <h1>{t('title')}</h1>
      <form onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>{t('identity')}</legend>
          {FIELDS.map((f) => (
            <label key={f}>{t(`field.${f}`)}
              <input name={f} required={f === 'stationName' || f === 'stationCode'} value={identity[f]}
                onChange={(e) => { setSaved(false); seeded.edit({ [f]: e.target.value }); }} />
            </label>
          ))}
          <button type="submit" className="primary">{t('save')}</button>
          {saved && <p className="saved" role="status">{t('saved')}</p>}
          {error && <p role="alert" className="error">{error}</p>}
        </fieldset>
      </form>
      <StaffPanel />
      <fieldset>
        <legend>{t('key.title')}</legend>
        <p>{t('key.explain')}</p>
        <p className="key-fingerprint" data-testid="station-key">{key ? <code>{key.grouped}</code> : '—'}</p>
      </fieldset>
    </div>
  );
}
