import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';

/** Sign-in and shift handover: tap your name, type your PIN. */
export function SignInScreen() {
  const { t } = useTranslation('common');
  const { client, signedIn } = useStation();
  const [staffList, setStaffList] = useState<MethodOutput<'listStaff'>>([]);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, showError] = useApiError();

  useEffect(() => { client.call('listStaff', {}).then(setStaffList, showError); }, [client, showError]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try { signedIn(await client.call('signIn', { name, pin })); } catch (err) { showError(err); setPin(''); }
  }

  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)}>
      <h1>{t('signIn.title')}</h1>
      <fieldset className="choices">
        <legend>{t('signIn.choose')}</legend>
        {staffList.map((s) => (
          <label key={s.staffId} className={`choice ${name === s.name ? 'chosen' : ''}`}>
            <input type="radio" name="staff" value={s.name} checked={name === s.name} onChange={() => setName(s.name)} />
            {s.name}
          </label>
        ))}
      </fieldset>
      <label>{t('signIn.pin')}
        <input type="password" inputMode="numeric" autoComplete="off" name="pin" value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={!name || pin.length < 4}>{t('signIn.submit')}</button>
    </form>
  );
}
