import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../shared/api/staff.ts';
import { PinInput } from '../own-pin/PinInput.tsx';

interface Props {
  member: StaffMember;
  /** Runs one roster action; the panel reloads the list and shows what happened. */
  act(action: 'reset' | 'unlock' | 'deactivate' | 'reactivate', pin?: string): Promise<boolean>;
  /** The department choice (三联动), shown beside the role. */
  department?: ReactNode;
}

/** One colleague: role, state (locked for how long, deactivated, must change PIN), and the supervisor's actions. */
export function StaffRow({ member: m, act, department }: Props) {
  const { t } = useTranslation('station');
  const [resetPin, setResetPin] = useState<string | null>(null);
  const minDigits = m.role === 'supervisor' ? 6 : 4;

  async function submitReset(e: FormEvent) {
    e.preventDefault();
    if (await act('reset', resetPin!)) setResetPin(null);
  }

  return (
    <li className={`staff-row ${m.active ? '' : 'inactive'}`} data-testid="staff-row" data-name={m.name}>
      <span className="staff-name">{m.name}</span>
      <span className="role">{t(`role.${m.role}`)}</span>
      {department}
      {!m.active && <span className="badge off">{t('staff.inactive')}</span>}
      {m.lockedMinutes > 0 && <span className="badge warn" data-testid="staff-locked">{t('staff.locked', { minutes: m.lockedMinutes })}</span>}
      {m.mustChangePin && m.active && <span className="badge">{t('staff.mustChangePin')}</span>}
      <span className="staff-actions">
        {m.lockedMinutes > 0 && <button type="button" onClick={() => void act('unlock')}>{t('staff.unlock')}</button>}
        {m.active && resetPin === null && <button type="button" onClick={() => setResetPin('')}>{t('staff.resetPin')}</button>}
        {m.active
          ? <button type="button" onClick={() => void act('deactivate')}>{t('staff.deactivate')}</button>
          : <button type="button" onClick={() => void act('reactivate')}>{t('staff.reactivate')}</button>}
      </span>
      {resetPin !== null && (
        <form className="staff-reset" onSubmit={(e) => void submitReset(e)}>
          <PinInput name="resetPin" label={t('staff.newPin', { digits: minDigits })} value={resetPin} onChange={setResetPin} autoFocus />
          <button type="submit" className="primary" disabled={resetPin.length < minDigits}>{t('staff.confirmReset')}</button>
          <button type="button" onClick={() => setResetPin(null)}>{t('staff.cancel')}</button>
        </form>
      )}
    </li>
  );
}
