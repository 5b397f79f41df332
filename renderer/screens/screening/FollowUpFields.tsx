import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFollowUp, FollowUpField, Symptom, type FollowUp } from '../../../shared/domain/follow-up.ts';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import { riskAreaMatch } from '../../../shared/rules/risk-area.ts';
import type { RuleContext } from '../../../shared/rules/settings.ts';
import { ToggleSet } from '../rules/ToggleSet.tsx';
import './follow-up.css';

interface Props {
  person: PersonScreening;
  onChange(person: PersonScreening): void;
  ctx: RuleContext;
  /** Field codes the rules still need (`address`, `travel`, ...). */
  missing: readonly string[];
}

type TextKey = Exclude<FollowUpField, 'symptoms' | 'arrivalDate'>;

/**
 * The follow-up part of the form (住址到村组, 抵达日期, 14 天行程, 症状, 本地联系人): folded away
 * unless the station requires a field or something is filled in, so the barrier form keeps its
 * height. A declared place on the supervisor's risk-area list shows at once.
 */
export function FollowUpFields({ person, onChange, ctx, missing }: Props) {
  const { t } = useTranslation('screening');
  const uid = useId();
  const followUp = person.followUp ?? emptyFollowUp();
  const needed = FollowUpField.options.filter((f) => missing.includes(f));
  const [open, setOpen] = useState(needed.length > 0 || person.followUp !== undefined);
  const risk = riskAreaMatch(person, ctx.rules.riskAreas);
  const set = (next: Partial<FollowUp>) => onChange({ ...person, followUp: { ...followUp, ...next } });
  const text = (key: TextKey, hint?: string) => (
    <div className="field">
      <label htmlFor={`${uid}-${key}`}>{t(`followUp.${key}`)}</label>
      <input id={`${uid}-${key}`} name={key} autoComplete="off" value={followUp[key]} aria-invalid={missing.includes(key)}
        onChange={(e) => set({ [key]: e.target.value })} />
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );

  return (
    <details className="follow-up" data-testid="follow-up" open={open || needed.length > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('followUp.title')}{needed.length > 0 && <span className="missing"> · {needed.map((f) => t(`missing.${f}`)).join('、')}</span>}</summary>
      {risk !== null && (
        <p className="risk-area" role="status" data-testid="risk-area">
          {t('followUp.riskArea', { area: risk, date: ctx.rules.riskAreas.issuedOn || '—' })}
        </p>
      )}
      <div className="follow-up-grid">
        {text('address')}
        <div className="field">
          <label htmlFor={`${uid}-arrival`}>{t('followUp.arrivalDate')}</label>
          <input id={`${uid}-arrival`} name="arrivalDate" type="date" value={followUp.arrivalDate} aria-invalid={missing.includes('arrivalDate')}
            onChange={(e) => set({ arrivalDate: e.target.value })} />
        </div>
        {text('travel', t('followUp.travelHint'))}
        {text('localContact')}
        <div className={`field symptoms ${missing.includes('symptoms') ? 'invalid' : ''}`}>
          <span className="group-label">{t('followUp.symptoms')}</span>
          <ToggleSet label={t('followUp.symptoms')} options={Symptom.options} chosen={followUp.symptoms}
            onChange={(symptoms) => set({ symptoms })} labelOf={(s) => t(`followUp.symptom.${s}`)} />
        </div>
      </div>
    </details>
  );
}
