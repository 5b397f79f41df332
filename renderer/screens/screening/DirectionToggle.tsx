import { useTranslation } from 'react-i18next';
import { Direction } from '../../../shared/domain/screening.ts';
import { ChoiceButtons } from './ChoiceButtons.tsx';

/** In or out of the village: stays as chosen from one person to the next. */
export function DirectionToggle({ value, onChange }: { value: Direction; onChange(d: Direction): void }) {
  const { t } = useTranslation('screening');
  return <ChoiceButtons label={t('direction.label')} className="direction-toggle" options={Direction.options} value={value}
    onChange={onChange} labelOf={(d) => t(`direction.${d}`)} />;
}
