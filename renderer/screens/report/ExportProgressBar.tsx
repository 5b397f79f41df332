import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportProgress } from '../../../shared/api/report.ts';
import { useStation } from '../../app/station-context.tsx';

/**
 * The bar under the export buttons while the station writes `format`: its stage (checking the
 * record chain, reading the day, writing, printing) and how far it has come, from the progress
 * the station pushes to this session. Until the first word arrives it runs without a length.
 */
export function ExportProgressBar({ format }: { format: ExportFormat }) {
  const { t, i18n } = useTranslation('report');
  const { client } = useStation();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  useEffect(() => client.on('exportProgress', (p) => { if (p.format === format) setProgress(p); }), [client, format]);

  const working = t('export.working', { format: t(`export.formatName.${format}`) });
  const known = progress !== null && progress.total > 0;
  const count = (n: number) => n.toLocaleString(i18n.language);
  return (
    <div className="export-progress" role="status" data-testid="export-progress" data-stage={progress?.stage ?? 'starting'}>
      <progress aria-label={working} {...(known ? { value: progress.done, max: progress.total } : {})} />
      <span>
        {working}
        {progress && <> · {t(`export.stage.${progress.stage}`)}</>}
        {known && <> {count(progress.done)} / {count(progress.total)}</>}
      </span>
    </div>
  );
}
