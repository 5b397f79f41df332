import { useTranslation } from 'react-i18next';
import { CodeColour } from '../../../shared/domain/screening.ts';
import { ChoiceButtons } from './ChoiceButtons.tsx';

interface Props {
  value: CodeColour | undefined;
  /** The colour a scanned code claims: shown to check against the phone, never chosen for staff. */
  hint?: CodeColour | undefined;
  onChange(colour: CodeColour): void;
}

/** The colour the staff member sees on the person's phone, as four large buttons. */
export function CodeColourPicker({ value, hint, onChange }: Props) {
  const { t } = useTranslation('screening');
  return (
    <div>
      <span className="group-label">{t('person.codeColour')}</span>
      {hint && value === undefined && <span className="field-hint code-hint" data-testid="code-hint">{t('person.codeHint', { colour: t(`colour.${hint}`) })}</span>}
      <ChoiceButtons label={t('person.codeColour')} className="code-colours" options={CodeColour.options} value={value}
        onChange={onChange} labelOf={(c) => t(`colour.${c}`)} optionClass={(c) => `code code-${c}`} />
    </div>
  );
}
