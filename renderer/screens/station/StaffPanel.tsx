import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import type { StaffRole } from '../../../shared/api/core.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';

const EMPTY = { name: '', pin: '', role: 'staff' as StaffRole };

/** Who may sign in here: the list, and a supervisor adding a colleague with a first PIN. */
export function StaffPanel() {
  const { t } = useTranslation('station');
  const { client } = useStation();
  const [staff, setStaff] = useState<MethodOutput<'listStaff'>>([]);
  const [form, setForm] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const [error, showError, clearError] = useApiError();
  const load = useCallback(() => client.call('listStaff', {}).then(setStaff, showError), [client, showError]);
  useEffect(() => { void load(); }, [load]);

  async function add(e: FormEvent) {
    e.preventDefault();
    clearError();
    const sent = form;
    try {
      await client.call('addStaff', sent);
      setAdded(sent.name);
      // Empty for the next colleague, unless someone already began typing them in meanwhile.
      setForm((now) => (now === sent ? EMPTY : now));
      await load();
    } catch (err) { showError(err); }
  }

  return (
    <fieldset className="staff-panel">
      <legend>{t('staff.title')}</legend>
      <ul className="staff-list" data-testid="staff-list">
        {staff.map((s) => <li key={s.staffId}>{s.name} <span className="role">{t(`role.${s.role}`)}</span></li>)}
      </ul>
      <form className="staff-add" onSubmit={(e) => void add(e)}>
        <label>{t('staff.name')}<input name="staffName" required value={form.name} onChange={(e) => { setAdded(null); setForm({ ...form, name: e.target.value }); }} /></label>
        <label>{t('staff.pin')}<input name="staffPin" required type="password" inputMode="numeric" autoComplete="off" value={form.pin}
          onChange={(e) => setForm({ ...form, pin: e.target.value.replace(/\D/g, '').slice(0, 12) })} /></label>
        <ChoiceButtons label={t('staff.role')} options={['staff', 'supervisor'] as const} value={form.role}
          className="role-choice" onChange={(role) => setForm({ ...form, role })} labelOf={(r) => t(`role.${r}`)} />
        <button type="submit" className="primary" disabled={!form.name.trim() || form.pin.length < 4}>{t('staff.add')}</button>
      </form>
      {added && <p className="saved" role="status">{t('staff.added', { name: added })}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </fieldset>
  );
}
