import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import type { MaintenanceSettings } from '../../../shared/api/maintenance.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useSeededForm } from '../../app/use-seeded-form.ts';
import { useStation } from '../../app/station-context.tsx';
import './maintenance.css';

/** A supervisor's maintenance: backups (now, list, restore), the retention purge, the limits. */
export function MaintenanceScreen() {
  const { t, i18n } = useTranslation('maintenance');
  const { client, refreshStatus } = useStation();
  const [backups, setBackups] = useState<MethodOutput<'listBackups'>>([]);
  // Every action reloads the settings too; what the supervisor typed meanwhile stays.
  const { value: settings, seed, edit, saved } = useSeededForm<MaintenanceSettings>();
  const [confirmRestore, setConfirmRestore] = useState<string | null>(null);
  const [days, setDays] = useState(30);
  const [confirmPurge, setConfirmPurge] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, showError, clearError] = useApiError();

  const reload = useCallback(async () => {
    try {
      setBackups(await client.call('listBackups', {}));
      seed(await client.call('getMaintenanceSettings', {}));
    } catch (err) { showError(err); }
  }, [client, showError, seed]);
  useEffect(() => { void reload(); }, [reload]);

  async function act(work: () => Promise<string>) {
    clearError();
    setNotice(null);
    try { setNotice(await work()); } catch (err) { showError(err); }
    await reload();
    await refreshStatus();
  }

  const backupNow = () => act(async () => t('backups.made', { name: (await client.call('backupNow', {})).name }));
  const restore = (name: string) => act(async () => {
    setConfirmRestore(null);
    const done = await client.call('restoreBackup', { backup: name });
    return t('backups.restored', { name: done.restoredFrom, safety: done.safetyBackup });
  });
  const purge = () => act(async () => {
    setConfirmPurge(false);
    const done = await client.call('purgeRecords', { olderThanDays: days });
    return t('retention.done', { count: done.purged, keptFrom: done.keptFrom });
  });
  function saveSettings(e: FormEvent) {
    e.preventDefault();
    const sent = settings;
    if (sent) void act(async () => { saved(sent, await client.call('updateMaintenanceSettings', sent)); return t('settings.saved'); });
  }

  return (
    <section className="card maintenance" data-testid="maintenance-screen">
      <h1>{t('title')}</h1>
      {notice && <p role="status" data-testid="maintenance-notice">{notice}</p>}
      {error && <p role="alert" className="error">{error}</p>}

      <h2>{t('backups.title')}</h2>
      <p>{t('backups.intro', { keep: settings?.backupsToKeep ?? '…' })}</p>
      <button type="button" className="primary" onClick={() => void backupNow()}>{t('backups.now')}</button>
      <table data-testid="backup-list">
        <tbody>
          {backups.map((b) => (
            <tr key={b.name}>
              <td>{new Date(b.createdAt).toLocaleString(i18n.language)}</td>
              <td>{t(`reason.${b.reason}`)}</td>
              <td>{(b.bytes / 2 ** 20).toFixed(1)} MB</td>
              <td>
                {confirmRestore === b.name
                  ? <button type="button" className="danger" onClick={() => void restore(b.name)}>{t('backups.confirmRestore')}</button>
                  : <button type="button" onClick={() => setConfirmRestore(b.name)}>{t('backups.restore')}</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('retention.title')}</h2>
      <label>{t('retention.days')}
        <input type="number" name="olderThanDays" min={1} max={3650} value={days} onChange={(e) => { setDays(Number(e.target.value)); setConfirmPurge(false); }} />
      </label>
      {confirmPurge
        ? <button type="button" className="danger" onClick={() => void purge()}>{t('retention.confirm', { days })}</button>
        : <button type="button" disabled={!(days >= 1)} onClick={() => setConfirmPurge(true)}>{t('retention.purge')}</button>}

      {settings && (
        <form onSubmit={saveSettings}>
          <h2>{t('settings.title')}</h2>
          <label>{t('settings.backupsToKeep')}
            <input type="number" name="backupsToKeep" min={1} max={60} value={settings.backupsToKeep}
              onChange={(e) => edit({ backupsToKeep: Number(e.target.value) })} />
          </label>
          <label>{t('settings.maxShiftHours')}
            <input type="number" name="maxShiftHours" min={1} max={24} value={settings.maxShiftHours}
              onChange={(e) => edit({ maxShiftHours: Number(e.target.value) })} />
          </label>
          <button type="submit">{t('settings.save')}</button>
        </form>
      )}
    </section>
  );
}
