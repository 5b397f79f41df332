import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningKeyInfo } from '../../../shared/api/report.ts';
import type { DailyReport } from '../../../shared/report/daily-report.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useLatestAnswer } from '../../app/use-latest-answer.ts';
import { useStation } from '../../app/station-context.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import './report.css';

/** End of day: the 日报 preview for a day or range, the exports, and the key to check them by. */
export function EndOfDayScreen() {
  const { t } = useTranslation('report');
  const { client, status } = useStation();
  const [from, setFrom] = useState(status?.today ?? '');
  const [to, setTo] = useState('');
  const [report, setReport] = useState<DailyReport | null>(null);
  const [key, setKey] = useState<SigningKeyInfo | null>(null);
  const [error, showError, clearError] = useApiError();

  // A new day picked (or a record saved) asks again; an older answer landing late is dropped.
  const ask = useLatestAnswer();
  const load = useCallback(async () => {
    if (!from) return;
    const latest = ask();
    clearError();
    try {
      const answer = await client.call('dailyReport', { from, ...(to ? { to } : {}) });
      if (latest()) setReport(answer);
    } catch (err) {
      if (!latest()) return;
      setReport(null);
      showError(err);
    }
  }, [client, from, to, clearError, showError, ask]);

  useEffect(() => { void load(); }, [load]);
  useEffect(() => { if (!from && status?.today) setFrom(status.today); }, [from, status?.today]);
  useEffect(() => { client.call('signingKey', {}).then(setKey, () => setKey(null)); }, [client]);
  // New records (today) show in the preview as they are saved.
  useEffect(() => client.on('eventRecorded', () => void load()), [client, load]);

  return (
    <section className="end-of-day" data-testid="report-screen">
      <h1>{t('title')}</h1>
      <div className="report-range">
        <label className="field"><span>{t('from')}</span><input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="field"><span>{t('to')}</span><input type="date" name="to" value={to} min={from} onChange={(e) => setTo(e.target.value)} /></label>
        <button type="button" onClick={() => void load()}>{t('refresh')}</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {report ? <ReportPreview report={report} /> : !error && <p aria-busy="true">…</p>}
      <ExportPanel from={from} to={to} />
      {key && <p className="key-fingerprint" data-testid="key-fingerprint">{t('key')}: <code>{key.grouped}</code></p>}
    </section>
  );
}
