import { useTranslation } from 'react-i18next';
import { Department } from '../../../shared/duty/department.ts';

/** A staff member's department (三联动), chosen by the supervisor in the roster. */
export function DepartmentSelect({ name, value, onChange }: { name: string; value: Department | null; onChange(d: Department | null): void }) {
  const { t } = useTranslation(['transfers', 'report']);
  return (
    <label className="department-select">
      <select name="department" data-testid="department" aria-label={`${t('transfers:staffDepartment')} ${name}`} value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Department.parse(e.target.value))}>
        <option value="">{t('transfers:noDepartment')}</option>
        {Department.options.map((d) => <option key={d} value={d}>{t(`report:afterBarrier.department.${d}`)}</option>)}
      </select>
    </label>
  );
}
