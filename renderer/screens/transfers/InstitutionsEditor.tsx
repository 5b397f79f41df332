import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';

/** The supervisor's list of receiving institutions (卫生院, 定点医院…), one a line. */
export function InstitutionsEditor({ institutions, onSaved }: { institutions: string[]; onSaved(list: string[]): void }) {
  const { t } = useTranslation('transfers');
  const { client } = useStation();
  const [text, setText] = useState(institutions.join('\n'));
  const [saved, setSaved] = useState(false);
  const [error, showError, clearError] = useApiError();
  useEffect(() => { setText(institutions.join('\n')); }, [institutions]);

  async function save(e: FormEvent) {
    e.preventDefault();
    clearError();
    setSaved(false);
    try {
      const list = text.split('\n').map((l) => l.trim()).filter(Boolean);
      onSaved((await client.call('updateTransferSettings', { institutions: list })).institutions);
      setSaved(true);
    } catch (err) { showError(err); }
  }

  return (
    <form className="institutions-editor" onSubmit={(e) => void save(e)}>
      <label>{t('institutionsLabel')}<textarea name="institutions" rows={4} value={text} onChange={(e) => { setSaved(false); setText(e.target.value); }} /></label>
      <button type="submit">{t('saveInstitutions')}</button>
      {saved && <p role="status" className="saved">{t('saved')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
