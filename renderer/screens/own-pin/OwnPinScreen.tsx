import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { PinInput } from './PinInput.tsx';

/**
 * Anyone changes their own PIN: the current one, the new one twice. Shown by itself after a
 * supervisor reset the PIN or while a supervisor's PIN is shorter than 6 digits (the station
 * then accepts nothing else); otherwise opened from the status bar and left with 返回.
 */
export function OwnPinScreen({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('common');
  const { client, staff, refreshStaff } = useStation();
  const [pins, setPins] = useState({ current: '', next: '', again: '' });
  const [error, showError, clearError] = useApiError();
  const forced = staff?.mustChangePin ?? false;
  const minDigits = staff?.role === 'supervisor' ? 6 : 4;
  const mismatch = pins.again.length > 0 && pins.again !== pins.next;

  async function submit(e: FormEvent) {
    e.preventDefault();
    clearError();
    try {
      await client.call('changeOwnPin', { currentPin: pins.current, newPin: pins.next });
      await refreshStaff();
      onDone();
    } catch (err) {
      showError(err);
      setPins({ current: '', next: '', again: '' });
    }
  }

  return (
    <form className="card narrow own-pin" onSubmit={(e) => void submit(e)} data-testid="own-pin">
      <h1>{t('ownPin.title', { name: staff?.name })}</h1>
      {forced && <p className="notice" role="status">{t(staff?.role === 'supervisor' ? 'ownPin.forcedSupervisor' : 'ownPin.forced', { digits: minDigits })}</p>}
      <PinInput name="currentPin" label={t('ownPin.current')} value={pins.current} onChange={(current) => setPins({ ...pins, current })} autoFocus />
      <PinInput name="newPin" label={t('ownPin.new', { digits: minDigits })} value={pins.next} onChange={(next) => setPins({ ...pins, next })} />
      <PinInput name="newPinAgain" label={t('ownPin.again')} value={pins.again} onChange={(again) => setPins({ ...pins, again })} />
      {mismatch && <p className="error">{t('ownPin.mismatch')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={pins.current.length < 4 || pins.next.length < minDigits || pins.again !== pins.next}>{t('ownPin.submit')}</button>
      {!forced && <button type="button" onClick={onDone}>{t('ownPin.back')}</button>}
    </form>
  );
}
