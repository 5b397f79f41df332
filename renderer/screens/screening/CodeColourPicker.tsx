import { useTranslation } from 'react-i18next';
import { CodeColour } from '../../../shared/domain/screening.ts';
import { ChoiceButtons } from './ChoiceButtons.tsx';

/** The colour the staff member sees on the person's phone, as four large buttons. */
export function CodeColourPicker({ value, onChange }: { value: CodeColour | undefined; onChange(colour: CodeColour): void }) {
  const { t } = useTranslation('screening');
  return (
    <div>
      <span className="group-label">{t('person.codeColour')}</span>
      <ChoiceButtons label={t('person.codeColour')} className="code-colours" options={CodeColour.options} value={value}
        onChange={onChange} labelOf={(c) => t(`colour.${c}`)} optionClass={(c) => `code code-${c}`} />
    </div>
  );
}
