import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsolationRow } from '../../../shared/api/isolation.ts';
import { ResponsibleRole } from '../../../shared/isolation/payloads.ts';

type Responsible = NonNullable<IsolationRow['responsible']>;

/** The name of the 包村干部 or 村医 answering for a person, and which of the two they are. */
export function ResponsibleForm({ row, onSubmit }: { row: IsolationRow; onSubmit(r: Responsible): Promise<boolean> }) {
  const { t } = useTranslation('isolation');
  const [name, setName] = useState(row.responsible?.name ?? '');
  const [role, setRole] = useState<Responsible['role']>(row.responsible?.role ?? 'village-doctor');
  return (
    <span className="responsible-form">
      <label>{t('responsible.role')}
        <select name="responsibleRole" value={role} onChange={(e) => setRole(ResponsibleRole.parse(e.target.value))}>
          {ResponsibleRole.options.map((r) => <option key={r} value={r}>{t(`responsible.${r}`)}</option>)}
        </select>
      </label>
      <input name="responsibleName" value={name} placeholder={t('responsible.name')} aria-label={t('responsible.name')} onChange={(e) => setName(e.target.value)} />
      <button type="button" className="primary" disabled={!name.trim()} onClick={() => void onSubmit({ name: name.trim(), role })}>{t('responsible.confirm', { name: row.name })}</button>
    </span>
  );
}
