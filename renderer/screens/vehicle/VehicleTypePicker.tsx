import { useTranslation } from 'react-i18next';
import { VehicleType } from '../../../shared/domain/screening.ts';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';

/** Eight large buttons: picking the type is one of the two taps of a turn-back. */
export function VehicleTypePicker({ value, onChange }: { value: VehicleType | null; onChange(type: VehicleType): void }) {
  const { t } = useTranslation('screening');
  return (
    <div className="field">
      <span className="group-label">{t('vehicle.type')}</span>
      <ChoiceButtons label={t('vehicle.type')} className="vehicle-types" options={VehicleType.options} value={value}
        onChange={onChange} labelOf={(v) => t(`vehicleType.${v}`)} />
    </div>
  );
}
