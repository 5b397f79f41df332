import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../shared/api/core.ts';
import type { StaffMember } from '../../../shared/api/staff.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { PinInput } from '../own-pin/PinInput.tsx';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';
import { StaffRow } from './StaffRow.tsx';
import type { Department } from '../../../shared/duty/department.ts';
import { DepartmentSelect } from '../transfers/DepartmentSelect.tsx';

const EMPTY = { name: '', pin: '', role: 'staff' as StaffRole };

/**
 * Who may sign in here. A supervisor adds a colleague with a first PIN, resets a forgotten
 * PIN, lifts a lock, deactivates someone who left and brings them back. The station refuses
 * to deactivate the last active supervisor and audits every action.
 */
export function StaffPanel() {
  const { t } = useTranslation('station');
  const { client } = useStation();
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const [error, showError, clearError] = useApiError();
  const [departments, setDepartments] = useState<Map<number, Department>>(new Map());
  const load = useCallback(() => Promise.all([client.call('staffRoster', {}), client.call('staffDepartments', {})]).then(([roster, set]) => {
    setStaff(roster);
    setDepartments(new Map(set.map((d) => [d.staffId, d.department])));
  }, showError), [client, showError]);
  useEffect(() => { void load(); }, [load]);

  /** Runs one call, then reloads the roster and says what happened; false if refused. */
  async function run(call: () => Promise<unknown>, message: string): Promise<boolean> {
    clearError();
    setDone(null);
    try {
      await call();
      setDone(message);
      return true;
    } catch (err) {
      showError(err);
      return false;
    } finally { await load(); }
  }

  const act = (m: StaffMember) => (action: 'reset' | 'unlock' | 'deactivate' | 'reactivate', pin?: string) => {
    const { staffId, name } = m;
    const call = {
      reset: () => client.call('resetStaffPin', { staffId, pin: pin! }),
      unlock: () => client.call('unlockStaff', { staffId }),
      deactivate: () => client.call('setStaffActive', { staffId, active: false }),
      reactivate: () => client.call('setStaffActive', { staffId, active: true }),
    }[action];
    return run(call, t(`staff.done.${action}`, { name }));
  };

  async function add(e: FormEvent) {
    e.preventDefault();
    const sent = form;
    // Empty for the next colleague, unless someone already began typing them in meanwhile.
    if (await run(() => client.call('addStaff', sent), t('staff.added', { name: sent.name }))) setForm((now) => (now === sent ? EMPTY : now));
  }

  const minDigits = form.role === 'supervisor' ? 6 : 4;
  return (
    <fieldset className="staff-panel">
      <legend>{t('staff.title')}</legend>
      <ul className="staff-list" data-testid="staff-list">
        {staff.map((m) => (
          <StaffRow key={m.staffId} member={m} act={act(m)} department={
            <DepartmentSelect name={m.name} value={departments.get(m.staffId) ?? null}
              onChange={(department) => void run(() => client.call('setStaffDepartment', { staffId: m.staffId, department }), t('staff.departmentSet', { name: m.name }))} />
          } />
        ))}
      </ul>
      <form className="staff-add" onSubmit={(e) => void add(e)}>
        <label>{t('staff.name')}<input name="staffName" required value={form.name} onChange={(e) => { setDone(null); setForm({ ...form, name: e.target.value }); }} /></label>
        <PinInput name="staffPin" label={t('staff.pin', { digits: minDigits })} value={form.pin} onChange={(pin) => setForm({ ...form, pin })} />
        <ChoiceButtons label={t('staff.role')} options={['staff', 'supervisor', 'health-worker'] as const} value={form.role}
          className="role-choice" onChange={(role) => setForm({ ...form, role })} labelOf={(r) => t(`role.${r}`)} />
        <button type="submit" className="primary" disabled={!form.name.trim() || form.pin.length < minDigits}>{t('staff.add')}</button>
      </form>
      {done && <p className="saved" role="status">{done}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </fieldset>
  );
}
