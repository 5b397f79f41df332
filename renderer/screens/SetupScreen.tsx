import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';

/** First run: the station's identity and the first supervisor; nothing else is needed to start. */
export function SetupScreen() {
  const { t } = useTranslation('common');
  const { client, signedIn } = useStation();
  const [form, setForm] = useState({ stationName: '', stationCode: '', supervisorName: '', pin: '' });
  const [error, showError] = useApiError();
  const field = (key: keyof typeof form) => ({
    name: key, value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      signedIn(await client.call('setup', {
        settings: { stationName: form.stationName, stationCode: form.stationCode },
        supervisor: { name: form.supervisorName, pin: form.pin },
      }));
    } catch (err) { showError(err); }
  }

  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)}>
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <label>{t('setup.stationName')}<input required {...field('stationName')} /></label>
      <label>{t('setup.stationCode')}<input required {...field('stationCode')} /></label>
      <label>{t('setup.supervisorName')}<input required {...field('supervisorName')} /></label>
      <label>{t('setup.pin')}<input required type="password" inputMode="numeric" pattern="\d{4,12}" {...field('pin')} /></label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary">{t('setup.submit')}</button>
    </form>
  );
}
