import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryState } from '../../../shared/api/maintenance.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

/**
 * Shown instead of everything else when the station started in recovery: what is wrong, the
 * good backups (newest first, the newest chosen), and a supervisor of that backup restores it.
 */
export function RecoveryScreen({ recovery }: { recovery: RecoveryState }) {
  const { t, i18n } = useTranslation('maintenance');
  const { client, refreshStatus } = useStation();
  const [backup, setBackup] = useState(recovery.backups[0]?.name ?? '');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, showError] = useApiError();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await client.call('recoverFromBackup', { backup, name, pin });
      await refreshStatus();
    } catch (err) {
      showError(err);
      setPin('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card narrow recovery" data-testid="recovery-screen" onSubmit={(e) => void submit(e)}>
      <h1>{t('recovery.title')}</h1>
      <p role="alert" data-testid="recovery-problem">{t(`recovery.problem.${recovery.problem}`)}</p>
      <p className="detail">{recovery.detail}</p>
      {recovery.backups.length === 0 ? (
        <p className="error" data-testid="recovery-no-backup">{t('recovery.noBackup')}</p>
      ) : (
        <>
          <fieldset className="choices">
            <legend>{t('recovery.chooseBackup')}</legend>
            {recovery.backups.map((b, i) => (
              <label key={b.name} className={`choice ${backup === b.name ? 'chosen' : ''}`}>
                <input type="radio" name="backup" value={b.name} checked={backup === b.name} onChange={() => setBackup(b.name)} />
                {when(b.createdAt)} · {t(`reason.${b.reason}`)}{i === 0 ? ` · ${t('recovery.newest')}` : ''}
              </label>
            ))}
          </fieldset>
          <p>{t('recovery.supervisorOfBackup')}</p>
          <label>{t('recovery.name')}
            <input name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>{t('recovery.pin')}
            <input type="password" inputMode="numeric" autoComplete="off" name="pin" value={pin}
              onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
          </label>
          {error && <p role="alert" className="error">{error}</p>}
          <button type="submit" className="primary" disabled={busy || !backup || !name.trim() || pin.length < 4}>{t('recovery.restore')}</button>
          <p className="hint">{t('recovery.damagedKept')}</p>
        </>
      )}
    </form>
  );
}
