import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFormat, type ExportOutcome } from '../../../shared/api/report.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { ExportProgressBar } from './ExportProgressBar.tsx';

const formatBytes = (n: number) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** One button per format; a progress bar while the station writes; then where the files went. */
export function ExportPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('report');
  const { client, staff } = useStation();
  const [folder, setFolder] = useState('');
  const [fullId, setFullId] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [error, showError, clearError] = useApiError();

  if (staff?.role !== 'supervisor') return <p className="hint" data-testid="export-supervisor-only">{t('export.supervisorOnly')}</p>;

  async function run(format: ExportFormat) {
    setBusy(format);
    setOutcome(null);
    clearError();
    try {
      setOutcome(await client.call('exportReport', { from, to: to || undefined, format, fullId, ...(folder.trim() ? { folder: folder.trim() } : {}) }));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <label className="field">
        <span>{t('export.folder')}</span>
        <input name="folder" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />
      </label>
      <label className="check">
        <input type="checkbox" name="fullId" checked={fullId} onChange={(e) => setFullId(e.target.checked)} />
        <span>{t('export.fullId')}</span>
      </label>
      <div className="export-buttons">
        {ExportFormat.options.map((format) => (
          <button key={format} type="button" disabled={busy !== null} data-testid={`export-${format}`} onClick={() => void run(format)}>
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      {busy && <ExportProgressBar format={busy} />}
      {error && <p role="alert" className="error">{error}</p>}
      {outcome && (
        <div className="export-outcome" role="status" data-testid="export-outcome">
          <p>{t('export.done', { count: outcome.files.length, folder: outcome.folder })} · {outcome.masked ? t('export.masked') : t('export.full')}</p>
          <ul>
            {outcome.files.map((f) => <li key={f.path}><code>{f.path}</code> ({formatBytes(f.bytes)})</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
