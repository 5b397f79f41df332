import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

const CHOICES = [['health-centre', 'pdf'], ['health-centre', 'xlsx'], ['register', 'pdf'], ['register', 'xlsx']] as const;

/** The health-centre report and the arrivals register of the day, written to the station's exports folder. */
export function IsolationExports({ date }: { date: string }) {
  const { t } = useTranslation('isolation');
  const { client } = useStation();
  const [written, setWritten] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, showError, clearError] = useApiError();

  async function write(sheet: 'health-centre' | 'register', format: 'pdf' | 'xlsx') {
    setBusy(true);
    clearError();
    try {
      const out = await client.call('exportIsolation', { sheet, format, date });
      setWritten(out.files.map((f) => f.path));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="isolation-exports">
      <legend>{t('exports')}</legend>
      {CHOICES.map(([sheet, format]) => (
        <button key={`${sheet}-${format}`} type="button" disabled={busy} onClick={() => void write(sheet, format)}>
          {t(`export.${sheet}`)} {format.toUpperCase()}
        </button>
      ))}
      {written.length > 0 && <p className="saved" role="status" data-testid="isolation-written">{t('written', { files: written.join('，') })}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </fieldset>
  );
}
